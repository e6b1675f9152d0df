"""Funding test helpers: Stripe events signed the way Stripe signs them, and a fake Stripe API
on loopback (Stripe cannot be reached from here; the official library talks to this)."""

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_ids = itertools.count(1)


def sign(body: str, secret: str, timestamp: int | None = None) -> str:
    """Return a `Stripe-Signature` header: HMAC-SHA256 over "{t}.{body}" with the secret."""
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{t}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def event(type_: str, obj: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    return {
        "id": event_id or f"evt_test_{next(_ids)}",
        "object": "event",
        "api_version": "2025-06-30.basil",
        "created": int(time.time()),
        "livemode": False,
        "type": type_,
        "data": {"object": obj},
    }


def checkout_completed(
    *,
    amount: int,
    payment_intent: str,
    donation_id: int | None = None,
    email: str = "donor@example.org",
    currency: str = "usd",
    mode: str = "payment",
    paid: bool = True,
    subscription: str = "",
    customer: str = "cus_test_1",
) -> dict[str, Any]:
    metadata = {"masthead_donation": str(donation_id)} if donation_id else {}
    return event(
        "checkout.session.completed",
        {
            "id": f"cs_test_{next(_ids)}",
            "object": "checkout.session",
            "mode": mode,
            "amount_total": amount,
            "currency": currency,
            "payment_status": "paid" if paid else "unpaid",
            "payment_intent": payment_intent if mode == "payment" else None,
            "subscription": subscription or None,
            "customer": customer,
            "customer_details": {"email": email, "name": "Dana Donor"},
            "client_reference_id": str(donation_id) if donation_id else None,
            "metadata": metadata,
        },
    )


def invoice_paid(
    *,
    amount: int,
    payment_intent: str,
    subscription: str,
    donation_id: int | None = None,
    email: str = "donor@example.org",
) -> dict[str, Any]:
    metadata = {"masthead_donation": str(donation_id)} if donation_id else {}
    return event(
        "invoice.paid",
        {
            "id": f"in_test_{next(_ids)}",
            "object": "invoice",
            "amount_paid": amount,
            "currency": "usd",
            "customer": "cus_test_1",
            "customer_email": email,
            "billing_reason": "subscription_cycle",
            "status": "paid",
            "status_transitions": {"paid_at": int(time.time())},
            # The 2025 API shape: subscription and payment intent under parent and payments.
            "parent": {
                "type": "subscription_details",
                "subscription_details": {"subscription": subscription, "metadata": metadata},
            },
            "payments": {
                "object": "list",
                "data": [{"payment": {"type": "payment_intent", "payment_intent": payment_intent}}],
            },
        },
    )


def charge_refunded(
    *, payment_intent: str, amount: int, amount_refunded: int, charge: str = ""
) -> dict[str, Any]:
    return event(
        "charge.refunded",
        {
            "id": charge or f"ch_{payment_intent}",
            "object": "charge",
            "amount": amount,
            "amount_refunded": amount_refunded,
            "refunded": amount_refunded >= amount,
            "currency": "usd",
            "payment_intent": payment_intent,
        },
    )


def dispute(*, payment_intent: str, amount: int, status: str, closed: bool) -> dict[str, Any]:
    return event(
        "charge.dispute.closed" if closed else "charge.dispute.created",
        {
            "id": f"dp_{payment_intent}",
            "object": "dispute",
            "amount": amount,
            "currency": "usd",
            "charge": f"ch_{payment_intent}",
            "payment_intent": payment_intent,
            "reason": "fraudulent",
            "status": status,
        },
    )


def subscription_deleted(subscription: str) -> dict[str, Any]:
    return event(
        "customer.subscription.deleted",
        {"id": subscription, "object": "subscription", "status": "canceled"},
    )


@dataclass
class FakeStripe:
    """What the fake Stripe API received and will answer."""

    url: str = ""
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    fail: bool = False

    def sessions(self) -> list[dict[str, Any]]:
        return [params for path, params in self.requests if path == "/v1/checkout/sessions"]


def _parse_form(body: str) -> dict[str, Any]:
    """Turn Stripe's bracketed form encoding (line_items[0][price_data][currency]=usd) back
    into nested dicts; list indices stay as string keys ("0")."""
    result: dict[str, Any] = {}
    for key, value in urllib.parse.parse_qsl(body, keep_blank_values=True):
        parts = key.replace("]", "").split("[")
        node = result
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return result


@contextmanager
def fake_stripe_server() -> Iterator[FakeStripe]:
    """Serve the two Stripe API calls Masthead makes, and the hosted pages they link to."""
    state = FakeStripe()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _send(self, status: int, payload: dict[str, Any] | str) -> None:
            is_json = isinstance(payload, dict)
            body = (json.dumps(payload) if is_json else str(payload)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if is_json else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            # The hosted checkout page the donor lands on.
            self._send(200, "<!doctype html><title>Fake Stripe Checkout</title><h1>Pay</h1>")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            params = _parse_form(self.rfile.read(length).decode())
            state.requests.append((self.path, params))
            if not self.headers.get("Authorization", "").startswith("Bearer sk_"):
                self._send(401, {"error": {"type": "invalid_request_error", "message": "key"}})
                return
            if state.fail:
                self._send(500, {"error": {"type": "api_error", "message": "Stripe is down"}})
                return
            n = next(_ids)
            if self.path == "/v1/checkout/sessions":
                session_id = f"cs_test_fake_{n}"
                self._send(
                    200,
                    {
                        "id": session_id,
                        "object": "checkout.session",
                        "mode": params.get("mode"),
                        "url": f"{state.url}/c/pay/{session_id}",
                    },
                )
            elif self.path == "/v1/billing_portal/sessions":
                self._send(
                    200,
                    {
                        "id": f"bps_{n}",
                        "object": "billing_portal.session",
                        "customer": params.get("customer"),
                        "url": f"{state.url}/p/session/bps_{n}",
                    },
                )
            else:
                self._send(404, {"error": {"type": "invalid_request_error", "message": "path"}})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
