"""The admin's enrollment tokens and devices (``/admin/enrollment``, ``/admin/devices``).

A token enrolls one laptop into one office: made here, its text is shown once (and as a QR
code) and never again, since HQ keeps only its hash; an unused one can be made to expire. A
device is revoked after a question: HQ refuses its batches from then on. Each change is
audited by `sync.hq.enrollment` in its own transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import segno
from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from sqlalchemy.engine import Connection

from sync.hq.api.auth import Caller
from sync.hq.api.deps import KeysDep, SessionDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.changes import CONFIRMED, AdminCaller, confirm, done, in_words
from sync.hq.console.render import page, words
from sync.hq.console.signin_pages import redirect
from sync.hq.enrollment import (
    EnrollmentRefused,
    Token,
    device_office,
    expire_token,
    issue_token,
    list_devices,
    list_tokens,
    revoke_device,
    token_office,
)
from sync.hq.offices import office_names

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
# How long a new token lasts, in hours: the admin picks one.
LIFETIMES = (1, 24, 72, 168, 720)


def qr_code(text: str, title: str) -> Markup:
    """``text`` as a QR code, an SVG drawn in the page (nothing fetched, no script)."""
    svg = segno.make(text, error="m").svg_inline(scale=5, title=title, dark="#000", light="#fff")
    return Markup(svg)  # noqa: S704 - segno's own SVG; the text is escaped in its title


@router.get("/admin", response_class=HTMLResponse)
async def admin_home(request: Request, caller: AdminCaller) -> Response:
    return redirect("/admin/users")


def _enrollment_page(
    request: Request,
    caller: Caller,
    conn: Connection,
    *,
    status: int = 200,
    problem: str | None = None,
    office: str = "",
    new_office: str = "",
) -> Response:
    return page(
        request,
        "admin_enrollment.html",
        caller,
        status=status,
        tokens=list_tokens(conn),
        offices=office_names(conn, caller.scope),
        lifetimes=LIFETIMES,
        now=datetime.now(UTC),
        problem=problem,
        office=office,
        new_office=new_office,
        done=request.query_params.get("done"),
    )


@router.get("/admin/enrollment", response_class=HTMLResponse)
async def enrollment(request: Request, caller: AdminCaller, session: SessionDep) -> Response:
    return await session.run(lambda conn: _enrollment_page(request, caller, conn))


@router.post("/admin/enrollment", response_class=HTMLResponse)
async def create_enrollment_token(
    request: Request,
    caller: AdminCaller,
    keys: KeysDep,
    writes: WriteDep,
    session: SessionDep,
    office: Annotated[str, Form(max_length=200)] = "",
    new_office: Annotated[str, Form(max_length=200)] = "",
    hours: Annotated[str, Form(max_length=8)] = "24",
) -> Response:
    """Make a token for the office chosen, or a new office named: shown once."""
    _ = words(request, caller)
    target = new_office.strip() or office.strip()
    lifetime = int(hours) if hours.isdigit() else 0
    problem = None
    if not target:
        problem = _("Choose the office, or name a new one.")
    elif lifetime not in LIFETIMES:
        problem = _("Choose how long the token lasts.")
    if problem is None:
        try:
            made: Token = await writes.run(
                lambda conn: issue_token(
                    conn, keys, target, timedelta(hours=lifetime), actor=caller.actor
                )
            )
        except EnrollmentRefused as exc:
            problem = in_words(exc, _)
        else:
            return page(
                request,
                "admin_enrollment_made.html",
                caller,
                token=made,
                qr=qr_code(made.text, _("Enrollment token")),
            )
    return await session.run(
        lambda conn: _enrollment_page(
            request, caller, conn, status=422, problem=problem, office=office, new_office=new_office
        )
    )


@router.post("/admin/enrollment/expire", response_class=HTMLResponse)
async def expire(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    token_id: Annotated[str, Form(max_length=64)] = "",
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    office_name = await session.run(lambda conn: token_office(conn, token_id))
    if office_name is None:
        return page(request, "not_found.html", caller, status=404)
    if confirmed != CONFIRMED:
        _ = words(request, caller)
        return confirm(
            request,
            caller,
            question=_("End this enrollment token now?"),
            detail=_("No laptop can enroll into {office} with it after this.").format(
                office=office_name
            ),
            button=_("End the token"),
            back="/admin/enrollment",
            fields={"token_id": token_id},
            danger=True,
        )
    if not await writes.run(lambda conn: expire_token(conn, token_id, actor=caller.actor)):
        return redirect("/admin/enrollment")  # used or expired meanwhile: the list says so
    return done("/admin/enrollment", "token-expired")


@router.get("/admin/devices", response_class=HTMLResponse)
async def devices(request: Request, caller: AdminCaller, session: SessionDep) -> Response:
    found = await session.run(list_devices)
    return page(
        request,
        "admin_devices.html",
        caller,
        devices=found,
        done=request.query_params.get("done"),
    )


@router.post("/admin/devices/{device_id}/revoke", response_class=HTMLResponse)
async def revoke(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    device_id: Annotated[str, Path(max_length=64)],
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    office_name = await session.run(lambda conn: device_office(conn, device_id))
    if office_name is None:
        return page(request, "not_found.html", caller, status=404)
    if confirmed != CONFIRMED:
        _ = words(request, caller)
        return confirm(
            request,
            caller,
            question=_("Revoke this laptop of {office}?").format(office=office_name),
            detail=_(
                "HQ will refuse every batch it sends from now on. This cannot be undone: the "
                "laptop must be enrolled again with a new token."
            ),
            button=_("Revoke the laptop"),
            back="/admin/devices",
            danger=True,
        )
    moment = await writes.run(lambda conn: revoke_device(conn, device_id, actor=caller.actor))
    if moment is None:
        return page(request, "not_found.html", caller, status=404)
    return done("/admin/devices", "device-revoked")
