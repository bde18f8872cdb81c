"""HQ's HTTP API (FastAPI), under ``/api/v1``."""

from __future__ import annotations

import asyncio
import re
from datetime import date
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq.database import read_only
from sync.hq.enrollment import EnrollmentRefused, enroll
from sync.hq.health import OfficeHealth, office_health
from sync.hq.keys import HqKeys
from sync.hq.limits import (
    CLOSE,
    BodyBudget,
    BodyTimeout,
    BodyTooLarge,
    ClientLimits,
    HqLimits,
    Queue,
)
from sync.hq.receive import BatchTooLarge, receive_batch
from sync.hq.reference import signed_bundle
from sync.hq.refusal import SIGNED_REFUSAL, BatchRefusedError, digest, signed_refusal
from sync.hq.tables import HQ_INDICATOR_TABLES

MAX_BATCH_BYTES = 8 * 1024 * 1024
# The digest of its batch a device declares, for refusing a body HQ will not read whole.
DECLARED_DIGEST = "X-Batch-SHA256"
_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
OCTETS = "application/octet-stream"
ID = Field(min_length=1, max_length=64)


class EnrollRequest(BaseModel):
    token: str = Field(max_length=64)
    device_id: str = ID
    office_id: str | None = Field(default=None, max_length=64)  # what the device had; ignored
    device_public_key: str = Field(max_length=64)


class EnrollResponse(BaseModel):
    office_id: str  # HQ's id of the token's office: the device takes it
    office_name: str
    hq_box_key: str
    hq_signing_key: str


class Problem(BaseModel):
    detail: str


class SignedProblem(BaseModel):
    """HQ's refusal of a batch, signed: ``body`` is a `sync.protocol.Refusal` as JSON."""

    signature: str
    body: str


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


TOO_MANY = {"model": Problem, "description": "too many requests from this address: Retry-After"}


def create_app(
    engine: Engine,
    keys: HqKeys,
    reference: dict[str, Any],
    *,
    limits: HqLimits = HqLimits(),  # noqa: B008 (frozen: one shared default is safe)
) -> FastAPI:
    """The API over HQ's database; ``reference`` is the code lists HQ publishes; ``limits``
    what one client may cost HQ (`sync.hq.limits`)."""
    app = FastAPI(title="Field Office Data Collection — HQ", version="1")
    # Answers list every record's result: compressed, they cost a few bytes per record.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(BodyTimeout, seconds=limits.body_idle_seconds)
    app.add_middleware(ClientLimits, limits=limits)  # outermost: it sees the 408s too
    budget = BodyBudget(limits.body_budget_bytes)
    readers = asyncio.Semaphore(limits.readers)
    openers = Queue(limits.batches, waiting=limits.batches_waiting)
    bundle = signed_bundle(keys, reference)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        """422 naming what is wrong, without echoing what was sent (it may be huge)."""
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post(
        "/api/v1/enroll",
        response_model=EnrollResponse,
        responses={403: {"model": Problem}, 429: TOO_MANY},
    )
    def enroll_device(request: EnrollRequest) -> EnrollResponse:
        try:
            office = enroll(
                engine,
                request.token,
                device_id=request.device_id,
                public_key=request.device_public_key,
            )
        except EnrollmentRefused as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        return EnrollResponse(office_id=office.office_id, office_name=office.name, **keys.public())

    @app.post(
        "/api/v1/batches",
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
    async def post_batch(request: Request) -> Response:
        length = _declared_length(request)
        if length is not None and length > MAX_BATCH_BYTES:
            return _too_large(keys, request)  # before a byte of the body is read
        try:
            async with budget.capped_body(request, MAX_BATCH_BYTES) as body, openers.turn():
                try:
                    received = await run_in_threadpool(receive_batch, engine, body, keys)
                except BatchRefusedError as exc:
                    return _refused(keys, digest(body), exc)
        except BodyTooLarge:
            return _too_large(keys, request)
        return Response(content=received.ack, media_type=OCTETS)

    @app.get(
        "/api/v1/reference",
        response_class=Response,
        responses={200: {"content": {"application/json": {}}, "description": "signed bundle"}},
    )
    def reference_bundle() -> Response:
        return Response(content=bundle, media_type="application/json")

    @app.get(
        "/api/v1/offices/{office_id}/health",
        response_model=OfficeHealth,
        responses={404: {"model": Problem}},
    )
    async def health_of_office(
        office_id: Annotated[str, Path(min_length=1, max_length=64)],
    ) -> OfficeHealth:
        def read() -> OfficeHealth | None:
            with read_only(engine) as conn:
                return office_health(conn, office_id)

        async with readers:
            found = await run_in_threadpool(read)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no device of office {office_id}")
        return found

    @app.get("/api/v1/indicators")
    async def indicators(
        start: Annotated[date | None, Query(description="first day, ISO 8601")] = None,
        end: Annotated[date | None, Query(description="last day, ISO 8601")] = None,
        office_id: Annotated[str | None, Query(max_length=64)] = None,
    ) -> dict[str, Any]:
        """Every indicator, consolidated across offices (or for one), with the app's
        definitions (`fieldapp.domain.indicators`) run on HQ's tables."""
        if start is not None and end is not None and end < start:
            raise HTTPException(status_code=422, detail="end is before start")

        def read() -> dict[str, Any]:
            # scratch tables live in this transaction's connection
            with read_only(engine, scratch_tables=True) as conn:
                figures = compute_indicators(
                    conn, HQ_INDICATOR_TABLES, Period(start, end), office_id=office_id
                )
            return figures.as_dict()

        async with readers:
            return await run_in_threadpool(read)

    return app
