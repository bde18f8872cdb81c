"""HQ's HTTP API (FastAPI), under ``/api/v1``."""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from sync.hq.enrollment import EnrollmentRefused, enroll
from sync.hq.keys import HqKeys
from sync.hq.receive import BatchConflict, BatchRefused, receive_batch

MAX_BATCH_BYTES = 8 * 1024 * 1024
OCTETS = "application/octet-stream"


class EnrollRequest(BaseModel):
    token: str = Field(max_length=64)
    device_id: str = Field(max_length=64)
    office_id: str = Field(max_length=64)
    device_public_key: str = Field(max_length=64)


class EnrollResponse(BaseModel):
    office_name: str
    hq_box_key: str
    hq_signing_key: str


def create_app(engine: Engine, keys: HqKeys) -> FastAPI:
    app = FastAPI(title="Field Office Data Collection — HQ", version="1")

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/api/v1/enroll", response_model=EnrollResponse)
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
        responses={200: {"content": {OCTETS: {}}}, 403: {}, 409: {}, 413: {}},
    )
    async def post_batch(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_BATCH_BYTES:
            raise HTTPException(status_code=413, detail="batch too large")
        try:
            received = receive_batch(engine, body, keys)
        except BatchRefused as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        except BatchConflict as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from None
        return Response(content=received.ack, media_type=OCTETS)

    return app
