"""HQ schema version 11: the settings an admin changes in the console (``hq_setting``: the
days after which an office without contact is shown stale).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_setting",
        sa.Column("name", sa.String(length=64), primary_key=True),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hq_setting")
