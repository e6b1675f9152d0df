"""Builders for discussion tests: readers and comments made through the services."""

import itertools
import secrets

from django.contrib.auth.models import User

from masthead.core.hashing import ip_hash
from masthead.discussion import services
from masthead.discussion.identity import Reader
from masthead.discussion.models import Comment, Thread
from masthead.testing.builders import build_article

_counter = itertools.count(1)


def guest(ip: str | None = None) -> Reader:
    n = next(_counter)
    return Reader(
        user=None,
        guest_key=secrets.token_hex(16),
        ip_hash=ip_hash(ip or f"10.0.{n // 250}.{n % 250}"),
    )


def member(name: str = "Mina Member", *, staff: bool = False) -> Reader:
    n = next(_counter)
    user = User.objects.create_user(
        username=f"reader{n}@example.org",
        email=f"reader{n}@example.org",
        password="pw-reader-1",
        first_name=name,
        is_staff=staff,
    )
    return Reader(user=user, guest_key="", ip_hash=ip_hash(f"10.1.{n // 250}.{n % 250}"))


def build_thread() -> Thread:
    return services.thread_for_page(build_article())


def post(
    thread: Thread,
    body: str = "A thoughtful remark.",
    *,
    parent: Comment | None = None,
    reader: Reader | None = None,
    name: str = "Jim",
) -> Comment:
    return services.comment_post(
        thread=thread, reader=reader or guest(), body=body, parent=parent, author_name=name
    )
