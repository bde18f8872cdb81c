"""Where a store keeps its files inside its data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir() -> Path:
    """The platform's user data folder (e.g. ~/.local/share/fieldapp), or $FIELDAPP_DATA_DIR."""
    override = os.environ.get("FIELDAPP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir("fieldapp", appauthor=False))


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "store.db"

    @property
    def vault(self) -> Path:
        return self.root / "vault.json"

    @property
    def vault_pending(self) -> Path:
        """The next vault, written before the database's key changes (see `rekey`)."""
        return self.root / "vault.json.new"

    @property
    def unlock_failures(self) -> Path:
        """How many unlocks failed lately, and when (see `throttle`); no secret."""
        return self.root / "unlock-failures.json"

    @property
    def link(self) -> Path:
        """HQ's address and pinned public keys (no secret: the courier reads it locked)."""
        return self.root / "sync.json"

    @property
    def lock(self) -> Path:
        return self.root / "store.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def contact(self) -> Path:
        """When HQ was last tried and last reached (no secret)."""
        return self.root / "contact.json"

    @property
    def reference(self) -> Path:
        """HQ's signed bundle of code lists, when newer ones were published."""
        return self.root / "reference.json"

    @property
    def erasures(self) -> Path:
        """The ids of the people erased, with when and why, no name (`erasure`): outside the
        store, so a backup restored later erases them again."""
        return self.root / "erasures.json"

    def db_files(self) -> list[Path]:
        """The database and its WAL companions: what must move together."""
        return [self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm")]

    def exists(self) -> bool:
        return self.vault.exists() and self.db.exists()

    def make(self) -> None:
        for folder in (self.root, self.backups, self.logs, self.outbox, self.inbox):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
