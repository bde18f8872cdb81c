"""Our bugs: a logged traceback and a dialog that says so, instead of a silent failure.

The world's problems (wrong passphrase, bad input, disk full) are handled where they happen
and shown in plain words; what reaches here is a defect of the app. SQL parameters are hidden
from error messages by the engine, so no person's data reaches the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.ui.qt import QWidget

log = logging.getLogger("fieldapp.crash")


def install(parent: QWidget) -> None:
    """Route uncaught exceptions (in slots and callbacks too) to the log and a dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from fieldapp.ui.qt import QMessageBox  # loaded when needed, not at start-up

        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Unexpected error:\n%s", details)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(parent.tr("Something went wrong"))
        box.setText(
            parent.tr(
                "The app met an error it did not expect. What was saved is safe; "
                "what you were typing may need to be saved again. Please report this to the help desk."
            )
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
