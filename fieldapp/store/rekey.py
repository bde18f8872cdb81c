"""A new key for the database (``fieldapp passphrase rekey``), and unlocking across one.

A passphrase change rewraps the same key, so an old copy of ``vault.json`` (taken off a stolen
laptop, say) still opens the database with the old passphrase. A re-key changes the key itself
with SQLCipher's ``PRAGMA rekey`` (every page encrypted again) under a new vault: a new id, the
passphrase slot and a new recovery key. Every older vault then opens nothing but the backups
made with it.

The order, so that a kill at any moment leaves a store that opens:

1. an encrypted backup (``before-rekey``), which carries the old vault;
2. the new vault, written whole to ``vault.json.new``;
3. ``PRAGMA rekey``: one SQLite transaction (WAL mode: until its commit frame is on disk the
   database reads with the old key, after it with the new one), then a checkpoint;
4. ``vault.json.new`` renamed over ``vault.json``.

Killed before step 3 commits, ``vault.json`` still opens the database and the next unlock
removes the stale ``vault.json.new``. Killed after, only ``vault.json.new`` opens it, and the
next unlock finishes the switch (`unlock_store`). A re-key holds the store's lock exclusively
from start to end, and an unlock touches ``vault.json.new`` only under the shared lock, so no
unlock sees one half done.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from fieldapp.store.backup import create_backup
from fieldapp.store.engine import key_statement
from fieldapp.store.layout import DataDir
from fieldapp.store.lock import StoreLock
from fieldapp.store.vault import (
    KdfParams,
    Vault,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
)
from sync.atomic import fsync_dir, write_atomic

if TYPE_CHECKING:
    from fieldapp.store.store import Store

log = logging.getLogger(__name__)
SQLITE_NOTADB = 26  # "file is not a database": what SQLCipher says to a wrong key
Unlock = Callable[[Vault], bytes]  # a vault's key, by passphrase or recovery key


class VaultMismatch(VaultDamaged):
    """The vault opens, but its key does not open the database."""


@dataclass
class Unlocked:
    vault: Vault
    raw_key: bytes
    lock: StoreLock  # shared, taken once the secret proved right
    finished_rekey: bool = False  # an interrupted re-key was completed: its recovery key unseen


def key_opens(db: Path, raw_key: bytes) -> bool:
    """Whether ``raw_key`` decrypts the database (False for a wrong key; other errors raise)."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        # SQLCipher logs every failed page to stderr; here a wrong key is an expected answer.
        # The level is process-wide, so it is put back afterwards.
        level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute(key_statement("key", raw_key))
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
                return False
            raise
        finally:
            conn.execute(f"PRAGMA cipher_log_level = {level}")
    finally:
        conn.close()


def unlock_store(data: DataDir, vault: Vault, unlock: Unlock) -> Unlocked:
    """The vault and key that open the database, finishing or clearing a re-key left half done.

    Raises `WrongPassphrase` (having written nothing) when no vault opens with the secret, and
    `VaultMismatch` when the vault opens but its key does not open the database."""
    pending = _pending(data)
    try:
        current, raw_key = vault, unlock(vault)
    except WrongPassphrase:
        if pending is None:
            raise
        current, raw_key = pending, unlock(pending)  # a new passphrase given to the re-key
    lock = StoreLock(data.lock).acquire(exclusive=False)
    try:
        if key_opens(data.db, raw_key):
            if current is pending:
                _finish(data, raw_key)
                return Unlocked(current, raw_key, lock, finished_rekey=True)
            if pending is not None:
                log.info("Removing %s: its re-key never reached the database", pending.path)
                data.vault_pending.unlink(missing_ok=True)
            return Unlocked(current, raw_key, lock)
        if current is pending:  # that re-key never happened: its new passphrase is not valid
            data.vault_pending.unlink(missing_ok=True)
            raise WrongPassphrase("The passphrase is not correct.")
        if pending is not None:
            try:
                new_key = unlock(pending)
            except WrongPassphrase:
                raise VaultError(
                    "A change of the store's key (`fieldapp passphrase rekey`) stopped half-way. "
                    "Open the store with the passphrase that change was given."
                ) from None
            if key_opens(data.db, new_key):
                _finish(data, new_key)
                return Unlocked(pending, new_key, lock, finished_rekey=True)
        raise VaultMismatch(
            f"The key vault {data.vault} opens, but its key does not open {data.db.name}: the "
            "vault is from before the store's key was changed (`fieldapp passphrase rekey`) or "
            "belongs to another store, or the database is damaged. Put back the store's "
            "current vault.json, or restore a backup (`fieldapp backup restore FILE`)."
        )
    except BaseException:
        lock.release()
        raise


def _pending(data: DataDir) -> Vault | None:
    if not data.vault_pending.exists():
        return None
    try:
        return Vault.load(data.vault_pending)
    except VaultError as exc:  # written whole by write_atomic: only damage makes it unreadable
        log.warning("Ignoring %s: %s", data.vault_pending, exc)
        return None


def _finish(data: DataDir, raw_key: bytes) -> None:
    """Complete an interrupted re-key: the database has its new key; its vault takes over."""
    _checkpoint(data.db, raw_key)
    with contextlib.suppress(FileNotFoundError):  # another unlock, at the same moment, did it
        os.replace(data.vault_pending, data.vault)
    fsync_dir(data.root)
    log.warning("Finished a change of the store's key that had stopped half-way")


def _checkpoint(db: Path, raw_key: bytes) -> None:
    """Copy the WAL into the database file, so the file itself holds only new-key pages."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(key_statement("key", raw_key))
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


# --- the re-key -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rekeyed:
    recovery_key: str  # show once, like at `fieldapp init`
    backup: Path  # the store as it was, with its old vault: opens with the old key only
    vault_id: str


def rekey(store: Store, passphrase: str, kdf: KdfParams | None = None) -> Rekeyed:
    """Give the store's database a new random key, under a new vault whose passphrase slot
    holds ``passphrase`` (checked by the caller) and a new recovery key. The store is closed
    afterwards, whatever happens: open it again to go on.

    Raises `StoreBusy` if another window or process has the store open."""
    data = store.data
    try:
        store.lock.make_exclusive()
        backup = create_backup(store.engine, store.vault, data.backups, label="before-rekey")
        vault, new_key, recovery_key = Vault.new(
            data.vault, passphrase, kdf or store.vault.current_kdf()
        )
        write_atomic(data.vault_pending, vault.to_bytes())
        old_key = store.raw_key
        store.engine.dispose()  # the re-key's connection must be the only one
        _rekey_database(data.db, old_key, new_key)
        if not key_opens(data.db, new_key):
            raise VaultDamaged(f"{data.db} did not take its new key; its old vault still opens it.")
        os.replace(data.vault_pending, data.vault)
        fsync_dir(data.root)
    finally:
        store.close()
    log.info("Changed the store's key (vault %s)", vault.vault_id)
    return Rekeyed(recovery_key, backup, vault.vault_id)


def _rekey_database(db: Path, old_key: bytes, new_key: bytes) -> None:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(key_statement("key", old_key))
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the old key opens it
        conn.execute(key_statement("rekey", new_key))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
