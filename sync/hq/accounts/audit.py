"""The audit log (DESIGN.md §11): append-only, each entry chained to the one before by hash.

Entry ``seq`` carries ``hash = SHA-256(prev_hash, seq, at, actor, action, target, detail)``
over a canonical JSON form, and ``prev_hash`` is the hash of entry ``seq - 1`` (64 zeros for
the first). An entry edited, deleted, inserted or moved breaks the chain at that ``seq``, and
`verify` names it. (Cutting the newest entries off the end leaves a shorter chain that still
verifies: exported copies, `export_csv`, are the anchor for that.)

Entries are written in the caller's transaction, so an action and its entry commit together.
Two HQ processes appending at once must not both extend the same entry (a fork): on
PostgreSQL the transaction takes an advisory lock before it reads the last entry; on SQLite
HQ's engine begins every writing transaction with ``BEGIN IMMEDIATE`` (`sync.hq.database`), so
the writer holds the database's write lock already. ``seq`` is the primary key besides.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import insert, select, text
from sqlalchemy.engine import Connection

from sync.hq.accounts.moments import as_utc, now, stamp
from sync.hq.tables import HQ_AUDIT

GENESIS = "0" * 64
_AUDIT_LOCK = 0x4651_4155  # "FQAU": PostgreSQL advisory lock key for appends
_READ_ONLY = "fieldapp_hq_read_only"  # as sync.hq.database marks a reading transaction


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: str  # canonical JSON
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class BadEntry:
    """The first entry at which the chain breaks, and how."""

    seq: int
    problem: str

    def __str__(self) -> str:
        return f"entry {self.seq}: {self.problem}"


def canonical(detail: Mapping[str, Any]) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    prev_hash: str, seq: int, at: datetime, actor: str, action: str, target: str, detail: str
) -> str:
    body = json.dumps(
        [prev_hash, seq, stamp(at), actor, action, target, detail],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _serialize(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _AUDIT_LOCK})
    elif conn.get_execution_options().get(_READ_ONLY, False):
        raise RuntimeError("the audit log is written in a writing transaction, not a read-only one")


def append(
    conn: Connection,
    actor: str,
    action: str,
    target: str = "",
    detail: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> Entry:
    """Add an entry after the last one, in the caller's transaction."""
    _serialize(conn)
    last = conn.execute(
        select(HQ_AUDIT.c.seq, HQ_AUDIT.c.hash).order_by(HQ_AUDIT.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    moment = as_utc(at or now())
    body = canonical(detail or {})
    actor, action, target = actor[:200], action[:64], target[:300]
    digest = entry_hash(prev, seq, moment, actor, action, target, body)
    conn.execute(
        insert(HQ_AUDIT).values(
            seq=seq,
            at=moment,
            actor=actor,
            action=action,
            target=target,
            detail=body,
            prev_hash=prev,
            hash=digest,
        )
    )
    return Entry(seq, moment, actor, action, target, body, prev, digest)


def entries(conn: Connection, *, after: int = 0, limit: int | None = None) -> list[Entry]:
    query = select(HQ_AUDIT).where(HQ_AUDIT.c.seq > after).order_by(HQ_AUDIT.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [
        Entry(r.seq, as_utc(r.at), r.actor, r.action, r.target, r.detail, r.prev_hash, r.hash)
        for r in conn.execute(query)
    ]


def search(
    conn: Connection,
    *,
    actor: str | None = None,
    action: str | None = None,
    target: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after: int = 0,
    before: int | None = None,
    limit: int = 100,
    newest_first: bool = False,
) -> list[Entry]:
    """Entries after ``after`` (and before ``before``) in order, or newest first, at most
    ``limit``: those of ``actor`` and ``target`` (exactly), of ``action`` (``signin`` also
    finds ``signin.ok`` and ``signin.refused``), from ``since`` up to (not including)
    ``until``."""
    t = HQ_AUDIT.c
    query = (
        select(HQ_AUDIT)
        .where(t.seq > after)
        .order_by(t.seq.desc() if newest_first else t.seq)
        .limit(limit)
    )
    if before is not None:
        query = query.where(t.seq < before)
    if actor is not None:
        query = query.where(t.actor == actor)
    if action is not None:
        query = query.where(
            (t.action == action) | t.action.startswith(f"{action}.", autoescape=True)
        )
    if target is not None:
        query = query.where(t.target == target)
    if since is not None:
        query = query.where(t.at >= as_utc(since))
    if until is not None:
        query = query.where(t.at < as_utc(until))
    return [
        Entry(r.seq, as_utc(r.at), r.actor, r.action, r.target, r.detail, r.prev_hash, r.hash)
        for r in conn.execute(query)
    ]


def _problem(entry: Entry, expected_seq: int, prev: str) -> str | None:
    if entry.seq != expected_seq:  # reported as entry `expected_seq`, see verify
        return f"it is missing (the next entry is {entry.seq}): it was deleted or renumbered"
    if entry.prev_hash != prev:
        return "it does not follow the entry before (one was deleted, inserted or altered)"
    try:
        detail = canonical(json.loads(entry.detail))
    except (ValueError, TypeError):
        return "its detail is not JSON: it was altered"
    expected = entry_hash(
        prev, entry.seq, entry.at, entry.actor, entry.action, entry.target, detail
    )
    if expected != entry.hash:
        return "its content does not match its hash: it was altered"
    return None


def verify(conn: Connection, *, page: int = 5000) -> tuple[int, BadEntry | None]:
    """The number of entries read, and the first bad one (None: the chain is intact)."""
    expected_seq, prev, count = 1, GENESIS, 0
    while batch := entries(conn, after=expected_seq - 1, limit=page):
        for entry in batch:
            problem = _problem(entry, expected_seq, prev)
            if problem is not None:
                return count, BadEntry(min(entry.seq, expected_seq), problem)
            expected_seq, prev, count = entry.seq + 1, entry.hash, count + 1
    return count, None


COLUMNS = ("seq", "at", "actor", "action", "target", "detail", "prev_hash", "hash")


def export_csv(conn: Connection, file: TextIO) -> int:
    """Write the whole log as CSV (one row per entry, hashes included); the rows written."""
    writer = csv.writer(file)
    writer.writerow(COLUMNS)
    count, after = 0, 0
    while batch := entries(conn, after=after, limit=5000):
        write_rows(writer, batch)
        count += len(batch)
        after = batch[-1].seq
    return count


def write_rows(writer: Any, batch: list[Entry]) -> None:
    """``batch`` as CSV rows of `COLUMNS` on a ``csv.writer``."""
    for e in batch:
        row = (e.seq, stamp(e.at), e.actor, e.action, e.target, e.detail, e.prev_hash, e.hash)
        writer.writerow([_inert(str(v)) for v in row])


def _inert(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (a user name may start with '=')."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
