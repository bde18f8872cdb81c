"""HQ schema version 7: privacy of the people trained (DESIGN.md §12, issue 16).

- An office has an identity-sharing policy (``none`` by default: HQ holds no name), a rule on
  birth years, a retention period, and a policy version devices compare.
- A person gains the legal basis and its date, ``erased_at``, and ``identity_sealed``: their
  identity as AES-GCM ciphertext under a key kept apart from this database, only where the
  office shares identities.
- An attendance keeps the attendee's age band at the event: filled here from the person's
  birth year at the event's start, before every identity held in clear (names, e-mails,
  phones, positions, birth years) is blanked, since every office starts at ``none``. On
  SQLite, `sync.hq.database.upgrade` then checkpoints the WAL and vacuums, so no overwritten
  name is left in the file (``secure_delete`` zeroes what is freed).
- ``hq_output``: the files with names written on devices (each also enters the audit log).
- A user may be granted the right to reveal one person's identity.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_office") as table:
        table.add_column(
            sa.Column("identities", sa.String(length=8), nullable=False, server_default="none")
        )
        table.add_column(
            sa.Column("share_birth_year", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        table.add_column(
            sa.Column("retention_years", sa.Integer(), nullable=False, server_default="5")
        )
        table.add_column(
            sa.Column("policy_version", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("hq_participant") as table:
        table.add_column(sa.Column("legal_basis", sa.String(length=40), nullable=True))
        table.add_column(sa.Column("basis_date", sa.Date(), nullable=True))
        table.add_column(sa.Column("basis_note", sa.String(length=500), nullable=True))
        table.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        table.add_column(sa.Column("identity_sealed", sa.Text(), nullable=True))
    with op.batch_alter_table("hq_attendance") as table:
        table.add_column(sa.Column("age_band", sa.String(length=20), nullable=True))
    with op.batch_alter_table("hq_user") as table:
        table.add_column(
            sa.Column("reveal_identities", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    _fill_age_bands()
    _blank_identities()
    op.create_table(
        "hq_output",
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
    op.create_index("ix_hq_output_office_at", "hq_output", ["office_id", "at"], unique=False)


_ATTENDANCE = sa.table(
    "hq_attendance",
    sa.column("id", sa.String),
    sa.column("event_id", sa.String),
    sa.column("participant_id", sa.String),
    sa.column("age_band", sa.String),
)
_PARTICIPANT = sa.table(
    "hq_participant",
    sa.column("id", sa.String),
    sa.column("birth_year", sa.Integer),
    sa.column("age_band", sa.String),
    sa.column("full_name", sa.String),
    sa.column("email", sa.String),
    sa.column("phone", sa.String),
    sa.column("position", sa.String),
    sa.column("basis_note", sa.String),
)
_EVENT = sa.table("hq_event", sa.column("id", sa.String), sa.column("start_date", sa.Date))


def _fill_age_bands() -> None:
    """Each attendance's age band at its event, while HQ still holds birth years (the shipped
    bands, as devices compute them: `fieldapp.domain.attendee_age`)."""
    from fieldapp.domain.attendee_age import band_at_event

    conn = op.get_bind()
    a, p, e = _ATTENDANCE, _PARTICIPANT, _EVENT
    rows = conn.execute(
        sa.select(a.c.id, p.c.age_band, p.c.birth_year, e.c.start_date)
        .select_from(a.join(p, p.c.id == a.c.participant_id).join(e, e.c.id == a.c.event_id))
        .where(a.c.age_band.is_(None))
    ).all()
    bands = [
        {"row_id": row.id, "band": band}
        for row in rows
        if (band := band_at_event(row.age_band, row.birth_year, row.start_date)) is not None
    ]
    if bands:
        conn.execute(
            sa.update(a)
            .where(a.c.id == sa.bindparam("row_id"))
            .values(age_band=sa.bindparam("band")),
            bands,
        )


def _blank_identities() -> None:
    """Every office starts at ``none``: HQ keeps no identity in clear."""
    p = _PARTICIPANT
    op.get_bind().execute(
        sa.update(p).values(
            full_name="", email=None, phone=None, position=None, birth_year=None, basis_note=None
        )
    )


def downgrade() -> None:
    op.drop_index("ix_hq_output_office_at", table_name="hq_output")
    op.drop_table("hq_output")
    with op.batch_alter_table("hq_user") as table:
        table.drop_column("reveal_identities")
    with op.batch_alter_table("hq_attendance") as table:
        table.drop_column("age_band")
    with op.batch_alter_table("hq_participant") as table:
        table.drop_column("identity_sealed")
        table.drop_column("erased_at")
        table.drop_column("basis_note")
        table.drop_column("basis_date")
        table.drop_column("legal_basis")
    with op.batch_alter_table("hq_office") as table:
        table.drop_column("policy_version")
        table.drop_column("retention_years")
        table.drop_column("share_birth_year")
        table.drop_column("identities")
