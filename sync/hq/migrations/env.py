"""Alembic environment for HQ's database (SQLite or PostgreSQL).

Migrations run when HQ starts (see `sync.hq.database`), on the connection it gives.
"""

from __future__ import annotations

from alembic import context

from sync.hq.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="hq_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
