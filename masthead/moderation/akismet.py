"""Akismet's spam opinion, behind a small interface. Off unless the site turns it on and sets
`MASTHEAD_AKISMET_KEY`; tests point `MASTHEAD_AKISMET_URL` at a local fake server."""

import logging
import urllib.error
import urllib.parse
import urllib.request
from typing import Protocol

from django.conf import settings

logger = logging.getLogger("masthead.moderation")
TIMEOUT_SECONDS = 2.0


class SpamOpinion(Protocol):
    def is_spam(self, *, text: str, author: str, email: str, user_agent: str) -> bool: ...


class AkismetClient:
    """Akismet's comment-check call (https://akismet.com/developers/comment-check/)."""

    def __init__(self, *, key: str, site_url: str, api_url: str) -> None:
        self.key = key
        self.site_url = site_url
        self.api_url = api_url.rstrip("/")

    def is_spam(self, *, text: str, author: str, email: str, user_agent: str) -> bool:
        """Return Akismet's verdict; False (and a log line) when it cannot be reached."""
        data = urllib.parse.urlencode(
            {
                "api_key": self.key,
                "blog": self.site_url,
                "user_ip": "",  # never sent: only a hash of it is stored
                "user_agent": user_agent,
                "comment_type": "comment",
                "comment_author": author,
                "comment_author_email": email,
                "comment_content": text,
            }
        ).encode()
        request = urllib.request.Request(  # noqa: S310 - the configured https URL
            f"{self.api_url}/1.1/comment-check", data=data, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                answer = response.read(64).decode("ascii", "replace").strip()
        except (OSError, urllib.error.URLError) as exc:
            logger.warning("akismet unreachable: %s", exc)
            return False
        if answer not in ("true", "false"):
            logger.warning("akismet answered %r", answer)
        return bool(answer == "true")


def client() -> SpamOpinion:
    """Return the configured client."""
    return AkismetClient(
        key=settings.AKISMET_KEY, site_url=settings.BASE_URL, api_url=settings.AKISMET_URL
    )
