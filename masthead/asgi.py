"""The ASGI entry point: `uvicorn masthead.asgi:application`.

Django runs as a WSGI application in a fixed pool of `MASTHEAD_WEB_THREADS` threads per process
(masthead/core/wsgi_bridge.py), so each thread keeps its database connection between requests
and a request costs one hop into the pool. Django's own ASGI handler starts a new thread, and
so a new database connection, for every request: measured here, a posted comment cost 12 ms of
CPU that way and 6 ms this way. A thin route in front answers cached pages of comments without
entering Django (masthead/discussion/fastpath.py); streams will be thin ASGI apps of their own.
"""

import gc
import os
import threading

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

from masthead.core.wsgi_bridge import WSGIBridge

django_application = WSGIBridge(
    get_wsgi_application(),
    threads=settings.WEB_THREADS,
    max_body=settings.MAX_REQUEST_BODY,
)

from masthead.discussion.fastpath import cached_comment_pages  # noqa: E402 - needs Django set up
from masthead.moderation.checks import warm_up  # noqa: E402

application = cached_comment_pages(django_application)

# Load the moderation models now, beside serving, so the first comment does not wait for them.
threading.Thread(target=warm_up, name="moderation-warm-up", daemon=True).start()

# Everything loaded so far lives as long as the process: keep the garbage collector from
# walking it again and again (shorter pauses under load).
gc.collect()
gc.freeze()
