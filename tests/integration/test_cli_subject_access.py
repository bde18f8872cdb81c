"""Subject access (issue 16): ``fieldapp person report ID -o FILE.pdf`` through the real
command prints everything held on one person, read back with pdftotext; the report is logged
as a file with names; an unknown id writes nothing. The CLI's sign-in sheet and people
export are logged too, and show in the person's report."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.output_log import outputs, outputs_of
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import ConsentEvent, table_of
from tests.conftest import PASSPHRASE
from tests.integration.test_cli_reports import pdf_text, run

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make system-deps)"
)
NAME = "Élodie Müller-Çakır"
OTHER = "Иван Петрович Сидоров"
TITLE = "Financial investigation course"


@pytest.fixture
def held(store: Store, store_dir: Path) -> tuple[Path, str, str]:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 11, 20))
        event_id = repo.add_event(
            EventBase(
                title=TITLE,
                event_type="training course",
                start_date=date(2026, 3, 2),
                end_date=date(2026, 3, 6),
                status="held",
            )
        )
        person, other = repo.add_participants(
            [
                ParticipantBase(
                    full_name=NAME,
                    sex="female",
                    email="elodie@example.org",
                    legal_basis="public interest",
                    basis_date=date(2026, 3, 1),
                    basis_note="Nominated by the ministry",
                ),
                ParticipantBase(full_name=OTHER, sex="male"),
            ]
        )
        repo.add_attendance(
            [
                AttendanceBase(
                    event_id=event_id,
                    participant_id=person,
                    completed=True,
                    pre_test_score=55,
                    post_test_score=81,
                ),
                AttendanceBase(event_id=event_id, participant_id=other),
            ]
        )
        conn.execute(
            insert(table_of(ConsentEvent)),
            [
                {
                    "participant_id": person,
                    "given": given,
                    "on_date": on,
                    "recorded_by": "amina",
                    "recorded_at": datetime(on.year, on.month, on.day, 9, tzinfo=UTC),
                }
                for given, on in ((True, date(2026, 3, 1)), (False, date(2026, 10, 15)))
            ],
        )
    store.close()
    return store_dir, person, event_id


def log_of(data: Path, person: str | None = None) -> list[tuple[str, str, int]]:
    store = Store.open(data, passphrase=PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            found = outputs(conn) if person is None else outputs_of(conn, person)
            return [(o.kind, o.subject, o.people) for o in reversed(found)]
    finally:
        store.close()


def test_person_report_prints_all_held_and_is_logged(
    held: tuple[Path, str, str], tmp_path: Path
) -> None:
    data, person, event_id = held
    assert (
        run(data, "report", "signin", event_id, "-o", str(tmp_path / "sheet.pdf")).returncode == 0
    )
    done = run(data, "export", "people", "-o", str(tmp_path / "registry.csv"))
    assert done.returncode == 0
    assert log_of(data) == [
        ("sign-in sheet", TITLE, 2),
        ("people export", "people export, all dates", 2),
    ]

    pdf = tmp_path / "report.pdf"
    done = run(data, "person", "report", person, "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert str(pdf) in done.stdout
    text = " ".join(pdf_text(pdf, layout=False).split())
    for held_there in (
        NAME,
        "elodie@example.org",
        TITLE,
        "Participant",
        "public interest",
        "Nominated by the ministry",
        "withdrawn",
        "15 Oct 2026",
        "amina",
        "sign-in sheet",
        "people export, all dates",
        "81",
    ):
        assert held_there in text, held_there
    assert OTHER not in text, "another person's name"
    # The report itself is a file with a name: logged; whom it named stays on the device.
    assert log_of(data, person)[-1] == ("subject access report", "one person", 1)
    assert log_of(data)[-1] == ("subject access report", "one person", 1)

    arabic = tmp_path / "ar.pdf"
    assert run(data, "person", "report", person, "-o", str(arabic), "--lang", "ar").returncode == 0
    text = pdf_text(arabic, layout=False)
    for label in ("البيانات الشخصية", "الأساس القانوني", "المصلحة العامة", "مسحوبة"):
        assert label in text, label
    assert "Personal details" not in text and NAME in text
    assert "subject access report" not in text and "تقرير اطلاع صاحب البيانات" in text


@pytest.mark.parametrize("bad", ["' OR '1'='1"])
def test_an_unknown_person_is_refused_and_nothing_is_written(
    held: tuple[Path, str, str], tmp_path: Path, bad: str
) -> None:
    data, _person, _event = held
    pdf = tmp_path / "report.pdf"
    done = run(data, "person", "report", bad, "-o", str(pdf))
    assert done.returncode == 2
    assert f"There is no person with the id {bad} in this store." in done.stderr
    assert not pdf.exists()
    assert log_of(data) == []
