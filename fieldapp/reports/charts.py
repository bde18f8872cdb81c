"""Charts for the PDFs, drawn with reportlab's graphics (vector, small, print well)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from fieldapp.reports import styles
from fieldapp.reports.fonts import BOLD, REGULAR


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(String(0, height - 10, text, fontName=BOLD, fontSize=9, fillColor=styles.MUTED))


def column_chart(
    items: Sequence[tuple[str, float]], *, title: str, width: float, height: float = 150
) -> Drawing:
    """Vertical bars, one per item in the order given (months, quarters)."""
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, height - 50
    chart.data = [[value for _, value in items] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in items] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(items) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(items) > 8 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = styles.UN_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def bar_chart(
    items: Sequence[tuple[str, float]], *, title: str, width: float, label_width: float = 110
) -> Drawing:
    """Horizontal bars, largest first is up to the caller; height grows with the items."""
    height = 30 + 14 * max(len(items), 1)
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 6
    chart.width, chart.height = width - label_width - 30, height - 24
    # reportlab draws the first category at the bottom; reverse so the list reads downwards.
    ordered = list(reversed(items))
    chart.data = [[value for _, value in ordered] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = styles.UN_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
