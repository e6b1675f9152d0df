"""Start-up with real environments, in a fresh process each time."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "MASTHEAD_DEBUG": "false",
    "MASTHEAD_SECRET_KEY": "p9Vx2-production-like-secret-key-with-enough-entropy-Qz81kLm3",
    "MASTHEAD_ALLOWED_HOSTS": "news.example.org",
    "MASTHEAD_BASE_URL": "https://news.example.org",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MASTHEAD_")}
    clean["MASTHEAD_VAR_DIR"] = os.environ["MASTHEAD_VAR_DIR"]
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_variables() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"MASTHEAD_DEBUG": "perhaps"}, "MASTHEAD_DEBUG must be true or false"),
        ({"MASTHEAD_SECRET_KEY": "short"}, "MASTHEAD_SECRET_KEY must be at least 50"),
        ({"MASTHEAD_ALLOWED_HOSTS": ""}, "MASTHEAD_ALLOWED_HOSTS must list"),
        ({"MASTHEAD_DATABASE_URL": "mysql://x/y"}, "MASTHEAD_DATABASE_URL must start with"),
        ({"MASTHEAD_REDIS_URL": "localhost:6379"}, "MASTHEAD_REDIS_URL must be a URL"),
        ({"MASTHEAD_HSTS_SECONDS": "a year"}, "MASTHEAD_HSTS_SECONDS must be a whole number"),
        ({"MASTHEAD_LOG_FORMAT": "xml"}, "MASTHEAD_LOG_FORMAT must be one of"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(
    overrides: dict[str, str], message: str
) -> None:
    result = manage("check", **{**PRODUCTION, **overrides})
    assert result.returncode != 0
    assert message in result.stderr


def test_production_requires_a_secret_key() -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "MASTHEAD_SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "MASTHEAD_SECRET_KEY must be set" in result.stderr


def test_every_variable_settings_read_is_documented_in_env_example() -> None:
    import re

    settings_text = (ROOT / "masthead" / "settings.py").read_text()
    example_text = (ROOT / ".env.example").read_text()
    read = set(re.findall(r'"(MASTHEAD_[A-Z_]+)"', settings_text))
    documented = set(re.findall(r"^#? ?(MASTHEAD_[A-Z_]+)=", example_text, re.M))
    assert read, "settings.py reads no MASTHEAD_ variables?"
    assert read <= documented, f"undocumented: {sorted(read - documented)}"
