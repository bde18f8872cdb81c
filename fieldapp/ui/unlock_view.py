"""The unlock screen: the passphrase, a clear message and a growing delay after a wrong one.

It needs nothing but Qt, so the app paints it at once and loads the rest behind it while the
passphrase is typed.
"""

from __future__ import annotations

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


class UnlockView(QWidget):
    submitted = Signal(str)  # the passphrase

    def __init__(self) -> None:
        super().__init__()
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
        self.submitted.emit(self.passphrase.text())

    def opened(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.button.setEnabled(True)

    def wrong(self, delay_seconds: float) -> None:
        """A wrong passphrase: say so, and accept the next try only after ``delay_seconds``."""
        self.passphrase.selectAll()
        self.message.setText(
            self.tr("That passphrase is not correct. Try again in {0} s.").format(
                int(delay_seconds)
            )
        )
        self._wait.start(int(delay_seconds * 1000))

    def failed(self, reason: str) -> None:
        self.message.setText(self.tr("The store could not be opened: {0}").format(reason))
        self.button.setEnabled(True)

    def _ready(self) -> None:
        self.button.setEnabled(True)
        self.message.setText(self.tr("That passphrase was not correct. Try again."))
        self.passphrase.setFocus()
