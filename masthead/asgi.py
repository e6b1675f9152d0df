"""The ASGI entry point: `uvicorn masthead.asgi:application`.

Django runs as a WSGI application in a fixed pool of `MASTHEAD_WEB_THREADS` threads per process
(a2wsgi), so each thread keeps its database connection between requests and a request costs one
hop into the pool. Django's own ASGI handler starts a new thread, and so a new database
connection, for every request: measured here, a posted comment cost 12 ms of CPU that way and
5 ms this way. A thin route in front answers cached pages of comments without entering Django
(masthead/discussion/fastpath.py); streams will be thin ASGI apps of their own.
"""

import gc
import os

from a2wsgi import WSGIMiddleware
from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

# a2wsgi types scopes as TypedDicts and Django's handler loosely: they fit at run time.
django_application = WSGIMiddleware(
    get_wsgi_application(),  # type: ignore[arg-type]
    workers=settings.WEB_THREADS,
)

from masthead.discussion.fastpath import cached_comment_pages  # noqa: E402 - needs Django set up

application = cached_comment_pages(django_application)  # type: ignore[arg-type]

# Everything loaded so far lives as long as the process: keep the garbage collector from
# walking it again and again (shorter pauses under load).
gc.collect()
gc.freeze()
