"""Every PDF, export and import as a long job (`fieldapp.store.jobs`): checked before it
starts, then run on a thread and connections of its own, saying how far it got and leaving
no file when cancelled (PDFs are laid out in memory and written whole; spreadsheets are
written beside their name and renamed only once complete).

Also the names the save dialogs suggest, which say what a file is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.domain.indicators import Period
from fieldapp.domain.languages import LANGUAGES
from fieldapp.domain.validation import Problem
from fieldapp.reports.document import followed
from fieldapp.reports.people_import import ImportPlan
from fieldapp.store.jobs import Cancelled, Finished, Job, Progress, Step, folder_problem
from fieldapp.store.operations import Changes
from fieldapp.store.output_log import (
    CERTIFICATES,
    EVENT_NAMES,
    SIGN_IN,
    SUBJECT_ACCESS,
    log_event_file,
    log_export,
    log_period_file,
    log_written,
)
from fieldapp.store.store import Store

if TYPE_CHECKING:
    from fieldapp.reports.certificates import Signatory

# What Windows, macOS or Linux refuse in a file name (and control characters).
REFUSED = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_NAME = 150


def _clean(text: str) -> str:
    name = REFUSED.sub("-", text)
    return re.sub(r"\s+", " ", name).strip(" .-")


def safe_file_name(*parts: str, suffix: str) -> str:
    """``parts`` joined by " - " as a file name every file system takes: characters one
    refuses become "-", no part starts or ends with a dot, dash or space, at most 150
    characters, then ``suffix``. ("Sign-in sheet", "Workshop: CT/PVE?", "2026-11-10" →
    "Sign-in sheet - Workshop- CT-PVE - 2026-11-10.pdf")"""
    name = " - ".join(c for c in map(_clean, parts) if c)[:MAX_NAME].rstrip(" .-")
    return (name or "report") + suffix


def period_label(period: Period) -> str:
    """ "2026-11" for a month, "2026" for a year, "2026-01-01 to 2026-03-31" otherwise."""
    start, end = period.start, period.end
    if start is not None and end is not None:
        last_day = (end + timedelta(days=1)).day == 1
        if start.day == 1 and last_day and (start.year, start.month) == (end.year, end.month):
            return f"{start:%Y-%m}"
        if (start.month, start.day, end.month, end.day) == (
            1,
            1,
            12,
            31,
        ) and start.year == end.year:
            return f"{start:%Y}"
        return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    if start is not None:
        return f"from {start:%Y-%m-%d}"
    if end is not None:
        return f"to {end:%Y-%m-%d}"
    return "all time"


@dataclass
class FileJob(Job):
    """A job that writes one file: refused first if its folder cannot take it."""

    path: Path

    def prepare(self) -> Problem | None:
        return folder_problem(self.path)


@dataclass
class PdfJob(FileJob):
    """One PDF: ``write(store, path)`` lays it out (followed page by page) and writes it.
    ``lang``: the language it is written in (the `*_job` functions below hand it to the
    report), refused before the job starts if the reports do not speak it."""

    write: Callable[[Store, Path], Any]
    lang: str | None = None

    def prepare(self) -> Problem | None:
        if self.lang is not None and self.lang not in LANGUAGES:
            template = "The reports are not written in “{lang}”."
            return Problem(
                "lang", template.format(lang=self.lang), template=template,
                params=(("lang", self.lang),),
            )  # fmt: skip
        return super().prepare()

    def run(self, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
        progress(Step(0, 0, "page", 0))
        with followed(progress, cancelled):
            value = self.write(store, self.path)
        return Finished(value, self.path)


def period_job(path: Path, period: Period, *, names: bool = False, lang: str = "en") -> PdfJob:
    """The period highlights in ``lang``; the job's value is the figures it printed."""
    from fieldapp.reports.period_report import write_period_report

    def write(store: Store, output: Path) -> Any:
        figures = write_period_report(store, period, output, names=names, lang=lang)
        if names:
            log_period_file(store, period)
        return figures

    return PdfJob(path, write, lang)


def event_job(path: Path, event_id: str, *, names: bool = False, lang: str = "en") -> PdfJob:
    """One event's summary in ``lang``."""
    from fieldapp.reports.event_report import write_event_report

    def write(store: Store, output: Path) -> None:
        write_event_report(store, event_id, output, names=names, lang=lang)
        if names:
            log_event_file(store, EVENT_NAMES, event_id)

    return PdfJob(path, write, lang)


def signin_job(path: Path, event_id: str, *, lang: str = "en") -> PdfJob:
    """The sign-in sheet in ``lang``; the job's value is how many names it filled in."""
    from fieldapp.reports.signin_sheet import write_signin_sheet

    def write(store: Store, output: Path) -> int:
        n = write_signin_sheet(store, event_id, output, lang=lang)
        log_event_file(store, SIGN_IN, event_id)
        return n

    return PdfJob(path, write, lang)


def certificates_job(
    path: Path, event_id: str, *, signatory: Signatory | None = None, lang: str | None = None
) -> PdfJob:
    """The certificates in ``lang`` (None: the event's own language); the job's value is
    how many were written."""
    from fieldapp.reports.certificates import write_certificates

    def write(store: Store, output: Path) -> int:
        n = write_certificates(store, event_id, output, signatory=signatory, lang=lang)
        log_event_file(store, CERTIFICATES, event_id)
        return n

    return PdfJob(path, write, lang)


def subject_access_job(path: Path, person_id: str, *, lang: str = "en") -> PdfJob:
    """Everything held on one person, in ``lang`` (`fieldapp.reports.subject_access`),
    logged as a file with names once written; the job's value is what it printed."""
    from fieldapp.reports.subject_access import write_subject_access

    def write(store: Store, output: Path) -> Any:
        held = write_subject_access(store, person_id, output, lang=lang)
        log_written(store, SUBJECT_ACCESS, "one person", [person_id])
        return held

    return PdfJob(path, write, lang)


@dataclass
class ExportJob(FileJob):
    """One spreadsheet export (``kind`` as `fieldapp.reports.export.KINDS`)."""

    kind: str
    period: Period

    def run(self, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
        from fieldapp.reports.export import export

        def rows(done: int, total: int) -> None:
            progress(Step(done, total, "row", done))

        progress(Step(0, 0, "row", 0))
        with store.engine.connect() as conn:
            n = export(
                conn, self.kind, self.path, period=self.period, progress=rows, cancel=cancelled
            )
        log_export(store, self.kind, self.period)  # people or attendance
        return Finished(n, self.path)


@dataclass
class PlanImportJob(Job):
    """Read, check and match a spreadsheet of people: nothing is written yet."""

    path: Path

    def prepare(self) -> Problem | None:
        if not self.path.is_file():
            template = "{name} is not a file that can be read."
            return Problem(
                "file", template.format(name=self.path.name), template=template,
                params=(("name", self.path.name),),
            )  # fmt: skip
        return None

    def run(self, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
        from fieldapp.reports.people_import import plan_import

        def rows(done: int, total: int) -> None:
            progress(Step(done, total, "row", done))

        with store.engine.connect() as conn:
            plan = plan_import(conn, self.path, progress=rows, cancel=cancelled)
        return Finished(plan)


@dataclass
class CommitImportJob(Job):
    """Write a planned import in one transaction: all of it, or nothing if cancelled."""

    plan: ImportPlan
    skip_invalid: bool

    def prepare(self) -> Problem | None:
        return None

    def run(self, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
        from fieldapp.reports.people_import import commit_import

        def people(done: int, total: int) -> None:
            progress(Step(done, total, "row", done))

        result = commit_import(
            store, self.plan, skip_invalid=self.skip_invalid, progress=people, cancel=cancelled
        )
        return Finished(result, changes=Changes(people=True, attendance=bool(self.plan.event_id)))
