"""HQ's writers on SQLite take turns through a file beside the database (`WriterLock`): the
next writer starts as soon as the last one ends, however it ends; readers never wait for it;
and it only speeds the handover: SQLite's own lock still decides when the file is held by
something that never lets go."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from sync.hq.database import open_database, read_only
from sync.hq.writer_lock import WriterLock


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "hq.db"
    engine = open_database(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (who TEXT, at REAL)"))
    engine.dispose()
    return path


@pytest.fixture
def engines(db: Path) -> Iterator[tuple[Engine, Engine]]:
    """Two HQ processes' engines (one each: the file excludes them as it does processes)."""
    first, second = open_database(f"sqlite:///{db}"), open_database(f"sqlite:///{db}")
    yield first, second
    first.dispose()
    second.dispose()


def held_elsewhere(db: Path) -> bool:
    """Whether some connection holds the writer's file now (tried from a file of our own)."""
    fd = os.open(f"{db}-writer", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_the_next_writer_starts_when_the_last_one_commits(
    db: Path, engines: tuple[Engine, Engine]
) -> None:
    first, second = engines
    began = threading.Event()
    second_began: list[float] = []

    def second_writer() -> None:
        began.wait()
        with second.begin() as conn:
            second_began.append(time.monotonic())
            conn.execute(text("INSERT INTO log VALUES ('second', 0)"))

    thread = threading.Thread(target=second_writer)
    thread.start()
    with first.begin() as conn:
        conn.execute(text("INSERT INTO log VALUES ('first', 0)"))
        assert held_elsewhere(db)
        began.set()
        time.sleep(0.3)  # the second writer waits all along
        assert second_began == []
        committing = time.monotonic()
    thread.join(10)
    assert second_began, "the second writer never began"
    # SQLite's busy handler alone would sleep on in steps of 25-100 ms at this point
    assert second_began[0] - committing < 0.1
    assert not held_elsewhere(db)
    with first.connect() as conn:
        assert conn.execute(text("SELECT who FROM log ORDER BY rowid")).scalars().all() == [
            "first",
            "second",
        ]


def test_a_failed_or_abandoned_write_frees_the_file(
    db: Path, engines: tuple[Engine, Engine]
) -> None:
    first, _ = engines
    with pytest.raises(ZeroDivisionError), first.begin() as conn:
        conn.execute(text("INSERT INTO log VALUES ('lost', 0)"))
        1 / 0  # noqa: B018
    assert not held_elsewhere(db)
    conn = first.connect()
    conn.begin()
    conn.execute(text("INSERT INTO log VALUES ('abandoned', 0)"))
    assert held_elsewhere(db)
    conn.close()  # back to the pool, never committed
    assert not held_elsewhere(db)
    with pytest.raises(OperationalError), first.begin() as conn:  # SQLite itself refuses
        conn.execute(text("INSERT INTO nowhere VALUES (1)"))
    assert not held_elsewhere(db)
    with first.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM log")).scalar_one() == 0


def test_a_killed_writer_frees_the_file(db: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from sqlalchemy import text\n"
            "from sync.hq.database import open_database\n"
            f"engine = open_database('sqlite:///{db}')\n"
            "with engine.begin() as conn:\n"
            "    conn.execute(text(\"INSERT INTO log VALUES ('killed', 0)\"))\n"
            "    print('writing', flush=True)\n"
            "    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "writing\n"
        assert held_elsewhere(db)
        holder.kill()
        holder.wait(10)
        engine = open_database(f"sqlite:///{db}")
        started = time.monotonic()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO log VALUES ('next', 0)"))
        assert time.monotonic() - started < 1
        with engine.connect() as conn:
            assert conn.execute(text("SELECT who FROM log")).scalars().all() == ["next"]
        engine.dispose()
    finally:
        holder.kill()
        holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()


def test_readers_never_wait_for_the_file(db: Path, engines: tuple[Engine, Engine]) -> None:
    first, _ = engines
    stuck = os.open(f"{db}-writer", os.O_RDWR)
    fcntl.flock(stuck, fcntl.LOCK_EX)  # something holds it and never lets go
    try:
        started = time.monotonic()
        with read_only(first) as conn:
            assert conn.execute(text("SELECT count(*) FROM log")).scalar_one() == 0
        assert time.monotonic() - started < 0.5
    finally:
        os.close(stuck)


def test_a_writer_waits_for_the_file_no_longer_than_its_busy_timeout(
    db: Path, engines: tuple[Engine, Engine]
) -> None:
    first, second = engines
    with first.begin() as conn:
        conn.execute(text("INSERT INTO log VALUES ('holding', 0)"))
        started = time.monotonic()
        with pytest.raises(OperationalError, match="database is locked"), second.connect() as c:
            c.connection.driver_connection.execute("PRAGMA busy_timeout = 0")  # no autobegin
            with c.begin():
                pass
        assert time.monotonic() - started < 0.5  # not the writers' file's second, nor 30 s
        started = time.monotonic()
        with pytest.raises(OperationalError, match="database is locked"), second.connect() as c:
            c.connection.driver_connection.execute("PRAGMA busy_timeout = 300")
            with c.begin():
                pass
        assert 0.5 < time.monotonic() - started < 3  # the file's 0.3 s, then SQLite's 0.3 s


def test_a_file_held_for_ever_leaves_the_decision_to_sqlite(db: Path) -> None:
    """A writer that waited its whole timeout for the file writes anyway: the file is never
    what keeps two writers apart."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{db}")
    writer = WriterLock(Path(f"{db}-writer"), timeout=0.3)
    writer.install(engine)

    @event.listens_for(engine, "begin")
    def begin(conn):  # type: ignore[no-untyped-def]
        writer.acquire(conn)
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    stuck = os.open(f"{db}-writer", os.O_RDWR)
    fcntl.flock(stuck, fcntl.LOCK_EX)
    try:
        started = time.monotonic()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO log VALUES ('patient', 0)"))
        assert 0.3 <= time.monotonic() - started < 2
    finally:
        os.close(stuck)
        engine.dispose()
    check = open_database(f"sqlite:///{db}")
    with check.connect() as conn:
        assert conn.execute(text("SELECT who FROM log")).scalars().all() == ["patient"]
    check.dispose()
