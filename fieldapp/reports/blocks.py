"""Pieces the PDFs are built from: headline tiles, data tables and headings, laid out for
the reader's language (`Wording`): on a right-to-left page a table's first column is on the
right and text is right-aligned. Figures and dates are written by the one formatter
(`fieldapp.domain.formats`, through the `Wording`), never here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.paragraph import split as split_words

from fieldapp.domain.indicators import Indicators, Participation
from fieldapp.domain.wording import Wording
from fieldapp.reports import styles
from fieldapp.reports.text import has_rtl, para

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
    """A table that splits across pages and repeats its header. Numeric columns are aligned
    to the line's end. On a right-to-left page the columns are mirrored: the first is on the
    right, and text is aligned right.

    A cell that fits on one line and needs no shaping (no right-to-left letters) is a plain
    string, drawn in the cell style's font, colour and alignment; only a cell that must wrap
    or be shaped is a Paragraph. The page looks the same, and a list of 2,000 events is laid
    out several times faster (a Paragraph per cell was most of a long report's time)."""
    right = set(numeric)
    fits = [width - 2 * CELL_PADDING for width in widths]
    shared: dict[tuple[int, str], Flowable] = {}

    def cell(i: int, value: object) -> object:
        text = "" if value is None else str(value)
        if "\n" not in text and not has_rtl(text):
            line = _as_drawn(text)
            if _width(line) <= fits[i]:
                return line
        # One Paragraph for each text of a column, measured once: a long list repeats its
        # dates, types and places (in Arabic each one shaped).
        if (i, text) not in shared:
            style = styles.CELL_RIGHT if i in right else styles.CELL
            shared[i, text] = _measured_once(para(text, style, w.rtl))
        return shared[i, text]

    head = [
        para(h, styles.CELL_RIGHT if i in right else styles.CELL_BOLD, w.rtl)
        for i, h in enumerate(header)
    ]
    cells = [head, *([cell(i, v) for i, v in enumerate(row)] for row in rows)]
    table = Table(
        [in_reading_order(w, row) for row in cells],
        colWidths=in_reading_order(w, list(widths)),
        # Each row's height, as reportlab would measure it: given, its measuring (which
        # starts again on each page of a long table) is skipped.
        rowHeights=[_height(row, fits) for row in cells],
        repeatRows=1,
    )
    table.setStyle(styles.grid_style())
    table.setStyle(_plain_cells(w, len(widths), right))
    return table


# reportlab's default padding left and right of a cell's content; grid_style's above and
# below it.
CELL_PADDING = 6
CELL_VERTICAL_PADDING = 2.5
MEASURE = 10_000.0  # room enough to measure a cell's full height


def _measured_once(paragraph: Flowable) -> Flowable:
    """``paragraph`` laid out once for a width: drawn in many cells of one column, it is
    not broken into lines (nor shaped) again for each."""
    wrap = paragraph.wrap
    last: dict[float, tuple[float, float]] = {}

    def once(width: float, height: float) -> tuple[float, float]:
        if width not in last:
            last.clear()  # the lines kept are those of the last width asked
            last[width] = wrap(width, height)
        return last[width]

    paragraph.wrap = once
    return paragraph


def _height(row: Sequence[object], fits: Sequence[float]) -> float:
    """A row's height: its tallest cell (a plain string is one line), padding included."""
    tallest = styles.CELL.leading
    for value, width in zip(row, fits, strict=True):
        if isinstance(value, Flowable):
            tallest = max(tallest, value.wrap(width, MEASURE)[1])
    return tallest + 2 * CELL_VERTICAL_PADDING


def _as_drawn(text: str) -> str:
    """One line as a Paragraph draws it: its words (split where reportlab splits them: at
    thin and narrow no-break spaces too, not at a no-break space) one space apart."""
    return " ".join(word for word in split_words(text) if word)


def _width(text: str) -> float:
    return float(stringWidth(text, styles.CELL.fontName, styles.CELL.fontSize))


def _plain_cells(w: Wording, columns: int, right: set[int]) -> TableStyle:
    """How a data table's plain-string cells are drawn: as its Paragraph cells are (the
    cell style's font, leading and colour; numbers at the line's end, text at its start:
    mirrored on a right-to-left page)."""
    cell = styles.CELL
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), cell.textColor),
    ]
    for i in range(columns):
        at = columns - 1 - i if w.rtl else i
        end = (i in right) != w.rtl
        commands.append(("ALIGN", (at, 1), (at, -1), "RIGHT" if end else "LEFT"))
    return TableStyle(commands)


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
