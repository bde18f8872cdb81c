"""Signing in and out (DESIGN.md §11): the console's session cookie and its CSRF token.

``POST /session`` takes a name, a password and, for those who have one, a TOTP or recovery
code (JSON or a form); it sets the cookie (HttpOnly, SameSite=Strict, Path=/, Secure unless
HQ serves plain HTTP on loopback) and answers who is signed in with the CSRF token every
change must carry. Failed attempts slow the next ones (`sync.hq.accounts.lockout`: 429 with
Retry-After while locked), and every attempt is audited, never its password.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from sqlalchemy.engine import Connection, Engine

from sync.hq.accounts import audit, sessions, signin
from sync.hq.accounts.lockout import Lockout
from sync.hq.accounts.moments import now
from sync.hq.accounts.passwords import PasswordRefused
from sync.hq.accounts.signin import Refused, SignedIn
from sync.hq.accounts.users import User
from sync.hq.api.account_models import Me, PasswordChange, SessionInfo, SignIn, SigninCodeRedeem
from sync.hq.api.auth import (
    SESSION_COOKIE,
    Caller,
    CurrentUser,
    cookie_secure,
    session_lifetime,
    unauthorized,
)
from sync.hq.api.deps import SettingsDep, WriteDep, WriteSession
from sync.hq.api.forms import body_doc, json_or_form
from sync.hq.api.models import Problem, problems
from sync.hq.settings import HqSettings

router = APIRouter(prefix="/session", tags=["session"])

LOCKED: dict[str, Any] = {
    "model": Problem,
    "description": "too many failed attempts: Retry-After seconds",
}
REFUSED: dict[str, Any] = {
    "model": Problem,
    "description": "not accepted (the same answer whatever was wrong)",
}
BODY_ERRORS = problems(415, 422)


def rules(settings: HqSettings) -> Lockout:
    return Lockout(
        after=settings.lockout_after,
        cap=timedelta(seconds=settings.lockout_max_seconds),
        first=timedelta(seconds=settings.lockout_delay_seconds),
    )


def me(caller: Caller) -> Me:
    offices = caller.scope.office_ids
    return Me(
        name=caller.user.name,
        role=caller.scope.role,
        offices=None if offices is None else sorted(offices),
        via="token" if caller.token_id else "session",
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def same_origin(request: Request) -> None:
    """A browser names the page that sent a request: a sign-in posted from another site's page
    (to sign the victim in as the attacker) is refused."""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "a sign-in comes from HQ's own pages")


async def start_session(
    request: Request,
    settings: HqSettings,
    writes: WriteSession,
    name: str,
    password: str,
    code: str,
) -> SignedIn | Refused:
    """A sign-in posted from HQ's own pages (else 403) checked by `signin.authenticate`, with a
    session made for the user: the API's and the console's one way in."""
    same_origin(request)
    moment, address, lifetime = now(), client_address(request), session_lifetime(settings)

    def work(engine: Engine) -> SignedIn | Refused:
        return signin.authenticate(
            engine,
            name,
            password,
            code,
            address,
            moment,
            rules=rules(settings),
            session_lifetime=lifetime,
        )

    return await writes.run_steps(work)


def set_session_cookie(
    response: Response, cookie: str, settings: HqSettings, request: Request
) -> None:
    """The session's cookie, as the API's sign-in and the console's set it."""
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=int(session_lifetime(settings).total_seconds()),
        path="/",
        secure=cookie_secure(settings, request),
        httponly=True,
        samesite="strict",
    )


def _refused(refused: Refused, status: int = 401) -> HTTPException:
    if refused.retry_after > 0:
        return HTTPException(429, refused.message, {"Retry-After": str(refused.retry_after)})
    return (
        unauthorized(refused.message) if status == 401 else HTTPException(status, refused.message)
    )


@router.post(
    "",
    response_model=SessionInfo,
    responses={401: REFUSED, 403: {"model": Problem}, 429: LOCKED, **BODY_ERRORS},
    openapi_extra=body_doc(SignIn),
)
async def sign_in(
    request: Request,
    response: Response,
    settings: SettingsDep,
    writes: WriteDep,
    given: Annotated[SignIn, Depends(json_or_form(SignIn))],
) -> SessionInfo:
    """Sign in: sets the session cookie; answers who is signed in and the CSRF token."""
    result = await start_session(request, settings, writes, given.name, given.password, given.code)
    if isinstance(result, Refused):
        raise _refused(result)
    user, made = result.user, result.session
    assert made is not None  # asked for with session_lifetime
    set_session_cookie(response, made.cookie, settings, request)
    caller = Caller(user, user.scope)
    return SessionInfo(user=me(caller), csrf_token=made.csrf_token, expires_at=made.expires_at)


@router.get("", response_model=SessionInfo, responses={401: {"model": Problem}})
def who_am_i(caller: CurrentUser) -> SessionInfo:
    """Who is signed in (or whose token this is), and the session's CSRF token."""
    session = caller.session
    return SessionInfo(
        user=me(caller),
        csrf_token=session.csrf_token if session else None,
        expires_at=session.expires_at if session else None,
    )


@router.delete(
    "",
    status_code=204,
    response_class=Response,
    responses={401: {"model": Problem}, 403: {"model": Problem}},
)
async def sign_out(request: Request, caller: CurrentUser, writes: WriteDep) -> Response:
    """End this session (a token is revoked through /tokens instead)."""
    cookie = request.cookies.get(SESSION_COOKIE, "")
    if caller.session is not None:

        def work(conn: Connection) -> None:
            sessions.end(conn, cookie)
            audit.append(conn, caller.actor, "signout", f"user:{caller.user.name}")

        await writes.run(work)
    done = Response(status_code=204)
    done.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return done


@router.post(
    "/password",
    status_code=204,
    response_class=Response,
    responses={401: {"model": Problem}, 403: {"model": Problem}, 429: LOCKED, **BODY_ERRORS},
    openapi_extra=body_doc(PasswordChange),
)
async def change_password(
    request: Request,
    caller: CurrentUser,
    settings: SettingsDep,
    writes: WriteDep,
    given: Annotated[PasswordChange, Depends(json_or_form(PasswordChange))],
) -> Response:
    """Change one's own password (the old one proves it is you); other sessions end."""
    session = caller.session
    if session is None:
        raise HTTPException(403, "a password is changed when signed in, not with a token")
    moment, address = now(), client_address(request)

    def work(conn: Connection) -> User | Refused:
        done = signin.change_password(
            conn,
            session.user,
            given.old_password,
            given.new_password,
            address,
            moment,
            rules=rules(settings),
        )
        if not isinstance(done, Refused):
            sessions.end_others(conn, session)
        return done

    try:
        result = await writes.run(work)
    except PasswordRefused as exc:
        raise HTTPException(422, str(exc)) from None
    if isinstance(result, Refused):
        raise _refused(result, 403)
    return Response(status_code=204)


@router.post(
    "/redeem",
    status_code=204,
    response_class=Response,
    responses={401: REFUSED, 429: LOCKED, **BODY_ERRORS},
    openapi_extra=body_doc(SigninCodeRedeem),
)
async def redeem_signin_code(
    request: Request,
    settings: SettingsDep,
    writes: WriteDep,
    given: Annotated[SigninCodeRedeem, Depends(json_or_form(SigninCodeRedeem))],
) -> Response:
    """Set one's password with the one-time code given when added or reset; then sign in."""
    same_origin(request)
    moment, address = now(), client_address(request)

    def work(conn: Connection) -> User | Refused:
        return signin.redeem_signin_code(
            conn,
            given.name,
            given.code,
            given.new_password,
            address,
            moment,
            rules=rules(settings),
        )

    try:
        result = await writes.run(work)
    except PasswordRefused as exc:
        raise HTTPException(422, str(exc)) from None
    if isinstance(result, Refused):
        raise _refused(result)
    return Response(status_code=204)
