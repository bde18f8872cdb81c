"""HQ schema version 5: accounts (DESIGN.md §11). Users with their roles and offices, TOTP
recovery codes, server-side sessions, API tokens, failed sign-ins (lock-out) and the audit log.
HQ keeps only hashes of what proves who someone is: Argon2id for passwords, SHA-256 for
session cookies, API tokens, recovery and sign-in codes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_WHEN = sa.DateTime(timezone=True)


def _user_fk() -> sa.Column:
    return sa.Column(
        "user_id",
        sa.Integer(),
        sa.ForeignKey("hq_user.user_id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "hq_user",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("signin_code_hash", sa.String(length=64), nullable=True),
        sa.Column("signin_code_expires_at", _WHEN, nullable=True),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("totp_last_step", sa.Integer(), nullable=True),
        sa.Column("disabled_at", _WHEN, nullable=True),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("changed_at", _WHEN, nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "hq_user_office",
        _user_fk(),
        sa.Column(
            "office_id",
            sa.String(length=64),
            sa.ForeignKey("hq_office.office_id"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("user_id", "office_id"),
    )
    op.create_table(
        "hq_recovery_code",
        _user_fk(),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", _WHEN, nullable=True),
        sa.PrimaryKeyConstraint("user_id", "code_hash"),
    )
    op.create_table(
        "hq_session",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        _user_fk(),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("last_seen_at", _WHEN, nullable=False),
        sa.Column("expires_at", _WHEN, nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_index("ix_hq_session_user_id", "hq_session", ["user_id"], unique=False)
    op.create_table(
        "hq_api_token",
        sa.Column("token_id", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        _user_fk(),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("expires_at", _WHEN, nullable=False),
        sa.Column("revoked_at", _WHEN, nullable=True),
        sa.Column("last_used_at", _WHEN, nullable=True),
        sa.PrimaryKeyConstraint("token_id"),
    )
    op.create_index("ix_hq_api_token_user_id", "hq_api_token", ["user_id"], unique=False)
    op.create_table(
        "hq_api_token_office",
        sa.Column(
            "token_id",
            sa.String(length=16),
            sa.ForeignKey("hq_api_token.token_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "office_id",
            sa.String(length=64),
            sa.ForeignKey("hq_office.office_id"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("token_id", "office_id"),
    )
    op.create_table(
        "hq_signin_failure",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_at", _WHEN, nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "hq_audit",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", _WHEN, nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_hq_audit_action", "hq_audit", ["action"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_hq_audit_action", table_name="hq_audit")
    op.drop_table("hq_audit")
    op.drop_table("hq_signin_failure")
    op.drop_table("hq_api_token_office")
    op.drop_index("ix_hq_api_token_user_id", table_name="hq_api_token")
    op.drop_table("hq_api_token")
    op.drop_index("ix_hq_session_user_id", table_name="hq_session")
    op.drop_table("hq_session")
    op.drop_table("hq_recovery_code")
    op.drop_table("hq_user_office")
    op.drop_table("hq_user")
