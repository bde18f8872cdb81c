"""Importing people from messy spreadsheets into a real encrypted store."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldapp.domain.records import EventBase, ParticipantBase
from fieldapp.reports.people_import import commit_import, plan_import
from fieldapp.reports.people_matching import MatchKind
from fieldapp.reports.tabular import ExchangeError, JobCancelled
from fieldapp.store.repository import ATTENDANCE, OUTBOX, PARTICIPANT, Repository
from fieldapp.store.store import Store
from tests.unit.reports.people_files import (
    BAD,
    VARIANTS,
    Variant,
    good_people,
    row_number,
    write_variant,
)

PERSON = (
    "full_name", "sex", "birth_year", "age_band", "nationality", "organization",
    "organization_type", "position", "email", "phone", "consent", "consent_date",
)  # fmt: skip


def registry(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(*(PARTICIPANT.c[f] for f in PERSON)).where(PARTICIPANT.c.deleted_at.is_(None))
        ).mappings()
        return sorted((dict(r) for r in rows), key=lambda r: r["full_name"])


def count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def plan(store: Store, path: Path, **kwargs: Any) -> Any:
    with store.engine.connect() as conn:
        return plan_import(conn, path, **kwargs)


@pytest.fixture(params=list(VARIANTS))
def messy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Variant, Path]:
    variant = VARIANTS[request.param]
    return variant, write_variant(variant, tmp_path)


def test_the_five_bad_rows_are_named_and_nothing_is_written(
    store: Store, messy: tuple[Variant, Path]
) -> None:
    variant, path = messy
    found = plan(store, path)
    assert found.problems == []
    assert len(found.rows) == 30
    expected = [
        (row_number(pos), variant.header(field), words)
        for pos, (field, _, words) in sorted(BAD.items())
    ]
    assert [(e.row, e.column) for e in found.errors] == [(r, c) for r, c, _ in expected]
    for error, (row, column, words) in zip(found.errors, expected, strict=True):
        assert words in error.problem.message
        # An Arabic header is set apart by Unicode isolates, so an Arabic value after it
        # stays after it on the screen.
        shown = f"\u2068{column}\u2069" if variant.name.startswith("xlsx-arabic") else column
        assert str(error).startswith(f"row {row}, column “{shown}”: ")
    assert found.bad_rows == [row_number(pos) for pos in sorted(BAD)]
    with pytest.raises(ExchangeError, match="5 row"):
        commit_import(store, found)
    assert count(store, PARTICIPANT) == 0 and count(store, OUTBOX) == 0


def test_skipping_the_bad_rows_writes_the_25_others_exactly(
    store: Store, messy: tuple[Variant, Path]
) -> None:
    variant, path = messy
    found = plan(store, path)
    result = commit_import(store, found, skip_invalid=True)
    assert (result.added, result.skipped, result.in_registry) == (25, 5, 0)
    expected = sorted(good_people(variant.latin), key=lambda r: r["full_name"])
    assert registry(store) == expected
    assert count(store, OUTBOX) == 25, "every new person waits in the outbox for HQ"


def test_importing_the_same_file_again_reports_duplicates_instead_of_doubling(
    store: Store, messy: tuple[Variant, Path]
) -> None:
    _, path = messy
    commit_import(store, plan(store, path), skip_invalid=True)
    again = plan(store, path)
    assert again.to_add == 0
    in_registry = again.matched(MatchKind.IN_REGISTRY)
    assert len(in_registry) == 25
    assert all(m.reason.startswith("same name") for m in in_registry)
    result = commit_import(store, again, skip_invalid=True)
    assert (result.added, result.in_registry) == (0, 25)
    assert count(store, PARTICIPANT) == 25


def test_the_plan_shows_the_mapping_and_a_normalised_preview(
    store: Store, messy: tuple[Variant, Path]
) -> None:
    variant, path = messy
    found = plan(store, path)
    assert found.mapping.unmapped == [variant.headers[-1]], "the notes column is not read"
    assert found.mapping.by_header[variant.header("sex")] == "sex"
    row, first = found.preview[0]
    assert row == 2
    assert first["full_name"] == "Leïla Haddad"
    assert (first["sex"], first["nationality"], first["consent"]) == ("female", "MAR", True)
    assert first["email"].lower() == "person0@example.org"
    assert first["consent_date"] == date(2024, 3, 1)


def test_with_an_event_everyone_is_registered_once_even_when_imported_twice(
    store: Store, tmp_path: Path
) -> None:
    path = write_variant(VARIANTS["xlsx-arabic-serials"], tmp_path)
    with store.transaction() as conn:
        event_id = Repository(conn, store.identity).add_event(
            EventBase(
                title="Atelier sur la gestion des frontières",
                event_type="workshop",
                start_date=date(2025, 3, 3),
                end_date=date(2025, 3, 5),
                status="held",
            )
        )
    first = commit_import(store, plan(store, path, event_id=event_id), skip_invalid=True)
    assert (first.added, first.registered) == (25, 25)
    second = commit_import(store, plan(store, path, event_id=event_id), skip_invalid=True)
    assert (second.added, second.registered, second.already_at_event) == (0, 0, 25)
    assert count(store, ATTENDANCE) == 25 and count(store, PARTICIPANT) == 25
    with pytest.raises(ExchangeError, match="no event"):
        plan(store, path, event_id="no-such-event")


def test_people_already_in_the_registry_are_linked_and_lookalikes_listed(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [
                ParticipantBase(full_name="LEILA  haddad", sex="female", birth_year=1960),
                ParticipantBase(full_name="Иван Петров", birth_year=1950),
                ParticipantBase(full_name="Someone Else", email="person1@example.org"),
            ]
        )
    path = write_variant(VARIANTS["utf16-tab-english"], tmp_path)
    found = plan(store, path)
    kinds = {m.row: (m.kind, m.reason) for m in found.matches.values()}
    leila, mohamed, ivan, amina = (row_number(i) for i in range(4))
    assert kinds[leila] == (MatchKind.IN_REGISTRY, "same name and birth year")
    assert kinds[mohamed] == (MatchKind.POSSIBLE, "same e-mail")
    assert kinds[ivan] == (MatchKind.POSSIBLE, "same name, but another birth year or e-mail")
    assert amina not in kinds, "a bad row is not matched"
    assert found.to_add == 24
    result = commit_import(store, found, skip_invalid=True)
    assert (result.added, result.in_registry) == (24, 1)
    assert count(store, PARTICIPANT) == 3 + 24


def test_rows_repeated_in_the_file_are_added_once(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Nom complet;Sexe;Année de naissance\nAmina Benali;F;1980\nAMINA BENALI;F;\n"
        "Amina Benali;F;1981\n",
        encoding="utf-8",
    )
    found = plan(store, path)
    assert [(m.row, m.kind) for m in found.matches.values()] == [
        (3, MatchKind.REPEATED),
        (4, MatchKind.POSSIBLE),
    ]
    assert commit_import(store, found).added == 2


def test_a_file_without_a_name_column_needs_an_explicit_map(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Identité du stagiaire,G,Remarques\nSaule Akhmetova,Ж,\n", encoding="utf-8")
    found = plan(store, path)
    assert found.problems and "names" in found.problems[0] and not found.can_commit()
    mapped = plan(store, path, columns={"Identité du stagiaire": "full_name", "G": "Sex"})
    assert mapped.problems == [] and mapped.errors == []
    assert mapped.preview[0][1]["sex"] == "female"
    assert mapped.mapping.unmapped == ["Remarques"]
    with pytest.raises(ExchangeError, match="no column “Genre”"):
        plan(store, path, columns={"Genre": "sex"})
    with pytest.raises(ExchangeError, match="not a field we know"):
        plan(store, path, columns={"G": "gender identity"})


def test_a_row_without_a_name_is_bad(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Sex\nAmina Benali,F\n,M\n", encoding="utf-8")
    found = plan(store, path)
    assert [str(e) for e in found.errors] == ["row 3, column “Name”: is required."]


def test_cancelling_writes_nothing_and_progress_is_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    lines = ["Name,Sex,Birth year"] + [f"Person {i},F,1980" for i in range(1200)]
    path.write_text("\n".join(lines), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    found = plan(store, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1200, 1200) and len(seen) >= 3
    calls = iter([False, False, True])
    with pytest.raises(JobCancelled):
        commit_import(store, found, cancel=lambda: next(calls))
    assert count(store, PARTICIPANT) == 0 and count(store, OUTBOX) == 0


def test_unreadable_files_say_why(store: Store, tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ExchangeError, match=r"save it as \.xlsx or \.csv"):
        plan(store, old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ExchangeError, match="not an Excel workbook"):
        plan(store, broken)
    with pytest.raises(ExchangeError, match="There is no file"):
        plan(store, tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ExchangeError, match="empty"):
        plan(store, empty)
