"""HQ schema version 13: the region an admin puts an office in (``hq_office.region``; none:
in no region), so figures, events and reports can be asked for a region's offices.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_office") as batch:
        batch.add_column(sa.Column("region", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_office") as batch:
        batch.drop_column("region")
