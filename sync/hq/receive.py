"""Receiving one sealed batch at HQ (DESIGN.md §6, step 4).

Open it (HQ's key), check the device is enrolled and not revoked and that it signed the batch,
then apply it in one transaction and keep the signed answer with the batch's digest. The same
batch again (same bytes) gets the same answer; other bytes under the same batch id are a
conflict. Nothing is stored for a batch that is refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite

from fieldapp.domain.codelists import CodeLists
from sync.hq.apply import apply_batch
from sync.hq.database import read_only
from sync.hq.identities import IdentityKey, IdentityKeyProblem, identity_key
from sync.hq.keys import HqKeys
from sync.hq.policy import policy_of
from sync.hq.record_check import Signer, check_batch
from sync.hq.refusal import BatchRefusedError, digest
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_BATCH, HQ_DEVICE
from sync.protocol import Acknowledgement
from sync.seal import SealError, ed25519_public, open_batch, sign_message


class BatchRefused(BatchRefusedError):
    """Not stored: unreadable, unsigned, tampered, from an unknown or revoked device, or in
    another office's name than the signer's."""

    status = 403


class BatchConflict(BatchRefusedError):
    """A batch id already received with other bytes."""

    status = 409


class BatchTooLarge(BatchRefusedError):
    """More bytes or records than HQ takes in one batch."""

    status = 413


log = logging.getLogger(__name__)
MAX_RECORDS = 2000  # per batch; devices seal 1,000 at most
MAX_SEQ_STEP = 10_000  # a device numbers its batches 1, 2, 3…: gaps are few and small


@dataclass(frozen=True)
class Received:
    ack: bytes
    replayed: bool  # True when this batch had been received before


def sealing_key(settings: HqSettings) -> IdentityKey | None:
    """HQ's identity key for sealing the identities of offices that share them; None (with a
    warning) when it is not set or cannot be read: those identities are then not stored."""
    try:
        return identity_key(settings)
    except IdentityKeyProblem as exc:
        log.warning("HQ's identity key cannot be used, identities are not stored: %s", exc)
        return None


def receive_batch(
    engine: Engine,
    sealed: bytes,
    keys: HqKeys,
    *,
    today: date | None = None,
    lists: CodeLists | None = None,
    identity_key: IdentityKey | None = None,
) -> Received:
    """Receive ``sealed``; its records are checked against ``lists`` (HQ's published code
    lists; None: those shipped), identities sealed with ``identity_key`` where the office
    shares them (`sync.hq.record_check.Minimise`). `BatchRefusedError` when the batch as a whole
    is refused."""
    sha256 = digest(sealed)
    enrolled: dict[str, Any] = {}  # the signer's office and last batch number, once looked up

    def device_key(device_id: str) -> Ed25519PublicKey | None:
        """The signer's key, if enrolled and not revoked, read with its office and its last
        batch number in one query (one row, not every device)."""
        last_seq = (
            select(func.max(HQ_BATCH.c.seq))
            .where(HQ_BATCH.c.device_id == HQ_DEVICE.c.device_id)
            .scalar_subquery()
        )
        with read_only(engine) as conn:
            row = conn.execute(
                select(HQ_DEVICE.c.public_key, HQ_DEVICE.c.office_id, last_seq).where(
                    HQ_DEVICE.c.device_id == device_id, HQ_DEVICE.c.revoked_at.is_(None)
                )
            ).first()
            if row is None:
                return None
            enrolled.update(office_id=row[1], last_seq=row[2] or 0, policy=policy_of(conn, row[1]))
        return ed25519_public(row.public_key)

    try:
        envelope = open_batch(sealed, keys.box, device_key)
    except SealError as exc:
        raise BatchRefused(str(exc)) from None
    signer = Signer(envelope.device_id, enrolled["office_id"])
    if envelope.office_id != signer.office_id:
        raise BatchRefused(
            f"the batch names office {envelope.office_id}, but its device is enrolled for "
            f"office {signer.office_id}",
            batch_id=envelope.batch_id,
        )
    if len(envelope.records) > MAX_RECORDS:
        raise BatchTooLarge(
            f"the batch holds {len(envelope.records)} records; HQ takes at most {MAX_RECORDS}",
            batch_id=envelope.batch_id,
        )
    if envelope.seq > enrolled["last_seq"] + MAX_SEQ_STEP:
        raise BatchRefused(
            f"batch number {envelope.seq} is far beyond this device's last one "
            f"({enrolled['last_seq']})",
            batch_id=envelope.batch_id,
        )
    # The records are read before the write transaction (CPU only: other HQ processes write
    # meanwhile); `apply_batch` reads them again should the office's policy have changed.
    checked = check_batch(
        envelope,
        signer,
        enrolled["policy"],
        today=today,
        lists=lists,
        identity_key=identity_key,
    )
    try:
        with engine.begin() as conn:  # one transaction: the records and the batch's answer
            seen = conn.execute(
                select(HQ_BATCH.c.batch_id).where(HQ_BATCH.c.batch_id == envelope.batch_id)
            ).first()
            if seen is None:
                results = apply_batch(
                    conn,
                    envelope,
                    signer,
                    today=today,
                    lists=lists,
                    identity_key=identity_key,
                    checked=checked,
                )
                ack = Acknowledgement(
                    batch_id=envelope.batch_id,
                    device_id=envelope.device_id,
                    received_at=datetime.now(UTC),
                    results=results,
                )
                signed = sign_message(ack, keys.signing)
                dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
                claimed = conn.execute(
                    dialect.insert(HQ_BATCH)
                    .values(
                        batch_id=envelope.batch_id,
                        device_id=envelope.device_id,
                        seq=envelope.seq,
                        sha256=sha256,
                        ack=signed,
                        received_at=datetime.now(UTC),
                        records=len(results),
                        rejected=sum(r.result == "rejected" for r in results),
                    )
                    .on_conflict_do_nothing(index_elements=["batch_id"])
                    .returning(HQ_BATCH.c.batch_id)
                ).first()
                if claimed is not None:
                    return Received(signed, replayed=False)
                raise _AppliedElsewhere  # another HQ process got there first: undo ours
    except _AppliedElsewhere:
        pass
    with read_only(engine) as conn:
        stored = conn.execute(
            select(HQ_BATCH.c.sha256, HQ_BATCH.c.ack).where(
                HQ_BATCH.c.batch_id == envelope.batch_id
            )
        ).one()
    if stored.sha256 != sha256:
        raise BatchConflict(
            f"batch {envelope.batch_id} was received before with other contents",
            batch_id=envelope.batch_id,
        )
    return Received(bytes(stored.ack), replayed=True)


class _AppliedElsewhere(Exception):
    pass
