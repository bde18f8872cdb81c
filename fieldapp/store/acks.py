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
from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.engine import Connection

from fieldapp.store.repository import OUTBOX
from fieldapp.store.store import Store
from fieldapp.store.tables import Quarantine, table_of
from sync.atomic import fsync_dir, write_atomic
from sync.protocol import Acknowledgement
from sync.seal import SealError, open_message

QUARANTINE = table_of(Quarantine)
SUFFIX = ".ack"


@dataclass
class AckSummary:
    applied: int = 0
    accepted: int = 0
    rejected: int = 0
    refused_files: int = 0


def apply_ack(conn: Connection, ack: Acknowledgement) -> tuple[int, int]:
    """Record one acknowledgement; returns (records accepted or already there, rejected)."""
    now = datetime.now(UTC)
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.batch_id == ack.batch_id, OUTBOX.c.acked_at.is_(None))
        .values(acked_at=now)
    )
    accepted = rejected = 0
    for result in ack.results:
        key = and_(QUARANTINE.c.record_type == result.type, QUARANTINE.c.record_id == result.id)
        if result.result == "rejected":
            rejected += 1
            current = conn.execute(select(QUARANTINE.c.version).where(key)).scalar()
            if current is None:
                conn.execute(
                    insert(QUARANTINE).values(
                        record_type=result.type,
                        record_id=result.id,
                        version=result.version,
                        batch_id=ack.batch_id,
                        reason=result.reason or "refused by HQ",
                        created_at=now,
                    )
                )
            elif result.version >= current:
                conn.execute(
                    update(QUARANTINE)
                    .where(key)
                    .values(
                        version=result.version,
                        batch_id=ack.batch_id,
                        reason=result.reason or "refused by HQ",
                    )
                )
        else:
            accepted += 1
            conn.execute(delete(QUARANTINE).where(key, QUARANTINE.c.version <= result.version))
    return accepted, rejected


def apply_inbox(store: Store, hq_key: Ed25519PublicKey) -> AckSummary:
    """Apply every acknowledgement waiting in the inbox; a forged one is set aside, not used."""
    summary = AckSummary()
    inbox = store.data.inbox
    for path in sorted(inbox.glob(f"*{SUFFIX}")):
        try:
            ack = open_message(path.read_bytes(), Acknowledgement, hq_key)
        except SealError:
            refused = inbox / "refused"
            refused.mkdir(exist_ok=True)
            path.replace(refused / path.name)
            summary.refused_files += 1
            continue
        if ack.device_id != store.identity.device_id:
            summary.refused_files += 1
            continue
        with store.transaction() as conn:
            accepted, rejected = apply_ack(conn, ack)
        path.unlink()
        summary.applied += 1
        summary.accepted += accepted
        summary.rejected += rejected
    fsync_dir(inbox)
    return summary


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


def write_ack(inbox: Path, data: bytes, batch_id: str) -> Path:
    """Where the courier puts HQ's signed answer (crash-safe)."""
    path = inbox / f"{batch_id}{SUFFIX}"
    write_atomic(path, data)
    return path
