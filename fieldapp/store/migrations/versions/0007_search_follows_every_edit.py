"""Schema version 7: saving a person keeps them findable.

Schema 5 kept the search index current with two update triggers, one taking the old row out
and one putting the new row in. SQLite fires triggers newest first, so the new row went in
and was then taken out again: editing anyone (even only their birth year, as the editor saves
every field) hid them from search. One trigger now does both, in order; the index is rebuilt
from the people who are not deleted.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = "full_name, organization, email"
NEW = "new.full_name, new.organization, new.email"
OLD = "old.full_name, old.organization, old.email"


def upgrade() -> None:
    for name in ("person_search_au_old", "person_search_au_new", "person_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"""CREATE TRIGGER person_search_au AFTER UPDATE OF {COLUMNS}, deleted_at ON participant
        BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS})
            SELECT 'delete', old.rowid, {OLD} WHERE old.deleted_at IS NULL;
        INSERT INTO person_search(rowid, {COLUMNS})
            SELECT new.rowid, {NEW} WHERE new.deleted_at IS NULL;
    END""")
    op.execute("INSERT INTO person_search(person_search) VALUES ('delete-all')")
    op.execute(
        f"INSERT INTO person_search(rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM participant "
        "WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS person_search_au")
    op.execute(f"""CREATE TRIGGER person_search_au_old AFTER UPDATE OF {COLUMNS}, deleted_at ON participant
        WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_au_new AFTER UPDATE OF {COLUMNS}, deleted_at ON participant
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW});
    END""")
