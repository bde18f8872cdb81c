"""HQ's HTTP API (FastAPI): the routers of `sync.hq.api.routes` under ``/api/v1``, over one
`Hq` (settings, database, keys, code lists) that routes reach only through `sync.hq.api.deps`.

Every read and change needs credentials (`sync.hq.api.auth`), the documentation too
(`sync.hq.api.docs`); open are only liveness (``/health``), the signed code lists devices
fetch (``/reference``), signing in (``/session``) and the devices' own routes (``/enroll``,
``/batches``), which carry their own proof.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.hq import console
from sync.hq.api import API_PREFIX, docs
from sync.hq.api.deps import Hq
from sync.hq.api.forms import printable_parameters
from sync.hq.api.routes import (
    audit,
    batches,
    devices,
    enroll,
    exports,
    health,
    indicators,
    offices,
    people,
    reference,
    reports,
    session,
    tokens,
    users,
)
from sync.hq.code_lists import ListsInUse
from sync.hq.console import errors as console_errors
from sync.hq.keys import HqKeys
from sync.hq.limits import BodyBudget, BodyTimeout, ClientLimits, Queue
from sync.hq.settings import HqSettings


def api_router() -> APIRouter:
    api = APIRouter(prefix=API_PREFIX, dependencies=[Depends(printable_parameters)])
    for module in (
        health,
        enroll,
        batches,
        reference,
        session,
        offices,
        indicators,
        users,
        tokens,
        audit,
        devices,
        reports,
        exports,
        people,
    ):
        api.include_router(module.router)
    return api


async def _invalid(request: Request, exc: Exception) -> Response:
    """422 naming what is wrong, without echoing what was sent (it may be huge); a console
    page says it in the reader's words."""
    assert isinstance(exc, RequestValidationError)
    if console_errors.is_console(request):
        return console_errors.invalid_page(request, exc)
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
    return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)


def create_app(
    settings: HqSettings, engine: Engine, keys: HqKeys, reference: dict[str, Any]
) -> FastAPI:
    """The API over HQ's database ``engine``; ``reference`` is the code lists HQ publishes
    and validates records with (`sync.hq.reference.load_lists`); ``settings.limits`` what
    one client may cost HQ (`sync.hq.limits`). Raises ``KeyError``/``TypeError``/``ValueError``
    if ``reference`` is malformed."""
    limits = settings.limits
    app = FastAPI(
        title="Field Office Data Collection — HQ",
        version="1",
        docs_url=None,  # served by sync.hq.api.docs, to signed-in users
        redoc_url=None,
        openapi_url=None,
    )
    app.state.hq = Hq(
        settings=settings,
        engine=engine,
        keys=keys,
        reference=ListsInUse(keys, reference),
        readers=asyncio.Semaphore(limits.readers),
        openers=Queue(limits.batches, waiting=limits.batches_waiting),
        budget=BodyBudget(limits.body_budget_bytes),
    )
    # Answers list every record's result: compressed, they cost a few bytes per record.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(BodyTimeout, seconds=limits.body_idle_seconds)
    app.add_middleware(ClientLimits, limits=limits)  # outermost: it sees the 408s too
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, console_errors.http_error)
    app.include_router(api_router())
    app.include_router(docs.router)
    console.install(app)
    return app
