"""The columns of a people spreadsheet: which header means which field, in English, French,
Arabic (and a little Russian), and the one header each field is exported under.

The export writes `EXPORT_HEADERS` and the importer recognises every one of them, so a
file exported from one office imports into another column for column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldapp.domain.legal_basis import BASIS_LABELS
from fieldapp.domain.names import name_key
from fieldapp.domain.validation import LABELS

# Fields of `ParticipantBase`, in export order, and the header each is exported under.
PERSON_FIELDS: tuple[str, ...] = (
    "full_name",
    "sex",
    "birth_year",
    "age_band",
    "nationality",
    "organization",
    "organization_type",
    "position",
    "email",
    "phone",
    "consent",
    "consent_date",
    "legal_basis",
    "basis_date",
    "basis_note",
)
# Columns that feed a person field without being one: the registry id (to recognise a
# person exported from this registry), given and family names, an age in years.
EXTRA_FIELDS: tuple[str, ...] = ("id", "given_name", "family_name", "age")
FIELD_LABELS: dict[str, str] = {
    **{f: LABELS[f] for f in PERSON_FIELDS if f in LABELS},
    "organization": "Organization",
    "position": "Position",
    "consent": "Consent",
    "legal_basis": BASIS_LABELS["legal_basis"],
    "basis_date": "Legal basis since",
    "basis_note": "Legal basis reason",
    "id": "ID",
    "given_name": "First name",
    "family_name": "Last name",
    "age": "Age",
}
EXPORT_FIELDS: tuple[str, ...] = ("id", *PERSON_FIELDS)
EXPORT_HEADERS: tuple[str, ...] = tuple(FIELD_LABELS[f] for f in EXPORT_FIELDS)

SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "record id", "person id", "identifiant"),
    "full_name": (
        "full name", "name", "names", "participant", "participant name", "name of participant",
        "nom complet", "nom et prenom", "nom et prenoms", "prenom et nom", "nom prenom",
        "nom du participant", "participant e",
        "الاسم الكامل", "الاسم", "اسم المشارك", "الاسم واللقب", "الاسم و اللقب",
        "фио", "полное имя",
    ),
    "given_name": ("first name", "given name", "forename", "prenom", "prenoms",
                   "الاسم الاول", "الاسم الشخصي", "имя"),
    "family_name": ("last name", "family name", "surname", "nom", "nom de famille",
                    "اللقب", "اسم العائلة", "الكنية", "фамилия"),
    "sex": ("sex", "gender", "sexe", "genre", "m f", "f m", "h f", "الجنس", "النوع", "пол"),
    "birth_year": (
        "birth year", "year of birth", "date of birth", "birth date", "dob", "born",
        "annee de naissance", "date de naissance", "ne e", "ne e le", "ne e en", "naissance",
        "سنة الميلاد", "تاريخ الميلاد", "تاريخ الولادة", "год рождения", "дата рождения",
    ),
    "age": ("age", "age years", "age ans", "العمر", "السن", "возраст"),
    "age_band": ("age band", "age group", "age range", "tranche d age", "classe d age",
                 "groupe d age", "الفئة العمرية", "возрастная группа"),
    "nationality": ("nationality", "citizenship", "country", "nationalite", "pays",
                    "الجنسية", "البلد", "الدولة", "гражданство", "страна"),
    "organization": (
        "organization", "organisation", "institution", "agency", "ministry", "employer",
        "organisme", "structure", "administration", "ministere", "service",
        "المؤسسة", "الجهة", "الهيئة", "جهة العمل", "организация", "ведомство",
    ),
    "organization_type": (
        "organization type", "organisation type", "type of organization",
        "type of organisation", "sector", "type d organisation", "type d organisme",
        "type d institution", "secteur", "نوع المؤسسة", "نوع الجهة", "القطاع",
        "тип организации",
    ),
    "position": ("position", "job title", "title", "function", "rank", "grade", "fonction",
                 "poste", "titre", "المنصب", "الوظيفة", "الرتبة", "должность"),
    "email": ("e mail", "email", "mail", "email address", "courriel", "adresse e mail",
              "adresse electronique", "البريد الالكتروني", "البريد", "электронная почта"),
    "phone": ("phone", "telephone", "phone number", "mobile", "tel", "gsm", "portable",
              "الهاتف", "رقم الهاتف", "الجوال", "телефон"),
    "consent": ("consent", "consent given", "data consent", "consentement", "accord",
                "الموافقة", "موافقة", "согласие"),
    "consent_date": ("consent date", "date of consent", "date du consentement",
                     "date de consentement", "تاريخ الموافقة", "дата согласия"),
    "legal_basis": ("legal basis", "lawful basis", "basis for processing", "base legale",
                    "base juridique", "fondement juridique", "الاساس القانوني",
                    "السند القانوني", "правовое основание"),
    "basis_date": ("legal basis date", "basis date", "legal basis since",
                   "date de la base legale", "base legale depuis", "تاريخ الاساس القانوني",
                   "дата правового основания"),
    "basis_note": ("legal basis reason", "basis reason", "reason for processing",
                   "motif de la base legale", "motif du traitement", "سبب المعالجة",
                   "причина обработки"),
}  # fmt: skip

_PUNCTUATION = re.compile(r"[^\w\s]|_")


def fold_header(text: str) -> str:
    """A header as compared: `name_key` folding, punctuation as spaces ("E-mail" = "e mail",
    "Tranche d'âge" = "tranche d age", "الإسم" = "الاسم")."""
    return " ".join(_PUNCTUATION.sub(" ", name_key(text)).split())


HEADER_FIELDS: dict[str, str] = {
    fold_header(header): name
    for name, headers in SYNONYMS.items()
    for header in (*headers, FIELD_LABELS[name], name)
}


@dataclass(frozen=True)
class Mapping:
    """Which spreadsheet header feeds which field; ``unmapped`` headers are not read."""

    columns: dict[int, str]  # column index -> field
    headers: list[str]
    unmapped: list[str]
    notes: list[str]

    def header_of(self, name: str) -> str | None:
        """The spreadsheet's header for a field (for a full name made of given and family
        names, the given-name column)."""
        wanted = ("given_name", "family_name") if name == "full_name" else ()
        for candidate in (name, *wanted, *(("age",) if name == "age_band" else ())):
            for index, field in self.columns.items():
                if field == candidate:
                    return self.headers[index]
        return None

    @property
    def by_header(self) -> dict[str, str]:
        return {self.headers[i]: f for i, f in sorted(self.columns.items())}


def field_of(text: str) -> str | None:
    """The field named by a --map value: a field name or its label ("sex", "Full name")."""
    return HEADER_FIELDS.get(fold_header(text)) if fold_header(text) else None


def map_columns(headers: list[str], explicit: dict[str, str] | None = None) -> Mapping:
    """Map each header to a field by its synonyms; ``explicit`` (header -> field name, or
    "" to ignore a column) overrides them. Raises ValueError naming an unknown header or field.
    """
    folded = [fold_header(h) for h in headers]
    chosen: dict[int, str] = {}
    notes: list[str] = []
    forced: set[int] = set()
    for header, target in (explicit or {}).items():
        try:
            index = folded.index(fold_header(header))
        except ValueError:
            raise ValueError(f"the file has no column “{header}”") from None
        forced.add(index)
        if not target.strip() or target.strip() in ("-", "ignore"):
            continue
        name = target.strip() if target.strip() in FIELD_LABELS else field_of(target)
        if name is None:
            known = ", ".join(FIELD_LABELS)
            raise ValueError(f"“{target}” is not a field we know (use one of {known})")
        chosen[index] = name
    taken = set(chosen.values())
    for index, key in enumerate(folded):
        if index in forced or not key:
            continue
        name = HEADER_FIELDS.get(key)
        if name is None:
            continue
        if name in taken:
            first = next(headers[i] for i, f in chosen.items() if f == name)
            notes.append(
                f"“{headers[index]}” also looks like {FIELD_LABELS[name]}; "
                f"“{first}” is used, “{headers[index]}” is not read."
            )
            continue
        chosen[index] = name
        taken.add(name)
    unmapped = [h for i, h in enumerate(headers) if i not in chosen and h]
    return Mapping(columns=chosen, headers=list(headers), unmapped=unmapped, notes=notes)


def parse_map_option(text: str) -> dict[str, str]:
    """``"Nom complet=full_name,Genre=sex"`` as a dict; raises ValueError if malformed."""
    found: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        header, sep, target = part.partition("=")
        if not sep or not header.strip():
            raise ValueError(f"“{part}” is not HEADER=FIELD")
        found[header.strip()] = target.strip()
    return found
