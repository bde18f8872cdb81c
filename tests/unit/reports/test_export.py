"""Exports to CSV and XLSX, and the people export imported back into a fresh registry."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import AttendanceBase, EventBase, EventTags, ParticipantBase
from fieldapp.reports.export import export
from fieldapp.reports.people_columns import EXPORT_HEADERS
from fieldapp.reports.people_import import commit_import, plan_import
from fieldapp.reports.tabular import ExchangeError, JobCancelled
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.reports.test_people_import import registry

PEOPLE = [
    ParticipantBase(
        full_name="محمد بن عبد الله",
        sex="male",
        birth_year=1979,
        nationality="JOR",
        organization="مديرية الأمن العام",
        organization_type="law enforcement",
        position="نقيب",
        email="m.abdallah@psd.gov.jo",
        phone="+962 6 123 4567",
        consent=True,
        consent_date=date(2025, 2, 1),
    ),
    ParticipantBase(
        full_name="Ольга Смирнова",
        sex="female",
        age_band="35-44",
        nationality="KAZ",
        organization='Prosecutor\'s Office, "Astana"; dept. 2',
        organization_type="judiciary/prosecution",
        phone="0612345678",
    ),
    ParticipantBase(full_name="Leïla  Haddad", sex="other", organization="=HYPERLINK(evil)"),
    ParticipantBase(full_name="X Æ Ñ", sex="not recorded", position="line one\nline two"),
]


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    store, _ = Store.create(
        tmp_path / "other",
        passphrase=PASSPHRASE,
        office_name="PO Astana",
        country="KAZ",
        kdf=FAST_KDF,
    )
    yield store
    store.close()


@pytest.fixture
def filled(store: Store) -> dict[str, Any]:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(PEOPLE)
        workshop = repo.add_event(
            EventBase(
                title="Atelier frontières",
                event_type="workshop",
                start_date=date(2025, 3, 3),
                end_date=date(2025, 3, 5),
                status="held",
                host_country="MAR",
            ),
            EventTags(beneficiary_countries=["MAR", "TUN"], outcomes=["2.1"]),
        )
        later = repo.add_event(
            EventBase(
                title="Conference 2026",
                event_type="conference",
                start_date=date(2026, 1, 10),
                end_date=date(2026, 1, 10),
            )
        )
        repo.add_attendance(
            [
                AttendanceBase(
                    event_id=workshop,
                    participant_id=people[0],
                    pre_test_score=40,
                    post_test_score=75.5,
                    satisfaction=5,
                    completed=True,
                ),
                AttendanceBase(event_id=workshop, participant_id=people[1]),
                AttendanceBase(event_id=later, participant_id=people[0]),
            ]
        )
    return {"people": people, "workshop": workshop, "later": later}


def read_back(path: Path) -> list[list[Any]]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    # Empty trailing cells are not written, so a row can be shorter than the header.
    return [row + [None] * (len(rows[0]) - len(row)) for row in rows]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips_people_exactly(
    store: Store, other_store: Store, tmp_path: Path, suffix: str, filled: dict[str, Any]
) -> None:
    path = tmp_path / f"people{suffix}"
    with store.engine.connect() as conn:
        assert export(conn, "people", path) == len(PEOPLE)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" if suffix == ".csv" else b"PK")
    assert read_back(path)[0] == list(EXPORT_HEADERS)
    with other_store.engine.connect() as conn:
        found = plan_import(conn, path)
    assert found.errors == [] and found.mapping.unmapped == []
    result = commit_import(other_store, found)
    assert result.added == len(PEOPLE)
    assert registry(other_store) == registry(store)
    with store.engine.connect() as conn:
        again = plan_import(conn, path)
    assert {m.reason for m in again.matches.values()} == {"same ID"}
    assert again.to_add == 0


def test_a_formula_in_a_name_stays_text(store: Store, tmp_path: Path, filled: Any) -> None:
    with store.engine.connect() as conn:
        export(conn, "people", tmp_path / "p.csv")
        export(conn, "people", tmp_path / "p.xlsx")
    organizations = {r[6] for r in read_back(tmp_path / "p.csv")}
    assert "'=HYPERLINK(evil)" in organizations, "Excel would run a bare =… as a formula"
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    cells = [
        c for row in book.worksheets[0].iter_rows() for c in row if c.value == "=HYPERLINK(evil)"
    ]
    assert cells and all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_events_and_attendance_exports_hold_the_period(
    store: Store, tmp_path: Path, suffix: str, filled: dict[str, Any]
) -> None:
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    with store.engine.connect() as conn:
        assert export(conn, "events", tmp_path / f"e{suffix}", period=year) == 1
        assert export(conn, "attendance", tmp_path / f"a{suffix}", period=year) == 2
        assert export(conn, "events", tmp_path / f"all{suffix}") == 2
    events = read_back(tmp_path / f"e{suffix}")
    event = dict(zip(events[0], events[1], strict=True))
    assert event["Title"] == "Atelier frontières"
    assert event["Beneficiary countries"] == "MAR; TUN" and event["Outcomes"] == "2.1"
    assert str(event["Registered participants"]) == "2"
    header, *rows = read_back(tmp_path / f"a{suffix}")
    attendance = [dict(zip(header, r, strict=True)) for r in rows]
    scored = next(r for r in attendance if r["Full name"] == "محمد بن عبد الله")
    assert str(scored["Post-test score"]) == "75.5" and str(scored["Satisfaction"]) == "5"
    assert scored["Completed"] in ("yes", True)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_indicators_export_matches_the_computed_figures(
    store: Store, tmp_path: Path, suffix: str, filled: dict[str, Any]
) -> None:
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    with store.engine.connect() as conn:
        export(conn, "indicators", tmp_path / f"i{suffix}", period=year)
        expected = compute_indicators(conn, INDICATOR_TABLES, year)
    rows = read_back(tmp_path / f"i{suffix}")
    assert rows[0] == ["Figure", "Breakdown", "Key", "Value"]
    figures = {(r[0], r[1] or "", r[2] or ""): r[3] for r in rows[1:]}
    assert str(figures[("Individuals trained", "", "")]) == str(expected.individuals_trained) == "2"
    assert str(figures[("Events held", "Event type", "workshop")]) == "1"
    assert str(figures[("Individuals trained", "Beneficiary country", "TUN")]) == "2"
    assert str(figures[("Individuals trained", "Sex and age band", "female, 35-44")]) == "1"
    assert str(figures[("Events from", "", "")]).startswith("2025-01-01")
    nationalities = {
        k: str(v) for (f, b, k), v in figures.items() if b == "Participants' nationality"
    }
    assert nationalities == {"JOR": "1", "KAZ": "1"}
    assert {f for (f, b, _k) in figures if b == "Participants' nationality"} == {
        "People (each once)"
    }


def test_exports_leave_no_plaintext_in_the_temp_folder(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled: Any
) -> None:
    spy = tmp_path / "tmp"
    spy.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy))
    with store.engine.connect() as conn:
        export(conn, "people", tmp_path / "people.xlsx")
    assert list(spy.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["people.xlsx"]


def test_a_cancelled_or_refused_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}") for i in range(1500)]
        )
    with store.engine.connect() as conn:
        with pytest.raises(JobCancelled):
            export(conn, "people", tmp_path / "p.xlsx", cancel=lambda: True)
        with pytest.raises(ExchangeError, match=r"\.csv or \.xlsx"):
            export(conn, "people", tmp_path / "p.txt")
    assert list(tmp_path.glob("p.*")) == []


# --- formulas and file modes ----------------------------------------------------------------

FORMULAS = [
    "=HYPERLINK(evil)",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",  # full-width forms: spreadsheets in CJK locales read these as formulas too
    "＋1+1",
    "－1+1",
    "＠SUM(1)",
]


def test_every_formula_leading_character_is_neutralised_in_csv(tmp_path: Path) -> None:
    from fieldapp.reports.tabular import write_table

    rows = [(text, -5, -3.5, "plain", "-7") for text in FORMULAS]
    write_table(tmp_path / "f.csv", ["Text", "Int", "Float", "Plain", "Text number"], rows)
    _header, *cells = read_back(tmp_path / "f.csv")
    assert [c[0] for c in cells] == ["'" + text for text in FORMULAS]
    assert all(c[1:] == ["-5", "-3.5", "plain", "'-7"] for c in cells), (
        "numbers stay numbers; only text is quoted"
    )


def test_every_formula_leading_character_stays_text_in_xlsx(tmp_path: Path) -> None:
    from fieldapp.reports.tabular import write_table

    rows = [(text, -5, -3.5) for text in FORMULAS]
    write_table(tmp_path / "f.xlsx", ["Text", "Int", "Float"], rows)
    book = openpyxl.load_workbook(tmp_path / "f.xlsx")
    sheet = book.worksheets[0]
    texts = [row[0] for row in sheet.iter_rows(min_row=2)]
    # The value itself is kept whole (XML reads a carriage return back as a line feed).
    assert [c.value for c in texts] == [t.replace("\r", "\n") for t in FORMULAS]
    assert all(c.data_type == "s" and c.quotePrefix for c in texts)
    numbers = [c for row in sheet.iter_rows(min_row=2) for c in row[1:]]
    assert {c.value for c in numbers} == {-5, -3.5} and {c.data_type for c in numbers} == {"n"}
    import zipfile

    with zipfile.ZipFile(tmp_path / "f.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"<f " not in xml, "no cell is stored as a formula"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_text_round_trips_through_export_and_import(
    store: Store, other_store: Store, tmp_path: Path, suffix: str
) -> None:
    people = [
        ParticipantBase(full_name=f"Person {i}", organization=text.strip(), position=text.strip())
        for i, text in enumerate(FORMULAS)
    ]
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(people)
    path = tmp_path / f"people{suffix}"
    with store.engine.connect() as conn:
        export(conn, "people", path)
    with other_store.engine.connect() as conn:
        found = plan_import(conn, path)
    assert found.errors == []
    commit_import(other_store, found)
    assert registry(other_store) == registry(store)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exports_are_readable_by_their_owner_only_whatever_the_umask(
    store: Store, tmp_path: Path, suffix: str, filled: Any
) -> None:
    import os

    path = tmp_path / f"people{suffix}"
    path.write_bytes(b"an older export, world-readable")
    path.chmod(0o644)
    (tmp_path / f"people{suffix}.part").write_bytes(b"left by a killed export")
    (tmp_path / f"people{suffix}.part").chmod(0o644)
    old = os.umask(0o022)
    try:
        with store.engine.connect() as conn:
            for kind in ("people", "events", "attendance", "indicators"):
                target = path if kind == "people" else tmp_path / f"{kind}{suffix}"
                export(conn, kind, target)
                assert target.stat().st_mode & 0o777 == 0o600, kind
    finally:
        os.umask(old)
    assert read_back(path)[0] == list(EXPORT_HEADERS)
