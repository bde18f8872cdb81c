"""Schema version 10: the indicators read the attendance and the people from their indexes
alone (issue 17).

- ``ix_attendance_event_facts`` also holds the attendance's office (the indicators' join
  reads it: at HQ only an office's own attendance counts at its events), so no attendance row
  is read from the table;
- ``ix_participant_facts`` also holds the person's nationality (the nationality breakdown),
  so the people are read from it alone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ATTENDANCE_FACTS = [  # as schema 9 made it
    "event_id",
    "role",
    "deleted_at",
    "participant_id",
    "days_attended",
    "pre_test_score",
    "post_test_score",
    "satisfaction",
    "age_band",
]
PARTICIPANT_FACTS = ["id", "deleted_at", "sex", "birth_year", "age_band", "organization_type"]


def upgrade() -> None:
    op.drop_index("ix_attendance_event_facts", table_name="attendance")
    op.create_index("ix_attendance_event_facts", "attendance", [*ATTENDANCE_FACTS, "office_id"])
    op.drop_index("ix_participant_facts", table_name="participant")
    op.create_index("ix_participant_facts", "participant", [*PARTICIPANT_FACTS, "nationality"])


def downgrade() -> None:
    op.drop_index("ix_participant_facts", table_name="participant")
    op.create_index("ix_participant_facts", "participant", PARTICIPANT_FACTS)
    op.drop_index("ix_attendance_event_facts", table_name="attendance")
    op.create_index("ix_attendance_event_facts", "attendance", ATTENDANCE_FACTS)
