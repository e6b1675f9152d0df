"""The bridge that serves Django's WSGI handler from the ASGI server, driven like uvicorn does."""

import asyncio
from collections.abc import Iterable, Iterator
from typing import Any

from masthead.core.wsgi_bridge import BUFFERED, WSGIBridge

Sent = list[dict[str, Any]]


def echo_app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    body = environ["wsgi.input"].read()
    start_response(
        "201 Created", [("Content-Type", "text/plain"), ("X-Path", environ["PATH_INFO"])]
    )
    return [
        environ["REQUEST_METHOD"].encode(),
        b"|",
        environ.get("QUERY_STRING", "").encode(),
        b"|",
        environ.get("HTTP_X_TWICE", "").encode(),
        b"|",
        environ.get("CONTENT_TYPE", "").encode(),
        b"|",
        environ["REMOTE_ADDR"].encode(),
        b"|",
        body,
    ]


class LongResponse:
    """A streaming response (like a file) that records whether it was closed."""

    closed = False

    def __init__(self, chunks: int) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            yield b"x" * 65536

    def close(self) -> None:
        LongResponse.closed = True


def run(app: Any, body_parts: list[bytes], *, max_body: int = 1 << 20, **scope: Any) -> Sent:
    bridge = WSGIBridge(app, threads=2, max_body=max_body)
    messages = [
        {"type": "http.request", "body": part, "more_body": i < len(body_parts) - 1}
        for i, part in enumerate(body_parts)
    ]
    sent: Sent = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    full_scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/grüße/",
        "query_string": b"a=1&b=2",
        "root_path": "",
        "headers": [
            (b"content-type", b"text/plain"),
            (b"x-twice", b"one"),
            (b"x-twice", b"two"),
        ],
        "client": ("203.0.113.9", 5000),
        "server": ("127.0.0.1", 8000),
        **scope,
    }
    asyncio.run(bridge(full_scope, receive, send))
    bridge.pool.shutdown()
    return sent


def test_it_passes_the_request_and_returns_a_short_response_in_one_message() -> None:
    sent = run(echo_app, [b"hello ", b"world"])
    start, body = sent
    assert start["status"] == 201
    assert (b"x-path", "/grüße/".encode().decode("latin-1").encode("latin-1")) in start["headers"]
    assert body == {
        "type": "http.response.body",
        "body": b"POST|a=1&b=2|one,two|text/plain|203.0.113.9|hello world",
    }


def test_it_refuses_a_body_over_the_limit_before_the_application_runs() -> None:
    called = []

    def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        called.append(True)
        return echo_app(environ, start_response)

    sent = run(app, [b"x" * 600, b"x" * 600], max_body=1000)
    assert sent[0]["status"] == 413
    assert called == []


def test_it_spools_a_large_upload_and_hands_all_of_it_over() -> None:
    parts = [bytes([65 + i % 26]) * 300_000 for i in range(5)]  # 1.5 MB, past the spool size
    sent = run(echo_app, parts, max_body=4 << 20)
    assert sent[1]["body"].endswith(b"".join(parts))


def test_it_streams_a_long_response_and_closes_it() -> None:
    LongResponse.closed = False

    def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", "application/octet-stream")])
        return LongResponse(chunks=10)

    sent = run(app, [b""], method="GET")
    bodies = [m for m in sent if m["type"] == "http.response.body"]
    assert len(bodies) > 2  # the first part, then chunk by chunk
    assert len(bodies[0]["body"]) > BUFFERED
    assert sum(len(m["body"]) for m in bodies) == 10 * 65536
    assert bodies[-1] == {"type": "http.response.body", "body": b""}
    assert LongResponse.closed


def test_a_client_that_leaves_before_sending_its_body_gets_nothing() -> None:
    bridge = WSGIBridge(echo_app, threads=1, max_body=1000)
    sent: Sent = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "path": "/",
        "query_string": b"",
        "headers": [],
    }
    asyncio.run(bridge(scope, receive, send))
    assert sent == []
