"""Database helpers shared by the apps' services."""

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

# SQLite lets one writer in at a time. A writer that finds the database locked sleeps and
# retries in growing steps (1, 2, 5 … 100 ms), so under load some writes waited half a
# second or more while the database sat idle. Writers queue instead: on a lock within the
# process (Django under ASGI gives each request its own thread and connection), then on an
# advisory file lock beside the database across processes (uvicorn --workers). Both wake the
# next writer as soon as the current one commits. PostgreSQL needs none of it.
_thread_lock = threading.RLock()
_lock_files: dict[str, int] = {}
_lock_files_guard = threading.Lock()
_holder = threading.local()


def _lock_file(database: str) -> int | None:
    """Return an open descriptor of the lock file of the SQLite `database` (None in memory)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    with _lock_files_guard:
        if database not in _lock_files:
            _lock_files[database] = os.open(
                f"{database}-writer.lock", os.O_RDWR | os.O_CREAT, 0o600
            )
        return _lock_files[database]


@contextmanager
def _sqlite_writer() -> Iterator[None]:
    with _thread_lock:
        depth = getattr(_holder, "depth", 0)
        descriptor = _lock_file(str(connection.settings_dict["NAME"])) if depth == 0 else None
        if descriptor is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        _holder.depth = depth + 1
        try:
            yield
        finally:
            _holder.depth = depth
            if descriptor is not None:
                fcntl.flock(descriptor, fcntl.LOCK_UN)


@contextmanager
def atomic_write() -> Iterator[None]:
    """Run the block in one transaction; on SQLite, one writing transaction at a time."""
    if connection.vendor == "sqlite":
        with _sqlite_writer(), transaction.atomic():
            yield
    else:
        with transaction.atomic():
            yield
