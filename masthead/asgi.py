"""The ASGI entry point: `uvicorn masthead.asgi:application`.

Django serves everything; a thin route in front answers cached pages of comments without
entering Django (masthead/discussion/fastpath.py).
"""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

django_application = get_asgi_application()

from masthead.discussion.fastpath import cached_comment_pages  # noqa: E402 - needs Django set up

application = cached_comment_pages(django_application)

# Everything loaded so far lives as long as the process: keep the garbage collector from
# walking it again and again (shorter pauses under load).
gc.collect()
gc.freeze()
