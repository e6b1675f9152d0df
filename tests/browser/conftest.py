"""A real Masthead for the browser: demo content on a fresh SQLite file, static files collected
as in production, uvicorn on a free loopback port, and Debian's Chromium driven by Playwright."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from masthead.testing.funding import FakeStripe, fake_stripe_server

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = "/usr/bin/chromium"
BROWSER_WEBHOOK_SECRET = "whsec_browser_tests_only"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"


@dataclass(frozen=True)
class LiveSite:
    url: str
    var: Path
    stripe: FakeStripe
    env: dict[str, str]

    def admin_password(self) -> str:
        return (self.var / "demo-admin-password.txt").read_text().strip()


@pytest.fixture(scope="session")
def live_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSite]:
    """Serve the demo newsroom in production mode, paying through a fake Stripe on loopback."""
    with fake_stripe_server() as stripe:
        yield from _serve(tmp_path_factory, stripe)


def _serve(tmp_path_factory: pytest.TempPathFactory, stripe: FakeStripe) -> Iterator[LiveSite]:
    var = tmp_path_factory.mktemp("browser-var")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASTHEAD_")}
    env.update(
        MASTHEAD_DEBUG="false",
        MASTHEAD_SECRET_KEY="browser-test-secret-key-" + "b" * 40,
        MASTHEAD_ALLOWED_HOSTS="127.0.0.1,localhost",
        MASTHEAD_BASE_URL=base_url,
        MASTHEAD_VAR_DIR=str(var),
        MASTHEAD_SECURE_SSL_REDIRECT="false",
        MASTHEAD_SECURE_COOKIES="false",
        MASTHEAD_HSTS_SECONDS="0",
        MASTHEAD_LOG_LEVEL="warning",
        MASTHEAD_STRIPE_SECRET_KEY="sk_test_browser",
        MASTHEAD_STRIPE_API_BASE=stripe.url,
        MASTHEAD_STRIPE_WEBHOOK_SECRET=BROWSER_WEBHOOK_SECRET,
    )
    _run(["migrate", "--no-input", "-v0"], env)
    _run(["load_demo"], env)
    _run(["collectstatic", "--no-input", "-v0"], env)
    with serving(env, port, var / "server.log"):
        yield LiveSite(url=base_url, var=var, stripe=stripe, env=env)


@contextmanager
def serving(env: dict[str, str], port: int, log_path: Path) -> Iterator[None]:
    """Run uvicorn on `port` with `env` until the block ends; wait until /healthz answers."""
    with log_path.open("w") as log:
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
                "--no-access-log",
                "--lifespan",
                "off",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    url = f"http://127.0.0.1:{port}/healthz"
                    with urllib.request.urlopen(url, timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(log_path.read_text()) from None
                    time.sleep(0.2)
            yield
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("MASTHEAD_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _is_error(text: str, kind: str) -> bool:
    """A console error, except a 4xx answer the test asked for (e.g. an edit refused)."""
    expected = text.startswith("Failed to load resource: the server responded with a status of 4")
    return kind == "error" and not expected


@pytest.fixture
def no_js(browser: Browser, live_site: LiveSite) -> Iterator[Page]:
    """A tab of the live site with JavaScript turned off."""
    context = browser.new_context(
        base_url=live_site.url, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser: Browser, live_site: LiveSite) -> Iterator[Page]:
    context = browser.new_context(base_url=live_site.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on(
        "console", lambda msg: errors.append(msg.text) if _is_error(msg.text, msg.type) else None
    )
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot under screenshots/ (git-ignored) for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def clear_screenshots() -> None:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
