"""The people import's consent and legal-basis columns, in the offices' languages: "consent:
yes" with a date becomes a consent event (and the basis consent, from that date); a bad basis
names its row, its column and why; a withdrawal in the file is kept as one."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldapp.reports.people_import import commit_import, plan_import
from fieldapp.store.consent import CONSENT_EVENT, consent_history
from fieldapp.store.repository import PARTICIPANT
from fieldapp.store.store import Store

# (headers, rows): name, consent, consent date, legal basis, basis date, in each language.
FILES = {
    "en": (
        ["Full name", "Consent", "Consent date", "Legal basis", "Legal basis since"],
        [
            ["Amina Haddad", "yes", "2024-03-01", "", ""],
            ["Omar Tazi", "no", "", "public interest", "2023-05-02"],
            ["Sara Bennani", "", "", "", ""],
        ],
    ),
    "fr": (
        [
            "Nom complet",
            "Consentement",
            "Date du consentement",
            "Base légale",
            "Base légale depuis",
        ],
        [
            ["Amina Haddad", "oui", "01/03/2024", "", ""],
            ["Omar Tazi", "non", "", "Intérêt public", "02/05/2023"],
            ["Sara Bennani", "", "", "", ""],
        ],
    ),
    "ar": (
        ["الاسم الكامل", "الموافقة", "تاريخ الموافقة", "الأساس القانوني", "تاريخ الأساس القانوني"],
        [
            ["Amina Haddad", "نعم", "2024-03-01", "", ""],
            ["Omar Tazi", "لا", "", "المصلحة العامة", "2023-05-02"],
            ["Sara Bennani", "", "", "", ""],
        ],
    ),
    "ru": (
        ["ФИО", "Согласие", "Дата согласия", "Правовое основание", "Дата правового основания"],
        [
            ["Amina Haddad", "да", "2024-03-01", "", ""],
            ["Omar Tazi", "нет", "", "общественный интерес", "2023-05-02"],
            ["Sara Bennani", "", "", "", ""],
        ],
    ),
}


def _write(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _people(store: Store) -> dict[str, tuple[object, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                PARTICIPANT.c.full_name,
                PARTICIPANT.c.consent,
                PARTICIPANT.c.consent_date,
                PARTICIPANT.c.legal_basis,
                PARTICIPANT.c.basis_date,
            )
        )
        return {r[0]: tuple(r[1:]) for r in rows}


@pytest.mark.parametrize("lang", list(FILES))
def test_consent_column_becomes_an_event_and_the_basis(
    store: Store, tmp_path: Path, lang: str
) -> None:
    headers, rows = FILES[lang]
    path = _write(tmp_path / f"people-{lang}.csv", headers, rows)
    with store.engine.connect() as conn:
        plan = plan_import(conn, path, today=date(2026, 1, 1))
    assert plan.errors == []
    assert set(plan.mapping.columns.values()) == {
        "full_name",
        "consent",
        "consent_date",
        "legal_basis",
        "basis_date",
    }
    commit_import(store, plan)
    people = _people(store)
    assert people["Amina Haddad"] == (True, date(2024, 3, 1), "consent", date(2024, 3, 1))
    assert people["Omar Tazi"] == (False, None, "public interest", date(2023, 5, 2))
    assert people["Sara Bennani"] == (False, None, None, None)
    with store.engine.connect() as conn:
        amina = conn.execute(
            select(PARTICIPANT.c.id).where(PARTICIPANT.c.full_name == "Amina Haddad")
        ).scalar_one()
        assert [(e.given, e.on) for e in consent_history(conn, amina)] == [(True, date(2024, 3, 1))]
        assert conn.execute(select(func.count()).select_from(CONSENT_EVENT)).scalar_one() == 1


def test_bad_basis_and_consent_values_name_row_column_and_why(store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bad.csv",
        ["Nom complet", "Consentement", "Date du consentement", "Base légale"],
        [
            ["Amina Haddad", "peut-être", "01/03/2024", ""],  # row 2: not yes or no
            ["Omar Tazi", "non", "", "intérêt publik"],  # row 3: a typo of a basis
            ["Sara Bennani", "", "", "'; DROP TABLE participant; --"],  # row 4: hostile
            ["Leïla Idrissi", "non", "", "consentement"],  # row 5: consent basis, none given
            ["Yassine Alami", "oui", "01/03/2999", ""],  # row 6: consent in the future
        ],
    )
    with store.engine.connect() as conn:
        plan = plan_import(conn, path, today=date(2026, 1, 1))
    said = [str(e) for e in plan.errors]
    assert said[0].startswith("row 2, column “Consentement”: ")
    assert any(
        s.startswith("row 3, column “Base légale”: “intérêt publik” is not a legal basis")
        and "did you mean intérêt public (public interest)" in s
        for s in said
    ), said
    assert any(
        s.startswith("row 4, column “Base légale”: “'; DROP TABLE participant; --” is not")
        for s in said
    ), said
    assert any(
        s.startswith("row 5, column “Base légale”: is consent, but no consent was given")
        for s in said
    ), said
    assert any(
        s.startswith("row 6, column “Date du consentement”: cannot be in the future") for s in said
    ), said
    assert plan.bad_rows == [2, 3, 4, 5, 6]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar_one() == 0


def test_a_withdrawal_in_the_file_is_kept_as_one(store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "withdrawn.csv",
        ["Full name", "Consent", "Consent date", "Legal basis", "Legal basis since"],
        [["Amina Haddad", "no", "2025-06-09", "consent", "2024-03-01"]],
    )
    with store.engine.connect() as conn:
        plan = plan_import(conn, path, today=date(2026, 1, 1))
    assert plan.errors == []
    commit_import(store, plan)
    assert _people(store)["Amina Haddad"] == (
        False,
        date(2025, 6, 9),
        "consent",
        date(2024, 3, 1),
    )
