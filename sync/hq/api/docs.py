"""The API's documentation, for signed-in users only: ``/openapi.json`` and Swagger UI at
``/docs``, its script, styles and icon served from the installed ``swagger-ui-bundle``
package (no page names another host; ReDoc is off).

That package's Swagger UI (4.15) reads OpenAPI 3.0 documents only and shows nothing for
FastAPI's 3.1 ("Unable to render this definition"); the page is given the same document
labelled 3.0 (``/docs/openapi.json``), which it renders whole. ``/openapi.json`` stays 3.1
for tools."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from swagger_ui_bundle import swagger_ui_path

from sync.hq.api.auth import CurrentUser

ASSETS = Path(swagger_ui_path)
SERVED = frozenset(
    {"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png"}
)
ASSETS_URL = "/docs/assets"
SWAGGER_UI_READS = "3.0.3"  # the OpenAPI version the bundle's Swagger UI renders

router = APIRouter(include_in_schema=False)


@router.get("/openapi.json")
def openapi(request: Request, _caller: CurrentUser) -> JSONResponse:
    app: FastAPI = request.app
    return JSONResponse(app.openapi())


@router.get("/docs/openapi.json")
def openapi_for_the_page(request: Request, _caller: CurrentUser) -> JSONResponse:
    app: FastAPI = request.app
    return JSONResponse({**app.openapi(), "openapi": SWAGGER_UI_READS})


@router.get("/docs")
def docs(request: Request, _caller: CurrentUser) -> HTMLResponse:
    app: FastAPI = request.app
    return get_swagger_ui_html(
        openapi_url="/docs/openapi.json",
        title=f"{app.title} — API",
        swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None},  # no call to swagger.io's validator
    )


@router.get(ASSETS_URL + "/{name}")
def asset(name: Annotated[str, PathParam(max_length=64)], _caller: CurrentUser) -> FileResponse:
    if name not in SERVED:
        raise HTTPException(404, "no such file")
    return FileResponse(ASSETS / name, headers={"Cache-Control": "private, max-age=86400"})
