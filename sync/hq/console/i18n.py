"""The console's languages: English, the language its pages are written in, and French, Arabic
and Russian, read from ``locales/<code>.po`` (translators' files, read as they are: nothing to
compile). Arabic pages run right to left.

A page asks `translator` for its language's ``_`` and writes ``_("Offices")``; a text the
catalogue lacks stays in English rather than failing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"
LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية", "ru": "Русский"}
RIGHT_TO_LEFT = frozenset({"ar"})
DEFAULT = "en"

Translate = Callable[[str], str]


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == DEFAULT:
        return {}
    with (LOCALES / f"{language}.po").open("rb") as po:
        catalogue = read_po(po, locale=language)
    return {
        str(m.id): str(m.string)
        for m in catalogue
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


def translator(language: str) -> Translate:
    """``_`` for ``language`` (English for one the console does not speak)."""
    found = _catalogue(language if language in LANGUAGES else DEFAULT)
    return lambda text: found.get(text, text)


def chosen(accept_language: str | None) -> str:
    """The language a visitor's browser prefers among the console's (before signing in)."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT
