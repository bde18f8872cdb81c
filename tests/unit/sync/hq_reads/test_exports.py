"""HQ's exports in a caller's scope: attendance by ids only (no name, e-mail or phone of
anyone, in any byte), formulas kept as text, other offices left out, and a large export
streamed in chunks with memory that does not grow with it."""

from __future__ import annotations

import csv
import io
import tracemalloc
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select

from fieldapp.domain.indicators import Period
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import PARTICIPANT
from sync.hq.accounts.scope import Role, Scope
from sync.hq.database import open_database
from sync.hq.exports import ATTRIBUTES, export
from sync.hq.figures import Forbidden, NotFound, consolidated
from sync.hq.tables import HQ_OFFICE, HQ_TABLES
from tests.unit.sync.hq_reads.conftest import FORMULA_TITLE, YEAR, Hq

ALL = Period()
ANALYST = Scope(Role.ANALYST)


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, as Excel wants
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_attendance_has_no_name_email_or_phone_anywhere(hq: Hq) -> None:
    with hq.rabat.store.engine.connect() as conn:
        people = conn.execute(
            select(PARTICIPANT.c.id, PARTICIPANT.c.full_name, PARTICIPANT.c.email)
        ).all()
    zaynab = next(p for p in people if p.full_name == "Zaynab Qasimi")
    with hq.engine.connect() as conn:
        data = b"".join(export(conn, Scope(Role.ADMIN), "attendance", "csv", ALL))
        analysts = b"".join(export(conn, ANALYST, "attendance", "csv", ALL))
    rows = csv_rows(data)
    # Below admin, nobody's sex, age band, organization type or nationality either.
    assert csv_rows(analysts)[0] == [h for h in rows[0] if h not in ATTRIBUTES]
    header = [h.lower() for h in rows[0]]
    assert not [h for h in header if "name" in h or "mail" in h or "phone" in h]
    for secret in (b"Zaynab", b"Qasimi", b"zaynab.qasimi@example.org", b"600 123 456"):
        assert secret not in data
    names = [p.full_name for p in people] + [p.email for p in people if p.email]
    assert len(names) > 50 and not [n for n in names if n.encode() in data]
    # She is there, by her id only, with what HQ may count.
    [hers] = [r for r in rows if r[0] == zaynab.id]
    assert (hers[rows[0].index("Sex")], hers[rows[0].index("Nationality")]) == ("female", "MAR")
    assert {r[2] for r in rows[1:]} == {hq.rabat.office_id, hq.abuja.office_id}


def test_an_office_is_exported_alone_and_roles_without_exports_get_none(hq: Hq) -> None:
    with hq.engine.connect() as conn:
        abuja = csv_rows(
            b"".join(export(conn, ANALYST, "attendance", "csv", ALL, hq.abuja.office_id))
        )
        with pytest.raises(NotFound):
            export(conn, ANALYST, "events", "csv", ALL, "nowhere")
        for role in (Role.OFFICE, Role.AUDITOR):  # office users read figures, not exports
            with pytest.raises(Forbidden):
                export(conn, Scope.of(role, [hq.rabat.office_id]), "events", "csv", ALL)
    assert len(abuja) > 10
    assert {r[2] for r in abuja[1:]} == {hq.abuja.office_id}


def test_a_title_written_as_a_formula_stays_text_in_csv_and_xlsx(hq: Hq, tmp_path: Path) -> None:
    with hq.engine.connect() as conn:
        events = csv_rows(b"".join(export(conn, ANALYST, "events", "csv", ALL)))
        book = tmp_path / "events.xlsx"
        book.write_bytes(b"".join(export(conn, ANALYST, "events", "xlsx", ALL)))
    titles = [r[events[0].index("Title")] for r in events[1:]]
    assert "'" + FORMULA_TITLE in titles  # quoted: Excel shows it, never runs it
    assert not [t for t in titles if t.startswith("=")]
    sheet = load_workbook(book).active
    assert sheet is not None
    [cell] = [c for c in sheet["C"] if c.value == FORMULA_TITLE]
    assert (cell.data_type, cell.quotePrefix) == ("s", True)  # text, shown as typed


def test_the_indicators_export_has_the_consolidated_figures(hq: Hq, tmp_path: Path) -> None:
    with hq.engine.connect() as conn:
        figures = consolidated(conn, ANALYST, YEAR)
        book = tmp_path / "indicators.xlsx"
        book.write_bytes(b"".join(export(conn, ANALYST, "indicators", "xlsx", YEAR)))
    sheet = load_workbook(book).active
    assert sheet is not None
    headline = {r[0]: r[3] for r in sheet.iter_rows(min_row=2, values_only=True) if not r[1]}
    assert headline["Individuals trained"] == figures.individuals_trained
    assert headline["Events held"] == figures.events_held


def test_an_export_of_51_000_rows_streams_in_chunks_in_little_memory(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'hq.db'}")
    office, rows = str(uuid.uuid4()), 51_000
    now = datetime(2026, 6, 1, tzinfo=UTC)
    synced = {"office_id": office, "device_id": "d", "recorded_by": "", "updated_at": now}
    event_id = str(uuid.uuid4())
    people = [f"p-{n:08d}" for n in range(rows)]
    with engine.begin() as conn:
        conn.execute(insert(HQ_OFFICE).values(office_id=office, name="Big", created_at=now))
        conn.execute(
            insert(HQ_TABLES[RecordType.EVENT]).values(
                id=event_id, title="Mass training", event_type="training course",
                start_date=date(2026, 5, 4), end_date=date(2026, 5, 6), status="held", **synced,
            )
        )  # fmt: skip
        conn.execute(
            insert(HQ_TABLES[RecordType.PARTICIPANT]),
            [{"id": p, "full_name": f"Person {n}", "sex": "female", **synced}
             for n, p in enumerate(people)],
        )  # fmt: skip
        conn.execute(
            insert(HQ_TABLES[RecordType.ATTENDANCE]),
            [{"id": f"a{p}", "event_id": event_id, "participant_id": p, **synced}
             for p in people],
        )  # fmt: skip
    del people
    chunks = total = lines = 0
    tracemalloc.start()
    try:
        with engine.connect() as conn:
            for chunk in export(conn, ANALYST, "attendance", "csv", ALL):
                chunks += 1
                total += len(chunk)
                lines += chunk.count(b"\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        engine.dispose()
    assert lines == rows + 1
    assert total > 5_000_000 and chunks > 50  # ~64 kB at a time
    assert peak < total / 3  # never the whole export at once
