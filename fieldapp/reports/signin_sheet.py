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
from fieldapp.domain.wording import ENGLISH, Wording
from fieldapp.reports import blocks, styles
from fieldapp.reports.document import MARGIN, Footer, page_size, write_pdf
from fieldapp.reports.event_report import place_of
from fieldapp.reports.fonts import REGULAR
from fieldapp.reports.text import has_rtl, para
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
TICK = styles.derived("signin_tick", styles.CELL, fontSize=7, leading=8.5)
SEX_WIDTH, AGE_WIDTH, WORK_WIDTH = 22 * mm, 50 * mm, 52 * mm
SIDES, ENDS = 12, 6  # points a cell keeps beside and above + below its text (grid_style)


def sex_marks(w: Wording) -> dict[str, str]:
    """The letter ticked for each sex: F, M, O in English; F, H, A in French."""
    return {
        # TRANSLATORS: the letter a sign-in sheet gives "female", ticked in a box.
        "female": w.gettext("F"),
        # TRANSLATORS: the letter a sign-in sheet gives "male", ticked in a box.
        "male": w.gettext("M"),
        # TRANSLATORS: the letter a sign-in sheet gives "other", ticked in a box.
        "other": w.gettext("O"),
    }


def _days(w: Wording, event: dict[str, object]) -> list[str]:
    start, end = event["start_date"], event["end_date"]
    n = (end - start).days + 1  # type: ignore[operator]
    if n > MAX_DAY_COLUMNS or n < 2:
        return [w.gettext("Signature")]
    return [w.gettext("Day {n}").format(n=w.number(i)) for i in range(1, n + 1)]


def _boxes(labels: list[str], per_line: int, rtl: bool = False) -> str:
    """Labels with a box to tick before each, ``per_line`` to a line. On a right-to-left
    page figures ("18-24") are set out from the right, box first, as words are by bidi."""
    lines = [labels[i : i + per_line] for i in range(0, len(labels), per_line)]
    if rtl and not any(has_rtl(label) for label in labels):
        return "\n".join("  ".join(f"{label} {BOX}" for label in reversed(line)) for line in lines)
    return "\n".join("  ".join(f"{BOX} {label}" for label in line) for line in lines)


def sex_boxes(w: Wording = ENGLISH) -> str:
    marks = sex_marks(w)
    return _boxes([marks.get(s, s) for s in codelists().sexes if s != SEX_NOT_RECORDED], 3, w.rtl)


def age_boxes(w: Wording = ENGLISH) -> str:
    bands = [b for b in codelists().age_bands if b != AGE_NOT_RECORDED]
    return _boxes(["<18" if b == "under 18" else b for b in bands], 4, w.rtl)


def sex_cell(person: PersonAtEvent | None, w: Wording = ENGLISH) -> str:
    if person is None or person.sex == SEX_NOT_RECORDED:
        return sex_boxes(w)
    return blocks.label(w, person.sex)


def age_cell(person: PersonAtEvent | None, w: Wording = ENGLISH) -> str:
    if person is None or not person.age_band or person.age_band == AGE_NOT_RECORDED:
        return age_boxes(w)
    return w.label(person.age_band)


def _height(row: list[object], name_width: float) -> float:
    """A row's height: room to sign, or more when a long name or organization wraps."""
    needed = 0.0
    for cell, width in ((row[1], name_width), (row[2], WORK_WIDTH)):
        if isinstance(cell, Flowable):
            needed = max(needed, cell.wrap(width - SIDES, 1000)[1] + ENDS)
    return max(ROW_HEIGHT, needed)


def _instructions(w: Wording) -> str:
    marks = sex_marks(w)
    # "F female, M male, O other"; a language that ticks whole words says each once.
    legend = blocks.joined(
        w,
        [
            marks[s] if marks[s] == w.label(s) else f"{marks[s]} {w.label(s)}"
            for s in ("female", "male", "other")
            if s in codelists().sexes
        ],
    )
    return w.gettext(
        "Please check your name and sign for each day you attend. If your name is not listed, "
        "write it in an empty row. Where there are boxes, tick your sex ({legend}) and your "
        "age band."
    ).format(legend=legend)


def write_signin_sheet(
    store: Store, event_id: str, output: Path, *, blank_rows: int = 10, lang: str = "en"
) -> int:
    """Write the sheet in ``lang``; returns how many names were filled in."""
    w = Wording(lang)
    with store.engine.connect() as conn:
        event, _ = event_details(conn, event_id)
        people = people_at_event(conn, event_id)
        source = provenance(conn, one_event(event_id))
    width = page_size(wide=True)[0] - 2 * MARGIN
    days = _days(w, event)
    fixed = 8 * mm + WORK_WIDTH + SEX_WIDTH + AGE_WIDTH
    # The name keeps at least 55 mm; the day columns share the rest (at most 45 mm each).
    sign = min(45 * mm, (width - fixed - 55 * mm) / len(days))
    name_width = width - fixed - sign * len(days)
    header = [
        "#",
        w.gettext("Name"),
        w.gettext("Organization, position"),
        w.gettext("Sex"),
        w.gettext("Age band"),
        *days,
    ]
    boxes = age_boxes(w)

    def row(i: int, p: PersonAtEvent | None) -> list[object]:
        work = "" if p is None else blocks.joined(w, [p.organization or "", p.position or ""])
        age = age_cell(p, w)
        return [
            w.number(i),
            para(p.full_name if p else "", styles.CELL, w.rtl),
            para(work, TICK if len(work) > 60 else styles.CELL, w.rtl),
            para(sex_cell(p, w), TICK if p is None or p.sex == SEX_NOT_RECORDED else styles.CELL,
                 w.rtl),
            para(age, TICK if age == boxes else styles.CELL, w.rtl),
            *[""] * len(days),
        ]  # fmt: skip

    rows = [row(i, p) for i, p in enumerate(people, 1)]
    rows += [row(i, None) for i in range(len(people) + 1, len(people) + blank_rows + 1)]
    heights = [None] + [_height(r, name_width) for r in rows]
    placed = [blocks.in_reading_order(w, r) for r in rows]
    widths = [8 * mm, name_width, WORK_WIDTH, SEX_WIDTH, AGE_WIDTH, *[sign] * len(days)]
    table = Table(
        [blocks.in_reading_order(w, [para(h, styles.CELL_BOLD, w.rtl) for h in header]), *placed],
        colWidths=blocks.in_reading_order(w, widths),
        rowHeights=heights,
        repeatRows=1,
    )
    number = -1 if w.rtl else 0  # the row number's column
    style = styles.grid_style(stripes=False)
    style.add("GRID", (0, 0), (-1, -1), 0.4, styles.RULE)
    style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
    style.add("FONT", (number, 1), (number, -1), REGULAR, 8)
    table.setStyle(style)
    story: list[Flowable] = [
        para(w.gettext("Sign-in sheet"), styles.TITLE, w.rtl),
        para(event["title"], styles.HEADING, w.rtl),
        para(
            f"{w.day_range(event['start_date'], event['end_date'])} · "
            f"{place_of(event, w) or store.identity.office_name}",
            styles.SUBTITLE,
            w.rtl,
        ),
        para(_instructions(w), styles.SMALL, w.rtl),
        Spacer(1, 3 * mm),
        table,
    ]
    write_pdf(
        output,
        story,
        title=w.gettext("Sign-in sheet: {title}").format(title=event["title"]),
        footer=Footer(store.identity.office_name, source, w=w),
        wide=True,
    )
    return len(people)
