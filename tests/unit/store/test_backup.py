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


def test_a_lost_vault_comes_back_from_a_backup_and_nothing_is_deleted(
    new_store: tuple[Store, str], store_dir: Path, tmp_path: Path
) -> None:
    from fieldapp.store.backup import restore_vault
    from tests.conftest import FAST_KDF

    store = new_store[0]
    path = create_backup(store.engine, store.vault, tmp_path / "b.fabackup")
    add(store, "Written After The Backup")
    store.close()
    (store_dir / "vault.json").unlink()  # an antivirus or a sync tool took it
    # Running setup again does not destroy the database: it is moved aside, whole.
    fresh, _ = Store.create(
        store_dir,
        passphrase="tamarind lorry under moonlight",
        office_name="X",
        country="MAR",
        kdf=FAST_KDF,
    )
    fresh.close()
    [aside] = (store_dir / "backups").glob("orphaned-*")
    assert (aside / "store.db").exists()
    # Put the original store back and restore its vault from the backup: all data is there.
    for name in ("store.db", "vault.json"):
        (store_dir / name).unlink()
    (aside / "store.db").rename(store_dir / "store.db")
    _, vault = read_backup(path)
    restore_vault(store_dir, path, vault.unlock(PASSPHRASE))
    reopened = Store.open(store_dir, passphrase=PASSPHRASE)
    assert count_people(reopened) == 1
    reopened.close()


def test_a_vault_from_another_store_is_refused(
    new_store: tuple[Store, str], store_dir: Path, tmp_path: Path
) -> None:
    from fieldapp.store.backup import restore_vault
    from tests.conftest import FAST_KDF

    other, _ = Store.create(
        tmp_path / "other", passphrase=PASSPHRASE, office_name="Other", country="JOR", kdf=FAST_KDF
    )
    path = create_backup(other.engine, other.vault, tmp_path / "other.fabackup")
    other.close()
    new_store[0].close()
    (store_dir / "vault.json").unlink()
    with pytest.raises(BackupError, match="or of another store"):
        restore_vault(store_dir, path, read_backup(path)[1].unlock(PASSPHRASE))
    assert not (store_dir / "vault.json").exists()


def test_restore_refuses_while_the_store_is_open(
    store: Store, store_dir: Path, tmp_path: Path
) -> None:
    from fieldapp.store.lock import StoreBusy

    path = create_backup(store.engine, store.vault, tmp_path / "b.fabackup")
    before = (store_dir / "store.db").read_bytes()
    with pytest.raises(StoreBusy, match="open in another window"):
        restore_backup(store_dir, path, store.raw_key)
    assert (store_dir / "store.db").read_bytes() == before
