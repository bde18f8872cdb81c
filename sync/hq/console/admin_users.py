"""The admin's users and API tokens (``/admin/users``, ``/admin/api-tokens``), on HQ's account
functions (`sync.hq.accounts.users`, `sync.hq.accounts.api_tokens`), each of which audits its
change in its own transaction.

Adding a user or resetting their password gives a one-time sign-in code, and making a token
its text: shown on the page that made it, this once. A new role, a disabled account, a reset
password and a revoked token are asked about first (`changes.confirm`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.engine import Connection

from sync.hq.accounts import api_tokens, users
from sync.hq.accounts.passwords import PasswordRefused
from sync.hq.accounts.scope import Role
from sync.hq.accounts.users import User, UserRefused
from sync.hq.api.auth import Caller
from sync.hq.api.deps import SessionDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.changes import CONFIRMED, AdminCaller, confirm, done, in_words
from sync.hq.console.render import page, words
from sync.hq.offices import office_names

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
ROLES = tuple(Role)
TOKEN_DAYS = (7, 30, 90, 365)
Name = Annotated[str, Path(max_length=64)]
Offices = Annotated[list[str], Form(max_length=500)]


def _role(value: str) -> Role | None:
    return Role(value) if value in {r.value for r in Role} else None


def _users_page(
    request: Request,
    caller: Caller,
    conn: Connection,
    *,
    status: int = 200,
    problem: str | None = None,
    made: tuple[User, str | None] | None = None,
    asked: Mapping[str, object] | None = None,
) -> Response:
    return page(
        request,
        "admin_users.html",
        caller,
        status=status,
        users=users.list_users(conn),
        offices=office_names(conn, caller.scope),
        roles=ROLES,
        problem=problem,
        made=made,
        asked=asked or {},
        done=request.query_params.get("done"),
    )


@router.get("/admin/users", response_class=HTMLResponse)
async def users_page(request: Request, caller: AdminCaller, session: SessionDep) -> Response:
    return await session.run(lambda conn: _users_page(request, caller, conn))


@router.post("/admin/users", response_class=HTMLResponse)
async def add_user(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[str, Form(max_length=16)] = "",
    offices: Offices = [],  # noqa: B006 - FastAPI copies a default
) -> Response:
    """Add a user, who sets their password with the one-time code shown on the page."""
    _ = words(request, caller)
    chosen = _role(role)
    asked = {"name": name, "role": role, "offices": offices}
    if chosen is None:
        problem = _("Choose the user's role.")
    else:
        try:
            made = await writes.run(
                lambda conn: users.add_user(
                    conn,
                    name,
                    chosen,
                    actor=caller.actor,
                    offices=offices if chosen is Role.OFFICE else (),
                )
            )
        except UserRefused as exc:
            problem = in_words(exc, _)
        else:
            return await session.run(
                lambda conn: _users_page(request, caller, conn, status=201, made=made)
            )
    return await session.run(
        lambda conn: _users_page(request, caller, conn, status=422, problem=problem, asked=asked)
    )


def _user_page(
    request: Request,
    caller: Caller,
    conn: Connection,
    name: str,
    *,
    status: int = 200,
    problem: str | None = None,
    code: str | None = None,
) -> Response:
    user = users.get_user(conn, name)
    if user is None:
        return page(request, "not_found.html", caller, status=404)
    return page(
        request,
        "admin_user.html",
        caller,
        status=status,
        user=user,
        offices=office_names(conn, caller.scope),
        roles=ROLES,
        tokens=api_tokens.list_tokens(conn, user.name),
        now=datetime.now(UTC),
        problem=problem,
        code=code,
        done=request.query_params.get("done"),
    )


@router.get("/admin/users/{name}", response_class=HTMLResponse)
async def user_page(
    request: Request, caller: AdminCaller, session: SessionDep, name: Name
) -> Response:
    return await session.run(lambda conn: _user_page(request, caller, conn, name))


@router.post("/admin/users/{name}/role", response_class=HTMLResponse)
async def set_role(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    name: Name,
    role: Annotated[str, Form(max_length=16)] = "",
    offices: Offices = [],  # noqa: B006 - FastAPI copies a default
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    _ = words(request, caller)
    chosen = _role(role)
    if chosen is None:
        problem = _("Choose the user's role.")
    elif chosen is Role.OFFICE and not offices:
        problem = _("An office user needs at least one office: tick it.")
    elif confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=_("Give {name} the role “{role}”?").format(name=name, role=_(chosen.value)),
            detail=_("Their sessions end: they sign in again with what they may now see."),
            button=_("Change the role"),
            back=f"/admin/users/{name}",
            fields={"role": chosen.value},
            many={"offices": offices if chosen is Role.OFFICE else []},
        )
    else:
        try:
            await writes.run(
                lambda conn: users.set_role(
                    conn,
                    name,
                    chosen,
                    actor=caller.actor,
                    offices=offices if chosen is Role.OFFICE else (),
                )
            )
        except UserRefused as exc:
            problem = in_words(exc, _)
        else:
            return done(f"/admin/users/{name}", "user-changed")
    return await session.run(
        lambda conn: _user_page(request, caller, conn, name, status=422, problem=problem)
    )


@router.post("/admin/users/{name}/disable", response_class=HTMLResponse)
async def disable(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    name: Name,
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    return await _set_disabled(request, caller, writes, session, name, True, confirmed)


@router.post("/admin/users/{name}/enable", response_class=HTMLResponse)
async def enable(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    name: Name,
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    return await _set_disabled(request, caller, writes, session, name, False, confirmed)


async def _set_disabled(
    request: Request,
    caller: Caller,
    writes: WriteDep,
    session: SessionDep,
    name: str,
    disabled: bool,
    confirmed: str,
) -> Response:
    _ = words(request, caller)
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=(_("Disable {name}?") if disabled else _("Enable {name}?")).format(name=name),
            detail=_("Their sessions end and their API tokens stop working.")
            if disabled
            else _("They can sign in again with their password."),
            button=_("Disable") if disabled else _("Enable"),
            back=f"/admin/users/{name}",
            danger=disabled,
        )

    def work(conn: Connection) -> User | None:
        user = users.get_user(conn, name)
        if user is None:
            return None
        if disabled and user.user_id == caller.user.user_id:
            raise UserRefused("you cannot disable yourself: another admin can")
        return users.set_disabled(conn, user.name, disabled, actor=caller.actor)

    try:
        changed = await writes.run(work)
    except UserRefused as exc:
        problem = in_words(exc, _)
        return await session.run(
            lambda conn: _user_page(request, caller, conn, name, status=422, problem=problem)
        )
    if changed is None:
        return page(request, "not_found.html", caller, status=404)
    return done(f"/admin/users/{name}", "user-disabled" if disabled else "user-enabled")


@router.post("/admin/users/{name}/reset", response_class=HTMLResponse)
async def reset_password(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    name: Name,
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Clear the user's password: their sessions end, their API tokens are revoked, and the
    one-time code shown (once) lets them choose a new one."""
    _ = words(request, caller)
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=_("Reset the password of {name}?").format(name=name),
            detail=_(
                "Their password stops working, their sessions end and their API tokens are "
                "revoked. You are shown a one-time code they choose a new password with."
            ),
            button=_("Reset the password"),
            back=f"/admin/users/{name}",
            danger=True,
        )

    def work(conn: Connection) -> str | None:
        if users.get_user(conn, name) is None:
            return None
        return users.reset_password(conn, name, actor=caller.actor)

    code = await writes.run(work)
    if code is None:
        return page(request, "not_found.html", caller, status=404)
    return await session.run(lambda conn: _user_page(request, caller, conn, name, code=code))


@router.get("/admin/api-tokens", response_class=HTMLResponse)
async def tokens_page(request: Request, caller: AdminCaller, session: SessionDep) -> Response:
    return await session.run(lambda conn: _tokens_page(request, caller, conn))


def _tokens_page(
    request: Request,
    caller: Caller,
    conn: Connection,
    *,
    status: int = 200,
    problem: str | None = None,
    made: tuple[api_tokens.ApiToken, str] | None = None,
) -> Response:
    return page(
        request,
        "admin_tokens.html",
        caller,
        status=status,
        tokens=api_tokens.list_tokens(conn),
        users=[u for u in users.list_users(conn) if not u.disabled],
        days=TOKEN_DAYS,
        now=datetime.now(UTC),
        problem=problem,
        made=made,
        done=request.query_params.get("done"),
    )


@router.post("/admin/api-tokens", response_class=HTMLResponse)
async def make_token(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    user: Annotated[str, Form(max_length=64)] = "",
    days: Annotated[str, Form(max_length=4)] = "30",
) -> Response:
    """A token for a user, with their role and offices, shown once."""
    _ = words(request, caller)
    lifetime = int(days) if days.isdigit() else 0
    if lifetime not in TOKEN_DAYS:
        problem = _("Choose how long the token lasts.")
    else:
        try:
            made = await writes.run(
                lambda conn: api_tokens.create(
                    conn, user, actor=caller.actor, lifetime=timedelta(days=lifetime)
                )
            )
        except (UserRefused, PasswordRefused) as exc:
            problem = in_words(exc, _)
        else:
            return await session.run(
                lambda conn: _tokens_page(request, caller, conn, status=201, made=made)
            )
    return await session.run(
        lambda conn: _tokens_page(request, caller, conn, status=422, problem=problem)
    )


@router.post("/admin/api-tokens/{token_id}/revoke", response_class=HTMLResponse)
async def revoke_token(
    request: Request,
    caller: AdminCaller,
    writes: WriteDep,
    session: SessionDep,
    token_id: Annotated[str, Path(max_length=16)],
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    _ = words(request, caller)
    live = await session.run(
        lambda conn: [t for t in api_tokens.list_tokens(conn) if t.token_id == token_id]
    )
    if not live or live[0].revoked_at is not None:
        return page(request, "not_found.html", caller, status=404)
    user = live[0].user_name
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=_("Revoke the API token {token} of {name}?").format(token=token_id, name=user),
            detail=_("Scripts that use it are refused from now on."),
            button=_("Revoke the token"),
            back="/admin/api-tokens",
            danger=True,
        )
    revoked = await writes.run(lambda conn: api_tokens.revoke(conn, token_id, actor=caller.actor))
    if not revoked:
        return page(request, "not_found.html", caller, status=404)
    return done("/admin/api-tokens", "api-token-revoked")
