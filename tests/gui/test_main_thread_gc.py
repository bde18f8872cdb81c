"""Cycles are collected on the UI thread, even when another thread is the one allocating
(`fieldapp.ui.main_thread_gc`): a widget caught in a cycle is never destroyed by the store's
worker or the figures warmer."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from fieldapp.ui.main_thread_gc import MainThreadCollector


class Cycle:
    """Garbage only the cycle collector frees; notes the thread that freed it."""

    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def allocate_in_another_thread() -> list[list[object]]:
    kept: list[list[object]] = []

    def churn() -> None:  # far past gen 0's threshold: Python would collect in this thread
        kept.extend([] for _ in range(20_000))

    worker = threading.Thread(target=churn, name="busy-worker")
    worker.start()
    worker.join()
    return kept


def test_cycles_die_on_the_ui_thread_while_another_thread_allocates(qtbot: QtBot) -> None:
    # the gui conftest already runs one collector per test: this test checks it
    assert not gc.isenabled()
    freed_in: list[str] = []
    Cycle(freed_in)
    kept = allocate_in_another_thread()
    assert freed_in == []  # nothing collected it off the UI thread
    qtbot.waitUntil(lambda: freed_in != [], timeout=5_000)
    assert freed_in == [threading.main_thread().name]
    assert len(kept) == 20_000


def test_stopping_collects_what_is_left_and_gives_collection_back(qtbot: QtBot) -> None:
    collector = MainThreadCollector(every_ms=60_000).start()
    freed_in: list[str] = []
    Cycle(freed_in)
    collector.stop()
    assert freed_in == [threading.main_thread().name]
    assert gc.isenabled()
    gc.disable()  # as the conftest's collector, still running, expects
