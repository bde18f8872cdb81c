"""The first-run page that shows the recovery key once, and will not be left until it is kept.

The key is the only way back in if the passphrase is forgotten, and it is shown only here: the
page offers Print and Save as PDF, and the wizard refuses to finish or close on it until the
key was printed or saved, or the user ticked "I wrote it down" (see `FirstRunWizard.reject`).
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from fieldapp.ui.labels import day
from fieldapp.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QPrintDialog,
    QPrinter,
    QPushButton,
    Qt,
    QTextDocument,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)


def key_sheet(recovery_key: str, office: str, country: str) -> QTextDocument:
    """The page that is printed or saved: whose key it is, the key, and what to do with it."""
    title = QCoreApplication.translate("RecoveryKeyPage", "Recovery key of the store")
    how = QCoreApplication.translate(
        "RecoveryKeyPage",
        "If the passphrase is forgotten: on the lock screen choose “Forgot the passphrase? Use "
        "the recovery key”, type this key, then set a new passphrase.",
    )
    keep = QCoreApplication.translate(
        "RecoveryKeyPage",
        "Keep this sheet apart from the computer, somewhere locked. Anyone who has it and the "
        "computer can open the office's records.",
    )
    doc = QTextDocument()
    doc.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<p><b>{html.escape(office)}</b> · {html.escape(country)} · {html.escape(day(date.today()))}</p>"
        "<p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: nowrap'>"
        f"{html.escape(recovery_key)}</p>"
        f"<p>{html.escape(how)}</p><p>{html.escape(keep)}</p>"
    )
    return doc


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog; False if the user cancelled it."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.kept = False  # printed or saved
        self.office = ""
        self.country = ""
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "Print it, save it as a PDF or write it down, and keep it apart from this "
                "computer. It is shown only now."
            )
        )
        self.key = QLabel()
        font = QFont("monospace")
        font.setPointSize(16)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setObjectName("recovery_key")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_recovery_key")
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_recovery_key")
        self.save_button.clicked.connect(self.save_key)
        self.confirm = QCheckBox(self.tr("I wrote it down"))
        self.confirm.setObjectName("wrote_it_down")
        self.confirm.toggled.connect(self._changed)
        self.status = QLabel()
        self.status.setObjectName("recovery_key_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        explain = QLabel(
            self.tr(
                "If the passphrase is forgotten, this key opens the store and sets a new "
                "passphrase. Nobody else can open it: without the passphrase or this key, "
                "every record is lost."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def show_key(self, recovery_key: str, office: str, country: str) -> None:
        self.key.setText(recovery_key)
        self.office, self.country = office, country

    def isComplete(self) -> bool:
        return self.kept or self.confirm.isChecked()

    def refuse_leaving(self) -> None:
        """Said when the wizard is closed before the key was kept."""
        self.status.setStyleSheet("color: #b00020; font-weight: 600;")
        self.status.setText(
            self.tr(
                "Keep the recovery key before closing: print it, save it as a PDF, or write it "
                "down and tick “I wrote it down”. Without it a forgotten passphrase loses every "
                "record."
            )
        )

    def _changed(self) -> None:
        if self.isComplete():
            self.status.setStyleSheet("")
            if not self.kept:
                self.status.clear()
        self.completeChanged.emit()

    def _sheet(self) -> QTextDocument:
        return key_sheet(self.key.text(), self.office, self.country)

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not ask_printer(printer, self):
            return
        self._sheet().print_(printer)
        self._kept(self.tr("Sent to the printer. Check that the sheet came out whole."))

    def save_key(self) -> None:
        name = re.sub(r"[^\w-]+", "-", self.office, flags=re.UNICODE).strip("-") or "store"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key as a PDF"),
            str(Path.home() / f"recovery-key-{name}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        write_pdf(self._sheet(), path)
        if not path.is_file() or path.stat().st_size == 0:
            self.status.setText(
                self.tr("The PDF could not be written to {0}. Choose another folder.").format(path)
            )
            return
        self._kept(
            self.tr(
                "Saved to {0}. Copy it to a USB stick or print it, and keep it away from this "
                "computer."
            ).format(path)
        )

    def _kept(self, message: str) -> None:
        self.kept = True
        self.status.setStyleSheet("")
        self.status.setText(message)
        self.completeChanged.emit()


def write_pdf(doc: QTextDocument, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    doc.print_(printer)
