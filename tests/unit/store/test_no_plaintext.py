"""No personal data in clear anywhere in the data folder: store, WAL, backups, logs."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from fieldapp.cli import _start_log
from fieldapp.store.backup import create_backup
from fieldapp.store.demo import generate
from fieldapp.store.repository import PARTICIPANT
from fieldapp.store.store import Store


def test_demo_people_are_nowhere_in_clear(store: Store, store_dir: Path) -> None:
    _start_log(store.data.logs)
    try:
        with store.transaction() as conn:
            generate(conn, store.identity, events=12, people=300, seed=7)
        logging.getLogger("fieldapp.test").info("demo data written")
        create_backup(store.engine, store.vault, store.data.backups)
        with store.engine.connect() as conn:
            rows = conn.execute(select(PARTICIPANT.c.full_name, PARTICIPANT.c.email)).all()
        secrets = {name for name, _ in rows} | {email for _, email in rows if email}
        assert len(secrets) > 300
        # The connection pool still holds the store open: its -wal file is on disk now.
        files = {p: p.read_bytes() for p in store_dir.rglob("*") if p.is_file()}
        names = {p.name for p in files}
        assert {"store.db", "store.db-wal", "vault.json", "fieldapp.log"} <= names
        assert any(n.endswith(".fabackup") for n in names)
        assert sum(len(b) for b in files.values()) > 200_000
        for path, data in files.items():
            for secret in secrets:
                for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                    assert encoded not in data, f"{secret!r} is in clear in {path.name}"
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.FileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_a_plain_sqlite_file_would_be_caught(tmp_path: Path) -> None:
    """The scan above can fail: the same bytes in a plain SQLite file are found."""
    import sqlite3

    db = tmp_path / "plain.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE p(name)")
        conn.execute("INSERT INTO p VALUES ('Айгерим Ахметов')")
    assert "Айгерим Ахметов".encode() in db.read_bytes()
