"""Every write to a discussion. Each function is one transaction; counters move with F();
every change bumps `thread.version`, which retires all cached pages of the thread at once."""

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from masthead.core.db import atomic_write
from masthead.core.problems import ProblemCode
from masthead.core.ratelimit import Limit, rate_limit_hit
from masthead.core.text import MAX_BODY_LENGTH, clean_text, render_markdown
from masthead.discussion.caching import thread_state_refresh
from masthead.discussion.identity import Reader
from masthead.discussion.models import (
    PATH_DIGITS,
    VISIBLE_STATES,
    Comment,
    CommentState,
    Subscription,
    SubscriptionKind,
    Thread,
    ThreadState,
    Vote,
    author_key,
)
from masthead.moderation import checks
from masthead.moderation.decisions import decision_record

EDIT_WINDOW = timedelta(minutes=15)
MAX_NAME_LENGTH = 80
POST_LIMIT_PER_READER = Limit(count=5, seconds=60)
POST_LIMIT_PER_IP = Limit(count=20, seconds=600)
VOTE_LIMIT = Limit(count=60, seconds=60)


class DiscussionError(Exception):
    """A request the rules refuse; `code` is stable (API problem codes), `message` is for people."""

    def __init__(self, code: ProblemCode, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Draft:
    body_source: str
    body_html: str


def _draft(body: str) -> Draft:
    source = clean_text(body)
    if not source:
        raise DiscussionError(ProblemCode.BODY_EMPTY, "Write something before posting.", "body")
    if len(source) > MAX_BODY_LENGTH:
        raise DiscussionError(
            ProblemCode.BODY_TOO_LONG,
            f"Comments are limited to {MAX_BODY_LENGTH:,} characters; "
            f"this one has {len(source):,}.",
            "body",
        )
    return Draft(body_source=source, body_html=render_markdown(source))


def _bump(thread_id: int, **counters: int) -> None:
    """Count a change to the thread; its cached version follows once the change is committed."""
    updates = {name: F(name) + delta for name, delta in counters.items()}
    Thread.objects.filter(pk=thread_id).update(version=F("version") + 1, **updates)
    transaction.on_commit(partial(thread_state_refresh, thread_id))


def thread_for_page(page: Page) -> Thread:
    """Return the thread of an article page, creating it on first use."""
    thread = Thread.objects.filter(page=page).first()
    if thread is not None:
        return thread
    try:
        with atomic_write():
            return Thread.objects.create(page=page, url=page.full_url, title=page.title[:300])
    except IntegrityError:  # created meanwhile by another request
        return Thread.objects.get(page=page)


def comment_post(
    *,
    thread: Thread,
    reader: Reader,
    body: str,
    parent: Comment | None = None,
    author_name: str = "",
    author_email: str = "",
    notify: SubscriptionKind | None = None,
    suspected_bot: bool = False,
    user_agent: str = "",
) -> Comment:
    """Post a comment (or a reply to `parent`) and return it, in the state the moderation
    pipeline decided: published, pending (pre-moderation), held or rejected. Every outcome is
    stored with its decision; nothing is dropped.

    Raises DiscussionError for refused input and RateLimited past the posting limits. A
    `suspected_bot` (the honeypot was filled) is kept as spam for review, never shown or
    counted.
    """
    rate_limit_hit("comment-post", reader.voter_key or reader.ip_hash, POST_LIMIT_PER_READER)
    rate_limit_hit("comment-post-ip", reader.ip_hash, POST_LIMIT_PER_IP)
    if not thread.is_open:
        raise DiscussionError(ProblemCode.THREAD_CLOSED, "This discussion is closed.")
    draft = _draft(body)
    name = clean_text(author_name)[:MAX_NAME_LENGTH]
    email = author_email.strip().lower()
    if reader.user is None:
        if not name:
            raise DiscussionError(
                ProblemCode.NAME_REQUIRED, "Give a name to post as a guest.", "author_name"
            )
        if not reader.guest_key:
            raise DiscussionError(ProblemCode.GUEST_KEY_MISSING, "Guests need a guest key to post.")
    if parent is not None and (parent.thread_id != thread.pk or parent.state not in VISIBLE_STATES):
        raise DiscussionError(
            ProblemCode.BAD_PARENT, "You can only reply to a comment in this discussion."
        )
    if notify and not (email or (reader.user is not None and getattr(reader.user, "email", ""))):
        raise DiscussionError(
            ProblemCode.EMAIL_REQUIRED, "Give an e-mail address to be notified.", "author_email"
        )
    user_id = reader.user.pk if reader.user is not None else None
    if suspected_bot:
        verdict = checks.Verdict(checks.Action.REJECT, ("honeypot",))
        state = CommentState.SPAM
    else:
        verdict = checks.verdict_for(
            checks.Draft(
                text=draft.body_source,
                author_key=author_key(user_id, reader.guest_key),
                ip_hash=reader.ip_hash,
                user_id=user_id,
                thread_id=thread.pk,
                page_id=thread.page_id,
                author_email=email or getattr(reader.user, "email", ""),
                author_name=name,
                user_agent=user_agent,
            )
        )
        state = state_for(verdict)

    with atomic_write():
        comment = Comment.objects.create(
            thread=thread,
            parent=parent,
            root=(parent.root or parent) if parent else None,
            depth=parent.depth + 1 if parent else 0,
            user=reader.user if reader.user is not None else None,
            author_name="" if reader.user is not None else name,
            author_email="" if reader.user is not None else email,
            guest_key=reader.guest_key,
            ip_hash=reader.ip_hash,
            body_source=draft.body_source,
            body_html=draft.body_html,
            state=state,
            created_at=timezone.now(),
        )
        own = f"{comment.pk:0{PATH_DIGITS}d}"
        comment.path = f"{parent.path}/{own}" if parent else own
        comment.save(update_fields=["path"])
        if state != CommentState.PUBLISHED or verdict.reasons:
            decision_record(
                comment_id=comment.pk,
                source="pipeline",
                from_state="",
                to_state=state,
                reasons=verdict.reasons,
                scores=verdict.scores,
            )
        if suspected_bot:
            return comment
        if state == CommentState.PUBLISHED:
            _count(comment, +1)
        if notify:
            subscription_add(
                thread=thread,
                kind=notify,
                email=email or getattr(reader.user, "email", ""),
                user=reader.user,
            )
    return comment


def state_for(verdict: "checks.Verdict") -> CommentState:
    """Return the state a comment takes after the pipeline's verdict."""
    if verdict.action == checks.Action.REJECT:
        return CommentState.REJECTED
    if verdict.action == checks.Action.HOLD:
        if set(verdict.reasons) <= {"pre-moderation", "new-commenter"}:
            return CommentState.PENDING
        return CommentState.HELD
    return CommentState.PUBLISHED


def _count(comment: Comment, delta: int) -> None:
    """Count `comment` in (or out of) its thread and parent as it becomes (un)published."""
    if comment.parent_id is not None:
        Comment.objects.filter(pk=comment.parent_id).update(reply_count=F("reply_count") + delta)
    _bump(comment.thread_id, comment_count=delta)


def comment_state_set(comment: Comment, state: CommentState) -> None:
    """Move `comment` to `state`, keeping the counters right (published comments are the
    counted ones) and retiring the thread's cached pages. Must be called inside a write
    transaction; the caller records the decision."""
    before = comment.state
    if before == state:
        return
    comment.state = state
    update = ["state"]
    if state == CommentState.REMOVED:
        comment.removed_at = timezone.now()
        comment.body_source = ""
        comment.body_html = ""
        update += ["removed_at", "body_source", "body_html"]
    comment.save(update_fields=update)
    if before == CommentState.PUBLISHED:
        _count(comment, -1)
    elif state == CommentState.PUBLISHED:
        _count(comment, +1)
    else:
        _bump(comment.thread_id)


def can_edit(comment: Comment, reader: Reader) -> bool:
    """Return whether `reader` may still edit or remove `comment` (author, within the window)."""
    if comment.state != CommentState.PUBLISHED or not reader.owns(comment):
        return False
    return timezone.now() - comment.created_at <= EDIT_WINDOW


def comment_edit(*, comment: Comment, reader: Reader, body: str) -> Comment:
    """Replace the text of `comment`; only its author may, within the edit window. The new
    text passes the moderation pipeline again and may be held."""
    if not can_edit(comment, reader):
        raise DiscussionError(ProblemCode.EDIT_NOT_ALLOWED, "This comment can no longer be edited.")
    draft = _draft(body)
    verdict = checks.verdict_for(
        checks.Draft(
            text=draft.body_source,
            author_key=comment.author_key,
            ip_hash=reader.ip_hash,
            user_id=comment.user_id,
            comment_id=comment.pk,
            thread_id=comment.thread_id,
            page_id=comment.thread.page_id,
            author_email=comment.author_email,
            author_name=comment.author_name,
        )
    )
    state = state_for(verdict)
    with atomic_write():
        before = comment.state
        comment.body_source = draft.body_source
        comment.body_html = draft.body_html
        comment.edited_at = timezone.now()
        comment.save(update_fields=["body_source", "body_html", "edited_at"])
        if state != before or verdict.reasons:
            decision_record(
                comment_id=comment.pk,
                source="pipeline",
                from_state=before,
                to_state=state,
                reasons=verdict.reasons,
                scores=verdict.scores,
                note="edited",
            )
        if state != before:
            comment_state_set(comment, state)
        else:
            _bump(comment.thread_id)
    return comment


def comment_remove(*, comment: Comment, reader: Reader) -> Comment:
    """Remove `comment` for its author (within the window) or staff; its replies stay and the
    text is erased, leaving "comment removed" in its place."""
    if not (reader.is_staff or can_edit(comment, reader)):
        raise DiscussionError(
            ProblemCode.REMOVE_NOT_ALLOWED, "This comment can no longer be removed."
        )
    if comment.state == CommentState.REMOVED:
        return comment
    with atomic_write():
        decision_record(
            comment_id=comment.pk,
            source="staff" if reader.is_staff and not reader.owns(comment) else "author",
            from_state=comment.state,
            to_state=CommentState.REMOVED,
            actor=reader.user,
        )
        comment_state_set(comment, CommentState.REMOVED)
    return comment


def _apply_vote_delta(comment: Comment, up: int, down: int) -> None:
    Comment.objects.filter(pk=comment.pk).update(
        upvotes=F("upvotes") + up, downvotes=F("downvotes") + down, score=F("score") + up - down
    )
    comment.refresh_from_db(fields=["upvotes", "downvotes", "score"])


def vote_cast(*, comment: Comment, reader: Reader, value: int) -> Comment:
    """Record `reader`'s vote (+1 or -1) on `comment`, replacing an earlier one."""
    if value not in (1, -1):
        raise DiscussionError(ProblemCode.BAD_VOTE, "A vote is +1 or -1.")
    if not reader.voter_key:
        raise DiscussionError(ProblemCode.GUEST_KEY_MISSING, "Guests need a guest key to vote.")
    if reader.owns(comment):
        raise DiscussionError(ProblemCode.OWN_COMMENT, "You cannot vote on your own comment.")
    if comment.state != CommentState.PUBLISHED:
        raise DiscussionError(ProblemCode.NOT_VOTABLE, "This comment cannot be voted on.")
    rate_limit_hit("vote", reader.voter_key, VOTE_LIMIT)
    with atomic_write():
        existing = (
            Vote.objects.select_for_update()
            .filter(comment=comment, voter_key=reader.voter_key)
            .first()
        )
        if (
            existing is None
            and reader.user is None
            and (
                Vote.objects.filter(comment=comment, ip_hash=reader.ip_hash, user__isnull=True)
                .exclude(voter_key=reader.voter_key)
                .exists()
            )
        ):
            # Another guest key from the same address already voted: a cleared cookie.
            raise DiscussionError(
                ProblemCode.ALREADY_VOTED, "A vote from your connection is already counted."
            )
        if existing is not None and existing.value == value:
            return comment
        if existing is not None:
            existing.value = value
            existing.save(update_fields=["value"])
            up, down = (1, -1) if value == 1 else (-1, 1)
        else:
            Vote.objects.create(
                comment=comment,
                user=reader.user if reader.user is not None else None,
                voter_key=reader.voter_key,
                ip_hash=reader.ip_hash,
                value=value,
            )
            up, down = (1, 0) if value == 1 else (0, 1)
        _apply_vote_delta(comment, up, down)
        _bump(comment.thread_id)
    return comment


def vote_clear(*, comment: Comment, reader: Reader) -> Comment:
    """Withdraw `reader`'s vote on `comment`, if any."""
    with atomic_write():
        existing = (
            Vote.objects.select_for_update()
            .filter(comment=comment, voter_key=reader.voter_key)
            .first()
        )
        if existing is None or not reader.voter_key:
            return comment
        existing.delete()
        _apply_vote_delta(
            comment, -1 if existing.value == 1 else 0, -1 if existing.value == -1 else 0
        )
        _bump(comment.thread_id)
    return comment


def _thread_set_state(thread: Thread, reader: Reader, state: ThreadState) -> Thread:
    if not reader.is_staff:
        raise DiscussionError(ProblemCode.STAFF_ONLY, "Only staff can open or close a discussion.")
    with atomic_write():
        thread.state = state
        thread.closed_at = timezone.now() if state == ThreadState.CLOSED else None
        thread.save(update_fields=["state", "closed_at"])
        _bump(thread.pk)
    return thread


def thread_close(*, thread: Thread, reader: Reader) -> Thread:
    """Close `thread` to new comments; what is there stays (staff only)."""
    return _thread_set_state(thread, reader, ThreadState.CLOSED)


def thread_reopen(*, thread: Thread, reader: Reader) -> Thread:
    """Open a closed `thread` to comments again (staff only)."""
    return _thread_set_state(thread, reader, ThreadState.OPEN)


def subscription_add(
    *,
    thread: Thread,
    kind: SubscriptionKind,
    email: str,
    user: User | None = None,
    comment: Comment | None = None,
) -> Subscription:
    """Record a wish to be notified; account holders' own addresses count as confirmed."""
    email = email.strip().lower()
    if not email:
        raise DiscussionError(ProblemCode.EMAIL_REQUIRED, "Give an e-mail address to be notified.")
    confirmed = timezone.now() if user is not None and getattr(user, "email", "") == email else None
    existing = Subscription.objects.filter(thread=thread, kind=kind, email=email, comment=comment)
    subscription = existing.first()
    if subscription is None:
        subscription = Subscription.objects.create(
            thread=thread,
            kind=kind,
            email=email,
            user=user,
            comment=comment,
            confirmed_at=confirmed,
        )
    return subscription
