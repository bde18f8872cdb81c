"""Schema version 6: HQ's acknowledgements are recorded, refused records quarantined.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "quarantine",
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("quarantine")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("acked_at")
