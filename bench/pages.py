"""Benchmark: server-side cost of the public pages on the demo newsroom.

Builds a throwaway production-mode site (SQLite, migrate, load_demo, collectstatic), then
requests each page many times through Django's handler in-process and reports the median and
95th percentile time and the number of SQL queries per request. Run with `make bench`.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VAR = tempfile.mkdtemp(prefix="masthead-bench-")
os.environ.update(
    DJANGO_SETTINGS_MODULE="masthead.settings",
    MASTHEAD_DEBUG="false",
    MASTHEAD_SECRET_KEY="bench-only-secret-key-" + "b" * 40,
    MASTHEAD_ALLOWED_HOSTS="testserver",
    MASTHEAD_VAR_DIR=VAR,
    MASTHEAD_SECURE_SSL_REDIRECT="false",
    MASTHEAD_LOG_LEVEL="error",
)
for name in ("MASTHEAD_DATABASE_URL", "MASTHEAD_REDIS_URL", "MASTHEAD_MEDIA_ROOT"):
    os.environ.pop(name, None)

import django

django.setup()

from django.core import signals
from django.core.management import call_command
from django.db import close_old_connections, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("collectstatic", interactive=False, verbosity=0)
    from masthead.articles.models import ArticlePage

    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    assert article is not None
    pages = {
        "home": "/",
        "home page 2": "/?page=2",
        "section": "/world/",
        "article": article.url,
        "tag": "/tags/" + article.tags.first().slug + "/",
        "author": article.bylines.first().author.get_absolute_url(),
        "search": "/search/?q=harbour",
        "rss": "/feed/",
        "sitemap": "/sitemap.xml",
        "api list": "/api/v1/articles",
    }
    client = Client()
    print(f"{'page':<12} {'median ms':>10} {'p95 ms':>8} {'queries':>8}   ({ROUNDS} requests each)")
    for name, url in pages.items():
        assert client.get(url).status_code == 200, url  # warm: renditions, caches
        # Count on one kept-open connection (Django closes it after each request otherwise,
        # which empties the query log).
        for signal in (signals.request_started, signals.request_finished):
            signal.disconnect(close_old_connections)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries)  # read now: the log empties when the connection reopens
        for signal in (signals.request_started, signals.request_finished):
            signal.connect(close_old_connections)
        timings = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{name:<12} {statistics.median(timings):>10.2f} {p95:>8.2f} {query_count:>8}")


if __name__ == "__main__":
    main()
