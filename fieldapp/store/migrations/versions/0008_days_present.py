"""Schema version 8: per-day attendance of multi-day events.

An attendance gains ``days_present``, one "1" or "0" per day of its event
(`fieldapp.domain.attendance_days`). Existing rows keep it empty: their days attended stay
as typed (nobody can tell which days a "2 of 3" was), and the editor shows every day ticked
for someone who attended the whole event.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("days_present", sa.String(length=366), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("days_present")
