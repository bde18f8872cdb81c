"""HQ schema version 12: the code lists an admin uploads in the console and publishes
(``hq_code_lists``: each version's lists, a draft until published).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_code_lists",
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("lists", sa.Text(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_by", sa.String(length=200), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("published_by", sa.String(length=200), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("hq_code_lists")
