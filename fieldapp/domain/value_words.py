"""The words people write for coded values, in the languages the offices work in.

One definition, ``resources/reference/value_words.json``: sexes, organization types, roles,
yes and no, the words meaning "nothing given", and the country names CLDR lacks (official long
forms, common short ones). Every translation of a value in ``code_labels.json`` (the lists'
labels, carried by HQ's bundle too) counts as well, so a label added there is understood here.

Words are compared `fold`ed: case, accents, Arabic hamza and ta marbuta forms, tatweel and
punctuation do not matter ("Forces de l’ordre" = "forces de l ordre", "انثى" = "أنثى").
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from fieldapp.domain.codelists import CodeLists, codelists, labels_in_use, on_change
from fieldapp.domain.names import name_key
from fieldapp.resources import resources_dir

WORDS_FILE = "value_words.json"
KINDS = ("sexes", "organization_types", "roles", "age_bands")
# Letters written several ways in Arabic (and Persian keyboards) compared as one.
_ARABIC = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": None}
)
# Arabic-Indic and Persian digits, as Excel on an Arabic Windows may write them.
DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)


@lru_cache(maxsize=8192)  # the same few spellings of sex, country, yes... on every row
def fold(text: str) -> str:
    """``text`` as compared: `name_key` (case, accents), Arabic letter forms as one, digits
    as 0-9, punctuation, invisible marks and dashes as spaces; symbols (✓, +) are kept."""
    key = name_key(text).translate(_ARABIC).translate(DIGITS)
    spaced = "".join(" " if unicodedata.category(c)[0] in "PZC" else c for c in key)
    return " ".join(spaced.split())


@dataclass(frozen=True)
class Spelling:
    """One way of writing a value: as written (for "did you mean"), and the stored value."""

    shown: str
    value: str


@cache
def _file() -> dict[str, Any]:
    with open(resources_dir() / "reference" / WORDS_FILE, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _values(lists: CodeLists, kind: str) -> tuple[str, ...]:
    return tuple(getattr(lists, kind))


@cache
def _labels() -> dict[str, list[str]]:
    """Every translation of each stored value in the labels in use (``code_labels.json``)."""
    table: Any = labels_in_use().get("labels") or {}
    return {
        str(value): [str(t) for t in names.values() if isinstance(t, str) and t]
        for value, names in table.items()
        if isinstance(names, dict)
    }


@cache
def spellings(kind: str) -> dict[str, Spelling]:
    """Folded spelling -> `Spelling` for one of `KINDS`, for the values of the lists in use:
    the values themselves, their translations, and the words of `WORDS_FILE`. The first
    spelling of a folded form wins, so a value's own name is never taken by another's word."""
    lists = codelists()
    allowed = _values(lists, kind)
    found: dict[str, Spelling] = {}
    words = _file().get(kind, {})
    labels = _labels()
    for value in allowed:
        for shown in (value, *labels.get(value, ())):
            found.setdefault(fold(shown), Spelling(shown, value))
    for value in allowed:
        for shown in words.get(value, ()):
            found.setdefault(fold(shown), Spelling(shown, value))
    found.pop("", None)
    return found


@cache
def word_set(name: str) -> frozenset[str]:
    """The folded words of a plain list of `WORDS_FILE`: "yes", "no" or "blank"."""
    return frozenset(fold(w) for w in _file().get(name, ()))


def nearest(key: str, keys: list[str], cutoff: float = 0.6, margin: float = 0.1) -> list[str]:
    """The ``keys`` closest to ``key`` (difflib's ratio at least ``cutoff``), best first; one
    much further than the best is left out ("Fronitères": frontières, not also ministère)."""
    found = difflib.get_close_matches(key, keys, n=8, cutoff=cutoff)
    if not found:
        return []
    best = difflib.SequenceMatcher(None, key, found[0]).ratio()
    return [k for k in found if difflib.SequenceMatcher(None, key, k).ratio() >= best - margin]


def country_aliases() -> dict[str, list[str]]:
    """Alpha-3 code -> names of the country CLDR lacks (as written in `WORDS_FILE`)."""
    table: dict[str, list[str]] = _file().get("countries", {})
    return table


def _clear() -> None:
    _labels.cache_clear()
    spellings.cache_clear()


on_change(_clear)
