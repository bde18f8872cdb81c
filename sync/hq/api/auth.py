"""Who is asking (DESIGN.md §10, §11): the dependencies every route that reads or changes
anything takes.

`CurrentUser` is the caller proven by ``Authorization: Bearer fhq_…`` (an API token) or, with
no such header, by the console's session cookie; anything else (none, unknown, expired,
revoked, a disabled user) is 401 with ``WWW-Authenticate: Bearer``. A state-changing request
proven by the cookie must also carry the session's CSRF token (``X-CSRF-Token``, or the form
field ``csrf_token``), else 403: a browser sends the cookie on its own, a header it does not.
`require` and `require_role` turn away (403) a role that does not read a kind of thing at all;
which offices a caller sees is the services' business (`Scope`), so another office is a 404.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Connection
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.hq.accounts import api_tokens, audit, sessions
from sync.hq.accounts.moments import now as utc_now
from sync.hq.accounts.scope import Reads, Role, Scope
from sync.hq.accounts.sessions import Session
from sync.hq.accounts.users import User
from sync.hq.api.deps import SessionDep, SettingsDep, WriteDep, WriteSession
from sync.hq.settings import HqSettings

SESSION_COOKIE = "fhq_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
NOTE_EVERY = timedelta(minutes=1)  # a token's last use and a session's expiry, at most this often

bearer_scheme = HTTPBearer(auto_error=False, description="an API token: fhq_<id>_<secret>")
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE, auto_error=False, description="the console's session (signed in)"
)


@dataclass(frozen=True)
class Caller:
    """A signed-in user or an API token's holder, and what they may read now."""

    user: User
    scope: Scope
    token_id: str | None = None  # set when the caller came with an API token
    token_last_used: datetime | None = None
    session: Session | None = None  # set when they came with the session cookie

    @property
    def actor(self) -> str:
        """Who the audit log names: ``token:<id>`` for a token, else ``user:<name>``."""
        return f"token:{self.token_id}" if self.token_id else f"user:{self.user.name}"


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def session_lifetime(settings: HqSettings) -> timedelta:
    return timedelta(minutes=settings.session_minutes)


def cookie_secure(settings: HqSettings, request: Request) -> bool:
    """Whether the session cookie is marked Secure: always, except when HQ itself serves plain
    HTTP on a loopback address (a browser would not send a Secure cookie back over it)."""
    plain_loopback = (
        settings.tls is None and settings.host in LOOPBACK and request.url.scheme == "http"
    )
    return not plain_loopback


def identify(
    conn: Connection, token: str | None, cookie: str | None, moment: datetime
) -> Caller | None:
    if token is not None:
        use = api_tokens.look_up(conn, token, moment)
        if use is None:
            return None
        return Caller(use.user, use.scope, token_id=use.token_id, token_last_used=use.last_used_at)
    session = sessions.look_up(conn, cookie or "", moment)
    if session is None:
        return None
    return Caller(session.user, session.user.scope, session=session)


async def _csrf_given(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in FORMS:
        return None
    try:
        value = (await request.form()).get(CSRF_FIELD)
    except (StarletteHTTPException, ValueError):
        return None
    return value if isinstance(value, str) else None


async def csrf_missing(request: Request, session: Session | None) -> bool:
    """Whether this is a change proven by the session cookie without the session's token."""
    if session is None or request.method in SAFE_METHODS:
        return False
    return not sessions.csrf_ok(session, await _csrf_given(request))


async def note_use(
    writes: WriteSession, caller: Caller, moment: datetime, lifetime: timedelta
) -> None:
    """Remember a token's use and slide a session's expiry, each at most once a minute, so
    reads cost no write (and take no write lock) the rest of the time."""
    token_id, last = caller.token_id, caller.token_last_used
    if token_id is not None and (last is None or moment - last >= NOTE_EVERY):
        await writes.run(lambda conn: api_tokens.note_use(conn, token_id, moment))
    session = caller.session
    if session is not None:
        expires = min(moment + sessions.IDLE, session.created_at + lifetime)
        if expires - session.expires_at >= NOTE_EVERY:
            await writes.run(
                lambda conn: sessions.touch(
                    conn, session, moment, idle=sessions.IDLE, lifetime=lifetime
                )
            )


async def current_user(
    request: Request,
    settings: SettingsDep,
    reads: SessionDep,
    writes: WriteDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Caller:
    if request.headers.get("authorization") is not None and bearer is None:
        raise unauthorized("send an API token as “Authorization: Bearer fhq_…”")
    token = bearer.credentials if bearer is not None else None
    if token is None and not cookie:
        raise unauthorized("sign in (POST /api/v1/session), or send an API token")
    moment = utc_now()
    caller = await reads.run(lambda conn: identify(conn, token, cookie, moment))
    if caller is None:
        raise unauthorized(
            "the session or token is unknown, expired or revoked, or its user disabled"
        )
    if await csrf_missing(request, caller.session):
        raise HTTPException(403, f"a signed-in change carries its CSRF token ({CSRF_HEADER})")
    await note_use(writes, caller, moment, session_lifetime(settings))
    return caller


CurrentUser = Annotated[Caller, Depends(current_user)]


def current_scope(caller: CurrentUser) -> Scope:
    return caller.scope


CurrentScope = Annotated[Scope, Depends(current_scope)]


def require(what: Reads) -> Callable[[Caller], Caller]:
    """A dependency: the caller, if their role reads ``what`` at all (else 403)."""

    def allowed(caller: CurrentUser) -> Caller:
        if not caller.scope.may(what):
            raise HTTPException(403, f"the {caller.scope.role} role does not read {what}")
        return caller

    return allowed


def require_role(*roles: Role) -> Callable[[Caller], Caller]:
    """A dependency: the caller, if their role (a token's own) is one of ``roles`` (else 403)."""

    def allowed(caller: CurrentUser) -> Caller:
        if caller.scope.role not in roles:
            raise HTTPException(403, f"the {caller.scope.role} role may not do this")
        return caller

    return allowed


Admin = Annotated[Caller, Depends(require(Reads.ADMIN))]
AuditReader = Annotated[Caller, Depends(require(Reads.AUDIT))]
FiguresReader = Annotated[Caller, Depends(require(Reads.FIGURES))]
HealthReader = Annotated[Caller, Depends(require(Reads.HEALTH))]


async def record(
    writes: WriteSession,
    caller: Caller,
    action: str,
    target: str = "",
    detail: Mapping[str, Any] | None = None,
) -> None:
    """An audit entry for what ``caller`` did (its own transaction)."""
    await writes.run(lambda conn: audit.append(conn, caller.actor, action, target, detail))


def token_use_audited(what: Reads) -> Callable[..., Any]:
    """A dependency for routes whose every use by a token is audited (the exports): the
    caller, if their role reads ``what``; a token's use is written before the route runs."""
    needed = require(what)

    async def audited(request: Request, caller: CurrentUser, writes: WriteDep) -> Caller:
        needed(caller)
        if caller.token_id is not None:
            detail = {"method": request.method, "path": request.url.path[:300]}
            if request.url.query:
                detail["query"] = request.url.query[:500]
            await record(writes, caller, "token.use", f"token:{caller.token_id}", detail)
        return caller

    return audited


ExportReader = Annotated[Caller, Depends(token_use_audited(Reads.EXPORTS))]
