"""The external services the scaled-out set-up uses, reached for real.

They are skipped when their URL is not set, unless MASTHEAD_REQUIRE_SERVICES=1 (as in CI),
where a missing service fails the run instead.
"""

import os
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache
from django.db import connection


def service_url(name: str) -> str:
    url = os.environ.get(name, "")
    if not url:
        if os.environ.get("MASTHEAD_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{name} is not set but MASTHEAD_REQUIRE_SERVICES=1")
        pytest.skip(f"{name} is not set")
    return url


def test_postgresql_answers() -> None:
    import psycopg

    url = service_url("MASTHEAD_TEST_POSTGRES_URL")
    with psycopg.connect(url, connect_timeout=5) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    assert row is not None and int(row[0].split(".")[0]) >= 13


def test_redis_works_as_the_django_cache() -> None:
    url = service_url("MASTHEAD_TEST_REDIS_URL")
    cache = RedisCache(url, {"KEY_PREFIX": f"masthead-test-{uuid.uuid4().hex}"})
    cache.set("greeting", {"hello": "world"}, timeout=30)
    assert cache.get("greeting") == {"hello": "world"}
    cache.delete("greeting")


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_it_was_given() -> None:
    wanted = os.environ.get("MASTHEAD_TEST_DATABASE_URL", "sqlite")
    expected = "postgresql" if wanted.startswith("postgres") else "sqlite"
    assert connection.vendor == expected
