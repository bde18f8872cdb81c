"""The field store's tables, derived from the domain records.

Many-valued event labels (beneficiary countries, outcomes, pillars, partners, donors) are
rows of ``event_tag``: they travel with their event, so they carry no sync fields of their own.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, text
from sqlmodel import Field, SQLModel

from fieldapp.domain.indicators import IndicatorTables
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    HeadCountBase,
    OutputBase,
    ParticipantBase,
    SyncedFields,
    new_id,
    table_of,
    utcnow,
)

ALIVE = text("deleted_at IS NULL")


class Event(EventBase, SyncedFields, table=True):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_start", "start_date"),)


class EventTag(SQLModel, table=True):
    __tablename__ = "event_tag"
    __table_args__ = (Index("ix_event_tag_kind_code", "kind", "code"),)

    event_id: str = Field(
        sa_column=Column(String(36), ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    )
    kind: str = Field(primary_key=True, max_length=20)
    code: str = Field(primary_key=True, max_length=200)


class Participant(ParticipantBase, SyncedFields, table=True):
    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_name", "full_name"),
        Index("ix_participant_email", "email"),  # finding possible duplicates by e-mail
        Index("ix_participant_name_key", "name_key", "birth_year"),  # prefix search, duplicates
        # Covers what the indicators read of a person, so they never visit the table itself.
        Index(
            "ix_participant_facts",
            "id",
            "deleted_at",
            "sex",
            "birth_year",
            "age_band",
            "organization_type",
            "nationality",
        ),
    )

    # `fieldapp.domain.names.name_key(full_name)`, kept by the repository: local only, never synced.
    name_key: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})


class Attendance(AttendanceBase, SyncedFields, table=True):
    __tablename__ = "attendance"
    __table_args__ = (
        # Covers the indicators' scan of an event's attendance (and every lookup by event),
        # with the office their join reads.
        Index(
            "ix_attendance_event_facts",
            "event_id",
            "role",
            "deleted_at",
            "participant_id",
            "days_attended",
            "pre_test_score",
            "post_test_score",
            "satisfaction",
            "age_band",
            "office_id",
        ),
        Index("ix_attendance_participant", "participant_id"),
        Index(
            "ux_attendance_once",
            "event_id",
            "participant_id",
            unique=True,
            sqlite_where=ALIVE,
            postgresql_where=ALIVE,
        ),
    )

    event_id: str = Field(foreign_key="event.id", max_length=36)
    participant_id: str = Field(foreign_key="participant.id", max_length=36)


class HeadCount(HeadCountBase, SyncedFields, table=True):
    __tablename__ = "head_count"
    __table_args__ = (
        Index(
            "ux_head_count_cell",
            "event_id",
            "sex",
            "age_band",
            unique=True,
            sqlite_where=ALIVE,
            postgresql_where=ALIVE,
        ),
    )

    event_id: str = Field(foreign_key="event.id", max_length=36)


class Output(OutputBase, SyncedFields, table=True):
    """A file with names written here (`fieldapp.domain.records.OutputBase`); synced."""

    __tablename__ = "output"
    __table_args__ = (Index("ix_output_at", "at"),)


class OutputPerson(SQLModel, table=True):
    """Who a file with names named: for the subject access report. Never synced."""

    __tablename__ = "output_person"
    __table_args__ = (Index("ix_output_person_participant", "participant_id"),)

    output_id: str = Field(
        sa_column=Column(String(36), ForeignKey("output.id", ondelete="CASCADE"), primary_key=True)
    )
    participant_id: str = Field(primary_key=True, max_length=36)


class ConsentEvent(SQLModel, table=True):
    """Consent given or withdrawn, as it happened (a withdrawal is an event, not an edit). The
    person's ``consent`` and ``consent_date`` follow the latest. Never synced."""

    __tablename__ = "consent_event"
    __table_args__ = (Index("ix_consent_event_participant", "participant_id", "on_date"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    participant_id: str = Field(max_length=36)
    given: bool
    on_date: date
    recorded_by: str = Field(default="", max_length=128)
    recorded_at: datetime = Field(default_factory=utcnow)


class Erasure(SQLModel, table=True):
    """A person whose identity was erased: when, why (`privacy.ERASED_ON_REQUEST` or
    `ERASED_BY_RETENTION`), by whom. Holds no name. (The ids are also kept outside the store,
    so a backup restored later erases them again: `fieldapp.store.erasure`.)"""

    __tablename__ = "erasure"

    participant_id: str = Field(primary_key=True, max_length=36)
    erased_at: datetime = Field(default_factory=utcnow)
    reason: str = Field(max_length=20)
    erased_by: str = Field(default="", max_length=128)


class Outbox(SQLModel, table=True):
    """One row per committed local write, appended in the write's own transaction.

    The record's content is read when the batch is sealed, so several writes to one record
    travel once, at its latest version. ``batch_id`` is set once the row is sealed, and
    ``acked_at`` once HQ's signed acknowledgement of that batch has been applied.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "batch_id", "seq"), {"sqlite_autoincrement": True})

    seq: int | None = Field(default=None, primary_key=True)
    record_type: str = Field(max_length=20)
    record_id: str = Field(max_length=36)
    version: int
    op: str = Field(max_length=10)
    created_at: datetime = Field(default_factory=utcnow)
    batch_id: str | None = Field(default=None, max_length=36)
    acked_at: datetime | None = Field(default=None)


class Quarantine(SQLModel, table=True):
    """A record HQ refused, with its reason, until a later version of it is accepted.

    The rest of the queue never waits for it: the user sees it on the Sync screen, opens the
    record, fixes it, and the fix travels as a new version."""

    __tablename__ = "quarantine"

    record_type: str = Field(primary_key=True, max_length=20)
    record_id: str = Field(primary_key=True, max_length=36)
    version: int
    batch_id: str = Field(max_length=36)
    reason: str
    created_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """Facts about this store: office, country, device id, who records."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str


class FiguresVersion(SQLModel, table=True):
    """One row: one more with every write to a record the figures are counted from (event,
    event_tag, participant, attendance, head_count), by triggers of schema 11, whoever writes
    (the app, the CLI, an import, a migration). See `fieldapp.store.figures`."""

    __tablename__ = "figures_version"

    id: int = Field(default=1, primary_key=True)
    version: int = Field(default=0)


class FiguresStored(SQLModel, table=True):
    """Figures counted for a period unit (`fieldapp.domain.figure_units`), current while the
    figures version and the code lists' digest are still those they were counted at.
    ``kind``: "tally" (`fieldapp.domain.indicator_tally.Tally` as JSON) or "provenance" (the
    period PDF footer's facts but the unsynced count)."""

    __tablename__ = "figures_stored"

    kind: str = Field(primary_key=True, max_length=20)
    unit: str = Field(primary_key=True, max_length=10)
    version: int
    lists_digest: str = Field(max_length=64)
    body: str
    counted_at: datetime = Field(default_factory=utcnow)


INDICATOR_TABLES = IndicatorTables(
    event=table_of(Event),
    event_tag=table_of(EventTag),
    participant=table_of(Participant),
    attendance=table_of(Attendance),
    head_count=table_of(HeadCount),
)
metadata = SQLModel.metadata

# Full-text (trigram) index over people's names, organizations and e-mails, for search as you
# type. SQLite-only, made by migration 0004 with the triggers that keep it current; it lives
# inside the encrypted file like every other table.
SEARCH_TABLE = "person_search"


def is_search_table(name: str | None) -> bool:
    return bool(name) and str(name).startswith(SEARCH_TABLE)
