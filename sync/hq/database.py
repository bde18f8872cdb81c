"""HQ's database: a SQLite file by default, PostgreSQL given a URL; schema by Alembic.

SQLite is opened the way the field store is (WAL, ``synchronous=FULL``, a busy timeout, and
write transactions that take the write lock when they begin, so two requests never deadlock
upgrading a read lock). Reads go through `read_only`, which takes no write lock: in WAL mode a
reader neither waits for the writer nor holds it up, so HQ's readers (indicators, sync health)
cannot slow a device's upload. The database file is HQ's alone (0600, `sync.hq.private`).
On PostgreSQL, several HQ processes may start at once: the upgrade holds an advisory lock, so
one migrates and the others find the schema done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Self

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url

from sync.hq.private import private_file
from sync.hq.writer_lock import WriterLock
from sync.periodic import Periodic

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hq_alembic_version"
_MIGRATION_LOCK = 0x4651_4851  # "FQHQ": PostgreSQL advisory lock key for schema upgrades
_READ_ONLY = "fieldapp_hq_read_only"  # execution option the SQLite "begin" listener reads
WAL_PAGES = 16_384
BUSY_SECONDS = 30  # how long a writer waits for another on SQLite before giving up
WRITER_WAIT = 1.0  # of which for the writers' file at most (`sync.hq.writer_lock`)


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's events below issue BEGIN
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        f"busy_timeout = {BUSY_SECONDS * 1000}",
        "secure_delete = ON",  # an overwritten or deleted name is zeroed, not left in the file
        # A commit that finds the log past this many pages (64 MB) copies it into the file
        # itself, in the request. `Checkpointer` does that work in the background long before
        # (at SQLite's default of 1,000 pages, each batch's commit did it: a fifth of HQ's
        # apply time at 100k records); this is the bound should it fall behind.
        f"wal_autocheckpoint = {WAL_PAGES}",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


class Checkpointer(Periodic):
    """On SQLite, copy the write-ahead log into the database file every ``every`` seconds in
    a background thread (a passive checkpoint: it waits for no reader and no writer), so the
    commits of HQ's requests find a short log and leave the copying to it. Nothing on
    PostgreSQL, which checkpoints on its own."""

    name = "hq-checkpointer"

    def __init__(self, engine: Engine, every: float = 1.0) -> None:
        super().__init__(every)
        self.engine = engine

    def start(self) -> Self:
        if self.engine.dialect.name == "sqlite":
            super().start()
        return self

    def round(self) -> None:
        checkpoint(self.engine)


def checkpoint(engine: Engine) -> None:
    """One passive checkpoint of a SQLite database (outside any transaction)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def _sqlite_begin(writer: WriterLock | None, conn: Connection) -> None:
    # A deferred BEGIN for reads: in WAL mode it takes no lock the writer waits for. Writes
    # take the write lock at once, so a transaction never has to upgrade (and deadlock),
    # handed over through ``writer``'s file (`sync.hq.writer_lock`).
    if conn.get_execution_options().get(_READ_ONLY, False):
        conn.exec_driver_sql("BEGIN")
        return
    if writer is not None:
        writer.acquire(conn)
    conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def read_only(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes nothing to HQ's tables, for requests that only read.

    On SQLite it begins deferred and never takes the write lock: a reader does not queue
    behind a batch being applied, nor a batch behind readers, and it reads one snapshot from
    its first statement to its end (WAL). On PostgreSQL it is ``REPEATABLE READ, READ ONLY``:
    one snapshot (an office's figures version and the rows counted at it agree), and nothing
    a hot standby would refuse, so a read replica can serve the console and exports."""
    with engine.connect() as conn:
        conn.execution_options(**{_READ_ONLY: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                tune_reads(conn)
            yield conn


def tune_reads(conn: Connection) -> None:
    """PostgreSQL settings for this transaction's counts (allowed on a hot standby): no JIT
    (compiling the indicators' statements cost more than running them: 140 ms of 1.1 s for
    one office over four years), and sorts of one office's people held in memory rather than
    spilled to disk (work_mem's 4 MB default)."""
    conn.exec_driver_sql("SET LOCAL jit = off")
    conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")


def is_read_only(conn: Connection) -> bool:
    """Whether ``conn`` is a `read_only` one (a write there would fail, or wait on SQLite)."""
    return bool(conn.get_execution_options().get(_READ_ONLY, False))


def _sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite ``url``; None for an in-memory database."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def open_database(url: str) -> Engine:
    """An engine on HQ's database at ``url``, its schema brought up to date."""
    if url.startswith("sqlite"):
        path = _sqlite_file(url)
        if path is not None:
            # Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the
            # database's mode. A file an earlier HQ left readable is tightened, with them.
            for part in ("", "-wal", "-shm", "-writer"):
                private_file(path.with_name(path.name + part), create=not part)
        engine = create_engine(url, hide_parameters=True, connect_args={"timeout": BUSY_SECONDS})
        event.listen(engine, "connect", _sqlite_pragmas)
        writer = None
        if path is not None:
            writer = WriterLock(path.with_name(path.name + "-writer"), timeout=WRITER_WAIT)
            writer.install(engine)
        event.listen(engine, "begin", partial(_sqlite_begin, writer))
    else:
        # No server-side prepared statements: after five runs of one statement PostgreSQL may
        # switch to a generic plan, blind to which office or quarter is asked for (office x
        # quarter went from 0.6 s to 3-4 s on a long-running HQ).
        connect_args = (
            {"prepare_threshold": None} if make_url(url).get_driver_name() == "psycopg" else {}
        )
        engine = create_engine(
            url, hide_parameters=True, pool_size=8, pool_pre_ping=True, connect_args=connect_args
        )
    upgrade(engine)
    return engine


_PURGES_IDENTITIES = "0007"  # the revision that blanks the identities HQ held in clear


def upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        before = current_revision(conn)
        if before == head_revision():
            return
        command.upgrade(_config(conn), "head")
    if before is not None and before < _PURGES_IDENTITIES:
        compact(engine)


def compact(engine: Engine) -> None:
    """Leave no overwritten record in the database's files. SQLite: the WAL copied into the
    database and emptied, the database rebuilt without its free pages, then the WAL emptied
    again (VACUUM goes through it). PostgreSQL: the people's table rewritten without its dead
    rows (the server's own WAL and backups are its administrator's to rotate). Run outside
    any transaction, as VACUUM must."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM FULL hq_participant")
        return
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement in (
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "VACUUM",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ):
            cursor.execute(statement)
        cursor.close()
    finally:
        raw.close()
