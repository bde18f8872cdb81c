"""HQ on SQLite copies its write-ahead log into the database file in the background
(`Checkpointer`), not in the commits of devices' requests (up to 64 MB of log)."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from sync.hq.database import WAL_PAGES, Checkpointer, open_database


def test_the_log_is_copied_in_the_background_not_by_the_commits(tmp_path: Path) -> None:
    db = tmp_path / "hq.db"
    engine = open_database(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == WAL_PAGES
            conn.execute(text("CREATE TABLE filler (x TEXT)"))
        for _ in range(20):  # ~2 MB through the log, in 20 commits
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        " WHERE i < 100) INSERT INTO filler SELECT hex(randomblob(500)) FROM n"
                    )
                )
        before = db.stat().st_size
        wal = Path(f"{db}-wal").stat().st_size
        assert wal > 1_500_000 and before < 500_000  # the commits left it all in the log
        checkpointer = Checkpointer(engine, every=0.05).start()
        try:
            deadline = time.monotonic() + 10
            while db.stat().st_size < 1_500_000 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            checkpointer.stop()
        assert db.stat().st_size > 1_500_000  # copied into the database file
    finally:
        engine.dispose()


def test_nothing_runs_on_postgresql_which_checkpoints_itself() -> None:
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    checkpointer = Checkpointer(engine).start()
    assert not checkpointer.thread.is_alive()
    checkpointer.stop()
