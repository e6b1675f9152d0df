"""How moderators fetch what they act on: one uniform 404 otherwise. (Who is a moderator is
the `moderation.add_decision` permission, checked by the admin views.)"""

import re

from django.http import Http404

from masthead.core.problems import MAX_ID
from masthead.discussion.models import Comment

AUTHOR_KEY = re.compile(r"^(u:[0-9]{1,18}|g:[0-9a-zA-Z_-]{1,64})$")


def access_moderated_comment(comment_id: int) -> Comment:
    """Return any comment for a moderator (every state), or one uniform 404."""
    if not 0 < comment_id <= MAX_ID:
        raise Http404("No such comment.")
    comment = Comment.objects.select_related("thread", "user").filter(pk=comment_id).first()
    if comment is None:
        raise Http404("No such comment.")
    return comment


def access_author_key(author_key: str) -> str:
    if not AUTHOR_KEY.match(author_key):
        raise Http404("No such author.")
    return author_key
