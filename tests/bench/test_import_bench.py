"""Import benchmark: a 10k-row sign-up workbook into the encrypted store, end to end.

Beside it, in the same run, the plain baseline: openpyxl's read-only read of the same file
with no validation and no database, so the ratio says what mapping, normalising, the
domain's rules, duplicate finding and the writes (with their outbox rows) add. Prints the
figures; `make bench` runs it. Target: the import within 5 s.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl

from fieldapp.domain.records import ParticipantBase
from fieldapp.reports.people_import import commit_import, plan_import
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.conftest import FAST_KDF

ROWS = 10_000
ALREADY = 2_000  # people of the file already in the registry, to be found and not doubled
HEADERS = ["Nom complet", "Sexe", "Date de naissance", "Nationalité", "Organisation",
           "Type d'organisation", "Fonction", "Courriel", "Téléphone", "Consentement",
           "Date du consentement", "Remarques"]  # fmt: skip
GIVEN = ["Amina", "Иван", "محمد", "Leïla", "Сауле", "فاطمة", "Youssef", "Ольга", "خالد", "Omar"]
FAMILY = ["Haddad", "Петров", "العلوي", "Benali", "Ахметова", "الشامي", "Tazi", "Каримов"]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def make_workbook(path: Path, rng: random.Random) -> list[ParticipantBase]:
    """The sign-up workbook, and the people of its first ALREADY rows as the registry has them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    known = []
    for i in range(ROWS):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {i}"
        born = date(1960, 1, 1) + timedelta(days=rng.randint(0, 365 * 40))
        female = rng.random() < 0.4
        sheet.append(
            [
                name,
                rng.choice(["F", "Femme", "أنثى"]) if female else rng.choice(["M", "Homme", "ذكر"]),
                born,
                rng.choice(["MAR", "mar", "Morocco", "KAZ", "JOR", "Tunisia"]),
                "Direction générale de la Sûreté nationale",
                rng.choice(["Police", "Douanes", "justice", "government"]),
                "Commissaire",
                f"person{i}@example.org",
                f"+212 600 {i:06d}",
                rng.choice(["oui", "yes", "نعم"]),
                date(2025, 1, 1) + timedelta(days=rng.randint(0, 300)),
                "",
            ]
        )
        if i < ALREADY:
            known.append(
                ParticipantBase(
                    full_name=name, birth_year=born.year, email=f"person{i}@example.org"
                )
            )
    book.save(path)
    return known


def baseline_read(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def test_import_benchmark(tmp_path: Path) -> None:
    path = tmp_path / "inscriptions.xlsx"
    known = make_workbook(path, random.Random(4))
    store, _ = Store.create(
        tmp_path / "store",
        passphrase="benchmark walrus crimson ladder",
        office_name="Bench",
        country="MAR",
        kdf=FAST_KDF,
    )
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(known)

    read_s, read_rows = timed(lambda: baseline_read(path))
    with store.engine.connect() as conn:
        plan_s, plan = timed(lambda: plan_import(conn, path))
    commit_s, result = timed(lambda: commit_import(store, plan))
    store.close()

    total = plan_s + commit_s
    lines = [
        "",
        f"Import benchmark: {ROWS:,}-row XLSX, {ALREADY:,} of its people already in the registry",
        f"  openpyxl read-only read, no validation  {read_s:6.2f} s  ({read_rows:,} rows)",
        f"  import end to end                       {total:6.2f} s  (target <= 5 s)",
        f"    read + map + validate + duplicates    {plan_s:6.2f} s",
        f"    write (one transaction, with outbox)  {commit_s:6.2f} s",
        f"  ratio import / plain read               {total / read_s:6.2f}",
        f"  ({result.added:,} added, {result.in_registry:,} found in the registry, "
        f"{len(plan.errors)} bad rows)",
    ]
    print("\n".join(lines))
    assert result.added == ROWS - ALREADY and result.in_registry == ALREADY
    assert plan.errors == []
