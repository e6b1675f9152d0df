"""Staff pages in Wagtail's admin: the monthly report, offline gifts and corrections, the CSV."""

import csv
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from masthead.funding import selectors, services
from masthead.funding.models import (
    CURRENCY_CHOICES,
    MAX_MESSAGE_LENGTH,
    MAX_NAME_LENGTH,
    Campaign,
    CampaignKind,
    LedgerEntry,
)
from masthead.funding.money import format_amount, to_major, to_minor


def _staff(request: HttpRequest, permission: str) -> User:
    user = request.user
    if not isinstance(user, User) or not user.has_perm(permission):
        raise PermissionDenied
    return user


class EntryForm(forms.Form):
    KIND_CHOICES = [
        ("gift", "Offline gift (bank transfer, cheque, crypto, cash)"),
        ("correction", "Correction"),
    ]

    kind = forms.ChoiceField(choices=KIND_CHOICES, widget=forms.RadioSelect, initial="gift")
    amount = forms.DecimalField(
        max_digits=12,
        decimal_places=2,
        help_text="In whole units with cents, e.g. 150.00. A correction may be negative.",
    )
    currency = forms.ChoiceField(choices=CURRENCY_CHOICES, initial="USD")
    effective_at = forms.DateTimeField(
        label="Received on",
        initial=timezone.now,
        help_text="Decides which month (or campaign period) the amount counts in.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    campaign = forms.ModelChoiceField(
        queryset=Campaign.objects.filter(kind=CampaignKind.SPECIAL),
        required=False,
        empty_label="The monthly goal",
    )
    reason = forms.CharField(
        max_length=500,
        help_text="Why this entry exists, e.g. 'Bank transfer ref 2291, 14 June'. Kept forever.",
    )
    donor_name = forms.CharField(max_length=MAX_NAME_LENGTH, required=False)
    donor_email = forms.EmailField(required=False)
    is_public = forms.BooleanField(required=False, label="Donor asked to be named on the wall")
    message = forms.CharField(max_length=MAX_MESSAGE_LENGTH, required=False)


def report(request: HttpRequest) -> HttpResponse:
    """Monthly totals as bars, recent ledger entries, links to add entries and export."""
    _staff(request, "funding.view_ledgerentry")
    totals = selectors.monthly_totals(12)
    top = max((abs(t.raised) for t in totals), default=0) or 1
    rows = [
        {
            "total": t,
            "percent": round(100 * max(t.raised, 0) / top, 1),
            "pending": format_amount(t.pending, t.currency),
        }
        for t in totals
    ]
    recent = LedgerEntry.objects.select_related(
        "event", "created_by", "donation", "campaign"
    ).order_by("-created_at", "-id")[:50]
    progress = selectors.campaign_progress(services.campaign_for_month())
    return render(
        request,
        "funding/admin/report.html",
        {
            "page_title": "Reader funding",
            "header_icon": "pick",
            "rows": rows,
            "recent": recent,
            "progress": progress,
            "can_add": request.user.has_perm("funding.add_ledgerentry"),
        },
    )


def entry_add(request: HttpRequest) -> HttpResponse:
    """Record an offline gift or a correction. The entry names the staff member and reason."""
    staff = _staff(request, "funding.add_ledgerentry")
    form = EntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        currency = data["currency"]
        campaign = data["campaign"]
        if campaign is not None:
            currency = campaign.currency
        try:
            amount = to_minor(data["amount"], currency)
            when: datetime = data["effective_at"]
            if data["kind"] == "gift":
                entry = services.ledger_manual_gift(
                    staff=staff,
                    amount=amount,
                    currency=currency,
                    received_at=when,
                    reason=data["reason"],
                    donor_name=data["donor_name"],
                    donor_email=data["donor_email"] or "",
                    is_public=data["is_public"],
                    message=data["message"],
                    campaign=campaign,
                )
            else:
                entry = services.ledger_correct(
                    staff=staff,
                    amount=amount,
                    currency=currency,
                    effective_at=when,
                    reason=data["reason"],
                    campaign=campaign,
                )
        except ValueError:
            form.add_error("amount", "Too many decimals for this currency.")
        except services.FundingError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(
                request, f"Recorded: {entry.get_kind_display()} of {entry.amount_display}."
            )
            return HttpResponseRedirect(reverse("funding_admin:report"))
    return render(
        request,
        "funding/admin/entry_form.html",
        {"page_title": "Add an offline gift or a correction", "header_icon": "pick", "form": form},
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


CSV_HEADER = [
    "id",
    "created_at",
    "effective_at",
    "kind",
    "status",
    "amount_minor",
    "amount",
    "currency",
    "campaign",
    "donation",
    "payment_reference",
    "source",
    "reason",
]


def _csv_rows() -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_HEADER)
    for entry in selectors.ledger_export():
        amount: Decimal = to_major(entry.amount, entry.currency)
        yield writer.writerow(
            [
                entry.pk,
                entry.created_at.isoformat(),
                entry.effective_at.isoformat(),
                entry.kind,
                entry.status,
                entry.amount,
                f"{amount}",
                entry.currency,
                entry.campaign.slug if entry.campaign else "",
                entry.donation.public_id if entry.donation else "",
                entry.payment.reference if entry.payment else "",
                entry.source,
                # A cell starting with = + - @ is a formula to a spreadsheet: defuse it.
                ("'" + entry.reason) if entry.reason[:1] in ("=", "+", "-", "@") else entry.reason,
            ]
        )


def ledger_csv(request: HttpRequest) -> StreamingHttpResponse:
    _staff(request, "funding.view_ledgerentry")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(_csv_rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ledger-{stamp}.csv"'
    return response
