"""HTML of thread pages: rendered once per (thread, version, sort, cursor) and cached; what
differs per reader (own votes, edit controls, the CSRF token) is applied on top afterwards."""

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from masthead.discussion import selectors
from masthead.discussion.identity import Reader
from masthead.discussion.models import CommentState, Thread
from masthead.discussion.services import EDIT_WINDOW
from masthead.funding.badges import apply_supporter_badges

CSRF_PLACEHOLDER = "__MASTHEAD_CSRF__"
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class Fragment:
    """A rendered page of a thread, the same for every reader."""

    html: str
    comment_ids: list[int]
    # comment id -> (owner key, created_at) for comments still inside the edit window
    editable: dict[int, tuple[str, datetime]]
    next_cursor: str | None


def thread_fragment(
    thread: Thread, sort: selectors.Sort, cursor: str | None, *, base_url: str
) -> Fragment:
    """Return the shared HTML of one page of `thread` (from the cache when it can)."""
    key = f"discussion:page:{thread.pk}:{thread.version}:{sort}:{cursor or ''}:{base_url}"
    fragment: Fragment | None = cache.get(key)
    if fragment is not None:
        return fragment
    page = selectors.thread_page(thread, sort, cursor)
    fragment = render_fragment(
        "discussion/_page.html",
        {"page": page, "thread": thread, "base_url": base_url},
        page.nodes,
        next_cursor=page.next_cursor,
    )
    cache.set(key, fragment, CACHE_SECONDS)
    return fragment


def render_fragment(
    template: str,
    context: dict[str, object],
    nodes: list[selectors.CommentNode],
    *,
    next_cursor: str | None = None,
) -> Fragment:
    """Render comments for any reader, noting which of them their authors may still edit."""
    html = render_to_string(
        template,
        {"max_depth": selectors.MAX_DEPTH, "csrf_placeholder": CSRF_PLACEHOLDER, **context},
    )
    since = timezone.now() - EDIT_WINDOW
    comments = list(selectors.walk(nodes))
    return Fragment(
        html=html,
        comment_ids=[c.pk for c in comments],
        editable={
            c.pk: (c.author_key, c.created_at)
            for c in comments
            if c.state == CommentState.PUBLISHED and c.created_at >= since
        },
        next_cursor=next_cursor,
    )


def personalise(fragment: Fragment, request: HttpRequest, reader: Reader) -> SafeString:
    """Return the fragment's HTML with this reader's votes pressed, edit controls on their own
    comments (while the edit window lasts), supporter badges and the request's CSRF token."""
    html = apply_supporter_badges(fragment.html.replace(CSRF_PLACEHOLDER, get_token(request)))
    for comment_id, value in selectors.reader_votes(reader, fragment.comment_ids).items():
        html = html.replace(
            f'aria-pressed="false" data-vote="{comment_id}:{value}"',
            f'aria-pressed="true" data-vote="{comment_id}:{value}"',
        )
    if reader.voter_key:
        now = timezone.now()
        for comment_id, (owner, created_at) in fragment.editable.items():
            if owner == reader.voter_key and now - created_at <= EDIT_WINDOW:
                controls = render_to_string(
                    "discussion/_owner_controls.html", {"comment_id": comment_id}
                )
                html = html.replace(f"<!--owner:{comment_id}-->", controls)
    # Safe: our own rendered templates, with a CSRF token (letters and digits) and more of our
    # rendered templates put in at markers.
    return mark_safe(html)  # noqa: S308
