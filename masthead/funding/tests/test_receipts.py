"""Receipts go through Django's SMTP backend to a real SMTP server on loopback, after commit."""

import email
import json
import socket
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import Client, override_settings

from masthead.funding import receipts
from masthead.funding.models import Donation, DonationKind, Payment
from masthead.testing import funding as fx
from masthead.testing.builders import build_home

pytestmark = pytest.mark.django_db
SECRET = "whsec_receipt_tests"
Capture = Callable[..., AbstractContextManager[list[Callable[[], None]]]]


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    handler = Inbox()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            DEFAULT_FROM_EMAIL="The Test Gazette <news@example.org>",
            STRIPE_WEBHOOK_SECRET=SECRET,
        ):
            yield handler
    finally:
        controller.stop()


def deliver(event: dict[str, Any]) -> None:
    body = json.dumps(event)
    Client().post(
        "/funding/stripe/webhook/",
        data=body,
        content_type="application/json",
        headers={"Stripe-Signature": fx.sign(body, SECRET)},
    )


def test_a_confirmed_gift_sends_one_receipt_after_commit(
    inbox: Inbox, django_capture_on_commit_callbacks: Capture
) -> None:
    build_home()
    donation = Donation.objects.create(
        kind=DonationKind.MONTHLY,
        amount=1500,
        currency="USD",
        provider="stripe",
        donor_email="dana@example.org",
        donor_name="Dana",
    )
    event = fx.invoice_paid(
        amount=1500, payment_intent="pi_r1", subscription="sub_r", donation_id=donation.pk
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        deliver(event)
        assert not inbox.messages  # nothing leaves before the commit
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):
        deliver(event)  # a replay sends nothing more
    assert len(inbox.messages) == 1
    recipients, message = inbox.messages[0]
    assert recipients == ["dana@example.org"]
    assert message["Subject"] == "Your receipt from The Test Gazette: 15 $"
    assert message["From"] == "The Test Gazette <news@example.org>"
    body = message.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Dear Dana," in body
    assert "every month until you stop" in body
    assert f"/funding/thanks/{donation.public_id}/" in body
    assert "/funding/badge/" in body


def test_a_mail_server_that_is_down_does_not_undo_the_gift() -> None:
    donation = Donation.objects.create(
        kind=DonationKind.ONE_TIME, amount=100, currency="USD", donor_email="x@example.org"
    )
    payment = Payment.objects.create(
        provider="stripe",
        reference="pi_down",
        donation=donation,
        confirmed=True,
        amount=100,
        currency="USD",
    )
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=_free_port(),
        EMAIL_TIMEOUT=2,
    ):
        assert receipts.receipt_send(payment_id=payment.pk) is False
