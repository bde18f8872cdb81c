"""Reading spreadsheets as they arrive from field offices, and the values in them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from fieldapp.reports import people_values as values
from fieldapp.reports.tabular import decode, read_table, sniff_delimiter


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Nom;Sexe\nLeïla;F\n".encode("cp1252"), "cp1252"),
        ("Name\tSex\nИван\tM\n".encode("utf-16-le"), "utf-16"),  # no byte-order mark
        ("Name\tSex\nمحمد\tM\n".encode("utf-16"), "utf-16"),
        ("Name,Sex\nИван,M\n".encode("utf-8-sig"), "utf-8"),
        (b"Nom;Sexe\nL\x81la;F\n", "latin-1"),  # a byte cp1252 leaves undefined
    ],
)
def test_encodings_are_recognised(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert text.splitlines()[0] in ("Nom;Sexe", "Name\tSex", "Name,Sex")


def test_the_delimiter_is_the_one_that_splits_rows_evenly() -> None:
    assert sniff_delimiter("Nom;Organisation\nBenali, Amina;DGSN, Rabat\nTazi;Police\n") == ";"
    assert sniff_delimiter("Name\tOrganization\nAmina;x\tDGSN, Rabat\n") == "\t"
    assert sniff_delimiter("Name,Sex\nAmina,F\n") == ","
    assert sniff_delimiter("Name\nAmina\n") == ","


def test_a_title_above_the_header_and_excel_s_sep_line(tmp_path: Path) -> None:
    csv_file = tmp_path / "liste.csv"
    csv_file.write_text(
        "sep=;\nListe des participants;;\n;;\nNom complet;Sexe;Pays\nAmina Benali;F;MAR\n",
        encoding="utf-8",
    )
    table = read_table(csv_file, is_header=lambda cells: "Nom complet" in cells)
    assert table.headers == ["Nom complet", "Sexe", "Pays"]
    assert table.rows == [(4, ["Amina Benali", "F", "MAR"])]  # Excel hides the sep= line
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B2"] = "Atelier de Rabat, 12-14 mai 2025"
    sheet.append([None, "الاسم الكامل", "الجنس"])
    sheet.append([None, "سارة الشامي", "أنثى"])
    book.save(tmp_path / "liste.xlsx")
    table = read_table(tmp_path / "liste.xlsx", is_header=lambda cells: "الجنس" in cells)
    assert table.headers == ["", "الاسم الكامل", "الجنس"]
    assert table.rows == [(4, [None, "سارة الشامي", "أنثى"])]


def test_values_are_normalised_or_left_for_the_domain_to_refuse() -> None:
    assert [values.sex(v) for v in ("F", "femme", "أنثى", "Ж", "H", "ذكر", None, "Z")] == [
        "female", "female", "female", "female", "male", "male", "not recorded", "Z",
    ]  # fmt: skip
    assert values.a_date("05/03/2024") == date(2024, 3, 5)
    assert values.a_date("5.3.2024") == date(2024, 3, 5)
    assert values.a_date("2024-03-05 00:00:00") == date(2024, 3, 5)
    assert values.a_date(45356) == date(2024, 3, 5)  # an Excel serial
    assert values.a_date(datetime(2024, 3, 5, 9, 30)) == date(2024, 3, 5)
    assert values.a_date("31/02/2024") == "31/02/2024"
    assert values.birth_year("1984") == 1984
    assert values.birth_year(1984.0) == 1984
    assert values.birth_year("12/07/1984") == 1984
    assert values.birth_year(30875) == 1984  # the serial of 1984-07-12
    assert values.birth_year(85) == 85, "a two-digit year is not guessed"
    assert [values.yes_no(v) for v in ("oui", "نعم", "Да", "x", None, "non", "لا")] == [
        True, True, True, True, False, False, False,
    ]  # fmt: skip
    assert values.yes_no("peut-être") == "peut-être"
    assert values.nationality("morocco") == "MAR" and values.nationality("kaz") == "KAZ"
    assert values.organization_type("Douanes") == "border/customs"
    assert values.organization_type("Law Enforcement") == "law enforcement"
    assert values.age_band("25–34") == "25-34" and values.age_band("moins de 18") == "under 18"
    assert values.age(30) == "25-34"
    assert values.text(612345678.0) == "612345678" and values.text("'=SUM(A1)") == "=SUM(A1)"
