"""The moderator's side in the Wagtail admin: the queue, an author's history and the exports.

Views only read input, call `moderation.services` and answer. Every action is a plain form
POST that redirects back to the same tab and filters (Post/Redirect/Get); `queue.js` sends the
same POSTs with `X-Requested-With: XMLHttpRequest` and gets JSON back instead."""

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.admin.auth import permission_required

from masthead.core.problems import MAX_ID
from masthead.discussion.models import Comment, CommentState, author_q
from masthead.moderation import selectors, services
from masthead.moderation.checks import reason_text
from masthead.moderation.forms import (
    ACTION_LABELS,
    ACTION_STATES,
    AuditForm,
    BulkForm,
    ModerateForm,
    MonthForm,
    NoteForm,
    QueueFilterForm,
    SanctionForm,
)
from masthead.moderation.models import Decision, Report, Sanction, SanctionKind
from masthead.moderation.permissions import access_author_key, access_moderated_comment
from masthead.moderation.selectors import QueueTab

PERMISSION = "moderation.add_decision"
PAGE_SIZE = 50
TAB_LABELS = {
    QueueTab.PENDING: "Pending",
    QueueTab.HELD: "Held by a check",
    QueueTab.REPORTED: "Reported",
    QueueTab.DECIDED: "Recently decided",
}
# Cells a spreadsheet would run as a formula (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHORTCUTS = (
    ("j", "Next comment"),
    ("k", "Previous comment"),
    ("a", "Approve"),
    ("r", "Reject"),
    ("s", "Spam"),
    ("b", "Ban the author"),
    ("n", "Note about the author"),
    ("x", "Tick for a bulk action"),
    ("Enter", "Author's history"),
    ("?", "All shortcuts"),
)

View = Callable[..., HttpResponseBase]


def moderator_required(view: View) -> View:
    """Let in only people with the moderation permission (Wagtail's login and denial pages)."""
    return wraps(view)(permission_required(PERMISSION)(view))


def _wants_json(request: HttpRequest) -> bool:
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


def _queue_url() -> str:
    return reverse("moderation_admin:queue")


def _next_url(request: HttpRequest) -> str:
    """Where to go back after a POST: the page it came from, if it is in this admin."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    admin_root = reverse("wagtailadmin_home")
    if target.startswith(admin_root) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        return target
    return _queue_url()


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by the admin's login
    return user


def _done(request: HttpRequest, message: str, **data: Any) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"ok": True, "message": message, **data})
    messages.success(request, message)
    return redirect(_next_url(request))


def _refused(request: HttpRequest, message: str, status: int = 400) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"ok": False, "message": message}, status=status)
    messages.error(request, message)
    return redirect(_next_url(request))


def _form_errors(form: Any) -> str:
    return " ".join(f"{error}" for errors in form.errors.values() for error in errors)


def _breadcrumbs(*items: tuple[str, str]) -> list[dict[str, str]]:
    crumbs = [
        {"url": reverse("wagtailadmin_home"), "label": "Home"},
        {"url": _queue_url(), "label": "Moderation"},
    ]
    crumbs += [{"url": url, "label": label} for url, label in items]
    return crumbs


# --- The queue -------------------------------------------------------------------------------


@dataclass
class QueueRow:
    comment: Comment
    reasons: list[tuple[str, str]] = field(default_factory=list)
    not_ok: float | None = None
    offensive: float | None = None
    reports: list[Report] = field(default_factory=list)
    report_reasons: list[tuple[str, int]] = field(default_factory=list)
    decided: Decision | None = None


def _rows(comments: list[Comment]) -> list[QueueRow]:
    """Attach the pipeline's reasons and scores, open reports and the latest moderator's
    decision to a page of comments: three queries whatever the page's size."""
    ids = [c.pk for c in comments]
    pipeline = selectors.latest_pipeline_decisions(ids)
    reports: dict[int, list[Report]] = defaultdict(list)
    for report in Report.objects.filter(comment_id__in=ids, resolved_at__isnull=True).order_by(
        "created_at"
    ):
        reports[report.comment_id].append(report)
    decided: dict[int, Decision] = {}
    for decision in (
        Decision.objects.filter(comment_id__in=ids, source="moderator")
        .select_related("actor")
        .order_by("created_at", "pk")
    ):
        decided[decision.comment_id] = decision
    rows = []
    for comment in comments:
        verdict = pipeline.get(comment.pk)
        offensive = verdict.scores.get("offensive") if verdict else None
        rows.append(
            QueueRow(
                comment=comment,
                reasons=[
                    (code, reason_text(code)) for code in (verdict.reasons if verdict else [])
                ],
                not_ok=selectors.not_ok_score(verdict),
                offensive=float(offensive) if offensive is not None else None,
                reports=reports[comment.pk],
                report_reasons=Counter(
                    r.get_reason_display() for r in reports[comment.pk]
                ).most_common(),
                decided=decided.get(comment.pk),
            )
        )
    return rows


@require_GET
@moderator_required
def queue_view(request: HttpRequest) -> HttpResponse:
    """Show one tab of the queue, filtered, fifty comments a page."""
    form = QueueFilterForm(request.GET)
    tab = form.tab_value()
    filters = form.filters()
    paginator = Paginator(selectors.queue(tab, filters), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    rows = _rows(list(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("tab", None)
    filter_query = query.urlencode()
    tabs = [
        {
            "value": t.value,
            "label": label,
            "count": selectors.queue(t).count(),
            "url": f"?tab={t.value}" + (f"&{filter_query}" if filter_query else ""),
            "current": t == tab,
        }
        for t, label in TAB_LABELS.items()
    ]
    return render(
        request,
        "moderation/queue.html",
        {
            "page_title": "Moderation",
            "header_title": "Moderation",
            "breadcrumbs_items": _breadcrumbs(),
            "tab": tab,
            "tab_label": TAB_LABELS[tab],
            "tabs": tabs,
            "form": form,
            "rows": rows,
            "page_obj": page,
            "paginator": paginator,
            "filter_query": filter_query,
            "here": request.get_full_path(),
            "actions": list(ACTION_LABELS.items()),
            "bulk_actions": [(k, ACTION_LABELS[k]) for k in ACTION_STATES],
            "shortcuts": SHORTCUTS,
        },
    )


@require_POST
@moderator_required
def moderate_view(request: HttpRequest, comment_id: int) -> HttpResponse:
    """Approve, reject or mark one comment as spam, or ban its author (after a confirmation)."""
    comment = access_moderated_comment(comment_id)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return _refused(request, _form_errors(form))
    action = form.cleaned_data["action"]
    note = form.cleaned_data["note"]
    actor = _user(request)
    try:
        if action == "ban":
            if not form.cleaned_data["confirm"]:
                if _wants_json(request):
                    return _refused(request, "Confirm the ban first.")
                return render(
                    request,
                    "moderation/ban_confirm.html",
                    {
                        "page_title": "Ban this author?",
                        "header_title": "Ban this author?",
                        "breadcrumbs_items": _breadcrumbs(),
                        "comment": comment,
                        "next": _next_url(request),
                    },
                )
            services.author_ban(comment=comment, actor=actor, note=note)
            message = f"{comment.display_name} is banned; the comment is rejected."
        else:
            to_state = ACTION_STATES[action]
            services.comment_moderate(comment=comment, to_state=to_state, actor=actor, note=note)
            message = f"Comment by {comment.display_name}: {CommentState(to_state).label}."
    except services.ModerationError as error:
        return _refused(request, error.message)
    return _done(
        request,
        message,
        id=comment.pk,
        state=comment.state,
        state_label=CommentState(comment.state).label,
    )


@require_POST
@moderator_required
def bulk_view(request: HttpRequest) -> HttpResponse:
    """Apply one decision to every ticked comment."""
    form = BulkForm(request.POST)
    if not form.is_valid():
        return _refused(request, "Tick at least one comment and choose an action.")
    action = form.cleaned_data["action"]
    comments = list(Comment.objects.filter(pk__in=form.cleaned_data["comment"]).order_by("pk"))
    try:
        changed = services.comments_moderate(
            comments=comments, to_state=ACTION_STATES[action], actor=_user(request)
        )
    except services.ModerationError as error:
        return _refused(request, error.message)
    label = CommentState(ACTION_STATES[action]).label
    return _done(
        request,
        f"{changed} of {len(comments)} comments: {label}.",
        ids=[c.pk for c in comments],
        state=ACTION_STATES[action],
        state_label=label,
    )


# --- An author's history ---------------------------------------------------------------------


def _history_context(request: HttpRequest, author_key: str, **forms: Any) -> dict[str, Any]:
    history = selectors.author_history(author_key)
    name = history.comments[0].display_name if history.comments else author_key
    comment_text = {c.pk: c for c in history.comments}
    return {
        "page_title": f"History of {name}",
        "header_title": f"History of {name}",
        "breadcrumbs_items": _breadcrumbs(("", f"History of {name}")),
        "history": history,
        "author_name": name,
        "comments_by_id": comment_text,
        "decisions": [
            (d, [reason_text(r) for r in d.reasons], comment_text.get(d.comment_id))
            for d in history.decisions
        ],
        "state_counts": [
            (CommentState(state).label, count) for state, count in sorted(history.counts.items())
        ],
        "note_form": forms.get("note_form") or NoteForm(),
        "sanction_form": forms.get("sanction_form") or SanctionForm(),
        "next": _next_url(request),
        "here": request.get_full_path(),
    }


@require_GET
@moderator_required
def author_view(request: HttpRequest, author_key: str) -> HttpResponse:
    """Show an author's past comments, decisions, reports, sanctions and notes; with
    `?partial=1` only the drawer's content, for the queue to show in a dialog."""
    author_key = access_author_key(author_key)
    context = _history_context(request, author_key)
    if request.GET.get("partial"):
        return render(request, "moderation/_history.html", context)
    return render(request, "moderation/author.html", context)


@require_POST
@moderator_required
def note_view(request: HttpRequest, author_key: str) -> HttpResponse:
    """Add a moderator's note to an author's history."""
    author_key = access_author_key(author_key)
    form = NoteForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return _refused(request, _form_errors(form))
        context = _history_context(request, author_key, note_form=form)
        return render(request, "moderation/author.html", context, status=400)
    comment_id = form.cleaned_data.get("comment")
    comment = (
        Comment.objects.filter(author_q(author_key), pk=comment_id).first() if comment_id else None
    )
    try:
        services.note_add(
            author_key=author_key,
            text=form.cleaned_data["text"],
            actor=_user(request),
            comment=comment,
        )
    except services.ModerationError as error:
        return _refused(request, error.message)
    return _done(request, "Note added.")


@require_POST
@moderator_required
def sanction_view(request: HttpRequest, author_key: str) -> HttpResponse:
    """Warn, suspend, ban, shadow-quarantine or pre-moderate an author."""
    author_key = access_author_key(author_key)
    form = SanctionForm(request.POST)
    if form.is_valid():
        latest = Comment.objects.filter(author_q(author_key)).order_by("-pk").first()
        try:
            sanction = services.sanction_add(
                kind=SanctionKind(form.cleaned_data["kind"]),
                author_key=author_key,
                actor=_user(request),
                reason=form.cleaned_data["reason"],
                until=form.until(),
                email=latest.author_email if latest and form.cleaned_data["include_email"] else "",
                ip_hash=latest.ip_hash if latest and form.cleaned_data["include_ip"] else "",
            )
        except services.ModerationError as error:
            form.add_error(None, error.message)
        else:
            return _done(request, f"{sanction.get_kind_display()} recorded.")
    if _wants_json(request):
        return _refused(request, _form_errors(form))
    context = _history_context(request, author_key, sanction_form=form)
    return render(request, "moderation/author.html", context, status=400)


@require_POST
@moderator_required
def sanction_lift_view(request: HttpRequest, sanction_id: int) -> HttpResponse:
    """End a sanction early."""
    sanction = Sanction.objects.filter(pk=sanction_id).first() if sanction_id <= MAX_ID else None
    if sanction is None:
        raise Http404("No such sanction.")
    services.sanction_lift(sanction=sanction, actor=_user(request))
    return _done(request, f"{sanction.get_kind_display()} lifted.")


# --- Transparency: the audit log and the monthly report --------------------------------------


def csv_safe(value: object) -> str:
    """Return `value` as a cell no spreadsheet runs as a formula."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


class _Echo:
    """A file-like object whose write returns what it was given, for streaming csv rows."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow([csv_safe(c) for c in header])
    for row in rows:
        yield writer.writerow([csv_safe(c) for c in row])


def _report_context(
    request: HttpRequest, month_form: MonthForm, audit_form: AuditForm
) -> dict[str, Any]:
    report = (
        selectors.monthly_report(month_form.cleaned_data["month"])
        if (month_form.is_valid())
        else None
    )
    return {
        "page_title": "Moderation report",
        "header_title": "Moderation report",
        "breadcrumbs_items": _breadcrumbs(("", "Report")),
        "month_form": month_form,
        "audit_form": audit_form,
        "report": report,
        "sections": _report_sections(report) if report else [],
    }


def _report_sections(report: selectors.MonthlyReport) -> list[tuple[str, str, list[Any]]]:
    states = {s.value: s.label for s in CommentState}
    kinds = {k.value: k.label for k in SanctionKind}
    return [
        (
            "by_state",
            "Decisions by outcome",
            [(states.get(k, k), n) for k, n in report.by_state.items()],
        ),
        ("by_source", "Decisions by who decided", list(report.by_source.items())),
        (
            "by_reason",
            "Decisions by reason",
            [(f"{k} ({reason_text(k)})", n) for k, n in report.by_reason.items()],
        ),
        ("reports", "Readers' reports by reason", list(report.reports.items())),
        (
            "sanctions",
            "Sanctions by kind",
            [(kinds.get(k, k), n) for k, n in report.sanctions.items()],
        ),
    ]


@require_GET
@moderator_required
def report_view(request: HttpRequest) -> HttpResponse:
    """Show a month's counts by outcome, source and reason (`?format=csv`: the same numbers)."""
    month_form = MonthForm(request.GET)
    context = _report_context(request, month_form, AuditForm())
    report = context["report"]
    if report is None:
        return render(request, "moderation/report.html", context, status=400)
    if request.GET.get("format") == "csv":
        rows = [
            (section, key, count)
            for section, _title, counts in _report_sections(report)
            for key, count in counts
        ]
        response = HttpResponse(
            "".join(_csv_lines(("section", "key", "count"), rows)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="moderation-{report.month:%Y-%m}.csv"'
        )
        return response
    return render(request, "moderation/report.html", context)


@require_GET
@moderator_required
def audit_csv_view(request: HttpRequest) -> HttpResponseBase:
    """Stream the audit log (decisions and sanctions) between two dates (inclusive)."""
    form = AuditForm(request.GET)
    if not form.is_valid():
        context = _report_context(request, MonthForm({}), form)
        return render(request, "moderation/report.html", context, status=400)
    since, until = form.bounds()
    response = StreamingHttpResponse(
        _csv_lines(selectors.AUDIT_COLUMNS, selectors.audit_rows(since, until)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="moderation-audit.csv"'
    return response
