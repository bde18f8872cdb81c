"""The line under a screen's buttons that follows a long job: how far it got (a true progress
bar, "page 12 of about 40"), Cancel; then its result, with Open and Show in folder for the
file it wrote."""

from __future__ import annotations

from pathlib import Path

from fieldapp.store.jobs import Step
from fieldapp.ui.jobs import Running
from fieldapp.ui.labels import number
from fieldapp.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QUrl,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #B42318"


class JobBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.running: Running | None = None  # to cancel
        self.path: Path | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("job_progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.step = QLabel()
        self.step.setObjectName("job_step")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("job_cancel")
        self.cancel.clicked.connect(self._cancel)
        self.status = QLabel()
        self.status.setObjectName("job_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.open_file = QPushButton(self.tr("Open"))
        self.open_file.setObjectName("open_file")
        self.open_file.clicked.connect(lambda: self._open(self.path))
        self.open_folder = QPushButton(self.tr("Show in folder"))
        self.open_folder.setObjectName("open_folder")
        self.open_folder.clicked.connect(
            lambda: self._open(self.path.parent if self.path else None)
        )
        running = QHBoxLayout()
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.progress, 1)
        running.addWidget(self.step)
        running.addWidget(self.cancel)
        result = QHBoxLayout()
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.status, 1)
        result.addWidget(self.open_file)
        result.addWidget(self.open_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(running)
        layout.addLayout(result)
        self.idle()
        self.open_file.hide()
        self.open_folder.hide()

    # --- while it runs ----------------------------------------------------------------------

    def started(self, what: str, running: Running) -> None:
        self.running = running
        self.path = None
        self.open_file.hide()
        self.open_folder.hide()
        self.status.setStyleSheet("")
        self.status.setText(what)
        self.progress.setValue(0)
        self.step.setText("")
        for widget in (self.progress, self.step, self.cancel):
            widget.show()
        self.cancel.setEnabled(True)

    def show_step(self, step: Step) -> None:
        self.progress.setValue(step.percent)
        if step.unit == "page" and step.at:
            if step.done and step.total:
                about = max(step.at, round(step.at * step.total / step.done))
                text = self.tr("Page %1 of about %2").replace("%1", number(step.at))
                self.step.setText(text.replace("%2", number(about)))
            else:
                self.step.setText(self.tr("Page %1").replace("%1", number(step.at)))
        elif step.unit == "row" and step.total:
            text = self.tr("Row %1 of %2").replace("%1", number(step.done))
            self.step.setText(text.replace("%2", number(step.total)))
        elif step.unit == "page" and not step.at:
            self.step.setText(self.tr("Reading the records…"))

    def _cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
            self.cancel.setEnabled(False)
            self.step.setText(self.tr("Cancelling…"))

    def idle(self) -> None:
        self.running = None
        for widget in (self.progress, self.step, self.cancel):
            widget.hide()

    # --- when it ends -----------------------------------------------------------------------

    def done(self, message: str, path: Path | None = None) -> None:
        self.idle()
        self.path = path
        self.status.setStyleSheet("")
        self.status.setText(message)
        self.open_file.setVisible(path is not None)
        self.open_folder.setVisible(path is not None)

    def failed(self, message: str) -> None:
        self.idle()
        self.path = None
        self.open_file.hide()
        self.open_folder.hide()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
