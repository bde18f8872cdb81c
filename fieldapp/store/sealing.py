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

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select, tuple_, update
from sqlalchemy.engine import Connection

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
from sync.atomic import write_atomic
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import MAX_JSON_CONTAINERS, json_containers, seal_batch

BATCH_RECORDS = 500
# A batch's records as JSON, at most: sealed, and inflated at HQ, it stays under HQ's 8 MiB
# (`sync.seal.MAX_ENVELOPE_BYTES`), however incompressible its text.
BATCH_JSON_BYTES = 6 * 1024 * 1024
BATCH_JSON_CONTAINERS = MAX_JSON_CONTAINERS // 2  # brackets typed in a narrative count too
SUFFIX = ".fab"
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


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


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
        columns = [table.c[name] for name in FIELDS[kind]]
        tags = read_tags(conn, EVENT_TAG, ids) if kind is RecordType.EVENT else {}
        bands = _bands(conn, ids) if kind is RecordType.ATTENDANCE else {}
        for row in conn.execute(select(*columns).where(table.c.id.in_(ids))).mappings():
            data = {k: _jsonable(v) for k, v in row.items()}
            if kind is RecordType.EVENT:
                data["tags"] = tags[row["id"]].model_dump()
                data.update(dict.fromkeys(EVENT_LOCAL_FIELDS))  # may name people: stays here
            elif kind is RecordType.PARTICIPANT:
                data = withheld(data, policy)
            elif kind is RecordType.ATTENDANCE:
                data["age_band"] = bands.get(row["id"], data["age_band"])
            changes.append(
                RecordChange(
                    type=kind.value,
                    id=row["id"],
                    version=row["version"],
                    deleted=row["deleted_at"] is not None,
                    data=data,
                )
            )
    return changes


def _next_seq(conn: Connection) -> int:
    current = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == "batch_seq")).scalar()
    seq = int(current or 0) + 1
    if current is None:
        conn.execute(SETTINGS.insert().values(key="batch_seq", value=str(seq)))
    else:
        conn.execute(update(SETTINGS).where(SETTINGS.c.key == "batch_seq").values(value=str(seq)))
    return seq


def _next_records(conn: Connection, limit: int) -> list[tuple[str, str]]:
    """The next ``limit`` records waiting, oldest change first. Reads along the pending index
    only as far as it needs, so sealing a long queue does not regroup it for every batch."""
    keys: dict[tuple[str, str], None] = {}
    rows = conn.execute(
        select(OUTBOX.c.record_type, OUTBOX.c.record_id)
        .where(OUTBOX.c.batch_id.is_(None))
        .order_by(OUTBOX.c.seq)
        .limit(limit * 4)  # a record changed several times has several rows
    )
    for key in rows:
        keys.setdefault((key[0], key[1]), None)
        if len(keys) == limit:
            break
    return list(keys)


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


def seal_pending(
    store: Store,
    device_key: Ed25519PrivateKey,
    hq_key: X25519PublicKey,
    *,
    limit: int = BATCH_RECORDS,
) -> list[SealedBatch]:
    """Seal every pending outbox row into batches of at most ``limit`` records."""
    sealed: list[SealedBatch] = []
    policy = office_policy(store)
    folder = store.data.outbox
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        with store.transaction() as conn:
            keys = _next_records(conn, limit)
            if not keys:
                return sealed
            changes = _fitting(_changes(conn, keys, policy))
            keys = [(c.type, c.id) for c in changes]
            batch_id = str(uuid.uuid4())
            seq = _next_seq(conn)
            envelope = BatchEnvelope(
                batch_id=batch_id,
                device_id=store.identity.device_id,
                office_id=store.identity.office_id,
                seq=seq,
                schema_version=version_number(current_revision(conn)),
                created_at=datetime.now(UTC),
                records=changes,
            )
            path = folder / f"{seq:08d}-{batch_id}{SUFFIX}"
            write_atomic(path, seal_batch(envelope, device_key, hq_key))
            conn.execute(
                update(OUTBOX)
                .where(
                    # Every waiting change of these records, later ones too: the batch carries
                    # their current version, which holds them all (and in this one write
                    # transaction nothing new can come in between).
                    OUTBOX.c.batch_id.is_(None),
                    tuple_(OUTBOX.c.record_type, OUTBOX.c.record_id).in_(keys),
                )
                .values(batch_id=batch_id)
            )
        sealed.append(SealedBatch(path, batch_id, seq, len(keys)))


def batch_files(folder: Path) -> list[Path]:
    """Sealed batches waiting for the courier, oldest first."""
    return sorted(folder.glob(f"*{SUFFIX}"))


__all__ = ["SealedBatch", "batch_files", "seal_pending"]
