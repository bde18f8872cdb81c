"""The records of DESIGN.md §3 as SQLModel base classes (no tables here).

The store and HQ derive their tables from these, so a field is defined once. Values of coded
fields are the strings of the shipped code lists; `validation` checks them.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, date, datetime

from pydantic import field_validator
from sqlalchemy import Table
from sqlmodel import Field, SQLModel

from fieldapp.domain.vocab import (
    AGE_NOT_RECORDED,
    ROLE_PARTICIPANT,
    SEX_NOT_RECORDED,
    EventStatus,
)


def table_of(model: type[SQLModel]) -> Table:
    """The SQLAlchemy table behind a SQLModel table class."""
    return model.__table__  # type: ignore[attr-defined]


def new_id() -> str:
    """A record id made on the device: a UUID of version 7 (RFC 9562), the moment it was made
    in milliseconds then 74 random bits, so offices never collide. Ids made later sort later:
    a new record's id lands at the end of every index that starts with it, on the device and
    at HQ, rather than on a random page of each (HQ wrote several MB of pages a batch for
    random ids, more as it grew)."""
    moment = time.time_ns() // 1_000_000
    random = int.from_bytes(os.urandom(10))
    value = (
        (moment & 0xFFFF_FFFF_FFFF) << 80
        | 0x7 << 76  # version
        | (random >> 62 & 0xFFF) << 64  # rand_a, 12 bits
        | 0b10 << 62  # variant
        | random & 0x3FFF_FFFF_FFFF_FFFF  # rand_b, 62 bits
    )
    return str(uuid.UUID(int=value))


def utcnow() -> datetime:
    return datetime.now(UTC)


def _blank_to_none(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


class SyncedFields(SQLModel):
    """What every synced record carries, whoever wrote it and wherever it travels."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    version: int = Field(default=1, ge=1)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = Field(default=None)
    office_id: str = Field(default="", max_length=64)
    device_id: str = Field(default="", max_length=64)
    recorded_by: str = Field(default="", max_length=128)


class EventBase(SQLModel):
    """A capacity-building event: a workshop, a training course, a table-top exercise..."""

    title: str = Field(max_length=300)
    event_type: str = Field(max_length=40)
    modality: str = Field(default="in person", max_length=20)
    start_date: date
    end_date: date
    venue: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=100)
    host_country: str | None = Field(default=None, max_length=3)
    programme: str | None = Field(default=None, max_length=200)
    working_group: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=40)
    status: str = Field(default=EventStatus.PLANNED.value, max_length=20)
    narrative: str | None = Field(default=None)
    # The total of people who attended without being registered by name, as stated on
    # the head-count sheet; when given, the sex x age band cells must add up to it.
    head_count_total: int | None = Field(default=None)

    _blank = field_validator(
        "venue",
        "city",
        "host_country",
        "programme",
        "working_group",
        "language",
        "narrative",
        mode="before",
    )(_blank_to_none)


class EventTags(SQLModel):
    """The many-valued labels of an event (stored one row per value, see `TagKind`)."""

    beneficiary_countries: list[str] = Field(default_factory=list)
    outcomes: list[str] = Field(default_factory=list)
    pillars: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    donors: list[str] = Field(default_factory=list)


class ParticipantBase(SQLModel):
    """A person in the registry, reused across events. Sensitive personal data."""

    full_name: str = Field(max_length=200)
    sex: str = Field(default=SEX_NOT_RECORDED, max_length=20)
    birth_year: int | None = Field(default=None)
    age_band: str | None = Field(default=None, max_length=20)
    nationality: str | None = Field(default=None, max_length=3)
    organization: str | None = Field(default=None, max_length=200)
    organization_type: str | None = Field(default=None, max_length=40)
    position: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    consent: bool = Field(default=False)
    consent_date: date | None = Field(default=None)
    # The legal basis for holding this person's data (`privacy.LEGAL_BASES`), since when, and
    # the reason in words (identifying: it never leaves the device under the default policy).
    legal_basis: str | None = Field(default=None, max_length=40)
    basis_date: date | None = Field(default=None)
    basis_note: str | None = Field(default=None, max_length=500)
    # Set when the person's identity was erased (`fieldapp.store.erasure`): their identity
    # fields are blank, what the figures need stays.
    erased_at: datetime | None = Field(default=None)

    _blank = field_validator(
        "age_band",
        "nationality",
        "organization",
        "organization_type",
        "position",
        "email",
        "phone",
        "legal_basis",
        "basis_note",
        mode="before",
    )(_blank_to_none)

    @field_validator("email", mode="after")
    @classmethod
    def _lower_email(cls, value: str | None) -> str | None:
        # Stored in lower case, so one address typed two ways is found as a duplicate.
        return value.lower() if value else value


class AttendanceBase(SQLModel):
    """One person at one event, with what they did and how they scored."""

    event_id: str = Field(max_length=36)
    participant_id: str = Field(max_length=36)
    role: str = Field(default=ROLE_PARTICIPANT, max_length=20)
    days_attended: float | None = Field(default=None)
    # Who came on which day of a multi-day event: "1" (present) or "0" per day, Day 1 first
    # (`fieldapp.domain.attendance_days`). None when not recorded day by day (one-day events,
    # records from before schema 8, devices that do not send it); when given, days_attended
    # is the number of "1"s.
    days_present: str | None = Field(default=None, max_length=366)
    completed: bool = Field(default=False)
    pre_test_score: float | None = Field(default=None)
    post_test_score: float | None = Field(default=None)
    satisfaction: int | None = Field(default=None)
    certificate_issued: bool = Field(default=False)
    # The attendee's age band at this event, kept when their birth year does not travel or is
    # erased (`fieldapp.domain.privacy`), so an office's age figures stay the same everywhere.
    age_band: str | None = Field(default=None, max_length=20)


class HeadCountBase(SQLModel):
    """People who attended without being registered by name, counted by sex and age band."""

    event_id: str = Field(max_length=36)
    sex: str = Field(default=SEX_NOT_RECORDED, max_length=20)
    age_band: str = Field(default=AGE_NOT_RECORDED, max_length=20)
    count: int = Field(default=0)


class OutputBase(SQLModel):
    """A file written on a device that carries people's names (`privacy.OUTPUT_KINDS`): who
    wrote it (``recorded_by``), when, what, about what, for how many people. Synced to HQ's
    audit; the people it named stay on the device (`fieldapp.store.tables.OutputPerson`)."""

    at: datetime = Field(default_factory=utcnow)
    kind: str = Field(max_length=40)
    subject: str = Field(default="", max_length=300)
    people: int = Field(default=0, ge=0)
