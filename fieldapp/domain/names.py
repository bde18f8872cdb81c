"""How names are compared: the one definition used by search and by duplicate finding."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """Case-folded, accents removed, spaces collapsed: "  Leïla  HADDAD" -> "leila haddad".

    Arabic and Cyrillic letters are kept (only combining marks are dropped), so
    "Иван" and "иван" match, as do "محمد" with or without its short-vowel marks.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", stripped).split())
