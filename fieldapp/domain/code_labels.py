"""Code-list values and country names in a reader's language (DESIGN.md §13).

Values are stored in English (``"training course"``, ``"GIN"``); what a reader sees is looked
up here: country names from CLDR (Babel), the other lists from ``code_labels.json`` (shipped in
``resources/reference/``, and carried by HQ's reference bundle). A value with no translation is
shown as stored, never dropped.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from babel.core import get_global

from fieldapp.domain.codelists import codelists, labels_in_use, on_change
from fieldapp.domain.formats import cldr
from fieldapp.domain.languages import checked


@cache
def _labels() -> dict[str, dict[str, str]]:
    table: Any = labels_in_use().get("labels", {})
    return {
        str(value): {str(k): str(v) for k, v in names.items() if isinstance(v, str) and v}
        for value, names in table.items()
        if isinstance(names, dict)
    }


def _clear() -> None:
    _labels.cache_clear()


on_change(_clear)


def label(value: str, lang: str) -> str:
    """``value`` (as stored) in ``lang``: 'training course' -> 'formation' in French."""
    lang = checked(lang)
    if lang == "en":
        return value
    return _labels().get(value, {}).get(lang) or value


@cache
def alpha2(code: str) -> str | None:
    """The ISO 3166 alpha-2 code of an alpha-3 one ('GIN' -> 'GN'), as CLDR maps them."""
    aliases = get_global("territory_aliases").get(code.upper())
    return aliases[0] if aliases else None


def country_name(code: str, lang: str) -> str:
    """A country's name in ``lang`` (CLDR), or as the shipped list spells it in English."""
    lang = checked(lang)
    if code not in codelists().countries:
        return code
    two = alpha2(code)
    if lang != "en" and two:
        found = cldr(lang).territories.get(two)
        if found:
            return str(found)
    return codelists().country_name(code)
