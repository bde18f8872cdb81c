"""HQ schema version 2: each batch keeps how many records it carried and how many were
rejected, for the offices' sync health.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("records", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("rejected", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("hq_batch", schema=None) as batch_op:
        batch_op.drop_column("rejected")
        batch_op.drop_column("records")
