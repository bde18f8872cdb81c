"""The import preview: what a spreadsheet of people would do, before anything is written.

Shows how the file was read, which column feeds which field (and which are ignored), the
first rows as they would be stored, every bad row with its reason, and the people already
in the registry, all in the interface's language (`import_text`). The import button says how
many people will be added; with bad rows it stays off unless the user chooses to leave them
out.
"""

from __future__ import annotations

from fieldapp.reports.people_import import ImportPlan
from fieldapp.ui import import_text as text
from fieldapp.ui.labels import apart, number
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
# What the preview shows of a field the registry does not keep as such.
PREVIEWED = {"given_name": "full_name", "family_name": "full_name", "age": "age_band"}


class ImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.plan = plan
        self.setWindowTitle(self.tr("Import people from %1").replace("%1", apart(plan.path.name)))
        self.resize(900, 640)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)

        mapped = dict(sorted(plan.mapping.columns.items()))
        self.mapping = QLabel(self._columns())
        self.mapping.setObjectName("import_columns")
        self.mapping.setWordWrap(True)
        self.mapping.setAccessibleName(self.tr("Columns"))

        fields = list(dict.fromkeys(PREVIEWED.get(f, f) for f in mapped.values() if f != "id"))
        self.preview = QTableWidget(len(plan.preview), len(fields) + 1)
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(self.tr("First rows"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *[text.field_name(f) for f in fields]]
        )
        for r, (row, values) in enumerate(plan.preview):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row)))
            for c, f in enumerate(fields, 1):
                self.preview.setItem(r, c, QTableWidgetItem(text.shown_value(f, values.get(f))))
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)

        self.errors = self._list("import_problems", self.tr("Rows with problems"))
        self.errors.addItems([text.row_problem(e) for e in plan.errors[:SHOWN]])
        if len(plan.errors) > SHOWN:
            more = len(plan.errors) - SHOWN
            self.errors.addItem(self.tr("… and %Ln more problem(s)", "", more))
        matches = list(plan.matches.values())
        self.duplicates = self._list("import_known", self.tr("Already known"))
        self.duplicates.addItems([text.duplicate(m) for m in matches[:SHOWN]])
        if len(matches) > SHOWN:
            more = len(matches) - SHOWN
            self.duplicates.addItem(self.tr("… and %Ln more row(s)", "", more))
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
        self.skip.setObjectName("import_skip")
        self.skip.setAccessibleName(self.tr("Leave out the rows with problems"))
        self.skip.setVisible(bool(plan.errors))
        self.skip.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Columns")))
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("First rows, as they will be stored")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(lists, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self._update()

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setWordWrap(True)
        return widget

    def _summary(self) -> str:
        p = self.plan
        said = text.arg(self.tr("%Ln row(s) read (%1).", "", len(p.rows)), text.read_as(p))
        if p.event_title:
            said += " " + text.arg(
                self.tr("They will also be registered at “%1”."), text.apart(p.event_title)
            )
        if p.problems:
            said += "\n" + "\n".join(text.file_problems(p))
        return said

    def _columns(self) -> str:
        """ "Nom complet → Nom complet; Sexe → Sexe", then the headers not read."""
        m = self.plan.mapping
        said = self.tr("; ").join(
            text.arg(self.tr("%1 → %2"), text.apart(m.headers[i]), text.field_name(f))
            for i, f in sorted(m.columns.items())
        )
        if m.unmapped:
            unread = self.tr(", ").join(text.apart(h) for h in m.unmapped)
            said += "\n" + text.arg(self.tr("Not read: %1"), unread)
        return said

    def _update(self) -> None:
        p = self.plan
        self.import_button.setEnabled(p.can_commit(self.skip.isChecked()))
        self.import_button.setText(self.tr("Import %Ln person(s)", "", p.to_add))

    @property
    def skip_invalid(self) -> bool:
        return self.skip.isChecked()
