"""What a payment provider's event tells us, in Masthead's words. Providers turn their own
events into these; services.py turns these into ledger entries. Each fact states the latest
known value (cumulative refunds, the dispute's state), never a difference, so applying facts
twice or in another order ends in the same ledger."""

from dataclasses import dataclass
from datetime import datetime

from masthead.funding.models import DisputeState, PaymentKind


@dataclass(frozen=True)
class PaymentPaid:
    """A one-time gift or a monthly charge was paid (`settled`) or is waiting for the bank."""

    reference: str  # payment intent (or invoice) id
    kind: PaymentKind
    amount: int
    currency: str
    settled: bool
    occurred_at: datetime
    donation_ref: int | None = None  # our Donation id, from the checkout's metadata
    checkout_id: str = ""
    customer_id: str = ""
    subscription_id: str = ""
    charge_id: str = ""
    email: str = ""
    name: str = ""


@dataclass(frozen=True)
class SubscriptionStarted:
    """A monthly donor finished checkout; the charges themselves arrive as PaymentPaid."""

    checkout_id: str
    donation_ref: int | None
    customer_id: str
    subscription_id: str
    email: str = ""
    name: str = ""


@dataclass(frozen=True)
class RefundTotal:
    """The payment's refunds add up to `amount_refunded` so far."""

    reference: str
    charge_id: str
    amount_refunded: int
    currency: str


@dataclass(frozen=True)
class DisputeChanged:
    reference: str
    charge_id: str
    dispute_id: str
    amount: int
    currency: str
    state: DisputeState


@dataclass(frozen=True)
class SubscriptionEnded:
    subscription_id: str
    occurred_at: datetime


Fact = PaymentPaid | SubscriptionStarted | RefundTotal | DisputeChanged | SubscriptionEnded
