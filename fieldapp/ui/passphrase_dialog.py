"""Settings → Change passphrase: the current one, then the new one twice.

As `fieldapp passphrase change`: a wrong current passphrase waits and counts as at the lock
screen; the new one meets the store's rule (`passphrase_problems`, the office's own words count
for nothing) or nothing changes; the recovery key keeps working, and the local backups take
the new passphrase (`Store.change_passphrase`).
"""

from __future__ import annotations

from fieldapp.store.vault import WrongPassphrase
from fieldapp.ui.first_run import strength_hint
from fieldapp.ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget
from fieldapp.ui.recovery_dialog import busy_bar, error_text, password_field
from fieldapp.ui.session import Session


class PassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.old = password_field("current_passphrase", self.tr("Current passphrase"))
        self.first = password_field("new_passphrase", self.tr("New passphrase"))
        self.second = password_field("new_passphrase_again", self.tr("New passphrase again"))
        self.hint = QLabel()
        self.hint.setObjectName("new_passphrase_hint")
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 3)
        self.message = QLabel()
        self.message.setObjectName("passphrase_message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.busy = busy_bar("passphrase_busy")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.change = QPushButton(self.tr("Change the passphrase"))
        self.change.setObjectName("change_passphrase_confirm")
        self.buttons.addButton(self.change, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.change.clicked.connect(self.apply)
        for field in (self.old, self.first, self.second):
            field.textChanged.connect(self._check)
        note = QLabel(
            self.tr(
                "The recovery key keeps working. Backups in the store's folder take the new "
                "passphrase; copies already carried away (a USB stick) keep the one they were "
                "made with."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow(self.hint)  # the whole width: the rule's advice runs to three lines
        form.addRow(note)
        form.addRow(self.message)
        form.addRow(self.busy)
        form.addRow(self.buttons)
        self._check()
        self.resize(560, 300)

    def _check(self) -> None:
        identity = self.session.identity
        text, ok = strength_hint(
            self.first.text(),
            identity.office_name if identity else "",
            identity.country if identity else "",
        )
        if ok and self.second.text() != self.first.text():
            text, ok = self.tr("Type the same new passphrase twice."), False
        if ok and self.first.text() == self.old.text():
            text, ok = self.tr("The new passphrase is the current one."), False
        self.hint.setText(text if self.first.text() else "")
        self.change.setEnabled(ok and bool(self.old.text()) and self.busy.isHidden())

    def apply(self) -> None:
        if not self.change.isEnabled():
            return
        self.message.setText(self.tr("Changing the passphrase…"))
        self.busy.show()
        self._check()
        self.buttons.setEnabled(False)
        self.session.change_passphrase(self.old.text(), self.first.text(), self._done, self._failed)

    def _done(self, _: object) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        for field in (self.old, self.first, self.second):
            field.clear()
        self.message.setText(
            self.tr(
                "The passphrase is changed. Use the new one from now on; the recovery key still works."
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.message.setText(
                self.tr(
                    "The current passphrase is not correct (capitals count). Nothing was "
                    "changed. You can try again in {0} s."
                ).format(max(1, round(self.session.throttle.delay)))
            )
            self.old.selectAll()
            self.old.setFocus()
        else:
            self.message.setText(self.tr("Nothing was changed: {0}").format(error_text(error)))
        self._check()

    def reject(self) -> None:
        if self.busy.isHidden():
            super().reject()
