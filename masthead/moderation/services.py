"""Every write of moderation: people's decisions, readers' reports, sanctions and notes.

A comment's state changes only through `discussion.services.comment_state_set`, called here
inside the transaction that records the decision. Decisions by people are also what the site
classifier learns from: after commit, a retraining is queued (`tasks.classifier_retrain`)."""

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.core.db import atomic_write
from masthead.core.ratelimit import Limit, rate_limit_hit
from masthead.discussion.identity import Reader
from masthead.discussion.models import Comment, CommentState
from masthead.discussion.services import comment_state_set
from masthead.moderation import checks, tasks
from masthead.moderation.decisions import decision_record
from masthead.moderation.models import (
    ModeratorNote,
    Report,
    ReportReason,
    Sanction,
    SanctionKind,
)

REPORT_LIMIT = Limit(count=20, seconds=600)
MAX_REPORT_TEXT = 500
# What a moderator may move a comment to; "removed" erases the text for good.
MODERATOR_STATES = (
    CommentState.PUBLISHED,
    CommentState.REJECTED,
    CommentState.SPAM,
    CommentState.HELD,
    CommentState.REMOVED,
)


class ModerationError(Exception):
    """A request the rules refuse; `message` is for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def comment_moderate(
    *,
    comment: Comment,
    to_state: CommentState,
    actor: User,
    note: str = "",
    reasons: Iterable[str] = (),
) -> Comment:
    """Record a moderator's decision on `comment` and apply it; its open reports are resolved."""
    if to_state not in MODERATOR_STATES:
        raise ModerationError(f"A moderator cannot move a comment to {to_state!r}.")
    with atomic_write():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        decision_record(
            comment_id=locked.pk,
            source="moderator",
            from_state=locked.state,
            to_state=to_state,
            actor=actor,
            reasons=reasons,
            note=note.strip(),
        )
        comment_state_set(locked, to_state)
        Report.objects.filter(comment=locked, resolved_at__isnull=True).update(
            resolved_at=timezone.now()
        )
        transaction.on_commit(tasks.classifier_retrain_soon)
    comment.state = locked.state
    return comment


def comments_moderate(
    *, comments: Iterable[Comment], to_state: CommentState, actor: User, note: str = ""
) -> int:
    """Apply one decision to many comments (bulk actions); return how many changed."""
    changed = 0
    for comment in comments:
        if comment.state != to_state:
            comment_moderate(comment=comment, to_state=to_state, actor=actor, note=note)
            changed += 1
    return changed


def report_add(*, comment: Comment, reader: Reader, reason: ReportReason, text: str = "") -> Report:
    """Record `reader`'s report of `comment` (once per reader); at the site's threshold of open
    reports a published comment is hidden and waits in the queue."""
    key = reader.voter_key or f"ip:{reader.ip_hash}"
    if comment.state != CommentState.PUBLISHED:
        raise ModerationError("This comment is already with the moderators.")
    if reader.owns(comment):
        raise ModerationError("You cannot report your own comment.")
    rate_limit_hit("report", key, REPORT_LIMIT)
    threshold = checks.site_config().report_threshold
    try:
        with atomic_write():
            report = Report.objects.create(
                comment=comment,
                reporter_key=key,
                reason=reason,
                text=text.strip()[:MAX_REPORT_TEXT],
                created_at=timezone.now(),
            )
            open_reports = Report.objects.filter(comment=comment, resolved_at__isnull=True)
            if threshold and open_reports.count() >= threshold:
                locked = Comment.objects.select_for_update().get(pk=comment.pk)
                if locked.state == CommentState.PUBLISHED:
                    reasons = sorted(set(open_reports.values_list("reason", flat=True)))
                    decision_record(
                        comment_id=locked.pk,
                        source="reports",
                        from_state=locked.state,
                        to_state=CommentState.HELD,
                        reasons=[f"reported:{r}" for r in reasons],
                    )
                    comment_state_set(locked, CommentState.HELD)
                    comment.state = locked.state
    except IntegrityError:
        raise ModerationError("You have already reported this comment.") from None
    return report


def sanction_add(
    *,
    kind: SanctionKind,
    author_key: str,
    actor: User,
    reason: str = "",
    until: datetime | None = None,
    email: str = "",
    ip_hash: str = "",
) -> Sanction:
    """Warn, suspend (until a time), ban or shadow-quarantine an author, or pre-moderate them."""
    if kind == SanctionKind.SUSPEND and until is None:
        raise ModerationError("A suspension needs an end.")
    if until is not None and until <= timezone.now():
        raise ModerationError("The end of a sanction must be in the future.")
    with atomic_write():
        transaction.on_commit(checks.forget_sanctions)
        return Sanction.objects.create(
            kind=kind,
            author_key=author_key,
            email=email.strip().lower(),
            ip_hash=ip_hash,
            reason=reason.strip(),
            until=until,
            created_by=actor,
            created_at=timezone.now(),
        )


def author_ban(*, comment: Comment, actor: User, note: str = "") -> Sanction:
    """Ban the author of `comment` (a guest also by their e-mail and hashed IP) and reject the
    comment, in one transaction."""
    guest = comment.user_id is None
    with atomic_write():
        sanction = sanction_add(
            kind=SanctionKind.BAN,
            author_key=comment.author_key,
            actor=actor,
            reason=note or f"Banned from the queue over comment {comment.pk}.",
            email=comment.author_email if guest else "",
            ip_hash=comment.ip_hash if guest else "",
        )
        if comment.state != CommentState.REJECTED:
            comment_moderate(
                comment=comment,
                to_state=CommentState.REJECTED,
                actor=actor,
                note=note,
                reasons=("banned",),
            )
    return sanction


def sanction_lift(*, sanction: Sanction, actor: User) -> Sanction:
    """End a sanction early; the record stays."""
    if sanction.lifted_at is not None:
        return sanction
    with atomic_write():
        sanction.lifted_at = timezone.now()
        sanction.lifted_by = actor
        sanction.save(update_fields=["lifted_at", "lifted_by"])
        transaction.on_commit(checks.forget_sanctions)
    return sanction


def note_add(
    *, author_key: str, text: str, actor: User, comment: Comment | None = None
) -> ModeratorNote:
    """Add a moderator's note to an author's history."""
    text = text.strip()
    if not text:
        raise ModerationError("Write the note first.")
    with atomic_write():
        return ModeratorNote.objects.create(
            author_key=author_key,
            comment=comment,
            text=text,
            created_by=actor,
            created_at=timezone.now(),
        )
