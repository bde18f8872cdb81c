"""Choosing a period: a month, a quarter, a year, the last 12 months, all time, or custom dates."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.indicators import Period
from fieldapp.domain.periods import named_periods
from fieldapp.ui.event_editor import qdate, to_date
from fieldapp.ui.form_fields import DateField
from fieldapp.ui.labels import tr_label
from fieldapp.ui.qt import QComboBox, QHBoxLayout, QWidget, Signal

CUSTOM = "Custom"


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, default: str = "This year") -> None:
        super().__init__()
        self.box = QComboBox()
        self.box.setObjectName("period")
        self.box.setAccessibleName(self.tr("Period"))
        for key in [*named_periods(date.today()), CUSTOM]:
            self.box.addItem(tr_label(key), key)
        self.box.setCurrentIndex(self.box.findData(default))
        year = named_periods(date.today())["This year"]
        assert year.start and year.end
        self.start, self.end = DateField(qdate(year.start)), DateField(qdate(year.end))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)  # dates written as the lists write them
            edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.box, self.start, self.end):
            row.addWidget(widget)
        self.box.currentIndexChanged.connect(self._switched)
        self._switched()

    def _switched(self) -> None:
        custom = self.box.currentData() == CUSTOM
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.changed.emit()

    def choose(self, key: str) -> None:
        self.box.setCurrentIndex(self.box.findData(key))

    def state(self) -> tuple[str, date, date]:
        """What was chosen (the period's key and the custom dates), to `restore` later."""
        return self.box.currentData(), to_date(self.start), to_date(self.end)

    def restore(self, state: tuple[str, date, date]) -> None:
        key, start, end = state
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self.choose(key)

    def period(self) -> Period:
        if self.box.currentData() == CUSTOM:
            return Period(to_date(self.start), to_date(self.end))
        return named_periods(date.today())[self.box.currentData()]
