"""The Reports screen: the PDFs a liaison officer hands over, and spreadsheets in and out.

Layout and wiring only: every PDF, export and import is a long job (`fieldapp.reports.jobs`)
on a thread of its own, so search and paging elsewhere keep answering; a progress bar follows
it, Cancel stops it leaving no file, and the result shows under the buttons with Open and
Show in folder for the file written.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.domain.indicators import Period
from fieldapp.domain.validation import Problem
from fieldapp.store.jobs import Finished, Job, JobCancelled
from fieldapp.store.queries import EventFilter, list_events
from fieldapp.ui.job_bar import JobBar
from fieldapp.ui.labels import apart, day
from fieldapp.ui.period_picker import PeriodPicker
from fieldapp.ui.problem_text import tr_problem
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
from fieldapp.ui.report_language import ReportLanguage
from fieldapp.ui.session import Session
from fieldapp.ui.signatory_fields import SignatoryFields

if TYPE_CHECKING:
    from fieldapp.reports.people_import import ImportPlan

# The PDF and spreadsheet makers (ReportLab, HarfBuzz, Pillow, openpyxl: some 20 MB) are
# imported when a file is first made, not with the screen: `_maker` reads them as this
# module's attributes (`__getattr__` brings them in), so a test may still replace one here.
_MAKERS = {
    "CommitImportJob": "fieldapp.reports.jobs",
    "ExportJob": "fieldapp.reports.jobs",
    "PlanImportJob": "fieldapp.reports.jobs",
    "certificates_job": "fieldapp.reports.jobs",
    "event_job": "fieldapp.reports.jobs",
    "period_job": "fieldapp.reports.jobs",
    "period_label": "fieldapp.reports.jobs",
    "safe_file_name": "fieldapp.reports.jobs",
    "signin_job": "fieldapp.reports.jobs",
    "NoCertificates": "fieldapp.reports.certificates",
    "ExchangeError": "fieldapp.reports.tabular",
}


def __getattr__(name: str) -> Any:
    where = _MAKERS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value


def _maker(name: str) -> Any:
    return getattr(sys.modules[__name__], name)


def report_errors() -> tuple[type[BaseException], ...]:
    """What the world does here besides the session's (nobody completed, a bad spreadsheet)."""
    return (_maker("NoCertificates"), _maker("ExchangeError"))


AskPath = Callable[[str, str, str], str]  # title, suggested path, filter -> path or ""


def _save_dialog(parent: QWidget) -> AskPath:
    def ask(title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]

    return ask


def _open_dialog(parent: QWidget) -> AskPath:
    def ask(title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, suggested, filters)[0]

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
        about = QLabel(
            self.tr(
                "Headline figures, breakdowns by country, outcome, programme and month, "
                "charts and the list of events held."
            )
        )
        about.setWordWrap(True)  # never wider than the window, in any language
        box.addWidget(about)

        self.event_choice = QComboBox()
        self.event_choice.setObjectName("report_event")
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
        self.signatory = SignatoryFields(session)
        box.addWidget(self.signatory)
        box.addLayout(buttons)

        self.language = ReportLanguage()
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Language of the report")))
        language_row.addWidget(self.language)
        language_row.addStretch(1)

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
        export = self._button(self.tr("Export (XLSX or CSV)…"), self.export_sheet)
        export.setObjectName("make_export")
        row.addWidget(export)
        row.addSpacing(24)
        import_people = self._button(self.tr("Import people…"), self.import_people)
        import_people.setObjectName("import_people")
        row.addWidget(import_people)
        row.addStretch(1)

        self.bar = JobBar()
        self.status = self.bar.status
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(period_box)
        layout.addWidget(event_box)
        layout.addWidget(self.exchange_box)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.events: dict[str, tuple[str, date]] = {}  # id -> title, first day
        session.unlocked.connect(self.refresh)  # (methods: dropped with the screen)
        session.changed.connect(self._changed)

    def _changed(self, changes: Any) -> None:
        if changes == "event":
            self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.append(button)
        return button

    def refresh(self, _identity: object = None) -> None:
        """Fill the event chooser with the most recent events (newest first)."""

        def fill(rows: list[Any]) -> None:
            current = self.event_choice.currentData()
            self.event_choice.clear()
            self.events = {str(r.id): (r.title, r.start_date) for r in rows}
            for r in rows:
                self.event_choice.addItem(f"{day(r.start_date)} · {r.title}", r.id)
            if current is not None and (i := self.event_choice.findData(current)) >= 0:
                self.event_choice.setCurrentIndex(i)

        self.session.read(lambda conn: list_events(conn, EventFilter(), limit=500), fill)

    # --- the jobs -------------------------------------------------------------------------

    def run_job(
        self, what: str, job: Job, done: Callable[[Finished], None], *, say: bool = True
    ) -> None:
        """Check ``job``, then run it on its own thread with the progress bar and Cancel;
        ``done`` gets what it finished with, the bar says why it failed."""
        started = self.session.start_job(
            job, self._ended(done), self._failed, self.bar.show_step, world=report_errors()
        )
        if isinstance(started, Problem):
            self.bar.failed(tr_problem(started))
            return
        for button in self.buttons:
            button.setEnabled(False)
        self.bar.started(self.tr("Writing %1…").replace("%1", what) if say else what, started)

    def _ended(self, done: Callable[[Finished], None]) -> Callable[[Finished], None]:
        def ended(finished: Finished) -> None:
            self._idle()
            done(finished)

        return ended

    def _saved(self, message: Callable[[Any], str]) -> Callable[[Finished], None]:
        def saved(finished: Finished) -> None:
            self.bar.done(message(finished.value), finished.path)
            self.session.refresh_unsynced()  # a file with names is logged, to sync

        return saved

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, JobCancelled):
            self.bar.failed(self.tr("Cancelled: nothing was written."))
        else:
            self.bar.failed(str(error))

    def _idle(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    # --- where files go -------------------------------------------------------------------

    def _folder(self) -> Path:
        """The folder the last file was saved in, while it exists; else the home folder."""
        folder = self.session.settings.save_folder
        if isinstance(folder, str) and folder and Path(folder).is_dir():
            return Path(folder)
        return Path.home()

    def _remember(self, path: Path) -> None:
        if str(path.parent) != self.session.settings.save_folder:
            self.session.settings.save_folder = str(path.parent)
            self.session.settings.save(self.session.data.root)

    def _ask_save(self, title: str, name: str, filters: str) -> Path | None:
        chosen = self.ask_path(title, str(self._folder() / name), filters)
        if not chosen:
            return None
        path = Path(chosen)
        self._remember(path)
        return path

    def _pdf_path(self, title: str, *name: str) -> Path | None:
        suggested = _maker("safe_file_name")(*name, suffix=".pdf")
        path = self._ask_save(title, suggested, self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        return path if path.name.lower().endswith(".pdf") else path.with_name(path.name + ".pdf")

    def _event_pdf(self, title: str, kind: str) -> tuple[str, Path] | None:
        """The chosen event and where to save its PDF ("<kind> - <title> - <day>.pdf");
        None if there is no event or no file was chosen."""
        event_id = self.event_choice.currentData()
        if event_id is None:
            self.bar.failed(self.tr("Choose an event first (there is none yet)."))
            return None
        name, day = self.events.get(str(event_id), ("", None))
        path = self._pdf_path(title, kind, name, f"{day:%Y-%m-%d}" if day else "")
        return None if path is None else (str(event_id), path)

    def _office(self) -> str:
        identity = self.session.identity
        return identity.office_name if identity is not None else ""

    # --- each report ----------------------------------------------------------------------

    def save_period(self) -> None:
        period: Period = self.period.period()
        name = self.tr("Period report %1 %2").replace("%1", _maker("period_label")(period))
        path = self._pdf_path(
            self.tr("Save the period highlights"), name.replace("%2", self._office())
        )
        if path is None:
            return
        job = _maker("period_job")(
            path, period, names=self.period_names.isChecked(), lang=self.language.code()
        )

        def message(ind: Any) -> str:
            trained = self.tr("%Ln individual(s) trained", "", ind.individuals_trained)
            workshops = self.tr("%Ln workshop(s) organized", "", ind.workshops_organized)
            return (
                self.tr("Saved %1: %2, %3.")
                .replace("%1", apart(path))
                .replace("%2", trained)
                .replace("%3", workshops)
            )

        self.run_job(self.tr("the period highlights"), job, self._saved(message))

    def save_event(self) -> None:
        chosen = self._event_pdf(self.tr("Save the event summary"), self.tr("Event summary"))
        if chosen is None:
            return
        event_id, path = chosen
        names = self.event_names.isChecked()
        self.run_job(
            self.tr("the event summary"),
            _maker("event_job")(path, event_id, names=names, lang=self.language.code()),
            self._saved(lambda _v: self.tr("Saved %1.").replace("%1", apart(path))),
        )

    def save_signin(self) -> None:
        chosen = self._event_pdf(self.tr("Save the sign-in sheet"), self.tr("Sign-in sheet"))
        if chosen is None:
            return
        event_id, path = chosen
        job = _maker("signin_job")(path, event_id, lang=self.language.code())

        def message(n: int) -> str:
            filled = self.tr("%Ln name(s) filled in", "", n)
            return self.tr("Saved %1 (%2).").replace("%1", apart(path)).replace("%2", filled)

        self.run_job(self.tr("the sign-in sheet"), job, self._saved(message))

    def save_certificates(self) -> None:
        chosen = self._event_pdf(self.tr("Save the certificates"), self.tr("Certificates"))
        if chosen is None:
            return
        event_id, path = chosen
        # In the event's own language, unless one was chosen here (None: the event's).
        lang = self.language.code() if self.language.picked else None
        job = _maker("certificates_job")(
            path, event_id, signatory=self.signatory.signatory(), lang=lang
        )

        def message(n: int) -> str:
            saved = self.tr("Saved %Ln certificate(s) to %1.", "", n)
            return saved.replace("%1", apart(path))

        self.run_job(self.tr("the certificates"), job, self._saved(message))

    def export_sheet(self) -> None:
        kind = str(self.export_kind.currentData())
        period = self.period.period()
        what = self.export_kind.currentText().split(" (")[0]
        parts = [what] if kind == "people" else [what, _maker("period_label")(period)]
        name = _maker("safe_file_name")(" ".join(parts), self._office(), suffix=".xlsx")
        path = self._ask_save(
            self.tr("Export"), name, self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")

        def message(n: int) -> str:
            saved = self.tr("Saved %Ln row(s) to %1.", "", n)
            return saved.replace("%1", apart(path))

        self.run_job(
            self.tr("the export"), _maker("ExportJob")(path, kind, period), self._saved(message)
        )

    def import_people(self) -> None:
        path_text = self.ask_open(
            self.tr("Import people"),
            str(self._folder()),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if not path_text:
            return
        path = Path(path_text)

        def planned(finished: Finished) -> None:
            self.bar.done("")
            go, skip_invalid = self.confirm_import(finished.value)
            if go:
                self._commit(finished.value, skip_invalid)

        self.run_job(
            self.tr("Reading %1…").replace("%1", path.name),
            _maker("PlanImportJob")(path),
            planned,
            say=False,
        )

    def _confirm(self, plan: ImportPlan) -> tuple[bool, bool]:
        from fieldapp.ui.import_dialog import ImportDialog

        dialog = ImportDialog(plan, self)
        return bool(dialog.exec()), dialog.skip_invalid

    def _commit(self, plan: ImportPlan, skip_invalid: bool) -> None:
        def message(result: Any) -> str:
            added = self.tr("Added %Ln person(s)", "", result.added)
            known = self.tr("%Ln already in the registry", "", result.in_registry)
            skipped = self.tr("%Ln row(s) left out", "", result.skipped)
            return (
                self.tr("%1; %2; %3.")
                .replace("%1", added)
                .replace("%2", known)
                .replace("%3", skipped)
            )

        def added(finished: Finished) -> None:
            self.bar.done(message(finished.value))

        self.run_job(self.tr("the people"), _maker("CommitImportJob")(plan, skip_invalid), added)
