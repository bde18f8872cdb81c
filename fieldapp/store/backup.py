"""Encrypted backups: one ``.fabackup`` file holding the store and its key vault.

The database inside is the SQLCipher file itself (``VACUUM INTO`` writes it encrypted with the
same key), so a backup holds nothing in clear and opens with the passphrase, or the recovery
key, that was valid when it was made.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from fieldapp.store import migrate
from fieldapp.store.engine import make_engine
from fieldapp.store.layout import DataDir
from fieldapp.store.lock import StoreLock
from fieldapp.store.vault import Vault
from sync.atomic import fsync_dir, write_atomic

SUFFIX = ".fabackup"
FORMAT = 1


class BackupError(Exception):
    """A backup file is damaged, incomplete or not a backup."""


@dataclass(frozen=True)
class BackupInfo:
    created_at: str
    schema_version: int
    db_sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(engine: Engine, vault: Vault, dest: Path, *, label: str = "manual") -> Path:
    """Write a backup of the open store into folder ``dest`` (or to file ``dest``)."""
    now = datetime.now(UTC)
    target = dest if dest.suffix == SUFFIX else dest / f"store-{now:%Y%m%d-%H%M%S}-{label}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as tmp:
        copy = Path(tmp) / "store.db"
        with engine.connect() as conn:
            version = migrate.version_number(migrate.current_revision(conn))
            conn.rollback()
            # VACUUM cannot run inside a transaction: use the driver's connection directly.
            conn.connection.driver_connection.execute("VACUUM INTO ?", (str(copy),))  # type: ignore[union-attr]
        info = BackupInfo(
            created_at=now.isoformat(), schema_version=version, db_sha256=_sha256(copy)
        )
        packed = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps({"format": FORMAT, **info.__dict__}, indent=1))
            zf.writestr("vault.json", vault.to_bytes())
            zf.write(copy, "store.db")
        with open(packed, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(packed, 0o600)
        os.replace(packed, target)
    fsync_dir(target.parent)
    return target


def read_backup(path: Path) -> tuple[BackupInfo, Vault]:
    """The manifest and vault of a backup, checking that its database is whole."""
    if path.exists() and not zipfile.is_zipfile(path):
        raise BackupError(f"{path.name} is not a backup file.")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            vault = Vault.from_bytes(path, zf.read("vault.json"))
            digest = hashlib.sha256()
            with zf.open("store.db") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
    except FileNotFoundError:
        raise BackupError(f"No backup file at {path}.") from None
    except zipfile.BadZipFile as exc:
        raise BackupError(f"{path.name} is damaged ({exc}).") from None
    except (KeyError, ValueError, OSError) as exc:
        raise BackupError(f"{path.name} is not a readable backup ({exc}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path.name} is a backup of an unknown format.")
    try:
        info = BackupInfo(
            manifest["created_at"], int(manifest["schema_version"]), manifest["db_sha256"]
        )
    except (KeyError, TypeError, ValueError):
        raise BackupError(f"{path.name} has a damaged manifest.") from None
    if digest.hexdigest() != info.db_sha256:
        raise BackupError(f"{path.name} is damaged: its database does not match its checksum.")
    return info, vault


def open_backup(path: Path, secret: str, *, recovery_key: bool = False) -> tuple[BackupInfo, bytes]:
    """A backup's manifest and key, with the passphrase (or, ``recovery_key``, the recovery
    key) that was valid when it was made; `WrongPassphrase` otherwise, nothing written."""
    info, vault = read_backup(path)
    raw_key = vault.unlock_with_recovery_key(secret) if recovery_key else vault.unlock(secret)
    return info, raw_key


def _check_db(db: Path, raw_key: bytes) -> list[str]:
    engine = make_engine(db, lambda: raw_key)
    try:
        with engine.connect() as conn:
            problems = [
                f"cipher: {r}"
                for r in conn.execute(text("PRAGMA cipher_integrity_check")).scalars()
            ]
            problems += [
                f"quick_check: {r}"
                for r in conn.execute(text("PRAGMA quick_check")).scalars()
                if r != "ok"
            ]
    except DatabaseError as exc:
        problems = [f"the database does not open with this key ({exc.orig})"]
    finally:
        engine.dispose()
    return problems


def verify_backup(path: Path, raw_key: bytes) -> BackupInfo:
    """Check a backup fully: checksum, then SQLCipher's and SQLite's integrity checks."""
    info, _ = read_backup(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".verify-") as tmp:
        db = Path(tmp) / "store.db"
        with zipfile.ZipFile(path) as zf, zf.open("store.db") as src, open(db, "wb") as dst:
            shutil.copyfileobj(src, dst)
        problems = _check_db(db, raw_key)
    if problems:
        raise BackupError(f"{path.name} failed its integrity checks: " + "; ".join(problems))
    return info


def restore_backup(root: Path, path: Path, raw_key: bytes) -> Path | None:
    """Replace the store in ``root`` by the backup (whose key is ``raw_key``).

    The store being replaced is moved, whole, into ``backups/replaced-<time>/`` first, and its
    folder is returned. The store must be closed.
    """
    data = DataDir(root)
    data.make()
    lock = StoreLock(data.lock).acquire(exclusive=True)  # no window may have it open
    _info, vault = read_backup(path)
    staging = Path(tempfile.mkdtemp(dir=root, prefix=".restore-"))
    try:
        db = staging / "store.db"
        with zipfile.ZipFile(path) as zf, zf.open("store.db") as src, open(db, "wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        problems = _check_db(db, raw_key)
        if problems:
            raise BackupError(f"{path.name} failed its integrity checks: " + "; ".join(problems))
        replaced: Path | None = None
        if data.db.exists() or data.vault.exists():
            replaced = data.backups / f"replaced-{datetime.now(UTC):%Y%m%d-%H%M%S}"
            replaced.mkdir(parents=True)
            for old in [*data.db_files(), data.vault]:
                if old.exists():
                    os.replace(old, replaced / old.name)
            fsync_dir(replaced)
        os.replace(db, data.db)
        write_atomic(data.vault, vault.to_bytes())
        fsync_dir(root)
        _reapply_erasures(data, raw_key)
        return replaced
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        lock.release()


def _reapply_erasures(data: DataDir, raw_key: bytes) -> None:
    """Erase again, in the restored store, whoever was erased after the backup was made."""
    from fieldapp.store.erasure import reapply_erasures  # it writes through the repository

    engine = make_engine(data.db, lambda: raw_key)
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
        if current == migrate.head_revision():  # else the unlock does it, after the upgrade
            reapply_erasures(engine, data)
    finally:
        engine.dispose()


def restore_vault(root: Path, path: Path, raw_key: bytes) -> None:
    """Put back a lost ``vault.json`` from a backup of the same store, keeping the database.

    A passphrase change keeps the key, so a backup's vault opens the current database, with
    the passphrase (or recovery key) valid when the backup was made, unless the store's key
    was changed since (`fieldapp passphrase rekey`): then only backups made after that do."""
    data = DataDir(root)
    if not data.db.exists():
        raise BackupError(f"No store database in {root}: restore the whole backup instead.")
    if data.vault.exists():
        raise BackupError(f"{data.vault} exists already; nothing to put back.")
    _, vault = read_backup(path)
    problems = _check_db(data.db, raw_key)
    if problems:
        raise BackupError(
            f"The key in {path.name} does not open this store: it is a backup from before a "
            "re-key (`fieldapp passphrase rekey`), or of another store."
        )
    write_atomic(data.vault, vault.to_bytes())


def rewrap_local_backups(folder: Path, vault: Vault) -> int:
    """After a passphrase change, give the backups in ``folder`` the store's new vault.

    A backup holds the vault as it was, and a passphrase change keeps the key: left alone,
    every local backup would still open this store with the old passphrase. Backups of other
    stores or from before a re-key (other vault ids) are not touched; copies already carried
    away keep the old passphrase."""
    changed = 0
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            _, old = read_backup(path)
        except BackupError:
            continue
        if old.vault_id != vault.vault_id:
            continue
        with tempfile.TemporaryDirectory(dir=folder, prefix=".rewrap-") as tmp:
            packed = Path(tmp) / "backup.zip"
            with (
                zipfile.ZipFile(path) as src,
                zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_STORED) as dst,
            ):
                for item in src.infolist():
                    data = (
                        vault.to_bytes()
                        if item.filename == "vault.json"
                        else src.read(item.filename)
                    )
                    dst.writestr(item, data)
            with open(packed, "rb") as handle:
                os.fsync(handle.fileno())
            os.chmod(packed, 0o600)
            os.replace(packed, path)
        changed += 1
    fsync_dir(folder)
    return changed
