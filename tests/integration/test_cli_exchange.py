"""`fieldapp import people` and `fieldapp export …`, run as real processes on a real store."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.unit.reports.people_files import BAD, VARIANTS, row_number, write_variant


@pytest.fixture
def office(new_store: tuple[Store, str], store_dir: Path) -> dict[str, Any]:
    """A closed store holding one held workshop with two registered people."""
    store = new_store[0]
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        event = repo.add_event(
            EventBase(
                title="Atelier frontières",
                event_type="workshop",
                start_date=date(2025, 5, 12),
                end_date=date(2025, 5, 14),
                status="held",
            )
        )
        people = repo.add_participants(
            [
                ParticipantBase(full_name="Айгерим Нурланова", sex="female", birth_year=1990),
                ParticipantBase(full_name="خالد العلي", sex="male", nationality="JOR"),
            ]
        )
        repo.add_attendance([AttendanceBase(event_id=event, participant_id=p) for p in people])
    store.close()
    return {"dir": str(store_dir), "event": event}


def run(office: dict[str, Any], *args: str) -> Any:
    return fieldapp(*args, "--data-dir", office["dir"], passphrase=PASSPHRASE)


def people_count(office: dict[str, Any], tmp_path: Path) -> int:
    out = run(office, "export", "people", "-o", str(tmp_path / "count.csv"))
    assert out.returncode == 0, out.stderr
    with open(tmp_path / "count.csv", encoding="utf-8-sig", newline="") as handle:
        return len(list(csv.reader(handle))) - 1


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(
    office: dict[str, Any], tmp_path: Path
) -> None:
    variant = VARIANTS["cp1252-semicolon-french"]
    path = write_variant(variant, tmp_path)
    for extra in ([], ["--dry-run"]):
        out = run(office, "import", "people", str(path), *extra)
        assert out.returncode == 2
        lines = [line for line in out.stderr.splitlines() if line.startswith("row ")]
        assert len(lines) == len(BAD) == 5
        for line, (pos, (field, _, words)) in zip(lines, sorted(BAD.items()), strict=True):
            assert line.startswith(f"row {row_number(pos)}, column “{variant.header(field)}”: ")
            assert words in line
        assert "“Z” is not a known value (female, male, other, not recorded)." in out.stderr
        assert "nothing was written" in out.stderr
        assert "CSV, cp1252, “;” separated" in out.stdout
        assert "Not read: “Remarques”." in out.stdout
    assert people_count(office, tmp_path) == 2


def test_dry_run_then_skip_invalid_then_again_with_the_event(
    office: dict[str, Any], tmp_path: Path
) -> None:
    # The sheet holds خالد العلي, already in the registry (and at the event) without a birth
    # year or e-mail to contradict the sheet, and Айгерим Нурланова born 1967, where the
    # registry's is born 1990: the first is linked, the second is a possible duplicate.
    path = write_variant(VARIANTS["xlsx-arabic-serials"], tmp_path)
    out = run(office, "import", "people", str(path), "--skip-invalid", "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "Dry run: nothing was written. Would add 24 person(s)" in out.stdout
    assert f"row {row_number(15)}: خالد العلي: same name: خالد العلي (the registry)" in out.stdout
    assert "Possible duplicates (added; check them" in out.stdout
    assert f"row {row_number(7)}: Айгерим Нурланова: same name, but another birth" in out.stdout
    assert len([line for line in out.stderr.splitlines() if line.startswith("row ")]) == 5
    assert people_count(office, tmp_path) == 2
    out = run(office, "import", "people", str(path), "--skip-invalid")
    assert out.returncode == 0, out.stderr
    assert (
        "Added 24 person(s) to the registry (1 row(s) were people already there); "
        "left out 5 bad row(s)." in out.stdout
    )
    out = run(office, "import", "people", str(path), "--skip-invalid", "--event", office["event"])
    assert out.returncode == 0, out.stderr
    assert "Already in the registry (not added again; registered at the event" in out.stdout
    assert "Added 0 person(s)" in out.stdout
    assert "Registered 24 at “Atelier frontières” (1 already were)." in out.stdout
    assert people_count(office, tmp_path) == 26
    out = run(office, "export", "attendance", "-o", str(tmp_path / "a.csv"))
    assert "Wrote 26 row(s) of attendance" in out.stdout
    out = run(office, "import", "people", str(path), "--event", "no-such-id", "--skip-invalid")
    assert out.returncode == 2 and "There is no event no-such-id" in out.stderr


def test_an_explicit_map_and_its_mistakes(office: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Identité;G;Né(e)\nАйгерим Нурланова;Ж;1990\nSaule Akhmetova;Ж;1988\n", encoding="utf-8"
    )
    out = run(office, "import", "people", str(path))
    assert out.returncode == 2 and "holds the people's names" in out.stderr
    out = run(office, "import", "people", str(path), "--map", "Identité=full_name,G=sex")
    assert out.returncode == 0, out.stderr
    assert "“Identité” → Full name, “G” → Sex" in out.stdout
    assert "row 2: Айгерим Нурланова: same name and birth year" in out.stdout
    assert "Added 1 person(s)" in out.stdout
    for bad, words in (
        ("Identité", "is not HEADER=FIELD"),
        ("Nom=full_name", "has no column “Nom”"),
        ("G=gender identity", "is not a field we know"),
    ):
        out = run(office, "import", "people", str(path), "--map", bad)
        assert out.returncode == 2 and words in out.stderr, out.stderr
    out = run(office, "import", "people", str(tmp_path / "nowhere.xlsx"))
    assert out.returncode == 2 and "There is no file" in out.stderr


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_of_all_four_kinds(office: dict[str, Any], tmp_path: Path, suffix: str) -> None:
    expected = {
        "events": ("Title", "Atelier frontières"),
        "people": ("Full name", "Айгерим Нурланова"),
        "attendance": ("Full name", "خالد العلي"),
        "indicators": ("Figure", "Individuals trained"),
    }
    for kind, (header, value) in expected.items():
        target = tmp_path / f"{kind}{suffix}"
        out = run(office, "export", kind, "-o", str(target), "--from", "2025-01-01")
        if kind == "people":
            assert out.returncode == 2 and "--from and --to select events" in out.stderr
            out = run(office, "export", kind, "-o", str(target))
        assert out.returncode == 0, out.stderr
        rows = _read(target)
        column = rows[0].index(header)
        assert value in [row[column] for row in rows[1:]], (kind, rows[:3])
    indicators = {r[0]: r[3] for r in _read(tmp_path / f"indicators{suffix}") if not r[1]}
    assert str(indicators["Individuals trained"]) == "2"
    out = run(office, "export", "events", "-o", str(tmp_path / "events.txt"))
    assert out.returncode == 2 and ".csv or .xlsx" in out.stderr


def _read(path: Path) -> list[list[Any]]:
    if path.suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel needs the BOM"
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return [row + [None] * (len(rows[0]) - len(row)) for row in rows]
