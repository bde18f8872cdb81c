"""Applying one batch at HQ: each record is upserted if its version is newer, kept otherwise.

Every record gets its own result: accepted, duplicate (HQ has this version), stale (HQ has a
newer one) or rejected with the reason, in the words of the same validation rules the field
app uses. One bad record never blocks the others. Written in portable SQL (SQLite by
default, PostgreSQL at scale), with ``ON CONFLICT`` so that two HQ processes applying the same
batch at once store nothing twice.

A person is stored as the office's policy says (DESIGN.md §12), whatever the device sent:
under ``none`` without what identifies them (`privacy.withheld`); under ``shared`` with their
identity sealed (`sync.hq.identities.seal`) and the clear columns blank; once erased at the
office, with only what the figures need (`privacy.ANONYMOUS_FIELDS`). A file with names that a
device logged (an output record) enters HQ's audit log when it first arrives.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json
from sqlalchemy import (
    String,
    Table,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.event_tags import TAG_FIELDS, write_tags
from fieldapp.domain.privacy import (
    ANONYMOUS_FIELDS,
    BLANK_IDENTITY,
    ERASED_AT_THE_OFFICE,
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
from sync.hq.accounts import audit
from sync.hq.aggregates import office_changed
from sync.hq.bulk import insert_new, update_newer
from sync.hq.identities import IdentityKey, seal
from sync.hq.policy import policy_of
from sync.hq.reference import shipped_codelists
from sync.hq.tables import HQ_EVENT_TAG, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange, RecordResult, Result

# The records the indicators read: accepting one may move the office's figures.
FIGURE_RECORDS = frozenset(
    t.value
    for t in (
        RecordType.EVENT,
        RecordType.PARTICIPANT,
        RecordType.ATTENDANCE,
        RecordType.HEAD_COUNT,
    )
)

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


def _row(
    change: RecordChange, signer: Signer, today: date, lists: CodeLists, minimise: Minimise
) -> tuple[dict[str, Any] | None, str | None, EventTags | None]:
    """The row to store, or the reason it is refused."""
    try:
        kind = RecordType(change.type)
    except ValueError:
        return None, f"unknown record type “{change.type}”", None
    if change.version > MAX_VERSION:
        return None, f"version {change.version} is out of range", None
    if _too_large(change.data):
        return None, f"the record is larger than {MAX_RECORD_BYTES // 1024} KiB", None
    data = dict(change.data)
    tags = None
    if kind is RecordType.EVENT:
        tags, problems = parse(EventTags, data.pop("tags", None) or {})
        if tags is None:
            return None, "; ".join(str(p) for p in problems), None
        data.update(dict.fromkeys(EVENT_LOCAL_FIELDS))  # whatever a device sent: never kept
    try:
        record = RECORDS[kind].__pydantic_validator__.validate_python(data)
    except ValidationError:
        return _row_refused(change, kind, data, tags, signer, today, lists, minimise)
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
    row = record.model_dump()
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


def _insert(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _result(change: RecordChange, kind: Result, reason: str | None = None) -> RecordResult:
    # Built from a change the envelope's model validated: nothing to check again.
    return RecordResult.model_construct(
        type=change.type, id=change.id, version=change.version, result=kind, reason=reason
    )


def _apply_existing(
    conn: Connection,
    table: Table,
    change: RecordChange,
    row: dict[str, Any],
    tags: EventTags | None,
    signer: Signer,
) -> RecordResult:
    """A record HQ may already hold: newer version → update; same → duplicate; older → stale.

    Another device of the same office may update a record; no device may touch another
    office's, jump its version far ahead, or claim to be a device it is not."""
    existing = conn.execute(
        select(table.c.version, table.c.office_id, table.c.device_id).where(table.c.id == change.id)
    ).first()
    if existing is not None:
        if existing.office_id != signer.office_id:
            return _result(change, "rejected", "this record id belongs to another office")
        if row["device_id"] not in (signer.device_id, existing.device_id):
            return _result(change, "rejected", _not_the_signer(row))
        if change.version > existing.version + MAX_VERSION_STEP:
            return _result(change, "rejected", _too_far(change, existing.version))
    elif reason := _new_record_problem(change, row, signer):
        return _result(change, "rejected", reason)
    if existing is None:
        stmt = (
            _insert(conn, table)
            .values(row)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(table.c.id)  # rowcount is not portable for INSERT … ON CONFLICT
        )
        written = conn.execute(stmt).first() is not None
    else:
        stmt = (
            update(table)
            .where(table.c.id == change.id, table.c.version < change.version)
            .values(row)
        )
        written = conn.execute(stmt).rowcount == 1
    if not written:
        # Another copy of this batch, or a newer version, got there first.
        stored = conn.execute(select(table.c.version).where(table.c.id == change.id)).scalar_one()
        if stored == change.version:
            return _result(change, "duplicate")
        return _result(change, "stale", f"HQ already holds a newer version ({stored})")
    if tags is not None:
        write_tags(conn, HQ_EVENT_TAG, change.id, tags)
    return _result(change, "accepted")


def _not_the_signer(row: dict[str, Any]) -> str:
    return f"the record names device {row['device_id']}, not the device that sent it"


def _too_far(change: RecordChange, stored: int) -> str:
    return (
        f"version {change.version} is too far ahead of the version HQ holds ({stored}); "
        f"at most {MAX_VERSION_STEP:,} edits may come in one step"
    )


def _new_record_problem(change: RecordChange, row: dict[str, Any], signer: Signer) -> str | None:
    """Why a record HQ has never seen cannot be created by ``signer`` (None when it can)."""
    if row["device_id"] != signer.device_id:
        return _not_the_signer(row)
    if change.version > MAX_VERSION_STEP:
        return _too_far(change, 0)
    return None


REFERENCES: dict[RecordType, tuple[tuple[str, RecordType, str], ...]] = {
    RecordType.ATTENDANCE: (
        ("event_id", RecordType.EVENT, "event"),
        ("participant_id", RecordType.PARTICIPANT, "person"),
    ),
    RecordType.HEAD_COUNT: (("event_id", RecordType.EVENT, "event"),),
}


def _foreign_references(
    conn: Connection,
    valid: dict[RecordType, list[tuple[int, RecordChange, dict[str, Any], EventTags | None]]],
    signer: Signer,
) -> list[tuple[int, RecordChange, str]]:
    """Attendance and head counts that point at an event or a person HQ holds for another
    office: taken out of ``valid``, returned with the reason. (One that points at a record HQ
    has not received yet is kept; indicators join records of one office only.)"""
    refused: list[tuple[int, RecordChange, str]] = []
    for kind, references in REFERENCES.items():
        items = valid.get(kind, [])
        bad: dict[int, str] = {}
        for field_name, target, noun in references:
            ids = {row[field_name] for _, _, row, _ in items}
            if not ids:
                continue
            table = HQ_TABLES[target]
            foreign = set(
                conn.execute(
                    select(table.c.id).where(
                        _among(conn, table.c.id, ids), table.c.office_id != signer.office_id
                    )
                ).scalars()
            )
            for n, _, row, _ in items:
                if row[field_name] in foreign:
                    bad.setdefault(n, f"the {noun} it names belongs to another office")
        if bad:
            refused += [(n, change, bad[n]) for n, change, _, _ in items if n in bad]
            valid[kind] = [item for item in items if item[0] not in bad]
    return refused


def apply_batch(
    conn: Connection,
    envelope: BatchEnvelope,
    signer: Signer,
    *,
    today: date | None = None,
    lists: CodeLists | None = None,
    identity_key: IdentityKey | None = None,
) -> list[RecordResult]:
    """Apply every record of ``envelope`` on ``conn`` (the caller's one transaction), as
    ``signer`` may: its office's records only (``receive_batch`` checked the envelope).
    Records are checked against ``lists``, the code lists this HQ publishes (None: those
    shipped), never against whatever lists this process last loaded. People are stored as
    the office's policy says (`Minimise`), identities sealed with ``identity_key``.

    Each table's records are written together (`_apply_kind`): those HQ has never seen (the
    usual case) in one statement, those it holds decided by the version rules of
    `_apply_existing` on their stored versions read in one query, the newer in one
    statement."""
    day = today or date.today()
    checked_with = shipped_codelists() if lists is None else lists
    minimise = Minimise(policy_of(conn, signer.office_id), identity_key)
    results: dict[int, RecordResult] = {}
    valid: dict[RecordType, list[tuple[int, RecordChange, dict[str, Any], EventTags | None]]] = {}
    seen: set[tuple[str, str]] = set()
    for n, change in enumerate(envelope.records):
        row, reason, tags = _row(change, signer, day, checked_with, minimise)
        if row is not None and (change.type, change.id) in seen:
            row, reason = None, "the record appears twice in the batch"
        if row is None:
            results[n] = _result(change, "rejected", reason)
        else:
            seen.add((change.type, change.id))
            valid.setdefault(RecordType(change.type), []).append((n, change, row, tags))
    for n, change, reason in _foreign_references(conn, valid, signer):
        results[n] = _result(change, "rejected", reason)
    for n, change in _unerasing(conn, valid):
        results[n] = _result(change, "rejected", ERASED_AT_THE_OFFICE)
    for kind, items in valid.items():
        for n, result in _apply_kind(conn, kind, items, signer).items():
            results[n] = result
    if any(r.result == "accepted" and r.type in FIGURE_RECORDS for r in results.values()):
        office_changed(conn, signer.office_id)
    return [results[n] for n in range(len(envelope.records))]


Item = tuple[int, RecordChange, dict[str, Any], EventTags | None]


def _among(conn: Connection, column: ColumnElement[str], ids: Iterable[str]) -> ColumnElement[bool]:
    """``column IN ids`` with the ids as one parameter (PostgreSQL ``= ANY(array)``, SQLite
    ``IN json_each(…)``), so the statement's text is the same for every batch (compiled and
    parsed once), however many ids a batch holds."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=postgresql.ARRAY(String)))
    listed = func.json_each(bindparam(None, json.dumps(list(ids)), type_=String))
    return column.in_(select(literal_column("value")).select_from(listed))


def _stored(conn: Connection, table: Table, ids: list[str]) -> dict[str, Any]:
    """Version, office and device of the records of ``ids`` that ``table`` holds."""
    rows = conn.execute(
        select(table.c.id, table.c.version, table.c.office_id, table.c.device_id).where(
            _among(conn, table.c.id, ids)
        )
    )
    return {r.id: r for r in rows}


def _apply_kind(
    conn: Connection, kind: RecordType, items: list[Item], signer: Signer
) -> dict[int, RecordResult]:
    """One table's records of the batch (their ids unique in it), written in bulk: each gets
    the result `_apply_existing` would give it one by one."""
    table = HQ_TABLES[kind]
    stored = _stored(conn, table, [c.id for _, c, _, _ in items])
    results: dict[int, RecordResult] = {}
    fresh: list[Item] = []
    newer: list[Item] = []
    for item in items:
        n, change, row, _ = item
        held = stored.get(change.id)
        if held is None:
            reason = _new_record_problem(change, row, signer)
        elif held.office_id != signer.office_id:
            reason = "this record id belongs to another office"
        elif row["device_id"] not in (signer.device_id, held.device_id):
            reason = _not_the_signer(row)
        elif change.version > held.version + MAX_VERSION_STEP:
            reason = _too_far(change, held.version)
        elif change.version == held.version:
            results[n] = _result(change, "duplicate")
            continue
        elif change.version < held.version:
            reason = f"HQ already holds a newer version ({held.version})"
            results[n] = _result(change, "stale", reason)
            continue
        else:
            newer.append(item)
            continue
        if reason is not None:
            results[n] = _result(change, "rejected", reason)
        else:
            fresh.append(item)
    written = insert_new(conn, table, [row for _, _, row, _ in fresh])
    written |= update_newer(conn, table, [row for _, _, row, _ in newer])
    tagged: dict[str, EventTags] = {}
    for n, change, row, tags in (*fresh, *newer):
        if change.id not in written:
            # Another HQ process wrote this record meanwhile: decided again against it.
            results[n] = _apply_existing(conn, table, change, row, tags, signer)
            continue
        results[n] = _result(change, "accepted")
        if tags is not None:
            tagged[change.id] = tags
        if kind is RecordType.OUTPUT and change.id not in stored:
            _audit_output(conn, row)  # first arrival
    if tagged:
        _write_tags(conn, tagged)
    return results


def _write_tags(conn: Connection, tagged: dict[str, EventTags]) -> None:
    """Make the stored tags of each event of ``tagged`` equal to its tags (`write_tags`, for
    many events at once)."""
    conn.execute(delete(HQ_EVENT_TAG).where(_among(conn, HQ_EVENT_TAG.c.event_id, tagged)))
    rows = [
        {"event_id": event_id, "kind": kind.value, "code": code}
        for event_id, tags in tagged.items()
        for kind, name in TAG_FIELDS.items()
        for code in dict.fromkeys(getattr(tags, name))
    ]
    if rows:
        conn.execute(insert(HQ_EVENT_TAG), rows)


def _unerasing(
    conn: Connection,
    valid: dict[RecordType, list[tuple[int, RecordChange, dict[str, Any], EventTags | None]]],
) -> list[tuple[int, RecordChange]]:
    """People HQ holds as erased that a record would bring back (a device restored from an
    old backup, or a hostile one): taken out of ``valid``, returned. Erasure is final."""
    items = valid.get(RecordType.PARTICIPANT, [])
    back = {c.id for _, c, row, _ in items if row.get("erased_at") is None}
    if not back:
        return []
    table = HQ_TABLES[RecordType.PARTICIPANT]
    erased = set(
        conn.execute(
            select(table.c.id).where(_among(conn, table.c.id, back), table.c.erased_at.is_not(None))
        ).scalars()
    )
    if not erased:
        return []
    valid[RecordType.PARTICIPANT] = [i for i in items if i[1].id not in erased]
    return [(n, c) for n, c, _, _ in items if c.id in erased]


def _audit_output(conn: Connection, row: dict[str, Any]) -> None:
    """A file with names written on a device, in HQ's audit log (once, on first arrival)."""
    at = row["at"]
    audit.append(
        conn,
        f"device {row['device_id']} ({row['recorded_by']})",
        "device output",
        f"office:{row['office_id']}",
        {
            "kind": row["kind"],
            "subject": row["subject"],
            "people": row["people"],
            "at": at.isoformat() if hasattr(at, "isoformat") else str(at),
        },
    )
