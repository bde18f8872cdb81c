"""The one way dates, numbers and percentages are written, per language (Babel, CLDR).

The interface, the PDFs and the command line all write through these functions, so one date
reads the same everywhere in one language: "10 Nov 2026", "10 nov. 2026", "10 نوفمبر 2026",
"10 нояб. 2026 г.". ISO dates stay in file names and exports only.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from babel import Locale
from babel.dates import format_interval, format_skeleton
from babel.numbers import format_decimal

from fieldapp.domain.languages import CLDR_LOCALES, checked

DIGITS = "latn"  # 0-9 in every language (see `languages.CLDR_LOCALES`)


@cache
def cldr(lang: str) -> Locale:
    return Locale.parse(CLDR_LOCALES[checked(lang)])


def day(value: date, lang: str) -> str:
    """'10 Nov 2026'."""
    return format_skeleton("yMMMd", value, locale=cldr(lang))


def day_range(start: date, end: date, lang: str) -> str:
    """'10–12 Nov 2026', '28 Feb – 2 Mar 2026' (one day: as `day`)."""
    if start == end:
        return day(start, lang)
    return format_interval(start, end, "yMMMd", locale=cldr(lang))


def month(key: str | date, lang: str, year: bool = True) -> str:
    """A month ('2026-11', as the indicators key it, or any day in it) as 'Nov 2026'; without
    its ``year``: 'Nov', 'нояб.', 'نوفمبر'."""
    if isinstance(key, str):
        in_year, number = key.split("-")[:2]
        key = date(int(in_year), int(number), 1)
    return format_skeleton("yMMM" if year else "MMM", key, locale=cldr(lang))


def minute(moment: datetime | None, lang: str, never: str = "") -> str:
    """A moment in this computer's time zone, to the minute ('10 Nov 2026, 14:05')."""
    if moment is None:
        return never
    local = moment.astimezone()
    time = f"{local.hour:02d}:{local.minute:02d}"
    return str(cldr(lang).datetime_formats["medium"]).format(time, day(local.date(), lang))


def number(value: float, lang: str, decimals: int = 0) -> str:
    """'1,127' in English, '1 127' in French and Russian, '1,127' in Arabic."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    shown = round(value, decimals) if decimals > 0 else round(value)
    return format_decimal(shown, format=pattern, locale=cldr(lang), numbering_system=DIGITS)


def percent(share: float, lang: str, decimals: int = 0) -> str:
    """A share (0.41) as the language writes a percentage: '41%', '41 %'."""
    return number(share * 100, lang, decimals) + _percent_sign(lang)


@cache
def _percent_sign(lang: str) -> str:
    """What follows the figure in a percentage: '%' in English, ' %' (no-break) in French."""
    pattern = cldr(lang).percent_formats[None].pattern  # e.g. "#,##0\u00a0%"
    return pattern[pattern.rindex("0") + 1 :] or "%"
