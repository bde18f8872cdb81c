"""Certificates are the participant's (issue 13, item 11): a signatory under the signature
line and a discreet reference (office, event, dates), never the office's sync state."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.reports.certificates import Signatory, write_certificates
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.unit.reports.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def completed_workshop(store: Store) -> str:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [ParticipantBase(full_name="Rania Haddad"), ParticipantBase(full_name="Omar Saleh")]
        )
        event = repo.add_event(
            EventBase(
                title="Amman workshop",
                event_type="workshop",
                status="held",
                start_date=date(2026, 11, 10),
                end_date=date(2026, 11, 12),
                city="Amman",
                host_country="JOR",
            )
        )
        repo.add_attendance(
            [AttendanceBase(event_id=event, participant_id=p, completed=True) for p in people]
        )
    return event


def test_a_certificate_has_its_signatory_and_no_sync_footer(store: Store, tmp_path: Path) -> None:
    event = completed_workshop(store)
    pdf = tmp_path / "certificates.pdf"
    signer = Signatory("د. ليلى حداد", "Head of Programme Office")
    assert write_certificates(store, event, pdf, signatory=signer) == 2
    text = pdf_text(pdf)
    assert "synced" not in text and "Records" not in text and "Page" not in text
    office = store.identity.office_name
    page = text.split("Certificate of completion")[1]
    assert "Omar Saleh" in page  # the first by name
    assert "Head of Programme Office" in page
    assert "ليلى حداد" in page  # shaped Arabic, read back as letters
    # The one formatter's English range, "10\u2009–\u200912 Nov 2026" (NFKC: plain spaces).
    assert f"{office} · Amman workshop · 10 – 12 Nov 2026 Issued " in page


def test_without_a_signatory_the_line_is_left_to_sign(store: Store, tmp_path: Path) -> None:
    event = completed_workshop(store)
    pdf = tmp_path / "certificates.pdf"
    write_certificates(store, event, pdf)
    page = pdf_text(pdf).split("Certificate of completion")[1]
    assert f"_______________________________ {store.identity.office_name} " in page
