"""A messy 30-row sign-up sheet, written the ways field offices send them.

The same 30 people (5 of them with one mistake each) in four files: a French Excel CSV
(cp1252, semicolons, dd/mm/yyyy), a UTF-16 "Unicode text" export (tabs, English synonyms),
a UTF-8 CSV with a byte-order mark (first and last names apart, d.m.yyyy), and a workbook
with Arabic headers and Excel date serials. cp1252 cannot hold Arabic or Cyrillic, so that
file carries the names transliterated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

FIELDS = (
    "full_name", "sex", "birth_year", "nationality", "organization", "organization_type",
    "position", "email", "phone", "consent", "consent_date", "notes",
)  # fmt: skip
NAMES = [
    ("Leïla Haddad", None), ("محمد العلوي", "Mohamed El Alaoui"), ("Иван Петров", "Ivan Petrov"),
    ("Amina Benali", None), ("Сауле Ахметова", "Saule Akhmetova"), ("فاطمة الزهراء", "Fatima Zahra"),
    ("Jean-Luc Ndiaye", None), ("Айгерим Нурланова", "Aigerim Nurlanova"), ("Youssef Tazi", None),
    ("عبد الكريم بنعلي", "Abdelkarim Benali"), ("Ольга Смирнова", "Olga Smirnova"), ("Hamza Alaoui", None),
    ("سارة الشامي", "Sara Chami"), ("Нурлан Касымов", "Nurlan Kasymov"), ("Élodie Martin", None),
    ("خالد العلي", "Khaled Ali"), ("Karim Chraibi", None), ("Дина Ержанова", "Dina Erzhanova"),
    ("Nadia El Amrani", None), ("ليلى منصور", "Layla Mansour"), ("Omar Fassi", None),
    ("Тимур Каримов", "Timur Karimov"), ("Salma Idrissi", None), ("Rachid Berrada", None),
    ("Zineb Kettani", None), ("Mehdi Lahlou", None), ("Ines Bennani", None),
    ("Said Ouali", None), ("Hind Sqalli", None), ("Adil Mernissi", None),
]  # fmt: skip
NATIONALITIES = [("MAR", "MAR"), ("mar", "MAR"), ("Morocco", "MAR"), ("KAZ", "KAZ"),
                 ("Kazakhstan", "KAZ"), ("jor", "JOR"), ("", None)]  # fmt: skip
ORG_TYPES = [("Police", "law enforcement"), ("law enforcement", "law enforcement"),
             ("Douanes", "border/customs"), ("judiciary/prosecution", "judiciary/prosecution"),
             ("", None)]  # fmt: skip
# Data position -> (field, bad value, words the message must hold).
BAD = {
    3: ("sex", "Z", "“Z” is not a known value"),
    8: ("email", "jean.dupont(at)example", "is not an e-mail address"),
    14: ("birth_year", 1890, "1890 is not plausible"),
    21: ("nationality", "Atlantis", "“Atlantis” is not a known country"),
    27: ("consent_date", "31/02/2024", "is not a date"),
}
BLANK_AFTER = 10  # a blank line after this data position: later rows are one further down


def row_number(position: int) -> int:
    """The spreadsheet row of a data position (header = row 1, one blank row)."""
    return position + 2 + (position > BLANK_AFTER)


def expected_people(latin: bool) -> list[dict[str, Any]]:
    """The 30 people as the registry should store them (bad ones included, for their names)."""
    people = []
    for i, (name, latin_name) in enumerate(NAMES):
        consent = i % 4 != 3
        people.append(
            {
                "full_name": (latin_name or name) if latin else name,
                "sex": "female" if i % 2 == 0 else "male",
                "birth_year": 1960 + i if i % 5 != 4 else None,
                "nationality": NATIONALITIES[i % len(NATIONALITIES)][1],
                "organization": "Ministère de l'Intérieur" if i % 2 else "Sûreté nationale",
                "organization_type": ORG_TYPES[i % len(ORG_TYPES)][1],
                "position": "Commissaire" if i % 3 == 0 else None,
                "email": f"person{i}@example.org" if i % 3 != 2 else None,
                "phone": f"+212 600 000 {i:03d}" if i % 2 == 0 else None,
                "consent": consent,
                "consent_date": date(2024, 3, i % 28 + 1) if consent else None,
                "age_band": None,
            }
        )
    return people


def good_people(latin: bool) -> list[dict[str, Any]]:
    return [p for i, p in enumerate(expected_people(latin)) if i not in BAD]


@dataclass(frozen=True)
class Variant:
    name: str
    headers: tuple[str, ...]  # one per FIELDS ("" + given/family handled by split_names)
    female: str
    male: str
    yes: str
    no: str
    day: Callable[[date], Any]
    year: Callable[[int], Any]
    latin: bool = False
    split_names: tuple[str, str] | None = None

    def header(self, name: str) -> str:
        if name == "full_name" and self.split_names:
            return self.split_names[0]
        return self.headers[FIELDS.index(name)]

    def cells(self) -> tuple[list[str], list[list[Any]]]:
        """Header and rows (with the blank one) as they will be written."""
        headers = list(self.headers)
        if self.split_names:
            headers[0:1] = list(self.split_names)
        rows: list[list[Any]] = []
        for i, p in enumerate(expected_people(self.latin)):
            nat_cell = NATIONALITIES[i % len(NATIONALITIES)][0]
            org_cell = ORG_TYPES[i % len(ORG_TYPES)][0]
            email = p["email"].upper() if p["email"] and i % 4 == 0 else p["email"]
            row: dict[str, Any] = {
                "full_name": ("  " + p["full_name"] + " ") if i == 0 else p["full_name"],
                "sex": self.female if p["sex"] == "female" else self.male,
                "birth_year": self.year(p["birth_year"]) if p["birth_year"] else None,
                "nationality": nat_cell,
                "organization": p["organization"],
                "organization_type": org_cell,
                "position": p["position"],
                "email": email,
                "phone": p["phone"],
                "consent": self.yes if p["consent"] else self.no,
                "consent_date": self.day(p["consent_date"]) if p["consent_date"] else None,
                "notes": "arrivé en retard" if i % 7 == 0 else None,
            }
            if i in BAD:
                bad_field, value, _ = BAD[i]
                row[bad_field] = value
            values = [row[f] for f in FIELDS]
            if self.split_names:
                given, _, family = row["full_name"].strip().partition(" ")
                values[0:1] = [given, family]
            rows.append(values)
            if i == BLANK_AFTER:
                rows.append([None] * len(values))
        return headers, rows


def _serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


VARIANTS = {
    "cp1252-semicolon-french": Variant(
        "cp1252-semicolon-french",
        ("Nom complet", "Sexe", "Année de naissance", "Nationalité", "Organisation",
         "Type d'organisation", "Fonction", "Courriel", "Téléphone", "Consentement",
         "Date du consentement", "Remarques"),
        "Femme", "Homme", "oui", "non", lambda d: d.strftime("%d/%m/%Y"), str, latin=True,
    ),
    "utf16-tab-english": Variant(
        "utf16-tab-english",
        ("Name", "Gender", "Year of birth", "Country", "Institution", "Sector", "Job title",
         "Email address", "Mobile", "Consent given", "Date of consent", "Notes"),
        "Female", "Male", "Yes", "No", date.isoformat, str,
    ),
    "utf8-bom-split-names": Variant(
        "utf8-bom-split-names",
        ("", "Gender", "Birth year", "Nationality", "Organisation", "Organization type",
         "Position", "E-mail", "Phone", "Consent", "Consent date", "Comments"),
        "f", "m", "TRUE", "FALSE", lambda d: f"{d.day}.{d.month}.{d.year}", str,
        split_names=("Prénom", "Nom"),
    ),
    "xlsx-arabic-serials": Variant(
        "xlsx-arabic-serials",
        ("الاسم الكامل", "الجنس", "تاريخ الميلاد", "الجنسية", "الجهة", "نوع الجهة", "المنصب",
         "البريد الإلكتروني", "رقم الهاتف", "الموافقة", "تاريخ الموافقة", "ملاحظات"),
        "أنثى", "ذكر", "نعم", "لا", _serial, lambda y: _serial(date(y, 6, 15)),
    ),
}  # fmt: skip


def write_variant(variant: Variant, folder: Path) -> Path:
    headers, rows = variant.cells()
    if variant.name.startswith("xlsx"):
        path = folder / "inscriptions.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
        book.save(path)
        return path
    delimiter, encoding = {
        "cp1252-semicolon-french": (";", "cp1252"),
        "utf16-tab-english": ("\t", "utf-16"),
        "utf8-bom-split-names": (",", "utf-8-sig"),
    }[variant.name]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path = folder / "inscriptions.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path
