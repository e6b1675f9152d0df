from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.core.ratelimit import RateLimited
from masthead.discussion import services
from masthead.discussion.models import Comment, CommentState, Subscription, SubscriptionKind, Vote
from masthead.testing.discussion import build_thread, guest, member, post

pytestmark = pytest.mark.django_db


def test_posting_stores_sanitised_html_and_counts_the_comment() -> None:
    thread = build_thread()
    comment = post(thread, "Hello **world** <script>alert(1)</script>")
    assert comment.state == CommentState.PUBLISHED
    assert "<strong>world</strong>" in comment.body_html
    assert "<script" not in comment.body_html
    thread.refresh_from_db()
    assert thread.comment_count == 1
    assert thread.version == 1
    assert comment.path == f"{comment.pk:010d}"


def test_replies_form_a_tree_with_root_depth_and_path() -> None:
    thread = build_thread()
    top = post(thread)
    reply = post(thread, parent=top)
    deeper = post(thread, parent=reply)
    assert (reply.root_id, reply.depth) == (top.pk, 1)
    assert (deeper.root_id, deeper.depth) == (top.pk, 2)
    assert deeper.path == f"{top.path}/{reply.pk:010d}/{deeper.pk:010d}"
    top.refresh_from_db()
    assert top.reply_count == 1


def test_guests_must_give_a_name_and_nobody_may_post_nothing() -> None:
    thread = build_thread()
    with pytest.raises(services.DiscussionError) as named:
        services.comment_post(thread=thread, reader=guest(), body="Hi", author_name=" ")
    assert named.value.code == "name-required"
    with pytest.raises(services.DiscussionError) as empty:
        post(thread, "  \u200b \n ")
    assert empty.value.code == "body-empty"
    with pytest.raises(services.DiscussionError) as long:
        post(thread, "x" * 10_001)
    assert long.value.code == "body-too-long"


def test_a_closed_thread_takes_no_comments() -> None:
    thread = build_thread()
    staff = member(staff=True)
    with pytest.raises(services.DiscussionError):
        services.thread_close(thread=thread, reader=member())
    services.thread_close(thread=thread, reader=staff)
    with pytest.raises(services.DiscussionError) as closed:
        post(thread)
    assert closed.value.code == "thread-closed"


def test_posting_too_fast_is_rate_limited() -> None:
    thread = build_thread()
    reader = guest()
    for _ in range(services.POST_LIMIT_PER_READER.count):
        post(thread, reader=reader)
    with pytest.raises(RateLimited):
        post(thread, reader=reader)


def test_the_honeypot_keeps_the_comment_as_spam_without_showing_it() -> None:
    thread = build_thread()
    comment = services.comment_post(
        thread=thread, reader=guest(), body="Buy now", author_name="Bot", suspected_bot=True
    )
    assert Comment.objects.get(pk=comment.pk).state == CommentState.SPAM
    thread.refresh_from_db()
    assert thread.comment_count == 0


def test_authors_edit_and_remove_within_the_window_only() -> None:
    thread = build_thread()
    author = guest()
    comment = post(thread, "First version", reader=author)
    with pytest.raises(services.DiscussionError):
        services.comment_edit(comment=comment, reader=guest(), body="Not mine")
    services.comment_edit(comment=comment, reader=author, body="Second *version*")
    comment.refresh_from_db()
    assert comment.edited_at is not None and "<em>version</em>" in comment.body_html

    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - services.EDIT_WINDOW - timedelta(seconds=1)
    )
    comment.refresh_from_db()
    with pytest.raises(services.DiscussionError) as late:
        services.comment_edit(comment=comment, reader=author, body="Too late")
    assert late.value.code == "edit-not-allowed"


def test_removing_keeps_the_tree_and_erases_the_text() -> None:
    thread = build_thread()
    author = guest()
    top = post(thread, "Regrettable", reader=author)
    reply = post(thread, parent=top)
    services.comment_remove(comment=top, reader=author)
    top.refresh_from_db()
    assert top.state == CommentState.REMOVED
    assert top.body_source == top.body_html == ""
    assert Comment.objects.get(pk=reply.pk).parent_id == top.pk
    thread.refresh_from_db()
    assert thread.comment_count == 1


def test_votes_are_one_per_reader_and_can_change_or_be_withdrawn() -> None:
    thread = build_thread()
    comment = post(thread)
    voter = member()
    services.vote_cast(comment=comment, reader=voter, value=1)
    services.vote_cast(comment=comment, reader=voter, value=1)
    comment.refresh_from_db()
    assert (comment.upvotes, comment.downvotes, comment.score) == (1, 0, 1)
    services.vote_cast(comment=comment, reader=voter, value=-1)
    comment.refresh_from_db()
    assert (comment.upvotes, comment.downvotes, comment.score) == (0, 1, -1)
    services.vote_clear(comment=comment, reader=voter)
    comment.refresh_from_db()
    assert (comment.upvotes, comment.downvotes, comment.score) == (0, 0, 0)
    assert Vote.objects.count() == 0


def test_nobody_votes_on_their_own_comment_and_a_cleared_cookie_does_not_vote_twice() -> None:
    thread = build_thread()
    author = guest()
    comment = post(thread, reader=author)
    with pytest.raises(services.DiscussionError) as own:
        services.vote_cast(comment=comment, reader=author, value=1)
    assert own.value.code == "own-comment"
    first = guest(ip="192.0.2.7")
    services.vote_cast(comment=comment, reader=first, value=1)
    same_connection = guest(ip="192.0.2.7")
    with pytest.raises(services.DiscussionError) as twice:
        services.vote_cast(comment=comment, reader=same_connection, value=1)
    assert twice.value.code == "already-voted"


def test_notify_of_creates_a_subscription_confirmed_only_for_accounts() -> None:
    thread = build_thread()
    services.comment_post(
        thread=thread,
        reader=guest(),
        body="Hi",
        author_name="Ann",
        author_email="Ann@Example.org",
        notify=SubscriptionKind.REPLIES,
    )
    account = member()
    services.comment_post(thread=thread, reader=account, body="Hi", notify=SubscriptionKind.THREAD)
    guest_sub = Subscription.objects.get(email="ann@example.org")
    assert guest_sub.kind == SubscriptionKind.REPLIES and guest_sub.confirmed_at is None
    member_sub = Subscription.objects.get(kind=SubscriptionKind.THREAD)
    assert member_sub.confirmed_at is not None
    with pytest.raises(services.DiscussionError) as no_email:
        services.comment_post(
            thread=thread,
            reader=guest(),
            body="Hi",
            author_name="Bo",
            notify=SubscriptionKind.THREAD,
        )
    assert no_email.value.code == "email-required"
