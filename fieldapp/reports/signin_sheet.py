"""The sign-in sheet printed before an event: the registered people's names filled in,
blank rows for walk-ins, and a signature column per day (or one, for long events).

Sex and age band have a column each, as the head counts need them: filled in for people
already registered, boxes to tick for anyone not yet known (walk-ins, or a registered person
whose sex or age was never recorded), so the counts can be typed from the sheet afterwards.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from fieldapp.domain.codelists import codelists
from fieldapp.domain.vocab import AGE_NOT_RECORDED, SEX_NOT_RECORDED
from fieldapp.reports import blocks, styles
from fieldapp.reports.document import MARGIN, Footer, page_size, write_pdf
from fieldapp.reports.event_report import place_of
from fieldapp.reports.fonts import REGULAR
from fieldapp.reports.text import para
from fieldapp.store.report_queries import (
    PersonAtEvent,
    event_details,
    one_event,
    people_at_event,
    provenance,
)
from fieldapp.store.store import Store

MAX_DAY_COLUMNS = 5
ROW_HEIGHT = 10 * mm
BOX = "\u2610"  # ☐, in the shipped font
SEX_MARKS = {"female": "F", "male": "M", "other": "O"}
TICK = styles.derived("signin_tick", styles.CELL, fontSize=7, leading=8.5)
SEX_WIDTH, AGE_WIDTH, WORK_WIDTH = 22 * mm, 50 * mm, 52 * mm
SIDES, ENDS = 12, 6  # points a cell keeps beside and above + below its text (grid_style)


def _days(event: dict[str, object]) -> list[str]:
    start, end = event["start_date"], event["end_date"]
    n = (end - start).days + 1  # type: ignore[operator]
    if n > MAX_DAY_COLUMNS or n < 2:
        return ["Signature"]
    return [f"Day {i}" for i in range(1, n + 1)]


def _boxes(labels: list[str], per_line: int) -> str:
    """Labels with a box to tick before each, ``per_line`` to a line."""
    ticks = [f"{BOX} {label}" for label in labels]
    return "\n".join("  ".join(ticks[i : i + per_line]) for i in range(0, len(ticks), per_line))


def sex_boxes() -> str:
    return _boxes([SEX_MARKS.get(s, s) for s in codelists().sexes if s != SEX_NOT_RECORDED], 3)


def age_boxes() -> str:
    bands = [b for b in codelists().age_bands if b != AGE_NOT_RECORDED]
    return _boxes(["<18" if b == "under 18" else b for b in bands], 4)


def sex_cell(person: PersonAtEvent | None) -> str:
    if person is None or person.sex == SEX_NOT_RECORDED:
        return sex_boxes()
    return blocks.label(person.sex)


def age_cell(person: PersonAtEvent | None) -> str:
    if person is None or not person.age_band or person.age_band == AGE_NOT_RECORDED:
        return age_boxes()
    return person.age_band


def _height(row: list[object], name_width: float) -> float:
    """A row's height: room to sign, or more when a long name or organization wraps."""
    needed = 0.0
    for cell, width in ((row[1], name_width), (row[2], WORK_WIDTH)):
        if isinstance(cell, Flowable):
            needed = max(needed, cell.wrap(width - SIDES, 1000)[1] + ENDS)
    return max(ROW_HEIGHT, needed)


def write_signin_sheet(store: Store, event_id: str, output: Path, *, blank_rows: int = 10) -> int:
    """Write the sheet; returns how many names were filled in."""
    with store.engine.connect() as conn:
        event, _ = event_details(conn, event_id)
        people = people_at_event(conn, event_id)
        source = provenance(conn, one_event(event_id))
    width = page_size(wide=True)[0] - 2 * MARGIN
    days = _days(event)
    fixed = 8 * mm + WORK_WIDTH + SEX_WIDTH + AGE_WIDTH
    # The name keeps at least 55 mm; the day columns share the rest (at most 45 mm each).
    sign = min(45 * mm, (width - fixed - 55 * mm) / len(days))
    name_width = width - fixed - sign * len(days)
    header = ["#", "Name", "Organization, position", "Sex", "Age band", *days]

    def row(i: int, p: PersonAtEvent | None) -> list[object]:
        work = "" if p is None else ", ".join(x for x in (p.organization, p.position) if x)
        return [
            str(i),
            para(p.full_name if p else "", styles.CELL),
            para(work, TICK if len(work) > 60 else styles.CELL),
            para(sex_cell(p), TICK if p is None or p.sex == SEX_NOT_RECORDED else styles.CELL),
            para(age_cell(p), TICK if age_cell(p) == age_boxes() else styles.CELL),
            *[""] * len(days),
        ]

    rows = [row(i, p) for i, p in enumerate(people, 1)]
    rows += [row(i, None) for i in range(len(people) + 1, len(people) + blank_rows + 1)]
    table = Table(
        [[para(h, styles.CELL_BOLD) for h in header], *rows],
        colWidths=[8 * mm, name_width, WORK_WIDTH, SEX_WIDTH, AGE_WIDTH, *[sign] * len(days)],
        rowHeights=[None] + [_height(r, name_width) for r in rows],
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
            "listed, write it in an empty row. Where there are boxes, tick your sex (F female, "
            "M male, O other) and your age band.",
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
