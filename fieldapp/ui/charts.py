"""Small bar charts drawn with QPainter: enough for the dashboard, without QtCharts' weight."""

from __future__ import annotations

from fieldapp.ui.labels import number
from fieldapp.ui.qt import QColor, QFontMetrics, QPainter, QRectF, QSize, Qt, QWidget

PALETTE = ["#1f6fb2", "#e07b39", "#6aa84f", "#9e9e9e", "#8e63b5", "#c94f4f"]


class BarChart(QWidget):
    """Grouped vertical bars: one group per category, one bar per series, with a legend.

    A category's name is shown whole: on its lines ("Jan\n2026") under its bars, or, where
    a line is wider than its group ("сент.", "سبتمبر" under twelve narrow bars), turned to read
    upwards beside the axis; only a name longer than a third of the chart's height is cut
    (whole in the tooltip)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumHeight(220)
        self.setAccessibleName(title)

    def set_title(self, title: str) -> None:
        self.title = title
        self.setAccessibleName(title)
        self.update()

    def set_data(self, categories: list[str], series: list[tuple[str, list[float]]]) -> None:
        self.categories = categories
        self.series = series
        self.setToolTip(
            "\n".join(
                f"{' '.join(cat.split())}: "
                + ", ".join(f"{name} {number(values[i])}" for name, values in series)
                for i, cat in enumerate(categories)
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def paintEvent(self, event: object) -> None:
        """Laid out left to right, then mirrored whole where the interface reads right to
        left (the first category on the right, the scale and legend too); text is placed in
        the mirrored boxes and shaped by Qt (Arabic joined)."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        w, h = self.width(), self.height()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def box(x: float, y: float, width: float, height: float) -> QRectF:
            return QRectF(w - x - width if rtl else x, y, width, height)

        line = fm.height()
        p.setPen(self.palette().windowText().color())
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(QRectF(0, 0, w, line + 4), Qt.AlignmentFlag.AlignLeading, self.title)
        p.setFont(self.font())
        if not self.categories or not any(any(v) for _, v in self.series):
            p.drawText(
                QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, self.tr("No data for this period")
            )
            return
        legend_h = line + 6 if len(self.series) > 1 else 0
        left = 36
        group_w = (w - left - 8) / len(self.categories)
        names = [category.split("\n") for category in self.categories]
        turned = any(fm.horizontalAdvance(part) > group_w - 2 for n in names for part in n)
        if turned:  # read upwards, the end beside the axis
            widest = max(fm.horizontalAdvance(" ".join(n)) for n in names)
            label_h = int(min(widest + 4, h / 3))
        else:
            label_h = max(len(n) for n in names) * line
        top, bottom = line + 10, h - label_h - 8 - legend_h
        peak = max(max(v) for _, v in self.series) or 1
        p.setPen(QColor("#bbbbbb"))
        p.drawLine(
            box(left, bottom, w - 4 - left, 0).topLeft(),
            box(left, bottom, w - 4 - left, 0).topRight(),
        )
        p.setPen(self.palette().windowText().color())
        p.drawText(
            box(0, top - line / 2, left - 4, line), Qt.AlignmentFlag.AlignTrailing, number(peak)
        )
        bar_w = max(2.0, (group_w * 0.8) / max(1, len(self.series)))
        for i in range(len(self.categories)):
            x0 = left + i * group_w + group_w * 0.1
            for j, (_, values) in enumerate(self.series):
                value = values[i]
                bar_h = (bottom - top) * value / peak
                p.fillRect(
                    box(x0 + j * bar_w, bottom - bar_h, bar_w - 1, bar_h),
                    QColor(PALETTE[j % len(PALETTE)]),
                )
            if turned:
                label = fm.elidedText(" ".join(names[i]), Qt.TextElideMode.ElideRight, label_h)
                middle = box(left + i * group_w, bottom, group_w, 0).center().x()
                p.save()
                p.translate(middle, bottom + 4)
                p.rotate(-90)
                p.drawText(
                    QRectF(-label_h, -line / 2, label_h, line),
                    Qt.AlignmentFlag.AlignRight  # (absolute: the end beside the axis)
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                p.restore()
                continue
            for k, part in enumerate(names[i]):
                p.drawText(
                    box(left + i * group_w, bottom + 2 + k * line, group_w, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    part,
                )
        if legend_h:
            x = left
            for j, (name, _) in enumerate(self.series):
                p.fillRect(box(x, h - line, 10, 10), QColor(PALETTE[j % len(PALETTE)]))
                p.drawText(
                    box(x + 14, h - line - 3, fm.horizontalAdvance(name) + 4, line),
                    Qt.AlignmentFlag.AlignLeading,
                    name,
                )
                x += fm.horizontalAdvance(name) + 30
