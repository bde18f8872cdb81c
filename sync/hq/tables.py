"""HQ's tables: the same records as the field store (one definition, in `fieldapp.domain`),
kept apart in their own metadata so HQ and the field store never mix schemas."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from fieldapp.domain.indicators import IndicatorTables
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    HeadCountBase,
    ParticipantBase,
    SyncedFields,
    table_of,
    utcnow,
)
from fieldapp.domain.vocab import RecordType


class HQModel(SQLModel, registry=registry()):
    pass


class HqEvent(EventBase, SyncedFields, HQModel, table=True):
    __tablename__ = "hq_event"
    __table_args__ = (Index("ix_hq_event_office_start", "office_id", "start_date"),)


class HqEventTag(HQModel, table=True):
    __tablename__ = "hq_event_tag"
    __table_args__ = (Index("ix_hq_event_tag_kind_code", "kind", "code"),)

    event_id: str = Field(
        sa_column=Column(
            String(36), ForeignKey("hq_event.id", ondelete="CASCADE"), primary_key=True
        )
    )
    kind: str = Field(primary_key=True, max_length=20)
    code: str = Field(primary_key=True, max_length=200)


class HqParticipant(ParticipantBase, SyncedFields, HQModel, table=True):
    __tablename__ = "hq_participant"


class HqAttendance(AttendanceBase, SyncedFields, HQModel, table=True):
    # No foreign keys: batches may arrive in any order; a row waits for its parent.
    __tablename__ = "hq_attendance"
    __table_args__ = (Index("ix_hq_attendance_event", "event_id"),)


class HqHeadCount(HeadCountBase, SyncedFields, HQModel, table=True):
    __tablename__ = "hq_head_count"
    __table_args__ = (Index("ix_hq_head_count_event", "event_id"),)


class HqBatch(HQModel, table=True):
    """Every batch ever applied, with its bytes' digest and HQ's signed answer: permanent dedup."""

    __tablename__ = "hq_batch"

    batch_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(max_length=64, index=True)
    seq: int
    sha256: str = Field(max_length=64)
    ack: bytes
    received_at: datetime = Field(default_factory=utcnow)
    records: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    rejected: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class HqOffice(HQModel, table=True):
    """An office as HQ knows it. HQ makes its id; a device takes it at enrollment, so a token
    made for one office can only ever enroll devices into that office."""

    __tablename__ = "hq_office"

    office_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=200, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class HqDevice(HQModel, table=True):
    """An enrolled laptop: its office and the public key its batches are signed with."""

    __tablename__ = "hq_device"

    device_id: str = Field(primary_key=True, max_length=64)
    office_id: str = Field(max_length=64, index=True)
    office_name: str = Field(max_length=200)
    public_key: str = Field(max_length=64)  # Ed25519, base64 of the raw 32 bytes
    enrolled_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = Field(default=None)


class HqToken(HQModel, table=True):
    """A single-use, short-lived enrollment token for one office (only its hash is kept)."""

    __tablename__ = "hq_token"

    token_hash: str = Field(primary_key=True, max_length=64)
    office_id: str | None = Field(default=None, max_length=64)  # None: made before schema 3
    office_name: str = Field(max_length=200)
    expires_at: datetime
    used_at: datetime | None = Field(default=None)
    used_by: str | None = Field(default=None, max_length=64)


HQ_TABLES: dict[RecordType, Table] = {
    RecordType.EVENT: table_of(HqEvent),
    RecordType.PARTICIPANT: table_of(HqParticipant),
    RecordType.ATTENDANCE: table_of(HqAttendance),
    RecordType.HEAD_COUNT: table_of(HqHeadCount),
}
HQ_EVENT_TAG = table_of(HqEventTag)
HQ_BATCH = table_of(HqBatch)
HQ_DEVICE = table_of(HqDevice)
HQ_TOKEN = table_of(HqToken)
HQ_OFFICE = table_of(HqOffice)
HQ_INDICATOR_TABLES = IndicatorTables(
    event=HQ_TABLES[RecordType.EVENT],
    event_tag=HQ_EVENT_TAG,
    participant=HQ_TABLES[RecordType.PARTICIPANT],
    attendance=HQ_TABLES[RecordType.ATTENDANCE],
    head_count=HQ_TABLES[RecordType.HEAD_COUNT],
)
metadata = HQModel.metadata
