"""Bulk-load large synthetic threads for benchmarks (`manage.py bench_seed`).

Comments are inserted with ids chosen up front, so each row is written once with its final
tree path; counters (replies, votes) are set as the services would have left them.
"""

import random
from datetime import timedelta
from html import escape

from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from masthead.articles import services as articles
from masthead.articles.models import ArticlePage, HomePage
from masthead.discussion.models import PATH_DIGITS, Comment, CommentState, Thread
from masthead.discussion.services import thread_for_page

WORDS = [
    "the",
    "port",
    "harbour",
    "council",
    "vote",
    "budget",
    "ceasefire",
    "talks",
    "tram",
    "line",
    "flood",
    "barrier",
    "river",
    "reporter",
    "figure",
    "source",
    "million",
    "tonnes",
    "week",
    "month",
    "residents",
    "officials",
    "said",
    "agree",
    "disagree",
    "point",
    "question",
    "answer",
    "data",
    "evidence",
    "history",
    "local",
    "world",
    "climate",
    "policy",
    "cost",
    "workers",
    "families",
    "city",
    "region",
    "treaty",
    "ship",
    "crane",
    "dredging",
    "insurance",
    "premium",
    "schedule",
]
REPLY_SHARE = 1 / 3
BATCH = 2_000


def _text(rng: random.Random) -> str:
    length = rng.randint(100, 600)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + "."


def bench_article(size: int) -> ArticlePage:
    """Return the benchmark article for a thread of `size` comments, creating it if needed."""
    home = HomePage.objects.first() or articles.home_page_install(
        title="Home", site_name="Masthead bench", base_url="http://127.0.0.1:8000"
    )
    section = articles.section_get_or_create(
        home=home, slug="bench", title="Benchmarks", intro="Synthetic threads for load tests."
    )
    author = articles.author_get_or_create(slug="bench-desk", name="Bench Desk")
    return articles.article_get_or_create(
        section=section,
        slug=f"thread-{size}",
        headline=f"A discussion of {size:,} comments",
        standfirst=f"A synthetic article whose thread holds {size:,} comments.",
        authors=[author],
        body=[{"type": "paragraph", "value": "<p>Synthetic article for benchmarks.</p>"}],
    )


@transaction.atomic
def seed_thread(size: int, *, seed: int = 2026) -> Thread:
    """Give the benchmark article for `size` a thread of exactly `size` published comments
    (about a third of them replies, votes spread) unless it already has them."""
    thread = thread_for_page(bench_article(size))
    if thread.comment_count == size:
        return thread
    Comment.objects.filter(thread=thread).delete()
    rng = random.Random(f"{seed}:{size}")  # noqa: S311 - synthetic data, not security
    first_id = (Comment.objects.aggregate(top=Max("id"))["top"] or 0) + 1
    start = timezone.now() - timedelta(minutes=size)
    rows: list[Comment] = []
    replies: dict[int, int] = {}
    for i in range(size):
        pk = first_id + i
        parent = rows[rng.randrange(len(rows))] if rows and rng.random() < REPLY_SHARE else None
        if parent is not None and parent.depth >= 8:
            parent = None
        up = int(rng.paretovariate(1.5)) - 1 if rng.random() < 0.5 else 0
        down = rng.randint(0, 2) if rng.random() < 0.15 else 0
        text = _text(rng)
        own = f"{pk:0{PATH_DIGITS}d}"
        rows.append(
            Comment(
                id=pk,
                thread=thread,
                parent_id=parent.pk if parent else None,
                root_id=(parent.root_id or parent.pk) if parent else None,
                depth=parent.depth + 1 if parent else 0,
                path=f"{parent.path}/{own}" if parent else own,
                author_name=f"Reader {rng.randint(1, max(10, size // 20))}",
                guest_key=f"{rng.getrandbits(128):032x}",
                body_source=text,
                body_html=f"<p>{escape(text)}</p>",
                state=CommentState.PUBLISHED,
                upvotes=up,
                downvotes=down,
                score=up - down,
                created_at=start + timedelta(minutes=i),
            )
        )
        if parent is not None:
            replies[parent.pk] = replies.get(parent.pk, 0) + 1
    for row in rows:
        row.reply_count = replies.get(row.pk, 0)
    Comment.objects.bulk_create(rows, batch_size=BATCH)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Comment]):
            cursor.execute(sql)
    Thread.objects.filter(pk=thread.pk).update(comment_count=size, version=thread.version + 1)
    thread.refresh_from_db()
    return thread
