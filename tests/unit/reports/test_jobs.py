"""Report jobs: real progress, and a cancel that leaves no file (nor a temp file) behind;
names that say what a file is; the change set the session sends screens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fieldapp.domain.indicators import Period
from fieldapp.reports.jobs import ExportJob, PdfJob, period_label, safe_file_name
from fieldapp.reports.period_report import write_period_report
from fieldapp.store.demo import generate
from fieldapp.store.jobs import Cancelled, JobCancelled, Progress, Step, run_job
from fieldapp.store.operations import Changes
from fieldapp.store.store import Store


@pytest.fixture
def filled(store: Store) -> Store:
    with store.transaction() as conn:
        generate(conn, store.identity, events=40, people=300, seed=2, today=date(2026, 11, 20))
    return store


def cancel_after(steps: list[Step], n: int) -> tuple[Progress, Cancelled]:
    def progress(step: Step) -> None:
        steps.append(step)

    return progress, lambda: len(steps) >= n


def test_a_period_pdf_reports_its_pages_and_a_cancel_leaves_no_file(
    filled: Store, tmp_path: Path
) -> None:
    steps: list[Step] = []
    (out := tmp_path / "out").mkdir()
    path = out / "highlights.pdf"
    job = PdfJob(path, lambda store, p: write_period_report(store, Period(), p, names=True))
    assert job.prepare() is None
    run_job(job, filled, steps.append, lambda: False)
    pages = [s for s in steps if s.at]
    assert pages[-1].done == pages[-1].total and pages[-1].at > 1
    assert [s.done for s in pages] == sorted(s.done for s in pages), "progress never goes back"
    path.unlink()

    steps.clear()
    progress, cancelled = cancel_after(steps, 5)
    with pytest.raises(JobCancelled):
        run_job(job, filled, progress, cancelled)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_counts_its_rows_and_a_cancel_leaves_no_file(
    filled: Store, tmp_path: Path, suffix: str
) -> None:
    steps: list[Step] = []
    (out := tmp_path / "out").mkdir()
    path = out / f"people{suffix}"
    finished = run_job(ExportJob(path, "people", Period()), filled, steps.append, lambda: False)
    assert finished.value == 300 and finished.path == path
    assert steps[-1] == Step(300, 300, "row", 300)
    path.unlink()

    progress, cancelled = cancel_after(steps, len(steps) + 1)
    with pytest.raises(JobCancelled):
        run_job(ExportJob(path, "people", Period()), filled, progress, cancelled)
    assert list(out.iterdir()) == [], "no export and no .part file"


def test_a_job_is_refused_before_it_runs_when_its_folder_is_gone(tmp_path: Path) -> None:
    problem = ExportJob(tmp_path / "gone" / "people.csv", "people", Period()).prepare()
    assert problem is not None
    assert str(problem.message) == f"The folder {tmp_path / 'gone'} does not exist."


def test_names_that_say_what_the_file_is() -> None:
    assert safe_file_name("Sign-in sheet", "Workshop: CT/PVE?", "2026-11-10", suffix=".pdf") == (
        "Sign-in sheet - Workshop- CT-PVE - 2026-11-10.pdf"
    )
    assert safe_file_name(" ..", "", suffix=".pdf") == "report.pdf"
    assert period_label(Period(date(2026, 11, 1), date(2026, 11, 30))) == "2026-11"
    assert period_label(Period(date(2026, 1, 1), date(2026, 12, 31))) == "2026"
    assert period_label(Period(date(2026, 1, 1), date(2026, 3, 31))) == "2026-01-01 to 2026-03-31"
    assert period_label(Period()) == "all time"


def test_a_change_set_answers_the_older_screens_words() -> None:
    saved = Changes.of("participant")
    assert saved == Changes(people=True) and saved == "participant" and saved != "event"
    assert saved in ("event", "participant") and "sync" not in (saved,)
    assert (saved | Changes(events=True)).touches("event") and saved.records
    assert not Changes() and not Changes(settings=True).records
    with pytest.raises(ValueError, match="Unknown kind"):
        Changes.of("everything")


def test_a_report_job_writes_in_the_language_it_is_given(store: Store, tmp_path: Path) -> None:
    """The Reports screen's language choice reaches the PDF; a language the reports do not
    speak is refused before the job starts, naming it."""
    from fieldapp.reports.jobs import period_job
    from tests.unit.reports.pdf_text import pdf_text

    path = tmp_path / "highlights.pdf"
    job = period_job(path, Period(), lang="ru")
    assert job.prepare() is None
    run_job(job, store, lambda _s: None, lambda: False)
    assert "Основные итоги наращивания потенциала" in pdf_text(path)
    refused = period_job(tmp_path / "other.pdf", Period(), lang="xx").prepare()
    assert refused is not None and "“xx”" in refused.message
