"""Schema versions of the store, upgraded by Alembic at unlock.

The schema version a store is at is its Alembic revision; `SCHEMA_VERSIONS` lists them
oldest first, so "schema version N" (fixtures, batch envelopes) has one meaning.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def schema_versions() -> list[str]:
    """Every revision, oldest first: schema version N is ``schema_versions()[N - 1]``."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return schema_versions()[-1]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def version_number(revision: str | None) -> int:
    """1 for the first revision, 0 for an empty store."""
    return 0 if revision is None else schema_versions().index(revision) + 1


def upgrade(connection: Connection) -> None:
    """Bring the store on ``connection`` to the newest schema, in one transaction."""
    command.upgrade(_config(connection), "head")
