"""Fixed-window rate limits in the cache (local memory on one process, Redis when scaled out)."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    """At most `count` hits per `seconds` for one key."""

    count: int
    seconds: int


class RateLimited(Exception):
    """Raised when a limit is exceeded; `retry_after` is in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many requests; try again in {retry_after} seconds.")
        self.retry_after = retry_after


def rate_limit_hit(scope: str, key: str, limit: Limit) -> None:
    """Count one hit of `key` in `scope`; raise RateLimited once the window's quota is spent.

    `cache.add` then `cache.incr` are atomic in Redis and in the local-memory cache, so
    concurrent requests cannot both slip under the limit.
    """
    window = int(time.time()) // limit.seconds
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    if cache.add(cache_key, 1, timeout=limit.seconds + 1):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr: this hit starts a new window
            cache.add(cache_key, 1, timeout=limit.seconds + 1)
            count = 1
    if count > limit.count * settings.RATE_LIMIT_MULTIPLIER:
        raise RateLimited(retry_after=limit.seconds - int(time.time()) % limit.seconds)
