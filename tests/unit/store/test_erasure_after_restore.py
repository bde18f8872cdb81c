"""Erasing a person survives what brings old data back: a backup restored (through the app
or copied by hand, of an older schema too), a lost or unwritable erasures file."""

from __future__ import annotations

import json
import logging
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.store.backup import create_backup, open_backup, restore_backup
from fieldapp.store.engine import make_engine
from fieldapp.store.erasure import erase_person
from fieldapp.store.queries import count_people, list_people
from fieldapp.store.repository import PARTICIPANT
from fieldapp.store.store import Store
from fieldapp.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.store.test_erasure import NAME, fill


def test_a_backup_from_before_brings_nobody_back(
    store: Store, store_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    aicha, _ = fill(store)
    backup = create_backup(store.engine, store.vault, store.data.backups)
    erase_person(store, aicha)
    store.close()

    _, key = open_backup(backup, PASSPHRASE)
    with caplog.at_level(logging.INFO, logger="fieldapp.store.erasure"):
        restore_backup(store_dir, backup, key)
    assert "Re-applied 1 erasure recorded since this backup" in caplog.text
    assert "Benkirane" not in caplog.text
    reopened = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            row = (
                conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == aicha)).mappings().one()
            )
            assert count_people(conn, "Benkirane") == 0
        assert row["full_name"] == "" and row["erased_at"] is not None
    finally:
        reopened.close()


def test_an_unlock_erases_again_whom_the_file_lists(store: Store, store_dir: Path) -> None:
    """A backup restored by hand (the file copied back), not through `restore_backup`."""
    aicha, _ = fill(store)
    backup = create_backup(store.engine, store.vault, store.data.backups)
    erase_person(store, aicha)
    store.close()
    with zipfile.ZipFile(backup) as zf:
        (store_dir / "store.db").write_bytes(zf.read("store.db"))
    for companion in ("store.db-wal", "store.db-shm"):
        (store_dir / companion).unlink(missing_ok=True)
    reopened = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            assert count_people(conn, "Benkirane") == 0
            assert NAME not in {p.full_name for p in list_people(conn, limit=100)}
    finally:
        reopened.close()


def test_a_lost_erasures_file_is_rebuilt_from_the_store(store: Store, store_dir: Path) -> None:
    aicha, _ = fill(store)
    erase_person(store, aicha)
    store.data.erasures.unlink()
    store.close()
    Store.open(store_dir, passphrase=PASSPHRASE).close()
    listed = json.loads((store_dir / "erasures.json").read_text())
    assert [e["id"] for e in listed["erasures"]] == [aicha]


def test_a_backup_of_an_older_schema_is_restored_then_erased_at_unlock(tmp_path: Path) -> None:
    """A backup from before schema 9 has no erasure columns yet: the restore itself leaves it
    as it is, and the unlock (which upgrades it first) erases again."""
    root = tmp_path / "v8"
    shutil.copytree(Path(__file__).parents[2] / "fixtures" / "stores" / "v8", root)
    vault = Vault.load(root / "vault.json")
    key = vault.unlock(PASSPHRASE)
    old = make_engine(root / "store.db", lambda: key)
    try:
        backup = create_backup(old, vault, tmp_path / "backups")
        with old.connect() as conn:
            person = conn.execute(select(PARTICIPANT.c.id).limit(1)).scalar_one()
    finally:
        old.dispose()
    store = Store.open(root, passphrase=PASSPHRASE)
    erase_person(store, person)
    store.close()

    restore_backup(root, backup, key)
    reopened = Store.open(root, passphrase=PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            row = (
                conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == person)).mappings().one()
            )
    finally:
        reopened.close()
    assert row["full_name"] == "" and row["erased_at"] is not None


def test_an_erasures_file_that_cannot_be_written_is_written_at_the_next_unlock(
    store: Store, store_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    aicha, others = fill(store)
    erase_person(store, others[0])
    store.data.erasures.unlink()
    store.data.erasures.mkdir()  # something in the way: the file cannot replace it
    with caplog.at_level(logging.WARNING, logger="fieldapp.store.erasure"):
        done = erase_person(store, aicha)
    assert done.attendances == 2  # the erasure itself is whole
    assert "Could not write erasures.json" in caplog.text
    store.close()
    store.data.erasures.rmdir()
    Store.open(store_dir, passphrase=PASSPHRASE).close()
    listed = json.loads(store.data.erasures.read_text())
    assert {e["id"] for e in listed["erasures"]} == {aicha, others[0]}
