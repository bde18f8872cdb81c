"""The admin's settings (``/admin/settings``), kept in HQ's database (`sync.hq.stored_settings`):
today the days without contact after which the offices board shows an office in red."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from sync.hq.api.auth import Caller
from sync.hq.api.deps import SessionDep, SettingsDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.changes import CONFIRMED, AdminCaller, confirm, done
from sync.hq.console.render import page, words
from sync.hq.settings import HqSettings
from sync.hq.stored_settings import STALE_DAYS_RANGE, console_settings, set_stale_office_days

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])


async def _page(
    request: Request,
    caller: Caller,
    session: SessionDep,
    settings: HqSettings,
    *,
    status: int = 200,
    problem: str | None = None,
    asked: str | None = None,
) -> Response:
    current = await session.run(lambda conn: console_settings(conn, settings))
    return page(
        request,
        "admin_settings.html",
        caller,
        status=status,
        current=current,
        default=settings.stale_office_days,
        low=STALE_DAYS_RANGE[0],
        high=STALE_DAYS_RANGE[1],
        asked=asked,
        problem=problem,
        done=request.query_params.get("done"),
    )


@router.get("/admin/settings", response_class=HTMLResponse)
async def settings_page(
    request: Request, caller: AdminCaller, session: SessionDep, settings: SettingsDep
) -> Response:
    return await _page(request, caller, session, settings)


@router.post("/admin/settings", response_class=HTMLResponse)
async def save(
    request: Request,
    caller: AdminCaller,
    session: SessionDep,
    writes: WriteDep,
    settings: SettingsDep,
    stale_office_days: Annotated[str, Form(max_length=12)] = "",
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    _ = words(request, caller)
    given = stale_office_days.strip()
    low, high = STALE_DAYS_RANGE
    if not (given.isdigit() and low <= int(given) <= high):
        problem = _("Days without contact: a whole number from {low} to {high}.").format(
            low=low, high=high
        )
        return await _page(
            request, caller, session, settings, status=422, problem=problem, asked=given
        )
    days = int(given)
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=_("Show offices in red after {n} days without contact?").format(n=days),
            detail=_("Every user's offices board changes with it."),
            button=_("Save"),
            back="/admin/settings",
            fields={"stale_office_days": str(days)},
        )
    await writes.run(lambda conn: set_stale_office_days(conn, days, actor=caller.actor))
    return done("/admin/settings", "settings-saved")
