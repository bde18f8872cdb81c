"""The database worker: results come back on the UI thread; an unexpected failure is not
swallowed but reaches the crash hook (our bug), and a locked store says so."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.worker import Locked
from tests.gui.conftest import wait_idle


def test_results_arrive_on_the_ui_thread(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[Any] = []
    window.session.worker.submit(
        lambda store: threading.current_thread().name,
        lambda r: seen.append((r, threading.current_thread().name)),
    )
    wait_idle(qtbot, window.session)
    [(job_thread, callback_thread)] = seen
    assert callback_thread == threading.main_thread().name != job_thread


def test_an_unexpected_failure_reaches_the_crash_hook(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: caught.append(error))

    def broken(store: object) -> None:
        raise RuntimeError("a bug in a query")

    window.session.worker.submit(broken)
    wait_idle(qtbot, window.session)
    assert [str(e) for e in caught] == ["a bug in a query"]


def test_a_job_on_a_locked_store_fails_with_locked(qtbot: QtBot, window: MainWindow) -> None:
    window.session.lock()
    errors: list[BaseException] = []
    window.session.worker.submit(lambda store: 1, lambda r: None, errors.append)
    wait_idle(qtbot, window.session)
    assert len(errors) == 1 and isinstance(errors[0], Locked)
