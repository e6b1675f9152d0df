"""Reads of reader funding shared by pages, the widget, the API and the admin. Totals are
always sums over the ledger, computed when asked."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db.models import Q, QuerySet, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Site

from masthead.funding.models import (
    Campaign,
    CampaignKind,
    Donation,
    EntryStatus,
    LedgerEntry,
    SupporterBadge,
)
from masthead.funding.money import format_amount
from masthead.funding.services import site_zone


def site_name(request: HttpRequest | None) -> str:
    """Return the name of the site serving `request` (the default site without one)."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return str(site.site_name) if site and site.site_name else settings.WAGTAIL_SITE_NAME


def campaign_entries(campaign: Campaign) -> QuerySet[LedgerEntry]:
    """Return the ledger entries that count toward `campaign`.

    A monthly campaign counts the general fund's entries effective in its month; a special
    campaign counts the entries given to it, whenever they happen.
    """
    entries = LedgerEntry.objects.filter(currency=campaign.currency)
    if campaign.kind == CampaignKind.SPECIAL:
        return entries.filter(campaign=campaign)
    return entries.filter(
        campaign__isnull=True,
        effective_at__gte=campaign.period_start,
        effective_at__lt=campaign.period_end,
    )


def campaign_totals(campaign: Campaign) -> tuple[int, int]:
    """Return (raised, pending) of `campaign` in minor units, with one query."""
    totals = campaign_entries(campaign).aggregate(
        raised=Coalesce(Sum("amount", filter=Q(status=EntryStatus.SETTLED)), 0),
        pending=Coalesce(Sum("amount", filter=Q(status=EntryStatus.PENDING)), 0),
    )
    return int(totals["raised"]), int(totals["pending"])


@dataclass(frozen=True)
class Tick:
    amount: int
    label: str
    percent: float


@dataclass(frozen=True)
class Progress:
    campaign: Campaign
    raised: int
    pending: int

    @property
    def currency(self) -> str:
        return self.campaign.currency

    @property
    def goal(self) -> int:
        return self.campaign.goal

    @property
    def shown(self) -> int:
        """The raised amount drawn on the bar: never below zero, never past the goal."""
        return max(0, min(self.raised, self.goal))

    @property
    def percent(self) -> float:
        return round(100 * self.shown / self.goal, 1) if self.goal else 0.0

    @property
    def raised_display(self) -> str:
        return format_amount(self.raised, self.currency)

    @property
    def goal_display(self) -> str:
        return format_amount(self.goal, self.currency)

    @property
    def pending_display(self) -> str:
        return format_amount(self.pending, self.currency)

    @property
    def period_label(self) -> str:
        if self.campaign.kind == CampaignKind.MONTHLY:
            return self.campaign.title
        local = timezone.localtime(self.campaign.period_end, site_zone())
        return f"until {local:%-d %B %Y}"

    @property
    def ticks(self) -> list[Tick]:
        top = max(self.goal, 1)
        return [
            Tick(amount=m, label=format_amount(m, self.currency), percent=round(100 * m / top, 2))
            for m in sorted(set(self.campaign.milestones))
            if 0 <= m <= self.goal
        ]


def campaign_progress(campaign: Campaign) -> Progress:
    raised, pending = campaign_totals(campaign)
    return Progress(campaign=campaign, raised=raised, pending=pending)


def special_campaign_for_article(page_id: int, now: datetime | None = None) -> Campaign | None:
    """Return the running special campaign an article is linked to, if any (one query)."""
    moment = now or timezone.now()
    return (
        Campaign.objects.filter(
            kind=CampaignKind.SPECIAL,
            articles__pk=page_id,
            period_start__lte=moment,
            period_end__gt=moment,
        )
        .order_by("period_end")
        .first()
    )


def campaign_by_slug(slug: str) -> Campaign | None:
    """Return a running special campaign by its slug (monthly ones are not chosen by slug)."""
    now = timezone.now()
    return Campaign.objects.filter(
        slug=slug, kind=CampaignKind.SPECIAL, period_start__lte=now, period_end__gt=now
    ).first()


# --- Donors ---------------------------------------------------------------------------------


def _kept_donations() -> QuerySet[Donation]:
    """Donations whose settled money was not all refunded or lost in a dispute."""
    return Donation.objects.annotate(
        kept=Coalesce(Sum("entries__amount", filter=Q(entries__status=EntryStatus.SETTLED)), 0)
    ).filter(kept__gt=0)


@dataclass(frozen=True)
class Wall:
    named: list[Donation]
    anonymous: int


def donor_wall(limit: int = 100) -> Wall:
    """Return the donors who asked to be named (newest first) and how many gave anonymously."""
    kept = _kept_donations()
    named = list(
        kept.filter(is_public=True).exclude(donor_name="").order_by("-paid_at", "-pk")[:limit]
    )
    anonymous = kept.filter(Q(is_public=False) | Q(donor_name="")).count()
    return Wall(named=named, anonymous=anonymous)


def supporter_user_ids(user_ids: Iterable[int]) -> set[int]:
    """Return which of `user_ids` show a supporter badge: opted in, and their verified e-mail
    gave a gift that was neither refunded in full nor lost in a dispute. Two queries."""
    ids = set(user_ids)
    if not ids:
        return set()
    badges = dict(
        SupporterBadge.objects.filter(user_id__in=ids, enabled=True).values_list("email", "user_id")
    )
    if not badges:
        return set()
    emails = set(
        _kept_donations().filter(donor_email__in=list(badges)).values_list("donor_email", flat=True)
    )
    return {user_id for email, user_id in badges.items() if email in emails}


def donor_has_kept_gift(email: str) -> bool:
    return _kept_donations().filter(donor_email=email.strip().lower()).exists()


# --- Reports --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthTotal:
    month: date
    currency: str
    raised: int
    pending: int

    @property
    def raised_display(self) -> str:
        return format_amount(self.raised, self.currency)


def monthly_totals(months: int = 12) -> list[MonthTotal]:
    """Return the general fund's settled and pending totals per month (site time zone) and
    currency, newest month first, for the last `months` months that have entries."""
    rows = (
        LedgerEntry.objects.filter(campaign__isnull=True)
        .annotate(month=TruncMonth("effective_at", tzinfo=site_zone()))
        .values("month", "currency")
        .annotate(
            raised=Coalesce(Sum("amount", filter=Q(status=EntryStatus.SETTLED)), 0),
            pending=Coalesce(Sum("amount", filter=Q(status=EntryStatus.PENDING)), 0),
        )
        .order_by("-month", "currency")
    )
    totals = [
        MonthTotal(
            month=row["month"].date() if isinstance(row["month"], datetime) else row["month"],
            currency=row["currency"],
            raised=int(row["raised"]),
            pending=int(row["pending"]),
        )
        for row in rows
    ]
    wanted = sorted({t.month for t in totals}, reverse=True)[:months]
    return [t for t in totals if t.month in wanted]


def ledger_export() -> Iterator[LedgerEntry]:
    """Yield every ledger entry in the order it was written, for the CSV export."""
    return (
        LedgerEntry.objects.select_related("campaign", "donation", "payment", "event", "created_by")
        .order_by("created_at", "id")
        .iterator(chunk_size=2000)
    )
