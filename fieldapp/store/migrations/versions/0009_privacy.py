"""Schema version 9: privacy of the people trained (DESIGN.md §12, issue 16).

- A person gains a legal basis (with its date and reason) and ``erased_at``; consent given
  and withdrawn become dated events (``consent_event``); existing consent ticks become one
  "given" event each, on their consent date (or the day the person was last changed).
- An attendance keeps the attendee's age band at the event when their birth year cannot
  travel or is erased.
- People deleted from the registry keep no identity (their tombstones are blanked).
- ``output`` logs every file written with names (synced to HQ's audit), ``output_person``
  whom it named; ``erasure`` lists the people erased here (no names).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FACTS = [  # ix_attendance_event_facts as migration 0003 made it
    "event_id",
    "role",
    "deleted_at",
    "participant_id",
    "days_attended",
    "pre_test_score",
    "post_test_score",
    "satisfaction",
]


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_basis", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("basis_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("basis_note", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("age_band", sa.String(length=20), nullable=True))
        # The indicators read it with the rest of an event's attendance: still covered.
        batch_op.drop_index("ix_attendance_event_facts")
        batch_op.create_index("ix_attendance_event_facts", [*FACTS, "age_band"], unique=False)
    op.create_table(
        "output",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_output_at", "output", ["at"], unique=False)
    op.create_table(
        "output_person",
        sa.Column("output_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["output_id"], ["output.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("output_id", "participant_id"),
    )
    op.create_index(
        "ix_output_person_participant", "output_person", ["participant_id"], unique=False
    )
    op.create_table(
        "consent_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=128), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_consent_event_participant",
        "consent_event",
        ["participant_id", "on_date"],
        unique=False,
    )
    op.create_table(
        "erasure",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("erased_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("participant_id"),
    )
    # Every consent ticked so far becomes the event it was. (SQLite: lower(hex(randomblob)) is
    # a random id; the store is SQLCipher, never PostgreSQL.)
    op.execute(
        "INSERT INTO consent_event (id, participant_id, given, on_date, recorded_by, recorded_at) "
        "SELECT lower(hex(randomblob(16))), id, 1, coalesce(consent_date, date(updated_at)), "
        "recorded_by, updated_at FROM participant WHERE consent = 1"
    )
    # People taken out of the registry (deleted, or duplicates merged away) keep no identity
    # from now on: their tombstones are blanked (the search index holds no deleted person).
    op.execute(
        "UPDATE participant SET full_name = '', name_key = '', email = NULL, phone = NULL, "
        "position = NULL, birth_year = NULL WHERE deleted_at IS NOT NULL"
    )
    # A consent recorded before: its basis is consent, from that date.
    op.execute(
        "UPDATE participant SET legal_basis = 'consent', basis_date = consent_date "
        "WHERE consent = 1"
    )


def downgrade() -> None:
    op.drop_table("erasure")
    op.drop_index("ix_consent_event_participant", table_name="consent_event")
    op.drop_table("consent_event")
    op.drop_index("ix_output_person_participant", table_name="output_person")
    op.drop_table("output_person")
    op.drop_index("ix_output_at", table_name="output")
    op.drop_table("output")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_event_facts")
        batch_op.create_index("ix_attendance_event_facts", FACTS, unique=False)
        batch_op.drop_column("age_band")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
        batch_op.drop_column("basis_note")
        batch_op.drop_column("basis_date")
        batch_op.drop_column("legal_basis")
