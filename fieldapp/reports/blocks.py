"""Pieces the PDFs are built from: headline tiles, data tables, and how figures and dates
are written (one definition, so every PDF writes "41%" and "3–5 Mar 2026" the same way)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from fieldapp.domain.indicators import Participation
from fieldapp.domain.periods import day_text, range_text
from fieldapp.reports import styles
from fieldapp.reports.text import para


def count(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def participation(p: Participation) -> str:
    """'20 (8 named + 12 counted)', as the screens write it; '8' when nobody was counted."""
    if not p.counted:
        return count(p.named)
    return f"{count(p.total)} ({count(p.named)} named + {count(p.counted)} counted)"


def percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


def decimal(value: float | None, unit: str = "") -> str:
    return "n/a" if value is None else f"{value:g}{unit}"


def day(value: date) -> str:
    return day_text(value)


def long_day(value: date) -> str:
    return day_text(value)  # dates are written one way (`fieldapp.domain.periods`)


def date_range(start: date, end: date) -> str:
    return range_text(start, end)


def label(code: str | None) -> str:
    """A code-list value as a reader expects it: 'training course' -> 'Training course'."""
    if not code:
        return "—"
    return code[:1].upper() + code[1:]


def tiles(figures: Sequence[tuple[str, str]], width: float) -> Table:
    """The headline: big figures over short capital labels, as on the quarterly sheet."""
    cells = [
        [para(value, styles.FIGURE) for value, _ in figures],
        [para(text.upper(), styles.FIGURE_LABEL) for _, text in figures],
    ]
    table = Table(cells, colWidths=[width / len(figures)] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.STRIPE),
                ("LINEABOVE", (0, 0), (-1, 0), 2, styles.UN_BLUE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
) -> Table:
    """A table that splits across pages and repeats its header. Text cells are Paragraphs
    (they wrap, and Arabic is shaped); numeric columns are right-aligned."""
    right = set(numeric)

    def cell(i: int, value: object) -> object:
        if i in right:
            return para(value, styles.CELL_RIGHT)
        return para(value, styles.CELL)

    head = [
        para(h, styles.CELL_RIGHT if i in right else styles.CELL_BOLD) for i, h in enumerate(header)
    ]
    body = [[cell(i, v) for i, v in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(styles.grid_style())
    return table


def key_value_table(pairs: Sequence[tuple[str, object]], width: float) -> Table:
    """Label: value rows, for an event's details."""
    rows = [[para(k, styles.CELL_BOLD), para(v, styles.CELL)] for k, v in pairs]
    table = Table(rows, colWidths=[42 * mm, width - 42 * mm])
    table.setStyle(styles.grid_style(header_rows=0, stripes=True))
    return table


def section(title: str) -> Flowable:
    return para(title, styles.HEADING)
