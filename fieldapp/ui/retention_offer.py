"""The retention offer at unlock (DESIGN.md §12): when people are past the office's retention
period (`fieldapp.store.retention.is_due`), a small window says how many and offers to
review them (name, last event), erase them now, or later. Either answer is remembered, so it
is offered at most once a week. It does not block the app: the officer may look at People
first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from fieldapp.store.office_policy import office_policy
from fieldapp.store.operations import Changes, Outcome
from fieldapp.store.retention import Due, due, is_due, remember_answer, run
from fieldapp.store.store import Store
from fieldapp.ui.labels import apart, day
from fieldapp.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Offer:
    people: int
    years: int


def check(store: Store, today: date | None = None) -> Offer:
    """How many are due (0 when answered this week), under which retention period."""
    return Offer(is_due(store, today), office_policy(store).retention_years)


class RetentionOffer(QDialog):
    """ "12 people have had no event in 5 years…" [Review…] [Erase now] [Later]."""

    def __init__(self, session: Session, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.offer = offer
        self.setObjectName("retention_offer")
        self.setWindowTitle(self.tr("Identities due for erasure"))
        self.setModal(False)
        self.message = QLabel(
            self.tr("%n people have had no event in {0} years.", "", offer.people).format(
                offer.years
            )
            + " "
            + self.tr("Their identities are due for erasure under the office's policy.")
        )
        if offer.people == 1:
            self.message.setText(
                self.tr("1 person has had no event in {0} years.").format(offer.years)
                + " "
                + self.tr("Their identity is due for erasure under the office's policy.")
            )
        self.message.setObjectName("retention_message")
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("retention_people")
        self.list.setAccessibleName(self.tr("People due for erasure"))
        self.list.hide()
        self.review = QPushButton(self.tr("Review…"))
        self.review.setObjectName("retention_review")
        self.review.clicked.connect(self.show_people)
        self.erase = QPushButton(self.tr("Erase now"))
        self.erase.setObjectName("retention_erase")
        self.erase.clicked.connect(self.erase_now)
        self.later = QPushButton(self.tr("Later"))
        self.later.setObjectName("retention_later")
        # Enter answers Later, whatever was clicked before (never Erase now: it asks first)
        for button in (self.review, self.erase):
            button.setAutoDefault(False)
        self.later.setDefault(True)
        self.later.clicked.connect(self.answer_later)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review)
        buttons.addStretch(1)
        buttons.addWidget(self.erase)
        buttons.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(520, 160)

    def show_people(self) -> None:
        """Review…: who is due, with their last event (or none)."""

        def listed(people: list[Due]) -> None:
            self.list.clear()
            for p in people:
                last = (
                    self.tr("last event {0}").format(day(p.last_event))
                    if p.last_event is not None
                    else self.tr("no event")
                )
                self.list.addItem(f"{apart(p.full_name)} — {last}")
            self.list.show()
            self.review.setEnabled(False)
            self.resize(self.width(), 380)

        self.session.run(lambda store: due(store), listed, self._failed)

    def confirm(self) -> bool:
        """Erase now asks once more, Cancel by default: it cannot be undone."""
        box = QMessageBox(self)
        box.setObjectName("retention_confirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Identities due for erasure"))
        box.setText(
            self.tr(
                "Erase the identities of %n people? Their names, e-mails, phones, positions, "
                "birth years and notes are removed from this computer and, after the next "
                "sync, from HQ; their attendance stays as anonymous counts. This cannot be "
                "undone.",
                "",
                self.offer.people,
            )
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("retention_confirm")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is erase

    def erase_now(self) -> None:
        """Erase now: after one more question, everyone due, as `fieldapp retention run`
        does; then say how many."""
        if not self.confirm():
            return
        self.erase.setEnabled(False)
        self.later.setEnabled(False)

        def op(store: Store) -> Outcome[int]:
            erased = run(store)
            remember_answer(store)
            return Outcome(erased, Changes(people=True, attendance=True))

        def done(erased: int) -> None:
            self.message.setText(self.tr("%n identities erased.", "", erased))
            self.list.hide()
            self.review.hide()
            self.erase.hide()
            self.later.setText(self.tr("Close"))
            self.later.setEnabled(True)
            self.later.clicked.disconnect()
            self.later.clicked.connect(self.accept)
            self.adjustSize()  # the list is gone: no empty box around the answer

        self.session.perform(op, done, self._failed)

    def answer_later(self) -> None:
        """Later: not offered again this week."""
        self.session.run(remember_answer, lambda _v: None, self._failed)
        self.reject()

    def _failed(self, error: BaseException) -> None:
        self.erase.setEnabled(True)
        self.later.setEnabled(True)
        self.message.setText(self.tr("Nothing was erased: {0}").format(str(error)))


def offer_retention(parent: QWidget, session: Session) -> None:
    """After unlock: ask the store whether anyone is due; if so, show the offer (not modal)."""

    def checked(offer: Offer) -> None:
        if offer.people > 0 and session.is_unlocked:
            dialog = RetentionOffer(session, offer, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def failed(error: BaseException) -> None:
        # The offer is a reminder: the app works without it, and it comes at the next unlock.
        log.warning("Could not tell whether identities are due for erasure: %s", error)

    session.run(check, checked, failed)
