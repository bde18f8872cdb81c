"""The sign-in sheet printed before an event: the registered people's names filled in,
blank rows for walk-ins, and a signature column per day (or one, for long events)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from fieldapp.reports import blocks, styles
from fieldapp.reports.document import MARGIN, Footer, page_size, write_pdf
from fieldapp.reports.event_report import place_of
from fieldapp.reports.fonts import REGULAR
from fieldapp.reports.text import para
from fieldapp.store.report_queries import event_details, one_event, people_at_event, provenance
from fieldapp.store.store import Store

MAX_DAY_COLUMNS = 5
ROW_HEIGHT = 10 * mm


def _days(event: dict[str, object]) -> list[str]:
    start, end = event["start_date"], event["end_date"]
    n = (end - start).days + 1  # type: ignore[operator]
    if n > MAX_DAY_COLUMNS or n < 2:
        return ["Signature"]
    return [f"Day {i}" for i in range(1, n + 1)]


def write_signin_sheet(store: Store, event_id: str, output: Path, *, blank_rows: int = 10) -> int:
    """Write the sheet; returns how many names were filled in."""
    with store.engine.connect() as conn:
        event, _ = event_details(conn, event_id)
        people = people_at_event(conn, event_id)
        source = provenance(conn, one_event(event_id))
    width = page_size(wide=True)[0] - 2 * MARGIN
    days = _days(event)
    fixed = 9 * mm + 50 * mm + 42 * mm
    # The name keeps at least 60 mm; the day columns share the rest (at most 60 mm each).
    sign = min(60 * mm, (width - fixed - 60 * mm) / len(days))
    name_width = width - fixed - sign * len(days)
    header = ["#", "Name", "Organization", "Position", *days]
    rows = [
        [
            str(i),
            para(p.full_name, styles.CELL),
            para(p.organization or "", styles.CELL),
            para(p.position or "", styles.CELL),
            *[""] * len(days),
        ]
        for i, p in enumerate(people, 1)
    ]
    rows += [
        [str(i), "", "", "", *[""] * len(days)]
        for i in range(len(people) + 1, len(people) + blank_rows + 1)
    ]
    table = Table(
        [[para(h, styles.CELL_BOLD) for h in header], *rows],
        colWidths=[9 * mm, name_width, 50 * mm, 42 * mm, *[sign] * len(days)],
        rowHeights=[None] + [ROW_HEIGHT] * len(rows),
        repeatRows=1,
    )
    style = styles.grid_style(stripes=False)
    style.add("GRID", (0, 0), (-1, -1), 0.4, styles.RULE)
    style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
    style.add("FONT", (0, 1), (0, -1), REGULAR, 8)
    table.setStyle(style)
    story: list[Flowable] = [
        para("Sign-in sheet", styles.TITLE),
        para(event["title"], styles.HEADING),
        para(
            f"{blocks.date_range(event['start_date'], event['end_date'])} · "
            f"{place_of(event) or store.identity.office_name}",
            styles.SUBTITLE,
        ),
        para(
            "Please check your name and sign for each day you attend. If your name is not "
            "listed, write it in an empty row.",
            styles.SMALL,
        ),
        Spacer(1, 3 * mm),
        table,
    ]
    write_pdf(
        output,
        story,
        title=f"Sign-in sheet: {event['title']}",
        footer=Footer(store.identity.office_name, source),
        wide=True,
    )
    return len(people)
