"""The console's own answers when a request goes wrong before a page is made: an address the
console does not have (404), a method it does not take (405), a query value it cannot use
(422), as pages in the reader's language with the headers every page carries, instead of the
API's JSON. The API (``/api/...``) and its documentation keep answering JSON."""

from __future__ import annotations

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from sync.hq.api import API_PREFIX
from sync.hq.console.render import page

_NOT_CONSOLE = (API_PREFIX, "/docs", "/health", "/reference")


def is_console(request: Request) -> bool:
    return not request.url.path.startswith(_NOT_CONSOLE)


def invalid_page(request: Request, exc: RequestValidationError) -> Response:
    """422: which of the address's values could not be used (never what was sent)."""
    fields = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
    return page(request, "bad_request.html", None, status=422, fields=fields)


async def http_error(request: Request, exc: Exception) -> Response:
    """A console page for the errors Starlette answers itself (404, 405); anything else, and
    the API's, as FastAPI answers them."""
    assert isinstance(exc, HTTPException)
    if is_console(request) and exc.status_code in (404, 405):
        return page(request, "not_found.html", None, status=exc.status_code)
    return await http_exception_handler(request, exc)
