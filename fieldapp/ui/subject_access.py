"""The subject access report from the People screen (DESIGN.md §12): everything held on the
open person, as a PDF in the interface's language (`fieldapp.reports.jobs.subject_access_job`,
the same as ``fieldapp person report ID``), logged as a file with names once written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fieldapp.domain.validation import Problem
from fieldapp.store.jobs import Finished
from fieldapp.ui.labels import apart, language
from fieldapp.ui.problem_text import tr_problem
from fieldapp.ui.qt import QCoreApplication, QFileDialog, QWidget
from fieldapp.ui.session import Session


def save_subject_access(
    parent: QWidget, session: Session, person_id: str, say: Callable[[str], None]
) -> None:
    """Ask where, write it on the jobs' thread, then ``say`` what happened."""
    path = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SubjectAccess", "Save the subject access report"),
        str(Path.home() / f"subject-access-{person_id[:8]}.pdf"),
        QCoreApplication.translate("SubjectAccess", "PDF files (*.pdf)"),
    )[0]
    if not path:
        return

    def done(finished: Finished) -> None:
        say(QCoreApplication.translate("SubjectAccess", "Saved {0}.").format(apart(path)))
        session.refresh_unsynced()  # the report is logged as a file with names, to sync

    def failed(error: BaseException) -> None:
        say(QCoreApplication.translate("SubjectAccess", "Not saved: {0}").format(error))

    # ReportLab and the rest of the PDF makers, when a PDF is first made (not with People).
    from fieldapp.reports.jobs import subject_access_job

    started = session.start_job(
        subject_access_job(Path(path), person_id, lang=language()), done, failed
    )
    if isinstance(started, Problem):  # found before it started (a folder that is not there)
        say(tr_problem(started))
