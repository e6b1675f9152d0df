"""pytest plugin (loaded with `-p` before Django starts): the environment every test run gets.

Tests run the production configuration (DEBUG off) with a throwaway var/ folder, so nothing
touches the developer's database or media. `make test` runs the suite
twice when `MASTHEAD_TEST_POSTGRES_URL` is set: once on SQLite with the local-memory cache (the
embedded default), then on PostgreSQL with Redis as the cache (the scaled-out set-up).
"""

import os
import tempfile

_var = tempfile.mkdtemp(prefix="masthead-test-")
os.makedirs(os.path.join(_var, "static"))  # WhiteNoise warns when STATIC_ROOT is missing

os.environ["MASTHEAD_DEBUG"] = "false"
os.environ["MASTHEAD_VAR_DIR"] = _var
os.environ.setdefault("MASTHEAD_SECRET_KEY", "test-only-secret-key-" + "k3y" * 20)
os.environ.setdefault("MASTHEAD_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("MASTHEAD_BASE_URL", "http://localhost")
os.environ["MASTHEAD_SECURE_SSL_REDIRECT"] = "false"
os.environ.setdefault("MASTHEAD_LOG_LEVEL", "warning")
os.environ.pop("MASTHEAD_MEDIA_ROOT", None)
os.environ.pop("MASTHEAD_STATIC_ROOT", None)
# The test run never reads the developer's own database or cache settings.
os.environ["MASTHEAD_DATABASE_URL"] = os.environ.get(
    "MASTHEAD_TEST_DATABASE_URL", f"sqlite:///{_var}/test.sqlite3"
)
if os.environ.get("MASTHEAD_TEST_USE_REDIS") and os.environ.get("MASTHEAD_TEST_REDIS_URL"):
    os.environ["MASTHEAD_REDIS_URL"] = os.environ["MASTHEAD_TEST_REDIS_URL"]
else:
    os.environ.pop("MASTHEAD_REDIS_URL", None)
