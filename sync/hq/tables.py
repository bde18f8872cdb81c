"""HQ's tables: the same records as the field store (one definition, in `fieldapp.domain`),
kept apart in their own metadata so HQ and the field store never mix schemas."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text, false
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from fieldapp.domain.indicators import IndicatorTables
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    HeadCountBase,
    OutputBase,
    ParticipantBase,
    SyncedFields,
    table_of,
    utcnow,
)
from fieldapp.domain.vocab import RecordType


class HQModel(SQLModel, registry=registry()):
    pass


# The columns of ``ix_participant_facts`` at HQ (schema 8), in order.
PERSON_FACTS = (
    "id",
    "deleted_at",
    "sex",
    "birth_year",
    "age_band",
    "organization_type",
    "nationality",
)
# The columns of ``ix_hq_attendance_office_facts`` (schema 8), in order.
ATTENDANCE_FACTS = (
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
)


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
    """A person as HQ may hold them: identity fields blank (`fieldapp.domain.privacy`); where
    the office shares identities, they are ``identity_sealed`` (`sync.hq.identities`)."""

    __tablename__ = "hq_participant"
    __table_args__ = (
        # What the indicators read of a person, so counting an office never visits the rows
        # (the name the indicators read through: `fieldapp.domain.indicator_people`).
        Index("ix_participant_facts", *PERSON_FACTS),
        # The same by office (schema 9), read when one office's figures are counted.
        Index("ix_hq_participant_office_facts", "office_id", *PERSON_FACTS),
    )

    identity_sealed: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class HqAttendance(AttendanceBase, SyncedFields, HQModel, table=True):
    # No foreign keys: batches may arrive in any order; a row waits for its parent.
    __tablename__ = "hq_attendance"
    __table_args__ = (
        Index("ix_hq_attendance_event", "event_id"),
        # Covers the count of one office's figures (`sync.hq.aggregates`): its attendance
        # found by office and event, with every column the indicators read.
        Index("ix_hq_attendance_office_facts", *ATTENDANCE_FACTS),
    )


class HqHeadCount(HeadCountBase, SyncedFields, HQModel, table=True):
    __tablename__ = "hq_head_count"
    __table_args__ = (Index("ix_hq_head_count_event", "event_id"),)


class HqOutput(OutputBase, SyncedFields, HQModel, table=True):
    """A file with names written on a device, as the device logged it (each also enters
    HQ's audit log when it first arrives)."""

    __tablename__ = "hq_output"
    __table_args__ = (Index("ix_hq_output_office_at", "office_id", "at"),)


class HqBatch(HQModel, table=True):
    """Every batch ever applied, with its bytes' digest and HQ's signed answer: permanent dedup."""

    __tablename__ = "hq_batch"
    __table_args__ = (
        # An office's health reads its devices' batches from this index alone, never the
        # rows (whose signed answers, stored before these columns, it would read past).
        Index(
            "ix_hq_batch_device_health", "device_id", "seq", "received_at", "records", "rejected"
        ),
    )

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
    region: str | None = Field(default=None, max_length=100)  # set by an admin (sync.hq.regions)
    # The office's privacy policy (`fieldapp.domain.privacy.OfficePolicy`), set by
    # `fieldapp-hq office policy`; ``policy_version`` grows with each change.
    identities: str = Field(
        default="none", max_length=8, sa_column_kwargs={"server_default": "none"}
    )
    share_birth_year: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    retention_years: int = Field(default=5, sa_column_kwargs={"server_default": "5"})
    policy_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class HqOfficeFigures(HQModel, table=True):
    """An office's figures version: one more each time a transaction changes a record its
    figures are counted from (`sync.hq.aggregates.office_changed`)."""

    __tablename__ = "hq_office_figures"

    office_id: str = Field(primary_key=True, max_length=64)
    version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class HqTally(HQModel, table=True):
    """The sums behind an office's figures over one period unit (``all``, ``YYYY``,
    ``YYYY-Qn``, ``YYYY-MM``), as `fieldapp.domain.indicator_tally.Tally.to_json` gives them,
    counted at the office's figures ``version`` with the code lists whose digest is
    ``lists_digest``: current while both still are."""

    __tablename__ = "hq_tally"

    office_id: str = Field(primary_key=True, max_length=64)
    unit: str = Field(primary_key=True, max_length=10)
    version: int
    lists_digest: str = Field(max_length=64)
    tally: str = Field(sa_column=Column(Text, nullable=False))
    counted_at: datetime = Field(default_factory=utcnow)


class HqSetting(HQModel, table=True):
    """A setting an admin changes in the console (`sync.hq.stored_settings`), over the
    default HQ was started with."""

    __tablename__ = "hq_setting"

    name: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=200)
    changed_at: datetime = Field(default_factory=utcnow)
    changed_by: str = Field(max_length=200)


class HqCodeLists(HQModel, table=True):
    """A version of the code lists an admin uploaded in the console (`sync.hq.code_lists`):
    a draft until published, then what HQ validates with and devices take, signed."""

    __tablename__ = "hq_code_lists"

    version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    lists: str = Field(sa_column=Column(Text, nullable=False))  # as a reference bundle holds them
    uploaded_at: datetime = Field(default_factory=utcnow)
    uploaded_by: str = Field(max_length=200)
    published_at: datetime | None = Field(default=None)
    published_by: str | None = Field(default=None, max_length=200)


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


class HqUser(HQModel, table=True):
    """Someone who signs in to HQ (DESIGN.md §11). Only hashes of what proves who they are."""

    __tablename__ = "hq_user"

    user_id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, sa_column_kwargs={"unique": True})
    role: str = Field(max_length=16)  # admin | analyst | office | auditor
    password_hash: str | None = Field(default=None, max_length=200)  # Argon2id; None: not set
    signin_code_hash: str | None = Field(default=None, max_length=64)  # one-time, sets password
    signin_code_expires_at: datetime | None = Field(default=None)
    totp_secret: str | None = Field(default=None, max_length=64)  # never returned after setup
    totp_last_step: int | None = Field(default=None)  # the last 30-s step accepted (no replay)
    # May reveal one person's identity, with a reason (admins may too): `sync.hq.identities`
    reveal_identities: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    disabled_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)
    changed_at: datetime = Field(default_factory=utcnow)
    language: str | None = Field(default=None, max_length=8)  # the console's; None: the browser's


class HqUserOffice(HQModel, table=True):
    """The offices an ``office`` user sees."""

    __tablename__ = "hq_user_office"

    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("hq_user.user_id", ondelete="CASCADE"), primary_key=True
        )
    )
    office_id: str = Field(
        sa_column=Column(String(64), ForeignKey("hq_office.office_id"), primary_key=True)
    )


class HqRecoveryCode(HQModel, table=True):
    """A TOTP recovery code's SHA-256 (the codes are random, 80 bits); each works once."""

    __tablename__ = "hq_recovery_code"

    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("hq_user.user_id", ondelete="CASCADE"), primary_key=True
        )
    )
    code_hash: str = Field(primary_key=True, max_length=64)
    used_at: datetime | None = Field(default=None)


class HqSession(HQModel, table=True):
    """A signed-in browser: its id is the SHA-256 of the cookie's value, never the value."""

    __tablename__ = "hq_session"

    session_id: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("hq_user.user_id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    csrf_token: str = Field(max_length=64)
    # "totp" or "recovery code" when signed in with one; None: a password alone
    second_factor: str | None = Field(default=None, max_length=16)


class HqApiToken(HQModel, table=True):
    """A token for BI tools and scripts: only its secret's SHA-256 is kept."""

    __tablename__ = "hq_api_token"

    token_id: str = Field(primary_key=True, max_length=16)
    secret_hash: str = Field(max_length=64)
    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("hq_user.user_id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    role: str = Field(max_length=16)
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = Field(default=None)
    last_used_at: datetime | None = Field(default=None)


class HqApiTokenOffice(HQModel, table=True):
    """The offices a token is narrowed to; none: the user's own."""

    __tablename__ = "hq_api_token_office"

    token_id: str = Field(
        sa_column=Column(
            String(16),
            ForeignKey("hq_api_token.token_id", ondelete="CASCADE"),
            primary_key=True,
        )
    )
    office_id: str = Field(
        sa_column=Column(String(64), ForeignKey("hq_office.office_id"), primary_key=True)
    )


class HqSigninFailure(HQModel, table=True):
    """Failed sign-ins in a row, per user name (``user:NAME``) and per address (``address:IP``)."""

    __tablename__ = "hq_signin_failure"

    key: str = Field(primary_key=True, max_length=300)
    failures: int
    last_at: datetime


class HqAudit(HQModel, table=True):
    """The audit log: append-only, each entry's hash covering the one before (`accounts.audit`)."""

    __tablename__ = "hq_audit"

    seq: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    at: datetime
    actor: str = Field(max_length=200)
    action: str = Field(max_length=64, index=True)
    target: str = Field(max_length=300)
    detail: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


HQ_TABLES: dict[RecordType, Table] = {
    RecordType.EVENT: table_of(HqEvent),
    RecordType.PARTICIPANT: table_of(HqParticipant),
    RecordType.ATTENDANCE: table_of(HqAttendance),
    RecordType.HEAD_COUNT: table_of(HqHeadCount),
    RecordType.OUTPUT: table_of(HqOutput),
}
HQ_EVENT_TAG = table_of(HqEventTag)
HQ_BATCH = table_of(HqBatch)
HQ_DEVICE = table_of(HqDevice)
HQ_TOKEN = table_of(HqToken)
HQ_OFFICE = table_of(HqOffice)
HQ_USER = table_of(HqUser)
HQ_USER_OFFICE = table_of(HqUserOffice)
HQ_RECOVERY_CODE = table_of(HqRecoveryCode)
HQ_SESSION = table_of(HqSession)
HQ_API_TOKEN = table_of(HqApiToken)
HQ_API_TOKEN_OFFICE = table_of(HqApiTokenOffice)
HQ_SIGNIN_FAILURE = table_of(HqSigninFailure)
HQ_AUDIT = table_of(HqAudit)
HQ_OFFICE_FIGURES = table_of(HqOfficeFigures)
HQ_TALLY = table_of(HqTally)
HQ_SETTING = table_of(HqSetting)
HQ_CODE_LISTS = table_of(HqCodeLists)
HQ_INDICATOR_TABLES = IndicatorTables(
    event=HQ_TABLES[RecordType.EVENT],
    event_tag=HQ_EVENT_TAG,
    participant=HQ_TABLES[RecordType.PARTICIPANT],
    attendance=HQ_TABLES[RecordType.ATTENDANCE],
    head_count=HQ_TABLES[RecordType.HEAD_COUNT],
)
metadata = HQModel.metadata
