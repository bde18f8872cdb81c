"""Backups: made, verified, restored; damage is found before anything is replaced."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.backup import (
    BackupError,
    create_backup,
    read_backup,
    restore_backup,
    verify_backup,
)
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE


def count_people(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar_one())


def add(store: Store, name: str) -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name=name, sex="female")
        )


def test_backup_then_restore_brings_back_the_data(
    store: Store, store_dir: Path, tmp_path: Path
) -> None:
    add(store, "Before Backup")
    path = create_backup(store.engine, store.vault, tmp_path / "backups")
    assert verify_backup(path, store.raw_key).schema_version == store.schema_version()
    add(store, "After Backup")
    assert count_people(store) == 2
    store.close()

    _, vault = read_backup(path)
    replaced = restore_backup(store_dir, path, vault.unlock(PASSPHRASE))
    restored = Store.open(store_dir, passphrase=PASSPHRASE)
    assert count_people(restored) == 1
    assert restored.integrity_problems() == []
    restored.close()
    # The store that was replaced is kept whole, and still opens.
    assert replaced is not None
    assert sorted(p.name for p in replaced.iterdir()) == ["store.db", "vault.json"]


def test_a_damaged_backup_is_refused_and_the_store_is_untouched(
    store: Store, store_dir: Path, tmp_path: Path
) -> None:
    add(store, "Keep Me")
    path = create_backup(store.engine, store.vault, tmp_path / "b.fabackup")
    raw_key = store.raw_key
    store.close()
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        offset = zf.getinfo("store.db").header_offset + 200
    data[offset] ^= 0xFF
    broken = tmp_path / "broken.fabackup"
    broken.write_bytes(bytes(data))
    before = (store_dir / "store.db").read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(store_dir, broken, raw_key)
    assert (store_dir / "store.db").read_bytes() == before
    with pytest.raises(BackupError, match="not a backup file"):
        read_backup(Path(__file__))
