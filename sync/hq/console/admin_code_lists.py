"""The admin's code lists (``/admin/code-lists``): the version in use, a new
``results_framework.json`` uploaded and checked, its differences from the lists in use, and
its publication (after the question), signed, to HQ's own checks and every device
(`sync.hq.code_lists`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from sync.hq.api.auth import Caller
from sync.hq.api.deps import HqDep, SessionDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.code_lists import (
    MAX_BYTES,
    ListsRefused,
    differences,
    get_version,
    publish,
    read_results_framework,
    removed_in_use,
    upload,
    versions,
)
from sync.hq.console.changes import CONFIRMED, AdminCaller, confirm, done
from sync.hq.console.render import page, words
from sync.hq.console.signin_pages import redirect

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
Version = Annotated[int, Path(ge=1, le=2**31 - 1)]


async def _page(
    request: Request,
    caller: Caller,
    hq: HqDep,
    session: SessionDep,
    *,
    status: int = 200,
    problem: str | None = None,
) -> Response:
    in_use = await session.run(lambda conn: hq.reference.current(hq.engine))
    found = await session.run(versions)
    return page(
        request,
        "admin_code_lists.html",
        caller,
        status=status,
        in_use=in_use,
        versions=found,
        problem=problem,
        done=request.query_params.get("done"),
    )


@router.get("/admin/code-lists", response_class=HTMLResponse)
async def code_lists(
    request: Request, caller: AdminCaller, hq: HqDep, session: SessionDep
) -> Response:
    return await _page(request, caller, hq, session)


@router.post("/admin/code-lists", response_class=HTMLResponse)
async def upload_lists(
    request: Request,
    caller: AdminCaller,
    hq: HqDep,
    session: SessionDep,
    writes: WriteDep,
    file: UploadFile | None = None,
) -> Response:
    """Check an uploaded results framework and keep it as a draft: then its differences."""
    _ = words(request, caller)
    if file is None or not file.filename:
        problem = _("Choose the results_framework.json file to upload.")
        return await _page(request, caller, hq, session, status=422, problem=problem)
    data = await file.read(MAX_BYTES + 1)
    in_use = await session.run(lambda conn: hq.reference.current(hq.engine))
    try:
        lists = read_results_framework(data, in_use.lists)
        version = await writes.run(lambda conn: upload(conn, lists, actor=caller.actor))
    except ListsRefused as exc:
        problem = _("{file} cannot be used: {why}.").format(file=file.filename[:100], why=exc)
        return await _page(request, caller, hq, session, status=422, problem=problem)
    return redirect(f"/admin/code-lists/{version}")


@router.get("/admin/code-lists/{version}", response_class=HTMLResponse)
async def one_version(
    request: Request, caller: AdminCaller, hq: HqDep, session: SessionDep, version: Version
) -> Response:
    in_use = await session.run(lambda conn: hq.reference.current(hq.engine))
    found = await session.run(lambda conn: get_version(conn, version))
    if found is None:
        return page(request, "not_found.html", caller, status=404)
    changes = differences(in_use.lists, found.lists)
    return page(
        request,
        "admin_code_list.html",
        caller,
        found=found,
        in_use=in_use,
        changes=changes,
        still_used=await session.run(lambda conn: removed_in_use(conn, changes)),
        done=request.query_params.get("done"),
    )


@router.post("/admin/code-lists/{version}/publish", response_class=HTMLResponse)
async def publish_version(
    request: Request,
    caller: AdminCaller,
    hq: HqDep,
    session: SessionDep,
    writes: WriteDep,
    version: Version,
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    _ = words(request, caller)
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=_("Publish version {n} of the code lists?").format(n=version),
            detail=_(
                "HQ checks every record it receives with them from now on, and every laptop "
                "takes them at its next sync. A published version cannot be withdrawn: a "
                "newer one replaces it."
            ),
            button=_("Publish"),
            back=f"/admin/code-lists/{version}",
        )
    in_use = await session.run(lambda conn: hq.reference.current(hq.engine))
    try:
        published = await writes.run(
            lambda conn: publish(conn, version, in_use.version, actor=caller.actor)
        )
    except ListsRefused as exc:
        problem = _("Version {n} cannot be published: {why}.").format(n=version, why=exc)
        return await _page(request, caller, hq, session, status=422, problem=problem)
    if not published:
        return page(request, "not_found.html", caller, status=404)
    hq.reference.noticed()
    return done("/admin/code-lists", "lists-published")
