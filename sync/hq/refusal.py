"""HQ's refusals of a batch, signed (DESIGN.md §10).

A device gives a batch up only on HQ's signature: an unsigned 403, 409 or 413 may come from a
proxy, a captive portal or an impostor, so the courier retries it. HQ therefore signs every
permanent refusal, naming the SHA-256 of the bytes it refuses, so that the answer cannot be
replayed against another batch.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sync.hq.keys import HqKeys
from sync.protocol import Refusal
from sync.seal import sign_message

SIGNED_REFUSAL = "application/vnd.fieldapp.refusal+json"


class BatchRefusedError(Exception):
    """A batch HQ will never take, with the status it is answered with."""

    status = 403

    def __init__(self, reason: str, *, batch_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.batch_id = batch_id


def digest(sealed: bytes) -> str:
    return hashlib.sha256(sealed).hexdigest()


def signed_refusal(keys: HqKeys, sha256: str, error: BatchRefusedError) -> bytes:
    """The signed problem document for ``error`` about the bytes whose digest is ``sha256``."""
    refusal = Refusal(
        sha256=sha256,
        batch_id=error.batch_id,
        status=error.status,
        reason=error.reason,
        refused_at=datetime.now(UTC),
    )
    return sign_message(refusal, keys.signing)
