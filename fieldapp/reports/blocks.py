"""Pieces the PDFs are built from: headline tiles, data tables and headings, laid out for
the reader's language (`Wording`): on a right-to-left page a table's first column is on the
right and text is right-aligned. Figures and dates are written by the one formatter
(`fieldapp.domain.formats`, through the `Wording`), never here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from fieldapp.domain.indicators import Indicators, Participation
from fieldapp.domain.wording import Wording
from fieldapp.reports import styles
from fieldapp.reports.text import para

T = TypeVar("T")


def count(w: Wording, value: float | str) -> str:
    """A count or a sum as the reader's language writes it ('1,127', '1 127', '12.5'); a
    count HQ withholds from its reader arrives as "<5" and is printed in their words."""
    if isinstance(value, str):
        # TRANSLATORS: a count HQ does not show: under 5 people, or one that would give such
        # a count away (a table's cell). In Arabic, words ("أقل من 5") read better than a sign.
        return w.gettext("<5") if value == "<5" else value
    return w.number(value, 0 if float(value).is_integer() else 1)


def participation(w: Wording, p: Participation) -> str:
    """'20 (8 named + 12 counted)', as the screens write it; '8' when nobody was counted."""
    if not p.counted:
        return count(w, p.named)
    return w.gettext("{total} ({named} named + {counted} counted)").format(
        total=count(w, p.total), named=count(w, p.named), counted=count(w, p.counted)
    )


def percent(w: Wording, share: float | str | None) -> str:
    if isinstance(share, str):
        return count(w, share)  # withheld at HQ ("<5")
    return w.gettext("n/a") if share is None else w.percent(share)


def decimal(w: Wording, value: float | None) -> str:
    """A mean (satisfaction, score gain) as the indicators give it, to two decimals at most
    and without trailing zeros: '3.98', '3,98', '4.2', '4'."""
    if value is None:
        return w.gettext("n/a")
    places = next((d for d in (0, 1) if abs(value * 10**d - round(value * 10**d)) < 1e-9), 2)
    return w.number(value, places)


def gain(w: Wording, ind: Indicators) -> str:
    """'64% (mean gain 12.5 points)'."""
    mean = ind.mean_knowledge_gain
    if mean is None:
        points = w.gettext("n/a")
    else:
        # A fraction takes the form of 2 (Russian "12,5 балла", French "12,5 points").
        n = int(mean) if float(mean).is_integer() else 2
        points = w.ngettext("{x} point", "{x} points", abs(n)).format(x=decimal(w, mean))
    return w.gettext("{share} (mean gain {points})").format(
        share=percent(w, ind.knowledge_gain_share), points=points
    )


def satisfaction(w: Wording, ind: Indicators) -> str:
    return w.gettext("{mean} / 5").format(mean=decimal(w, ind.mean_satisfaction))


def label(w: Wording, code: str | None) -> str:
    """A code-list value as a reader expects it: 'training course' -> 'Training course',
    'Formation' in French."""
    if not code:
        return "—"
    text = w.label(code)
    return text[:1].upper() + text[1:]


def joined(w: Wording, parts: Sequence[str]) -> str:
    """'Rabat, Morocco'; Arabic writes its own comma."""
    # TRANSLATORS: what separates the items of a list ("Rabat, Morocco"), space included.
    return w.gettext(", ").join(p for p in parts if p)


def series(w: Wording, parts: Sequence[str]) -> str:
    """'IRQ; JOR': items that may hold commas themselves (outcomes, countries)."""
    # TRANSLATORS: what separates the items of a list whose items may hold commas.
    return w.gettext("; ").join(p for p in parts if p)


def yes_no(w: Wording, value: bool) -> str:
    return w.gettext("yes") if value else w.gettext("no")


def in_reading_order(w: Wording, items: Sequence[T]) -> list[T]:
    """Side-by-side items (columns, tiles) as they are placed from the left: on a right-to-
    left page the first is on the right."""
    return list(reversed(items)) if w.rtl else list(items)


def tiles(w: Wording, figures: Sequence[tuple[str, str]], width: float) -> Table:
    """The headline: big figures over short capital labels, as on the quarterly sheet."""
    placed = in_reading_order(w, figures)
    cells = [
        [para(value, styles.FIGURE) for value, _ in placed],
        [para(text.upper(), styles.FIGURE_LABEL, w.rtl) for _, text in placed],
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
    w: Wording,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
) -> Table:
    """A table that splits across pages and repeats its header. Text cells are Paragraphs
    (they wrap, and Arabic is shaped); numeric columns are aligned to the line's end. On a
    right-to-left page the columns are mirrored: the first is on the right."""
    right = set(numeric)

    def cell(i: int, value: object) -> object:
        return para(value, styles.CELL_RIGHT if i in right else styles.CELL, w.rtl)

    head = [
        para(h, styles.CELL_RIGHT if i in right else styles.CELL_BOLD, w.rtl)
        for i, h in enumerate(header)
    ]
    body = [in_reading_order(w, [cell(i, v) for i, v in enumerate(row)]) for row in rows]
    table = Table(
        [in_reading_order(w, head), *body],
        colWidths=in_reading_order(w, list(widths)),
        repeatRows=1,
    )
    table.setStyle(styles.grid_style())
    return table


def key_value_table(w: Wording, pairs: Sequence[tuple[str, object]], width: float) -> Table:
    """Label: value rows, for an event's details (the label on the right when right to left)."""
    rows = [
        in_reading_order(w, [para(k, styles.CELL_BOLD, w.rtl), para(v, styles.CELL, w.rtl)])
        for k, v in pairs
    ]
    table = Table(rows, colWidths=in_reading_order(w, [48 * mm, width - 48 * mm]))
    table.setStyle(styles.grid_style(header_rows=0, stripes=True))
    return table


def section(w: Wording, title: str) -> Flowable:
    return para(title, styles.HEADING, w.rtl)


def body(w: Wording, text: str) -> Flowable:
    return para(text, styles.BODY, w.rtl)
