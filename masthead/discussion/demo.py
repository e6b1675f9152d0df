"""Load the demo discussions: what readers said under some demo articles (idempotent)."""

import hashlib
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Site

from masthead.articles.models import ArticlePage
from masthead.core.hashing import ip_hash
from masthead.discussion import services
from masthead.discussion.demo_content import DISCUSSIONS
from masthead.discussion.identity import Reader
from masthead.discussion.models import Comment, CommentState
from masthead.moderation import checks
from masthead.moderation.models import ModerationSettings

# The demo newsroom's own suspect phrases (held for review), as an editor would add them after
# seeing lynching talk under local stories (the classifier scores the demo's one too low).
DEMO_SUSPECT_WORDS = "strung up\nstring them up\nlynch"
VOTER_POOL = 400  # many occasional voters, so no one trips the per-reader vote limit


def _guest(name: str, n: int) -> Reader:
    """A stable guest per demo name, each on its own address in the documentation range."""
    key = hashlib.sha256(f"demo-guest:{name}".encode()).hexdigest()[:32]
    return Reader(user=None, guest_key=key, ip_hash=ip_hash(f"2001:db8::{n:x}"))


def _suspect_words_set() -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    row = ModerationSettings.for_site(site)
    if not row.suspect_words:
        row.suspect_words = DEMO_SUSPECT_WORDS
        row.save(update_fields=["suspect_words"])
        checks.forget_site_config()


def demo_discussions_load() -> int:
    """Post the demo comments under their articles unless a thread already has comments;
    return how many comments were posted."""
    _suspect_words_set()
    posted = 0
    now = timezone.now()
    for slug, comments in DISCUSSIONS.items():
        article = ArticlePage.objects.filter(slug=slug).first()
        if article is None:
            continue
        thread = services.thread_for_page(article)
        if Comment.objects.filter(thread=thread).exists():
            continue
        authors: dict[str, Reader] = {}
        by_key: dict[str, Comment] = {}
        for n, item in enumerate(comments):
            name = item["author"]
            reader = authors.setdefault(
                name or f"guest-{n}", _guest(f"{slug}:{name or n}", len(authors) + 1)
            )
            parent = by_key.get(item.get("reply_to", ""))
            if parent is not None and parent.state != CommentState.PUBLISHED:
                continue  # its parent was held by moderation: nobody could have replied
            # Demo comments pass the real moderation pipeline: the abusive ones among them
            # wait in the moderators' queue, as they would on a live site.
            comment = services.comment_post(
                thread=thread,
                reader=reader,
                body=item["body"],
                parent=parent,
                author_name=name or "Guest",
            )
            Comment.objects.filter(pk=comment.pk).update(
                created_at=now - timedelta(minutes=item["minutes_ago"])
            )
            by_key[item["key"]] = comment
            votes = item.get("votes", 0) if comment.state == CommentState.PUBLISHED else 0
            for i in range(abs(votes)):
                number = (comment.pk * 37 + i) % VOTER_POOL
                voter = _guest(f"demo-voter-{number}", 0x10000 + number)
                services.vote_cast(comment=comment, reader=voter, value=1 if votes > 0 else -1)
            posted += 1
    return posted
