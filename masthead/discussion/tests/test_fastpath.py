"""The cached-page route in front of Django: same bytes as the API view, or no answer at all."""

import asyncio
from typing import Any

import pytest
from django.test import Client

from masthead.discussion.fastpath import cached_comment_pages
from masthead.testing.discussion import build_thread, post

pytestmark = pytest.mark.django_db


def call(path: str, query: str = "", host: bytes = b"localhost", method: str = "GET") -> Any:
    """Run one request through the route with an inner app that records fall-throughs."""
    sent: list[dict[str, Any]] = []
    fell_through: list[str] = []

    async def django(scope: dict[str, Any], receive: Any, send: Any) -> None:
        fell_through.append(scope["path"])

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query.encode(),
        "headers": [(b"host", host)],
        "scheme": "http",
    }

    async def run() -> None:
        await cached_comment_pages(django)(scope, receive, send)

    asyncio.run(run())
    return sent, fell_through


def test_a_cached_page_is_served_without_django_with_the_same_body(client: Client) -> None:
    thread = build_thread()
    post(thread, "Hello")
    url = f"/api/v1/threads/{thread.pk}/comments"
    from_django = client.get(url, {"sort": "oldest"}).content  # fills the cache
    sent, fell_through = call(url, "sort=oldest")
    assert fell_through == []
    start, body = sent
    headers = dict(start["headers"])
    assert start["status"] == 200
    assert headers[b"content-type"] == b"application/json"
    assert headers[b"x-content-type-options"] == b"nosniff"
    assert body["body"] == from_django


@pytest.mark.parametrize(
    ("query", "host"),
    [
        ("sort=newest", b"localhost"),  # nothing cached for this sort yet
        ("sort=bogus", b"localhost"),  # Django answers 422
        ("sort=oldest&limit=5", b"localhost"),  # parameters the route does not know
        ("sort=oldest", b"evil.example"),  # Django answers 400 for hosts not allowed
    ],
)
def test_everything_else_goes_to_django(client: Client, query: str, host: bytes) -> None:
    thread = build_thread()
    url = f"/api/v1/threads/{thread.pk}/comments"
    client.get(url, {"sort": "oldest"})
    sent, fell_through = call(url, query, host=host)
    assert fell_through == [url] and sent == []


def test_other_paths_and_methods_go_to_django() -> None:
    assert call("/api/v1/articles")[1] == ["/api/v1/articles"]
    assert call("/api/v1/threads/1/comments", method="POST")[1] == ["/api/v1/threads/1/comments"]
