"""Schema version 4: search people as you type.

A normalised name (`name_key`, for prefix search and duplicates) and an FTS5 trigram index
over name, organization and e-mail, kept current by triggers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from fieldapp.domain.names import name_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = "full_name, organization, email"
TRIGGERS = {
    "person_search_ai": f"""CREATE TRIGGER person_search_ai AFTER INSERT ON participant BEGIN
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, new.full_name, new.organization, new.email);
    END""",
    "person_search_ad": f"""CREATE TRIGGER person_search_ad AFTER DELETE ON participant BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS})
        VALUES ('delete', old.rowid, old.full_name, old.organization, old.email);
    END""",
    "person_search_au": f"""CREATE TRIGGER person_search_au AFTER UPDATE OF {COLUMNS} ON participant BEGIN
        INSERT INTO person_search(person_search, rowid, {COLUMNS})
        VALUES ('delete', old.rowid, old.full_name, old.organization, old.email);
        INSERT INTO person_search(rowid, {COLUMNS}) VALUES (new.rowid, new.full_name, new.organization, new.email);
    END""",
}


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=200), nullable=False, server_default=""))
        batch_op.create_index("ix_participant_name_key", ["name_key", "birth_year"], unique=False)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, full_name FROM participant")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE participant SET name_key = :key WHERE id = :id"),
            [{"id": pid, "key": name_key(name)} for pid, name in rows],
        )
    op.execute(
        f"CREATE VIRTUAL TABLE person_search USING fts5({COLUMNS}, content='participant', "
        "content_rowid='rowid', tokenize='trigram remove_diacritics 1')"
    )
    op.execute("INSERT INTO person_search(person_search) VALUES ('rebuild')")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS person_search")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_name_key")
        batch_op.drop_column("name_key")
