"""The unlock screen: the passphrase, a clear message and a growing delay after a wrong one,
and the way back in with the recovery key.

It needs nothing but Qt, so the app paints it at once and loads the rest behind it while the
passphrase is typed.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from fieldapp.ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from fieldapp.ui.session import Session


def looks_like_caps_lock(text: str) -> bool:
    """Typed with Caps Lock on, most likely: letters, and every one of them a capital."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


class UnlockView(QWidget):
    submitted = Signal(str)  # the passphrase
    recovery_requested = Signal()  # "Forgot the passphrase? Use the recovery key"

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
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.use_recovery = QPushButton(self.tr("Forgot the passphrase? Use the recovery key"))
        self.use_recovery.setObjectName("use_recovery_key")
        self.use_recovery.setFlat(True)
        self.use_recovery.setStyleSheet("text-decoration: underline; text-align: left;")
        self.use_recovery.clicked.connect(self.recovery_requested)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(QLabel(self.tr("Enter the passphrase to open the office's records.")))
        box.addLayout(row)
        box.addWidget(self.message)
        # At the start of its line (the left, or the right in Arabic), as a stretch puts it:
        # an alignment would be the first of Qt's enumerations, which the first paint skips.
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.use_recovery)
        recovery_row.addStretch(1)
        box.addLayout(recovery_row)
        inner = QWidget()
        inner.setLayout(box)
        inner.setFixedWidth(520)
        centred = QHBoxLayout()  # stretches, not an alignment: wrapped messages keep their height
        centred.addStretch(1)
        centred.addWidget(inner)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._ready)
        self._tick = QTimer(self)  # the wait counted down, second by second
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_wrong)
        self._ready_at = 0.0
        self._caps = False

    def showEvent(self, event: object) -> None:
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if not self.button.isEnabled() or not self.passphrase.text():
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        self.submitted.emit(self.passphrase.text())

    def opened(self) -> None:
        self._wait.stop()
        self._tick.stop()
        self.passphrase.clear()
        self.message.clear()
        self.button.setEnabled(True)

    def wrong(self, delay_seconds: float) -> None:
        """A wrong passphrase: say so and what to check, and accept the next try only after
        ``delay_seconds`` (counted down)."""
        self._caps = looks_like_caps_lock(self.passphrase.text())
        self.passphrase.selectAll()
        self._ready_at = time.monotonic() + delay_seconds
        self._wait.start(int(delay_seconds * 1000))
        self._tick.start()
        self._show_wrong()

    def _show_wrong(self) -> None:
        left = max(0, math.ceil(self._ready_at - time.monotonic()))
        lines = [
            self.tr("That passphrase is not correct."),
            self.tr("Caps Lock seems to be on: it was typed all in capitals.")
            if self._caps
            else self.tr("Capitals count; check the keyboard's language too."),
            self.tr("You can try again in {0} s.").format(left) if left else self.tr("Try again."),
            self.tr("Forgotten? Use the recovery key below."),
        ]
        self.message.setText(" ".join(lines))

    def failed(self, reason: str) -> None:
        self.message.setText(self.tr("The store could not be opened: {0}").format(reason))
        self.button.setEnabled(True)

    def _ready(self) -> None:
        self._tick.stop()
        self.button.setEnabled(True)
        self._show_wrong()
        self.passphrase.setFocus()

    def recover(self, session: Session) -> None:
        """Open the recovery key dialog; once it has opened the store, clear this screen."""
        from fieldapp.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(session, self)
        dialog.accepted.connect(self.opened)
        dialog.open()
