"""Schema version 5: the search index holds only people who are not deleted.

Deleted (tombstoned) people drop out of the index, so a search counts its matches in the index
alone, without visiting each person, and a deleted person's name is no longer searchable.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = "full_name, organization, email"
NEW = "new.full_name, new.organization, new.email"
OLD = "old.full_name, old.organization, old.email"


def upgrade() -> None:
    for name in ("person_search_ai", "person_search_ad", "person_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"""CREATE TRIGGER person_search_ai AFTER INSERT ON participant
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_ad AFTER DELETE ON participant
        WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_au_old AFTER UPDATE OF {COLUMNS}, deleted_at ON participant
        WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_au_new AFTER UPDATE OF {COLUMNS}, deleted_at ON participant
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW});
    END""")
    op.execute("INSERT INTO person_search(person_search) VALUES ('delete-all')")
    op.execute(
        f"INSERT INTO person_search(rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM participant WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    for name in ("person_search_ai", "person_search_ad", "person_search_au_old", "person_search_au_new"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"""CREATE TRIGGER person_search_ai AFTER INSERT ON participant BEGIN
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_ad AFTER DELETE ON participant BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD});
    END""")
    op.execute(f"""CREATE TRIGGER person_search_au AFTER UPDATE OF {COLUMNS} ON participant BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD});
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW});
    END""")
    op.execute("INSERT INTO person_search(person_search) VALUES ('rebuild')")
