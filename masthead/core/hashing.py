"""Keyed hashes of IP addresses: enough to rate-limit and spot repeats, never the address."""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone


def ip_hash(ip: str) -> str:
    """Return a keyed hash of `ip` that changes every day (UTC).

    The key comes from SECRET_KEY and the date, so a stored hash cannot be reversed by trying
    all four billion addresses, and yesterday's hashes cannot be linked to today's.
    """
    day = timezone.now().date().isoformat()
    key = hmac.new(settings.SECRET_KEY.encode(), f"ip-hash:{day}".encode(), hashlib.sha256)
    return hmac.new(key.digest(), ip.encode(), hashlib.sha256).hexdigest()


def client_ip(request: HttpRequest) -> str:
    """Return the client's address as the server saw it.

    Behind a reverse proxy, configure it to set REMOTE_ADDR (uvicorn --proxy-headers with
    --forwarded-allow-ips); an X-Forwarded-For header is never trusted here.
    """
    return str(request.META.get("REMOTE_ADDR") or "0.0.0.0")  # noqa: S104


def request_ip_hash(request: HttpRequest) -> str:
    return ip_hash(client_ip(request))
