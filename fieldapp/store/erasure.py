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

import json
import logging
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection

from fieldapp.domain.attendee_age import band_at_event
from fieldapp.domain.privacy import (
    ANONYMOUS_FIELDS,
    ERASED_BY_RETENTION,
    ERASED_ELSEWHERE,
    ERASED_ON_REQUEST,
)
from fieldapp.domain.records import ParticipantBase, utcnow
from fieldapp.domain.vocab import RecordType
from fieldapp.store.layout import DataDir
from fieldapp.store.repository import ATTENDANCE, EVENT, OUTBOX, PARTICIPANT
from fieldapp.store.store import SETTINGS, Identity, Store, StoreError
from fieldapp.store.tables import SEARCH_TABLE, Erasure, Quarantine, table_of
from sync.atomic import write_atomic
from sync.foreign_files import BATCH_NAME

log = logging.getLogger(__name__)
ERASURE = table_of(Erasure)
QUARANTINE = table_of(Quarantine)
REASONS = (ERASED_ON_REQUEST, ERASED_BY_RETENTION, ERASED_ELSEWHERE)
FILE_FORMAT = 1
CHUNK = 200  # people erased in one transaction (retention, re-applying)
COURIER_WAIT = 10.0  # seconds an erasure waits for a courier delivering batches


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


# --- sealed batches not yet sent ------------------------------------------------------------


@contextmanager
def courier_paused(outbox: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the courier's folder lock (`sync.courier`), so no batch is being sent while
    batches are deleted and sealed again. Waits up to ``wait`` seconds for a delivery."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no courier runs beside the app there
        yield
        return
    outbox.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(outbox / ".courier.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + (COURIER_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ErasureError(
                        "Batches are being sent to HQ right now; try again in a minute. "
                        "Nothing was erased."
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # releases the lock


def _batch_files(outbox: Path, batch_id: str) -> list[Path]:
    found: list[Path] = []
    for folder in (outbox, outbox / "refused"):
        if folder.is_dir():
            found += [
                p
                for p in folder.iterdir()
                if (m := BATCH_NAME.fullmatch(p.name)) is not None and m.group(2) == batch_id
            ]
    return found


def unseal_batches_of(conn: Connection, outbox: Path, person_ids: Sequence[str]) -> int:
    """Batches sealed but not yet sent that carry one of ``person_ids``: their files are
    deleted and their outbox rows wait again, to be sealed with the records as they are now.
    Batches already delivered (no file left) are not touched. Inside the caller's
    transaction, the courier paused (`courier_paused`): files go before the commit, so a
    crash leaves rows pointing at a missing batch, which the next sync seals again."""
    batch_ids: set[str] = set()
    for i in range(0, len(person_ids), 500):
        batch_ids.update(
            conn.execute(
                select(OUTBOX.c.batch_id)
                .where(
                    OUTBOX.c.record_type == RecordType.PARTICIPANT.value,
                    OUTBOX.c.record_id.in_(person_ids[i : i + 500]),
                    OUTBOX.c.batch_id.is_not(None),
                    OUTBOX.c.acked_at.is_(None),
                )
                .distinct()
            ).scalars()
        )
    resealed = 0
    for batch_id in sorted(batch_ids):
        files = _batch_files(outbox, batch_id)
        if not files:
            continue  # delivered (its answer waits in the inbox) or already lost
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.batch_id == batch_id, OUTBOX.c.acked_at.is_(None))
            .values(batch_id=None)
        )
        for path in files:
            path.unlink(missing_ok=True)
        resealed += 1
    return resealed


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
    with courier_paused(store.data.outbox), store.transaction() as conn:
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
    with courier_paused(store.data.outbox):
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
    _keep_list(engine, data)
    with engine.connect() as conn:
        # Pages with the old values leave the write-ahead log too (best effort: a reader
        # elsewhere may hold it, the next checkpoint then does it).
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- the list kept outside the store ----------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    person_id: str
    erased_at: datetime
    reason: str


def _recorded_in(conn: Connection) -> dict[str, Recorded]:
    return {
        pid: Recorded(pid, at if at.tzinfo else at.replace(tzinfo=UTC), reason)
        for pid, at, reason in conn.execute(
            select(ERASURE.c.participant_id, ERASURE.c.erased_at, ERASURE.c.reason)
        )
    }


def read_erasures_file(path: Path) -> dict[str, Recorded] | None:
    """The erasures listed in ``path``; None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found: dict[str, Recorded] = {}
        for item in data["erasures"]:
            pid, reason = str(item["id"]), str(item["reason"])
            at = datetime.fromisoformat(str(item["erased_at"]))
            if len(pid) > 36 or reason not in REASONS:
                continue
            found[pid] = Recorded(pid, at if at.tzinfo else at.replace(tzinfo=UTC), reason)
        return found
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def write_erasures_file(
    engine: Engine, data: DataDir, extra: dict[str, Recorded] | None = None
) -> None:
    """``<data>/erasures.json``: every erasure the store holds (and ``extra``), no names."""
    with engine.connect() as conn:
        recorded = {**(extra or {}), **_recorded_in(conn)}
    items = [
        {"id": r.person_id, "erased_at": r.erased_at.isoformat(), "reason": r.reason}
        for r in sorted(recorded.values(), key=lambda r: (r.erased_at, r.person_id))
    ]
    body = json.dumps({"format": FILE_FORMAT, "erasures": items}, indent=1)
    write_atomic(data.erasures, body.encode("utf-8"))


def reapply_erasures(engine: Engine, data: DataDir) -> int:
    """Erase again the people ``erasures.json`` lists whom the store holds unerased (a backup
    from before their erasure was restored); returns how many. A missing or damaged file is
    rebuilt from the store's own erasures. Batches waiting in the outbox are not touched: they
    were sealed again when these people were first erased."""
    listed = read_erasures_file(data.erasures)
    with engine.connect() as conn:
        recorded = _recorded_in(conn)
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
                identity = _identity(conn)
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
        _keep_list(engine, data, listed)
    return len(missing)


def _keep_list(engine: Engine, data: DataDir, extra: dict[str, Recorded] | None = None) -> None:
    """Write ``erasures.json``; the erasure is done whether or not this works (a full disk...):
    the file is written again, from the store, at the next unlock."""
    try:
        write_erasures_file(engine, data, extra)
    except OSError as exc:
        log.warning(
            "Could not write %s (%s); it is written at the next unlock",
            data.erasures.name,
            exc.strerror or exc,
        )


def _identity(conn: Connection) -> Identity:
    rows = {k: v for k, v in conn.execute(select(SETTINGS.c.key, SETTINGS.c.value))}
    return Identity(
        office_id=rows.get("office_id", ""),
        office_name=rows.get("office_name", ""),
        country=rows.get("country", ""),
        device_id=rows.get("device_id", ""),
        recorded_by=rows.get("recorded_by", ""),
    )


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
