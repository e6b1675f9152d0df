from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.core.problems import Problem
from masthead.discussion import selectors, services
from masthead.discussion.models import Comment
from masthead.testing.discussion import build_thread, member, post

pytestmark = pytest.mark.django_db


def backdate(comment: Comment, minutes: int) -> None:
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )


def test_a_page_is_two_queries_whatever_the_threads_size() -> None:
    small, big = build_thread(), build_thread()
    for thread, count in ((small, 3), (big, 45)):
        for i in range(count):
            top = post(thread, f"Top {i}", reader=member())
            post(thread, "Reply", parent=top, reader=member())
    for thread in (small, big):
        with CaptureQueriesContext(connection) as queries:
            page = selectors.thread_page(thread)
            comments = list(page.comments())
            _ = [c.display_name for c in comments]
        assert len(queries) == 2, [q["sql"] for q in queries]
    assert len(selectors.thread_page(big).nodes) == selectors.PAGE_SIZE


def test_top_level_is_sorted_and_replies_are_chronological_under_their_parent() -> None:
    thread = build_thread()
    old, middle, new = (post(thread, name) for name in ("old", "middle", "new"))
    for comment, minutes in ((old, 30), (middle, 20), (new, 10)):
        backdate(comment, minutes)
    second = post(thread, "second reply", parent=old)
    first = post(thread, "first reply", parent=old)
    backdate(first, 5)  # replies keep arrival order (their ids), not their sort value
    voter, other = member(), member()
    services.vote_cast(comment=middle, reader=voter, value=1)
    services.vote_cast(comment=middle, reader=other, value=1)
    services.vote_cast(comment=new, reader=voter, value=1)

    def order(sort: selectors.Sort) -> list[int]:
        return [node.comment.pk for node in selectors.thread_page(thread, sort).nodes]

    assert order(selectors.Sort.NEWEST) == [new.pk, middle.pk, old.pk]
    assert order(selectors.Sort.OLDEST) == [old.pk, middle.pk, new.pk]
    assert order(selectors.Sort.VOTES) == [middle.pk, new.pk, old.pk]
    assert order(selectors.Sort.REPLIES)[0] == old.pk
    oldest = selectors.thread_page(thread, selectors.Sort.OLDEST).nodes[0]
    assert [child.comment.pk for child in oldest.children] == [second.pk, first.pk]


@pytest.mark.parametrize("sort", list(selectors.Sort))
def test_cursors_walk_every_top_level_comment_once(sort: selectors.Sort) -> None:
    thread = build_thread()
    voters = [member() for _ in range(3)]
    for i in range(7):
        comment = post(thread, f"c{i}", reader=member())
        for voter in voters[: i % 4]:
            services.vote_cast(comment=comment, reader=voter, value=1)
    seen: list[int] = []
    cursor = None
    while True:
        page = selectors.thread_page(thread, sort, cursor, limit=3)
        seen += [node.comment.pk for node in page.nodes]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == 7


def test_indentation_stops_at_the_limit_and_the_rest_continues_elsewhere() -> None:
    thread = build_thread()
    parent = post(thread, "level 0")
    chain = [parent]
    for level in range(1, selectors.MAX_DEPTH + 3):
        chain.append(post(thread, f"level {level}", parent=chain[-1], reader=member()))
    page = selectors.thread_page(thread)
    depths = [c.depth for c in page.comments()]
    assert max(depths) == selectors.MAX_DEPTH
    at_limit = chain[selectors.MAX_DEPTH]
    subtree = selectors.subtree(at_limit)
    assert subtree.children[0].comment.pk == chain[selectors.MAX_DEPTH + 1].pk


def test_the_permalink_cursor_opens_the_page_that_holds_the_comment() -> None:
    thread = build_thread()
    comments = [post(thread, f"c{i}", reader=member()) for i in range(7)]
    for minutes, comment in enumerate(reversed(comments)):
        backdate(comment, minutes + 1)
    target = comments[0]  # the oldest: last page in "newest" order
    reply = post(thread, "reply", parent=target)
    cursor = selectors.cursor_for_page_of(reply, limit=3)
    page = selectors.thread_page(thread, selectors.Sort.NEWEST, cursor, limit=3)
    assert target.pk in [node.comment.pk for node in page.nodes]
    assert selectors.cursor_for_page_of(comments[-1], limit=3) is None


def test_a_forged_cursor_is_refused() -> None:
    with pytest.raises(Problem):
        selectors.thread_page(build_thread(), selectors.Sort.NEWEST, "bm9wZQ")
