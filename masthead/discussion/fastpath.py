"""A thin ASGI route in front of Django for the hottest read: a cached page of comments.

`GET /api/v1/threads/<id>/comments` is answered straight from the cache when the thread's
current version and that page are both there (the API view puts them there); anything else —
a miss, an unknown parameter, a bad Host, plain HTTP when HTTPS is required — goes to Django,
which answers it in full. Measured on the 2-core bench machine: Django's own stack costs about
1.5 ms a request before any view runs; this path costs a few hundredths of that.
"""

import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from django.conf import settings
from django.http.request import split_domain_port, validate_host

from masthead.discussion import caching
from masthead.discussion.selectors import Sort

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]

PATH = re.compile(r"^/api/v1/threads/([1-9][0-9]{0,17})/comments$")
logger = logging.getLogger("masthead.request")


def cached_body(scope: Scope) -> bytes | None:
    """Return the cached JSON for this request, or None when Django should answer it."""
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
        return None
    match = PATH.match(scope["path"])
    if match is None:
        return None
    if settings.SECURE_SSL_REDIRECT and scope.get("scheme") != "https":
        return None
    headers = dict(scope.get("headers") or [])
    host, _ = split_domain_port(headers.get(b"host", b"").decode("latin-1"))
    if not host or not validate_host(host, settings.ALLOWED_HOSTS):
        return None
    params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
    if set(params) - {"sort", "cursor"}:
        return None
    sort = params.get("sort", Sort.NEWEST.value)
    if sort not in {s.value for s in Sort}:
        return None
    thread_id = int(match.group(1))
    state = caching.cached_state(thread_id)
    if state is None or not state.visible:
        return None
    body = caching.page_get(
        caching.page_key("api", thread_id, state.version, sort, params.get("cursor", ""))
    )
    return body.encode() if body is not None else None


def _headers(length: int, request_id: str, https: bool) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(length).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", settings.SECURE_REFERRER_POLICY.encode()),
        (b"cross-origin-opener-policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY.encode()),
        (b"x-frame-options", settings.X_FRAME_OPTIONS.encode()),
        (b"x-request-id", request_id.encode()),
    ]
    if https and settings.SECURE_HSTS_SECONDS:
        value = f"max-age={settings.SECURE_HSTS_SECONDS}"
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            value += "; includeSubDomains"
        if settings.SECURE_HSTS_PRELOAD:
            value += "; preload"
        headers.append((b"strict-transport-security", value.encode()))
    return headers


def cached_comment_pages(app: ASGIApp) -> ASGIApp:
    """Wrap Django's ASGI `app` with the cached-page route."""

    async def asgi(scope: Scope, receive: Any, send: Any) -> None:
        started = time.perf_counter()
        body = cached_body(scope)
        if body is None:
            await app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": _headers(len(body), request_id, scope.get("scheme") == "https"),
            }
        )
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s 200",
                scope["method"],
                scope["path"],
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": 200,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "cached": True,
                },
            )

    return asgi
