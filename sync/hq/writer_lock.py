"""One writer at a time on HQ's SQLite database, handed from one to the next at once.

SQLite lets one transaction write at a time. A writer that finds the lock taken sleeps in
SQLite's busy handler, in growing steps (1, 2, 5, 10, 15, 20, 25 ms…), so it mostly wakes well
after the lock was freed: two HQ processes applying batches lost a tenth of their time so.
Here each write transaction first takes an advisory lock on a file beside the database
(``flock``, which the kernel frees if the process dies), trying every half millisecond, and
frees it as soon as its COMMIT or ROLLBACK has run.

The file only speeds the handover. SQLite's own lock still makes writers take turns: a writer
waits for the file a second at most (or its connection's busy timeout, if shorter), then goes
on to ``BEGIN IMMEDIATE``, which waits and fails as it always did, and so does anything that
writes without the file (the sqlite3 shell). A long wait so costs at most that second more
than SQLite's own handover would. Readers never take it. Each pooled connection opens the file itself: two threads of
one process exclude each other as two processes do.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection

_FD = "fieldapp_writer_fd"
_HELD = "fieldapp_writer_held"
FAST_TRIES = 200  # every 0.5 ms for the first 0.1 s, then every 5 ms


class WriterLock:
    """The advisory write lock on ``path`` for the connections of one engine."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout

    def install(self, engine: Engine) -> None:
        event.listen(engine, "connect", self._connected)
        event.listen(engine, "close", self._closed)
        event.listen(engine, "invalidate", self._invalidated)
        event.listen(engine, "reset", self._reset)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)

    def acquire(self, conn: Connection) -> None:
        """Wait for the file before the transaction's BEGIN IMMEDIATE: at most ``timeout``, or
        the connection's busy timeout if shorter (0: not at all)."""
        info = conn.connection.info
        fd = info[_FD]
        driver = conn.connection.driver_connection
        assert driver is not None
        busy = driver.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        deadline = time.monotonic() + min(self.timeout, busy)
        tries = 0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return  # SQLite's own lock decides, as it would without the file
                tries += 1
                time.sleep(0.0005 if tries < FAST_TRIES else 0.005)
                continue
            info[_HELD] = True
            return

    # --- the connection's events ---------------------------------------------------------

    def _connected(self, _dbapi_connection: Any, record: Any) -> None:
        record.info[_FD] = os.open(
            self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600
        )

    def _closed(self, _dbapi_connection: Any, record: Any) -> None:
        fd = record.info.pop(_FD, None)
        record.info.pop(_HELD, None)
        if fd is not None:
            os.close(fd)  # frees the lock with it

    def _invalidated(self, dbapi_connection: Any, record: Any, _exception: Any) -> None:
        self._closed(dbapi_connection, record)

    def _reset(self, dbapi_connection: Any, record: Any, _reset_state: Any) -> None:
        """Back to the pool: whatever transaction is left is rolled back, the file freed."""
        if record.info.get(_HELD):
            dbapi_connection.rollback()
            self._release(record.info)

    def _commit(self, conn: Connection) -> None:
        self._end(conn, "COMMIT")

    def _rollback(self, conn: Connection) -> None:
        self._end(conn, "ROLLBACK")

    def _end(self, conn: Connection, statement: str) -> None:
        """End the transaction here, then free the file: SQLAlchemy's own COMMIT or ROLLBACK,
        which follows, finds no transaction and does nothing. Should the end fail, the file
        stays held until the rollback that follows, or the connection's close."""
        if conn.invalidated or conn.closed:
            return  # its connection is being closed: `_closed` frees the file
        info = conn.connection.info
        if info.get(_HELD):
            driver = conn.connection.driver_connection
            assert driver is not None
            if driver.in_transaction:
                driver.execute(statement)
            self._release(info)

    @staticmethod
    def _release(info: dict[str, Any]) -> None:
        info[_HELD] = False
        fcntl.flock(info[_FD], fcntl.LOCK_UN)
