"""HQ schema version 4: attendance carries its per-day ticks (``days_present``, one "1" or
"0" per day of a multi-day event). Batches from devices that do not send it still apply: the
column stays empty and days attended are as typed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("days_present", sa.String(length=366), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_attendance", schema=None) as batch_op:
        batch_op.drop_column("days_present")
