"""Reader funding: campaigns, donations, provider payments and the append-only ledger.

Money is never stored as a total. What a campaign raised is the sum of its ledger entries,
and ledger entries are only ever added (services.py writes them; nothing updates or deletes
one). A `Payment` keeps the latest facts the provider told us about one payment (amount,
cumulative refunds, dispute state); the ledger records every change of those facts.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from masthead.funding.money import CURRENCIES, format_amount, parse_list

CURRENCY_CHOICES = [(code, code) for code in CURRENCIES]
MAX_NAME_LENGTH = 80
MAX_MESSAGE_LENGTH = 280


def _validate_amount_list(value: str) -> None:
    try:
        amounts = parse_list(value, "USD")
    except ValueError as exc:
        raise ValidationError(f"Write whole amounts separated by commas: {exc}") from None
    if any(amount < 0 for amount in amounts):
        raise ValidationError("Amounts cannot be negative.")


@register_setting(icon="pick")
class FundingSettings(BaseSiteSetting):
    """The default every monthly campaign starts from, and the donate page's options.

    Amounts here are whole units of the currency (5000 means 5,000 $), for staff to type;
    campaigns and the ledger store minor units.
    """

    currency = models.CharField(max_length=3, choices=CURRENCY_CHOICES, default="USD")
    monthly_goal = models.PositiveIntegerField(
        default=5000, help_text="Goal of each new monthly campaign, in whole units."
    )
    milestones = models.CharField(
        max_length=200,
        default="0, 2500, 5000",
        validators=[_validate_amount_list],
        help_text="Ticks on the progress bar, in whole units, separated by commas.",
    )
    note = models.TextField(
        max_length=500,
        blank=True,
        default=(
            "Every gift pays for reporting: reporters' time, travel to where the news is, "
            "and the servers this site runs on. No advertising, no paywall."
        ),
        help_text="A short 'where the money goes' note shown next to the goal.",
    )
    suggested_amounts = models.CharField(
        max_length=200,
        default="5, 10, 25, 50, 100",
        validators=[_validate_amount_list],
        help_text="Buttons on the donate page, in whole units.",
    )
    minimum_amount = models.PositiveIntegerField(default=3, help_text="In whole units.")
    maximum_amount = models.PositiveIntegerField(default=10_000, help_text="In whole units.")
    offline_instructions = models.TextField(
        blank=True,
        default=(
            "Bank transfer: The Newsroom Trust, IBAN XX00 0000 0000 0000 0000 00, reference "
            "'Donation'. Cheques to the newsroom's postal address. Write to us and we will "
            "send a receipt."
        ),
        help_text="How to give without a card: shown on the donate page.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("currency"), FieldPanel("monthly_goal"), FieldPanel("milestones")],
            heading="Each month's campaign",
        ),
        FieldPanel("note"),
        MultiFieldPanel(
            [
                FieldPanel("suggested_amounts"),
                FieldPanel("minimum_amount"),
                FieldPanel("maximum_amount"),
            ],
            heading="Donate page",
        ),
        FieldPanel("offline_instructions"),
    ]

    class Meta:
        verbose_name = "reader funding"

    def clean(self) -> None:
        if self.minimum_amount < 1:
            raise ValidationError({"minimum_amount": "The minimum is at least 1."})
        if self.maximum_amount < self.minimum_amount:
            raise ValidationError({"maximum_amount": "The maximum is below the minimum."})


class CampaignKind(models.TextChoices):
    MONTHLY = "monthly", "Monthly goal"
    SPECIAL = "special", "Special campaign"


class Campaign(models.Model):
    """A goal over a period: each calendar month (made automatically), or a special campaign
    with a deadline that articles can be linked to."""

    kind = models.CharField(max_length=10, choices=CampaignKind, default=CampaignKind.SPECIAL)
    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    currency = models.CharField(max_length=3, choices=CURRENCY_CHOICES, default="USD")
    goal = models.PositiveBigIntegerField(help_text="In minor units (cents).")
    milestones = models.JSONField(default=list, blank=True, help_text="Minor units.")
    note = models.TextField(max_length=500, blank=True)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField(help_text="Exclusive: the deadline of a special campaign.")
    # The first day of the month, for monthly campaigns only (one per month).
    month = models.DateField(null=True, blank=True, unique=True)
    articles = models.ManyToManyField(
        "articles.ArticlePage", blank=True, related_name="funding_campaigns"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gt=models.F("period_start")),
                name="campaign_period_not_empty",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="monthly", month__isnull=False)
                | models.Q(kind="special", month__isnull=True),
                name="campaign_month_iff_monthly",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("funding:donate") + f"?campaign={self.slug}"

    @property
    def is_monthly(self) -> bool:
        return self.kind == CampaignKind.MONTHLY

    @property
    def goal_display(self) -> str:
        return format_amount(self.goal, self.currency)


class DonationKind(models.TextChoices):
    ONE_TIME = "one_time", "One-time"
    MONTHLY = "monthly", "Monthly"
    OFFLINE = "offline", "Offline"


class DonationState(models.TextChoices):
    STARTED = "started", "Checkout started"
    ACTIVE = "active", "Paid"  # one-time: paid; monthly: subscription running
    ENDED = "ended", "Subscription ended"


class Donation(models.Model):
    """A donor's gift as they asked for it on the donate page (or as staff recorded it).

    The money itself is in `Payment` rows and ledger entries; a monthly donation has one
    payment per month.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=10, choices=DonationKind)
    state = models.CharField(max_length=10, choices=DonationState, default=DonationState.STARTED)
    campaign = models.ForeignKey(
        Campaign,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="donations",
        help_text="A special campaign; empty for the monthly goal.",
    )
    amount = models.PositiveBigIntegerField(help_text="Minor units, as asked.")
    currency = models.CharField(max_length=3)
    donor_name = models.CharField(max_length=MAX_NAME_LENGTH, blank=True)
    donor_email = models.EmailField(blank=True, db_index=True)
    # Donors are anonymous on the wall unless they ask to be named.
    is_public = models.BooleanField(default=False)
    message = models.CharField(max_length=MAX_MESSAGE_LENGTH, blank=True)
    provider = models.CharField(max_length=20, blank=True)
    checkout_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    customer_id = models.CharField(max_length=255, blank=True)
    subscription_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["is_public", "paid_at"], name="donation_wall")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} gift of {format_amount(self.amount, self.currency)}"

    def get_absolute_url(self) -> str:
        return reverse("funding:thanks", kwargs={"public_id": self.public_id})

    @property
    def amount_display(self) -> str:
        return format_amount(self.amount, self.currency)


class DisputeState(models.TextChoices):
    NONE = "none", "No dispute"
    OPEN = "open", "Open"
    WON = "won", "Won"
    LOST = "lost", "Lost"


# Facts only move forward: a closed dispute never reopens, whatever order events arrive in.
DISPUTE_RANK = {
    DisputeState.NONE: 0,
    DisputeState.OPEN: 1,
    DisputeState.WON: 2,
    DisputeState.LOST: 2,
}


class PaymentKind(models.TextChoices):
    GIFT = "gift", "One-time gift"
    RECURRING = "recurring", "Monthly charge"


class Payment(models.Model):
    """One payment at the provider (a payment intent or an invoice), with the latest facts
    about it. Created by whichever event mentions it first; `confirmed` once we know it was
    paid (before that, refunds and disputes wait here and reach the ledger with the gift)."""

    provider = models.CharField(max_length=20)
    reference = models.CharField(max_length=255, help_text="Payment intent or invoice id.")
    donation = models.ForeignKey(
        Donation, null=True, blank=True, on_delete=models.PROTECT, related_name="payments"
    )
    kind = models.CharField(max_length=10, choices=PaymentKind, default=PaymentKind.GIFT)
    confirmed = models.BooleanField(default=False)
    settled = models.BooleanField(default=False, help_text="Paid, not waiting for the bank.")
    amount = models.PositiveBigIntegerField(default=0)
    currency = models.CharField(max_length=3, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    charge_id = models.CharField(max_length=255, blank=True, db_index=True)
    amount_refunded = models.PositiveBigIntegerField(default=0, help_text="Cumulative.")
    dispute_id = models.CharField(max_length=255, blank=True)
    dispute_amount = models.PositiveBigIntegerField(default=0)
    dispute_state = models.CharField(max_length=10, choices=DisputeState, default=DisputeState.NONE)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "reference"], name="one_payment_per_ref")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.reference}"


class EntryKind(models.TextChoices):
    GIFT = "gift", "Gift"
    RECURRING_CHARGE = "recurring_charge", "Recurring charge"
    REFUND = "refund", "Refund"
    DISPUTE_OPENED = "dispute_opened", "Dispute opened"
    DISPUTE_LOST = "dispute_lost", "Dispute lost"
    DISPUTE_WON = "dispute_won", "Dispute won"
    MANUAL_GIFT = "manual_gift", "Manual gift"
    MANUAL_CORRECTION = "manual_correction", "Manual correction"


class EntryStatus(models.TextChoices):
    SETTLED = "settled", "Settled"
    PENDING = "pending", "Pending"


class LedgerEntry(models.Model):
    """One signed movement of money. Append-only: never updated, never deleted.

    `effective_at` places the entry in a campaign period: a refund or dispute counts in the
    period of the gift it reverses, so a month's total is what that month's gifts kept.
    Every entry names its source: the provider event, or the staff member and their reason.
    """

    kind = models.CharField(max_length=20, choices=EntryKind)
    status = models.CharField(max_length=10, choices=EntryStatus, default=EntryStatus.SETTLED)
    amount = models.BigIntegerField(help_text="Signed, in minor units.")
    currency = models.CharField(max_length=3)
    campaign = models.ForeignKey(
        Campaign, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    donation = models.ForeignKey(
        Donation, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    payment = models.ForeignKey(
        Payment, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    effective_at = models.DateTimeField(db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    event = models.ForeignKey(
        "ProviderEvent", null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reason = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name_plural = "ledger entries"
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(
                fields=["campaign", "currency", "status", "effective_at"], name="ledger_period"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(event__isnull=False) | models.Q(created_by__isnull=False),
                name="ledger_entry_has_source",
            ),
            models.CheckConstraint(condition=~models.Q(amount=0), name="ledger_entry_moves_money"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {format_amount(self.amount, self.currency)}"

    @property
    def amount_display(self) -> str:
        return format_amount(self.amount, self.currency)

    @property
    def source(self) -> str:
        if self.event_id:
            return f"{self.event.provider}:{self.event.event_id}" if self.event else ""
        return f"staff:{self.created_by.get_username()}" if self.created_by else ""


class EventOutcome(models.TextChoices):
    PROCESSED = "processed", "Processed"
    IGNORED = "ignored", "Ignored (unknown type)"


class ProviderEvent(models.Model):
    """A webhook event as received, stored once under the provider's unique event id."""

    provider = models.CharField(max_length=20)
    event_id = models.CharField(max_length=255)
    type = models.CharField(max_length=100)
    created = models.DateTimeField(help_text="When the provider says the event happened.")
    received_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=10, choices=EventOutcome)
    payload = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="one_row_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.type} {self.event_id}"


class SupporterBadge(models.Model):
    """A reader's wish to show a supporter badge on their comments, for a verified e-mail.

    Shown only while that e-mail has a gift that was neither refunded nor lost in a dispute.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supporter_badge"
    )
    email = models.EmailField()
    verified_at = models.DateTimeField()
    enabled = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"Badge of {self.user_id} ({'on' if self.enabled else 'off'})"
