"""The ledger's arithmetic: whatever order Stripe's events arrive in, and however often, the
raised total is gifts minus refunds minus lost disputes, and open disputes are pending."""

import itertools
import json
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masthead.funding import selectors, services
from masthead.funding.models import EntryKind, EntryStatus, LedgerEntry, ProviderEvent
from masthead.funding.providers.base import ProviderEventData
from masthead.funding.providers.stripe import HANDLED, _when, event_facts
from masthead.testing import funding as fx

pytestmark = pytest.mark.django_db
_payments = itertools.count(1)


def deliver(event: dict[str, Any]) -> bool:
    """Record an event the way the webhook does once the signature checked out."""
    data = ProviderEventData(
        event_id=event["id"],
        type=event["type"],
        created=_when(event["created"]),
        payload=json.loads(json.dumps(event)),
        facts=event_facts(event),
        known=event["type"] in HANDLED,
    )
    return services.provider_event_record(provider="stripe", event=data)


def totals() -> tuple[int, int]:
    return selectors.campaign_totals(services.campaign_for_month())


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[dict[str, Any]], int, int]:
    """A few payments, each with its later refunds or dispute, as Stripe would send them;
    return the events shuffled with some replayed, and the expected (raised, pending)."""
    events: list[dict[str, Any]] = []
    raised = pending = 0
    for _ in range(draw(st.integers(1, 4))):
        intent = f"pi_h{next(_payments)}"
        amount = draw(st.integers(300, 50_000))
        events.append(fx.checkout_completed(amount=amount, payment_intent=intent))
        raised += amount
        fate = draw(st.sampled_from(["kept", "refunds", "dispute_open", "dispute_won", "lost"]))
        if fate == "refunds":
            cumulative = sorted(draw(st.lists(st.integers(1, amount), min_size=1, max_size=3)))
            events += [
                fx.charge_refunded(payment_intent=intent, amount=amount, amount_refunded=r)
                for r in cumulative
            ]
            raised -= cumulative[-1]
        elif fate.startswith("dispute") or fate == "lost":
            events.append(
                fx.dispute(
                    payment_intent=intent, amount=amount, status="needs_response", closed=False
                )
            )
            if fate == "dispute_open":
                pending -= amount
            else:
                status = "won" if fate == "dispute_won" else "lost"
                events.append(
                    fx.dispute(payment_intent=intent, amount=amount, status=status, closed=True)
                )
                if status == "lost":
                    raised -= amount
    order = draw(st.permutations(events))
    replays = draw(st.lists(st.sampled_from(events), max_size=4))
    return [*order, *replays], raised, pending


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=histories())
def test_any_interleaving_of_gifts_refunds_and_disputes_gives_the_right_total(
    history: tuple[list[dict[str, Any]], int, int],
) -> None:
    events, raised, pending = history
    with transaction.atomic():
        before = totals()
        for event in events:
            deliver(event)
        after = totals()
        # Replaying everything once more changes nothing.
        assert not any(deliver(event) for event in events)
        assert totals() == after
        transaction.set_rollback(True)
    assert (after[0] - before[0], after[1] - before[1]) == (raised, pending)


def test_a_second_partial_refund_subtracts_only_the_difference() -> None:
    deliver(fx.checkout_completed(amount=5000, payment_intent="pi_partial"))
    deliver(fx.charge_refunded(payment_intent="pi_partial", amount=5000, amount_refunded=1000))
    deliver(fx.charge_refunded(payment_intent="pi_partial", amount=5000, amount_refunded=1500))
    assert totals() == (3500, 0)
    refunds = LedgerEntry.objects.filter(kind=EntryKind.REFUND).order_by("id")
    assert [e.amount for e in refunds] == [-1000, -500]


def test_a_refund_that_arrives_before_its_gift_waits_for_it() -> None:
    deliver(fx.charge_refunded(payment_intent="pi_early", amount=2000, amount_refunded=2000))
    assert totals() == (0, 0)
    assert not LedgerEntry.objects.exists()
    deliver(fx.checkout_completed(amount=2000, payment_intent="pi_early"))
    assert totals() == (0, 0)
    kinds = sorted(LedgerEntry.objects.values_list("kind", "amount"))
    assert kinds == [(EntryKind.GIFT, 2000), (EntryKind.REFUND, -2000)]


def test_a_dispute_holds_the_money_as_pending_until_it_is_lost() -> None:
    deliver(fx.checkout_completed(amount=4000, payment_intent="pi_d"))
    deliver(fx.dispute(payment_intent="pi_d", amount=4000, status="needs_response", closed=False))
    assert totals() == (4000, -4000)
    deliver(fx.dispute(payment_intent="pi_d", amount=4000, status="lost", closed=True))
    assert totals() == (0, 0)
    lost = LedgerEntry.objects.filter(kind=EntryKind.DISPUTE_LOST)
    assert sorted(lost.values_list("status", "amount")) == [
        (EntryStatus.PENDING, 4000),
        (EntryStatus.SETTLED, -4000),
    ]


def test_a_closed_dispute_never_reopens_when_the_created_event_comes_late() -> None:
    deliver(fx.checkout_completed(amount=4000, payment_intent="pi_late"))
    deliver(fx.dispute(payment_intent="pi_late", amount=4000, status="won", closed=True))
    deliver(
        fx.dispute(payment_intent="pi_late", amount=4000, status="needs_response", closed=False)
    )
    assert totals() == (4000, 0)


def test_a_monthly_charge_counts_in_the_month_it_is_paid() -> None:
    deliver(fx.invoice_paid(amount=1500, payment_intent="pi_inv", subscription="sub_1"))
    assert totals() == (1500, 0)
    assert LedgerEntry.objects.get().kind == EntryKind.RECURRING_CHARGE


def test_an_unknown_event_is_stored_and_acknowledged_but_books_nothing() -> None:
    assert deliver(fx.event("customer.created", {"id": "cus_1", "object": "customer"}))
    stored = ProviderEvent.objects.get()
    assert stored.outcome == "ignored"
    assert not LedgerEntry.objects.exists()


def test_an_unpaid_checkout_is_pending_until_the_bank_pays() -> None:
    completed = fx.checkout_completed(amount=2500, payment_intent="pi_bank", paid=False)
    deliver(completed)
    assert totals() == (0, 2500)
    succeeded = fx.event("checkout.session.async_payment_succeeded", completed["data"]["object"])
    succeeded["data"]["object"]["payment_status"] = "paid"
    deliver(succeeded)
    assert totals() == (2500, 0)


def test_staff_gifts_and_corrections_are_entries_with_who_and_why() -> None:
    staff = User.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    now = timezone.now()
    gift = services.ledger_manual_gift(
        staff=staff, amount=10_000, currency="USD", received_at=now, reason="Bank transfer 3"
    )
    services.ledger_correct(
        staff=staff, amount=-2_500, currency="USD", effective_at=now, reason="Typed 100, was 75"
    )
    assert totals() == (7_500, 0)
    assert gift.created_by == staff and gift.reason == "Bank transfer 3"
    assert gift.source == "staff:editor"
    with pytest.raises(services.FundingError):
        services.ledger_correct(
            staff=staff, amount=100, currency="USD", effective_at=now, reason=" "
        )


def test_a_gift_from_last_month_does_not_count_this_month() -> None:
    staff = User.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    _, start, _ = services.month_bounds(timezone.now())
    services.ledger_manual_gift(
        staff=staff,
        amount=900,
        currency="USD",
        received_at=start - timedelta(seconds=1),
        reason="Cheque",
    )
    assert totals() == (0, 0)


def test_the_ledger_refuses_an_entry_without_a_source() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerEntry.objects.create(
            kind=EntryKind.GIFT, amount=100, currency="USD", effective_at=timezone.now()
        )
