"""Sealing the outbox into batch files for the courier (DESIGN.md §6, steps 1–2).

While the store is unlocked, pending outbox rows become sealed, immutable files in
``<data>/outbox/``. Each file is written (fsync, rename) inside the same transaction that marks
its rows as sealed: a crash before the commit leaves an orphan file and the rows pending, so
at worst a record travels twice, which HQ's per-record versions make harmless.

What leaves is minimised by the office's policy (DESIGN.md §12, `office_policy`): under the
default a person travels without name, e-mail, phone, position or birth year
(`privacy.withheld`), and each attendance carries the attendee's age band at the event, so HQ
counts by sex and age without knowing anyone. (The repository keeps that band current when a
birth year or an event's date changes, and sends the attendance again.)
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import String, bindparam, func, literal_column, select, type_coerce, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.attendee_age import band_at_event
from fieldapp.domain.event_tags import read_tags
from fieldapp.domain.privacy import EVENT_LOCAL_FIELDS, OfficePolicy, withheld
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    HeadCountBase,
    OutputBase,
    ParticipantBase,
    SyncedFields,
)
from fieldapp.domain.vocab import RecordType
from fieldapp.store.migrate import current_revision, version_number
from fieldapp.store.office_policy import office_policy
from fieldapp.store.repository import EVENT, EVENT_TAG, OUTBOX, PARTICIPANT, TABLES
from fieldapp.store.store import SETTINGS, Store
from sync.atomic import fsync_dir, write_atomic
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import MAX_JSON_CONTAINERS, json_containers, seal_json

# The most records a batch holds (a slow link gets fewer: `sync_cycle.batch_records`). HQ
# commits (and syncs to disk) once per batch, and takes up to 2,000: 1,000 halves what 500
# cost per record at HQ in commits and round trips; a batch of large records is cut by bytes.
BATCH_RECORDS = 1000
# A batch's records as JSON, at most: sealed, and inflated at HQ, it stays under HQ's 8 MiB
# (`sync.seal.MAX_ENVELOPE_BYTES`), however incompressible its text.
BATCH_JSON_BYTES = 6 * 1024 * 1024
BATCH_JSON_CONTAINERS = MAX_JSON_CONTAINERS // 2  # brackets typed in a narrative count too
SUFFIX = ".fab"
BATCHES_PER_TRANSACTION = 4  # ~4,000 records: the write lock held well under a second
QUEUE_PAGE = 10_000  # outbox rows read per page of the one pass over the queue
FIELDS: dict[RecordType, list[str]] = {
    kind: [*SyncedFields.model_fields, *base.model_fields]
    for kind, base in (
        (RecordType.EVENT, EventBase),
        (RecordType.PARTICIPANT, ParticipantBase),
        (RecordType.ATTENDANCE, AttendanceBase),
        (RecordType.HEAD_COUNT, HeadCountBase),
        (RecordType.OUTPUT, OutputBase),
    )
}


@dataclass(frozen=True)
class SealedBatch:
    path: Path
    batch_id: str
    seq: int
    records: int


def _travelling(stored: str | None) -> str | None:
    """A date or moment as it travels, from the text the store keeps: a date as it is
    (ISO), a moment (kept in UTC, without offset) in ISO with its offset, as
    ``datetime.isoformat`` writes it. Read as text, not through SQLAlchemy's types: their
    processing of every moment was a sixth of sealing's time."""
    if stored is None or len(stored) == len("2026-12-02"):
        return stored
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat()


def _bands(conn: Connection, ids: list[str]) -> dict[str, str | None]:
    """Each attendance's age band as it travels: the attendee's at the event's start
    (`band_at_event`), else the band the attendance kept (a birth year erased since)."""
    table = TABLES[RecordType.ATTENDANCE]
    rows = conn.execute(
        select(
            table.c.id,
            table.c.age_band,
            PARTICIPANT.c.age_band.label("own_band"),
            PARTICIPANT.c.birth_year,
            EVENT.c.start_date,
        )
        .join(PARTICIPANT, PARTICIPANT.c.id == table.c.participant_id)
        .join(EVENT, EVENT.c.id == table.c.event_id)
        .where(table.c.id.in_(ids))
    )
    return {r.id: band_at_event(r.own_band, r.birth_year, r.start_date) or r.age_band for r in rows}


# Checked in Rust: half of model_construct's time (which loops in Python) for the same object.
_CHANGE = RecordChange.__pydantic_validator__


def _changes(
    conn: Connection, keys: list[tuple[str, str]], policy: OfficePolicy
) -> list[RecordChange]:
    """The records behind outbox keys, as they are now (their latest version), as much of
    them as ``policy`` lets leave the device."""
    changes: list[RecordChange] = []
    by_type: dict[RecordType, list[str]] = {}
    for record_type, record_id in keys:
        by_type.setdefault(RecordType(record_type), []).append(record_id)
    for kind, ids in by_type.items():
        table = TABLES[kind]
        names = FIELDS[kind]
        dated = [n for n, name in enumerate(names) if _is_dated(table.c[name].type)]
        tags = read_tags(conn, EVENT_TAG, ids) if kind is RecordType.EVENT else {}
        bands = _bands(conn, ids) if kind is RecordType.ATTENDANCE else {}
        columns = [
            type_coerce(table.c[name], String) if n in dated else table.c[name]
            for n, name in enumerate(names)
        ]
        rows = conn.execute(select(*columns).where(_among(table.c.id, ids)))
        for row in rows.all():
            values = list(row)
            for n in dated:
                values[n] = _travelling(values[n])
            data = dict(zip(names, values, strict=True))
            if kind is RecordType.EVENT:
                data["tags"] = tags[data["id"]].model_dump()
                data.update(dict.fromkeys(EVENT_LOCAL_FIELDS))  # may name people: stays here
            elif kind is RecordType.PARTICIPANT:
                data = withheld(data, policy)
            elif kind is RecordType.ATTENDANCE:
                data["age_band"] = bands.get(data["id"], data["age_band"])
            changes.append(
                _CHANGE.validate_python(
                    {
                        "type": kind.value,
                        "id": data["id"],
                        "version": data["version"],
                        "deleted": data["deleted_at"] is not None,
                        "data": data,
                    }
                )
            )
    return changes


def _is_dated(kind: Any) -> bool:
    try:
        return issubclass(kind.python_type, date)  # datetime is a date too
    except NotImplementedError:
        return False


def _next_seq(conn: Connection) -> int:
    current = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == "batch_seq")).scalar()
    seq = int(current or 0) + 1
    if current is None:
        conn.execute(SETTINGS.insert().values(key="batch_seq", value=str(seq)))
    else:
        conn.execute(update(SETTINGS).where(SETTINGS.c.key == "batch_seq").values(value=str(seq)))
    return seq


@dataclass
class _Queue:
    """The records waiting, oldest change first, each with the outbox rows (seq) waiting for
    it: read once, in one ordered pass over the pending index (keyset pages), so that sealing
    a long queue reads it once instead of once per batch."""

    keys: list[tuple[str, str]]
    seqs: dict[tuple[str, str], list[int]]
    last_seq: int  # the newest row read: changes after it are caught when their record is


def _queue(conn: Connection) -> _Queue:
    seqs: dict[tuple[str, str], list[int]] = {}
    after = 0
    while True:
        page = conn.execute(
            select(OUTBOX.c.seq, OUTBOX.c.record_type, OUTBOX.c.record_id)
            .where(OUTBOX.c.batch_id.is_(None), OUTBOX.c.seq > after)
            .order_by(OUTBOX.c.seq)
            .limit(QUEUE_PAGE)
        ).all()
        for seq, record_type, record_id in page:
            seqs.setdefault((record_type, record_id), []).append(seq)
        if len(page) < QUEUE_PAGE:
            return _Queue(list(seqs), seqs, page[-1][0] if page else after)
        after = page[-1][0]


def _still_waiting(
    conn: Connection, queue: _Queue, keys: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``keys`` but those whose rows were all sealed meanwhile (by another sealing)."""
    seqs = [seq for key in keys for seq in queue.seqs[key]]
    waiting = set(
        conn.execute(
            select(OUTBOX.c.seq).where(_among(OUTBOX.c.seq, seqs), OUTBOX.c.batch_id.is_(None))
        ).scalars()
    )
    return [key for key in keys if any(seq in waiting for seq in queue.seqs[key])]


def _mark_sealed(
    conn: Connection, queue: _Queue, keys: list[tuple[str, str]], batch_id: str
) -> None:
    """Every waiting change of these records carries ``batch_id``, later ones too: the batch
    carries their current version, which holds them all (and in this one write transaction
    nothing new can come in between). Rows read with the queue are found by their seq; rows
    written since, among the few after the queue's last."""
    carried = set(keys)
    since = conn.execute(
        select(OUTBOX.c.seq, OUTBOX.c.record_type, OUTBOX.c.record_id).where(
            OUTBOX.c.batch_id.is_(None), OUTBOX.c.seq > queue.last_seq
        )
    ).all()
    seqs = [seq for key in keys for seq in queue.seqs[key]]
    seqs += [seq for seq, record_type, record_id in since if (record_type, record_id) in carried]
    conn.execute(
        update(OUTBOX)
        .where(_among(OUTBOX.c.seq, seqs), OUTBOX.c.batch_id.is_(None))
        .values(batch_id=batch_id)
    )


def _among(column: ColumnElement[Any], values: list[Any]) -> ColumnElement[bool]:
    """``column IN values``, the values as one JSON parameter: the statement's text is the
    same whatever their number (compiled once, not once per batch)."""
    listed = func.json_each(bindparam(None, json.dumps(values), type_=String))
    return column.in_(select(literal_column("value")).select_from(listed))


def _fitting(changes: list[RecordChange]) -> list[RecordChange]:
    """As many of ``changes`` (from the first) as HQ takes in one batch; at least one."""
    size = containers = 0
    for n, change in enumerate(changes):
        text = change.model_dump_json().encode("utf-8")
        size += len(text)
        containers += json_containers(text)
        if n > 0 and (size > BATCH_JSON_BYTES or containers > BATCH_JSON_CONTAINERS):
            return changes[:n]
    return changes


def _fits(text: bytes) -> bool:
    return len(text) <= BATCH_JSON_BYTES and json_containers(text) <= BATCH_JSON_CONTAINERS


def seal_pending(
    store: Store,
    device_key: Ed25519PrivateKey,
    hq_key: X25519PublicKey,
    *,
    limit: int = BATCH_RECORDS,
) -> list[SealedBatch]:
    """Seal every pending outbox row into batches of at most ``limit`` records (changes
    written while this runs wait for the next time)."""
    sealed: list[SealedBatch] = []
    policy = office_policy(store)
    folder = store.data.outbox
    folder.mkdir(parents=True, exist_ok=True)
    with store.engine.connect() as conn:
        queue = _queue(conn)
    at = 0
    while at < len(queue.keys):
        # A few batches per transaction: one commit and one folder sync for them all. Their
        # files are written (each synced) before the commit: a crash in between leaves
        # orphan files and the rows waiting, so at worst records travel twice.
        with store.transaction() as conn:
            for _ in range(BATCHES_PER_TRANSACTION):
                if at >= len(queue.keys):
                    break
                batch, at = _seal_one(conn, store, queue, at, limit, policy, device_key, hq_key)
                if batch is not None:
                    sealed.append(batch)
            fsync_dir(folder)
    return sealed


def _seal_one(
    conn: Connection,
    store: Store,
    queue: _Queue,
    at: int,
    limit: int,
    policy: OfficePolicy,
    device_key: Ed25519PrivateKey,
    hq_key: X25519PublicKey,
) -> tuple[SealedBatch | None, int]:
    """Seal the records of the queue from ``at`` (at most ``limit``) into one batch file;
    the batch (None when none of them is left to send) and where the queue goes on."""
    keys = _still_waiting(conn, queue, queue.keys[at : at + limit])
    changes = _changes(conn, keys, policy)
    if not changes:  # sealed meanwhile, or no longer there: nothing of them to send
        return None, at + limit
    envelope = BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=store.identity.device_id,
        office_id=store.identity.office_id,
        seq=_next_seq(conn),
        schema_version=version_number(current_revision(conn)),
        created_at=datetime.now(UTC),
        records=changes,
    )
    text = envelope.model_dump_json().encode("utf-8")
    if not _fits(text):  # large records: as many as fit, the rest in the next batch
        envelope = envelope.model_copy(update={"records": _fitting(changes)})
        text = envelope.model_dump_json().encode("utf-8")
    carried = {(c.type, c.id) for c in envelope.records}
    found = {(c.type, c.id) for c in changes}
    # What did not fit goes first in the next batch; what was not found stays waiting.
    queue.keys[at : at + limit] = [
        *(k for k in keys if k in carried),
        *(k for k in keys if k in found and k not in carried),
    ]
    path = store.data.outbox / f"{envelope.seq:08d}-{envelope.batch_id}{SUFFIX}"
    write_atomic(
        path,
        seal_json(text, envelope.device_id, device_key, hq_key),
        sync_folder=False,  # once for the transaction's batches
    )
    _mark_sealed(conn, queue, [k for k in keys if k in carried], envelope.batch_id)
    return SealedBatch(path, envelope.batch_id, envelope.seq, len(carried)), at + len(carried)


def batch_files(folder: Path) -> list[Path]:
    """Sealed batches waiting for the courier, oldest first."""
    return sorted(folder.glob(f"*{SUFFIX}"))


__all__ = ["SealedBatch", "batch_files", "seal_pending"]
