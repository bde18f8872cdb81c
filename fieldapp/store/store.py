"""An open (unlocked) store: the engine on the encrypted database, and what it knows of itself.

`Store.create` makes a new store; `Store.open` unlocks an existing one, backs it up and runs
the migrations when its schema is older than the app's. `close` drops the connections and
the key (the auto-lock calls it).
"""

from __future__ import annotations

import getpass
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError

from fieldapp.domain.codelists import codelists
from fieldapp.domain.passphrase_rules import passphrase_problems
from fieldapp.domain.validation import ValidationError, problem
from fieldapp.store import migrate
from fieldapp.store.backup import create_backup, rewrap_local_backups
from fieldapp.store.engine import make_engine
from fieldapp.store.layout import DataDir
from fieldapp.store.lock import StoreLock
from fieldapp.store.rekey import Rekeyed, Unlock, rekey, unlock_store
from fieldapp.store.tables import Setting, table_of
from fieldapp.store.throttle import UnlockThrottle
from fieldapp.store.vault import KdfParams, Vault, VaultError, WrongPassphrase
from sync.link import Link, LinkError
from sync.reference import use_kept_bundle
from sync.seal import ed25519_public

if TYPE_CHECKING:  # the figures read the store's tables: imported when first used
    from fieldapp.store.figures import Warmer

log = logging.getLogger(__name__)
SETTINGS = table_of(Setting)
LINK_SETTING = "hq_link"  # the link to HQ as pinned at enrollment (sync.json is a copy)


class StoreError(Exception):
    """The store cannot be opened or used, for a reason the user can act on."""


class IntegrityProblem(StoreError):
    """The encrypted file is damaged (failed integrity checks)."""


@dataclass(frozen=True)
class Identity:
    """Who writes: stamped on every synced record."""

    office_id: str
    office_name: str
    country: str
    device_id: str
    recorded_by: str


class StoreKey:
    """The raw key, held in memory only while the store is open; a closed store refuses."""

    def __init__(self, raw_key: bytes) -> None:
        self._value: bytes | None = raw_key

    def __call__(self) -> bytes:
        if self._value is None:
            raise StoreError("The store is locked.")
        return self._value

    def forget(self) -> None:
        self._value = None


class Store:
    def __init__(
        self,
        data: DataDir,
        engine: Engine,
        vault: Vault,
        key: StoreKey,
        lock: StoreLock | None = None,
    ) -> None:
        self.data = data
        self.engine = engine
        self.vault = vault
        self._key = key
        # Taken only once the secret proved right: a wrong passphrase creates no lock file.
        self._lock = lock or StoreLock(data.lock).acquire(exclusive=False)
        self.finished_rekey = False  # set by `open`: see `rekey.unlock_store`
        self._warmer: Warmer | None = None
        self.identity = self._read_identity()

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        *,
        passphrase: str,
        office_name: str,
        country: str,
        recorded_by: str | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Store, str]:
        """Make a new encrypted store in ``root``; returns it and the recovery key (show once)."""
        problems = passphrase_problems(passphrase, office_name=office_name, country=country)
        if not office_name.strip():
            problems.append(problem("office", "required"))
        if country not in codelists().countries:
            problems.append(problem("country", "unknown_country", value=country))
        if problems:
            raise ValidationError(problems)
        data = DataDir(root)
        if data.vault.exists():
            raise StoreError(f"{root} already holds a store. Open it, or choose another folder.")
        data.make()
        if data.db.exists():
            # A database without its vault: an init that died before its end, or a vault
            # lost or deleted. Its key may still be in a backup's vault, so move it aside
            # whole, never delete it.
            aside = data.backups / f"orphaned-{datetime.now(UTC):%Y%m%d-%H%M%S}"
            aside.mkdir(parents=True)
            for path in data.db_files():
                if path.exists():
                    os.replace(path, aside / path.name)
        vault, raw_key, recovery_key = Vault.new(data.vault, passphrase, kdf)
        os.close(os.open(data.db, os.O_CREAT | os.O_WRONLY, 0o600))  # WAL files take its mode
        key = StoreKey(raw_key)
        engine = make_engine(data.db, key)
        with engine.begin() as conn:
            migrate.upgrade(conn)
            conn.execute(
                insert(SETTINGS),
                [
                    {"key": "office_id", "value": str(uuid.uuid4())},
                    {"key": "office_name", "value": office_name.strip()},
                    {"key": "country", "value": country},
                    {"key": "device_id", "value": str(uuid.uuid4())},
                    {"key": "recorded_by", "value": recorded_by or _os_user()},
                ],
            )
        vault.save()  # last: the store exists only once its key is saved
        return cls(data, engine, vault, key), recovery_key

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        throttle: UnlockThrottle | None = None,
    ) -> Store:
        """Unlock the store in ``root``, waiting first after failed attempts (``throttle``,
        by default the counter beside the vault). Raises `WrongPassphrase` having written
        nothing but that counter."""
        data = DataDir(root)
        if not data.db.exists():
            raise StoreError(f"No store in {root}. Create one with `fieldapp init`.")
        vault = Vault.load(data.vault)  # a damaged one is refused here, before any derivation
        unlock: Unlock
        if recovery_key is not None:
            unlock = partial(Vault.unlock_with_recovery_key, recovery_key=recovery_key)
        elif passphrase is not None:
            unlock = partial(Vault.unlock, passphrase=passphrase)
        else:
            raise StoreError("A passphrase or the recovery key is needed to unlock the store.")
        throttle = throttle or UnlockThrottle(data.unlock_failures)
        throttle.before_attempt()
        try:
            unlocked = unlock_store(data, vault, unlock)
        except WrongPassphrase:
            throttle.failed()
            raise
        except sqlcipher3.DatabaseError as exc:
            raise IntegrityProblem(f"The store file cannot be read: {exc}") from None
        throttle.succeeded()
        key = StoreKey(unlocked.raw_key)
        engine = make_engine(data.db, key)
        try:
            try:
                cls._upgrade_if_needed(data, engine, unlocked.vault)
            except DatabaseError as exc:
                raise IntegrityProblem(f"The store file cannot be read: {exc.orig}") from None
            _use_hq_code_lists(data, engine)
            store = cls(data, engine, unlocked.vault, key, unlocked.lock)
            from fieldapp.store.erasure import reapply_erasures  # it writes through the store

            reapply_erasures(engine, data)  # a backup restored brings no erased person back
        except BaseException:
            engine.dispose()
            unlocked.lock.release()
            raise
        store.finished_rekey = unlocked.finished_rekey
        return store

    @staticmethod
    def _upgrade_if_needed(data: DataDir, engine: Engine, vault: Vault) -> None:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
        head = migrate.head_revision()
        if current == head:
            return
        if current is None:
            raise IntegrityProblem("The store holds no schema: it was never finished.")
        if current not in migrate.schema_versions():
            raise StoreError(
                f"This store was made by a newer version of the app (schema {current}). "
                "Update the app to open it."
            )
        label = f"before-schema-{migrate.version_number(head)}"
        path = create_backup(engine, vault, data.backups, label=label)
        log.info("Backed up the store to %s before upgrading its schema", path.name)
        with engine.begin() as conn:
            migrate.upgrade(conn)

    # --- using ------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: everything in it is committed together, or nothing is.

        It takes the write lock at its start, so another process writing at the same moment
        makes it wait (up to the busy timeout) rather than fail half-way."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    @property
    def raw_key(self) -> bytes:
        return self._key()

    @property
    def lock(self) -> StoreLock:
        return self._lock

    def rekey(self, new_passphrase: str, kdf: KdfParams | None = None) -> Rekeyed:
        """A new key for the database under a new vault (see `rekey`); closes the store.

        ``new_passphrase`` goes in the new vault's passphrase slot: the current one, or a new
        one (checked like any other)."""
        problems = passphrase_problems(
            new_passphrase, office_name=self.identity.office_name, country=self.identity.country
        )
        if problems:
            raise ValidationError(problems)
        self._stop_warming()  # the re-key's connection must be the only one
        return rekey(self, new_passphrase, kdf)

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        problems = passphrase_problems(
            new_passphrase, office_name=self.identity.office_name, country=self.identity.country
        )
        if problems:
            raise ValidationError(problems)
        self.vault.change_passphrase(self.raw_key, new_passphrase, kdf)
        rewrap_local_backups(self.data.backups, self.vault)  # the old passphrase opens none of them

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrate.version_number(migrate.current_revision(conn))

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page check and SQLite's quick check; an empty list means sound."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            cipher = conn.execute(text("PRAGMA cipher_integrity_check")).scalars().all()
            problems += [f"cipher_integrity_check: {row}" for row in cipher]
            quick = conn.execute(text("PRAGMA quick_check")).scalars().all()
            problems += [f"quick_check: {row}" for row in quick if row != "ok"]
            current = migrate.current_revision(conn)
        if current != migrate.head_revision():
            problems.append(f"schema: at {current}, expected {migrate.head_revision()}")
        return problems

    def keep_figures_counted(self) -> None:
        """Count the figures again in the background whenever the records have changed and
        then stayed still (`fieldapp.store.figures.Warmer`), until `close`. The app does; a
        one-off command need not."""
        from fieldapp.store.figures import Warmer

        if self._warmer is None:
            self._warmer = Warmer(self.engine).start()

    def _stop_warming(self) -> None:
        if self._warmer is not None:
            self._warmer.stop()
            self._warmer = None

    def close(self) -> None:
        """Forget the key and close every connection: no new one can open after this."""
        self._stop_warming()
        self._key.forget()
        self.engine.dispose()
        self._lock.release()

    def reload_identity(self) -> None:
        """Read who writes again (enrollment gives the office HQ's id)."""
        self.identity = self._read_identity()

    def _read_identity(self) -> Identity:
        with self.engine.connect() as conn:
            return read_identity(conn)


def read_identity(conn: Connection) -> Identity:
    """Who writes in this store, from its settings (on the caller's connection)."""
    rows = {k: v for k, v in conn.execute(select(SETTINGS.c.key, SETTINGS.c.value))}
    try:
        return Identity(
            office_id=rows["office_id"],
            office_name=rows["office_name"],
            country=rows["country"],
            device_id=rows["device_id"],
            recorded_by=rows["recorded_by"],
        )
    except KeyError as exc:
        raise IntegrityProblem(
            f"The store's settings are incomplete ({exc.args[0]} missing)."
        ) from None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


__all__ = ["IntegrityProblem", "Store", "StoreError", "VaultError", "WrongPassphrase"]


def _use_hq_code_lists(data: DataDir, engine: Engine) -> None:
    """Use the code lists HQ last published, if HQ (as pinned in the store) signed them and
    they are newer than ours."""
    with engine.connect() as conn:
        pinned = conn.execute(
            select(SETTINGS.c.value).where(SETTINGS.c.key == LINK_SETTING)
        ).scalar()
    try:
        link = Link.from_json(pinned) if pinned else Link.load(data.link)
    except LinkError:
        return
    if link is not None:
        use_kept_bundle(data.reference, ed25519_public(link.hq_signing_key))
