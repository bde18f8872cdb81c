"""The subject access report of a person whose identity was erased prints only what remains
(no name, e-mail, phone or reason, which the store no longer holds), says so, and still
lists their events and the files that included them; text typed as markup prints as typed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.reports.jobs import subject_access_job
from fieldapp.reports.subject_access import write_subject_access
from fieldapp.store.erasure import erase_person
from fieldapp.store.jobs import run_job
from fieldapp.store.output_log import SIGN_IN, SUBJECT_ACCESS, log_event_file, outputs_of
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.unit.reports.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
NAME = "Zaynab <b>Haddad</b> & Co"
TITLE = "Prison <i>radicalisation</i> & rehabilitation"


def test_an_erased_person_s_report_holds_only_what_remains(store: Store, tmp_path: Path) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 11, 20))
        event_id = repo.add_event(
            EventBase(
                title=TITLE,
                event_type="workshop",
                start_date=date(2026, 4, 7),
                end_date=date(2026, 4, 8),
                status="held",
            )
        )
        person = repo.add_participant(
            ParticipantBase(
                full_name=NAME,
                sex="female",
                birth_year=1990,
                email="zaynab.h@example.org",
                phone="+961 1 234 567",
                consent=True,
                consent_date=date(2026, 2, 1),
                legal_basis="consent",
                basis_date=date(2026, 2, 1),
                basis_note="Asked in person by Zaynab",
            )
        )
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=person)])
    log_event_file(store, SIGN_IN, event_id)

    before = tmp_path / "before.pdf"
    job = subject_access_job(before, person)  # as the desktop app runs it
    assert job.prepare() is None
    run_job(job, store, lambda _s: None, lambda: False)
    with store.engine.connect() as conn:
        assert [o.kind for o in outputs_of(conn, person)] == [SUBJECT_ACCESS, SIGN_IN]
    text = pdf_text(before)
    assert NAME in text and TITLE in text and "zaynab.h@example.org" in text

    erase_person(store, person)
    after = tmp_path / "after.pdf"
    held = write_subject_access(store, person, after)
    text = pdf_text(after)
    for gone in ("Zaynab", "Haddad", "zaynab.h@example.org", "234 567", "1990", "Asked"):
        assert gone not in text, gone
    assert "This person's identity was erased on" in text
    assert "(identity erased)" in text and person in text
    assert "Sex Female" in text and "Age band 35-44" in text  # what the figures keep
    assert TITLE in text and "sign-in sheet" in text
    assert "Erasure (on request)" in text
    assert held.erasure is not None and held.person["full_name"] == ""
