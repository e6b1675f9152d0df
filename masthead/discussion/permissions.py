"""The only ways views and the API fetch threads and comments: one uniform 404 otherwise."""

from django.http import Http404

from masthead.core.problems import MAX_ID
from masthead.discussion.models import VISIBLE_STATES, Comment, Thread


def access_thread(thread_id: int) -> Thread:
    """Return the thread `thread_id` if its page is live and public (or it has no page)."""
    if not 0 < thread_id <= MAX_ID:
        raise Http404("No such discussion.")
    thread = Thread.objects.select_related("page").filter(pk=thread_id).first()
    if thread is None or (thread.page is not None and not _page_visible(thread.page)):
        raise Http404("No such discussion.")
    return thread


def access_comment(comment_id: int) -> Comment:
    """Return the comment `comment_id` if it is shown in a visible thread."""
    if not 0 < comment_id <= MAX_ID:
        raise Http404("No such comment.")
    comment = (
        Comment.objects.select_related("thread", "thread__page", "user", "root")
        .filter(pk=comment_id, state__in=VISIBLE_STATES)
        .first()
    )
    if comment is None or (
        comment.thread.page is not None and not _page_visible(comment.thread.page)
    ):
        raise Http404("No such comment.")
    return comment


def _page_visible(page: object) -> bool:
    return bool(getattr(page, "live", False)) and not page.get_view_restrictions().exists()  # type: ignore[attr-defined]
