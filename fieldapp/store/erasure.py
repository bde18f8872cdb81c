"""Erasing a person's identity (DESIGN.md §12): on the device, in what waits to be sent, and
again after any backup from before the erasure is restored.

What identifies the person is overwritten in place (their record keeps only
`privacy.ANONYMOUS_FIELDS`), each of their attendances keeps their age band at that event so
every figure stays the same, and the overwritten record travels to HQ like any edit (HQ purges
what it held on it). The search index, sealed batches not yet sent and the store's settings
are scrubbed in the same step; ``PRAGMA secure_delete`` (`fieldapp.store.engine`) zeroes the
freed pages.

The ids erased, with when and why (never a name), are also kept outside the store, in
``<data>/erasures.json``: a backup holds the store as it was, so every unlock and every
restore erases again anyone that file lists and the store does not (`reapply_erasures`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection

from fieldapp.domain.attendee_age import band_at_event
from fieldapp.domain.privacy import (
    ANONYMOUS_FIELDS,
    ERASED_ELSEWHERE,
    ERASED_ON_REQUEST,
)
from fieldapp.domain.records import ParticipantBase, utcnow
from fieldapp.domain.vocab import RecordType
from fieldapp.store.erasure_list import (
    ERASURE,
    REASONS,
    Recorded,
    keep_list,
    read_erasures_file,
    recorded_in,
    write_erasures_file,
)
from fieldapp.store.layout import DataDir
from fieldapp.store.repository import ATTENDANCE, EVENT, OUTBOX, PARTICIPANT
from fieldapp.store.store import SETTINGS, Identity, Store, StoreError, read_identity
from fieldapp.store.tables import SEARCH_TABLE, Quarantine, table_of
from fieldapp.store.unsent_batches import BatchesBeingSent, courier_paused, unseal_batches_of

log = logging.getLogger(__name__)
QUARANTINE = table_of(Quarantine)
CHUNK = 200  # people erased in one transaction (retention, re-applying)


class ErasureError(StoreError):
    """The person cannot be erased (unknown, already erased) or not now; nothing was written."""


class AlreadyErased(ErasureError):
    pass


@dataclass(frozen=True)
class Erased:
    """What an erasure did: whose identity (by id), when, how many of their attendances
    stay as anonymous counts, how many sealed batches waiting to go were sealed again."""

    person_id: str
    erased_at: datetime
    attendances: int
    batches_resealed: int = 0


# --- the overwrite, on one connection -------------------------------------------------------

BLANKED: dict[str, Any] = {
    name: ("" if name == "full_name" else False if name == "consent" else None)
    for name in ParticipantBase.model_fields
    if name not in ANONYMOUS_FIELDS
}


@dataclass(frozen=True)
class ToErase:
    person_id: str
    reason: str
    when: datetime


def _day(when: datetime | str) -> str:
    return str(when)[:10]


def _erase_on(
    conn: Connection, identity: Identity, people: Sequence[ToErase], *, strict: bool
) -> dict[str, int]:
    """Overwrite ``people`` inside the caller's transaction, a few statements for them all;
    returns, for each person erased, how many attendances (not deleted) stay as anonymous
    counts. With ``strict``, an unknown or erased person raises `ErasureError` before
    anything is written; without, they are skipped."""
    for item in people:
        if item.reason not in REASONS:
            raise ErasureError(f"Unknown reason for an erasure: {item.reason!r}.")
    ids = [p.person_id for p in people]
    found = {
        r["id"]: dict(r)
        for r in conn.execute(
            select(
                PARTICIPANT.c.id,
                PARTICIPANT.c.version,
                PARTICIPANT.c.age_band,
                PARTICIPANT.c.birth_year,
                PARTICIPANT.c.erased_at,
                PARTICIPANT.c.deleted_at,
            ).where(PARTICIPANT.c.id.in_(ids))
        ).mappings()
    }
    if strict:
        for pid in ids:
            if pid not in found:
                raise ErasureError(f"There is no person with the id {pid} on this device.")
            if found[pid]["erased_at"] is not None:
                raise AlreadyErased(
                    f"The person {pid} was already erased on "
                    f"{_day(found[pid]['erased_at'])}; nothing more to do."
                )
    todo = list(  # each person once, even if asked twice
        {
            p.person_id: p
            for p in people
            if p.person_id in found and found[p.person_id]["erased_at"] is None
        }.values()
    )
    if not todo:
        return {}
    ids = [p.person_id for p in todo]
    stamp = {
        "updated_at": utcnow(),
        "device_id": identity.device_id,
        "recorded_by": identity.recorded_by,
    }
    outbox: list[dict[str, Any]] = []

    # Before the birth year goes: each attendance keeps the band at its event, and travels.
    kept = dict.fromkeys(ids, 0)
    changed: list[dict[str, Any]] = []
    for aid, version, band, pid, start in conn.execute(
        select(
            ATTENDANCE.c.id,
            ATTENDANCE.c.version,
            ATTENDANCE.c.age_band,
            ATTENDANCE.c.participant_id,
            EVENT.c.start_date,
        )
        .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
        .where(ATTENDANCE.c.participant_id.in_(ids), ATTENDANCE.c.deleted_at.is_(None))
    ):
        kept[pid] += 1
        person = found[pid]
        at_event = band_at_event(person["age_band"], person["birth_year"], start)
        if at_event is not None and at_event != band:
            changed.append({"b_id": aid, "b_band": at_event, "b_version": version + 1})
            outbox.append(_outbox_row(RecordType.ATTENDANCE, aid, version + 1, stamp))
    if changed:
        conn.execute(
            update(ATTENDANCE)
            .where(ATTENDANCE.c.id == bindparam("b_id"))
            .values(age_band=bindparam("b_band"), version=bindparam("b_version"), **stamp),
            changed,
        )

    # The record itself: overwritten, and it travels (HQ purges what it held on them).
    conn.execute(
        update(PARTICIPANT)
        .where(PARTICIPANT.c.id == bindparam("b_id"))
        .values(
            **BLANKED,
            **stamp,
            name_key="",
            erased_at=bindparam("b_when"),
            version=bindparam("b_version"),
        ),
        [
            {"b_id": p.person_id, "b_when": p.when, "b_version": found[p.person_id]["version"] + 1}
            for p in todo
        ],
    )
    outbox += [
        _outbox_row(RecordType.PARTICIPANT, pid, found[pid]["version"] + 1, stamp) for pid in ids
    ]
    conn.execute(insert(OUTBOX), outbox)

    # The search index follows by its triggers: the old entry out, the blank record in (no
    # trigram: nothing of them). It must stay, or the triggers' next removal of it (an edit,
    # a delete) would find no entry and damage the index; `optimize_search` then merges the
    # old segments away.
    conn.execute(
        insert(ERASURE),
        [
            {
                "participant_id": p.person_id,
                "erased_at": p.when,
                "reason": p.reason,
                "erased_by": identity.recorded_by,
            }
            for p in todo
        ],
    )
    # HQ's reasons for refusing their record (an older HQ quoted what it refused): gone.
    conn.execute(
        delete(QUARANTINE).where(
            QUARANTINE.c.record_type == RecordType.PARTICIPANT.value,
            QUARANTINE.c.record_id.in_(ids),
        )
    )
    # Settings that name one of them by id (a remembered selection...): gone.
    gone = [
        key
        for key, value in conn.execute(select(SETTINGS.c.key, SETTINGS.c.value))
        if any(pid in value for pid in ids)
    ]
    if gone:
        conn.execute(delete(SETTINGS).where(SETTINGS.c.key.in_(gone)))
    return kept


def _outbox_row(
    kind: RecordType, record_id: str, version: int, stamp: dict[str, Any]
) -> dict[str, Any]:
    return {
        "record_type": kind.value,
        "record_id": record_id,
        "version": version,
        "op": "upsert",
        "created_at": stamp["updated_at"],
    }


def optimize_search(conn: Connection) -> None:
    """Merge the index's segments, so the old ones (holding erased names) are rewritten away."""
    conn.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"))


@contextmanager
def _courier_paused(outbox: Path) -> Iterator[None]:
    """`unsent_batches.courier_paused`, said in an erasure's terms."""
    try:
        with courier_paused(outbox):
            yield
    except BatchesBeingSent as exc:
        raise ErasureError(f"{exc} Nothing was erased.") from None


# --- erasing --------------------------------------------------------------------------------


def erase_person(
    store: Store,
    person_id: str,
    *,
    reason: str = ERASED_ON_REQUEST,
    today: date | None = None,
) -> Erased:
    """Erase one person's identity everywhere this device can reach, in one transaction.

    Raises `ErasureError` (unknown person, already erased, batches being sent) having
    written nothing."""
    del today  # the erasure is dated now; kept for callers that pass their day
    now = utcnow()
    with _courier_paused(store.data.outbox), store.transaction() as conn:
        kept = _erase_on(conn, store.identity, [ToErase(person_id, reason, now)], strict=True)[
            person_id
        ]
        optimize_search(conn)
        resealed = unseal_batches_of(conn, store.data.outbox, [person_id])
    _after_commit(store.engine, store.data)
    log.info("Erased the identity of one person (%s)", reason)
    return Erased(person_id, now, kept, resealed)


def erase_many(store: Store, person_ids: Sequence[str], reason: str) -> int:
    """Erase several people (retention), one transaction per chunk of 200, the courier
    paused throughout; the search index is optimized once at the end. People already erased
    meanwhile are skipped. Returns how many were erased."""
    done = 0
    now = utcnow()
    with _courier_paused(store.data.outbox):
        for i in range(0, len(person_ids), CHUNK):
            chunk = person_ids[i : i + CHUNK]
            with store.transaction() as conn:
                people = [ToErase(pid, reason, now) for pid in chunk]
                done += len(_erase_on(conn, store.identity, people, strict=False))
                unseal_batches_of(conn, store.data.outbox, chunk)
        if done:
            with store.transaction() as conn:
                optimize_search(conn)
    if done:
        _after_commit(store.engine, store.data)
        log.info("Erased the identities of %d people (%s)", done, reason)
    return done


def _after_commit(engine: Engine, data: DataDir) -> None:
    keep_list(engine, data)
    with engine.connect() as conn:
        # Pages with the old values leave the write-ahead log too (best effort: a reader
        # elsewhere may hold it, the next checkpoint then does it).
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def reapply_erasures(engine: Engine, data: DataDir) -> int:
    """Erase again the people ``erasures.json`` lists whom the store holds unerased (a backup
    from before their erasure was restored); returns how many. A missing or damaged file is
    rebuilt from the store's own erasures. Batches waiting in the outbox are not touched: they
    were sealed again when these people were first erased."""
    listed = read_erasures_file(data.erasures)
    with engine.connect() as conn:
        recorded = recorded_in(conn)
        if listed is None:
            missing: list[Recorded] = []
        else:
            alive = (
                set(
                    conn.execute(
                        select(PARTICIPANT.c.id).where(
                            PARTICIPANT.c.id.in_(list(listed)), PARTICIPANT.c.erased_at.is_(None)
                        )
                    ).scalars()
                )
                if listed
                else set()
            )
            missing = [r for pid, r in listed.items() if pid in alive]
    if missing:
        with engine.connect() as conn:
            conn = conn.execution_options(immediate=True)
            with conn.begin():
                identity = read_identity(conn)
                for i in range(0, len(missing), CHUNK):
                    people = [
                        ToErase(r.person_id, r.reason, r.erased_at) for r in missing[i : i + CHUNK]
                    ]
                    _erase_on(conn, identity, people, strict=False)
                optimize_search(conn)
        # A warning: the command line shows it (before its log file opens), no name in it.
        n = len(missing)
        log.warning("Re-applied %d erasure%s recorded since this backup", n, "" if n == 1 else "s")
    # (a store that never erased anyone writes no file: opening it changes nothing on disk)
    if (listed is None and recorded) or missing or set(recorded) - set(listed or {}):
        keep_list(engine, data, listed)
    return len(missing)


def erased_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(ERASURE)).scalar_one())


__all__ = [
    "AlreadyErased",
    "Erased",
    "ErasureError",
    "erase_many",
    "erase_person",
    "reapply_erasures",
]


def erase_as_hq_says(engine: Engine, data: DataDir, person_ids: Sequence[str]) -> int:
    """HQ refused these people as erased at the office (on another device, or here before a
    backup from earlier was restored, maybe on a new computer): erase them here too, and list
    them outside the store like every erasure. Returns how many were still held here."""
    listed = read_erasures_file(data.erasures) or {}
    now = utcnow()
    told = {pid: Recorded(pid, now, ERASED_ELSEWHERE) for pid in person_ids if pid not in listed}
    if told:
        write_erasures_file(engine, data, extra={**listed, **told})
    return reapply_erasures(engine, data)
