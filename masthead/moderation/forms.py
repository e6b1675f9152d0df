"""Input of the moderator's admin views: what each request may carry, validated once.

Every form only validates; the views hand the cleaned values to `moderation.services`."""

from datetime import date, datetime, timedelta
from typing import Any

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from masthead.discussion.models import CommentState, Thread
from masthead.moderation.checks import REASONS
from masthead.moderation.models import Decision, Report, SanctionKind
from masthead.moderation.selectors import QueueFilters, QueueTab

MAX_SUSPENSION_DAYS = 3650


# What a button in the queue does: the action's name → the comment's next state.
ACTION_STATES = {
    "approve": CommentState.PUBLISHED,
    "reject": CommentState.REJECTED,
    "spam": CommentState.SPAM,
}
ACTION_LABELS = {
    "approve": "Approve",
    "reject": "Reject",
    "spam": "Spam",
    "ban": "Ban author",
}


def _queue_threads() -> Any:
    """Threads that appear in some tab: with a decision (every held, pending or decided
    comment has one) or an open report."""
    decided = Decision.objects.filter(comment__thread=OuterRef("pk"))
    reported = Report.objects.filter(comment__thread=OuterRef("pk"), resolved_at__isnull=True)
    return Thread.objects.filter(Q(Exists(decided)) | Q(Exists(reported))).order_by("title")


class QueueFilterForm(forms.Form):
    """The queue's tab and filters, from the query string."""

    tab = forms.ChoiceField(choices=[(t.value, t.value) for t in QueueTab], required=False)
    article = forms.ModelChoiceField(
        queryset=Thread.objects.none(), required=False, empty_label="All articles"
    )
    check = forms.ChoiceField(
        choices=[("", "Any check"), *((code, code) for code in REASONS)],
        required=False,
        label="Check",
    )
    min_score = forms.FloatField(
        required=False,
        min_value=0.0,
        max_value=1.0,
        label="Classifier score at least",
        widget=forms.NumberInput(attrs={"step": "0.05", "placeholder": "0 to 1"}),
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["article"].queryset = _queue_threads()  # type: ignore[attr-defined]

    def tab_value(self) -> QueueTab:
        """Return the tab asked for; an invalid filter must not lose it."""
        self.is_valid()
        value = self.cleaned_data.get("tab")
        return QueueTab(value) if value else QueueTab.PENDING

    def filters(self) -> QueueFilters:
        """Return the valid filters; an invalid one is dropped (and shown as an error)."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        article = data.get("article")
        return QueueFilters(
            thread_id=article.pk if article is not None else None,
            check=data.get("check") or "",
            min_score=data.get("min_score"),
        )


class ModerateForm(forms.Form):
    """One moderator action on one comment."""

    action = forms.ChoiceField(choices=list(ACTION_LABELS.items()))
    note = forms.CharField(required=False, max_length=2000)
    confirm = forms.BooleanField(required=False)


class BulkForm(forms.Form):
    """One decision on the comments ticked in the queue."""

    action = forms.ChoiceField(choices=[(k, ACTION_LABELS[k]) for k in ACTION_STATES])
    comment = forms.TypedMultipleChoiceField(coerce=int, choices=(), label="Comments")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Any id is acceptable input; the view reads only comments that exist.
        ids = self.data.getlist("comment") if hasattr(self.data, "getlist") else []
        self.fields["comment"].choices = [(i, i) for i in ids if str(i).isdigit()]  # type: ignore[attr-defined]


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Note about this author",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    comment = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class SanctionForm(forms.Form):
    kind = forms.ChoiceField(choices=SanctionKind.choices, label="Sanction")
    days = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_SUSPENSION_DAYS,
        label="For how many days",
        help_text="Needed for a suspension; leave empty for a sanction until lifted.",
    )
    reason = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    include_email = forms.BooleanField(
        required=False, label="Also apply to the guest e-mail of their latest comment"
    )
    include_ip = forms.BooleanField(
        required=False, label="Also apply to the IP hash of their latest comment"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == SanctionKind.SUSPEND and not data.get("days"):
            self.add_error("days", "Say how many days the suspension lasts.")
        return data

    def until(self) -> datetime | None:
        days = self.cleaned_data.get("days")
        return timezone.now() + timedelta(days=days) if days else None


class AuditForm(forms.Form):
    since = forms.DateField(required=False, label="From (inclusive)")
    until = forms.DateField(required=False, label="To (inclusive)")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and until < since:
            self.add_error("until", "The end comes before the start.")
        return data

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """Return [since, until) as aware datetimes; `until` covers its whole day."""
        since, until = self.cleaned_data.get("since"), self.cleaned_data.get("until")
        return (
            _start_of(since) if since else None,
            _start_of(until + timedelta(days=1)) if until else None,
        )


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.get_current_timezone())


class MonthForm(forms.Form):
    month = forms.CharField(required=False, max_length=7, label="Month (YYYY-MM)")

    def clean_month(self) -> date:
        value = self.cleaned_data.get("month") or ""
        if not value:
            return timezone.localdate().replace(day=1)
        try:
            parsed = datetime.strptime(value, "%Y-%m")  # noqa: DTZ007 - a calendar month
        except ValueError:
            raise forms.ValidationError("Give a month as YYYY-MM, e.g. 2025-03.") from None
        if parsed.year < 2000:
            raise forms.ValidationError("Give a month since 2000.")
        return parsed.date()
