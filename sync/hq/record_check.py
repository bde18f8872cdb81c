"""What HQ makes of one record a device sent (`row_of`): the row to store, as the office's
policy says, or the reason it is refused, in the words of the validation rules the field app
uses. `sync.hq.apply` writes the rows of a batch.

A person is stored as the office's policy says (DESIGN.md §12), whatever the device sent:
under ``none`` without what identifies them (`privacy.withheld`); under ``shared`` with their
identity sealed (`sync.hq.identities.seal`) and the clear columns blank; once erased at the
office, with only what the figures need (`privacy.ANONYMOUS_FIELDS`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json
from sqlmodel import SQLModel

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.privacy import (
    ANONYMOUS_FIELDS,
    BLANK_IDENTITY,
    EVENT_LOCAL_FIELDS,
    IDENTITY_FIELDS,
    OfficePolicy,
    withheld,
)
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    OutputBase,
    ParticipantBase,
    SyncedFields,
)
from fieldapp.domain.validation import (
    Problem,
    parse,
    problem,
    validate_attendance,
    validate_event,
    validate_head_counts,
    validate_participant,
)
from fieldapp.domain.vocab import RecordType
from sync.hq.identities import IdentityKey, seal
from sync.hq.reference import shipped_codelists
from sync.protocol import BatchEnvelope, RecordChange, RecordResult, Result

BASES: dict[RecordType, type[BaseModel]] = {
    RecordType.EVENT: EventBase,
    RecordType.PARTICIPANT: ParticipantBase,
    RecordType.ATTENDANCE: AttendanceBase,
    RecordType.HEAD_COUNT: HeadCountBase,
    RecordType.OUTPUT: OutputBase,
}

FIELDS = {kind: frozenset(base.model_fields) for kind, base in BASES.items()}


class _HqEvent(EventBase, SyncedFields):
    __init__ = BaseModel.__init__


class _HqParticipant(ParticipantBase, SyncedFields):
    __init__ = BaseModel.__init__


class _HqAttendance(AttendanceBase, SyncedFields):
    __init__ = BaseModel.__init__


class _HqHeadCount(HeadCountBase, SyncedFields):
    __init__ = BaseModel.__init__


class _HqOutput(OutputBase, SyncedFields):
    __init__ = BaseModel.__init__


# A record and what every synced record carries, read in one validation (the usual case);
# a record that fails it is read again the long way, for reasons worded as they always were.
# (pydantic's own __init__: with SQLModel's, each validation calls back into Python.)
RECORDS: dict[RecordType, type[SQLModel]] = {
    RecordType.EVENT: _HqEvent,
    RecordType.PARTICIPANT: _HqParticipant,
    RecordType.ATTENDANCE: _HqAttendance,
    RecordType.HEAD_COUNT: _HqHeadCount,
    RecordType.OUTPUT: _HqOutput,
}
KINDS = {kind.value: kind for kind in RecordType}  # RecordType(value), without its cost
SYNCED_FIELDS = frozenset(SyncedFields.model_fields)
MAX_VERSION = 2**31 - 1  # the INTEGER column of both databases
MAX_VERSION_STEP = 1_000  # a record's version grows by one per edit: no device gets far ahead
MAX_RECORD_BYTES = 256 * 1024  # one record's fields as JSON
# What an erased person's row holds besides ANONYMOUS_FIELDS: each field's blank.
_ERASED_BLANK: dict[str, Any] = {
    name: (info.default if not info.is_required() else "")
    for name, info in ParticipantBase.model_fields.items()
    if name not in ANONYMOUS_FIELDS
}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Signer:
    """The enrolled device that signed a batch, and the office HQ enrolled it for: the only
    office and device a batch may write for (DESIGN.md §10)."""

    device_id: str
    office_id: str


@dataclass(frozen=True)
class Minimise:
    """How HQ stores the people of the signer's office: its policy, and the identity key
    (None when HQ has none: identities are then dropped, never stored in clear)."""

    policy: OfficePolicy
    key: IdentityKey | None

    def person(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` (a participant, validated) as HQ may store it."""
        if row.get("erased_at") is not None or row.get("deleted_at") is not None:
            # erased, or taken out of the registry (a duplicate merged away): no identity
            return {**row, **_ERASED_BLANK, "identity_sealed": None}
        if self.policy.identities != "shared":
            return {**withheld(row, self.policy), "identity_sealed": None}
        clear = withheld(row, OfficePolicy(birth_year=self.policy.birth_year))
        identity = {k: row[k] for k in IDENTITY_FIELDS if row.get(k) not in (None, "")}
        if not identity:
            return {**clear, "identity_sealed": None}
        if self.key is None:
            log.warning(
                "office %s shares identities but HQ has no identity key: person %s was "
                "stored without their identity",
                row["office_id"],
                row["id"],
            )
            return {**clear, "identity_sealed": None}
        sealed = seal(self.key, row["office_id"], row["id"], identity)
        return {**clear, "identity_sealed": sealed}


def _rules(
    record: BaseModel, tags: EventTags | None, today: date, lists: CodeLists
) -> list[Problem]:
    if isinstance(record, EventBase):
        return validate_event(record, tags, today=today, lists=lists)
    if isinstance(record, ParticipantBase):
        # A person reaches HQ without a name when the office withholds identities, or
        # once erased: HQ never needs one.
        return validate_participant(record, today=today, lists=lists, identified=False)
    if isinstance(record, AttendanceBase):
        found = validate_attendance(record, lists=lists)
        if record.age_band is not None and record.age_band not in lists.age_bands:
            found.append(problem("age_band", "unknown_age_band", value=record.age_band))
        return found
    if isinstance(record, HeadCountBase):
        return validate_head_counts([record], lists=lists)
    return []


def row_of(
    change: RecordChange, signer: Signer, today: date, lists: CodeLists, minimise: Minimise
) -> tuple[dict[str, Any] | None, str | None, EventTags | None]:
    """The row to store, or the reason it is refused."""
    kind = KINDS.get(change.type)
    if kind is None:
        return None, f"unknown record type “{change.type}”", None
    if change.version > MAX_VERSION:
        return None, f"version {change.version} is out of range", None
    if _too_large(change.data):
        return None, f"the record is larger than {MAX_RECORD_BYTES // 1024} KiB", None
    data = change.data  # read, not changed (but an event's: a copy)
    tags = None
    if kind is RecordType.EVENT:
        data = dict(data)
        tags, problems = parse(EventTags, data.pop("tags", None) or {})
        if tags is None:
            return None, "; ".join(str(p) for p in problems), None
        data.update(dict.fromkeys(EVENT_LOCAL_FIELDS))  # whatever a device sent: never kept
    try:
        record = RECORDS[kind].__pydantic_validator__.validate_python(data)
    except ValidationError:
        return _row_refused(change, kind, dict(data), tags, signer, today, lists, minimise)
    identity: dict[str, Any] = {}
    if kind is RecordType.PARTICIPANT:
        # What identifies a person is taken out before any rule reads it: a refusal's reason
        # (in HQ's signed answer, kept at HQ and on the device) never quotes it.
        identity = {k: getattr(record, k) for k in IDENTITY_FIELDS if k in data}
        record.__dict__.update(BLANK_IDENTITY)  # our own copy: blanked in place
    if problems := _rules(record, tags, today, lists):
        return None, "; ".join(str(p) for p in problems), None
    if reason := _not_its_envelope(change, record, signer):
        return None, reason, None
    row: dict[str, Any] = record.__pydantic_serializer__.to_python(record)  # model_dump()
    if kind is RecordType.PARTICIPANT:
        row = minimise.person({**row, **identity})
    return row, None, tags


def _too_large(data: dict[str, Any]) -> bool:
    """Whether a record's fields as JSON (``json.dumps``, in characters) pass
    MAX_RECORD_BYTES. Compact JSON in bytes is read first, at C speed: ``json.dumps`` of the
    same values is at most twice as long (each separator gains a space), so only a record
    near the limit is measured exactly."""
    if 2 * len(to_json(data, inf_nan_mode="constants")) <= MAX_RECORD_BYTES:
        return False
    return len(json.dumps(data, ensure_ascii=False)) > MAX_RECORD_BYTES


def _not_its_envelope(change: RecordChange, synced: SyncedFields, signer: Signer) -> str | None:
    if synced.id != change.id or synced.version != change.version:
        return "the record's id or version does not match its envelope"
    if synced.office_id != signer.office_id:
        return "the record belongs to another office than the device that sent it"
    return None


def _row_refused(
    change: RecordChange,
    kind: RecordType,
    data: dict[str, Any],
    tags: EventTags | None,
    signer: Signer,
    today: date,
    lists: CodeLists,
    minimise: Minimise,
) -> tuple[dict[str, Any] | None, str | None, EventTags | None]:
    """`_row` the long way, for a record that failed its one validation: a person's identity
    read on its own (a reason names its fields, never their values), then the record with
    its identity blank, then what every synced record carries; every problem found."""
    identity: dict[str, Any] = {}
    if kind is RecordType.PARTICIPANT:
        identity = {k: data.pop(k) for k in IDENTITY_FIELDS if k in data}
        data.update(BLANK_IDENTITY)
        identity, wrong = _identity(identity)
        if wrong:
            return None, wrong, None
    record, problems = parse(BASES[kind], {k: v for k, v in data.items() if k in FIELDS[kind]})
    synced, synced_problems = parse(
        SyncedFields, {k: v for k, v in data.items() if k in SYNCED_FIELDS}
    )
    problems += synced_problems
    if record is not None:
        problems += _rules(record, tags, today, lists)
    if problems or record is None or synced is None:
        return None, "; ".join(str(p) for p in problems), None
    if reason := _not_its_envelope(change, synced, signer):
        return None, reason, None
    row = {**record.model_dump(), **synced.model_dump()}
    if kind is RecordType.PARTICIPANT:
        row = minimise.person({**row, **identity})
    return row, None, tags


def _identity(given: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """A person's identity fields as sent, checked for their types and lengths only (the
    device checked the rest); the reason names the fields, never their values."""
    blank = {k: v for k, v in BLANK_IDENTITY.items() if k not in given}
    person, problems = parse(ParticipantBase, {**blank, **given})
    if person is None:
        fields = sorted({p.field for p in problems})
        return {}, (
            f"the person's {', '.join(fields)} cannot be read (HQ does not repeat what "
            "identifies a person)"
        )
    return {k: getattr(person, k) for k in given}, None


Item = tuple[int, RecordChange, dict[str, Any], EventTags | None]  # n, change, row, tags
_RESULT = RecordResult.__pydantic_validator__  # a third of model_construct's time


def result_of(change: RecordChange, kind: Result, reason: str | None = None) -> RecordResult:
    """HQ's answer for one record (``change``, as the envelope's model validated it)."""
    result: RecordResult = _RESULT.validate_python(
        {
            "type": change.type,
            "id": change.id,
            "version": change.version,
            "result": kind,
            "reason": reason,
        }
    )
    return result


@dataclass(frozen=True)
class Checked:
    """A batch's records read by `check_batch`, before any transaction: each one's row, or
    the reason it is refused. ``policy`` is the office's policy they were read under:
    `apply_batch` reads it again in its transaction and, should it have changed meanwhile,
    reads the records again."""

    policy: OfficePolicy
    day: date
    refused: dict[int, RecordResult]
    valid: dict[RecordType, list[Item]]


def check_batch(
    envelope: BatchEnvelope,
    signer: Signer,
    policy: OfficePolicy,
    *,
    today: date | None = None,
    lists: CodeLists | None = None,
    identity_key: IdentityKey | None = None,
) -> Checked:
    """Every record of ``envelope`` read by `row_of` as ``signer`` sends it, the office's
    people stored as ``policy`` says: CPU only, no database (HQ's other processes write
    meanwhile)."""
    day = today or date.today()
    checked_with = shipped_codelists() if lists is None else lists
    minimise = Minimise(policy, identity_key)
    refused: dict[int, RecordResult] = {}
    valid: dict[RecordType, list[Item]] = {}
    seen: set[tuple[str, str]] = set()
    for n, change in enumerate(envelope.records):
        row, reason, tags = row_of(change, signer, day, checked_with, minimise)
        if row is not None and (change.type, change.id) in seen:
            row, reason = None, "the record appears twice in the batch"
        if row is None:
            refused[n] = result_of(change, "rejected", reason)
        else:
            seen.add((change.type, change.id))
            valid.setdefault(KINDS[change.type], []).append((n, change, row, tags))
    return Checked(policy, day, refused, valid)
