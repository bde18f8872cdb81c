"""One office's page (``/offices/{id}``): its devices, figures by quarter, refused records
with HQ's reasons and batch history (`sync.hq.office_page`). An office the reader does not
see is "not found", exactly as one that does not exist."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response

from sync.hq import aggregates
from sync.hq.api.deps import ListsDep, SessionDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer, to_signin
from sync.hq.office_page import office_page

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])


@router.get("/offices/{office_id}", response_class=HTMLResponse)
async def office(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    lists: ListsDep,
    office_id: Annotated[str, Path(max_length=64)],
) -> Response:
    if caller is None:
        return to_signin()
    counted: list[aggregates.Counted] = []
    found = await session.run(
        lambda conn: office_page(conn, office_id, caller.scope, date.today(), lists, counted)
    )
    await session.keep(counted)
    if found is None:
        return page(request, "not_found.html", caller, status=404)
    return page(request, "office.html", caller, office=found)
