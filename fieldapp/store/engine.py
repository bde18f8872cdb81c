"""SQLAlchemy engines over SQLCipher 4 (the store) and over plain SQLite (benchmarks only).

Every connection: the raw key first (``PRAGMA key = "x'…'"``, no passphrase KDF per
connection), then WAL, ``synchronous=FULL`` (a commit that returned survives a power cut),
foreign keys on, and temporary tables in memory so no sorted or temporary data reaches the
disk in clear. The key is asked of its owner at each new connection (it is never part of the
engine's URL), so once the store is locked no new connection can open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from fieldapp.domain.names import name_key

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -32768",  # 32 MiB of decrypted pages: SQLCipher decrypts a page once
    "PRAGMA busy_timeout = 10000",
    "PRAGMA secure_delete = ON",  # freed pages are zeroed: an erased name leaves no trace
)
KeySource = Callable[[], bytes]
HEX_DIGITS = b"0123456789abcdef"


def key_statement(pragma: str, raw_key: bytes) -> str:
    """``PRAGMA key = "x'…'"`` (or ``rekey``) for a 32-byte raw key, for one ``execute``.

    The hex digits are written into a bytearray of the final size, which is wiped once the
    ``str`` the driver needs is made. That ``str`` cannot be wiped: Python's ``str`` and
    ``bytes`` are immutable and the interpreter frees them without clearing, so a copy of the
    key may stay in freed memory (and the raw key itself stays in memory while the store is
    open, as it must). Callers keep no name for it once executed; the driver's statement cache
    holds it until that connection closes. This keeps copies few; it guarantees nothing
    against someone who can read this process's memory.
    """
    if len(raw_key) != 32:
        raise ValueError("The store key must be 32 bytes.")
    head, tail = f"PRAGMA {pragma} = \"x'".encode("ascii"), b"'\""
    buffer = bytearray(len(head) + 2 * len(raw_key) + len(tail))
    buffer[: len(head)] = head
    at = len(head)
    for byte in raw_key:
        buffer[at] = HEX_DIGITS[byte >> 4]
        buffer[at + 1] = HEX_DIGITS[byte & 15]
        at += 2
    buffer[at:] = tail
    try:
        return buffer.decode("ascii")
    finally:
        buffer[:] = bytes(len(buffer))


def _configure(engine: Engine) -> Engine:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The driver's own transaction handling is off: SQLAlchemy emits BEGIN itself, so a
        # write and its outbox row share one transaction and reads see a stable snapshot.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.close()
        # Unicode-aware case folding for searches (SQLite's lower() folds ASCII only).
        dbapi_conn.create_function(
            "fold", 1, lambda s: None if s is None else name_key(s), deterministic=True
        )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock at once (IMMEDIATE): it waits for another
        # writer (busy_timeout) instead of failing when it first reads, then writes.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_engine(path: Path, key: KeySource) -> Engine:
    """An engine on the encrypted store at ``path`` (created if absent); ``key()`` gives the
    32-byte key for each new connection, or raises once the store is locked."""

    def connect() -> Any:
        statement = key_statement("key", key())  # checks the length before connecting
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
        conn.execute(statement)
        del statement
        return conn

    return _configure(
        create_engine(
            "sqlite+pysqlite://",
            module=sqlcipher3,
            creator=connect,
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=4,
            # The connection used last is taken again: one thread's reads one after the other
            # (the app's database worker) keep to one connection and its one page cache
            # (32 MiB), instead of filling a second cache as well.
            pool_use_lifo=True,
            hide_parameters=True,  # an error message must never carry a person's data to a log
        )
    )


def make_plain_engine(path: Path) -> Engine:
    """The same engine on plain SQLite: the baseline the benchmarks compare SQLCipher with.

    It uses the same library (SQLCipher without a key is SQLite of the same version), so the
    only difference measured is the encryption."""
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        module=sqlcipher3,
        poolclass=QueuePool,
        connect_args={"check_same_thread": False},
    )
    return _configure(engine)
