"""Pasting a column of names (from a spreadsheet) into an event's participant list.

Each line is one person, maybe with their organization in a second, tab-separated column.
Before anything is added, a preview says what will happen to each line: the person of the
registry it is (when only one fits), a new person (when nobody fits), or nothing (already on
the list, repeated, or unreadable). Where two or more people fit, the user chooses. Cancel
adds nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldapp.domain.names import name_key
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import parse, validate_participant
from fieldapp.domain.vocab import SEX_NOT_RECORDED
from fieldapp.store.attendee_lookup import PersonChoice, same_organization
from fieldapp.ui.labels import code, day, isolate
from fieldapp.ui.problem_text import tr_problem_line
from fieldapp.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_LINES = 1000


def pasted_names(text: str) -> list[tuple[str, str | None]]:
    """(name, organization) per non-empty line; a second tab-separated column is the
    organization, any further columns are ignored."""
    found: list[tuple[str, str | None]] = []
    for raw in text.splitlines()[:MAX_LINES]:
        cells = [c.strip() for c in raw.split("\t")]
        if not cells[0]:
            continue
        org = cells[1] if len(cells) > 1 and cells[1] else None
        found.append((" ".join(cells[0].split()), org))
    return found


@dataclass
class PastedLine:
    """One pasted line and what may be done with it: ``choices`` are people of the registry,
    ``new`` the person to add when nobody fits, ``reason`` why it can only be skipped."""

    name: str
    organization: str | None
    choices: list[PersonChoice]
    new: ParticipantBase | None = None
    reason: str = ""


def plan_lines(
    names: list[tuple[str, str | None]],
    matches: list[list[PersonChoice]],
    on_list: set[str],
    on_list_keys: set[tuple[str, str | None]],
) -> list[PastedLine]:
    """What each pasted line may become. ``on_list`` are the ids already at the event and
    ``on_list_keys`` their (name key, organization) pairs, people not yet saved included."""
    lines: list[PastedLine] = []
    seen: list[tuple[str, str | None]] = []
    for (name, org), fits in zip(names, matches, strict=True):
        line = PastedLine(name, org, [p for p in fits if p.id not in on_list])
        key = name_key(name)
        if (any(p.id in on_list for p in fits) and not line.choices) or any(
            k == key and same_organization(o, org) for k, o in on_list_keys
        ):
            line.reason = QCoreApplication.translate("PastePreview", "already on the list")
        elif any(k == key and same_organization(o, org) for k, o in seen):
            line.reason = QCoreApplication.translate("PastePreview", "repeated above")
        elif not line.choices:
            data = {"full_name": name, "organization": org, "sex": SEX_NOT_RECORDED}
            person, problems = parse(ParticipantBase, data)
            if person is not None:
                problems = validate_participant(person, today=date.today())
            if problems:
                line.reason = "; ".join(tr_problem_line(p) for p in problems)
            else:
                line.new = person
        seen.append((key, org))
        lines.append(line)
    return lines


def describe(person: PersonChoice) -> str:
    """A person as the picker and the previews show them: enough to tell two of one name
    apart."""
    parts = [person.full_name]
    if person.organization:
        parts.append(person.organization)
    parts.append(code(person.sex))
    if person.birth_year:
        parts.append(
            QCoreApplication.translate("PastePreview", "born {0}").format(person.birth_year)
        )
    elif person.age_band:
        parts.append(code(person.age_band))
    if person.last_event and person.last_event_date:
        when = day(person.last_event_date)
        parts.append(
            QCoreApplication.translate("PastePreview", "last: {0} ({1})").format(
                isolate(person.last_event), when
            )
        )
    return " · ".join(parts)


class PastePreview(QDialog):
    """What will happen to each pasted line; OK adds them all, Cancel nobody."""

    def __init__(self, parent: QWidget, lines: list[PastedLine]) -> None:
        super().__init__(parent)
        self.setObjectName("paste_preview")
        self.setWindowTitle(self.tr("Paste names"))
        self.lines = lines
        self.table = QTableWidget(len(lines), 3)
        self.table.setObjectName("paste_lines")
        self.table.setAccessibleName(self.tr("Pasted names"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organization"), self.tr("What happens")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)  # a name on one line, Arabic and long ones too
        header.resizeSection(1, 170)
        self.choices: list[QComboBox] = []
        for row, line in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            self.table.setItem(row, 1, QTableWidgetItem(line.organization or ""))
            choice = QComboBox()
            choice.setObjectName(f"paste_choice_{row}")
            choice.setAccessibleName(self.tr("What happens to {0}").format(line.name))
            if line.reason:
                choice.addItem(self.tr("Skip: {0}").format(line.reason), None)
            else:
                for person in line.choices:
                    choice.addItem(self.tr("Use: {0}").format(describe(person)), person.id)
                if line.new is not None:
                    choice.addItem(self.tr("Add as a new person (sex not recorded)"), "new")
                if len(line.choices) > 1:
                    choice.insertItem(
                        0, self.tr("Skip: {0} people fit, choose one").format(len(line.choices))
                    )
                    choice.setCurrentIndex(0)
                else:
                    choice.addItem(self.tr("Skip"), None)
            choice.currentIndexChanged.connect(self._count)
            self.table.setCellWidget(row, 2, choice)
            self.choices.append(choice)
        self.summary = QLabel()
        self.summary.setObjectName("paste_summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("paste_add")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("paste_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self._count()

    def chosen(self) -> list[tuple[PastedLine, str]]:
        """(line, a person's id or "new") for every line not skipped."""
        return [
            (line, box.currentData())
            for line, box in zip(self.lines, self.choices, strict=True)
            if box.currentData()
        ]

    def _count(self) -> None:
        chosen = self.chosen()
        new = sum(1 for _, what in chosen if what == "new")
        self.summary.setText(
            self.tr("{0} of {1} lines will be added ({2} new to the registry).").format(
                len(chosen), len(self.lines), new
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add {0}").format(len(chosen)))
        ok.setEnabled(bool(chosen))
