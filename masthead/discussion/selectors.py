"""Reading threads. A page of a thread is two queries whatever the thread's size: its top-level
comments in the chosen order (keyset-paged on an index), then all their visible descendants
in tree order. Replies are always chronological under their parent."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from django.db.models import Q, QuerySet

from masthead.core.cursors import decode_cursor, encode_cursor
from masthead.discussion.identity import Reader
from masthead.discussion.models import VISIBLE_STATES, Comment, CommentState, Thread, Vote, author_q

PAGE_SIZE = 20
MAX_DEPTH = 6  # deeper replies are behind "continue this thread"


class Sort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    VOTES = "votes"
    REPLIES = "replies"

    @property
    def label(self) -> str:
        return {
            "newest": "Newest",
            "oldest": "Oldest",
            "votes": "Most voted",
            "replies": "Most replies",
        }[self.value]

    @classmethod
    def parse(cls, value: str | None) -> "Sort":
        try:
            return cls(value or cls.NEWEST)
        except ValueError:
            return cls.NEWEST


# For each sort: the field ordering top-level comments, and whether it is descending. The id
# breaks ties in the same direction, so (value, id) is a total order for keyset cursors.
_ORDER: dict[Sort, tuple[str, bool]] = {
    Sort.NEWEST: ("created_at", True),
    Sort.OLDEST: ("created_at", False),
    Sort.VOTES: ("score", True),
    Sort.REPLIES: ("reply_count", True),
}


@dataclass
class CommentNode:
    comment: Comment
    children: list["CommentNode"] = field(default_factory=list)


@dataclass
class ThreadPage:
    thread: Thread
    sort: Sort
    cursor: str | None
    nodes: list[CommentNode]
    next_cursor: str | None

    def comments(self) -> Iterable[Comment]:
        """Every comment on the page, in tree order."""
        return walk(self.nodes)


def walk(nodes: list[CommentNode]) -> Iterable[Comment]:
    """Yield the comments of `nodes` and all their descendants, in tree order."""
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node.comment
        stack.extend(reversed(node.children))


def _top_level(thread: Thread) -> QuerySet[Comment]:
    return Comment.objects.filter(thread=thread, depth=0, state__in=VISIBLE_STATES)


def _ordered(queryset: QuerySet[Comment], sort: Sort) -> QuerySet[Comment]:
    name, descending = _ORDER[sort]
    prefix = "-" if descending else ""
    return queryset.order_by(f"{prefix}{name}", f"{prefix}id")


def _after(queryset: QuerySet[Comment], sort: Sort, value: Any, pk: int) -> QuerySet[Comment]:
    """Return the part of `queryset` that comes after the item (value, pk) in `sort` order."""
    name, descending = _ORDER[sort]
    op = "lt" if descending else "gt"
    return queryset.filter(Q(**{f"{name}__{op}": value}) | Q(**{name: value, f"id__{op}": pk}))


def _cursor_for(comment: Comment, sort: Sort) -> str:
    name, _ = _ORDER[sort]
    return encode_cursor(getattr(comment, name), comment.pk)


def _decode(cursor: str, sort: Sort) -> tuple[Any, int]:
    value, pk = decode_cursor(cursor, 2)
    if _ORDER[sort][0] == "created_at":
        value = datetime.fromisoformat(value)
    return value, int(pk)


def thread_page(
    thread: Thread, sort: Sort = Sort.NEWEST, cursor: str | None = None, limit: int = PAGE_SIZE
) -> ThreadPage:
    """Return one page of `thread`: `limit` top-level comments after `cursor`, with replies.

    Raises Problem(bad-cursor) for a cursor this function did not make.
    """
    top = _ordered(_top_level(thread), sort).select_related("user")
    if cursor:
        top = _after(top, sort, *_decode(cursor, sort))
    roots = list(top[: limit + 1])
    more = len(roots) > limit
    roots = roots[:limit]
    nodes = {c.pk: CommentNode(c) for c in roots}
    if roots:
        descendants = (
            Comment.objects.filter(
                root_id__in=list(nodes), state__in=VISIBLE_STATES, depth__lte=MAX_DEPTH
            )
            .select_related("user")
            .order_by("path")
        )
        for comment in descendants:
            node = CommentNode(comment)
            nodes[comment.pk] = node
            parent = nodes.get(comment.parent_id or 0)
            if parent is not None:  # a hidden parent hides its subtree
                parent.children.append(node)
    return ThreadPage(
        thread=thread,
        sort=sort,
        cursor=cursor,
        nodes=[nodes[c.pk] for c in roots],
        next_cursor=_cursor_for(roots[-1], sort) if more and roots else None,
    )


def subtree(comment: Comment) -> CommentNode:
    """Return `comment` with all its visible descendants (for "continue this thread")."""
    root = CommentNode(comment)
    nodes = {comment.pk: root}
    for descendant in (
        Comment.objects.filter(thread_id=comment.thread_id, path__startswith=f"{comment.path}/")
        .filter(state__in=VISIBLE_STATES)
        .select_related("user")
        .order_by("path")
    ):
        node = CommentNode(descendant)
        nodes[descendant.pk] = node
        parent = nodes.get(descendant.parent_id or 0)
        if parent is not None:
            parent.children.append(node)
    return root


def cursor_for_page_of(
    comment: Comment, sort: Sort = Sort.NEWEST, limit: int = PAGE_SIZE
) -> str | None:
    """Return the cursor of the page (in `sort`, pages of `limit`) that shows `comment`'s
    top-level ancestor, or None for the first page; as if the reader had clicked "load more"."""
    root = Comment.objects.get(pk=comment.root_id) if comment.root_id else comment
    name, descending = _ORDER[sort]
    before = _ordered(_top_level(comment.thread), sort)
    op = "gt" if descending else "lt"
    value = getattr(root, name)
    position = before.filter(
        Q(**{f"{name}__{op}": value}) | Q(**{name: value, f"id__{op}": root.pk})
    ).count()
    start = (position // limit) * limit
    if start == 0:
        return None
    previous = _ordered(_top_level(comment.thread), sort)[start - 1]
    return _cursor_for(previous, sort)


def reader_votes(reader: Reader, comment_ids: list[int]) -> dict[int, int]:
    """Return the reader's votes among `comment_ids` as {comment id: +1 or -1}."""
    if not reader.voter_key or not comment_ids:
        return {}
    votes = Vote.objects.filter(voter_key=reader.voter_key, comment_id__in=comment_ids)
    return dict(votes.values_list("comment_id", "value"))


def comment_counts(page_ids: Iterable[int]) -> dict[int, int]:
    """Return {page id: number of published comments} for pages that have a thread."""
    return dict(
        Thread.objects.filter(page_id__in=list(page_ids)).values_list("page_id", "comment_count")
    )


def recent_by_author(key: str, *, since: datetime, limit: int) -> list[tuple[int, str, datetime]]:
    """Return (id, text, created_at) of the author's latest comments since `since`, any state."""
    rows = (
        Comment.objects.filter(author_q(key), created_at__gte=since)
        .order_by("-created_at")
        .values_list("pk", "body_source", "created_at")[:limit]
    )
    return list(rows)


def published_count_by_author(key: str) -> int:
    """Return how many of the author's comments are published."""
    return Comment.objects.filter(author_q(key), state=CommentState.PUBLISHED).count()


@dataclass(frozen=True)
class OwnUnpublished:
    """A reader's own comment that others do not see, with why, in plain words."""

    comment: Comment
    reasons: list[str]
    shadow: bool  # shown to its author as if published (shadow quarantine)


UNPUBLISHED_OWN_STATES = (CommentState.PENDING, CommentState.HELD, CommentState.REJECTED)


def own_unpublished(thread: Thread, reader: Reader, *, limit: int = 20) -> list[OwnUnpublished]:
    """Return the reader's comments in `thread` that wait for moderators or were not
    published, newest first, with their latest reasons (two queries; none for a stranger)."""
    from masthead.moderation.checks import reason_text
    from masthead.moderation.models import Decision

    if not reader.voter_key:
        return []
    comments = list(
        Comment.objects.filter(
            author_q(reader.voter_key), thread=thread, state__in=UNPUBLISHED_OWN_STATES
        ).order_by("-created_at")[:limit]
    )
    if not comments:
        return []
    # Ordered oldest first, so each comment keeps the reasons of its latest decision.
    latest: dict[int, list[str]] = dict(
        Decision.objects.filter(comment_id__in=[c.pk for c in comments])
        .order_by("created_at")
        .values_list("comment_id", "reasons")
    )
    found = []
    for comment in comments:
        codes = latest.get(comment.pk, [])
        shadow = "shadow" in codes and comment.state == CommentState.HELD
        found.append(OwnUnpublished(comment, [reason_text(c) for c in codes], shadow))
    return found
