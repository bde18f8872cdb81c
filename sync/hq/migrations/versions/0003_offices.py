"""HQ schema version 3: HQ's own list of offices. HQ makes an office's id; an enrollment token
names the office it enrolls into, and a device takes that id (DESIGN.md §10).

Offices already known through their devices are listed under the id their devices used;
unused tokens of schema 2 (which named an office only) point to the office of that name, made
if none exists.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_office",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("office_id"),
    )
    with op.batch_alter_table("hq_office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_office_name"), ["name"], unique=False)
    with op.batch_alter_table("hq_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_id", sa.String(length=64), nullable=True))

    conn = op.get_bind()
    office = sa.table(
        "hq_office",
        sa.column("office_id", sa.String),
        sa.column("name", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    device = sa.table(
        "hq_device",
        sa.column("office_id", sa.String),
        sa.column("office_name", sa.String),
        sa.column("enrolled_at", sa.DateTime(timezone=True)),
    )
    token = sa.table(
        "hq_token",
        sa.column("office_id", sa.String),
        sa.column("office_name", sa.String),
    )
    known = conn.execute(
        sa.select(
            device.c.office_id, sa.func.max(device.c.office_name), sa.func.min(device.c.enrolled_at)
        ).group_by(device.c.office_id)
    ).all()
    by_name: dict[str, str] = {}
    for office_id, name, since in known:
        conn.execute(sa.insert(office).values(office_id=office_id, name=name, created_at=since))
        by_name.setdefault(name, office_id)
    for (name,) in conn.execute(sa.select(token.c.office_name).distinct()).all():
        if name not in by_name:
            by_name[name] = str(uuid.uuid4())
            conn.execute(
                sa.insert(office).values(
                    office_id=by_name[name], name=name, created_at=datetime.now(UTC)
                )
            )
        conn.execute(
            sa.update(token).where(token.c.office_name == name).values(office_id=by_name[name])
        )


def downgrade() -> None:
    with op.batch_alter_table("hq_token", schema=None) as batch_op:
        batch_op.drop_column("office_id")
    with op.batch_alter_table("hq_office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_office_name"))
    op.drop_table("hq_office")
