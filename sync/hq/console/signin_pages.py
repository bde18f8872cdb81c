"""Signing in to the console at ``/`` (a name, a password, and the code of an authenticator
app where the account has one), and out again. The same checks as ``POST /api/v1/session``
(`sync.hq.accounts.signin`: lock-out after failures, every attempt audited), the same
cookie; a refusal is shown on the form in the reader's words, the name kept, never the
password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit, sessions, users
from sync.hq.accounts.moments import now
from sync.hq.accounts.scope import Reads
from sync.hq.accounts.signin import NOT_ACCEPTED, Refused
from sync.hq.accounts.users import User
from sync.hq.api.auth import (
    SESSION_COOKIE,
    Caller,
    cookie_scheme,
    csrf_missing,
    identify,
    note_use,
    session_lifetime,
)
from sync.hq.api.deps import SessionDep, SettingsDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.api.routes.session import same_origin, set_session_cookie, start_session
from sync.hq.console.i18n import LANGUAGES, Translate, translator
from sync.hq.console.render import HEADERS, language_of, page

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
HOME = "/offices"


async def viewer(
    request: Request,
    settings: SettingsDep,
    reads: SessionDep,
    writes: WriteDep,
    cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Caller | None:
    """Who is signed in with the console's cookie (None: nobody); their session slides on as
    the API's does. A change (POST) must also carry the session's CSRF token, else nobody is."""
    if not cookie:
        return None
    moment = now()
    caller = await reads.run(lambda conn: identify(conn, None, cookie, moment))
    if caller is None or await csrf_missing(request, caller.session):
        return None
    await note_use(writes, caller, moment, session_lifetime(settings))
    return caller


Viewer = Annotated[Caller | None, Depends(viewer)]


def redirect(to: str) -> RedirectResponse:
    """303 to ``to`` (a path of HQ's own), with the headers every page carries."""
    return RedirectResponse(to, status_code=303, headers=HEADERS)


def refusal(result: Refused, _: Translate) -> tuple[str, int, dict[str, str]]:
    """A refused sign-in (or password change) in the reader's words: what to show, the
    status, and the headers (Retry-After while locked out)."""
    if result.retry_after > 0:
        problem = _("Too many failed attempts: try again in {n} s.").format(n=result.retry_after)
        return problem, 429, {"Retry-After": str(result.retry_after)}
    if result.message == NOT_ACCEPTED:
        return _(NOT_ACCEPTED), 401, {}
    return result.message, 403, {}


def home(user: User) -> str:
    """Where a signed-in user starts: the offices board, or the audit log for an auditor."""
    return HOME if user.scope.may(Reads.HEALTH) else "/audit"


def to_signin() -> RedirectResponse:
    return redirect("/")


@router.get("/", response_class=HTMLResponse)
async def signin_page(request: Request, caller: Viewer) -> Response:
    if caller is not None:
        return redirect(home(caller.user))
    done = request.query_params.get("done")
    return page(request, "signin.html", None, name="", problem=None, done=done)


@router.post("/signin", response_class=HTMLResponse)
async def sign_in(
    request: Request,
    settings: SettingsDep,
    writes: WriteDep,
    name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=4096)] = "",
    code: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    if not (name.strip().isprintable() and code.isprintable()) or len(name.strip()) > 64:
        same_origin(request)
        # no such user can exist (the API's model refuses them too): refused unheard
        _ = translator(language_of(request, None))
        return page(request, "signin.html", None, status=401, name="", problem=_(NOT_ACCEPTED))
    result = await start_session(request, settings, writes, name.strip(), password, code.strip())
    if isinstance(result, Refused):
        _ = translator(language_of(request, None))
        problem, status, headers = refusal(result, _)
        shown = page(request, "signin.html", None, status=status, name=name, problem=problem)
        shown.headers.update(headers)
        return shown
    assert result.session is not None  # asked for with session_lifetime
    done = redirect(home(result.user))
    set_session_cookie(done, result.session.cookie, settings, request)
    return done


@router.post("/signout")
async def sign_out(request: Request, caller: Viewer, writes: WriteDep) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE, "")
    if caller is None or caller.session is None:
        # no session, or a request without its CSRF token (another site's form): the
        # session, and its cookie, stay as they are
        return to_signin()

    def work(conn: Connection) -> None:
        sessions.end(conn, cookie)
        audit.append(conn, caller.actor, "signout", f"user:{caller.user.name}")

    await writes.run(work)
    done = to_signin()
    done.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return done


@router.post("/language")
async def choose_language(
    request: Request,
    caller: Viewer,
    writes: WriteDep,
    language: Annotated[str, Form(max_length=8)] = "",
    back: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Keep the language the signed-in user reads the console in; back to the page they were
    on (a path of HQ's own: never another site)."""
    if caller is None:
        return to_signin()
    chosen = language if language in LANGUAGES else None
    await writes.run(lambda conn: users.set_language(conn, caller.user, chosen))
    own_path = back.startswith("/") and not back.startswith(("//", "/\\"))
    return redirect(back if own_path else HOME)
