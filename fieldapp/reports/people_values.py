"""Cell values of a people spreadsheet turned into the values the registry stores.

Each normaliser recognises the spellings people type, in the offices' languages (F, Fém.,
Femme, أنثى, ж., Mujer; Guinée, Гвинея, غينيا; 05/03/1984, ٠٥/٠٣/١٩٨٤, 5 марта 1984; an Excel
date serial; oui, نعم, да) and returns the stored value. The words are those of
`fieldapp.domain.value_words`, the countries those of `country_names`, the dates those of
`local_dates`. What is not recognised is returned as typed, so the domain's own rules
(`fieldapp.domain.validation`) reject it, and the importer says what was probably meant.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.privacy import LEGAL_BASES
from fieldapp.domain.value_words import WORDS_FILE, Spelling, fold, spellings, word_set
from fieldapp.domain.vocab import age_band_for
from fieldapp.reports.country_names import country_code
from fieldapp.reports.local_dates import local_date, plain
from fieldapp.reports.tabular import FORMULA_LEADS
from fieldapp.resources import resources_dir

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's leap-year bug included)
# Age bands as written (folded): "moins de 18 ans", "до 18 лет", "65 ans et +", "18 à 24".
_UNDER = re.compile(r"(?:under|less than|below|moins de|<|до|اقل من|menos de) ?(\d+)")
_OVER = re.compile(
    r"(\d+) ?(?:\+|and over|and above|or more|et plus|ou plus|et \+|и старше|и более|"
    r"فاكثر|فما فوق|y mas|o mas)"
)
_RANGE = re.compile(r"(?:de |от )?(\d+) (?:(?:to|a|до|الى|و) )?(\d+)")
_YEARS = frozenset({"ans", "an", "years", "yrs", "лет", "года", "سنه", "سنوات", "anos"})


def text(value: Any) -> str | None:
    """A cell as text: numbers without a trailing ".0", the quote that guards a leading
    formula character in our CSV exports (`tabular.neutralised`) taken off."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    result = str(value.isoformat() if isinstance(value, date) else value).strip()
    if result[:1] == "'" and result[1:2] in FORMULA_LEADS:
        result = result[1:].strip()
    return result or None


def given(value: Any) -> str | None:
    """A cell as text, or None when it says nothing was given ("N/A", "-", "néant")."""
    raw = text(value)
    if raw is None:
        return None
    key = fold(raw)
    return None if not key or key in word_set("blank") else raw


def coded(kind: str, raw: str) -> str:
    """The stored value ``raw`` spells in one of `value_words.KINDS`, or ``raw`` as typed."""
    found = spellings(kind).get(fold(raw))
    return found.value if found is not None else raw


def sex(value: Any) -> Any:
    raw = given(value)
    return "not recorded" if raw is None else coded("sexes", raw)


def role(value: Any) -> Any:
    raw = given(value)
    return None if raw is None else coded("roles", raw)


def a_date(value: Any) -> Any:
    """Excel cells and serials, and dates as `local_dates` reads them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))
    raw = given(value)
    if raw is None:
        return None
    return local_date(raw) or raw


def birth_year(value: Any) -> Any:
    """A year, or the year of a birth date (as text, as an Excel date or serial)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1000 <= value <= 2999:
            return int(value)
        found = a_date(value) if value > 3000 else value  # above 3000: an Excel date serial
        return found.year if isinstance(found, date) else value
    raw = given(value)
    if raw is None:
        return None
    digits = plain(raw)
    if digits.isascii() and digits.isdigit() and len(digits) == 4:
        return int(digits)
    found = a_date(raw)
    return found.year if isinstance(found, date) else raw


def age_band(value: Any) -> Any:
    raw = given(value)
    if raw is None:
        return None
    known = coded("age_bands", raw)
    if known != raw:
        return known
    key = " ".join(w for w in fold(raw).split() if w not in _YEARS)
    bands = codelists().age_bands
    for pattern, band in (
        (_UNDER, lambda m: f"under {m[1]}"),
        (_OVER, lambda m: f"{m[1]}+"),
        (_RANGE, lambda m: f"{m[1]}-{m[2]}"),
    ):
        if (m := pattern.fullmatch(key)) and band(m) in bands:
            return band(m)
    return raw


def age(value: Any) -> Any:
    """An age in years, as the shipped age band it falls in."""
    raw = given(value)
    if raw is not None and plain(raw).isascii() and plain(raw).isdigit():
        return age_band_for(int(plain(raw)))
    return raw


def nationality(value: Any) -> Any:
    """An ISO 3166 alpha-3 or alpha-2 code in any case, or a country's name in any language
    (`country_names`)."""
    raw = given(value)
    if raw is None:
        return None
    return country_code(raw) or raw


def organization_type(value: Any) -> Any:
    raw = given(value)
    return None if raw is None else coded("organization_types", raw)


def yes_no(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    raw = text(value)
    if raw is None:
        return False
    key = fold(raw)
    if key in word_set("yes"):
        return True
    if not key or key in word_set("no") or key in word_set("blank"):
        return False
    return raw


@cache
def basis_spellings() -> dict[str, Spelling]:
    """Folded spelling -> legal basis (`privacy.LEGAL_BASES`): the bases themselves and the
    words of ``value_words.json``'s "legal_bases" ("consentement", "المصلحة العامة")."""
    with open(resources_dir() / "reference" / WORDS_FILE, encoding="utf-8") as handle:
        words: dict[str, list[str]] = json.load(handle).get("legal_bases", {})
    found: dict[str, Spelling] = {}
    for basis in LEGAL_BASES:
        for shown in (basis, *words.get(basis, ())):
            found.setdefault(fold(shown), Spelling(shown, basis))
    return found


def legal_basis(value: Any) -> Any:
    """A legal basis in any of the offices' languages, as stored; else as typed."""
    raw = given(value)
    if raw is None:
        return None
    found = basis_spellings().get(fold(raw))
    return found.value if found is not None else raw


def email(value: Any) -> Any:
    raw = text(value)
    return raw.removeprefix("mailto:") if raw else raw


NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "full_name": text,
    "given_name": text,
    "family_name": text,
    "sex": sex,
    "birth_year": birth_year,
    "age": age,
    "age_band": age_band,
    "nationality": nationality,
    "organization": text,
    "organization_type": organization_type,
    "position": text,
    "email": email,
    "phone": text,
    "consent": yes_no,
    "consent_date": a_date,
    "legal_basis": legal_basis,
    "basis_date": a_date,
    "basis_note": text,
    "id": text,
    "role": role,
}
