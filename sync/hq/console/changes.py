"""What every console page that changes something shares: the gate of a role, the question
asked before a change is made (a page of its own, answered with a second POST: no script
needed, the keyboard enough), and the way back to the list with what was done said once.

A change is made only by a POST carrying the session's CSRF token (`signin_pages.viewer`)
and ``confirmed=yes`` from that question's page; each is audited by the function that makes
it, in its own transaction."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import Response

from sync.hq.accounts.scope import Reads
from sync.hq.api.auth import Caller
from sync.hq.console.dashboard import refused
from sync.hq.console.i18n import Translate
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer, redirect

CONFIRMED = "yes"


class Refusal(Exception):
    """A page instead of the one asked for (`install`ed as its own answer): sign in, or "not
    for your role"."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


async def answer_refusal(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    return exc.response


def admin(request: Request, caller: Viewer) -> Caller:
    """A dependency: the signed-in admin (else the sign-in page, or "not for your role")."""
    if (refusal := refused(request, caller, Reads.ADMIN)) is not None:
        raise Refusal(refusal)
    assert caller is not None
    return caller


AdminCaller = Annotated[Caller, Depends(admin)]


def confirm(
    request: Request,
    caller: Caller,
    *,
    question: str,
    detail: str,
    button: str,
    back: str,
    fields: dict[str, str] | None = None,
    many: dict[str, list[str]] | None = None,
    danger: bool = False,
) -> Response:
    """The page asking the reader to confirm the change they asked for: the same POST again,
    with ``confirmed=yes``; or back to ``back``."""
    return page(
        request,
        "confirm.html",
        caller,
        question=question,
        detail=detail,
        button=button,
        back=back,
        action=request.url.path,
        fields=fields or {},
        many=many or {},
        confirmed=CONFIRMED,
        danger=danger,
    )


def done(to: str, what: str) -> Response:
    """Back to ``to`` saying ``what`` was done (a key of ``_done.html``, never free text)."""
    return redirect(f"{to}?{urlencode({'done': what})}")


# What HQ's account functions refuse with (their words are the API's and the CLI's), said as
# the console's forms ask for it; anything else is shown as it is.
_IN_WORDS = {
    "a user name has": "A user name has 2 to 64 characters: letters a-z, digits and . _ @ -, "
    "starting with a letter or digit.",
    "there is already a user": "There is already a user with this name.",
    "an office user needs at least one office": "An office user needs at least one office: "
    "tick it.",
    "you cannot disable yourself": "You cannot disable yourself: another admin can.",
    "HQ's last enabled admin": "This is HQ's last enabled admin: make another admin first, "
    "or nobody could manage HQ's users.",
    "a token with the office role names its offices": "A token for an office user names its "
    "offices: tick them.",
}


def in_words(problem: Exception, _: Translate) -> str:
    """A refusal of HQ's account functions in the reader's words."""
    text = str(problem)
    for start, words in _IN_WORDS.items():
        if text.startswith(start):
            return _(words)
    return text[:1].upper() + text[1:]
