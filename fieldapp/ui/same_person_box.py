"""Before a new person is saved from the People screen: the people of the registry they may
be (found by quick add's check, `attendee_lookup.likely_duplicates`), the same organization's
first; the user opens one of them, or saves the new person all the same."""

from __future__ import annotations

from fieldapp.domain.names import name_key
from fieldapp.store.attendee_lookup import PersonChoice
from fieldapp.ui.paste_names import describe
from fieldapp.ui.qt import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    Signal,
)

PERSON = Qt.ItemDataRole.UserRole


def same_organization_first(
    people: list[PersonChoice], organization: str | None
) -> list[PersonChoice]:
    """The people of the typed organization first (the likeliest), then those without one."""
    key = name_key(organization) if organization else None

    def other(person: PersonChoice) -> bool:
        return not (key and person.organization and name_key(person.organization) == key)

    return sorted(people, key=other)


class SamePersonBox(QGroupBox):
    open_person = Signal(str)  # the person of the registry chosen instead of a new one
    save_anyway = Signal()  # a new person all the same

    def __init__(self) -> None:
        super().__init__(self.tr("Already in the registry?"))
        self.setObjectName("person_duplicates")
        self.asked: tuple[str, str | None] | None = None  # the name and organization offered for
        self.list = QListWidget()
        self.list.setObjectName("person_duplicate_list")
        self.list.setAccessibleName(self.tr("People who may be the same person"))
        self.list.setWordWrap(True)  # a long name and its organization, whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(4 * self.fontMetrics().lineSpacing() + 12)
        self.list.itemActivated.connect(lambda _i: self._open())
        use = QPushButton(self.tr("Open this person"))
        use.setObjectName("open_duplicate")
        use.clicked.connect(self._open)
        anyway = QPushButton(self.tr("Save as a new person"))
        anyway.setObjectName("save_new_anyway")
        anyway.clicked.connect(self._anyway)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(anyway)
        row.addWidget(use)
        column.addLayout(row)
        self.hide()

    def offer(self, asked: tuple[str, str | None], people: list[PersonChoice]) -> None:
        """Show ``people`` as who the new person (name, organization) may be."""
        self.list.clear()
        for person in same_organization_first(people, asked[1]):
            item = QListWidgetItem(describe(person))
            item.setData(PERSON, person.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.asked = asked
        self.show()
        self.list.setFocus()

    def withdraw(self) -> None:
        self.asked = None
        self.hide()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.withdraw()
            self.open_person.emit(item.data(PERSON))

    def _anyway(self) -> None:
        self.withdraw()
        self.save_anyway.emit()
