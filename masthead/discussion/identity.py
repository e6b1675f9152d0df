"""Who is acting: an account holder or a guest known by a signed cookie, plus a hashed IP."""

import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core import signing
from django.http import HttpRequest, HttpResponseBase

from masthead.core.hashing import request_ip_hash

GUEST_COOKIE = "masthead_guest"
GUEST_COOKIE_SALT = "masthead.discussion.guest"
GUEST_COOKIE_AGE = 60 * 60 * 24 * 365
EDIT_TOKEN_SALT = "masthead.discussion.edit-token"  # noqa: S105 - a salt, not a secret


@dataclass(frozen=True)
class Reader:
    """The person behind a request. `guest_key` is empty until a guest first writes."""

    user: User | None
    guest_key: str
    ip_hash: str

    @property
    def is_authenticated(self) -> bool:
        return self.user is not None

    @property
    def is_staff(self) -> bool:
        return bool(self.user is not None and getattr(self.user, "is_staff", False))

    @property
    def voter_key(self) -> str:
        if self.user is not None:
            return f"u:{self.user.pk}"
        return f"g:{self.guest_key}" if self.guest_key else ""

    def owns(self, comment: Any) -> bool:
        if self.user is not None:
            return bool(comment.user_id == self.user.pk)
        return bool(self.guest_key) and comment.guest_key == self.guest_key


def reader_from_request(request: HttpRequest, *, create_guest: bool = False) -> Reader:
    """Return the reader making `request`; with `create_guest`, give a new guest a key (the
    caller must then `remember_guest` on its response)."""
    user: User | AnonymousUser = request.user
    if isinstance(user, User):
        return Reader(user=user, guest_key="", ip_hash=request_ip_hash(request))
    guest_key = request.get_signed_cookie(GUEST_COOKIE, default="", salt=GUEST_COOKIE_SALT)
    if not guest_key and create_guest:
        guest_key = secrets.token_hex(16)
    return Reader(user=None, guest_key=str(guest_key), ip_hash=request_ip_hash(request))


def remember_guest(response: HttpResponseBase, reader: Reader) -> None:
    """Set the guest's signed cookie on `response` (nothing for account holders)."""
    if reader.user is None and reader.guest_key:
        response.set_signed_cookie(
            GUEST_COOKIE,
            reader.guest_key,
            salt=GUEST_COOKIE_SALT,
            max_age=GUEST_COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )


def edit_token(comment_id: int, guest_key: str) -> str:
    """Return a signed token letting a guest edit or remove one comment (API clients)."""
    return signing.dumps({"c": comment_id, "g": guest_key}, salt=EDIT_TOKEN_SALT)


def reader_from_edit_token(token: str, comment_id: int, ip_hash: str, max_age: int) -> Reader:
    """Return the guest a token speaks for, or an anonymous reader when it is invalid, for
    another comment or older than `max_age` seconds."""
    try:
        data = signing.loads(token, salt=EDIT_TOKEN_SALT, max_age=max_age)
    except signing.BadSignature:
        return Reader(user=None, guest_key="", ip_hash=ip_hash)
    if not isinstance(data, dict) or data.get("c") != comment_id:
        return Reader(user=None, guest_key="", ip_hash=ip_hash)
    return Reader(user=None, guest_key=str(data.get("g", "")), ip_hash=ip_hash)
