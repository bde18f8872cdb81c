"""HQ's HTTP API (FastAPI), under ``/api/v1``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq.enrollment import EnrollmentRefused, enroll
from sync.hq.health import OfficeHealth, office_health
from sync.hq.keys import HqKeys
from sync.hq.receive import BatchConflict, BatchRefused, receive_batch
from sync.hq.reference import signed_bundle
from sync.hq.tables import HQ_INDICATOR_TABLES

MAX_BATCH_BYTES = 8 * 1024 * 1024
OCTETS = "application/octet-stream"
ID = Field(min_length=1, max_length=64)


class EnrollRequest(BaseModel):
    token: str = Field(max_length=64)
    device_id: str = ID
    office_id: str = ID
    device_public_key: str = Field(max_length=64)


class EnrollResponse(BaseModel):
    office_name: str
    hq_box_key: str
    hq_signing_key: str


class Problem(BaseModel):
    detail: str


def create_app(engine: Engine, keys: HqKeys, reference: dict[str, Any]) -> FastAPI:
    """The API over HQ's database; ``reference`` is the code lists HQ publishes."""
    app = FastAPI(title="Field Office Data Collection — HQ", version="1")
    # Answers list every record's result: compressed, they cost a few bytes per record.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    bundle = signed_bundle(keys, reference)

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/api/v1/enroll", response_model=EnrollResponse, responses={403: {"model": Problem}})
    def enroll_device(request: EnrollRequest) -> EnrollResponse:
        try:
            office = enroll(
                engine,
                request.token,
                device_id=request.device_id,
                office_id=request.office_id,
                public_key=request.device_public_key,
            )
        except EnrollmentRefused as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        return EnrollResponse(office_name=office, **keys.public())

    @app.post(
        "/api/v1/batches",
        response_class=Response,
        responses={
            200: {"content": {OCTETS: {}}, "description": "HQ's signed acknowledgement"},
            403: {"model": Problem},
            409: {"model": Problem},
            413: {"model": Problem},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {OCTETS: {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def post_batch(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_BATCH_BYTES:
            raise HTTPException(status_code=413, detail="batch too large")
        try:
            received = await run_in_threadpool(receive_batch, engine, body, keys)
        except BatchRefused as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        except BatchConflict as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from None
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
    def health_of_office(
        office_id: Annotated[str, Path(min_length=1, max_length=64)],
    ) -> OfficeHealth:
        with engine.connect() as conn:
            found = office_health(conn, office_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no device of office {office_id}")
        return found

    @app.get("/api/v1/indicators")
    def indicators(
        start: Annotated[date | None, Query(description="first day, ISO 8601")] = None,
        end: Annotated[date | None, Query(description="last day, ISO 8601")] = None,
        office_id: Annotated[str | None, Query(max_length=64)] = None,
    ) -> dict[str, Any]:
        """Every indicator, consolidated across offices (or for one), with the app's
        definitions (`fieldapp.domain.indicators`) run on HQ's tables."""
        if start is not None and end is not None and end < start:
            raise HTTPException(status_code=422, detail="end is before start")
        with engine.begin() as conn:  # scratch tables live in this transaction's connection
            figures = compute_indicators(
                conn, HQ_INDICATOR_TABLES, Period(start, end), office_id=office_id
            )
        return figures.as_dict()

    return app
