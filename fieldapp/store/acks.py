"""Applying HQ's acknowledgements (DESIGN.md §6, step 5), at unlock or after the courier ran.

Each ``<data>/inbox/*.ack`` file is HQ's signed answer to one batch. Applying it marks the
batch's outbox rows as acknowledged and puts refused records in quarantine with HQ's reason;
a later accepted version of a record takes it out again. The file is deleted only after the
transaction commits, and applying the same answer twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import and_, case, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.privacy import ERASED_AT_THE_OFFICE
from fieldapp.domain.vocab import RecordType
from fieldapp.store.erasure import erase_as_hq_says
from fieldapp.store.repository import ATTENDANCE, EVENT, HEAD_COUNT, OUTBOX, PARTICIPANT
from fieldapp.store.store import Store
from fieldapp.store.tables import Quarantine, table_of
from sync.atomic import fsync_dir, write_atomic
from sync.courier import MAX_ANSWER_BYTES, REFUSAL_SUFFIX
from sync.foreign_files import BATCH_NAME, ForeignFileError, is_regular, read_regular
from sync.protocol import Acknowledgement, RecordResult, Refusal
from sync.seal import SealError, open_message

QUARANTINE = table_of(Quarantine)
SUFFIX = ".ack"
GROUP_ANSWERS = 20  # answers applied in one transaction, at most
GROUP_RECORDS = 20_000  # and their records, at most


@dataclass
class AckSummary:
    applied: int = 0
    accepted: int = 0  # taken by HQ, or already held at this version
    rejected: int = 0  # refused by HQ, with its reason (in quarantine)
    stale: int = 0  # HQ holds a newer version than this device sent (in quarantine)
    refused_files: int = 0  # answers that were not HQ's, set aside
    refused_batches: int = 0  # batches HQ refused (signed): their records are sealed again
    to_reseal: int = 0  # changes of those batches, waiting to be sealed again


def apply_ack(conn: Connection, ack: Acknowledgement) -> tuple[int, int]:
    """Record one acknowledgement; returns (records accepted or already there, not taken).

    Rejected and stale records both go to quarantine with HQ's reason: a stale one is a
    change of this device that HQ did not take because it holds a newer version."""
    return apply_acks(conn, [ack])[0]


def apply_acks(conn: Connection, acks: list[Acknowledgement]) -> list[tuple[int, int]]:
    """`apply_ack` of each of ``acks``, in order, in one go: their batches' outbox rows
    marked in one statement, the quarantine read once."""
    now = datetime.now(UTC)
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.batch_id.in_([a.batch_id for a in acks]), OUTBOX.c.acked_at.is_(None))
        .values(acked_at=now)
    )
    # The quarantine is small (usually empty): read it once rather than touch it per record.
    held = {
        (t, i): v
        for t, i, v in conn.execute(
            select(QUARANTINE.c.record_type, QUARANTINE.c.record_id, QUARANTINE.c.version)
        )
    }
    return [_quarantine(conn, ack, held, now) for ack in acks]


def _quarantine(
    conn: Connection, ack: Acknowledgement, held: dict[tuple[str, str], int], now: datetime
) -> tuple[int, int]:
    """Put ``ack``'s refused records in quarantine and take out those accepted at last;
    ``held`` is the quarantine as it stands, kept up to date."""
    accepted = rejected = 0
    for result in ack.results:
        held_version = held.get((result.type, result.id))
        if result.result not in ("rejected", "stale"):
            accepted += 1
            if held_version is not None and held_version <= result.version:
                conn.execute(delete(QUARANTINE).where(_held(result)))  # a fixed version got through
                del held[(result.type, result.id)]
            continue
        rejected += 1
        values = {
            "version": result.version,
            "batch_id": ack.batch_id,
            "reason": result.reason
            or ("HQ holds a newer version" if result.result == "stale" else "refused by HQ"),
        }
        if held_version is None:
            conn.execute(
                insert(QUARANTINE).values(
                    record_type=result.type, record_id=result.id, created_at=now, **values
                )
            )
            held[(result.type, result.id)] = result.version
        elif result.version >= held_version:
            conn.execute(update(QUARANTINE).where(_held(result)).values(**values))
            held[(result.type, result.id)] = result.version
    return accepted, rejected


def _held(result: RecordResult) -> ColumnElement[bool]:
    """The quarantine's entry for ``result``'s record."""
    return and_(QUARANTINE.c.record_type == result.type, QUARANTINE.c.record_id == result.id)


def apply_inbox(store: Store, hq_key: Ed25519PublicKey) -> AckSummary:
    """Apply every answer waiting in the inbox: HQ's acknowledgements, and HQ's signed
    refusals of whole batches (their records are sealed again). Anything not signed by HQ is
    set aside in ``inbox/refused/``, never used.

    Acknowledgements are applied several per transaction (`GROUP_ANSWERS`, `GROUP_RECORDS`);
    each file is removed only once its transaction committed, and one applied again after a
    crash in between changes nothing."""
    summary = AckSummary()
    erased_at_hq: list[str] = []
    inbox = store.data.inbox
    inbox.mkdir(parents=True, exist_ok=True)
    group: list[tuple[Path, Acknowledgement]] = []

    def apply_group() -> None:
        if not group:
            return
        with store.transaction() as conn:
            counts = apply_acks(conn, [ack for _, ack in group])
        for (path, ack), (accepted, not_taken) in zip(group, counts, strict=True):
            path.unlink()
            erased_at_hq.extend(
                r.id
                for r in ack.results
                if r.reason == ERASED_AT_THE_OFFICE and r.type == RecordType.PARTICIPANT.value
            )
            stale = sum(r.result == "stale" for r in ack.results)
            summary.applied += 1
            summary.accepted += accepted
            summary.rejected += not_taken - stale
            summary.stale += stale
        group.clear()

    for path in sorted(inbox.iterdir()):
        if path.suffix not in (SUFFIX, REFUSAL_SUFFIX) or not is_regular(path):
            continue
        try:
            content = read_regular(path, MAX_ANSWER_BYTES)
            if path.suffix == REFUSAL_SUFFIX:
                summary.to_reseal += _apply_refusal(store, path, content, hq_key)
                summary.refused_batches += 1
                continue
            ack = open_message(content, Acknowledgement, hq_key)
        except (SealError, ForeignFileError):
            _set_aside(path)
            summary.refused_files += 1
            continue
        if ack.device_id != store.identity.device_id or ack.batch_id != path.stem:
            _set_aside(path)
            summary.refused_files += 1
            continue
        group.append((path, ack))
        if len(group) >= GROUP_ANSWERS or sum(len(a.results) for _, a in group) >= GROUP_RECORDS:
            apply_group()
    apply_group()
    fsync_dir(inbox)
    if erased_at_hq:  # HQ knows them as erased: this device holds them no longer either
        erase_as_hq_says(store.engine, store.data, erased_at_hq)
    return summary


def _set_aside(path: Path) -> None:
    refused = path.parent / "refused"
    refused.mkdir(exist_ok=True, mode=0o700)
    path.replace(refused / path.name)


def _apply_refusal(store: Store, path: Path, content: bytes, hq_key: Ed25519PublicKey) -> int:
    """HQ refused a whole batch (and signed it): its records wait to be sealed again.
    Returns how many changes wait again."""
    open_message(content, Refusal, hq_key)  # SealError when not HQ's
    batch_id = path.stem
    with store.transaction() as conn:
        waiting = conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.batch_id == batch_id, OUTBOX.c.acked_at.is_(None))
            .values(batch_id=None)
        ).rowcount
    (store.data.outbox / "refused").mkdir(exist_ok=True, mode=0o700)
    for refused in (store.data.outbox / "refused").glob(f"*-{batch_id}.fab"):
        refused.unlink()
    path.unlink()
    return int(waiting)


def reseal_unanswered(store: Store) -> int:
    """Records sealed into a batch that is no longer waiting in the outbox, and whose answer
    never came (a batch set aside, deleted by hand or by a courier that was fooled): put back
    to wait, so they are sealed again. Returns how many outbox rows were put back.

    A courier may be delivering meanwhile: it writes a batch's answer to the inbox before it
    deletes the batch, so listing the outbox first and the inbox second never mistakes a batch
    delivered a moment ago for a lost one."""
    waiting = {
        m.group(2)
        for p in store.data.outbox.iterdir()
        if (m := BATCH_NAME.fullmatch(p.name)) is not None
    }
    waiting |= {p.stem for p in store.data.inbox.iterdir() if p.suffix in (SUFFIX, REFUSAL_SUFFIX)}
    with store.transaction() as conn:
        sealed = conn.execute(
            select(OUTBOX.c.batch_id)
            .where(OUTBOX.c.batch_id.is_not(None), OUTBOX.c.acked_at.is_(None))
            .distinct()
        ).scalars()
        lost = [batch_id for batch_id in sealed if batch_id not in waiting]
        if not lost:
            return 0
        return int(
            conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.batch_id.in_(lost), OUTBOX.c.acked_at.is_(None))
                .values(batch_id=None)
            ).rowcount
        )


def quarantined(conn: Connection) -> list[tuple[str, str, int, str]]:
    """(record type, id, version, HQ's reason) of every record waiting for a fix."""
    rows = conn.execute(
        select(
            QUARANTINE.c.record_type,
            QUARANTINE.c.record_id,
            QUARANTINE.c.version,
            QUARANTINE.c.reason,
        ).order_by(QUARANTINE.c.created_at)
    )
    return [(t, i, v, r) for t, i, v, r in rows]


@dataclass(frozen=True)
class QuarantineEntry:
    """A refused record as the Sync screen lists it: what it is, why HQ refused it, and the
    record to open to fix it (attendance and head counts are fixed in their event)."""

    record_type: str
    record_id: str
    version: int
    reason: str
    label: str  # a person's name, an event's title, or both for an attendance
    open_type: str  # "event" or "participant"
    open_id: str


def quarantine_entries(conn: Connection) -> list[QuarantineEntry]:
    q, e, p = QUARANTINE, EVENT, PARTICIPANT
    a, hc = ATTENDANCE, HEAD_COUNT
    event_of = func.coalesce(a.c.event_id, hc.c.event_id)
    event = e.alias("parent_event")
    rows = conn.execute(
        select(
            q.c.record_type,
            q.c.record_id,
            q.c.version,
            q.c.reason,
            func.coalesce(e.c.title, event.c.title).label("title"),
            p.c.full_name,
            event_of.label("event_id"),
        )
        .outerjoin(e, and_(q.c.record_type == RecordType.EVENT.value, e.c.id == q.c.record_id))
        .outerjoin(a, and_(q.c.record_type == RecordType.ATTENDANCE.value, a.c.id == q.c.record_id))
        .outerjoin(
            hc, and_(q.c.record_type == RecordType.HEAD_COUNT.value, hc.c.id == q.c.record_id)
        )
        .outerjoin(event, event.c.id == event_of)
        .outerjoin(
            p,
            p.c.id
            == case(
                (q.c.record_type == RecordType.PARTICIPANT.value, q.c.record_id),
                else_=a.c.participant_id,
            ),
        )
        .order_by(q.c.created_at)
    ).all()
    entries = []
    for row in rows:
        is_person = row.record_type == RecordType.PARTICIPANT.value
        label = " · ".join(x for x in (row.full_name, row.title) if x) or row.record_id
        entries.append(
            QuarantineEntry(
                record_type=row.record_type,
                record_id=row.record_id,
                version=row.version,
                reason=row.reason,
                label=label,
                open_type="participant" if is_person else "event",
                open_id=row.record_id if row.event_id is None else row.event_id,
            )
        )
    return entries


def write_ack(inbox: Path, data: bytes, batch_id: str) -> Path:
    """Where the courier puts HQ's signed answer (crash-safe)."""
    path = inbox / f"{batch_id}{SUFFIX}"
    write_atomic(path, data)
    return path
