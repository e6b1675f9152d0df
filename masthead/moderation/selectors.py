"""Reads of moderation shared by the queue, the exports and the classifier's training."""

import heapq
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from masthead.discussion.models import Comment, CommentState, author_q
from masthead.moderation.models import Decision, ModeratorNote, Report, Sanction

# A moderator's reason for a rejection, mapped to what the classifier learns from it.
REASON_LABELS = {
    "threat": "threat_or_incitement",
    "hate": "hate",
    "spam": "spam",
    "off-topic": "off_topic",
    "offensive": "insult",
    "reported:threat": "threat_or_incitement",
    "reported:hate": "hate",
    "reported:spam": "spam",
    "reported:off_topic": "off_topic",
    "reported:abuse": "insult",
}
SITE_EXAMPLE_WEIGHT = 3.0
NOT_PUBLISHED = (CommentState.REJECTED, CommentState.SPAM, CommentState.REMOVED)


def training_examples() -> list[tuple[str, str, float]]:
    """Return (text, label, weight) for every comment a moderator decided on, by their latest
    decision: published → ok; rejected, spam or removed → the label its reasons name."""
    latest: dict[int, Decision] = {}
    decisions = Decision.objects.filter(source="moderator").order_by("comment_id", "created_at")
    for decision in decisions.only("comment_id", "to_state", "reasons", "created_at"):
        latest[decision.comment_id] = decision
    texts = dict(
        Comment.objects.filter(pk__in=latest)
        .exclude(body_source="")
        .values_list("pk", "body_source")
    )
    reasons_by_comment: dict[int, list[str]] = {}
    for comment_id, reasons in Decision.objects.filter(comment_id__in=texts).values_list(
        "comment_id", "reasons"
    ):
        reasons_by_comment.setdefault(comment_id, []).extend(reasons)
    examples = []
    for comment_id, text in texts.items():
        decision = latest[comment_id]
        if decision.to_state == CommentState.PUBLISHED:
            label = "ok"
        elif decision.to_state in NOT_PUBLISHED:
            label = "spam" if decision.to_state == CommentState.SPAM else "insult"
            for reason in [*decision.reasons, *reasons_by_comment.get(comment_id, [])]:
                if reason in REASON_LABELS:
                    label = REASON_LABELS[reason]
                    break
        else:
            continue
        examples.append((text, label, SITE_EXAMPLE_WEIGHT))
    return examples


class QueueTab(StrEnum):
    PENDING = "pending"
    HELD = "held"
    REPORTED = "reported"
    DECIDED = "decided"


@dataclass(frozen=True)
class QueueFilters:
    thread_id: int | None = None
    check: str = ""  # a reason code
    min_score: float | None = None  # the site classifier's "not ok" probability


def queue(tab: QueueTab, filters: QueueFilters | None = None) -> QuerySet[Comment]:
    """Return the comments of one queue tab, oldest waiting first (latest decided first)."""
    filters = filters or QueueFilters()
    comments = Comment.objects.select_related("thread", "user")
    open_reports = Report.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)
    if tab == QueueTab.PENDING:
        comments = comments.filter(state=CommentState.PENDING).order_by("created_at", "pk")
    elif tab == QueueTab.HELD:
        comments = comments.filter(state=CommentState.HELD).order_by("created_at", "pk")
    elif tab == QueueTab.REPORTED:
        comments = (
            comments.filter(Exists(open_reports))
            .annotate(open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
            .order_by("-open_reports", "created_at")
        )
    else:
        since = timezone.now() - timedelta(days=7)
        decided = Decision.objects.filter(
            comment=OuterRef("pk"), source="moderator", created_at__gte=since
        )
        comments = comments.filter(Exists(decided)).order_by("-pk")
    if filters.thread_id:
        comments = comments.filter(thread_id=filters.thread_id)
    if filters.check:
        # JSON text search works the same on SQLite and PostgreSQL (codes are plain words).
        tagged = Decision.objects.filter(
            comment=OuterRef("pk"), reasons__icontains=f'"{filters.check}"'
        )
        comments = comments.filter(Exists(tagged))
    if filters.min_score is not None:
        # The pipeline stores the classifier's "ok" probability; not ok = 1 - ok.
        scored = Decision.objects.filter(
            comment=OuterRef("pk"),
            source="pipeline",
            **{"scores__classifier:ok__lte": 1.0 - filters.min_score},
        )
        comments = comments.filter(Exists(scored))
    return comments


def latest_pipeline_decisions(comment_ids: list[int]) -> dict[int, Decision]:
    """Return the latest decision of the pipeline for each comment (reasons and scores)."""
    found: dict[int, Decision] = {}
    rows = Decision.objects.filter(comment_id__in=comment_ids, source="pipeline").order_by(
        "created_at"
    )
    for decision in rows:
        found[decision.comment_id] = decision
    return found


def not_ok_score(decision: Decision | None) -> float | None:
    """Return the classifier's "not ok" probability stored with a decision, if any."""
    if decision is None or "classifier:ok" not in decision.scores:
        return None
    return round(1.0 - float(decision.scores["classifier:ok"]), 4)


@dataclass(frozen=True)
class AuthorHistory:
    author_key: str
    comments: list[Comment]
    decisions: list[Decision]
    reports: list[Report]
    sanctions: list[Sanction]
    notes: list[ModeratorNote]
    counts: dict[str, int]


def author_history(author_key: str, *, limit: int = 50) -> AuthorHistory:
    """Return what moderators need to judge an author: latest comments and every decision,
    report, sanction and note about them."""
    comments = list(
        Comment.objects.filter(author_q(author_key))
        .select_related("thread")
        .order_by("-pk")[:limit]
    )
    ids = [c.pk for c in comments]
    counts = Counter(Comment.objects.filter(author_q(author_key)).values_list("state", flat=True))
    return AuthorHistory(
        author_key=author_key,
        comments=comments,
        decisions=list(
            Decision.objects.filter(comment_id__in=ids).select_related("actor").order_by("-pk")
        ),
        reports=list(Report.objects.filter(comment_id__in=ids).order_by("-pk")),
        sanctions=list(
            Sanction.objects.filter(author_key=author_key)
            .select_related("created_by")
            .order_by("-pk")
        ),
        notes=list(
            ModeratorNote.objects.filter(author_key=author_key)
            .select_related("created_by")
            .order_by("-pk")
        ),
        counts=dict(counts),
    )


AUDIT_COLUMNS = (
    "decided_at",
    "event",
    "comment_id",
    "thread",
    "author",
    "source",
    "actor",
    "from_state",
    "to_state",
    "reasons",
    "note",
)
AuditRow = tuple[datetime, list[str]]


def _username(user: AbstractBaseUser | None) -> str:
    return user.get_username() if user is not None else ""


def _between(
    rows: QuerySet[Any], field: str, since: datetime | None, until: datetime | None
) -> QuerySet[Any]:
    if since is not None:
        rows = rows.filter(**{f"{field}__gte": since})
    if until is not None:
        rows = rows.filter(**{f"{field}__lt": until})
    return rows.order_by(field, "pk")


def _decision_rows(since: datetime | None, until: datetime | None) -> Iterator[AuditRow]:
    decisions = Decision.objects.select_related("actor", "comment__thread")
    for d in _between(decisions, "created_at", since, until).iterator(chunk_size=2000):
        yield (
            d.created_at,
            [
                d.created_at.isoformat(),
                "decision",
                str(d.comment_id),
                d.comment.thread.title,
                d.comment.author_key,
                d.source,
                _username(d.actor),
                d.from_state,
                d.to_state,
                " ".join(d.reasons),
                d.note,
            ],
        )


def _sanction_note(sanction: Sanction) -> str:
    parts = [sanction.reason] if sanction.reason else []
    if sanction.until is not None:
        parts.append(f"until {sanction.until.isoformat()}")
    also = [
        name for name, value in (("e-mail", sanction.email), ("IP hash", sanction.ip_hash)) if value
    ]
    if also:
        parts.append("also by guest " + " and ".join(also))
    return "; ".join(parts)


def _sanction_rows(
    since: datetime | None, until: datetime | None, *, lifted: bool
) -> Iterator[AuditRow]:
    field = "lifted_at" if lifted else "created_at"
    sanctions = Sanction.objects.select_related("lifted_by" if lifted else "created_by")
    if lifted:
        sanctions = sanctions.filter(lifted_at__isnull=False)
    for s in _between(sanctions, field, since, until).iterator(chunk_size=2000):
        at = (s.lifted_at if lifted else None) or s.created_at
        yield (
            at,
            [
                at.isoformat(),
                "sanction lifted" if lifted else "sanction",
                "",
                "",
                s.author_key,
                "moderator",
                _username(s.lifted_by if lifted else s.created_by),
                "",
                s.kind,
                "",
                "" if lifted else _sanction_note(s),
            ],
        )


def audit_rows(since: datetime | None = None, until: datetime | None = None) -> Iterator[list[str]]:
    """Yield the audit log oldest first: every decision on a comment, and every sanction given
    or lifted (streams: any size)."""
    merged = heapq.merge(
        _decision_rows(since, until),
        _sanction_rows(since, until, lifted=False),
        _sanction_rows(since, until, lifted=True),
        key=lambda row: row[0],
    )
    for _, row in merged:
        yield row


@dataclass(frozen=True)
class MonthlyReport:
    month: date
    by_state: dict[str, int]
    by_source: dict[str, int]
    by_reason: dict[str, int]
    reports: dict[str, int]
    sanctions: dict[str, int]


def monthly_report(month: date) -> MonthlyReport:
    """Count a month's decisions by outcome, by who decided and by reason, with reports and
    sanctions: the transparency report."""
    zone = timezone.get_current_timezone()
    start = datetime(month.year, month.month, 1, tzinfo=zone)
    end_month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    end = datetime(end_month.year, end_month.month, 1, tzinfo=zone)
    decisions = Decision.objects.filter(created_at__gte=start, created_at__lt=end)
    by_reason: Counter[str] = Counter()
    for reasons in decisions.values_list("reasons", flat=True):
        by_reason.update(reasons)
    return MonthlyReport(
        month=start.date(),
        by_state=dict(Counter(decisions.values_list("to_state", flat=True))),
        by_source=dict(Counter(decisions.values_list("source", flat=True))),
        by_reason=dict(by_reason.most_common()),
        reports=dict(
            Counter(
                Report.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
                    "reason", flat=True
                )
            )
        ),
        sanctions=dict(
            Counter(
                Sanction.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
                    "kind", flat=True
                )
            )
        ),
    )
