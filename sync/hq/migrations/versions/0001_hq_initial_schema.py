"""HQ schema version 1: records, batches, devices, tokens

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hq_attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('days_attended', sa.Float(), nullable=True),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('pre_test_score', sa.Float(), nullable=True),
    sa.Column('post_test_score', sa.Float(), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('certificate_issued', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hq_attendance', schema=None) as batch_op:
        batch_op.create_index('ix_hq_attendance_event', ['event_id'], unique=False)

    op.create_table('hq_batch',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ack', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('batch_id')
    )
    with op.batch_alter_table('hq_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hq_batch_device_id'), ['device_id'], unique=False)

    op.create_table('hq_device',
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('device_id')
    )
    with op.batch_alter_table('hq_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hq_device_office_id'), ['office_id'], unique=False)

    op.create_table('hq_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('modality', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('host_country', sa.String(length=3), nullable=True),
    sa.Column('programme', sa.String(length=200), nullable=True),
    sa.Column('working_group', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('narrative', sa.String(), nullable=True),
    sa.Column('head_count_total', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hq_event', schema=None) as batch_op:
        batch_op.create_index('ix_hq_event_office_start', ['office_id', 'start_date'], unique=False)

    op.create_table('hq_head_count',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('sex', sa.String(length=20), nullable=False),
    sa.Column('age_band', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hq_head_count', schema=None) as batch_op:
        batch_op.create_index('ix_hq_head_count_event', ['event_id'], unique=False)

    op.create_table('hq_participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=20), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('age_band', sa.String(length=20), nullable=True),
    sa.Column('nationality', sa.String(length=3), nullable=True),
    sa.Column('organization', sa.String(length=200), nullable=True),
    sa.Column('organization_type', sa.String(length=40), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('hq_token',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('used_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_table('hq_event_tag',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['hq_event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'kind', 'code')
    )
    with op.batch_alter_table('hq_event_tag', schema=None) as batch_op:
        batch_op.create_index('ix_hq_event_tag_kind_code', ['kind', 'code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('hq_event_tag', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_event_tag_kind_code')

    op.drop_table('hq_event_tag')
    op.drop_table('hq_token')
    op.drop_table('hq_participant')
    with op.batch_alter_table('hq_head_count', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_head_count_event')

    op.drop_table('hq_head_count')
    with op.batch_alter_table('hq_event', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_event_office_start')

    op.drop_table('hq_event')
    with op.batch_alter_table('hq_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hq_device_office_id'))

    op.drop_table('hq_device')
    with op.batch_alter_table('hq_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hq_batch_device_id'))

    op.drop_table('hq_batch')
    with op.batch_alter_table('hq_attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_attendance_event')

    op.drop_table('hq_attendance')
