"""Countries as people write them, in any language CLDR knows: "Guinée", "Гвинея", "غينيا",
"Cote d Ivoire", "Ivory Coast", "GN" and "gin" are all GIN.

Names come from CLDR (Babel's territory names) for the countries of the code list in use,
plus the short and official forms CLDR lacks (`fieldapp.domain.value_words`). The index of
the common languages (`COMMON`) is built on the first look-up; the rest of CLDR (over three
hundred languages, about a second) only when a value is not found there. A name that means
two countries in two languages is not guessed: it is left unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from babel import Locale
from babel.localedata import locale_identifiers

from fieldapp.domain.code_labels import alpha2
from fieldapp.domain.codelists import CodeLists, codelists, on_change
from fieldapp.domain.value_words import country_aliases, fold, nearest

COMMON = ("en", "fr", "ar", "ru", "es", "pt")
SCRIPT_LANGUAGES = {"arabic": ("ar",), "cyrillic": ("ru",), "latin": ("en", "fr", "es", "pt")}
ALIASES = "aliases"  # the language tag of names from value_words.json
LONGEST = 120  # characters; a longer cell is no country name and gets no suggestion
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


@dataclass
class Index:
    """Folded name -> alpha-3 code; ``names`` keeps each name as written, per language."""

    codes: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    names: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # lang -> rows

    def add(self, name: str, code: str, lang: str) -> None:
        for form in _forms(name):
            key = fold(form)
            if not key or key in self.ambiguous:
                continue
            known = self.codes.setdefault(key, code)
            if known != code:
                self.ambiguous.add(key)
                del self.codes[key]
        self.names.setdefault(lang, []).append((fold(name), name, code))


def _forms(name: str) -> list[str]:
    """A name and the forms it is also written in: "Palestine, State of" is also "State of
    Palestine"; "Iran (Islamic Republic of)" also "Iran"."""
    forms = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        forms.append(f"{tail} {head}")
    if "(" in name:
        forms.append(_PARENTHESES.sub("", name))
    return forms


def _alpha2_codes(lists: CodeLists) -> dict[str, str]:
    """Alpha-2 -> alpha-3 for the countries of the code list."""
    return {two: code for code in lists.countries if (two := alpha2(code))}


@cache
def common_index() -> Index:
    """Codes, the code list's English names, the aliases and CLDR in `COMMON` languages."""
    lists = codelists()
    index = Index()
    two_to_three = _alpha2_codes(lists)
    for code, name in lists.countries.items():
        index.codes[code.casefold()] = code
        index.add(name, code, "list")
    for two, code in two_to_three.items():
        index.codes.setdefault(two.casefold(), code)
    for code, names in country_aliases().items():
        if code in lists.countries:
            for name in names:
                index.add(name, code, ALIASES)
    for lang in COMMON:
        _add_locale(index, lang, two_to_three)
    return index


@cache
def full_index() -> Index:
    """Every language of CLDR (one locale per language and script, not per territory)."""
    index = Index()
    two_to_three = _alpha2_codes(codelists())
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        if identifier in COMMON or (len(parts) > 1 and not parts[1].istitle()):
            continue  # "fr_CA" repeats "fr"; "sr_Latn" is a script, and kept
        _add_locale(index, identifier, two_to_three)
    return index


def _add_locale(index: Index, identifier: str, two_to_three: dict[str, str]) -> None:
    territories = Locale.parse(identifier).territories
    for two, code in two_to_three.items():
        name = territories.get(two)
        if name:
            index.add(str(name), code, identifier)


def country_code(text: str) -> str | None:
    """The alpha-3 code ``text`` names, or None (unknown, or two countries' name)."""
    if len(text) > LONGEST:
        return None
    key = fold(text)
    common = common_index()
    if key in common.codes:
        return common.codes[key]
    if key in common.ambiguous:
        return None
    return full_index().codes.get(key)


def closest_countries(text: str, n: int = 2) -> list[tuple[str, str]]:
    """(name as written in the language ``text`` seems to be in, code) of the countries
    whose names are closest to ``text``: "Guinee-Bisau" -> [("Guinée-Bissau", "GNB")]."""
    key = fold(text)
    if not key or len(text) > LONGEST:
        return []
    index = common_index()
    langs = ("list", ALIASES, *SCRIPT_LANGUAGES.get(script_of(key), COMMON))
    rows = [row for lang in langs for row in index.names.get(lang, [])]
    by_key: dict[str, tuple[str, str]] = {}
    for folded, name, code in rows:
        by_key.setdefault(folded, (name, code))
    found: list[tuple[str, str]] = []
    for match in nearest(key, list(by_key), cutoff=0.7):
        name, code = by_key[match]
        if all(code != c for _, c in found):
            found.append((name, code))
    return found[:n]


def script_of(text: str) -> str:
    """ "arabic", "cyrillic" or "latin": the script most letters of ``text`` are in."""
    arabic = sum("\u0600" <= c <= "\u06ff" for c in text)
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in text)
    if arabic > cyrillic and arabic * 2 >= len(text.replace(" ", "")):
        return "arabic"
    if cyrillic > arabic and cyrillic * 2 >= len(text.replace(" ", "")):
        return "cyrillic"
    return "latin"


def _clear() -> None:
    common_index.cache_clear()
    full_index.cache_clear()


on_change(_clear)
