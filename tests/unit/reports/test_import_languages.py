"""Sign-up sheets as francophone, arabophone and russophone offices write them (issue 14):
values in their language, local dates, their Excel's code page; only the truly bad rows are
reported, each with what was probably meant; the rest lands in the real store as codes."""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldapp.reports import people_values as values
from fieldapp.reports.country_names import country_code
from fieldapp.reports.people_import import commit_import, plan_import
from fieldapp.reports.tabular import ExchangeError, decode
from fieldapp.reports.value_hints import closest
from fieldapp.store.repository import OUTBOX, PARTICIPANT
from fieldapp.store.store import Store

STORED = ("full_name", "sex", "birth_year", "nationality", "organization_type", "consent_date")


def cycle(pairs: list[tuple[Any, Any]], i: int) -> tuple[Any, Any]:
    return pairs[i % len(pairs)]


# (cell as the office writes it, value the registry must store)
SHEETS: dict[str, dict[str, Any]] = {
    "fr": {
        "headers": ["Nom complet", "Sexe", "Date de naissance", "Nationalité",
                    "Type d'organisation", "Consentement", "Date du consentement"],
        "sex": [("Femme", "female"), ("H", "male"), ("F", "female"), ("Homme", "male"),
                ("Fém.", "female"), ("M.", "male")],
        "nationality": [("Guinée", "GIN"), ("Mauritanie", "MRT"), ("Côte d’Ivoire", "CIV"),
                        ("Cote d Ivoire", "CIV"), ("Sénégal", "SEN"), ("République de Guinée",
                        "GIN"), ("Tunisie", "TUN"), ("Maroc", "MAR"), ("GN", "GIN"),
                        ("Russie", "RUS")],
        "organization_type": [("Forces de l'ordre", "law enforcement"),
                              ("Frontières/douanes", "border/customs"),
                              ("Société civile", "civil society"), ("Justice", "judiciary/prosecution"),
                              ("Gouvernement", "government"), ("Douanes", "border/customs")],
        "day": lambda d: d.strftime("%d/%m/%Y"), "yes": "oui",
        "bad": {3: ("nationality", "Guinee-Bisau", "Guinée-Bissau (GNB)"),
                8: ("sex", "Femmme", "femme (female)"),
                14: ("organization_type", "Forces de lordre", "forces de l’ordre (law enforcement)"),
                19: ("nationality", "Mauritanye", "Mauritanie (MRT)"),
                25: ("organization_type", "Fronitères", "frontières (border/customs)")},
        "rows": 29, "encoding": "cp1252", "delimiter": ";",
    },
    "ar": {
        "headers": ["الاسم الكامل", "الجنس", "تاريخ الميلاد", "الجنسية", "نوع الجهة", "الموافقة",
                    "تاريخ الموافقة"],
        "sex": [("أنثى", "female"), ("ذكر", "male"), ("انثى", "female")],
        "nationality": [("غينيا", "GIN"), ("المغرب", "MAR"), ("تونس", "TUN"),
                        ("موريتانيا", "MRT"), ("الأردن", "JOR"), ("مصر", "EGY")],
        "organization_type": [("شرطة", "law enforcement"), ("جمارك", "border/customs"),
                              ("قضاء", "judiciary/prosecution"), ("مجتمع مدني", "civil society")],
        "day": lambda d: f"{d.day} {['يناير', 'فبراير', 'مارس'][d.month - 1]} {d.year}",
        "yes": "نعم",
        "bad": {2: ("nationality", "موريتانيه", "موريتانيا (MRT)"),
                7: ("sex", "انتى", "أنثى (female)"),
                10: ("organization_type", "شرطى", "شرطة (law enforcement)")},
        "rows": 12, "encoding": "cp1256", "delimiter": ";",
    },
    "ru": {
        "headers": ["ФИО", "Пол", "Дата рождения", "Гражданство", "Тип организации",
                    "Согласие", "Дата согласия"],
        "sex": [("ж", "female"), ("м", "male"), ("жен.", "female"), ("Мужской", "male")],
        "nationality": [("Гвинея", "GIN"), ("Россия", "RUS"), ("Казахстан", "KAZ"),
                        ("Таджикистан", "TJK"), ("Киргизия", "KGZ"), ("Узбекистан", "UZB")],
        "organization_type": [("Правоохранительные органы", "law enforcement"),
                              ("Таможня", "border/customs"), ("Прокуратура", "judiciary/prosecution"),
                              ("Гражданское общество", "civil society")],
        "day": lambda d: d.strftime("%d.%m.%Y"), "yes": "да",
        "bad": {1: ("nationality", "Казахстн", "Казахстан (KAZ)"),
                6: ("organization_type", "Таможн", "таможня (border/customs)")},
        "rows": 10, "encoding": "cp1251", "delimiter": ";",
    },
}  # fmt: skip
NAMES = {
    "fr": "Aïssatou Diallo {}",
    "ar": "فاطمة بنت محمد {}",
    "ru": "Ольга Смирнова {}",
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def sheet(lang: str, *, arabic_digits: bool = False) -> tuple[list[str], list[list[Any]], dict]:
    """Header, rows, and what the registry must hold by row number (None for a bad row)."""
    spec = SHEETS[lang]
    rows: list[list[Any]] = []
    expected: dict[int, dict[str, Any] | None] = {}
    for i in range(spec["rows"]):
        born, consented = date(1960 + i, 3, 5), date(2024, 1 + i % 3, 5)
        cells = {"full_name": (NAMES[lang].format(i + 1), NAMES[lang].format(i + 1))}
        for field in ("sex", "nationality", "organization_type"):
            cells[field] = cycle(spec[field], i)
        day = spec["day"]
        birth = born.strftime("%d/%m/%Y").translate(ARABIC_DIGITS) if arabic_digits else day(born)
        cells["birth_year"] = (birth, born.year)
        cells["consent"] = (spec["yes"], True)
        cells["consent_date"] = (day(consented), consented)
        if i in spec["bad"]:
            field, typo, _ = spec["bad"][i]
            cells[field] = (typo, None)
        order = ("full_name", "sex", "birth_year", "nationality", "organization_type", "consent",
                 "consent_date")  # fmt: skip
        rows.append([cells[f][0] for f in order])
        expected[i + 2] = None if i in spec["bad"] else {f: cells[f][1] for f in STORED}
    return spec["headers"], rows, expected


def write_csv(lang: str, folder: Path) -> Path:
    headers, rows, _ = sheet(lang)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=SHEETS[lang]["delimiter"], lineterminator="\r\n")
    writer.writerows([headers, *rows])
    path = folder / f"inscriptions-{lang}.csv"
    path.write_bytes(out.getvalue().encode(SHEETS[lang]["encoding"]))
    return path


def write_xlsx(lang: str, folder: Path) -> Path:
    headers, rows, _ = sheet(lang, arabic_digits=True)
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    for row in (headers, *rows):
        ws.append(row)
    path = folder / f"inscriptions-{lang}.xlsx"
    book.save(path)
    return path


def stored(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        found = conn.execute(select(*(PARTICIPANT.c[f] for f in STORED))).mappings()
        return {r["full_name"]: dict(r) for r in found}


def count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.mark.parametrize(
    ("lang", "kind"), [("fr", "csv"), ("ar", "csv"), ("ar", "xlsx"), ("ru", "csv")]
)
def test_only_the_truly_bad_rows_are_reported_each_with_a_suggestion(
    store: Store, tmp_path: Path, lang: str, kind: str
) -> None:
    path = (write_csv if kind == "csv" else write_xlsx)(lang, tmp_path)
    with store.engine.connect() as conn:
        plan = plan_import(conn, path, today=date(2026, 1, 1))
    assert plan.problems == []
    if kind == "csv":
        assert SHEETS[lang]["encoding"] in plan.source and "“;” separated" in plan.source
    bad = SHEETS[lang]["bad"]
    assert plan.bad_rows == [i + 2 for i in sorted(bad)]
    headers = SHEETS[lang]["headers"]
    columns = {"sex": 1, "nationality": 3, "organization_type": 4}
    for error, (i, (field, typo, meant)) in zip(plan.errors, sorted(bad.items()), strict=True):
        assert (error.row, error.column) == (i + 2, headers[columns[field]])
        assert error.suggestions[0] == meant
        assert f"“{typo}”" in str(error) and f"did you mean {meant}" in str(error)
    result = commit_import(store, plan, skip_invalid=True)
    _, _, expected = sheet(lang)
    good = {e["full_name"]: e for e in expected.values() if e is not None}
    assert result.added == len(good) == SHEETS[lang]["rows"] - len(bad)
    assert stored(store) == good


def test_the_issue_s_francophone_sheet_imports_24_of_29_rows(store: Store, tmp_path: Path) -> None:
    path = write_csv("fr", tmp_path)
    assert "Guinée;" in path.read_bytes().decode("cp1252")  # as the office's Excel saved it
    with store.engine.connect() as conn:
        plan = plan_import(conn, path, today=date(2026, 1, 1))
    assert len(plan.rows) == 29 and len(plan.bad_rows) == 5
    assert commit_import(store, plan, skip_invalid=True).added == 24
    assert count(store, PARTICIPANT) == 24


def test_countries_by_name_in_any_language_or_code() -> None:
    written = {
        "Guinée": "GIN", "Гвинея": "GIN", "غينيا": "GIN", "Côte d'Ivoire": "CIV",
        "Cote d Ivoire": "CIV", "COTE D’IVOIRE": "CIV", "Ivory Coast": "CIV",
        "République de Guinée": "GIN", "Russian Federation": "RUS", "Russie": "RUS",
        "Россия": "RUS", "Tunisie": "TUN", "تونس": "TUN", "Marruecos": "MAR", "GN": "GIN",
        "gn": "GIN", "gin": "GIN", "State of Palestine": "PSE", "Gine": "GIN",  # Turkish
        "Guiné": "GIN", "الجزائر": "DZA", "الجزائر ": "DZA", "Atlantis": None, "": None,
    }  # fmt: skip
    assert {name: country_code(name) for name in written} == written
    assert values.nationality("N/A") is None, "'not given' is no Namibia (NA)"


def test_words_and_dates_in_the_offices_languages() -> None:
    assert [values.sex(v) for v in ("F", "Fém.", "ж.", "أنثى", "Mujer", "H", "муж", "ذكر")] == [
        "female", "female", "female", "female", "female", "male", "male", "male"
    ]  # fmt: skip
    assert [
        values.organization_type(v)
        for v in ("Forces de l'ordre", "Frontières/douanes", "Правоохранительные органы",
                  "جمارك", "Sociedad civil", "milieu universitaire")
    ] == ["law enforcement", "border/customs", "law enforcement", "border/customs",
          "civil society", "academia"]  # fmt: skip
    assert [values.role(v) for v in ("Formatrice", "مدرب", "Докладчик", "ponente")] == [
        "trainer",
        "trainer",
        "speaker",
        "speaker",
    ]
    assert [values.yes_no(v) for v in ("oui", "Sí", "да", "نعم", "нет", "non", "-")] == [
        True, True, True, True, False, False, False
    ]  # fmt: skip
    march_5 = date(1984, 3, 5)
    for written in ("05/03/1984", "05.03.1984", "1984/03/05", "٠٥/٠٣/١٩٨٤", "۰۵/۰۳/۱۹۸۴",
                    "5 mars 1984", "5 марта 1984 г.", "5 مارس 1984", "5 de marzo de 1984",
                    "March 5, 1984", "\u200f05/03/1984"):  # fmt: skip
        assert values.a_date(written) == march_5, written
    assert values.birth_year("١٩٨٤") == 1984
    assert values.a_date("31/02/1984") == "31/02/1984", "no such day: left for the rules"
    assert [values.age_band(v) for v in ("moins de 18 ans", "до 18 лет", "65 ans et +", "25 à 34")] == [
        "under 18", "under 18", "65+", "25-34"
    ]  # fmt: skip


def test_suggestions_are_in_the_language_the_value_was_written_in() -> None:
    assert closest("nationality", "Guinee-Bisau") == ["Guinée-Bissau (GNB)"]
    assert closest("nationality", "Гвинея-Бисау!")[0] == "Гвинея-Бисау (GNB)"
    assert closest("sex", "femal")[0] == "female"
    assert closest("age_band", "18-2") == ["18-24"]
    assert closest("nationality", "Zzyzx") == [] and closest("sex", "x" * 100_000) == []


@pytest.mark.parametrize(
    ("data", "encoding", "names"),
    [
        ("Nom;Pays\nAïssatou Diallo;Guinée\n".encode("cp1252"), "cp1252", "Aïssatou Diallo"),
        ("الاسم;البلد\nفاطمة الزهراء;غينيا\n".encode("cp1256"), "cp1256", "فاطمة الزهراء"),
        ("ФИО;Страна\nОльга Смирнова;Гвинея\n".encode("cp1251"), "cp1251", "Ольга Смирнова"),
        ("ФИО;Страна\nОльга;Гвинея\n".encode(), "utf-8", "Ольга"),
    ],
)
def test_the_code_page_of_each_office_s_excel_is_recognised(
    data: bytes, encoding: str, names: str
) -> None:
    text, found = decode(data)
    assert found == encoding and text.splitlines()[1].startswith(names)


def test_hostile_files_say_why_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    def refused(name: str, data: bytes, words: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ExchangeError, match=words), store.engine.connect() as conn:
            plan_import(conn, path)

    header = "Nom complet;Nationalité\n"
    refused("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000), "holds no text")
    refused("mixed.csv", (header + "Léa;Guinée\n").encode() + "Zoé;Mali\n".encode("cp1252"),
            "two encodings .line 1 is UTF-8, line 3 is not")  # fmt: skip
    refused("long-line.csv", (header + "x" * 10_000_000 + "\n").encode(), "line 2 cannot be read")
    refused("wide.csv", (header + "a;" * 5_000_000 + "\n").encode(), "beyond column 1,000")
    huge = tmp_path / "huge-cell.csv"
    huge.write_bytes((header + "Léa;" + "G" * 100_000 + "\nZoé;Mali\n").encode("utf-8"))
    with store.engine.connect() as conn:
        plan = plan_import(conn, huge)
    assert plan.bad_rows == [2] and plan.errors[0].suggestions == ()
    with pytest.raises(ExchangeError, match="1 row"):
        commit_import(store, plan)
    assert count(store, PARTICIPANT) == 0 and count(store, OUTBOX) == 0
