"""What the interface writes in its current language besides its own text: dates and figures
(through the one formatter, `fieldapp.domain.formats`), code-list values and country names
(`fieldapp.domain.code_labels`), and the words that come from data rather than from the UI's
own text (field names, period names, column headers: context ``Labels`` of the .ts, listed by
``packaging/update_translations.py``, so none is forgotten).

The interface's language is held here, once (`set_language`, called by
`fieldapp.ui.app.install_translation`); every screen asks it of this module.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from types import ModuleType

from fieldapp.domain.languages import checked, is_rtl
from fieldapp.ui.qt import QCoreApplication

CONTEXT = "Labels"

_language = "en"


@cache
def _formats() -> ModuleType:
    """`fieldapp.domain.formats`, imported when first needed: it brings Babel (some 35 ms),
    which the unlock window, painted first, does not need."""
    from fieldapp.domain import formats

    return formats


@cache
def _code_labels() -> ModuleType:
    """`fieldapp.domain.code_labels`, imported when first needed (as `_formats`)."""
    from fieldapp.domain import code_labels

    return code_labels


def set_language(lang: str) -> None:
    """The interface now speaks ``lang`` (see `fieldapp.ui.app.install_translation`)."""
    global _language
    _language = checked(lang)


def language() -> str:
    """The interface's language: 'en', 'fr', 'ar' or 'ru'."""
    return _language


def right_to_left() -> bool:
    return is_rtl(_language)


def tr_label(text: str) -> str:
    """A field name, a period's name or a column header in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def code(value: str | None) -> str:
    """A code-list value (as stored: 'training course', 'female') as the interface says it;
    none: ''."""
    return "" if value is None else _code_labels().label(str(value), _language)


def country(iso3: str | None) -> str:
    """A country's name (CLDR) in the interface's language: 'GIN' -> 'Guinée' in French;
    none: ''."""
    return "" if iso3 is None else _code_labels().country_name(str(iso3), _language)


def by_shown(values: Iterable[str], shown: Callable[[str], str]) -> list[str]:
    """``values`` in the order of what the user reads (``shown(value)``), accents aside:
    a drop-down of translated names is in the reader's alphabetical order."""
    return sorted(values, key=lambda v: collation_key(shown(v)))


_countries: dict[tuple[str, tuple[str, ...]], list[str]] = {}


def countries_by_name(codes: Iterable[str]) -> list[str]:
    """``codes`` (the code list's countries) in the order of their names in the interface's
    language, as `by_shown` puts them; kept for each language and list, as every country
    choice of every screen asks for them (250 names each, named and sorted again)."""
    key = (_language, tuple(codes))
    ordered = _countries.get(key)
    if ordered is None:
        ordered = _countries[key] = by_shown(key[1], country)
    return list(ordered)


def collation_key(text: str) -> str:
    """'Égypte' sorts beside 'Egypte', before 'Fidji'."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def number(value: float, decimals: int = 0) -> str:
    """A figure as the interface's language writes it (1,127 in English, 1 127 in French)."""
    return _formats().number(value, _language, decimals)


def percent(share: float | None, decimals: int = 0) -> str:
    """A share (0.41) as '41%' or '41 %'; no share: '—'."""
    return "—" if share is None else _formats().percent(share, _language, decimals)


def day(value: date) -> str:
    """A date as every screen writes it, in the interface's language: '10 Nov 2026'."""
    return _formats().day(value, _language)


def day_range(start: date, end: date) -> str:
    """'10 – 12 Nov 2026', '28 Feb – 2 Mar 2026' (one day: '10 Nov 2026')."""
    return _formats().day_range(start, end, _language)


def month(key: str, year: bool = True) -> str:
    """An indicators month ('2026-11') as 'Nov 2026' (without its ``year``: 'Nov')."""
    return _formats().month(key, _language, year)


def minute(moment: datetime | None, never: str = "") -> str:
    """A moment in this computer's time zone, to the minute ('10 Nov 2026, 14:05')."""
    return _formats().minute(moment, _language, never)


def scale(low: float, high: float) -> str:
    """A field's scale as shown beside it ("0–100", "1–5"), in the user's figures; the bounds
    come from `fieldapp.domain.validation` (SCORE_RANGE, SATISFACTION_RANGE, MAX_PEOPLE).
    Where the interface reads right to left it is set apart as a right-to-left run (RLI ...
    PDI): the low bound on the right, read first, in a hint as in a header; a first-strong
    isolate (`isolate`) would turn it left to right, so an Arabic reader met "100–0"."""
    shown = f"{number(low)}–{number(high)}"
    return f"\u2067{shown}\u2069" if right_to_left() else shown


def apart(text: object) -> str:
    """``text`` (a path, a file name, a figure) set apart as `isolate` does where the
    interface reads right to left, where a Latin path would otherwise be cut and reordered by
    the Arabic around it; as it is elsewhere."""
    return isolate(text) if right_to_left() else str(text)


def isolate(text: object) -> str:
    """``text`` set apart from the sentence around it (Unicode FSI ... PDI), so a Latin name
    or a figure in an Arabic sentence keeps its order and leaves the sentence's full stop
    where the sentence's own direction puts it."""
    return f"\u2068{text}\u2069"
