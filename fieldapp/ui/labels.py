"""Translation of words that come from data rather than from the UI's own text: code-list
values (event types, sexes, age bands...), field names, period names.

They are listed for the translators under the context ``Labels`` (and validation messages
under ``Validation``) by
``packaging/update_translations.py``, which reads the code lists, so none is forgotten.
"""

from __future__ import annotations

from datetime import date

from fieldapp.domain.periods import day_text, month_text, range_text
from fieldapp.ui.qt import QCoreApplication, QLocale

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value: float, decimals: int = 0) -> str:
    """A figure as the user's language writes it (1,127 in English, 1 127 in French)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


DATE_FORMAT = "d MMM yyyy"  # how date fields show a date, as `day` writes it


def _months() -> list[str]:
    locale = QLocale()
    return [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


def day(value: date) -> str:
    """A date as every screen writes it, in the user's language: '10 Nov 2026'."""
    return day_text(value, _months())


def day_range(start: date, end: date) -> str:
    """'10–12 Nov 2026', '28 Feb – 2 Mar 2026' (one day: '10 Nov 2026')."""
    return range_text(start, end, _months())


def month(key: str) -> str:
    """An indicators month ('2026-11') as 'Nov 2026'."""
    return month_text(key, _months())


def scale(low: float, high: float) -> str:
    """A field's scale as shown beside it ("0–100", "1–5"), in the user's figures; the bounds
    come from `fieldapp.domain.validation` (SCORE_RANGE, SATISFACTION_RANGE, MAX_PEOPLE)."""
    return f"{number(low)}–{number(high)}"


def plural(n: float, one: str, many: str) -> str:
    """A count and its noun in the form ``n`` takes: ``one`` ("{0} person") or ``many``
    ("{0} people"), both already translated, given the figure as the language writes it.
    French says the one form for 0 too ("0 personne"); English only for 1."""
    french = QLocale().language() == QLocale.Language.French
    return (one if n == 1 or (french and n == 0) else many).format(number(n))


def isolate(text: str) -> str:
    """``text`` set apart from the sentence around it (Unicode FSI ... PDI), so a name in
    Arabic leaves the sentence's full stop where the sentence's own direction puts it."""
    return f"\u2068{text}\u2069"
