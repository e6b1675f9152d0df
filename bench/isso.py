"""Benchmark: reading comment threads of several sizes from Isso 0.14, for comparison.

Isso (https://isso-comments.de, PyPI `isso`) is a lightweight comment server: Python,
Werkzeug, SQLite. `isso_read_benchmark()` installs it into a venv of its own under `workdir`
(never the project's venv), seeds one thread per size straight into its SQLite database, serves
it with gunicorn and loads each thread's read endpoint with wrk on 127.0.0.1.

What is measured: `GET /?uri=<thread>&limit=20`, Isso's comment list endpoint. Isso 0.14 pages
top-level comments with `limit` (and `offset`) and caps replies per top-level comment with
`nested_limit`; omitting `nested_limit` returns every reply. So each request returns the first
20 top-level comments (oldest first, Isso's default sort) with all of their replies: the page
Masthead serves. Replies are one level deep, as Isso stores them (a reply to a reply is filed
under its top-level comment). Isso renders each comment's Markdown to HTML on every request (no
`plain=1`), as its embed script asks for it. Isso's own client asks for all top-level comments
and 5 replies each by default; we do not use those defaults.

All threads live in one database, as on a real site. Isso 0.14 has no index on
`comments.tid` or `comments.parent`, so every read scans the whole comments table (once for
the reply counts, once for the top-level page, once per top-level comment for its replies): the
cost of reading any thread grows with the total seeded, the sum of `sizes`. With sizes
[10, 100, 1000] (1,110 comments) the 10-comment thread served ~80 requests/s here; with
100,000 more comments in the database, ~9.

Server: gunicorn, 2 sync workers (one process per core of the 2-core machine: Isso is
CPU-bound Python, so more processes than cores only add context switches, and threads would
share one GIL), `--preload` so both workers fork from one loaded app. wrk runs on the same two
cores, so the numbers are lower than on a dedicated server, as they are for Masthead.

Run alone: `cd /work/main && .venv/bin/python bench/isso.py`.
"""

import hashlib
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from wrk import WrkResult, run_wrk

ISSO_VERSION = "0.14.0"
GUNICORN_VERSION = "27.0.1"
WORKERS = 2  # one per core of the 2-core benchmark machine
PAGE_LIMIT = 20  # top-level comments per page, as Masthead serves them
STARTUP_TIMEOUT_S = 60


def isso_read_benchmark(
    sizes: list[int], *, connections: int = 64, duration_s: int = 10, workdir: Path
) -> dict[int, WrkResult]:
    """Serve threads of `sizes` comments from Isso and measure reading each with wrk.

    Each size gets one thread in a single Isso database (all threads share the comments table,
    as on a real site, and Isso scans all of it on every read: see the module docstring). Each
    wrk run loads `GET /?uri=<thread>&limit=20`: the first 20 top-level comments with all their
    replies. Percentiles cover only the requests that finished within `duration_s`; when the
    server completes fewer requests than `connections` in that time, the slowest are missing.
    The server is stopped at the end, also on error. Runs again reuse the venv in `workdir`
    and start from a new database.
    """
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    venv = install_isso(workdir / "venv")
    port = _free_port()
    db_path = workdir / "isso.db"
    for stale in (db_path, db_path.with_name(db_path.name + "-journal")):
        stale.unlink(missing_ok=True)
    config = _write_config(workdir / "isso.cfg", db_path=db_path, port=port)
    _run([str(venv / "bin" / "python"), "-I", "-c", _CREATE_SCHEMA, str(config)])
    started = time.perf_counter()
    uris = seed_threads(db_path, sorted(set(sizes)))
    print(
        f"seeded {sum(uris)} comments in {len(uris)} threads"
        f" in {time.perf_counter() - started:.1f} s"
    )

    base = f"http://127.0.0.1:{port}"
    log_path = workdir / "gunicorn.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [
                str(venv / "bin" / "gunicorn"),
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{port}",
                "--preload",
                "--log-level",
                "warning",
                "isso.run",
            ],
            cwd=workdir,
            env={**_clean_env(), "ISSO_SETTINGS": str(config)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(f"{base}/info", server, log_path)
        results: dict[int, WrkResult] = {}
        for size, uri in uris.items():
            url = f"{base}/?uri={quote(uri, safe='/')}&limit={PAGE_LIMIT}"
            _describe_page(size, url)
            results[size] = run_wrk(url, connections=connections, duration_s=duration_s)
        return results
    finally:
        _stop(server)


def install_isso(venv: Path) -> Path:
    """Create `venv` with Isso and gunicorn at the pinned versions (kept if already there).

    Isso 0.14 installs on Python 3.11 from PyPI with its declared dependencies (Werkzeug 3,
    Jinja2, itsdangerous, misaka, mistune 3, bleach, html5lib, setuptools); misaka needs cffi,
    which pip brings. The import check below fails loudly if that ever stops being true.
    """
    python = venv / "bin" / "python"
    wanted = f"{ISSO_VERSION} {GUNICORN_VERSION}"
    if not python.exists():
        _run([sys.executable, "-I", "-m", "venv", str(venv)])
    if _output([str(python), "-I", "-c", _VERSIONS], check=False).strip() != wanted:
        print(f"installing isso=={ISSO_VERSION} gunicorn=={GUNICORN_VERSION} into {venv}")
        _run(
            [
                str(python),
                "-I",
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"isso=={ISSO_VERSION}",
                f"gunicorn=={GUNICORN_VERSION}",
            ]
        )
    versions = _output([str(python), "-I", "-c", _IMPORT_CHECK]).strip()
    if versions != wanted:
        raise RuntimeError(f"{venv} has isso and gunicorn {versions}, not {wanted}")
    return venv


def seed_threads(db_path: Path, sizes: list[int], *, seed: int = 2026) -> dict[int, str]:
    """Insert one thread of each size into an Isso database; return {size: thread uri}.

    Realistic comments: 100-600 characters of Markdown text, a few hundred recurring
    commenters (most with an email, some with a website), about a third of comments replying
    to an earlier comment (filed under that comment's top-level ancestor, as Isso does), likes
    and dislikes on a long-tailed spread, all approved (mode 1). Bulk executemany in one
    transaction: 100,000 comments take a few seconds.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    commenters = _commenters(rng, 400)
    uris: dict[int, str] = {}
    con = sqlite3.connect(db_path)
    try:
        with con:
            next_id = con.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM comments").fetchone()[0]
            for size in sizes:
                uri = f"/bench/thread-{size}/"
                cursor = con.execute(
                    "INSERT INTO threads (uri, title) VALUES (?, ?)",
                    (uri, f"A story with {size} comments"),
                )
                tid = cursor.lastrowid
                created = time.time() - 30 * 86400
                roots: list[int] = []  # the top-level ancestor of each comment so far
                rows = []
                for comment_id in range(next_id, next_id + size):
                    parent = None
                    if roots and rng.random() < 1 / 3:
                        parent = roots[rng.randrange(len(roots))]
                    roots.append(parent or comment_id)
                    created += rng.uniform(5, 900)
                    modified = created + rng.uniform(30, 600) if rng.random() < 0.05 else None
                    author, email, website, remote_addr, voters = rng.choice(commenters)
                    rows.append(
                        (
                            tid,
                            comment_id,
                            parent,
                            created,
                            modified,
                            1,  # mode: approved
                            remote_addr,
                            _comment_text(rng),
                            author,
                            email,
                            website,
                            min(int(rng.paretovariate(1.2)) - 1, 120),
                            min(int(rng.paretovariate(2.5)) - 1, 20),
                            voters,
                            0,  # no reply notifications
                        )
                    )
                con.executemany(
                    "INSERT INTO comments (tid, id, parent, created, modified, mode, remote_addr,"
                    " text, author, email, website, likes, dislikes, voters, notification)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                next_id += size
                uris[size] = uri
    finally:
        con.close()
    return uris


# Run in Isso's venv with `python -I`, so that this file (bench/isso.py) never shadows the real
# `isso` package from the working directory. Creates the database with Isso's own schema code
# (tables, trigger, session key, schema version), as its first start would.
_CREATE_SCHEMA = """
import sys
from isso import config, db
conf = config.load(config.default_file(), sys.argv[1])
db.SQLite3(conf.get("general", "dbpath"), conf)
"""
_VERSIONS = """
from importlib.metadata import version
print(version("isso"), version("gunicorn"))
"""
_IMPORT_CHECK = """
import gunicorn.app.wsgiapp, isso, isso.db, isso.views.comments
from isso import make_app
print(isso.__version__, gunicorn.__version__)
"""

_CONFIG = """\
[general]
dbpath = {db_path}
host = http://127.0.0.1:{port}/
max-age = 15m
notify = stdout
reply-notifications = false
gravatar = false
latest-enabled = false

[admin]
enabled = false

[moderation]
enabled = false

[server]
listen = http://127.0.0.1:{port}/
public-endpoint = http://127.0.0.1:{port}
reload = false
profile = false

[guard]
enabled = false
ratelimit = 1000000
direct-reply = 1000000
reply-to-self = true
require-author = false
require-email = false

[markup]
renderer = mistune
"""


def _write_config(path: Path, *, db_path: Path, port: int) -> Path:
    """Moderation off, guard (rate limits) off and raised; the SQLite db under workdir."""
    path.write_text(_CONFIG.format(db_path=db_path, port=port), encoding="utf-8")
    return path


_NAMES = (
    "Ana Ben Chloé Dev Elif Femi Grace Hamid Ines Jonas Kofi Lena Mateo Nora Omar Priya",
    "Adeyemi Berg Costa Dubois Evans Fischer García Haddad Ivanova Jensen Kowalski Li",
)
_FIRST, _LAST = (names.split() for names in _NAMES)
_VOCABULARY = (
    "the council budget harbour ferry school library rent housing plan vote street market "
    "report mayor bridge flood river station bus night shift nurses teachers data source "
    "really think agree disagree point article reporter numbers last year same thing again "
    "why would anyone pay more for less when the old route worked fine until the cuts began "
    "honestly this is the first clear explanation I have read and it matches what we saw"
)
_WORDS = _VOCABULARY.split()


def _commenters(
    rng: random.Random, count: int
) -> list[tuple[str, str | None, str | None, str, bytes]]:
    """(author, email, website, anonymised address, voters bloom filter) for `count` people."""
    people = []
    for number in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        email = (
            f"{first.lower()}.{last.lower()}{number}@example.org" if rng.random() < 0.7 else None
        )
        website = f"https://{last.lower()}{number}.example.net/" if rng.random() < 0.15 else None
        address = f"198.{18 + number // 256 % 2}.{number % 256}.0"  # anonymised to /24 like Isso
        people.append((f"{first} {last}", email, website, address, _bloom(address)))
    return people


def _bloom(key: str) -> bytes:
    """Isso's 256-byte voters Bloom filter holding `key` (what Isso stores on a new comment)."""
    array = bytearray(256)
    probes = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    for _ in range(11):
        bit = probes & (len(array) * 8 - 1)
        array[bit // 8] |= 1 << (bit % 8)
        probes >>= 11
    return bytes(array)


def _comment_text(rng: random.Random) -> str:
    """100-600 characters of Markdown: sentences, sometimes emphasis, a link, two paragraphs."""
    target = rng.randint(100, 600)
    text = ""
    while len(text) < target:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 18))]
        flourish = rng.random()
        if flourish < 0.08:
            words[-1] = f"*{words[-1]}*"
        elif flourish < 0.12:
            words[0] = f"**{words[0]}**"
        elif flourish < 0.15:
            words.append(f"([source](https://example.org/{rng.randint(1, 9999)}))")
        sentence = " ".join(words) + rng.choice(".....?!")
        sentence = sentence[0].upper() + sentence[1:]
        separator = "" if not text else ("\n\n" if rng.random() < 0.15 else " ")
        if len(text) + len(separator) + len(sentence) > 600 and len(text) >= 100:
            break
        text += separator + sentence
    return text


def _describe_page(size: int, url: str) -> None:
    """Fetch the page once (also a warm-up) and say what it returns."""
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - 127.0.0.1 only
        body = response.read()
    page = json.loads(body)
    top = page["replies"]
    nested = sum(len(comment["replies"]) for comment in top)
    print(
        f"thread of {size}: page has {len(top)} top-level + {nested} replies"
        f" ({len(body) / 1024:.0f} KiB); {page['hidden_replies']} top-level not on it"
    )


def _wait_until_up(url: str, server: "subprocess.Popen[bytes]", log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"Isso exited with {server.returncode} at startup:\n{_tail(log_path)}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - 127.0.0.1
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"Isso did not answer {url} in {STARTUP_TIMEOUT_S} s:\n{_tail(log_path)}")


def _stop(server: "subprocess.Popen[bytes]") -> None:
    """Stop gunicorn by its PID: SIGTERM (its workers exit with it), SIGKILL if it lingers."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _clean_env() -> dict[str, str]:
    """This environment without the project venv's variables, so Isso's venv is used alone."""
    return {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }


def _run(command: list[str]) -> None:
    _output(command)


def _output(command: list[str], *, check: bool = True) -> str:
    done = subprocess.run(
        command, env=_clean_env(), capture_output=True, text=True, timeout=900, check=False
    )
    if check and done.returncode != 0:
        raise RuntimeError(
            f"`{' '.join(command)}` exited {done.returncode}:\n{done.stderr[-3000:]}{done.stdout}"
        )
    return done.stdout


def _tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def main() -> None:
    workdir = Path(tempfile.gettempdir()) / "masthead-bench-isso"  # venv kept between runs
    sizes = [10, 100, 1000]
    connections, duration_s = 64, 5
    results = isso_read_benchmark(
        sizes, connections=connections, duration_s=duration_s, workdir=workdir
    )
    print(
        f"\nIsso {ISSO_VERSION}, gunicorn {WORKERS} sync workers, GET /?uri=…&limit={PAGE_LIMIT},"
        f" {connections} connections, {duration_s} s each"
    )
    print(f"{'comments':>9} {'req/s':>9} {'p50 ms':>9} {'p90 ms':>9} {'p99 ms':>9} {'errors':>7}")
    for size, result in results.items():
        print(
            f"{size:>9} {result.requests_per_s:>9.1f} {result.p50_ms:>9.1f}"
            f" {result.p90_ms:>9.1f} {result.p99_ms:>9.1f} {result.errors:>7}"
        )


if __name__ == "__main__":
    main()
