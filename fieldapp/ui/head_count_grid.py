"""The head-count grid: sex x age band, with live totals, for people counted without names."""

from __future__ import annotations

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import HeadCountBase
from fieldapp.ui.labels import code
from fieldapp.ui.qt import QGridLayout, QLabel, QSpinBox, Qt, QVBoxLayout, QWidget, Signal


class HeadCountGrid(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        cl = codelists()
        self.sexes, self.bands = list(cl.sexes), list(cl.age_bands)
        grid = QGridLayout()
        self.cells: dict[tuple[str, str], QSpinBox] = {}
        self.row_totals: dict[str, QLabel] = {}
        self.col_totals: dict[str, QLabel] = {}
        for c, band in enumerate(self.bands, start=1):
            grid.addWidget(QLabel(code(band)), 0, c, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(
            QLabel("<b>" + self.tr("Total") + "</b>"),
            0,
            len(self.bands) + 1,
            Qt.AlignmentFlag.AlignCenter,
        )
        for r, sex in enumerate(self.sexes, start=1):
            grid.addWidget(QLabel(code(sex)), r, 0)
            for c, band in enumerate(self.bands, start=1):
                box = QSpinBox()
                box.setRange(0, 100_000)
                box.setAccessibleName(self.tr("{0}, {1}").format(code(sex), code(band)))
                box.valueChanged.connect(self._recount)
                grid.addWidget(box, r, c)
                self.cells[(sex, band)] = box
            self.row_totals[sex] = QLabel("0")
            grid.addWidget(
                self.row_totals[sex], r, len(self.bands) + 1, Qt.AlignmentFlag.AlignCenter
            )
        grid.addWidget(QLabel("<b>" + self.tr("Total") + "</b>"), len(self.sexes) + 1, 0)
        for c, band in enumerate(self.bands, start=1):
            self.col_totals[band] = QLabel("0")
            grid.addWidget(
                self.col_totals[band], len(self.sexes) + 1, c, Qt.AlignmentFlag.AlignCenter
            )
        self.total = QLabel("0")
        # Not "head_count_total": that is the Details tab's field, the total stated by hand.
        self.total.setObjectName("head_count_counted")
        self.total.setAccessibleName(self.tr("Total counted"))
        grid.addWidget(
            self.total, len(self.sexes) + 1, len(self.bands) + 1, Qt.AlignmentFlag.AlignCenter
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "People who attended without being registered by name, counted by sex and age band."
                )
            )
        )
        layout.addLayout(grid)
        layout.addStretch(1)

    def _recount(self) -> None:
        for sex in self.sexes:
            self.row_totals[sex].setText(str(sum(self.cells[(sex, b)].value() for b in self.bands)))
        for band in self.bands:
            self.col_totals[band].setText(
                str(sum(self.cells[(s, band)].value() for s in self.sexes))
            )
        self.total.setText(f"<b>{self.sum()}</b>")
        self.changed.emit()

    def sum(self) -> int:
        return sum(box.value() for box in self.cells.values())

    def values(self, event_id: str = "") -> list[HeadCountBase]:
        return [
            HeadCountBase(event_id=event_id, sex=sex, age_band=band, count=box.value())
            for (sex, band), box in self.cells.items()
            if box.value()
        ]

    def set_values(self, counts: list[HeadCountBase]) -> None:
        for box in self.cells.values():
            box.blockSignals(True)
            box.setValue(0)
        for cell in counts:
            if (cell.sex, cell.age_band) in self.cells:
                self.cells[(cell.sex, cell.age_band)].setValue(cell.count)
        for box in self.cells.values():
            box.blockSignals(False)
        self._recount()
