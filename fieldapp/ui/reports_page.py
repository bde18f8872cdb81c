"""The Reports screen: the PDFs a liaison officer hands over, and spreadsheets in and out.

Layout and wiring only: every PDF, export and import is a job on the database worker
(`Session.run`), so the window stays responsive; the result or the reason it failed shows
under the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldapp.domain.indicators import Period
from fieldapp.reports.certificates import NoCertificates
from fieldapp.reports.people_import import ImportPlan
from fieldapp.reports.tabular import ExchangeError
from fieldapp.store.queries import EventFilter, list_events
from fieldapp.store.store import Store, StoreError
from fieldapp.ui.period_picker import PeriodPicker
from fieldapp.ui.qt import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session

# What the world does (no such event, nobody completed, a full disk, a bad spreadsheet):
# said in words under the buttons. Anything else is our bug.
WORLD_ERRORS: tuple[type[BaseException], ...] = (StoreError, OSError, NoCertificates, ExchangeError)
AskPath = Callable[[str, str, str], str]  # title, suggested name, filter -> path or ""


def _save_dialog(parent: QWidget) -> AskPath:
    def ask(title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)[0]

    return ask


def _open_dialog(parent: QWidget) -> AskPath:
    def ask(title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)[0]

    return ask


class ReportsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.ask_path: AskPath = _save_dialog(self)
        self.ask_open: AskPath = _open_dialog(self)
        # The import preview, shown modally; a test answers it in place of the user.
        self.confirm_import: Callable[[ImportPlan], tuple[bool, bool]] = self._confirm
        self.buttons: list[QPushButton] = []

        self.period = PeriodPicker()
        self.period_names = QCheckBox(self.tr("List participants' names under each event"))
        self.period_names.setAccessibleName(self.tr("Include participants' names"))
        period_pdf = self._button(self.tr("Period highlights (PDF)…"), self.save_period)
        period_pdf.setObjectName("make_pdf")
        period_box = QGroupBox(self.tr("Period highlights"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period")))
        row.addWidget(self.period)
        row.addWidget(period_pdf)
        row.addStretch(1)
        box = QVBoxLayout(period_box)
        box.addLayout(row)
        box.addWidget(self.period_names)
        box.addWidget(
            QLabel(
                self.tr(
                    "Headline figures, breakdowns by country, outcome, programme and month, "
                    "charts and the list of events held."
                )
            )
        )

        self.event_choice = QComboBox()
        self.event_choice.setAccessibleName(self.tr("Event"))
        self.event_choice.setMinimumWidth(380)
        self.event_names = QCheckBox(self.tr("List the people registered"))
        self.event_names.setAccessibleName(self.tr("Include the people registered"))
        event_box = QGroupBox(self.tr("One event"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Event")))
        row.addWidget(self.event_choice, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Event summary (PDF)…"), self.save_event),
            (self.tr("Sign-in sheet (PDF)…"), self.save_signin),
            (self.tr("Certificates (PDF)…"), self.save_certificates),
        ):
            buttons.addWidget(self._button(text, slot))
        for button, name in zip(
            self.buttons[1:], ("make_event_pdf", "make_signin", "make_certificates"), strict=True
        ):
            button.setObjectName(name)
        buttons.addStretch(1)
        box = QVBoxLayout(event_box)
        box.addLayout(row)
        box.addWidget(self.event_names)
        box.addLayout(buttons)

        self.exchange_box = QGroupBox(self.tr("Spreadsheets"))
        self.export_kind = QComboBox()
        self.export_kind.setAccessibleName(self.tr("What to export"))
        for key, text in (
            ("people", self.tr("People")),
            ("events", self.tr("Events (of the period above)")),
            ("attendance", self.tr("Attendance (of the period above)")),
            ("indicators", self.tr("Figures (of the period above)")),
        ):
            self.export_kind.addItem(text, key)
        row = QHBoxLayout(self.exchange_box)
        row.addWidget(QLabel(self.tr("Export")))
        row.addWidget(self.export_kind)
        row.addWidget(self._button(self.tr("Export (XLSX or CSV)…"), self.export_sheet))
        row.addSpacing(24)
        row.addWidget(self._button(self.tr("Import people…"), self.import_people))
        row.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.status.setTextInteractionFlags(self.status.textInteractionFlags())
        layout = QVBoxLayout(self)
        layout.addWidget(period_box)
        layout.addWidget(event_box)
        layout.addWidget(self.exchange_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        session.unlocked.connect(lambda _: self.refresh())
        session.changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        if what == "event":
            self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.append(button)
        return button

    def refresh(self) -> None:
        """Fill the event chooser with the most recent events (newest first)."""

        def fill(rows: list[Any]) -> None:
            current = self.event_choice.currentData()
            self.event_choice.clear()
            for r in rows:
                self.event_choice.addItem(f"{r.start_date:%Y-%m-%d} · {r.title}", r.id)
            if current is not None and (i := self.event_choice.findData(current)) >= 0:
                self.event_choice.setCurrentIndex(i)

        self.session.read(lambda conn: list_events(conn, EventFilter(), limit=500), fill)

    # --- the jobs -------------------------------------------------------------------------

    def run_job(
        self, what: str, job: Callable[[Store], str], after: Callable[[], None] | None = None
    ) -> None:
        """Run ``job(store)`` on the worker; show its result line, or the reason it failed."""
        for button in self.buttons:
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing %1…").replace("%1", what))

        def done(message: str) -> None:
            self._idle()
            self.status.setText(message)
            if after is not None:
                after()

        self.session.run(job, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if not isinstance(error, WORLD_ERRORS):
            raise error  # our bug: the crash dialog, with its traceback in the log
        self.status.setStyleSheet("color: #B42318")
        self.status.setText(str(error))

    def _idle(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    def _pdf_path(self, title: str, suggested: str) -> Path | None:
        path = self.ask_path(title, suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _event_pdf(self, title: str, suggested: str) -> tuple[str, Path] | None:
        """The chosen event and where to save its PDF; None if there is none or no file."""
        event_id = self.event_choice.currentData()
        if event_id is None:
            self.status.setText(self.tr("Choose an event first (there is none yet)."))
            return None
        path = self._pdf_path(title, suggested)
        return None if path is None else (str(event_id), path)

    def save_period(self) -> None:
        from fieldapp.reports.period_report import write_period_report

        period: Period = self.period.period()
        path = self._pdf_path(self.tr("Save the period highlights"), "highlights.pdf")
        if path is None:
            return
        names = self.period_names.isChecked()

        def job(store: Store) -> str:
            ind = write_period_report(store, period, path, names=names)
            return (
                self.tr("Saved %1: %2 individuals trained, %3 workshops organized.")
                .replace("%1", str(path))
                .replace("%2", f"{ind.individuals_trained:,}")
                .replace("%3", f"{ind.workshops_organized:,}")
            )

        self.run_job(self.tr("the period highlights"), job)

    def save_event(self) -> None:
        from fieldapp.reports.event_report import write_event_report

        chosen = self._event_pdf(self.tr("Save the event summary"), "event.pdf")
        if chosen is None:
            return
        event_id, path = chosen
        names = self.event_names.isChecked()

        def job(store: Store) -> str:
            write_event_report(store, event_id, path, names=names)
            return self.tr("Saved %1.").replace("%1", str(path))

        self.run_job(self.tr("the event summary"), job)

    def save_signin(self) -> None:
        from fieldapp.reports.signin_sheet import write_signin_sheet

        chosen = self._event_pdf(self.tr("Save the sign-in sheet"), "sign-in.pdf")
        if chosen is None:
            return
        event_id, path = chosen

        def job(store: Store) -> str:
            n = write_signin_sheet(store, event_id, path)
            return (
                self.tr("Saved %1 (%2 names filled in).")
                .replace("%1", str(path))
                .replace("%2", str(n))
            )

        self.run_job(self.tr("the sign-in sheet"), job)

    def save_certificates(self) -> None:
        from fieldapp.reports.certificates import write_certificates

        chosen = self._event_pdf(self.tr("Save the certificates"), "certificates.pdf")
        if chosen is None:
            return
        event_id, path = chosen

        def job(store: Store) -> str:
            n = write_certificates(store, event_id, path)
            return (
                self.tr("Saved %1 certificates to %2.")
                .replace("%1", str(n))
                .replace("%2", str(path))
            )

        self.run_job(self.tr("the certificates"), job)

    def export_sheet(self) -> None:
        from fieldapp.reports.export import export

        kind = str(self.export_kind.currentData())
        path_text = self.ask_path(
            self.tr("Export"), f"{kind}.xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        period = self.period.period()

        def job(store: Store) -> str:
            with store.engine.connect() as conn:
                n = export(conn, kind, path, period=period)
            return self.tr("Saved %1 rows to %2.").replace("%1", f"{n:,}").replace("%2", str(path))

        self.run_job(self.tr("the export"), job)

    def import_people(self) -> None:
        from fieldapp.reports.people_import import plan_import

        path_text = self.ask_open(
            self.tr("Import people"), "", self.tr("Spreadsheets (*.xlsx *.csv *.txt)")
        )
        if not path_text:
            return
        path = Path(path_text)

        def job(store: Store) -> ImportPlan:
            with store.engine.connect() as conn:
                return plan_import(conn, path)

        def planned(plan: ImportPlan) -> None:
            self._idle()
            self.status.setText("")
            go, skip_invalid = self.confirm_import(plan)
            if go:
                self._commit(plan, skip_invalid)

        for button in self.buttons:
            button.setEnabled(False)
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.session.run(job, planned, self._failed)

    def _confirm(self, plan: ImportPlan) -> tuple[bool, bool]:
        from fieldapp.ui.import_dialog import ImportDialog

        dialog = ImportDialog(plan, self)
        return bool(dialog.exec()), dialog.skip_invalid

    def _commit(self, plan: ImportPlan, skip_invalid: bool) -> None:
        from fieldapp.reports.people_import import commit_import

        def job(store: Store) -> str:
            result = commit_import(store, plan, skip_invalid=skip_invalid)
            return (
                self.tr("Added %1 people; %2 were already in the registry; %3 rows left out.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.in_registry))
                .replace("%3", str(result.skipped))
            )

        def added() -> None:
            self.session.changed.emit("participant")
            self.session.refresh_unsynced()

        self.run_job(self.tr("the people"), job, added)
