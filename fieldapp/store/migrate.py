"""Schema versions of the store, upgraded by Alembic at unlock.

The schema version a store is at is its Alembic revision; `SCHEMA_VERSIONS` lists them
oldest first, so "schema version N" (fixtures, batch envelopes) has one meaning.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"""^revision\b[^=\n]*= ['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\b[^=\n]*= (?:None|['"]([^'"]+)['"])""", re.MULTILINE)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # Alembic only when a schema changes (see below)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def schema_versions() -> list[str]:
    """Every revision, oldest first: schema version N is ``schema_versions()[N - 1]``.

    Read from the migration files' own ``revision`` and ``down_revision`` lines, not through
    Alembic: opening a store already at the newest schema (every unlock but the first after
    an update) then needs none of Alembic's modules, some 0.15 s of imports that held the
    interpreter while the screens were built behind the unlock screen."""
    after: dict[str | None, str] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            raise RuntimeError(f"{path.name} names no revision or no down_revision")
        if down.group(1) in after:
            raise RuntimeError(f"two migrations follow {down.group(1)}: {path.name}")
        after[down.group(1)] = revision.group(1)
    versions: list[str] = []
    step = after.get(None)
    while step is not None:
        versions.append(step)
        step = after.get(step)
    if len(versions) != len(after):
        raise RuntimeError("the migrations do not form one line from the first")
    return versions


def head_revision() -> str:
    return schema_versions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The store's revision, as Alembic keeps it (``alembic_version``); None if it has none."""
    kept = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if kept is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def version_number(revision: str | None) -> int:
    """1 for the first revision, 0 for an empty store."""
    return 0 if revision is None else schema_versions().index(revision) + 1


def upgrade(connection: Connection) -> None:
    """Bring the store on ``connection`` to the newest schema, in one transaction."""
    from alembic import command

    command.upgrade(_config(connection), "head")
