"""The unlock screen: the passphrase, a clear message and a growing delay after a wrong one."""

from __future__ import annotations

from fieldapp.store.vault import WrongPassphrase
from fieldapp.ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session


class UnlockView(QWidget):
    done = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        title = QLabel(self.tr("The store is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(QLabel(self.tr("Enter the passphrase to open the office's records.")))
        box.addLayout(row)
        box.addWidget(self.message)
        inner = QWidget()
        inner.setLayout(box)
        inner.setMaximumWidth(520)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(inner, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._ready)

    def showEvent(self, event: object) -> None:
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if not self.button.isEnabled() or not self.passphrase.text():
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        self.session.unlock(self.passphrase.text(), self._opened, self._failed)

    def _opened(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.button.setEnabled(True)
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self.passphrase.selectAll()
        if isinstance(error, WrongPassphrase):
            delay = self.session.throttle.delay
            self.message.setText(
                self.tr("That passphrase is not correct. Try again in {0} s.").format(int(delay))
            )
            self._wait.start(int(delay * 1000))
        else:
            self.message.setText(self.tr("The store could not be opened: {0}").format(error))
            self.button.setEnabled(True)

    def _ready(self) -> None:
        self.button.setEnabled(True)
        self.message.setText(self.tr("That passphrase was not correct. Try again."))
        self.passphrase.setFocus()
