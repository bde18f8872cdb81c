"""Cell values of a people spreadsheet turned into the values the registry stores.

Each normaliser recognises the spellings people type (F, Femme, أنثى; 05/03/1984; an Excel
date serial; oui, نعم) and returns the stored value. What it does not recognise is returned
as typed, so the domain's own rules (`fieldapp.domain.validation`) reject it with the same
words the forms and HQ use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.names import name_key
from fieldapp.domain.vocab import age_band_for
from fieldapp.reports.tabular import FORMULA_LEADS

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's leap-year bug included)
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_UNDER = re.compile(r"(?:under|moinsde|<)(\d+)")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?")


@lru_cache(maxsize=4096)  # the same few spellings of sex, country, yes... on every row
def fold(text: str) -> str:
    """A value as compared: `name_key`, without dots and with one kind of dash."""
    return " ".join(name_key(text).replace(".", " ").replace("–", "-").split())


SEXES: dict[str, str] = {
    **dict.fromkeys(
        ("f", "female", "femme", "feminin", "w", "woman", "women", "fille", "mme", "madame",
         "أنثى", "انثى", "امرأة", "امراة", "ж", "жен", "женский", "женщина"),
        "female",
    ),
    **dict.fromkeys(
        ("m", "male", "homme", "masculin", "h", "man", "men", "garcon", "mr", "monsieur",
         "ذكر", "رجل", "м", "муж", "мужской", "мужчина"),
        "male",
    ),
    **dict.fromkeys(("other", "autre", "x", "آخر", "اخر", "другой"), "other"),
    **dict.fromkeys(
        ("not recorded", "unknown", "n a", "na", "inconnu", "non renseigne", "nr",
         "غير محدد", "не указан"),
        "not recorded",
    ),
}  # fmt: skip
YES = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "نعم", "да", "✓", "✔", "on"}
NO = {"no", "n", "false", "0", "non", "faux", "لا", "нет", "off"}
ORGANIZATION_TYPES: dict[str, str] = {
    "gouvernement": "government", "ministere": "government", "حكومة": "government",
    "حكومي": "government", "police": "law enforcement", "gendarmerie": "law enforcement",
    "forces de l ordre": "law enforcement", "securite": "law enforcement",
    "شرطة": "law enforcement", "أمن": "law enforcement", "امن": "law enforcement",
    "border": "border/customs", "customs": "border/customs", "douane": "border/customs",
    "douanes": "border/customs", "frontieres": "border/customs", "جمارك": "border/customs",
    "judiciary": "judiciary/prosecution", "prosecution": "judiciary/prosecution",
    "justice": "judiciary/prosecution", "judiciaire": "judiciary/prosecution",
    "parquet": "judiciary/prosecution", "قضاء": "judiciary/prosecution",
    "parlement": "parliament", "برلمان": "parliament", "societe civile": "civil society",
    "ngo": "civil society", "ong": "civil society", "مجتمع مدني": "civil society",
    "universite": "academia", "academique": "academia", "university": "academia",
    "جامعة": "academia", "secteur prive": "private sector", "قطاع خاص": "private sector",
    "organisation internationale": "international organization",
    "منظمة دولية": "international organization", "medias": "media", "إعلام": "media",
    "اعلام": "media", "autre": "other", "آخر": "other", "اخر": "other",
}  # fmt: skip


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


def sex(value: Any) -> Any:
    raw = text(value)
    if raw is None:
        return "not recorded"
    return SEXES.get(fold(raw), raw)


def a_date(value: Any) -> Any:
    """ISO dates, dd/mm/yyyy (also with dots or dashes), Excel cells and serials."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))
    raw = text(value)
    if raw is None:
        return None
    try:
        if m := _YMD.fullmatch(raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(raw):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    return raw


def birth_year(value: Any) -> Any:
    """A year, or the year of a birth date (as text, as an Excel date or serial)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1000 <= value <= 2999:
            return int(value)
        found = a_date(value) if value > 3000 else value  # above 3000: an Excel date serial
        return found.year if isinstance(found, date) else value
    raw = text(value)
    if raw is None:
        return None
    if raw.isdigit() and len(raw) == 4:
        return int(raw)
    found = a_date(raw)
    return found.year if isinstance(found, date) else raw


def age_band(value: Any) -> Any:
    raw = text(value)
    if raw is None:
        return None
    key = fold(raw).replace(" ", "")
    for band in codelists().age_bands:
        if key == band.replace(" ", ""):
            return band
    if m := _UNDER.fullmatch(key):
        return f"under {m[1]}"
    return raw


def age(value: Any) -> Any:
    """An age in years, as the shipped age band it falls in."""
    raw = text(value)
    if raw is not None and raw.isdigit():
        return age_band_for(int(raw))
    return raw


_derived: dict[str, tuple[CodeLists, dict[str, str]]] = {}


def _lookup(name: str, build: Callable[[CodeLists], dict[str, str]]) -> dict[str, str]:
    """A folded spelling -> code table built from the code lists in use, rebuilt when HQ's
    newer lists replace them (`use_lists`)."""
    lists = codelists()
    hit = _derived.get(name)
    if hit is None or hit[0] is not lists:
        hit = _derived[name] = (lists, build(lists))
    return hit[1]


def _countries(lists: CodeLists) -> dict[str, str]:
    found = {fold(name): code for code, name in lists.countries.items()}
    found.update({code.casefold(): code for code in lists.countries})
    return found


def _organization_types(lists: CodeLists) -> dict[str, str]:
    return {**ORGANIZATION_TYPES, **{fold(t): t for t in lists.organization_types}}


def nationality(value: Any) -> Any:
    """An ISO 3166 alpha-3 code in any case, or a country's name as the code list spells it."""
    raw = text(value)
    if raw is None:
        return None
    return _lookup("countries", _countries).get(fold(raw), raw)


def organization_type(value: Any) -> Any:
    raw = text(value)
    if raw is None:
        return None
    return _lookup("organization_types", _organization_types).get(fold(raw), raw)


def yes_no(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    raw = text(value)
    if raw is None:
        return False
    key = fold(raw)
    if key in YES:
        return True
    if key in NO:
        return False
    return raw


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
    "id": text,
}
