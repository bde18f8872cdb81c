"""People stays smooth on 100,000 people: a watchdog measures the UI thread's longest stall."""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.store.demo import _person
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QTimer
from fieldapp.ui.session import Session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import unlock, wait_idle

PEOPLE = 100_000
STALL_LIMIT_MS = 250


class Watchdog:
    """Ticks every 5 ms on the UI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def make_registry(root: Path) -> None:
    rng = random.Random(100)
    today = date(2026, 11, 22)
    store, _ = Store.create(
        root, passphrase=PASSPHRASE, office_name="Big Office", country="JOR", kdf=FAST_KDF
    )
    for _chunk in range(PEOPLE // 10_000):
        with store.transaction() as conn:
            Repository(conn, store.identity, today=today).add_participants(
                [_person(rng, today) for _ in range(10_000)]
            )
    store.close()


def test_people_screen_on_100k_people(qtbot: QtBot, tmp_path: Path) -> None:
    make_registry(tmp_path / "data")
    session = Session(tmp_path / "data")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
        window.resize(1200, 800)
        window.show()
        unlock(qtbot, window)
        window.nav.setCurrentRow(2)
        people = window.people
        qtbot.waitUntil(lambda: people.model.total == PEOPLE, timeout=20_000)
        dog = Watchdog()
        dog.start()
        qtbot.keyClicks(people.search, "amina")
        qtbot.waitUntil(lambda: 0 < people.model.total < PEOPLE, timeout=10_000)
        found = people.model.total
        people.search.clear()
        qtbot.waitUntil(lambda: people.model.total == PEOPLE, timeout=10_000)
        bar = people.table.verticalScrollBar()
        for step in range(0, 101, 5):  # drag the scroll bar from top to bottom
            bar.setValue(bar.maximum() * step // 100)
            qtbot.wait(30)
        people.table.scrollToBottom()
        qtbot.waitUntil(lambda: people.model.row_at(PEOPLE - 1) is not None, timeout=10_000)
        wait_idle(qtbot, session)
        qtbot.wait(50)
        dog.timer.stop()
        worst_ms = dog.worst * 1000
        print(
            f"\n100k people: search found {found:,}; longest UI stall {worst_ms:.0f} ms (limit {STALL_LIMIT_MS} ms)"
        )
        assert worst_ms < STALL_LIMIT_MS
    finally:
        session.shutdown()
