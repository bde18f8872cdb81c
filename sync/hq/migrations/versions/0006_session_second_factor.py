"""HQ schema version 6: a session remembers the second factor it was signed in with ("totp",
"recovery code", or none), so an admin's session made with a password alone (the user was
promoted afterwards) is refused.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_session") as table:
        table.add_column(sa.Column("second_factor", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_session") as table:
        table.drop_column("second_factor")
