"""Sealed batches from enrolled devices (`sync.hq.receive`): HQ's answer, an acknowledgement
or a refusal, is signed either way, so the device can trust it and stop sending the batch.

The body is read with a cap, counted against the budget of bodies HQ holds at once, and
opened one batch at a time (`sync.hq.limits`); a body over the cap is refused (413, signed)
before it is held whole, and one that declares a larger length before a byte is read.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from sync.hq.api.deps import EngineDep, HqDep, KeysDep, ListsDep
from sync.hq.api.models import TOO_MANY, SignedProblem
from sync.hq.keys import HqKeys
from sync.hq.limits import CLOSE, BodyTooLarge
from sync.hq.receive import BatchTooLarge, receive_batch, sealing_key
from sync.hq.refusal import SIGNED_REFUSAL, BatchRefusedError, digest, signed_refusal

MAX_BATCH_BYTES = 8 * 1024 * 1024
# The digest of its batch a device declares, for refusing a body HQ will not read whole.
DECLARED_DIGEST = "X-Batch-SHA256"
_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
OCTETS = "application/octet-stream"

router = APIRouter(tags=["devices"])


def _refused(
    keys: HqKeys, sha256: str, error: BatchRefusedError, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        content=signed_refusal(keys, sha256, error),
        status_code=error.status,
        headers=headers,
        media_type=SIGNED_REFUSAL,
    )


def _too_large(keys: HqKeys, request: Request) -> Response:
    """413 for a body HQ stops reading: it cannot hash bytes it did not read, so the refusal
    names the digest the device declared (else that of nothing, which no device can use)."""
    declared = request.headers.get(DECLARED_DIGEST, "")
    sha256 = declared.lower() if _SHA256_HEX.fullmatch(declared) else digest(b"")
    error = BatchTooLarge(f"the batch is larger than {MAX_BATCH_BYTES} bytes")
    return _refused(keys, sha256, error, headers=CLOSE)


def _declared_length(request: Request) -> int | None:
    length = request.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() else None


@router.post(
    "/batches",
    response_class=Response,
    responses={
        200: {"content": {OCTETS: {}}, "description": "HQ's signed acknowledgement"},
        **{
            status: {
                "content": {SIGNED_REFUSAL: {"schema": SignedProblem.model_json_schema()}},
                "description": "HQ's signed refusal (a `Refusal`), final for the device",
            }
            for status in (403, 409, 413)
        },
        429: TOO_MANY,
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {OCTETS: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def post_batch(
    request: Request, hq: HqDep, engine: EngineDep, keys: KeysDep, lists: ListsDep
) -> Response:
    length = _declared_length(request)
    if length is not None and length > MAX_BATCH_BYTES:
        return _too_large(keys, request)  # before a byte of the body is read
    try:
        async with hq.budget.capped_body(request, MAX_BATCH_BYTES) as body, hq.openers.turn():
            try:
                received = await run_in_threadpool(
                    lambda: receive_batch(
                        engine, body, keys, lists=lists, identity_key=sealing_key(hq.settings)
                    )
                )
            except BatchRefusedError as exc:
                return _refused(keys, digest(body), exc)
    except BodyTooLarge:
        return _too_large(keys, request)
    return Response(content=received.ack, media_type=OCTETS)
