"""The donate page: a form, a Checkout Session at (fake) Stripe, a redirect; or offline giving."""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from masthead.funding import services
from masthead.funding.models import Donation, DonationKind, DonationState
from masthead.testing import funding as fx
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def stripe() -> Iterator[fx.FakeStripe]:
    with (
        fx.fake_stripe_server() as fake,
        override_settings(STRIPE_SECRET_KEY="sk_test_fake", STRIPE_API_BASE=fake.url),
    ):
        yield fake


def form(**overrides: str) -> dict[str, str]:
    data = {
        "amount": "25",
        "custom_amount": "",
        "kind": "one_time",
        "donor_name": "Ada <b>Lovelace</b>",
        "donor_email": "Ada@Example.org",
        "is_public": "on",
        "message": "Keep going!",
        "campaign": "",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_page_offers_suggested_amounts_and_the_choices(client: Client, stripe: Any) -> None:
    page = parse_html(client.get("/funding/donate/").content)
    amounts = [
        label.get_text(strip=True) for label in page.select(".donate__amounts .donate__choice")
    ]
    assert amounts == ["5 $", "10 $", "25 $", "50 $", "100 $"]
    kinds = [label.get_text(strip=True) for label in page.select(".donate__kind .donate__choice")]
    assert kinds == ["Once", "Monthly"]
    assert page.select_one('input[name="csrfmiddlewaretoken"]')
    assert page.select_one('input[name="website"]')  # the honeypot
    assert "Between 3 $ and 10,000 $" in page.get_text()


def test_a_one_time_gift_opens_a_checkout_session_and_redirects(
    client: Client, stripe: Any
) -> None:
    response = client.post("/funding/donate/", form())
    assert response.status_code == 303
    donation = Donation.objects.get()
    assert response["Location"] == f"{stripe.url}/c/pay/{donation.checkout_id}"
    assert donation.state == DonationState.STARTED
    assert (donation.amount, donation.currency, donation.kind) == (2500, "USD", "one_time")
    assert donation.donor_email == "ada@example.org"
    assert donation.ip_hash and donation.is_public
    sent = stripe.sessions()[-1]
    assert sent["mode"] == "payment"
    assert sent["submit_type"] == "donate"
    assert sent["line_items"]["0"]["price_data"]["unit_amount"] == "2500"
    assert sent["line_items"]["0"]["price_data"]["currency"] == "usd"
    assert sent["metadata"]["masthead_donation"] == str(donation.pk)
    assert sent["payment_intent_data"]["metadata"]["masthead_donation"] == str(donation.pk)
    assert sent["customer_email"] == "ada@example.org"
    assert sent["success_url"] == f"http://testserver/funding/thanks/{donation.public_id}/"
    assert sent["cancel_url"] == "http://testserver/funding/donate/"


def test_a_monthly_gift_of_a_custom_amount_is_a_subscription(client: Client, stripe: Any) -> None:
    response = client.post(
        "/funding/donate/", form(amount="", custom_amount="12.50", kind="monthly")
    )
    assert response.status_code == 303
    sent = stripe.sessions()[-1]
    assert sent["mode"] == "subscription"
    price = sent["line_items"]["0"]["price_data"]
    assert price["unit_amount"] == "1250"
    assert price["recurring"]["interval"] == "month"
    assert sent["subscription_data"]["metadata"]["masthead_donation"]
    assert "submit_type" not in sent
    assert Donation.objects.get().kind == DonationKind.MONTHLY


@pytest.mark.parametrize(
    ("custom", "message"),
    [("2.99", "The smallest gift is 3 $"), ("10000.01", "Gifts above 10,000 $"), ("1.234", "")],
)
def test_amounts_out_of_bounds_are_refused_before_stripe(
    client: Client, stripe: Any, custom: str, message: str
) -> None:
    response = client.post("/funding/donate/", form(amount="", custom_amount=custom))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not stripe.sessions()


def test_the_honeypot_stops_a_bot_without_calling_stripe(client: Client, stripe: Any) -> None:
    response = client.post("/funding/donate/", form(website="http://spam.example"))
    assert response.status_code == 400
    assert not stripe.sessions()


def test_checkout_creation_is_rate_limited_per_email(client: Client, stripe: Any) -> None:
    statuses = [
        client.post("/funding/donate/", form(), REMOTE_ADDR=f"10.9.0.{n}").status_code
        for n in range(6)
    ]
    assert statuses == [303] * 5 + [429]


def test_checkout_creation_is_rate_limited_per_address(client: Client, stripe: Any) -> None:
    statuses = [
        client.post("/funding/donate/", form(donor_email=f"d{n}@example.org")).status_code
        for n in range(11)
    ]
    assert statuses == [303] * 10 + [429]


def test_a_stripe_failure_says_nothing_was_charged(client: Client, stripe: Any) -> None:
    stripe.fail = True
    response = client.post("/funding/donate/", form())
    assert response.status_code == 400
    assert "Nothing was charged" in response.content.decode()


def test_without_a_secret_key_the_page_explains_offline_giving(client: Client) -> None:
    with override_settings(STRIPE_SECRET_KEY=""):
        page = client.get("/funding/donate/")
        posted = client.post("/funding/donate/", form())
    assert page.status_code == 200
    text = parse_html(page.content).get_text()
    assert "Online payment is not configured" in text
    assert "Bank transfer" in text
    assert posted.status_code == 503
    assert not Donation.objects.exists()


def test_a_special_campaign_is_chosen_by_its_slug(client: Client, stripe: Any) -> None:
    trip = services.campaign_create_special(
        title="Reporting trip to the delta",
        goal=300_000,
        currency="USD",
        deadline=timezone.now() + timedelta(days=20),
    )
    page = parse_html(client.get(f"/funding/donate/?campaign={trip.slug}").content)
    assert page.select_one(".funding-widget__title").get_text() == "Reporting trip to the delta"
    response = client.post("/funding/donate/", form(campaign=trip.slug))
    assert response.status_code == 303
    assert Donation.objects.get().campaign == trip


def test_the_thank_you_page_waits_then_offers_the_portal_to_monthly_donors(
    client: Client, stripe: Any
) -> None:
    client.post("/funding/donate/", form(kind="monthly"))
    donation = Donation.objects.get()
    page = client.get(donation.get_absolute_url())
    assert page["Referrer-Policy"] == "same-origin"
    assert "waiting for the payment provider" in page.content.decode()
    Donation.objects.filter(pk=donation.pk).update(state="active", customer_id="cus_42")
    page = parse_html(client.get(donation.get_absolute_url()).content)
    # Hostile input is shown as the text it is, never as markup.
    assert page.h1.get_text() == "Thank you, Ada <b>Lovelace</b>!"
    assert page.h1.find("b") is None
    manage = page.select_one(f'form[action="/funding/thanks/{donation.public_id}/manage/"]')
    assert manage is not None
    response = client.post(manage["action"])
    assert response.status_code == 303
    assert response["Location"].startswith(f"{stripe.url}/p/session/")
    assert stripe.requests[-1] == (
        "/v1/billing_portal/sessions",
        {"customer": "cus_42", "return_url": f"http://testserver{donation.get_absolute_url()}"},
    )


def test_an_unknown_thank_you_link_is_a_plain_404(client: Client) -> None:
    assert client.get("/funding/thanks/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get("/funding/thanks/1/").status_code == 404
