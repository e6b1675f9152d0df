"""The supporter badge: opt-in by a link sent to the gift's e-mail, shown on comments, gone
after a refund or a lost dispute, never an amount; and the donor wall."""

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client, override_settings

from masthead.discussion.identity import Reader
from masthead.funding import receipts, selectors
from masthead.funding.models import Donation, DonationKind
from masthead.testing import funding as fx
from masthead.testing.discussion import build_thread, post
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db
SECRET = "whsec_badge_tests"


@pytest.fixture(autouse=True)
def _settings() -> Iterator[None]:
    with override_settings(
        STRIPE_WEBHOOK_SECRET=SECRET,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    ):
        yield


def deliver(event: dict[str, Any]) -> None:
    body = json.dumps(event)
    response = Client().post(
        "/funding/stripe/webhook/",
        data=body,
        content_type="application/json",
        headers={"Stripe-Signature": fx.sign(body, SECRET)},
    )
    assert response.status_code == 200


def gift(
    email: str, intent: str, *, name: str = "", public: bool = False, message: str = ""
) -> None:
    donation = Donation.objects.create(
        kind=DonationKind.ONE_TIME,
        amount=2000,
        currency="USD",
        provider="stripe",
        donor_email=email,
        donor_name=name,
        is_public=public,
        message=message,
    )
    deliver(
        fx.checkout_completed(
            amount=2000, payment_intent=intent, donation_id=donation.pk, email=email
        )
    )


def reader(client: Client, email: str = "mina@example.org") -> User:
    user = User.objects.create_user(email, email, "pw-1", first_name="Mina")
    client.force_login(user)
    return user


def test_a_donor_turns_the_badge_on_from_the_link_in_the_receipt(client: Client) -> None:
    user = reader(client)
    gift("mina@example.org", "pi_b1")
    link = "/funding/badge/" + receipts.badge_token("mina@example.org") + "/"
    page = client.get(link)
    assert page.status_code == 200
    assert client.post(link).status_code == 302
    assert selectors.supporter_user_ids([user.pk]) == {user.pk}


def test_a_link_for_another_address_does_not_turn_on_the_badge(client: Client) -> None:
    reader(client)
    gift("someone-else@example.org", "pi_b2")
    link = "/funding/badge/" + receipts.badge_token("someone-else@example.org") + "/"
    assert client.post(link).status_code == 403
    assert client.post("/funding/badge/forged-token/").status_code == 400


def test_a_reader_can_ask_for_the_link_by_e_mail(client: Client) -> None:
    reader(client)
    gift("mina@example.org", "pi_b3")
    response = client.post("/funding/badge/", {"action": "send"})
    assert "We sent a link" in response.content.decode()
    token = re.search(r"/funding/badge/([^/\s]+)/", str(mail.outbox[-1].body))
    assert token is not None
    assert receipts.badge_token_email(token.group(1)) == "mina@example.org"


def test_the_badge_shows_on_comments_and_goes_with_a_refund(client: Client) -> None:
    user = reader(client)
    gift("mina@example.org", "pi_b4")
    client.post("/funding/badge/" + receipts.badge_token("mina@example.org") + "/")
    thread = build_thread()
    mine = post(thread, "I gave.", reader=Reader(user=user, guest_key="", ip_hash="x"))
    guest_comment = post(thread, "I did not.")
    url = thread.page.url  # type: ignore[union-attr]

    def badges() -> dict[int, str]:
        page = parse_html(Client().get(url).content)
        return {
            c.pk: page.select_one(f"#comment-{c.pk} .comment__header").get_text(" ", strip=True)
            for c in (mine, guest_comment)
        }

    shown = badges()
    assert "Supporter" in shown[mine.pk]
    assert "Supporter" not in shown[guest_comment.pk]
    assert "$" not in shown[mine.pk]  # never an amount
    assert "<!--supporter" not in Client().get(url).content.decode()
    deliver(fx.charge_refunded(payment_intent="pi_b4", amount=2000, amount_refunded=2000))
    assert "Supporter" not in badges()[mine.pk]


def test_a_lost_dispute_takes_the_badge_away_too(client: Client) -> None:
    user = reader(client)
    gift("mina@example.org", "pi_b5")
    client.post("/funding/badge/" + receipts.badge_token("mina@example.org") + "/")
    deliver(fx.dispute(payment_intent="pi_b5", amount=2000, status="needs_response", closed=False))
    assert selectors.supporter_user_ids([user.pk]) == {user.pk}  # not lost yet
    deliver(fx.dispute(payment_intent="pi_b5", amount=2000, status="lost", closed=True))
    assert selectors.supporter_user_ids([user.pk]) == set()


def test_the_badge_can_be_turned_off(client: Client) -> None:
    user = reader(client)
    gift("mina@example.org", "pi_b6")
    client.post("/funding/badge/" + receipts.badge_token("mina@example.org") + "/")
    client.post("/funding/badge/", {"action": "off"})
    assert selectors.supporter_user_ids([user.pk]) == set()


def test_the_wall_names_only_donors_who_asked_and_escapes_what_they_wrote(client: Client) -> None:
    gift("a@example.org", "pi_w1", name="Ana <script>x</script>", public=True, message="<b>Go</b>")
    gift("b@example.org", "pi_w2", name="Bo Private", public=False)
    gift("c@example.org", "pi_w3", name="Refunded Person", public=True)
    deliver(fx.charge_refunded(payment_intent="pi_w3", amount=2000, amount_refunded=2000))
    page = parse_html(client.get("/funding/supporters/").content)
    names = [n.get_text() for n in page.select(".donor-wall__name")]
    assert names == ["Ana <script>x</script>"]
    assert page.select_one(".donor-wall script") is None
    assert page.select_one(".donor-wall__message").get_text() == "<b>Go</b>"
    assert "Bo Private" not in page.get_text()
    assert (
        page.select_one(".donor-wall__anonymous").get_text(strip=True)
        == "And 1 anonymous supporter."
    )
