"""Run the `wrk` HTTP load generator and parse what it reports.

`ensure_wrk()` finds the binary (installing Debian's `wrk` package if it is missing),
`run_wrk()` runs one load against a URL and returns a `WrkResult`, and `post_lua()` writes the
Lua script that turns wrk's default GET into a POST with a body and headers.

Point it only at servers on this machine (127.0.0.1): every run is bounded by `duration_s`.
"""

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

__all__ = ["WrkResult", "ensure_wrk", "parse_wrk_output", "post_lua", "run_wrk"]


@dataclass(frozen=True)
class WrkResult:
    url: str
    connections: int
    duration_s: float  # as measured by wrk, not as requested
    requests_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    errors: int  # non-2xx/3xx responses + socket errors (connect, read, write, timeout)


_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_NUMBER = r"(\d+(?:\.\d+)?)"
_TIME = _NUMBER + r"(us|ms|s|m|h)\b"


def _to_ms(value: str, unit: str) -> float:
    return float(value) * _TIME_UNITS_MS[unit]


def ensure_wrk() -> str:
    """Return the wrk binary path, installing Debian's `wrk` package with apt-get if missing.

    Runs `apt-get update` first. Raises RuntimeError with a clear message if that fails.
    """
    found = shutil.which("wrk")
    if found:
        return found
    apt_get = shutil.which("apt-get")
    if apt_get is None:
        raise RuntimeError("wrk is not installed and apt-get is not available to install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        [apt_get, "update"],
        [apt_get, "install", "-y", "--no-install-recommends", "wrk"],
    ):
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=600, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise RuntimeError(
                f"could not install wrk: `{' '.join(command)}` failed: {error}"
            ) from error
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip()[-2000:]
            raise RuntimeError(
                f"could not install wrk: `{' '.join(command)}` exited {done.returncode}"
                f" (are you root?):\n{tail}"
            )
    found = shutil.which("wrk")
    if found is None:
        raise RuntimeError("apt-get installed the `wrk` package but no `wrk` binary is on PATH")
    return found


def parse_wrk_output(
    output: str, *, url: str, connections: int, duration_s: float | None = None
) -> WrkResult:
    """Parse the text `wrk --latency` prints into a WrkResult.

    Raises ValueError if the output lacks the request rate or the latency distribution.
    """
    rate = re.search(r"^Requests/sec:\s*" + _NUMBER, output, re.MULTILINE)
    if rate is None:
        raise ValueError(f"no 'Requests/sec:' line in wrk output:\n{output}")
    percentiles: dict[int, float] = {}
    distribution = output.split("Latency Distribution", 1)
    if len(distribution) == 2:
        for match in re.finditer(r"^\s*(\d+)%\s+" + _TIME, distribution[1], re.MULTILINE):
            percentiles[int(match.group(1))] = _to_ms(match.group(2), match.group(3))
    missing = {50, 90, 99} - percentiles.keys()
    if missing:
        raise ValueError(
            f"no {sorted(missing)} percentiles in wrk output (run with --latency):\n{output}"
        )

    measured = re.search(r"^\s*\d+ requests in " + _TIME, output, re.MULTILINE)
    if measured is not None:
        duration_s = _to_ms(measured.group(1), measured.group(2)) / 1000.0
    if duration_s is None:
        raise ValueError(f"no 'N requests in T' line in wrk output:\n{output}")

    errors = 0
    non_2xx = re.search(r"^\s*Non-2xx or 3xx responses:\s*(\d+)", output, re.MULTILINE)
    if non_2xx is not None:
        errors += int(non_2xx.group(1))
    socket = re.search(r"^\s*Socket errors:(.*)$", output, re.MULTILINE)
    if socket is not None:
        errors += sum(int(count) for count in re.findall(r"[a-z]+ (\d+)", socket.group(1)))

    return WrkResult(
        url=url,
        connections=connections,
        duration_s=duration_s,
        requests_per_s=float(rate.group(1)),
        p50_ms=percentiles[50],
        p90_ms=percentiles[90],
        p99_ms=percentiles[99],
        errors=errors,
    )


def run_wrk(
    url: str,
    *,
    connections: int,
    duration_s: int = 10,
    threads: int = 2,
    lua_script: str | None = None,
    timeout_s: int = 10,
) -> WrkResult:
    """Run `wrk --latency` against `url` and parse its output.

    `lua_script` is passed as `wrk -s` (see `post_lua`). `timeout_s` is wrk's per-request
    timeout: a request slower than that counts as a socket timeout error and is left out of
    the latency percentiles (wrk's own default is 2 s, which would hide a slow server's tail).
    wrk needs at least one connection per thread, so `threads` is capped at `connections`.
    """
    if connections < 1 or duration_s < 1 or threads < 1:
        raise ValueError("connections, duration_s and threads must be at least 1")
    command = [
        ensure_wrk(),
        "--latency",
        "--threads",
        str(min(threads, connections)),
        "--connections",
        str(connections),
        "--duration",
        f"{duration_s}s",
        "--timeout",
        f"{timeout_s}s",
    ]
    if lua_script is not None:
        command += ["--script", lua_script]
    command.append(url)
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=duration_s + timeout_s + 60,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"wrk did not finish: {' '.join(command)}") from error
    if done.returncode != 0:
        raise RuntimeError(
            f"wrk exited {done.returncode}: {' '.join(command)}\n{done.stderr}{done.stdout}"
        )
    return parse_wrk_output(done.stdout, url=url, connections=connections, duration_s=duration_s)


def _lua_string(value: str) -> str:
    """Quote `value` as a Lua string literal, escaping every byte that is not plain ASCII."""
    parts = []
    for byte in value.encode("utf-8"):
        char = chr(byte)
        if 0x20 <= byte < 0x7F and char not in '"\\':
            parts.append(char)
        else:
            parts.append(f"\\{byte:03d}")  # Lua's decimal escape, one byte each
    return '"' + "".join(parts) + '"'


def post_lua(body: str, content_type: str, headers: dict[str, str]) -> str:
    """Write a temporary wrk Lua script that sends POSTs with `body`; return its path.

    `content_type` sets the Content-Type header; `headers` adds or overrides others. The caller
    deletes the file when done with it.
    """
    lines = ['wrk.method = "POST"', f"wrk.body = {_lua_string(body)}"]
    for name, value in {"Content-Type": content_type, **headers}.items():
        lines.append(f"wrk.headers[{_lua_string(name)}] = {_lua_string(value)}")
    handle, path = tempfile.mkstemp(prefix="wrk-post-", suffix=".lua")
    with os.fdopen(handle, "w", encoding="ascii") as script:
        script.write("\n".join(lines) + "\n")
    return path
