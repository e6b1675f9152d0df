"""Stripe through its official library: hosted Checkout, the customer portal, and webhooks
verified by `stripe.Webhook.construct_event`, turned into provider-neutral facts."""

import json
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import stripe
from django.conf import settings

from masthead.funding.facts import (
    DisputeChanged,
    Fact,
    PaymentPaid,
    RefundTotal,
    SubscriptionEnded,
    SubscriptionStarted,
)
from masthead.funding.models import DisputeState, Donation, DonationKind, PaymentKind
from masthead.funding.providers.base import Checkout, InvalidEvent, ProviderError, ProviderEventData

logger = logging.getLogger("masthead.funding")

METADATA_KEY = "masthead_donation"
HANDLED = frozenset(
    {
        "checkout.session.completed",
        "checkout.session.async_payment_succeeded",
        "invoice.paid",
        "charge.refunded",
        "charge.dispute.created",
        "charge.dispute.closed",
        "customer.subscription.deleted",
    }
)


def _when(timestamp: Any) -> datetime:
    return datetime.fromtimestamp(int(timestamp), UTC)


def _text(value: Any) -> str:
    """Return an id whether Stripe sent it bare or expanded into an object."""
    if isinstance(value, dict):
        return str(value.get("id") or "")
    return str(value or "")


def _donation_ref(*sources: Any) -> int | None:
    for source in sources:
        value = source.get(METADATA_KEY) if isinstance(source, dict) else source
        if isinstance(value, str | int) and str(value).isdigit():
            return int(value)
    return None


def _dig(obj: Any, *path: str | int) -> Any:
    for step in path:
        if isinstance(step, int):
            obj = obj[step] if isinstance(obj, list) and len(obj) > step else None
        else:
            obj = obj.get(step) if isinstance(obj, dict) else None
        if obj is None:
            return None
    return obj


def _checkout_facts(session: dict[str, Any], created: datetime, type_: str) -> list[Fact]:
    details = session.get("customer_details") or {}
    ref = _donation_ref(session.get("metadata"), session.get("client_reference_id"))
    email = str(details.get("email") or session.get("customer_email") or "")
    name = str(details.get("name") or "")
    if session.get("mode") == "subscription":
        return [
            SubscriptionStarted(
                checkout_id=str(session["id"]),
                donation_ref=ref,
                customer_id=_text(session.get("customer")),
                subscription_id=_text(session.get("subscription")),
                email=email,
                name=name,
            )
        ]
    reference = _text(session.get("payment_intent"))
    if session.get("mode") != "payment" or not reference or not session.get("amount_total"):
        return []
    paid = session.get("payment_status") == "paid" or type_.endswith("async_payment_succeeded")
    return [
        PaymentPaid(
            reference=reference,
            kind=PaymentKind.GIFT,
            amount=int(session["amount_total"]),
            currency=str(session["currency"]).upper(),
            settled=paid,
            occurred_at=created,
            donation_ref=ref,
            checkout_id=str(session["id"]),
            customer_id=_text(session.get("customer")),
            email=email,
            name=name,
        )
    ]


def _invoice_facts(invoice: dict[str, Any], created: datetime) -> list[Fact]:
    # API versions before 2025-03 put these on the invoice; later ones under parent/payments.
    details = invoice.get("subscription_details") or _dig(invoice, "parent", "subscription_details")
    subscription = _text(invoice.get("subscription") or _dig(details, "subscription"))
    intent = _text(
        invoice.get("payment_intent")
        or _dig(invoice, "payments", "data", 0, "payment", "payment_intent")
    )
    amount = int(invoice.get("amount_paid") or 0)
    if amount <= 0:
        return []
    paid_at = _dig(invoice, "status_transitions", "paid_at")
    return [
        PaymentPaid(
            reference=intent or str(invoice["id"]),
            kind=PaymentKind.RECURRING,
            amount=amount,
            currency=str(invoice["currency"]).upper(),
            settled=True,
            occurred_at=_when(paid_at) if paid_at else created,
            donation_ref=_donation_ref(_dig(details, "metadata")),
            customer_id=_text(invoice.get("customer")),
            subscription_id=subscription,
            charge_id=_text(invoice.get("charge")),
            email=str(invoice.get("customer_email") or ""),
            name=str(invoice.get("customer_name") or ""),
        )
    ]


def _dispute_state(type_: str, status: str) -> DisputeState:
    if type_ == "charge.dispute.created":
        return DisputeState.OPEN
    # Closed: only "lost" keeps the money away; won and closed inquiries give it back.
    return DisputeState.LOST if status == "lost" else DisputeState.WON


def event_facts(event: dict[str, Any]) -> list[Fact]:
    """Return the facts a Stripe event states (none for types Masthead does not use)."""
    type_ = str(event.get("type", ""))
    obj = _dig(event, "data", "object") or {}
    created = _when(event.get("created") or 0)
    if type_.startswith("checkout.session."):
        return _checkout_facts(obj, created, type_)
    if type_ == "invoice.paid":
        return _invoice_facts(obj, created)
    if type_ == "charge.refunded":
        return [
            RefundTotal(
                reference=_text(obj.get("payment_intent")) or str(obj["id"]),
                charge_id=str(obj["id"]),
                amount_refunded=int(obj.get("amount_refunded") or 0),
                currency=str(obj["currency"]).upper(),
            )
        ]
    if type_ in ("charge.dispute.created", "charge.dispute.closed"):
        charge = _text(obj.get("charge"))
        return [
            DisputeChanged(
                reference=_text(obj.get("payment_intent")) or charge,
                charge_id=charge,
                dispute_id=str(obj["id"]),
                amount=int(obj.get("amount") or 0),
                currency=str(obj["currency"]).upper(),
                state=_dispute_state(type_, str(obj.get("status", ""))),
            )
        ]
    if type_ == "customer.subscription.deleted":
        return [SubscriptionEnded(subscription_id=str(obj["id"]), occurred_at=created)]
    return []


class StripeProvider:
    name = "stripe"

    def is_configured(self) -> bool:
        return bool(settings.STRIPE_SECRET_KEY)

    def _client(self) -> stripe.StripeClient:
        # A client per call: nothing is read from settings at import time.
        return stripe.StripeClient(
            settings.STRIPE_SECRET_KEY,
            base_addresses={"api": settings.STRIPE_API_BASE},
            max_network_retries=1,
        )

    def checkout_create(
        self, *, donation: Donation, product_name: str, success_url: str, cancel_url: str
    ) -> Checkout:
        metadata = {METADATA_KEY: str(donation.pk)}
        price: dict[str, Any] = {
            "currency": donation.currency.lower(),
            "unit_amount": donation.amount,
            "product_data": {"name": product_name},
        }
        params: dict[str, Any] = {
            "line_items": [{"price_data": price, "quantity": 1}],
            "client_reference_id": str(donation.pk),
            "metadata": metadata,
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if donation.donor_email:
            params["customer_email"] = donation.donor_email
        if donation.kind == DonationKind.MONTHLY:
            price["recurring"] = {"interval": "month"}
            params["mode"] = "subscription"
            params["subscription_data"] = {"metadata": metadata}
        else:
            params["mode"] = "payment"
            params["submit_type"] = "donate"
            params["payment_intent_data"] = {"metadata": metadata}
        try:
            session = self._client().v1.checkout.sessions.create(params=params)  # type: ignore[arg-type]
        except stripe.StripeError as exc:
            logger.warning("Stripe refused a checkout session: %s", exc)
            raise ProviderError(str(exc)) from exc
        if not session.url:
            raise ProviderError("Stripe returned a checkout session without a URL")
        return Checkout(session_id=session.id, url=session.url)

    def portal_url(self, *, customer_id: str, return_url: str) -> str:
        try:
            portal = self._client().v1.billing_portal.sessions.create(
                params={"customer": customer_id, "return_url": return_url}
            )
        except stripe.StripeError as exc:
            logger.warning("Stripe refused a portal session: %s", exc)
            raise ProviderError(str(exc)) from exc
        return str(portal.url)

    def event_parse(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEventData:
        secret = settings.STRIPE_WEBHOOK_SECRET
        signature = headers.get("Stripe-Signature", "")
        tolerance = settings.STRIPE_WEBHOOK_TOLERANCE
        if not secret:
            raise InvalidEvent("MASTHEAD_STRIPE_WEBHOOK_SECRET is not set")
        try:
            stripe.Webhook.construct_event(body, signature, secret, tolerance=tolerance)
            event = json.loads(body)
        except (stripe.SignatureVerificationError, ValueError) as exc:
            # ValueError covers bodies that are not UTF-8 or not JSON.
            raise InvalidEvent(str(exc)) from exc
        # Stripe's library rejects old timestamps only; a timestamp from the future is as
        # suspect (a captured signature kept for later), so refuse those beyond the tolerance.
        stamp = next((part[2:] for part in signature.split(",") if part.startswith("t=")), "0")
        if int(stamp) > time.time() + tolerance:
            raise InvalidEvent("Timestamp is in the future beyond the tolerance")
        if not isinstance(event, dict) or not isinstance(event.get("id"), str):
            raise InvalidEvent("Not an event")
        type_ = str(event.get("type", ""))
        try:
            facts = event_facts(event)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidEvent(f"Malformed {type_} event: {exc}") from exc
        return ProviderEventData(
            event_id=event["id"],
            type=type_,
            created=_when(event.get("created") or 0),
            payload=event,
            facts=facts,
            known=type_ in HANDLED,
        )
