"""The only ways views and the API fetch threads and comments: one uniform 404 otherwise.

Whether a thread may be read (its page live and public) comes from the thread's cached state
(`caching.thread_state`): re-read from the database at least once a minute and at once when its
page is published, unpublished or restricted (see `apps.py`)."""

from django.http import Http404

from masthead.core.problems import MAX_ID
from masthead.discussion import caching
from masthead.discussion.models import VISIBLE_STATES, Comment, Thread


def access_thread(thread_id: int) -> Thread:
    """Return the thread `thread_id` if its page is live and public (or it has no page)."""
    if not 0 < thread_id <= MAX_ID:
        raise Http404("No such discussion.")
    caching.thread_state(thread_id)
    thread = Thread.objects.filter(pk=thread_id).first()
    if thread is None:
        raise Http404("No such discussion.")
    return thread


def access_comment(comment_id: int) -> Comment:
    """Return the comment `comment_id` if it is shown in a visible thread."""
    if not 0 < comment_id <= MAX_ID:
        raise Http404("No such comment.")
    comment = (
        Comment.objects.select_related("thread", "user", "root")
        .filter(pk=comment_id, state__in=VISIBLE_STATES)
        .first()
    )
    if comment is None:
        raise Http404("No such comment.")
    try:
        caching.thread_state(comment.thread_id)
    except Http404:
        raise Http404("No such comment.") from None
    return comment
