"""A new database key: old vaults stop opening the store, and a re-key killed between any two
of its steps leaves a store that opens with the old vault or the new one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from fieldapp.domain.validation import ValidationError
from fieldapp.store import rekey as rekey_module
from fieldapp.store.backup import read_backup, restore_vault, verify_backup
from fieldapp.store.lock import StoreBusy
from fieldapp.store.rekey import VaultMismatch, key_opens
from fieldapp.store.store import Store
from fieldapp.store.vault import Vault, VaultError, WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.unit.store.test_vault import snapshot

NEW_PASSPHRASE = "walrus tangerine oboe glacier"


class Killed(BaseException):
    """The process dies here (nothing after it runs, no except clause catches it)."""


@pytest.fixture
def closed(new_store: tuple[Store, str], store_dir: Path) -> Iterator[tuple[Path, str, bytes]]:
    """A closed store with one marked row: its folder, recovery key and (old) raw key."""
    store, recovery_key = new_store
    with store.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE marker(x)")
        conn.exec_driver_sql("INSERT INTO marker VALUES ('still here')")
    raw_key = store.raw_key
    store.close()
    yield store_dir, recovery_key, raw_key


def marker(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT x FROM marker").scalar())


def test_rekey_changes_the_key_and_recovery_key_keeping_the_data(
    closed: tuple[Path, str, bytes],
) -> None:
    store_dir, old_recovery, old_key = closed
    old_vault = Vault.load(store_dir / "vault.json")
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    done = store.rekey(PASSPHRASE)
    assert store.engine.pool.checkedout() == 0  # the store is closed afterwards
    reopened = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        assert marker(reopened) == "still here"
        assert reopened.integrity_problems() == []
        assert reopened.vault.vault_id == done.vault_id != old_vault.vault_id
        assert reopened.raw_key != old_key and not key_opens(store_dir / "store.db", old_key)
    finally:
        reopened.close()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Store.open(store_dir, recovery_key=old_recovery)
    Store.open(store_dir, recovery_key=done.recovery_key).close()
    assert not (store_dir / "vault.json.new").exists()


def test_after_rekey_an_old_vault_with_the_old_passphrase_no_longer_opens_the_store(
    closed: tuple[Path, str, bytes], tmp_path: Path
) -> None:
    store_dir, _, _ = closed
    kept = tmp_path / "vault.json.stolen"
    shutil.copy(store_dir / "vault.json", kept)
    Store.open(store_dir, passphrase=PASSPHRASE).rekey(PASSPHRASE)
    shutil.copy(kept, store_dir / "vault.json")
    with pytest.raises(VaultMismatch) as caught:
        Store.open(store_dir, passphrase=PASSPHRASE)
    message = str(caught.value)
    assert "opens, but its key does not open store.db" in message
    assert "fieldapp passphrase rekey" in message and "fieldapp backup restore" in message


def test_a_rekey_can_set_a_new_passphrase_but_not_a_weak_one(
    closed: tuple[Path, str, bytes],
) -> None:
    store_dir, _, _ = closed
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    before = snapshot(store_dir)
    with pytest.raises(ValidationError, match="too easy to guess"):
        store.rekey("rabat rabat rabat")
    assert snapshot(store_dir) == before
    store.rekey(NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, passphrase=PASSPHRASE)
    reopened = Store.open(store_dir, passphrase=NEW_PASSPHRASE)
    assert marker(reopened) == "still here"
    reopened.close()


def test_backups_made_before_rekey_keep_the_old_key_and_open_only_with_it(
    closed: tuple[Path, str, bytes],
) -> None:
    store_dir, old_recovery, old_key = closed
    done = Store.open(store_dir, passphrase=PASSPHRASE).rekey(PASSPHRASE)
    assert done.backup.parent == store_dir / "backups" and "before-rekey" in done.backup.name
    _, vault = read_backup(done.backup)
    assert vault.unlock(PASSPHRASE) == old_key == vault.unlock_with_recovery_key(old_recovery)
    assert verify_backup(done.backup, old_key).schema_version > 0
    # Its vault cannot be put back over the store: it does not open the current database.
    (store_dir / "vault.json").rename(store_dir / "vault.json.aside")
    with pytest.raises(Exception, match="before a re-key"):
        restore_vault(store_dir, done.backup, old_key)


def test_rekey_refuses_while_another_window_has_the_store_open(
    closed: tuple[Path, str, bytes],
) -> None:
    store_dir, _, _ = closed
    window = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        before = snapshot(store_dir)
        with pytest.raises(StoreBusy):
            Store.open(store_dir, passphrase=PASSPHRASE).rekey(PASSPHRASE)
        assert snapshot(store_dir) == before
        assert marker(window) == "still here"
    finally:
        window.close()


# --- killed between steps -------------------------------------------------------------------


def kill_at(monkeypatch: pytest.MonkeyPatch, name: str, *, after: bool = False) -> None:
    """Make ``rekey_module.<name>`` kill the re-key, before or after doing its work."""
    real = getattr(rekey_module, name)

    def dying(*args: Any, **kwargs: Any) -> Any:
        if after:
            real(*args, **kwargs)
        raise Killed(name)

    monkeypatch.setattr(rekey_module, name, dying)


@pytest.mark.parametrize(
    ("step", "after"),
    [
        ("create_backup", False),  # nothing done yet
        ("create_backup", True),  # backed up
        ("write_atomic", True),  # vault.json.new written
        ("_rekey_database", False),  # ... and the database not yet touched
    ],
)
def test_killed_before_the_database_changed_the_old_vault_opens_it(
    closed: tuple[Path, str, bytes], monkeypatch: pytest.MonkeyPatch, step: str, after: bool
) -> None:
    store_dir, old_recovery, old_key = closed
    vault_id = Vault.load(store_dir / "vault.json").vault_id
    kill_at(monkeypatch, step, after=after)
    with pytest.raises(Killed):
        Store.open(store_dir, passphrase=PASSPHRASE).rekey(NEW_PASSPHRASE)
    monkeypatch.undo()
    assert key_opens(store_dir / "store.db", old_key)
    with pytest.raises(WrongPassphrase):  # the half-made vault's passphrase never took over
        Store.open(store_dir, passphrase=NEW_PASSPHRASE)
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        assert store.vault.vault_id == vault_id and not store.finished_rekey
        assert marker(store) == "still here" and store.integrity_problems() == []
    finally:
        store.close()
    assert not (store_dir / "vault.json.new").exists()
    Store.open(store_dir, recovery_key=old_recovery).close()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, NEW_PASSPHRASE])
def test_killed_after_the_database_changed_the_next_unlock_finishes_the_switch(
    closed: tuple[Path, str, bytes], monkeypatch: pytest.MonkeyPatch, passphrase: str
) -> None:
    store_dir, old_recovery, old_key = closed
    kill_at(monkeypatch, "_rekey_database", after=True)
    with pytest.raises(Killed):
        Store.open(store_dir, passphrase=PASSPHRASE).rekey(passphrase)
    monkeypatch.undo()
    assert not key_opens(store_dir / "store.db", old_key)
    pending = Vault.load(store_dir / "vault.json.new")
    if passphrase != PASSPHRASE:
        # The old passphrase opens only the old vault, whose key no longer fits: say why.
        with pytest.raises(VaultError, match="stopped half-way"):
            Store.open(store_dir, passphrase=PASSPHRASE)
    with pytest.raises(VaultError, match="stopped half-way"):
        Store.open(store_dir, recovery_key=old_recovery)
    store = Store.open(store_dir, passphrase=passphrase)
    try:
        assert store.finished_rekey and store.vault.vault_id == pending.vault_id
        assert marker(store) == "still here" and store.integrity_problems() == []
    finally:
        store.close()
    assert Vault.load(store_dir / "vault.json").vault_id == pending.vault_id
    assert not (store_dir / "vault.json.new").exists()
    reopened = Store.open(store_dir, passphrase=passphrase)
    assert not reopened.finished_rekey
    reopened.close()


def test_killed_after_the_commit_before_the_checkpoint(
    closed: tuple[Path, str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new pages are in the WAL only (the process died holding its connection)."""
    store_dir, _, old_key = closed
    left_open: list[Any] = []

    def rekey_then_die(db: Path, old: bytes, new: bytes) -> None:
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        conn.execute(rekey_module.key_statement("key", old))
        conn.execute(rekey_module.key_statement("rekey", new))
        left_open.append(conn)
        raise Killed("after the commit")

    monkeypatch.setattr(rekey_module, "_rekey_database", rekey_then_die)
    with pytest.raises(Killed):
        Store.open(store_dir, passphrase=PASSPHRASE).rekey(PASSPHRASE)
    monkeypatch.undo()
    try:
        assert Path(f"{store_dir / 'store.db'}-wal").stat().st_size > 0
        store = Store.open(store_dir, passphrase=PASSPHRASE)
        try:
            assert store.finished_rekey and marker(store) == "still here"
            assert store.integrity_problems() == []
        finally:
            store.close()
    finally:
        for conn in left_open:
            conn.close()
    assert not key_opens(store_dir / "store.db", old_key)
