"""Benchmark: reading and posting discussions through the ASGI server, next to Isso 0.14.

`make bench` runs it. It builds a production-mode site under var/bench/site (SQLite,
`bench_seed`: threads of 10 to 100,000 comments in one database, `collectstatic`), serves it
with uvicorn (2 worker processes, one per core), and loads it with wrk on 127.0.0.1:
- the article page of each thread (server-rendered, first page of comments);
- the API page of each thread (`GET /api/v1/threads/<id>/comments`, 20 top-level comments with
  all their replies, the same page as Isso's `?limit=20`);
- posting comments through the API (guests, all checks on; rate limits multiplied so that
  one load generator is not refused).
Then it measures Isso 0.14 on threads of the same sizes (bench/isso.py) and writes the table
to bench/RESULTS.md. Numbers are reported, never asserted.

Environment: BENCH_DURATION (seconds per run, default 10), BENCH_SIZES (e.g. "10,1000").
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from isso import ISSO_VERSION, isso_read_benchmark
from wrk import WrkResult, ensure_wrk, post_lua, run_wrk

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "bench"
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10,100,1000,10000,100000").split(",")]
READ_CONNECTIONS = 64
POST_CONNECTIONS = 16
WORKERS = 2


def site_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASTHEAD_")}
    env.update(
        MASTHEAD_DEBUG="false",
        MASTHEAD_SECRET_KEY="bench-only-secret-key-" + "s" * 40,
        MASTHEAD_ALLOWED_HOSTS="127.0.0.1,localhost",
        MASTHEAD_BASE_URL=f"http://127.0.0.1:{port}",
        MASTHEAD_VAR_DIR=str(WORK / "site"),
        MASTHEAD_SECURE_SSL_REDIRECT="false",
        MASTHEAD_SECURE_COOKIES="false",
        MASTHEAD_LOG_LEVEL="warning",
        MASTHEAD_RATE_LIMIT_MULTIPLIER="1000000",
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, server: "subprocess.Popen[bytes]") -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("uvicorn exited during start-up") from None
            time.sleep(0.3)
    raise RuntimeError("uvicorn did not answer within 60 s")


def settle() -> None:
    """Let the server finish requests a previous run left queued, so runs do not overlap."""
    time.sleep(3)


def row(result: WrkResult) -> str:
    return f"{result.requests_per_s:,.0f} | {result.p50_ms:.1f} | {result.p99_ms:.1f}"


def main() -> None:
    ensure_wrk()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = site_env(port)
    (WORK / "site").mkdir(parents=True, exist_ok=True)
    print("== preparing the site (migrate, bench_seed, collectstatic)", flush=True)
    manage(env, "migrate", "--no-input", "-v0")
    seeded = manage(env, "bench_seed", *map(str, SIZES))
    manage(env, "collectstatic", "--no-input", "-v0")
    threads: dict[int, tuple[str, str]] = {}
    for line in seeded.splitlines():
        match = re.search(r"^\s*([\d,]+) comments\s+page (\S+)\s+api (\S+)", line)
        if match:
            threads[int(match.group(1).replace(",", ""))] = (match.group(2), match.group(3))

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "masthead.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
            "--no-access-log",
            "--lifespan",
            "off",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pages: dict[int, WrkResult] = {}
    apis: dict[int, WrkResult] = {}
    try:
        wait_until_up(base, server)
        for size in SIZES:
            page_url, api_path = threads[size]
            run_wrk(base + page_url, connections=8, duration_s=1)  # warm caches and renditions
            settle()
            pages[size] = run_wrk(
                base + page_url, connections=READ_CONNECTIONS, duration_s=DURATION
            )
            settle()
            apis[size] = run_wrk(base + api_path, connections=READ_CONNECTIONS, duration_s=DURATION)
            print(
                f"masthead {size:>7,}: page {row(pages[size])} | api {row(apis[size])}", flush=True
            )
        settle()
        body = json.dumps(
            {"body": "A benchmark comment, **posted** under load.", "author_name": "Bench"}
        )
        script = post_lua(body, "application/json", {})
        post_url = base + threads[SIZES[min(1, len(SIZES) - 1)]][1]
        run_wrk(post_url, connections=2, duration_s=2, lua_script=script)  # warm every worker
        settle()
        posting = run_wrk(
            post_url,
            connections=POST_CONNECTIONS,
            duration_s=DURATION,
            lua_script=script,
        )
        print(f"masthead posting: {row(posting)} errors {posting.errors}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"== Isso {ISSO_VERSION}", flush=True)
    isso = isso_read_benchmark(
        SIZES, connections=READ_CONNECTIONS, duration_s=DURATION, workdir=WORK / "isso"
    )
    write_results(pages, apis, posting, isso)


def write_results(
    pages: dict[int, WrkResult],
    apis: dict[int, WrkResult],
    posting: WrkResult,
    isso: dict[int, WrkResult],
) -> None:
    lines = [
        "# Discussion benchmark results",
        "",
        f"Written by `make bench` (bench/threads.py) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        f"2-core machine, SQLite, uvicorn with {WORKERS} workers; Isso {ISSO_VERSION} under",
        f"gunicorn with 2 workers. wrk on 127.0.0.1, {DURATION} s per run,",
        f"{READ_CONNECTIONS} connections for reads, {POST_CONNECTIONS} for posting.",
        "All threads live in one database per system.",
        "",
        "Reading the first page of a thread (20 top-level comments with all their replies):",
        "",
        "| comments | page req/s | page p50 ms | page p99 ms | API req/s | API p50 ms | API p99 ms "
        "| Isso req/s | Isso p50 ms | Isso p99 ms | API / Isso |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in SIZES:
        ratio = apis[size].requests_per_s / max(isso[size].requests_per_s, 0.001)
        lines.append(
            f"| {size:,} | {row(pages[size])} | {row(apis[size])} | {row(isso[size])} "
            f"| {ratio:,.1f}x |"
        )
    small, big = min(SIZES), max(SIZES)
    if 100 in apis and big != 100:
        cost = apis[100].requests_per_s / max(apis[big].requests_per_s, 0.001)
        lines += [
            "",
            f"Cost of an API page of the {big:,}-comment thread relative to the "
            f"100-comment thread: {cost:.2f}x (requests/s of the small over the big).",
        ]
    lines += [
        "",
        f"Posting a comment through the API ({POST_CONNECTIONS} connections, guests, every check "
        f"on): {posting.requests_per_s:,.0f} req/s, p50 {posting.p50_ms:.1f} ms, "
        f"p99 {posting.p99_ms:.1f} ms, {posting.errors} errors.",
        "",
        "Errors in the read runs: "
        + ", ".join(f"{s:,}: {pages[s].errors}/{apis[s].errors}/{isso[s].errors}" for s in SIZES)
        + f" (page/API/Isso; smallest thread {small:,}).",
        "",
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
