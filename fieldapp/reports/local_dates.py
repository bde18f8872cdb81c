"""Dates as offices write them: day first (05/03/1984, 05.03.1984, 05-03-1984), year first
(1984-03-05, 1984/03/05), in Arabic-Indic or Persian digits (٠٥/٠٣/١٩٨٤), or with the month's
name in English, French, Arabic, Russian, Spanish or Portuguese ("5 mars 1984", "5 марта 1984
г.", "5 مارس 1984", "5 de marzo de 1984", "March 5, 1984").

Month names come from CLDR (Babel): wide and abbreviated, in the forms a date uses and alone,
and the Arabic months of the Maghreb (جانفي) and the Levant (آذار). A two-digit year, or a
month-first date such as 03/25/1984, is not guessed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

from babel import Locale

from fieldapp.domain.value_words import DIGITS, fold

MONTH_LOCALES = ("en", "fr", "ar", "ar_DZ", "ar_TN", "ar_LB", "ar_IQ", "ru", "es", "pt")
# Words around a date that say nothing: "le 5 mars", "5 de marzo de", "1er", "1984 г.", "2nd".
FILLER = frozenset(
    {"le", "de", "del", "of", "the", "г", "года", "год", "م", "er", "st", "nd", "rd", "th"}
)
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T][\d:.]+)?")
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ORDINAL = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|e)$")
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2}) (\D+?) (\d{4})")
_NAMED_MONTH_FIRST = re.compile(r"(\D+?) (\d{1,2}) (\d{4})")


@cache
def month_names() -> dict[str, int]:
    """Folded month name -> month number; a name two months share is left out."""
    found: dict[str, int] = {}
    shared: set[str] = set()
    for identifier in MONTH_LOCALES:
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    key = fold(str(name))
                    if found.setdefault(key, number) != number:
                        shared.add(key)
    for key in shared:
        del found[key]
    return found


def plain(text: str) -> str:
    """``text`` with 0-9 for other digits and without invisible marks (an Arabic Excel puts
    right-to-left marks around dates); the Arabic date separator ؍ as "/"."""
    text = text.translate(DIGITS).replace("\u060d", "/")
    return "".join(c for c in text if unicodedata.category(c) != "Cf").strip()


def local_date(text: str) -> date | None:
    """The day ``text`` writes, or None if it is no date (or no real day: 31/02/2024)."""
    raw = plain(text)
    try:
        if m := _YMD.fullmatch(raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(raw):
            return date(int(m[3]), int(m[2]), int(m[1]))
        return _named(raw)
    except ValueError:
        return None


def _named(raw: str) -> date | None:
    """ "5 mars 1984", "le 1er mars 1984", "March 5, 1984", "5 марта 1984 г."."""
    if len(raw) > 60 or not any(c.isalpha() for c in raw):
        return None
    words = []
    for word in fold(raw).split():
        if m := _ORDINAL.match(word):
            word = m[1]
        if word not in FILLER:
            words.append(word)
    key = " ".join(words)
    for pattern, day_at, month_at in ((_NAMED_DAY_FIRST, 1, 2), (_NAMED_MONTH_FIRST, 2, 1)):
        if m := pattern.fullmatch(key):
            month = month_names().get(m[month_at])
            if month is not None:
                return date(int(m[3]), month, int(m[day_at]))
    return None
