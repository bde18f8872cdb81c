"""Pages rendered from the console's Jinja2 templates, in the reader's language, with the
headers every page carries: nothing loaded from another host, never framed, never cached."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from fieldapp.domain import formats
from fieldapp.domain.code_labels import country_name, label
from fieldapp.domain.indicators import Period
from sync.hq.api.auth import Caller
from sync.hq.console.i18n import LANGUAGES, RIGHT_TO_LEFT, Translate, chosen, translator

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

# Scripts, styles, pictures and requests from HQ itself only; no inline script; no frame.
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

_environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def language_of(request: Request, caller: Caller | None) -> str:
    """The reader's language: the one they chose (kept with their account), else their
    browser's preference among the console's."""
    if caller is not None and caller.user.language in LANGUAGES:
        return str(caller.user.language)
    return chosen(request.headers.get("accept-language"))


def ago(moment: datetime | None, _: Translate, now: datetime | None = None) -> str:
    """ "3 days ago", "2 hours ago", "just now"; "never" for None."""
    if moment is None:
        return _("never")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    for size, one, many in (
        (86_400, "1 day ago", "{n} days ago"),
        (3_600, "1 hour ago", "{n} hours ago"),
        (60, "1 minute ago", "{n} minutes ago"),
    ):
        n = int(seconds // size)
        if n >= 1:
            return _(one) if n == 1 else _(many).format(n=n)
    return _("just now")


class Shown:
    """How a page writes numbers, days, moments, countries and periods in ``language``
    (CLDR, as the desktop's reports do: `fieldapp.domain.formats`)."""

    def __init__(self, language: str, _: Translate) -> None:
        self.language, self._ = language, _

    def number(self, value: float) -> str:
        return formats.number(value, self.language)

    def percent(self, share: float | str | None) -> str:
        if share is None:
            return "—"
        return share if isinstance(share, str) else formats.percent(share, self.language)

    def day(self, value: date) -> str:
        return formats.day(value, self.language)

    def minute(self, moment: datetime | None) -> str:
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return formats.minute(moment, self.language, never=self._("never"))

    def label(self, value: str | None) -> str:
        """A code-list value ('training course') in the reader's language."""
        return "—" if not value else label(value, self.language)

    def month(self, key: str) -> str:
        return formats.month(key, self.language)

    def days(self, start: date, end: date) -> str:
        return formats.day_range(start, end, self.language)

    def country(self, code: str | None) -> str:
        return "—" if not code else country_name(code, self.language)

    def quarter(self, period: Period) -> str:
        """'Q4 2026' ('T4 2026' in French)."""
        assert period.start is not None
        number = (period.start.month - 1) // 3 + 1
        return self._("Q{n} {year}").format(n=number, year=period.start.year)

    def period(self, period: Period) -> str:
        assert period.start is not None and period.end is not None
        return formats.day_range(period.start, period.end, self.language)


def words(request: Request, caller: Caller | None) -> Translate:
    """``_`` in the reader's language."""
    return translator(language_of(request, caller))


def page(
    request: Request,
    template: str,
    caller: Caller | None,
    *,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    language = language_of(request, caller)
    _ = translator(language)
    body = _environment.get_template(template).render(
        _=_,
        ago=lambda moment: ago(moment, _),
        shown=Shown(language, _),
        language=language,
        direction="rtl" if language in RIGHT_TO_LEFT else "ltr",
        languages=LANGUAGES,
        caller=caller,
        csrf_token=caller.session.csrf_token if caller and caller.session else "",
        path=request.url.path,
        here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **context,
    )
    return HTMLResponse(body, status_code=status, headers=HEADERS)
