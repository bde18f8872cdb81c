"""HQ schema version 8: HQ's figures kept per office (issue 17, `sync.hq.aggregates`).

- ``hq_office_figures``: each office's figures version, one more with each transaction that
  changes a record its figures are counted from. Every office HQ already holds records of
  starts at version 1, so nothing counted before this schema is taken as current.
- ``hq_tally``: the sums behind an office's figures over one period unit (all time, a year, a
  quarter, a month), with the figures version and code lists they were counted with. Empty
  here: each is counted the first time it is read (or by ``fieldapp-hq figures rebuild``).
- ``ix_hq_attendance_office_facts``: an office's attendance by event, holding every column
  the indicators read, so counting one office reads its own rows only.
- ``ix_participant_facts``: what the indicators read of a person, so the count never visits
  the people's rows.
- ``ix_hq_batch_device_health``: an office's sync health read from an index of its devices'
  batches, never reading past the signed answers stored in the rows.

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

ATTENDANCE_FACTS = [
    "office_id",
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

PERSON_FACTS = [
    "id",
    "deleted_at",
    "sex",
    "birth_year",
    "age_band",
    "organization_type",
    "nationality",
]
BATCH_HEALTH = ["device_id", "seq", "received_at", "records", "rejected"]


def upgrade() -> None:
    op.create_table(
        "hq_office_figures",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("office_id"),
    )
    op.create_table(
        "hq_tally",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("lists_digest", sa.String(length=64), nullable=False),
        sa.Column("tally", sa.Text(), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "unit"),
    )
    op.execute(
        "INSERT INTO hq_office_figures (office_id, version)"
        " SELECT office_id, 1 FROM hq_office"
        " UNION SELECT DISTINCT office_id, 1 FROM hq_event"
    )
    op.create_index(
        "ix_hq_attendance_office_facts", "hq_attendance", ATTENDANCE_FACTS, unique=False
    )
    op.create_index("ix_hq_batch_device_health", "hq_batch", BATCH_HEALTH, unique=False)
    op.create_index("ix_participant_facts", "hq_participant", PERSON_FACTS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_participant_facts", table_name="hq_participant")
    op.drop_index("ix_hq_batch_device_health", table_name="hq_batch")
    op.drop_index("ix_hq_attendance_office_facts", table_name="hq_attendance")
    op.drop_table("hq_tally")
    op.drop_table("hq_office_figures")
