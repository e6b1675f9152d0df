"""POST /funding/stripe/webhook/: signed like Stripe signs, verified by Stripe's library."""

import json
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection, connections
from django.test import Client, override_settings

from masthead.funding import selectors, services
from masthead.funding.models import (
    Donation,
    DonationKind,
    DonationState,
    LedgerEntry,
    Payment,
    ProviderEvent,
)
from masthead.testing import funding as fx

SECRET = "whsec_test_secret_for_the_suite"
URL = "/funding/stripe/webhook/"


@pytest.fixture(autouse=True)
def _secret() -> Iterator[None]:
    with override_settings(STRIPE_WEBHOOK_SECRET=SECRET, STRIPE_WEBHOOK_TOLERANCE=300):
        yield


def post(
    client: Client, event: dict[str, Any], *, timestamp: int | None = None, secret: str = SECRET
) -> Any:
    body = json.dumps(event)
    return client.post(
        URL,
        data=body,
        content_type="application/json",
        headers={"Stripe-Signature": fx.sign(body, secret, timestamp)},
    )


def raised() -> tuple[int, int]:
    return selectors.campaign_totals(services.campaign_for_month())


@pytest.mark.django_db
def test_a_paid_checkout_books_a_gift_and_marks_the_donation_paid(client: Client) -> None:
    donation = Donation.objects.create(
        kind=DonationKind.ONE_TIME, amount=2500, currency="USD", provider="stripe"
    )
    event = fx.checkout_completed(amount=2500, payment_intent="pi_1", donation_id=donation.pk)
    response = post(client, event)
    assert response.status_code == 200
    assert response.json() == {"received": True, "duplicate": False}
    assert raised() == (2500, 0)
    donation.refresh_from_db()
    assert donation.state == DonationState.ACTIVE
    assert donation.donor_email == "donor@example.org"
    entry = LedgerEntry.objects.get()
    assert entry.event is not None and entry.event.event_id == event["id"]
    assert entry.source == f"stripe:{event['id']}"


@pytest.mark.django_db
def test_a_replay_is_acknowledged_and_changes_nothing(client: Client) -> None:
    event = fx.checkout_completed(amount=1000, payment_intent="pi_replay")
    post(client, event)
    again = post(client, event)
    assert again.status_code == 200
    assert again.json()["duplicate"] is True
    assert LedgerEntry.objects.count() == 1
    assert ProviderEvent.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "tamper",
    ["wrong-secret", "changed-body", "no-header", "garbage-header", "stale", "future"],
)
def test_a_bad_signature_is_refused_and_nothing_is_written(client: Client, tamper: str) -> None:
    event = fx.checkout_completed(amount=1000, payment_intent="pi_bad")
    body = json.dumps(event)
    now = int(time.time())
    headers = {"Stripe-Signature": fx.sign(body, SECRET)}
    if tamper == "wrong-secret":
        headers = {"Stripe-Signature": fx.sign(body, "whsec_someone_else")}
    elif tamper == "changed-body":
        body = body.replace("1000", "9000")
    elif tamper == "no-header":
        headers = {}
    elif tamper == "garbage-header":
        headers = {"Stripe-Signature": "t=abc,v1=zz"}
    elif tamper == "stale":
        headers = {"Stripe-Signature": fx.sign(body, SECRET, now - 301)}
    elif tamper == "future":
        headers = {"Stripe-Signature": fx.sign(body, SECRET, now + 301)}
    response = client.post(URL, data=body, content_type="application/json", headers=headers)
    assert response.status_code == 400
    assert not ProviderEvent.objects.exists()
    assert not LedgerEntry.objects.exists()
    assert not Payment.objects.exists()


@pytest.mark.django_db
def test_timestamps_inside_the_tolerance_are_accepted_both_ways(client: Client) -> None:
    now = int(time.time())
    old = fx.checkout_completed(amount=100, payment_intent="pi_old")
    new = fx.checkout_completed(amount=200, payment_intent="pi_new")
    assert post(client, old, timestamp=now - 250).status_code == 200
    assert post(client, new, timestamp=now + 250).status_code == 200
    assert raised() == (300, 0)


@pytest.mark.django_db
def test_a_body_that_is_not_json_is_refused(client: Client) -> None:
    body = "\xff not json"
    response = client.post(
        URL,
        data=body,
        content_type="application/json",
        headers={"Stripe-Signature": fx.sign(body, SECRET)},
    )
    assert response.status_code == 400
    assert not ProviderEvent.objects.exists()


@pytest.mark.django_db
def test_without_a_webhook_secret_every_delivery_is_refused(client: Client) -> None:
    with override_settings(STRIPE_WEBHOOK_SECRET=""):
        response = post(client, fx.checkout_completed(amount=100, payment_intent="pi_x"))
    assert response.status_code == 400
    assert not ProviderEvent.objects.exists()


@pytest.mark.django_db
def test_only_post_is_allowed(client: Client) -> None:
    assert client.get(URL).status_code == 405


@pytest.mark.django_db
def test_each_event_kind_moves_the_total_as_it_should(client: Client) -> None:
    donation = Donation.objects.create(
        kind=DonationKind.MONTHLY, amount=1500, currency="USD", provider="stripe"
    )
    post(
        client,
        fx.checkout_completed(
            amount=1500,
            payment_intent="",
            donation_id=donation.pk,
            mode="subscription",
            subscription="sub_9",
        ),
    )
    assert raised() == (0, 0)  # the money comes with the invoice
    donation.refresh_from_db()
    assert donation.subscription_id == "sub_9" and donation.customer_id == "cus_test_1"
    post(client, fx.invoice_paid(amount=1500, payment_intent="pi_m1", subscription="sub_9"))
    post(client, fx.checkout_completed(amount=4000, payment_intent="pi_g"))
    assert raised() == (5500, 0)
    post(client, fx.charge_refunded(payment_intent="pi_g", amount=4000, amount_refunded=1000))
    assert raised() == (4500, 0)
    post(
        client,
        fx.dispute(payment_intent="pi_m1", amount=1500, status="needs_response", closed=False),
    )
    assert raised() == (4500, -1500)
    post(client, fx.dispute(payment_intent="pi_m1", amount=1500, status="won", closed=True))
    assert raised() == (4500, 0)
    post(client, fx.subscription_deleted("sub_9"))
    donation.refresh_from_db()
    assert donation.state == DonationState.ENDED and donation.ended_at is not None
    assert Payment.objects.get(reference="pi_m1").donation == donation


@pytest.mark.django_db
def test_an_unknown_event_is_acknowledged_and_logged(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="masthead.funding")
    response = post(client, fx.event("payout.paid", {"id": "po_1", "object": "payout"}))
    assert response.status_code == 200
    assert ProviderEvent.objects.get().outcome == "ignored"
    assert any("unhandled" in r.getMessage() for r in caplog.records)


@pytest.mark.django_db(transaction=True)
def test_two_deliveries_of_the_same_event_at_once_book_it_once() -> None:
    if connection.vendor != "postgresql":
        # `make test` runs the suite again on PostgreSQL when its URL is set: skip here then.
        if os.environ.get("MASTHEAD_REQUIRE_SERVICES") == "1" and not os.environ.get(
            "MASTHEAD_TEST_POSTGRES_URL"
        ):
            pytest.fail("this test needs PostgreSQL (MASTHEAD_TEST_POSTGRES_URL)")
        pytest.skip("row locks and concurrent inserts are tested on PostgreSQL")
    event = fx.checkout_completed(amount=700, payment_intent="pi_race")
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def deliver() -> None:
        try:
            barrier.wait()
            with override_settings(STRIPE_WEBHOOK_SECRET=SECRET):
                statuses.append(post(Client(), event).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert statuses == [200, 200]
    assert ProviderEvent.objects.count() == 1
    assert list(LedgerEntry.objects.values_list("amount", flat=True)) == [700]
    assert raised() == (700, 0)
