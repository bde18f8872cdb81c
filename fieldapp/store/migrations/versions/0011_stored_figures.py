"""Schema version 11: the office's figures kept counted (issue 17).

``figures_version`` holds one number, one more with every write to a record the figures are
counted from, by triggers on event, event_tag, participant, attendance and head_count: every
writer (the app, the CLI, an import, a restore, a later migration) moves it, none can forget.
``figures_stored`` holds the tallies (and period PDF footers) counted per period unit, each
with the version it was counted at; `fieldapp.store.figures` reads them while current.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COUNTED_FROM = ("event", "event_tag", "participant", "attendance", "head_count")
WRITES = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "figures_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO figures_version (id, version) VALUES (1, 0)")
    op.create_table(
        "figures_stored",
        sa.Column("kind", sa.String(length=20), primary_key=True),
        sa.Column("unit", sa.String(length=10), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("lists_digest", sa.String(length=64), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=False),
    )
    for table in COUNTED_FROM:
        for write in WRITES:
            op.execute(
                f"CREATE TRIGGER figures_{table}_{write.lower()} AFTER {write} ON {table} "
                "BEGIN UPDATE figures_version SET version = version + 1 WHERE id = 1; END"
            )


def downgrade() -> None:
    for table in COUNTED_FROM:
        for write in WRITES:
            op.execute(f"DROP TRIGGER IF EXISTS figures_{table}_{write.lower()}")
    op.drop_table("figures_stored")
    op.drop_table("figures_version")
