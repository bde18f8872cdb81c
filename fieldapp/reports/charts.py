"""Charts for the PDFs, drawn with reportlab's graphics (vector, small, print well).

reportlab's graphics draw strings unshaped and left to right, so the words of a chart (its
title, the names of its bars) are Paragraphs laid over the drawing (`Chart`): Arabic is
joined and read right to left like the rest of the page. On a right-to-left page the chart
is mirrored too: names on the right, bars growing leftwards, the first month on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from fieldapp.domain.wording import Wording
from fieldapp.reports import styles
from fieldapp.reports.fonts import BOLD, REGULAR
from fieldapp.reports.text import para

TITLE = styles.derived("chart_title", styles.BODY, fontName=BOLD, fontSize=9, leading=11,
                       textColor=styles.MUTED)  # fmt: skip
NAME = styles.derived("chart_name", styles.BODY, fontSize=7, leading=7.6, alignment=TA_RIGHT)
TICK = styles.derived("chart_tick", NAME, alignment=TA_CENTER)
TITLE_ROOM = 14


@dataclass(frozen=True)
class _Name:
    """One bar's name: a box ``width`` wide whose left edge is at ``x``, centred on ``y``;
    or, ``angle`` set, one line hung from (x, y) and turned, as crowded months are."""

    text: str
    x: float
    y: float
    width: float
    style: ParagraphStyle
    angle: float = 0


class Chart(Flowable):
    """A drawing with its title and bar names written as (shaped, bidi) Paragraphs."""

    def __init__(self, drawing: Drawing, title: str, names: list[_Name], w: Wording) -> None:
        super().__init__()
        self.drawing, self.title, self.names, self.w = drawing, title, names, w
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        renderPDF.draw(self.drawing, canvas, 0, 0)
        heading = para(self.title, TITLE, self.w.rtl)
        _, h = heading.wrap(self.width, TITLE_ROOM * 2)
        heading.drawOn(canvas, 0, self.height - h)
        for name in self.names:
            p = para(name.text, name.style, self.w.rtl)
            _, ph = p.wrap(name.width, 100)
            if not name.angle:
                p.drawOn(canvas, name.x, name.y - ph / 2)
                continue
            canvas.saveState()
            canvas.translate(name.x, name.y)
            canvas.rotate(name.angle)
            # Hung by its end: the top right corner (left to right) or top left (mirrored).
            p.drawOn(canvas, -name.width if name.angle > 0 else 0, -ph)
            canvas.restoreState()


def _bars(chart: VerticalBarChart | HorizontalBarChart, size: float) -> None:
    chart.bars[0].fillColor = styles.UN_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = size
    chart.categoryAxis.visibleLabels = 0  # written over the drawing, shaped (`Chart`)
    chart.valueAxis.valueMin = 0


def column_chart(
    w: Wording, items: Sequence[tuple[str, float]], *, title: str, width: float, height: float = 150
) -> Chart:
    """Vertical bars, one per item in the order given (months, quarters), the first on the
    reading side: left, or right on a right-to-left page."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = (10, 28) if w.rtl else (30, 28)
    chart.width, chart.height = width - 40, height - 28 - TITLE_ROOM - 8
    chart.data = [[value for _, value in items] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in items] or [""]
    chart.categoryAxis.reverseDirection = w.rtl
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    if w.rtl:  # the figures' scale on the right
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 5
    _bars(chart, 6.5)
    chart.barLabels.nudge = 6
    drawing.add(chart)
    n = max(len(items), 1)
    slot = chart.width / n
    crowded = n > 8
    names = []
    for i, (text, _) in enumerate(items):
        place = n - 1 - i if w.rtl else i
        centre = chart.x + (place + 0.5) * slot
        if crowded:
            wide = stringWidth(text, REGULAR, 7) * 1.1 + 4
            # Aligned to the end it hangs by (`para` mirrors NAME on a right-to-left page).
            names.append(_Name(text, centre, chart.y - 4, wide, NAME, -30 if w.rtl else 30))
        else:
            names.append(_Name(text, centre - slot / 2, chart.y - 10, slot, TICK))
    return Chart(drawing, title, names, w)


def bar_chart(
    w: Wording,
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    width: float,
    label_width: float = 110,
) -> Chart:
    """Horizontal bars read downwards (largest first is up to the caller); the height grows
    with the items. Names stand beside the bars' start: left, or right when right to left."""
    pitch = 14
    height = TITLE_ROOM + 10 + pitch * max(len(items), 1)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.y = 6
    chart.width, chart.height = width - label_width - 30, height - TITLE_ROOM - 10
    chart.x = 30 if w.rtl else label_width
    # reportlab draws the first category at the bottom; reverse so the list reads downwards.
    ordered = list(reversed(items))
    chart.data = [[value for _, value in ordered] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered] or [""]
    chart.valueAxis.visible = False
    chart.valueAxis.reverseDirection = w.rtl
    _bars(chart, 7)
    chart.barLabels.boxAnchor = "e" if w.rtl else "w"
    chart.barLabels.dx = -3 if w.rtl else 3
    drawing.add(chart)
    n = max(len(ordered), 1)
    step = chart.height / n
    room = label_width - 8
    left = chart.x + chart.width + 4 if w.rtl else 4
    names = [
        _Name(text, left, chart.y + (i + 0.5) * step, room, NAME)
        for i, (text, _) in enumerate(ordered)
    ]
    return Chart(drawing, title, names, w)
