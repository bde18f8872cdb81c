"""Schema version 3: covering indexes for the indicators' scan of attendance and people.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ATTENDANCE_FACTS = [
    "event_id",
    "role",
    "deleted_at",
    "participant_id",
    "days_attended",
    "pre_test_score",
    "post_test_score",
    "satisfaction",
]
PARTICIPANT_FACTS = ["id", "deleted_at", "sex", "birth_year", "age_band", "organization_type"]


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_event")
        batch_op.create_index("ix_attendance_event_facts", ATTENDANCE_FACTS, unique=False)
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_facts", PARTICIPANT_FACTS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_facts")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_event_facts")
        batch_op.create_index("ix_attendance_event", ["event_id"], unique=False)
