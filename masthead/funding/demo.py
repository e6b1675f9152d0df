"""Demo reader funding: this month's goal (5,000 $, ticks at 0 / 2,500 / 5,000) partly met by
gifts that went through the same path as Stripe's webhooks, a refund included (idempotent)."""

from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from masthead.funding import services
from masthead.funding.models import DonationKind, ProviderEvent
from masthead.funding.providers.base import ProviderEventData
from masthead.funding.providers.stripe import HANDLED, event_facts

# (name, e-mail, named on the wall, message, amount in cents, kind)
GIFTS: list[tuple[str, str, bool, str, int, DonationKind]] = [
    (
        "Marta Quill",
        "marta@example.org",
        True,
        "For the harbour reporting.",
        25_000,
        DonationKind.ONE_TIME,
    ),
    ("", "reader1@example.org", False, "", 10_000, DonationKind.ONE_TIME),
    (
        "Tomasz Ferreira",
        "tomasz@example.org",
        True,
        "Keep asking the hard questions.",
        40_000,
        DonationKind.ONE_TIME,
    ),
    ("", "reader2@example.org", False, "", 5_000, DonationKind.ONE_TIME),
    ("Ines Okafor", "ines@example.org", True, "", 7_500, DonationKind.ONE_TIME),
    (
        "June Halvorsen",
        "june@example.org",
        True,
        "Climate desk forever.",
        20_000,
        DonationKind.ONE_TIME,
    ),
    ("", "reader3@example.org", False, "", 2_500, DonationKind.ONE_TIME),
    (
        "Sam Achterberg",
        "sam@example.org",
        True,
        "Monthly, as long as you need it.",
        6_000,
        DonationKind.MONTHLY,
    ),
]
REFUNDED = 3  # the fourth gift (50 $) was refunded: a donor's double payment
OFFLINE = 25_000  # a bank transfer recorded by staff


def _event(n: int, type_: str, created: datetime, obj: dict[str, Any]) -> ProviderEventData:
    event_id = f"evt_demo_{n:03d}"
    payload: dict[str, Any] = {
        "id": event_id,
        "object": "event",
        "type": type_,
        "created": int(created.timestamp()),
        "data": {"object": obj},
    }
    return ProviderEventData(
        event_id=event_id,
        type=type_,
        created=created,
        payload=payload,
        facts=event_facts(payload),
        known=type_ in HANDLED,
    )


def funding_demo_load(*, staff: User | None = None) -> int:
    """Book the demo gifts in this month unless they are there; return how many were booked."""
    if ProviderEvent.objects.filter(event_id__startswith="evt_demo_").exists():
        return 0
    campaign = services.campaign_for_month()
    now = timezone.now()
    span = now - campaign.period_start
    booked = 0
    for n, (name, email, public, message, amount, kind) in enumerate(GIFTS):
        when = campaign.period_start + span * (n + 1) / (len(GIFTS) + 2)
        donation = services.donation_prepare(
            kind=kind,
            amount=amount,
            currency="USD",
            donor_name=name,
            donor_email=email,
            is_public=public,
            message=message,
            provider="stripe",
        )
        intent = f"pi_demo_{n:03d}"
        if kind == DonationKind.MONTHLY:
            event = _event(
                n,
                "invoice.paid",
                when,
                {
                    "id": f"in_demo_{n:03d}",
                    "object": "invoice",
                    "amount_paid": amount,
                    "currency": "usd",
                    "customer": f"cus_demo_{n:03d}",
                    "customer_email": email,
                    "payment_intent": intent,
                    "subscription": f"sub_demo_{n:03d}",
                    "subscription_details": {"metadata": {"masthead_donation": str(donation.pk)}},
                },
            )
        else:
            event = _event(
                n,
                "checkout.session.completed",
                when,
                {
                    "id": f"cs_demo_{n:03d}",
                    "object": "checkout.session",
                    "mode": "payment",
                    "amount_total": amount,
                    "currency": "usd",
                    "payment_status": "paid",
                    "payment_intent": intent,
                    "customer_details": {"email": email, "name": name},
                    "metadata": {"masthead_donation": str(donation.pk)},
                },
            )
        booked += services.provider_event_record(provider="stripe", event=event)
    refunded_amount = GIFTS[REFUNDED][4]
    refund = _event(
        100,
        "charge.refunded",
        now,
        {
            "id": f"ch_demo_{REFUNDED:03d}",
            "object": "charge",
            "amount": refunded_amount,
            "amount_refunded": refunded_amount,
            "currency": "usd",
            "payment_intent": f"pi_demo_{REFUNDED:03d}",
        },
    )
    booked += services.provider_event_record(provider="stripe", event=refund)
    if staff is not None:
        services.ledger_manual_gift(
            staff=staff,
            amount=OFFLINE,
            currency="USD",
            received_at=campaign.period_start + span / 2,
            reason="Bank transfer from the Calder Bay Fishermen's Association",
            donor_name="Calder Bay Fishermen's Association",
            is_public=True,
        )
        booked += 1
    return booked
