"""Receipt e-mails, sent through Django's e-mail backend after the payment is committed."""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from masthead.funding.models import DonationKind, Payment, PaymentKind
from masthead.funding.money import format_amount

logger = logging.getLogger("masthead.funding")

BADGE_SALT = "masthead.funding.badge"
BADGE_LINK_AGE = 60 * 60 * 24 * 60  # the receipt's badge link works for 60 days


def badge_token(email: str) -> str:
    """Return a signed token proving whoever holds it read mail sent to `email`."""
    return signing.dumps(email.strip().lower(), salt=BADGE_SALT)


def badge_token_email(token: str) -> str | None:
    try:
        value = signing.loads(token, salt=BADGE_SALT, max_age=BADGE_LINK_AGE)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) else None


def receipt_send(*, payment_id: int) -> bool:
    """E-mail the donor a receipt for a confirmed payment; return whether one was sent.

    Call after commit. A mail server that fails is logged, never raised: the gift stands.
    """
    payment = Payment.objects.select_related("donation").filter(pk=payment_id).first()
    if payment is None or payment.donation is None or not payment.donation.donor_email:
        return False
    donation = payment.donation
    site = Site.objects.filter(is_default_site=True).first()
    site_name = site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME
    base = settings.BASE_URL.rstrip("/")
    context = {
        "site_name": site_name,
        "donor_name": donation.donor_name,
        "amount": format_amount(payment.amount, payment.currency),
        "paid_at": payment.paid_at,
        "monthly": payment.kind == PaymentKind.RECURRING or donation.kind == DonationKind.MONTHLY,
        "reference": payment.reference,
        "manage_url": base + donation.get_absolute_url(),
        "badge_url": base
        + reverse("funding:badge-confirm", kwargs={"token": badge_token(donation.donor_email)}),
    }
    body = render_to_string("funding/receipt.txt", context)
    try:
        send_mail(
            subject=f"Your receipt from {site_name}: {context['amount']}",
            message=body,
            from_email=None,
            recipient_list=[donation.donor_email],
        )
    except OSError:
        logger.exception("Could not send a receipt for payment %s", payment.pk)
        return False
    return True
