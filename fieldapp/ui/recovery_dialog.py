"""Back in with the recovery key: the key first, then a new passphrase, then the store opens.

The same steps as `fieldapp passphrase recover`, through the same functions: the key is read as
the CLI reads it (spaces, dashes, small letters, 0 for O and 1 for I all accepted), a wrong one
waits and counts like a wrong passphrase, and the new passphrase meets the store's rule
(`passphrase_problems`, given the office's name and country) or nothing changes.
"""

from __future__ import annotations

import sys

from fieldapp.domain.validation import ValidationError
from fieldapp.store.backup import BackupError
from fieldapp.store.lock import StoreBusy
from fieldapp.store.store import Identity, StoreError
from fieldapp.store.vault import (
    RECOVERY_GROUPS,
    VaultError,
    WrongPassphrase,
    normalise_recovery_key,
)
from fieldapp.ui.first_run import strength_hint
from fieldapp.ui.problem_text import tr_problem_line
from fieldapp.ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session

KEY_CHARS = RECOVERY_GROUPS * 4
WORLD = (StoreError, VaultError, BackupError, StoreBusy, OSError)


def error_text(error: BaseException) -> str:
    """What the world did, in words; our own bug goes to the crash hook (and is named so)."""
    if isinstance(error, ValidationError):
        return "\n".join(tr_problem_line(p) for p in error.problems)
    if isinstance(error, WORLD):
        return str(error)
    sys.excepthook(type(error), error, error.__traceback__)
    return QCoreApplication.translate("RecoveryDialog", "Something went wrong; it was logged.")


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 0)  # Argon2id and copying give no steps to count: a busy bar
    bar.setMaximumHeight(12)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def password_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class RecoveryDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.identity: Identity | None = None
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Open the store with the recovery key"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._passphrase_page())
        self.message = QLabel()
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 4)
        self.busy = busy_bar("recovery_busy")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(lambda: self.check_button.setEnabled(True))
        self.resize(560, 320)

    # --- the key ----------------------------------------------------------------------------

    def _key_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Type the recovery key that was printed or written down when the store was "
                "made: {0} groups of 4 letters and digits. Spaces, dashes and small letters are "
                "fine."
            ).format(RECOVERY_GROUPS)
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recovery_key_input")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("ABCD-EFGH-…")
        self.key.returnPressed.connect(self.check_key)
        self.check_button = QPushButton(self.tr("Check the key"))
        self.check_button.setObjectName("check_recovery_key")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_key)
        form = QFormLayout(page)
        form.addRow(intro)
        form.addRow(self.tr("Recovery key"), self.key)
        form.addRow("", self.check_button)
        return page

    def check_key(self) -> None:
        if not self.check_button.isEnabled():
            return
        typed = normalise_recovery_key(self.key.text()).replace("-", "")
        if len(typed) != KEY_CHARS:  # not a try: nothing is counted or waited
            self._say(
                self.tr("A recovery key has {0} letters and digits; this one has {1}.").format(
                    KEY_CHARS, len(typed)
                )
            )
            return
        self._working(self.tr("Checking the key…"))
        self.session.check_recovery_key(self.key.text(), self._key_right, self._key_failed)

    def _key_right(self, identity: Identity) -> None:
        self.identity = identity
        self._idle()
        self._say("")  # said above the new passphrase, where the eye goes next
        self.key_right.setText(
            self.tr("The key is right. Set a new passphrase for {0}.").format(identity.office_name)
        )
        self.pages.setCurrentIndex(1)
        self._check_passphrase()
        self.first.setFocus()

    def _key_failed(self, error: BaseException) -> None:
        self._idle()
        if not isinstance(error, WrongPassphrase):
            self._say(error_text(error))
            return
        delay = self.session.throttle.delay
        self.check_button.setEnabled(False)
        self._wait.start(int(delay * 1000))
        self._say(
            self.tr(
                "That recovery key does not open this store. Check each group of four against "
                "the paper. Nothing was changed. You can try again in {0} s."
            ).format(max(1, round(delay)))
        )
        self.key.selectAll()
        self.key.setFocus()

    # --- the new passphrase -------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        self.key_right = QLabel()
        self.key_right.setObjectName("recovery_key_right")
        self.key_right.setWordWrap(True)
        self.first = password_field("new_passphrase", self.tr("New passphrase"))
        self.second = password_field("new_passphrase_again", self.tr("New passphrase again"))
        self.hint = QLabel()
        self.hint.setObjectName("new_passphrase_hint")
        self.hint.setWordWrap(True)
        self.set_button = QPushButton(self.tr("Set the passphrase and open"))
        self.set_button.setObjectName("set_new_passphrase")
        self.set_button.clicked.connect(self.set_passphrase)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check_passphrase)
        self.second.returnPressed.connect(self.set_passphrase)
        form = QFormLayout(page)
        form.addRow(self.key_right)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.hint)
        form.addRow("", self.set_button)
        return page

    def _check_passphrase(self) -> None:
        identity = self.identity
        text, ok = strength_hint(
            self.first.text(),
            identity.office_name if identity else "",
            identity.country if identity else "",
        )
        if ok and self.second.text() != self.first.text():
            text, ok = self.tr("Type the same passphrase twice."), False
        self.hint.setText(text)
        self.set_button.setEnabled(ok and self.busy.isHidden())

    def set_passphrase(self) -> None:
        if not self.set_button.isEnabled():
            return
        self._working(self.tr("Setting the new passphrase and opening the store…"))
        self.session.recover(self.key.text(), self.first.text(), self._opened, self._set_failed)

    def _opened(self, _: object) -> None:
        self._idle()
        self.accept()

    def _set_failed(self, error: BaseException) -> None:
        self._idle()
        self._say(self.tr("Nothing was changed: {0}").format(error_text(error)))
        self._check_passphrase()

    # --- state --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy.isHidden():  # not while the key or the new passphrase is being applied
            super().reject()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _working(self, text: str) -> None:
        self._say(text)
        self.busy.show()
        for control in (self.check_button, self.set_button, self.key, self.first, self.second):
            control.setEnabled(False)
        self.buttons.setEnabled(False)

    def _idle(self) -> None:
        self.busy.hide()
        for control in (self.check_button, self.key, self.first, self.second):
            control.setEnabled(True)
        self.buttons.setEnabled(True)
