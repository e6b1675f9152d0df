"""The write path of moderation: decisions, reports, sanctions and notes."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from masthead.discussion import services as discussion
from masthead.discussion.identity import Reader
from masthead.discussion.models import Comment, CommentState, Thread
from masthead.moderation import checks, services
from masthead.moderation.models import (
    Decision,
    ModeratorNote,
    Report,
    ReportReason,
    Sanction,
    SanctionKind,
)
from masthead.testing.discussion import build_thread, guest, member, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator() -> User:
    return User.objects.create_user("mod", "mod@example.org", "pw-mod-1", is_staff=True)


@pytest.fixture
def thread() -> Thread:
    return build_thread()


@pytest.fixture(autouse=True)
def _fresh_config() -> None:
    checks.forget_site_config()


def held(thread: Thread) -> Comment:
    comment = post(thread, "call +44 7700 900123 now", name="Hal")
    assert comment.state == CommentState.HELD
    return comment


def decisions(comment: Comment) -> list[tuple[str, str, str]]:
    rows = Decision.objects.filter(comment=comment).order_by("pk")
    return list(rows.values_list("source", "from_state", "to_state"))


def test_a_moderator_approves_a_held_comment_and_it_counts(thread: Thread, moderator: User) -> None:
    comment = held(thread)
    services.comment_moderate(
        comment=comment, to_state=CommentState.PUBLISHED, actor=moderator, note=" fine "
    )
    comment.refresh_from_db()
    thread.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert thread.comment_count == 1
    assert decisions(comment) == [("pipeline", "", "held"), ("moderator", "held", "published")]
    last = Decision.objects.latest("pk")
    assert (last.actor, last.note) == (moderator, "fine")


def test_rejecting_a_published_comment_takes_it_out_of_the_count(
    thread: Thread, moderator: User
) -> None:
    comment = post(thread, "A thoughtful remark.")
    services.comment_moderate(comment=comment, to_state=CommentState.REJECTED, actor=moderator)
    thread.refresh_from_db()
    assert thread.comment_count == 0
    assert decisions(comment)[-1] == ("moderator", "published", "rejected")


def test_a_moderator_cannot_move_a_comment_back_to_pending(thread: Thread, moderator: User) -> None:
    comment = held(thread)
    with pytest.raises(services.ModerationError):
        services.comment_moderate(comment=comment, to_state=CommentState.PENDING, actor=moderator)
    assert decisions(comment) == [("pipeline", "", "held")]


def test_a_decision_resolves_the_open_reports(thread: Thread, moderator: User) -> None:
    comment = post(thread, "A thoughtful remark.")
    services.report_add(comment=comment, reader=guest(), reason=ReportReason.SPAM)
    services.comment_moderate(comment=comment, to_state=CommentState.PUBLISHED, actor=moderator)
    assert Report.objects.get().resolved_at is not None


def test_bulk_moderation_skips_comments_already_in_that_state(
    thread: Thread, moderator: User
) -> None:
    first, second = held(thread), post(thread, "call +44 7700 900124 soon", name="Hal")
    already = post(thread, "A thoughtful remark.")
    services.comment_moderate(comment=already, to_state=CommentState.SPAM, actor=moderator)
    changed = services.comments_moderate(
        comments=[first, second, already], to_state=CommentState.SPAM, actor=moderator
    )
    assert changed == 2
    assert set(Comment.objects.values_list("state", flat=True)) == {CommentState.SPAM}
    assert Decision.objects.filter(source="moderator").count() == 3


def test_reports_hide_a_comment_at_the_threshold(thread: Thread) -> None:
    comment = post(thread, "A thoughtful remark.")
    for reason in (ReportReason.ABUSE, ReportReason.HATE):
        services.report_add(comment=comment, reader=guest(), reason=reason, text="  why  ")
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    services.report_add(comment=comment, reader=guest(), reason=ReportReason.ABUSE)
    comment.refresh_from_db()
    assert comment.state == CommentState.HELD
    decision = Decision.objects.filter(comment=comment).latest("pk")
    assert decision.source == "reports"
    assert decision.reasons == ["reported:abuse", "reported:hate"]
    assert Report.objects.filter(text="why").count() == 2
    with pytest.raises(services.ModerationError, match="already with the moderators"):
        services.report_add(comment=comment, reader=guest(), reason=ReportReason.SPAM)


def test_a_reader_reports_a_comment_once(thread: Thread) -> None:
    comment = post(thread, "A thoughtful remark.")
    reader = member("Rita Reader")
    services.report_add(comment=comment, reader=reader, reason=ReportReason.SPAM)
    with pytest.raises(services.ModerationError, match="already reported"):
        services.report_add(comment=comment, reader=reader, reason=ReportReason.ABUSE)
    assert Report.objects.count() == 1


def test_an_author_cannot_report_their_own_comment(thread: Thread) -> None:
    author = guest()
    comment = post(thread, "A thoughtful remark.", reader=author)
    with pytest.raises(services.ModerationError, match="your own comment"):
        services.report_add(comment=comment, reader=author, reason=ReportReason.SPAM)


def test_sanctions_are_recorded_and_lifted_never_deleted(moderator: User) -> None:
    until = timezone.now() + timedelta(days=3)
    suspension = services.sanction_add(
        kind=SanctionKind.SUSPEND,
        author_key="g:abc",
        actor=moderator,
        reason=" heated ",
        until=until,
        email=" Hal@Example.org ",
        ip_hash="f" * 64,
    )
    assert (suspension.reason, suspension.email, suspension.until) == (
        "heated",
        "hal@example.org",
        until,
    )
    services.sanction_lift(sanction=suspension, actor=moderator)
    lifted_at = Sanction.objects.get().lifted_at
    assert lifted_at is not None
    services.sanction_lift(sanction=suspension, actor=moderator)
    assert Sanction.objects.get().lifted_at == lifted_at


@pytest.mark.parametrize(
    ("kind", "until", "message"),
    [
        (SanctionKind.SUSPEND, None, "needs an end"),
        (SanctionKind.BAN, timezone.now() - timedelta(days=1), "in the future"),
    ],
)
def test_a_sanction_needs_a_sensible_end(
    moderator: User, kind: SanctionKind, until: object, message: str
) -> None:
    with pytest.raises(services.ModerationError, match=message):
        services.sanction_add(kind=kind, author_key="u:1", actor=moderator, until=until)  # type: ignore[arg-type]
    assert not Sanction.objects.exists()


def test_a_ban_rejects_the_authors_next_comment(thread: Thread, moderator: User) -> None:
    author = guest()
    services.sanction_add(
        kind=SanctionKind.BAN, author_key=f"g:{author.guest_key}", actor=moderator
    )
    comment = post(thread, "A thoughtful remark.", reader=author)
    assert comment.state == CommentState.REJECTED


def test_notes_need_text(thread: Thread, moderator: User) -> None:
    comment = held(thread)
    note = services.note_add(
        author_key=comment.author_key, text="  Watch this one. ", actor=moderator, comment=comment
    )
    assert (note.text, note.comment, note.created_by) == ("Watch this one.", comment, moderator)
    with pytest.raises(services.ModerationError):
        services.note_add(author_key=comment.author_key, text="   ", actor=moderator)
    assert ModeratorNote.objects.count() == 1


def test_banning_from_the_queue_rejects_the_comment_and_names_the_guests_traces(
    thread: Thread, moderator: User
) -> None:
    author = guest()
    comment = services_post_as_guest(thread, author)
    sanction = services.author_ban(comment=comment, actor=moderator, note="Threats.")
    comment.refresh_from_db()
    assert comment.state == CommentState.REJECTED
    assert (sanction.kind, sanction.author_key, sanction.email, sanction.ip_hash) == (
        SanctionKind.BAN,
        f"g:{author.guest_key}",
        "troll@example.org",
        author.ip_hash,
    )
    decision = comment.decisions.get(source="moderator")
    assert (decision.to_state, decision.reasons, decision.actor) == (
        "rejected",
        ["banned"],
        moderator,
    )


def services_post_as_guest(thread: Thread, author: Reader) -> Comment:
    return discussion.comment_post(
        thread=thread,
        reader=author,
        body="A remark.",
        author_name="Troll",
        author_email="Troll@example.org",
    )
