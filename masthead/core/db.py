"""Database helpers shared by the apps' services."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

# Django under ASGI gives each request its own thread, hence its own SQLite connection. SQLite
# lets one writer in at a time and makes the others sleep and retry (1, 2, 5 … 100 ms steps),
# so under load some writes waited seconds. Queueing writers of one process on a lock here
# turns that into a short, fair wait; PostgreSQL needs none of it.
_sqlite_writes = threading.RLock()


@contextmanager
def atomic_write() -> Iterator[None]:
    """Run the block in one transaction; on SQLite, one writing transaction per process at once."""
    if connection.vendor == "sqlite":
        with _sqlite_writes, transaction.atomic():
            yield
    else:
        with transaction.atomic():
            yield
