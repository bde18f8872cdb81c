"""Alembic environment for the field store.

Migrations run inside the app at unlock (see `fieldapp.store.migrate`), on the connection the
app already holds: the key never leaves the process and no URL with a key is ever written.
"""

from __future__ import annotations

from alembic import context

from fieldapp.store.tables import is_search_table, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=lambda name, type_, parent: not (type_ == "table" and is_search_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
