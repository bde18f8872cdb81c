"""The import preview: what a spreadsheet of people would do, before anything is written.

Shows how the file was read, which column feeds which field (and which are ignored), the
first rows as they would be stored, every bad row with its reason, and the people already
in the registry. The import button says how many people will be added; with bad rows it
stays off unless the user chooses to leave them out.
"""

from __future__ import annotations

from fieldapp.domain.validation import LABELS
from fieldapp.reports.people_import import ImportPlan
from fieldapp.ui.labels import number
from fieldapp.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

SHOWN = 300  # rows of errors and duplicates listed; the count says how many there are


class ImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.plan = plan
        self.setWindowTitle(self.tr("Import people from %1").replace("%1", plan.path.name))
        self.resize(900, 640)
        summary = QLabel(self._summary())
        summary.setWordWrap(True)

        mapped = {i: f for i, f in plan.mapping.columns.items()}
        self.mapping = QLabel(
            "; ".join(
                f"{plan.mapping.headers[i]} → {LABELS.get(f, f)}" for i, f in sorted(mapped.items())
            )
            + (
                "\n" + self.tr("Not read: %1").replace("%1", ", ".join(plan.mapping.unmapped))
                if plan.mapping.unmapped
                else ""
            )
        )
        self.mapping.setWordWrap(True)
        self.mapping.setAccessibleName(self.tr("Columns"))

        fields = list(dict.fromkeys(f for f in mapped.values()))
        self.preview = QTableWidget(len(plan.preview), len(fields) + 1)
        self.preview.setAccessibleName(self.tr("First rows"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *[LABELS.get(f, f) for f in fields]]
        )
        for r, (row, values) in enumerate(plan.preview):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row)))
            for c, f in enumerate(fields, 1):
                value = values.get(f)
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)

        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rows with problems"))
        self.errors.setWordWrap(True)
        self.errors.addItems([str(e) for e in plan.errors[:SHOWN]])
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Already known"))
        self.duplicates.setWordWrap(True)
        self.duplicates.addItems([str(m) for m in list(plan.matches.values())[:SHOWN]])
        lists = QHBoxLayout()
        for title, widget, n in (
            (self.tr("Rows with problems (%1)"), self.errors, len(plan.bad_rows)),
            (self.tr("Already known (%1)"), self.duplicates, len(plan.matches)),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title.replace("%1", number(n))))
            column.addWidget(widget)
            lists.addLayout(column)

        self.skip = QCheckBox(self.tr("Leave out the rows with problems and import the rest"))
        self.skip.setAccessibleName(self.tr("Leave out the rows with problems"))
        self.skip.setVisible(bool(plan.errors))
        self.skip.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Columns")))
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("First rows, as they will be stored")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(lists, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self._update()

    def _summary(self) -> str:
        p = self.plan
        text = self.tr("%1 rows read (%2).").replace("%1", str(len(p.rows))).replace("%2", p.source)
        if p.event_title:
            text += " " + self.tr("They will also be registered at “%1”.").replace(
                "%1", p.event_title
            )
        if p.problems:
            text += "\n" + "\n".join(p.problems)
        return text

    def _update(self) -> None:
        p = self.plan
        ok = p.can_commit(self.skip.isChecked())
        self.import_button.setEnabled(ok)
        self.import_button.setText(self.tr("Import %1 people").replace("%1", str(p.to_add)))

    @property
    def skip_invalid(self) -> bool:
        return self.skip.isChecked()
