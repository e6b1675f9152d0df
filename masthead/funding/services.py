"""Every write of reader funding. Each function is one transaction (through `atomic_write`, so
SQLite writers queue); e-mails leave only after commit. Ledger entries are only ever added."""

import logging
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from masthead.core.db import atomic_write
from masthead.core.ratelimit import Limit, rate_limit_hit
from masthead.core.text import clean_text
from masthead.funding import receipts
from masthead.funding.facts import (
    DisputeChanged,
    Fact,
    PaymentPaid,
    RefundTotal,
    SubscriptionEnded,
    SubscriptionStarted,
)
from masthead.funding.models import (
    DISPUTE_RANK,
    MAX_MESSAGE_LENGTH,
    MAX_NAME_LENGTH,
    Campaign,
    CampaignKind,
    DisputeState,
    Donation,
    DonationKind,
    DonationState,
    EntryKind,
    EntryStatus,
    EventOutcome,
    FundingSettings,
    LedgerEntry,
    Payment,
    PaymentKind,
    ProviderEvent,
    SupporterBadge,
)
from masthead.funding.money import format_amount, parse_list, to_minor
from masthead.funding.providers import provider_get
from masthead.funding.providers.base import ProviderError, ProviderEventData

logger = logging.getLogger("masthead.funding")

CHECKOUT_LIMIT_PER_IP = Limit(count=10, seconds=3600)
CHECKOUT_LIMIT_PER_EMAIL = Limit(count=5, seconds=3600)


class FundingError(Exception):
    """A request the rules refuse; `message` is for people, `field` names the form field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# --- Campaigns --------------------------------------------------------------------------------


def site_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def month_bounds(moment: datetime) -> tuple[date, datetime, datetime]:
    """Return the first day of the month holding `moment` in the site's time zone, and the
    month's start and (exclusive) end as aware datetimes."""
    zone = site_zone()
    local = moment.astimezone(zone)
    first = local.date().replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    start = datetime(first.year, first.month, 1, tzinfo=zone)
    end = datetime(following.year, following.month, 1, tzinfo=zone)
    return first, start, end


def funding_settings() -> FundingSettings:
    """Return the default site's funding settings (unsaved defaults when there is no site)."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return FundingSettings()
    settings_row: FundingSettings = FundingSettings.for_site(site)
    return settings_row


def campaign_for_month(*, moment: datetime | None = None) -> Campaign:
    """Return the monthly campaign of the month holding `moment` (default: now) in the site's
    time zone, creating it from the funding settings the first time it is asked for."""
    first, start, end = month_bounds(moment or timezone.now())
    campaign = Campaign.objects.filter(month=first).first()
    if campaign is not None:
        return campaign
    defaults = funding_settings()
    currency = defaults.currency
    try:
        with atomic_write():
            return Campaign.objects.create(
                kind=CampaignKind.MONTHLY,
                title=start.strftime("%B %Y"),
                slug=f"month-{first:%Y-%m}",
                currency=currency,
                goal=to_minor(defaults.monthly_goal, currency),
                milestones=parse_list(defaults.milestones, currency),
                note=defaults.note,
                period_start=start,
                period_end=end,
                month=first,
            )
    except IntegrityError:  # made meanwhile by another request
        return Campaign.objects.get(month=first)


def campaign_create_special(
    *,
    title: str,
    goal: int,
    currency: str,
    deadline: datetime,
    note: str = "",
    milestones: list[int] | None = None,
    starts_at: datetime | None = None,
) -> Campaign:
    """Create a special campaign (a named goal with a deadline) and return it."""
    start = starts_at or timezone.now()
    if deadline <= start:
        raise FundingError("The deadline must be after the start.", "deadline")
    with atomic_write():
        base = slugify(title)[:100] or "campaign"
        slug = base
        n = 1
        while Campaign.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return Campaign.objects.create(
            kind=CampaignKind.SPECIAL,
            title=title,
            slug=slug,
            currency=currency,
            goal=goal,
            milestones=milestones if milestones is not None else [0, goal],
            note=note,
            period_start=start,
            period_end=deadline,
        )


# --- Donations through the provider -----------------------------------------------------------


@dataclass(frozen=True)
class CheckoutStart:
    donation: Donation
    redirect_url: str


def donation_checkout_start(
    *,
    amount: int,
    kind: DonationKind,
    donor_name: str,
    donor_email: str,
    is_public: bool,
    message: str,
    ip_hash: str,
    base_url: str,
    campaign: Campaign | None = None,
    suspected_bot: bool = False,
) -> CheckoutStart:
    """Record a donor's wish and open the provider's hosted checkout for it.

    `amount` is in minor units of the campaign's (or the settings') currency. Raises
    RateLimited past the per-address and per-e-mail limits, FundingError for an amount out of
    bounds, a bot (the honeypot was filled) or a provider failure.
    """
    email = donor_email.strip().lower()
    rate_limit_hit("funding-checkout-ip", ip_hash, CHECKOUT_LIMIT_PER_IP)
    if email:
        rate_limit_hit("funding-checkout-email", email, CHECKOUT_LIMIT_PER_EMAIL)
    if suspected_bot:
        raise FundingError("Your gift could not be started. Please try again.")
    defaults = funding_settings()
    currency = campaign.currency if campaign else defaults.currency
    low = to_minor(defaults.minimum_amount, currency)
    high = to_minor(defaults.maximum_amount, currency)
    if amount < low:
        raise FundingError(f"The smallest gift is {format_amount(low, currency)}.", "amount")
    if amount > high:
        raise FundingError(
            f"Gifts above {format_amount(high, currency)} online: please write to us.", "amount"
        )
    if kind not in (DonationKind.ONE_TIME, DonationKind.MONTHLY):
        raise FundingError("Choose a one-time or a monthly gift.", "kind")
    if campaign is not None and campaign.kind != CampaignKind.SPECIAL:
        campaign = None  # monthly gifts go to the month they are paid in
    provider = provider_get()
    if not provider.is_configured():
        raise FundingError("Online payment is not configured.")
    donation = donation_prepare(
        kind=kind,
        amount=amount,
        currency=currency,
        donor_name=donor_name,
        donor_email=email,
        is_public=is_public,
        message=message,
        provider=provider.name,
        ip_hash=ip_hash,
        campaign=campaign,
    )
    site_name = Site.objects.filter(is_default_site=True).values_list("site_name", flat=True)
    product = f"{'Monthly gift' if kind == DonationKind.MONTHLY else 'Gift'} to " + (
        campaign.title if campaign else (site_name.first() or settings.WAGTAIL_SITE_NAME)
    )
    try:
        checkout = provider.checkout_create(
            donation=donation,
            product_name=product,
            success_url=base_url.rstrip("/") + donation.get_absolute_url(),
            cancel_url=base_url.rstrip("/") + campaign_donate_path(campaign),
        )
    except ProviderError:
        raise FundingError(
            "The payment page could not be opened just now. Nothing was charged; please try "
            "again in a minute."
        ) from None
    with atomic_write():
        Donation.objects.filter(pk=donation.pk).update(checkout_id=checkout.session_id)
    donation.checkout_id = checkout.session_id
    return CheckoutStart(donation=donation, redirect_url=checkout.url)


def donation_prepare(
    *,
    kind: DonationKind,
    amount: int,
    currency: str,
    donor_name: str,
    donor_email: str,
    is_public: bool,
    message: str,
    provider: str,
    ip_hash: str = "",
    campaign: Campaign | None = None,
) -> Donation:
    """Record what a donor asked for before they pay; the payment confirms it later."""
    with atomic_write():
        return Donation.objects.create(
            kind=kind,
            campaign=campaign,
            amount=amount,
            currency=currency,
            **_donor_details(donor_name, donor_email, message),
            is_public=is_public,
            provider=provider,
            ip_hash=ip_hash,
        )


def _donor_details(donor_name: str, donor_email: str, message: str) -> dict[str, str]:
    """Return what a donor typed, cleaned and cut to the stored lengths."""
    return {
        "donor_name": clean_text(donor_name)[:MAX_NAME_LENGTH],
        "donor_email": donor_email.strip().lower(),
        "message": clean_text(message)[:MAX_MESSAGE_LENGTH],
    }


def campaign_donate_path(campaign: Campaign | None) -> str:
    from django.urls import reverse

    path = reverse("funding:donate")
    return f"{path}?campaign={campaign.slug}" if campaign else path


# --- Provider events --------------------------------------------------------------------------


def provider_event_record(*, provider: str, event: ProviderEventData) -> bool:
    """Store a verified provider event once and apply its facts to the ledger.

    Return False (and change nothing) when the event was already stored: a replay, or a
    delivery that raced this one. The unique event id decides; on PostgreSQL the second of
    two concurrent deliveries waits for the first to commit, then finds it.
    """
    with atomic_write():
        try:
            with transaction.atomic():
                stored = ProviderEvent.objects.create(
                    provider=provider,
                    event_id=event.event_id,
                    type=event.type[:100],
                    created=event.created,
                    outcome=EventOutcome.PROCESSED if event.known else EventOutcome.IGNORED,
                    payload=event.payload,
                )
        except IntegrityError:
            logger.info("Ignored a replayed %s event %s", provider, event.event_id)
            return False
        if not event.known:
            logger.info(
                "Acknowledged an unhandled %s event",
                provider,
                extra={"event_id": event.event_id, "event_type": event.type},
            )
        for fact in event.facts:
            _apply(fact, stored)
    return True


def _apply(fact: Fact, event: ProviderEvent) -> None:
    if isinstance(fact, PaymentPaid):
        _payment_paid(fact, event)
    elif isinstance(fact, SubscriptionStarted):
        _subscription_started(fact, event)
    elif isinstance(fact, RefundTotal):
        _refund_total(fact, event)
    elif isinstance(fact, DisputeChanged):
        _dispute_changed(fact, event)
    elif isinstance(fact, SubscriptionEnded):
        _subscription_ended(fact)


def _payment_locked(provider: str, reference: str, charge_id: str = "") -> Payment:
    """Return the payment for `reference` (or, failing that, `charge_id`), locked for this
    transaction; create it when no event mentioned it before."""
    payment = (
        Payment.objects.select_for_update().filter(provider=provider, reference=reference).first()
    )
    if payment is None and charge_id:
        payment = (
            Payment.objects.select_for_update()
            .filter(provider=provider, charge_id=charge_id)
            .first()
        )
    if payment is None:
        payment, _ = Payment.objects.select_for_update().get_or_create(
            provider=provider, reference=reference, defaults={"charge_id": charge_id}
        )
    return payment


def _donation_for(
    *,
    provider: str,
    donation_ref: int | None,
    checkout_id: str = "",
    subscription_id: str = "",
) -> Donation | None:
    queryset = Donation.objects.select_for_update()
    if donation_ref is not None:
        found = queryset.filter(pk=donation_ref, provider=provider).first()
        if found is not None:
            return found
    if checkout_id:
        found = queryset.filter(checkout_id=checkout_id).first()
        if found is not None:
            return found
    if subscription_id:
        return queryset.filter(subscription_id=subscription_id).first()
    return None


def _donation_paid(donation: Donation, fact: PaymentPaid | SubscriptionStarted) -> None:
    changed: list[str] = []
    if donation.state == DonationState.STARTED:
        donation.state = DonationState.ACTIVE
        changed.append("state")
    if donation.paid_at is None and isinstance(fact, PaymentPaid):
        donation.paid_at = fact.occurred_at
        changed.append("paid_at")
    for name, value in (
        ("customer_id", fact.customer_id),
        ("subscription_id", fact.subscription_id),
        ("donor_email", fact.email.strip().lower()),
        ("donor_name", clean_text(fact.name)[:MAX_NAME_LENGTH]),
    ):
        if value and not getattr(donation, name):
            setattr(donation, name, value)
            changed.append(name)
    if changed:
        donation.save(update_fields=changed)


def _payment_paid(fact: PaymentPaid, event: ProviderEvent) -> None:
    payment = _payment_locked(event.provider, fact.reference, fact.charge_id)
    donation = _donation_for(
        provider=event.provider,
        donation_ref=fact.donation_ref,
        checkout_id=fact.checkout_id,
        subscription_id=fact.subscription_id,
    )
    if donation is None:
        # Paid outside our donate page (a link made in Stripe's dashboard, say): still money.
        donation = Donation.objects.create(
            kind=DonationKind.MONTHLY
            if fact.kind == PaymentKind.RECURRING
            else DonationKind.ONE_TIME,
            state=DonationState.ACTIVE,
            amount=fact.amount,
            currency=fact.currency,
            provider=event.provider,
            checkout_id=fact.checkout_id or None,
            subscription_id=fact.subscription_id or None,
        )
    _donation_paid(donation, fact)
    newly = not payment.confirmed
    if newly:
        payment.confirmed = True
        payment.kind = fact.kind
        payment.amount = fact.amount
        payment.currency = fact.currency
        payment.paid_at = fact.occurred_at
        payment.donation = donation
        payment.settled = fact.settled
        payment.charge_id = payment.charge_id or fact.charge_id
    elif fact.settled and not payment.settled:
        payment.settled = True
    payment.save()
    _reconcile(payment, event)
    if newly and donation.donor_email:
        transaction.on_commit(partial(receipts.receipt_send, payment_id=payment.pk))


def _subscription_started(fact: SubscriptionStarted, event: ProviderEvent) -> None:
    donation = _donation_for(
        provider=event.provider,
        donation_ref=fact.donation_ref,
        checkout_id=fact.checkout_id,
        subscription_id=fact.subscription_id,
    )
    if donation is None:
        logger.warning("A subscription checkout for no known donation: %s", fact.checkout_id)
        return
    _donation_paid(donation, fact)


def _refund_total(fact: RefundTotal, event: ProviderEvent) -> None:
    payment = _payment_locked(event.provider, fact.reference, fact.charge_id)
    # Refunds are cumulative on the charge: an older, smaller total arriving late changes nothing.
    if fact.amount_refunded > payment.amount_refunded:
        payment.amount_refunded = fact.amount_refunded
    payment.charge_id = payment.charge_id or fact.charge_id
    payment.currency = payment.currency or fact.currency
    payment.save()
    _reconcile(payment, event)


def _dispute_changed(fact: DisputeChanged, event: ProviderEvent) -> None:
    payment = _payment_locked(event.provider, fact.reference, fact.charge_id)
    current = DisputeState(payment.dispute_state)
    if DISPUTE_RANK[fact.state] > DISPUTE_RANK[current]:
        payment.dispute_state = fact.state
        payment.dispute_id = fact.dispute_id
        payment.dispute_amount = payment.dispute_amount or fact.amount
    payment.charge_id = payment.charge_id or fact.charge_id
    payment.currency = payment.currency or fact.currency
    payment.save()
    _reconcile(payment, event)


def _subscription_ended(fact: SubscriptionEnded) -> None:
    updated = Donation.objects.filter(
        subscription_id=fact.subscription_id, ended_at__isnull=True
    ).update(state=DonationState.ENDED, ended_at=fact.occurred_at)
    if not updated:
        logger.info("Subscription %s ended; nothing to update", fact.subscription_id)


Key = tuple[str, str]


def payment_targets(payment: Payment) -> dict[Key, int]:
    """Return what the ledger must hold for `payment`, per (kind, status), given its facts.

    Nothing before the payment is confirmed: refunds and disputes that arrive first wait on
    the payment row and are booked with the gift.
    """
    if not payment.confirmed:
        return {}
    gift = EntryKind.GIFT if payment.kind == PaymentKind.GIFT else EntryKind.RECURRING_CHARGE
    targets: dict[Key, int] = {
        (gift, EntryStatus.SETTLED if payment.settled else EntryStatus.PENDING): payment.amount
    }
    refunded = min(payment.amount_refunded, payment.amount)
    if refunded:
        targets[(EntryKind.REFUND, EntryStatus.SETTLED)] = -refunded
    held = min(payment.dispute_amount, payment.amount)
    if payment.dispute_state != DisputeState.NONE and held:
        # Opening a dispute holds the money (pending); the outcome releases the hold, and a
        # loss takes the money away for good.
        targets[(EntryKind.DISPUTE_OPENED, EntryStatus.PENDING)] = -held
        if payment.dispute_state == DisputeState.WON:
            targets[(EntryKind.DISPUTE_WON, EntryStatus.PENDING)] = held
        elif payment.dispute_state == DisputeState.LOST:
            targets[(EntryKind.DISPUTE_LOST, EntryStatus.PENDING)] = held
            targets[(EntryKind.DISPUTE_LOST, EntryStatus.SETTLED)] = -held
    return targets


def _reconcile(payment: Payment, event: ProviderEvent) -> None:
    """Append the entries that bring the payment's ledger to its targets. Must run inside the
    transaction that locked `payment`."""
    booked: dict[Key, int] = {
        (row["kind"], row["status"]): row["total"]
        for row in LedgerEntry.objects.filter(payment=payment)
        .values("kind", "status")
        .annotate(total=Sum("amount"))
    }
    targets = payment_targets(payment)
    donation = payment.donation
    for key in sorted(set(targets) | set(booked)):
        delta = targets.get(key, 0) - booked.get(key, 0)
        if delta:
            LedgerEntry.objects.create(
                kind=key[0],
                status=key[1],
                amount=delta,
                currency=payment.currency,
                campaign=donation.campaign if donation else None,
                donation=donation,
                payment=payment,
                effective_at=payment.paid_at or event.created,
                event=event,
            )


# --- Staff entries ----------------------------------------------------------------------------


def ledger_manual_gift(
    *,
    staff: User,
    amount: int,
    currency: str,
    received_at: datetime,
    reason: str,
    donor_name: str = "",
    donor_email: str = "",
    is_public: bool = False,
    message: str = "",
    campaign: Campaign | None = None,
) -> LedgerEntry:
    """Record a gift received outside the provider (bank transfer, cheque, crypto)."""
    reason = clean_text(reason)[:500]
    if not reason:
        raise FundingError("Say where the gift came from (e.g. 'bank transfer 14 June').", "reason")
    if amount <= 0:
        raise FundingError("A gift is a positive amount.", "amount")
    with atomic_write():
        donation = Donation.objects.create(
            kind=DonationKind.OFFLINE,
            state=DonationState.ACTIVE,
            campaign=campaign,
            amount=amount,
            currency=currency,
            **_donor_details(donor_name, donor_email, message),
            is_public=is_public,
            paid_at=received_at,
        )
        return LedgerEntry.objects.create(
            kind=EntryKind.MANUAL_GIFT,
            amount=amount,
            currency=currency,
            campaign=campaign,
            donation=donation,
            effective_at=received_at,
            created_by=staff,
            reason=reason,
        )


def ledger_correct(
    *,
    staff: User,
    amount: int,
    currency: str,
    effective_at: datetime,
    reason: str,
    campaign: Campaign | None = None,
) -> LedgerEntry:
    """Add a signed correction: the ledger is never edited, a mistake is corrected by an entry."""
    reason = clean_text(reason)[:500]
    if not reason:
        raise FundingError("Say why the correction is needed.", "reason")
    if amount == 0:
        raise FundingError("A correction moves a non-zero amount.", "amount")
    with atomic_write():
        return LedgerEntry.objects.create(
            kind=EntryKind.MANUAL_CORRECTION,
            amount=amount,
            currency=currency,
            campaign=campaign,
            effective_at=effective_at,
            created_by=staff,
            reason=reason,
        )


# --- Supporter badge --------------------------------------------------------------------------


def supporter_badge_enable(*, user: User, email: str) -> SupporterBadge:
    """Turn the badge on for `user`, whose account e-mail must be the verified `email`."""
    email = email.strip().lower()
    if not email or str(getattr(user, "email", "")).strip().lower() != email:
        raise FundingError("This link was sent to another e-mail address than your account's.")
    with atomic_write():
        badge, _ = SupporterBadge.objects.update_or_create(
            user=user,
            defaults={"email": email, "verified_at": timezone.now(), "enabled": True},
        )
    return badge


def supporter_badge_disable(*, user: User) -> None:
    with atomic_write():
        SupporterBadge.objects.filter(user=user).update(enabled=False)
