"""Applying one batch at HQ: each record is upserted if its version is newer, kept otherwise.

Every record gets its own result: accepted, duplicate (HQ has this version), stale (HQ has a
newer one) or rejected with the reason, in the words of the same validation rules the field
app uses. One bad record never blocks the others. Written in portable SQL (SQLite by
default, PostgreSQL at scale), with ``ON CONFLICT`` so that two HQ processes applying the same
batch at once store nothing twice.

Each record is read by `sync.hq.record_check.row_of` (the row to store, as the office's policy
says, or the reason it is refused); this module writes them. A file with names that a device
logged (an output record) enters HQ's audit log when it first arrives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

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

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.event_tags import TAG_FIELDS, write_tags
from fieldapp.domain.privacy import (
    ERASED_AT_THE_OFFICE,
)
from fieldapp.domain.records import (
    EventTags,
)
from fieldapp.domain.vocab import RecordType
from sync.hq.accounts import audit
from sync.hq.aggregates import office_changed
from sync.hq.bulk import Held, held, insert_new, update_newer
from sync.hq.identities import IdentityKey
from sync.hq.policy import policy_of
from sync.hq.record_check import (
    MAX_VERSION_STEP,
    Checked,
    Item,
    Signer,
    check_batch,
    result_of,
)
from sync.hq.tables import HQ_EVENT_TAG, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange, RecordResult

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


def _insert(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


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
            return result_of(change, "rejected", "this record id belongs to another office")
        if row["device_id"] not in (signer.device_id, existing.device_id):
            return result_of(change, "rejected", _not_the_signer(row))
        if change.version > existing.version + MAX_VERSION_STEP:
            return result_of(change, "rejected", _too_far(change, existing.version))
    elif reason := _new_record_problem(change, row, signer):
        return result_of(change, "rejected", reason)
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
            return result_of(change, "duplicate")
        return result_of(change, "stale", f"HQ already holds a newer version ({stored})")
    if tags is not None:
        write_tags(conn, HQ_EVENT_TAG, change.id, tags)
    return result_of(change, "accepted")


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
    checked: Checked | None = None,
) -> list[RecordResult]:
    """Apply every record of ``envelope`` on ``conn`` (the caller's one transaction), as
    ``signer`` may: its office's records only (``receive_batch`` checked the envelope).
    Records are checked against ``lists``, the code lists this HQ publishes (None: those
    shipped), never against whatever lists this process last loaded. People are stored as
    the office's policy says (`Minimise`), identities sealed with ``identity_key``.
    ``checked``: the records as `check_batch` read them with the same arguments before the
    transaction (used only if the office's policy and the day are still the same).

    Each table's records are written together (`_apply_kind`): those HQ has never seen (the
    usual case) in one statement, those it holds decided by the version rules of
    `_apply_existing` on their stored versions read in one query, the newer in one
    statement."""
    policy = policy_of(conn, signer.office_id)
    day = today or date.today()
    if checked is None or (checked.policy, checked.day) != (policy, day):
        checked = check_batch(
            envelope, signer, policy, today=day, lists=lists, identity_key=identity_key
        )
    results = dict(checked.refused)
    valid = {kind: list(items) for kind, items in checked.valid.items()}
    for n, change, reason in _foreign_references(conn, valid, signer):
        results[n] = result_of(change, "rejected", reason)
    stored = {
        kind: _stored(conn, HQ_TABLES[kind], [c.id for _, c, _, _ in items])
        for kind, items in valid.items()
    }
    for n, change in _unerasing(valid, stored.get(RecordType.PARTICIPANT, {})):
        results[n] = result_of(change, "rejected", ERASED_AT_THE_OFFICE)
    for kind, items in valid.items():
        for n, result in _apply_kind(conn, kind, items, stored[kind], signer).items():
            results[n] = result
    if any(r.result == "accepted" and r.type in FIGURE_RECORDS for r in results.values()):
        office_changed(conn, signer.office_id)
    return [results[n] for n in range(len(envelope.records))]


def _among(conn: Connection, column: ColumnElement[str], ids: Iterable[str]) -> ColumnElement[bool]:
    """``column IN ids`` with the ids as one parameter (PostgreSQL ``= ANY(array)``, SQLite
    ``IN json_each(…)``), so the statement's text is the same for every batch (compiled and
    parsed once), however many ids a batch holds."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=postgresql.ARRAY(String)))
    listed = func.json_each(bindparam(None, json.dumps(list(ids)), type_=String))
    return column.in_(select(literal_column("value")).select_from(listed))


def _stored(conn: Connection, table: Table, ids: list[str]) -> Held:
    """Version, office and device of the records of ``ids`` that ``table`` holds (and for
    people, when they were erased), as `bulk.held` reads them."""
    erased = ("erased_at",) if "erased_at" in table.c else ()
    return held(conn, table, ids, ("version", "office_id", "device_id", *erased))


def _apply_kind(
    conn: Connection,
    kind: RecordType,
    items: list[Item],
    stored: Held,
    signer: Signer,
) -> dict[int, RecordResult]:
    """One table's records of the batch (their ids unique in it; ``stored``: what `_stored`
    read of them), written in bulk: each gets the result `_apply_existing` would give it one
    by one."""
    table = HQ_TABLES[kind]
    results: dict[int, RecordResult] = {}
    fresh: list[Item] = []
    newer: list[Item] = []
    for item in items:
        n, change, row, _ = item
        at_hq = stored.get(change.id)
        if at_hq is None:
            reason = _new_record_problem(change, row, signer)
        elif at_hq["office_id"] != signer.office_id:
            reason = "this record id belongs to another office"
        elif row["device_id"] not in (signer.device_id, at_hq["device_id"]):
            reason = _not_the_signer(row)
        elif change.version > at_hq["version"] + MAX_VERSION_STEP:
            reason = _too_far(change, at_hq["version"])
        elif change.version == at_hq["version"]:
            results[n] = result_of(change, "duplicate")
            continue
        elif change.version < at_hq["version"]:
            reason = f"HQ already holds a newer version ({at_hq['version']})"
            results[n] = result_of(change, "stale", reason)
            continue
        else:
            newer.append(item)
            continue
        if reason is not None:
            results[n] = result_of(change, "rejected", reason)
        else:
            fresh.append(item)
    written = insert_new(conn, table, [row for _, _, row, _ in fresh])
    written |= update_newer(conn, table, [row for _, _, row, _ in newer], stored)
    tagged: dict[str, EventTags] = {}
    for n, change, row, tags in (*fresh, *newer):
        if change.id not in written:
            # Another HQ process wrote this record meanwhile: decided again against it.
            results[n] = _apply_existing(conn, table, change, row, tags, signer)
            continue
        results[n] = result_of(change, "accepted")
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


def _unerasing(valid: dict[RecordType, list[Item]], people: Held) -> list[tuple[int, RecordChange]]:
    """People HQ holds as erased (``people``: what `_stored` read of them) that a record would
    bring back (a device restored from an old backup, or a hostile one): taken out of
    ``valid``, returned. Erasure is final."""
    items = valid.get(RecordType.PARTICIPANT, [])
    erased = {
        c.id
        for _, c, row, _ in items
        if row.get("erased_at") is None
        and (at_hq := people.get(c.id)) is not None
        and at_hq["erased_at"] is not None
    }
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
