"""Long jobs do not hold the app: a long period PDF runs on a thread of its own while People
search answers each keystroke within 100 ms; Cancel stops it and leaves no file. An
enrollment whose HQ never answers does not hold search either. Save dialogs suggest a name
that says what the file is, open in the last folder used, and the file can then be opened."""

from __future__ import annotations

import socket
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from fieldapp.store.app_settings import AppSettings
from fieldapp.store.demo import generate
from fieldapp.store.queries import count_people
from fieldapp.store.repository import EVENT
from fieldapp.store.store import Store
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QDesktopServices, QLabel, QLineEdit, QProgressBar, QPushButton
from tests.gui.conftest import wait_idle

ANSWER_WITHIN = 0.100  # seconds, from the search being asked to its rows on screen


def fill(qtbot: QtBot, window: MainWindow, events: int, people: int) -> None:
    done: list[object] = []

    def job(store: Store) -> None:
        with store.transaction() as conn:
            generate(conn, store.identity, events=events, people=people, seed=7, today=date.today())

    window.session.run(job, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done == [None]
    wait_idle(qtbot, window.session)


def type_and_time(qtbot: QtBot, window: MainWindow, text: str) -> list[float]:
    """Type ``text`` on People a key at a time; for each key, the time from the keystroke
    (its search is asked at once) to its rows being on screen."""
    page = window.people
    asked: list[float] = []
    page.search.textChanged.connect(lambda _t: asked.append(time.perf_counter()))
    times = []
    page.search.clear()
    for n, key in enumerate(text, start=1):
        loaded: list[float] = []
        page.model.loaded.connect(lambda _n, got=loaded: got.append(time.perf_counter()))
        qtbot.keyClicks(page.search, key)
        qtbot.waitUntil(lambda got=loaded: bool(got), timeout=5_000)
        assert page.search.text() == text[:n]
        times.append(loaded[-1] - asked[-1])
    return times


def test_search_answers_while_a_long_pdf_runs_and_cancel_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill(qtbot, window, events=260, people=1500)
    reports = window.reports
    out = tmp_path / "out"
    out.mkdir()
    reports.ask_path = lambda title, suggested, filters: str(out / Path(suggested).name)
    window.nav.setCurrentRow(window.pages.indexOf(reports))
    reports.period.choose("All time")
    reports.period_names.setChecked(True)  # every event lists its people: a long PDF
    steps: list[int] = []
    progress = reports.findChild(QProgressBar, "job_progress")
    progress.valueChanged.connect(steps.append)
    reports.findChild(QPushButton, "make_pdf").click()
    assert progress.isVisible() and not window.session.jobs.idle()

    window.nav.setCurrentRow(window.pages.indexOf(window.people))
    qtbot.waitUntil(lambda: bool(steps), timeout=30_000)  # the layout has begun
    typed = "Amina"
    times = type_and_time(qtbot, window, typed)
    assert not window.session.jobs.idle(), "the PDF still runs at the last keystroke"
    assert steps[-1] < 100
    slow = [
        f"{typed[: n + 1]!r}: {t * 1000:.0f} ms" for n, t in enumerate(times) if t > ANSWER_WITHIN
    ]
    assert not slow, f"search answered slowly while the PDF ran: {slow}"
    store = window.session.worker.store
    assert store is not None
    with store.engine.connect() as conn:
        expected = count_people(conn, typed)
    assert expected > 0
    assert window.people.model.total == expected

    window.nav.setCurrentRow(window.pages.indexOf(reports))
    reports.findChild(QPushButton, "job_cancel").click()
    qtbot.waitUntil(window.session.jobs.idle, timeout=30_000)
    assert reports.findChild(QLabel, "job_status").text() == "Cancelled: nothing was written."
    assert not progress.isVisible()
    assert list(out.iterdir()) == [], "no PDF and no temp file left"
    assert reports.findChild(QPushButton, "make_pdf").isEnabled()


class SilentHQ:
    """A socket that accepts connections and never says a word."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.getsockname()[1]}"

    def _accept(self) -> None:
        try:
            while True:
                conn, _ = self.server.accept()
                self.accepted.append(conn)
        except OSError:
            return  # closed

    def close(self) -> None:
        for conn in self.accepted:
            conn.close()
        self.server.close()


def test_an_hq_that_never_answers_does_not_hold_search(qtbot: QtBot, window: MainWindow) -> None:
    fill(qtbot, window, events=5, people=300)
    hq = SilentHQ()
    try:
        sync = window.sync
        window.nav.setCurrentRow(window.pages.indexOf(sync))
        sync.findChild(QLineEdit, "hq_url").setText(hq.url)
        sync.findChild(QLineEdit, "enroll_token").setText("K" * 24 + "-" + "F" * 16)
        sync.findChild(QPushButton, "enroll").click()
        qtbot.waitUntil(lambda: bool(hq.accepted), timeout=10_000)
        window.nav.setCurrentRow(window.pages.indexOf(window.people))
        times = type_and_time(qtbot, window, "Amin")
        slow = [f"{t * 1000:.0f} ms" for t in times if t > ANSWER_WITHIN]
        assert not slow, f"search waited for HQ: {slow}"
        assert sync.enroll_message.text() == "Contacting HQ…", "HQ still has not answered"
    finally:
        hq.close()
    qtbot.waitUntil(lambda: sync.enroll_message.text() != "Contacting HQ…", timeout=35_000)
    assert sync.enroll_message.text().startswith("HQ could not be reached")
    assert sync.findChild(QPushButton, "enroll").isEnabled()


def test_save_dialogs_suggest_what_the_file_is_in_the_last_folder_then_offer_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(qtbot, window, events=3, people=40)
    store = window.session.worker.store
    assert store is not None
    with store.transaction() as conn:
        event_id, start = conn.execute(select(EVENT.c.id, EVENT.c.start_date).limit(1)).one()
        conn.execute(
            update(EVENT).where(EVENT.c.id == event_id).values(title="ورشة: التحقيق/المالي?")
        )
    reports = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(reports))
    reports.refresh()
    wait_idle(qtbot, window.session)
    reports.event_choice.setCurrentIndex(reports.event_choice.findData(event_id))
    asked: list[str] = []
    usb = tmp_path / "usb"
    usb.mkdir()

    def dialog(title: str, suggested: str, filters: str) -> str:
        asked.append(suggested)
        return str(usb / Path(suggested).name)  # the user takes the name offered, elsewhere

    reports.ask_path = dialog
    reports.findChild(QPushButton, "make_signin").click()
    qtbot.waitUntil(window.session.jobs.idle, timeout=30_000)
    home_day = f"{start:%Y-%m-%d}"
    assert asked == [str(Path.home() / f"Sign-in sheet - ورشة- التحقيق-المالي - {home_day}.pdf")]
    written = usb / f"Sign-in sheet - ورشة- التحقيق-المالي - {home_day}.pdf"
    assert written.is_file()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    open_file = reports.findChild(QPushButton, "open_file")
    open_folder = reports.findChild(QPushButton, "open_folder")
    assert open_file.isVisible() and open_folder.isVisible()
    open_file.click()
    open_folder.click()
    assert opened == [str(written), str(usb)]

    reports.period.choose("All time")
    reports.findChild(QPushButton, "make_pdf").click()  # the next dialog opens on the stick
    qtbot.waitUntil(window.session.jobs.idle, timeout=30_000)
    assert asked[-1] == str(usb / "Period report all time Programme Office Rabat.pdf")
    assert AppSettings.load(window.session.data.root).save_folder == str(usb)

    gone = tmp_path / "unplugged"  # the stick was pulled out: said before anything runs
    reports.ask_path = lambda title, suggested, filters: str(gone / "summary.pdf")
    reports.findChild(QPushButton, "make_event_pdf").click()
    assert window.session.jobs.idle(), "no job started"
    status = reports.findChild(QLabel, "job_status").text()
    assert status == f"The folder {gone} does not exist."
    assert not open_file.isVisible()
    assert not gone.exists()
