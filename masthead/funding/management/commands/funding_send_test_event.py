"""Post a signed Stripe test event to a running Masthead, as Stripe would."""

import json
import time
import urllib.error
import urllib.request
import uuid
from typing import Any

import stripe
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from masthead.funding.money import to_minor


class Command(BaseCommand):
    help = (
        "Sign a Stripe event with MASTHEAD_STRIPE_WEBHOOK_SECRET and POST it to the webhook "
        "(default: MASTHEAD_BASE_URL/funding/stripe/webhook/)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "kind",
            choices=["gift", "refund", "dispute-opened", "dispute-lost", "dispute-won"],
            help="gift: a paid one-time checkout; the others act on --payment-intent.",
        )
        parser.add_argument("--amount", default="25", help="In whole units (default 25).")
        parser.add_argument("--currency", default="usd")
        parser.add_argument(
            "--payment-intent",
            default="",
            help="Which payment to refund or dispute (a gift prints its own).",
        )
        parser.add_argument(
            "--refunded", default="", help="Refund: total refunded so far (default: --amount)."
        )
        parser.add_argument("--email", default="test-donor@example.org")
        parser.add_argument("--url", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        secret = settings.STRIPE_WEBHOOK_SECRET
        if not secret:
            raise CommandError("MASTHEAD_STRIPE_WEBHOOK_SECRET is not set.")
        currency = options["currency"]
        amount = to_minor(options["amount"], currency)
        intent = options["payment_intent"] or f"pi_test_{uuid.uuid4().hex[:16]}"
        kind = options["kind"]
        if kind != "gift" and not options["payment_intent"]:
            raise CommandError(f"{kind} needs --payment-intent of an earlier gift.")
        obj: dict[str, Any]
        if kind == "gift":
            type_ = "checkout.session.completed"
            obj = {
                "id": f"cs_test_{uuid.uuid4().hex[:16]}",
                "object": "checkout.session",
                "mode": "payment",
                "amount_total": amount,
                "currency": currency,
                "payment_status": "paid",
                "payment_intent": intent,
                "customer_details": {"email": options["email"], "name": "Test Donor"},
                "metadata": {},
            }
        elif kind == "refund":
            type_ = "charge.refunded"
            refunded = to_minor(options["refunded"] or options["amount"], currency)
            obj = {
                "id": f"ch_{intent}",
                "object": "charge",
                "amount": amount,
                "amount_refunded": refunded,
                "currency": currency,
                "payment_intent": intent,
            }
        else:
            type_ = (
                "charge.dispute.created" if kind == "dispute-opened" else "charge.dispute.closed"
            )
            obj = {
                "id": f"dp_{intent}",
                "object": "dispute",
                "amount": amount,
                "currency": currency,
                "charge": f"ch_{intent}",
                "payment_intent": intent,
                "status": {"dispute-lost": "lost", "dispute-won": "won"}.get(
                    kind, "needs_response"
                ),
            }
        event = {
            "id": f"evt_test_{uuid.uuid4().hex}",
            "object": "event",
            "type": type_,
            "created": int(time.time()),
            "livemode": False,
            "data": {"object": obj},
        }
        body = json.dumps(event)
        header = stripe.WebhookSignature.generate_signature_header(body, secret)
        url = options["url"] or settings.BASE_URL.rstrip("/") + reverse("funding:stripe-webhook")
        request = urllib.request.Request(  # noqa: S310 - the operator's own site
            url,
            data=body.encode(),
            headers={"Content-Type": "application/json", "Stripe-Signature": header},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                status, answer = response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            raise CommandError(f"{url} answered {exc.code}: {exc.read().decode()}") from exc
        except OSError as exc:
            raise CommandError(f"Could not reach {url}: {exc}") from exc
        self.stdout.write(f"{type_} {event['id']} -> {status} {answer}")
        self.stdout.write(f"payment intent: {intent}")
