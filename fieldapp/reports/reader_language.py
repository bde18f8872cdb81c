"""Which report language an event's free-text "Language" names.

An event records its language as typed: "French", "Français", "fr", "arabe", "Русский",
"العربية", "French and Arabic". Its certificates are written in that language by default
(`fieldapp.reports.certificates`); this finds the code (``"fr"``), or None when the text
names no language the reports speak (then English).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from babel import Locale

from fieldapp.domain.languages import LANGUAGES

# Each language's name in the four languages and Spanish comes from CLDR; these are the
# other ways offices write them (ISO 639-2 codes, adjectives, names without the article).
EXTRA_NAMES = {
    "en": ("eng", "anglais", "انجليزي", "انكليزي", "الانكليزية", "англ"),
    "fr": ("fra", "fre", "francais", "francophone", "فرنسي", "франц"),
    "ar": ("ara", "arab", "عربي", "عربية", "араб"),
    "ru": ("rus", "russe", "روسي", "русс", "рус"),
}
NAMED_IN = ("en", "fr", "ar", "ru", "es")


def _plain(text: str) -> str:
    """Case, accents and the Arabic article's hamza set aside: 'Français' -> 'francais'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.replace("إ", "ا").replace("أ", "ا")


@cache
def _names() -> dict[str, str]:
    """Every known way of writing a language's name, plain, to its code."""
    names: dict[str, str] = {}
    for code in LANGUAGES:
        names[code] = code
        for where in NAMED_IN:
            names[_plain(Locale.parse(where).languages[code])] = code
        for extra in EXTRA_NAMES[code]:
            names[_plain(extra)] = code
    return names


def language_code(text: str | None) -> str | None:
    """The first language ``text`` names that the reports speak: 'Français' -> 'fr',
    'arabe / français' -> 'ar', 'Swahili' -> None."""
    if not text:
        return None
    names = _names()
    whole = _plain(text.strip())
    if whole in names:
        return names[whole]
    tagged = re.fullmatch(r"([a-z]{2})[-_][a-z]{2}", whole)  # 'fr-FR', 'ar_MA'
    if tagged:
        return names.get(tagged[1]) if tagged[1] in LANGUAGES else None
    # Words, not two-letter codes: "en" in "en français" is no language.
    for word in (w for w in re.findall(r"\w+", whole) if len(w) > 2):
        if word in names:
            return names[word]
        # 'русском', 'французский язык', 'الفرنسية': a known stem at the word's start.
        for stem, code in names.items():
            if len(stem) >= 4 and word.startswith(stem):
                return code
    return None
