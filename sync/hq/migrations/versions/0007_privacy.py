"""HQ schema version 7: privacy of the people trained (DESIGN.md §12, issue 16).

- An office has an identity-sharing policy (``none`` by default: HQ holds no name), a rule on
  birth years, a retention period, and a policy version devices compare.
- A person gains the legal basis and its date, ``erased_at``, and ``identity_sealed``: their
  identity as AES-GCM ciphertext under a key kept apart from this database, only where the
  office shares identities. Names already held in clear are cleared by ``fieldapp-hq privacy
  purge`` (their office's policy decides whether they are sealed or dropped).
- An attendance keeps the attendee's age band at the event.
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
