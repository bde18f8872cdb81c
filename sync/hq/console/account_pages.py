"""A user's own account in the console: choosing their first password with the one-time code
an admin gave them (``/welcome``, before signing in), and changing their password
(``/account``). The same checks as the API's (`sync.hq.accounts.signin`): a wrong old
password or code counts as a failed sign-in, lock-out included; each change audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.engine import Connection

from sync.hq.accounts import sessions, signin
from sync.hq.accounts.moments import now
from sync.hq.accounts.passwords import PasswordRefused
from sync.hq.accounts.signin import Refused
from sync.hq.accounts.users import User
from sync.hq.api.deps import SettingsDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.api.routes.session import client_address, rules, same_origin
from sync.hq.console.changes import done
from sync.hq.console.i18n import Translate, translator
from sync.hq.console.render import language_of, page
from sync.hq.console.signin_pages import Viewer, refusal, to_signin

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
Secret = Annotated[str, Form(max_length=4096)]


def _weak(exc: PasswordRefused, _: Translate) -> str:
    text = str(exc)
    if text.startswith("a password has at least"):
        return _("The new password is too short: at least 12 characters.")
    if text.startswith("a password cannot hold the user's name"):
        return _("The new password cannot contain your name.")
    return text[:1].upper() + text[1:]


@router.get("/account", response_class=HTMLResponse)
async def account(request: Request, caller: Viewer) -> Response:
    if caller is None:
        return to_signin()
    return page(
        request, "account.html", caller, problem=None, done=request.query_params.get("done")
    )


@router.post("/account/password", response_class=HTMLResponse)
async def change_password(
    request: Request,
    caller: Viewer,
    settings: SettingsDep,
    writes: WriteDep,
    old_password: Secret = "",
    new_password: Secret = "",
    repeated: Secret = "",
) -> Response:
    """Change one's own password (the old one proves it is you); other sessions end."""
    if caller is None or caller.session is None:
        return to_signin()
    session = caller.session
    _ = translator(language_of(request, caller))
    if new_password != repeated:
        problem = _("The two new passwords differ: type the same one twice.")
        return page(request, "account.html", caller, status=422, problem=problem)
    moment, address = now(), client_address(request)

    def work(conn: Connection) -> User | Refused:
        result = signin.change_password(
            conn, session.user, old_password, new_password, address, moment, rules=rules(settings)
        )
        if not isinstance(result, Refused):
            sessions.end_others(conn, session)
        return result

    try:
        result = await writes.run(work)
    except PasswordRefused as exc:
        return page(request, "account.html", caller, status=422, problem=_weak(exc, _))
    if isinstance(result, Refused):
        problem, status, headers = refusal(result, _)
        if status == 401:
            problem = _("Your current password was not accepted.")
        shown = page(request, "account.html", caller, status=status, problem=problem)
        shown.headers.update(headers)
        return shown
    return done("/account", "password-changed")


@router.get("/welcome", response_class=HTMLResponse)
async def welcome(request: Request) -> Response:
    return page(request, "welcome.html", None, name="", problem=None)


@router.post("/welcome", response_class=HTMLResponse)
async def choose_first_password(
    request: Request,
    settings: SettingsDep,
    writes: WriteDep,
    name: Annotated[str, Form(max_length=200)] = "",
    code: Annotated[str, Form(max_length=64)] = "",
    new_password: Secret = "",
    repeated: Secret = "",
) -> Response:
    """Set one's password with the one-time code given when added or reset; then sign in."""
    same_origin(request)
    _ = translator(language_of(request, None))
    name = name.strip()

    def shown(problem: str, status: int) -> Response:
        return page(request, "welcome.html", None, status=status, name=name, problem=problem)

    if new_password != repeated:
        return shown(_("The two new passwords differ: type the same one twice."), 422)
    if not (name.isprintable() and code.isprintable()) or len(name) > 64:
        return shown(_("The name or the one-time code was not accepted."), 401)
    moment, address = now(), client_address(request)

    def work(conn: Connection) -> User | Refused:
        return signin.redeem_signin_code(
            conn, name, code.strip(), new_password, address, moment, rules=rules(settings)
        )

    try:
        result = await writes.run(work)
    except PasswordRefused as exc:
        return shown(_weak(exc, _), 422)
    if isinstance(result, Refused):
        problem, status, headers = refusal(result, _)
        answer = shown(
            problem if status == 429 else _("The name or the one-time code was not accepted."),
            status if status == 429 else 401,
        )
        answer.headers.update(headers)
        return answer
    return done("/", "password-set")
