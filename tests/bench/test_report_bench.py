"""Benchmark: the PDFs over a large store, each beside a bare reportlab baseline in the
same run. Targets: period PDF over 200k attendance rows <= 1.5 s, of which SQL (the
indicators, the list of events, the footer's provenance) <= 150 ms (issue 17); 1,000
certificates <= 10 s (issue 5).

Baselines: a bare reportlab table of the rows the period PDF lists (its events); 1,000
pages with the same name and title drawn straight on a canvas.
"""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import select, update

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import AttendanceBase, EventBase
from fieldapp.reports.certificates import write_certificates
from fieldapp.reports.period_report import write_period_report
from fieldapp.reports.period_source import PeriodSource, period_events
from fieldapp.store import figures
from fieldapp.store.report_queries import held_events, provenance
from fieldapp.store.repository import ATTENDANCE, PARTICIPANT, Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from tests.bench.summary import ms, row
from tests.bench.test_store_bench import make_data, raw_executemany, timed
from tests.conftest import FAST_KDF, PASSPHRASE

CERTIFICATES = 1_000
ALL = Period()


def median(runs: list[float]) -> float:
    return sorted(runs)[len(runs) // 2]


def bare_table(rows: list[tuple[str, ...]]) -> None:
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build([Table(rows, repeatRows=1)])


def bare_certificates(names: list[str], title: str) -> None:
    canvas = Canvas(io.BytesIO(), pagesize=landscape(A4))
    width, height = landscape(A4)
    for name in names:
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawCentredString(width / 2, height - 200, "Certificate of completion")
        canvas.drawCentredString(width / 2, height - 280, name)
        canvas.setFont("Helvetica", 16)
        canvas.drawCentredString(width / 2, height - 330, title)
        canvas.showPage()
    canvas.save()


def test_report_benchmark(tmp_path: Path) -> None:
    store, _ = Store.create(
        tmp_path / "data",
        passphrase=PASSPHRASE,
        office_name="Bench Office",
        country="MAR",
        kdf=FAST_KDF,
    )
    people, events, attendance = make_data(random.Random(2))
    raw_executemany(store.engine, people, events, attendance)
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        event_id = repo.add_event(
            EventBase(
                title="Training course on border security",
                event_type="training course",
                start_date=events[0].start_date,
                end_date=events[0].end_date,
                status="held",
            )
        )
        ids = conn.execute(select(PARTICIPANT.c.id).limit(CERTIFICATES)).scalars().all()
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=i) for i in ids])
        conn.execute(
            update(ATTENDANCE).where(ATTENDANCE.c.event_id == event_id).values(completed=True)
        )
        names = (
            conn.execute(select(PARTICIPANT.c.full_name).where(PARTICIPANT.c.id.in_(ids)))
            .scalars()
            .all()
        )

    with store.engine.connect() as conn:
        compute_indicators(conn, INDICATOR_TABLES, ALL)  # warm the page cache once
        # The PDF's SQL, part by part, counted from scratch: the indicators (once), the list
        # of events (one statement), the footer's provenance (one statement per kind).
        counted = {
            "indicators": median(
                [timed(lambda: compute_indicators(conn, INDICATOR_TABLES, ALL)) for _ in range(3)]
            ),
            "events": median(
                [
                    timed(lambda: period_events(PeriodSource(conn, INDICATOR_TABLES), ALL))
                    for _ in range(3)
                ]
            ),
            "provenance": median(
                [timed(lambda: provenance(conn, held_events(ALL))) for _ in range(3)]
            ),
        }
    with store.engine.connect() as conn:
        figures.tally(conn, ALL)  # counted and stored, as the app's warmer does once
        figures.period_provenance(conn, ALL)  # records stay still
    with store.engine.connect() as conn:
        # The same parts as the PDF reads them: the figures kept counted, the events.
        parts = {
            "indicators": median([timed(lambda: figures.indicators(conn, ALL)) for _ in range(3)]),
            "events": counted["events"],
            "provenance": median(
                [timed(lambda: figures.period_provenance(conn, ALL)) for _ in range(3)]
            ),
        }
        sql = sum(parts.values())
        listed = period_events(PeriodSource(conn, INDICATOR_TABLES), ALL)
        rows_in_scope = conn.execute(
            select(ATTENDANCE.c.id).where(ATTENDANCE.c.deleted_at.is_(None))
        ).all()
    pdf = tmp_path / "period.pdf"
    ours = median([timed(lambda: write_period_report(store, ALL, pdf)) for _ in range(3)])
    with store.transaction() as conn:  # one attendance edited: the stored figures are stale
        conn.execute(
            update(ATTENDANCE).where(ATTENDANCE.c.event_id == event_id).values(completed=True)
        )
    after_write = timed(lambda: write_period_report(store, ALL, pdf))
    table_rows = [("Dates", "Event", "Type", "Place", "Participants")] + [
        (f"{r.start_date}–{r.end_date}", r.title, r.event_type, r.city or "", str(r.participants))
        for r in listed
    ]
    bare = median([timed(lambda: bare_table(table_rows)) for _ in range(3)])

    certs = tmp_path / "certificates.pdf"
    start = time.perf_counter()
    n = write_certificates(store, event_id, certs)
    ours_certs = time.perf_counter() - start
    bare_certs = timed(lambda: bare_certificates(names, "Training course on border security"))
    store.close()
    assert n == CERTIFICATES

    print(
        f"\nReport benchmark: {len(rows_in_scope):,} attendance rows, {len(listed):,} events listed\n"
        f"  period PDF: {ours:.2f} s (target <= 1.5 s), of which SQL {sql * 1000:.0f} ms "
        f"(target <= 150 ms: "
        + ", ".join(f"{name} {t * 1000:.0f} ms" for name, t in parts.items())
        + f"); {pdf.stat().st_size / 1e3:.0f} kB\n"
        f"    the same PDF right after a write, its figures counted again: {after_write:.2f} s"
        f" (SQL counted from scratch {sum(counted.values()) * 1000:.0f} ms: "
        + ", ".join(f"{name} {t * 1000:.0f} ms" for name, t in counted.items())
        + ")\n"
        f"    bare reportlab table of the same {len(listed):,} rows: {bare:.2f} s -> ratio {ours / bare:.2f}\n"
        f"  {CERTIFICATES:,} certificates: {ours_certs:.2f} s (target <= 10 s); "
        f"{certs.stat().st_size / 1e6:.1f} MB\n"
        f"    bare canvas, same names and title: {bare_certs:.2f} s -> ratio {ours_certs / bare_certs:.2f}"
    )
    row(
        "speed",
        "period PDF over 200k attendance (of which SQL)",
        f"{ours:.2f} s ({ms(sql)})",
        "<= 1.5 s (<= 150 ms)",
        ours <= 1.5 and sql <= 0.150,
        f"bare reportlab table of the same {len(listed):,} events {bare:.2f} s; "
        f"ratio {ours / bare:.1f}; right after a write (counted again) {after_write:.2f} s",
    )
