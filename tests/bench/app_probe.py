"""Run by the app benchmark in a fresh process: prints figures as `name value` lines.

python app_probe.py bare [paint]
python app_probe.py app DATA_DIR PASSPHRASE [paint]

(``paint``: only the start to the first paint, then exit.)

``app`` starts as `python -m fieldapp` does (`fieldapp.ui.app.open_window`), then, with a
heartbeat timer ticking every 5 ms on the UI thread (the longest gap between two ticks is the
longest stall a user would feel): the screens load behind the painted window, the passphrase is
given, and the screens read what they show (the Dashboard's figures, the first pages of Events
and People) until the worker is idle. Then People is opened and scrolled to the end.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_painted(app: Any, window: Any) -> None:
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Watch(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    while not painted:
        app.processEvents()
    window.removeEventFilter(watch)


def painted() -> None:
    print("painted", time.time())
    print("paint_cpu", time.process_time())  # CPU time: what a loaded machine skews least


def bare(paint_only: bool = False) -> None:
    """A bare QMainWindow: its first paint, then the longest gap of the same heartbeat as
    the app's over 3 s of an idle event loop (what the machine alone costs)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 780)
    wait_painted(app, window)
    painted()
    if paint_only:
        return
    heart = Heartbeat()
    heart.start()
    end = time.perf_counter() + 3.0
    run_until(app, lambda: time.perf_counter() > end)
    print("idle_stall", heart.worst)


class Heartbeat:
    """A 5 ms timer on the UI thread: the longest gap between its ticks is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def run_until(app: Any, done: Any, timeout: float = 120.0) -> None:
    """The event loop as the app's own runs, asleep until an event comes (the heartbeat's,
    a 50 ms timer's at least), until ``done()``. Not ``processEvents(flags, 50)``: that
    overload never waits, and its loop spun a whole core the app never spins, fighting the
    app's loader and worker threads for the interpreter (the stalls it measured were partly
    its own)."""
    from PySide6.QtCore import QEventLoop, QTimer

    wake = QTimer()
    wake.start(50)
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
    wake.stop()


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def app_run(data_dir: str, passphrase: str, paint_only: bool = False) -> None:
    from pathlib import Path

    import fieldapp.cli  # noqa: F401  (what `python -m fieldapp` imports first)
    from fieldapp.ui.app import load_behind, open_window

    app, window = open_window(Path(data_dir))
    wait_painted(app, window)
    painted()
    if paint_only:
        return
    heart = Heartbeat()
    heart.start()
    start = time.perf_counter()
    load_behind(window, Path(data_dir))
    run_until(app, lambda: hasattr(window, "session"))
    print("screens_loaded", time.perf_counter() - start)
    print("load_stall", heart.worst)

    session = window.session
    heart.start()
    start = time.perf_counter()
    window.unlock_view.passphrase.setText(passphrase)
    window.unlock_view.unlock()
    run_until(app, lambda: session.is_unlocked)
    print("unlock", time.perf_counter() - start)
    # The screens read what they show: the Dashboard's figures, Events' and People's pages.
    run_until(
        app,
        lambda: (
            window.dashboard.figures is not None and session.worker.idle() and session.jobs.idle()
        ),
    )
    print("screens_filled", time.perf_counter() - start)
    settle = time.perf_counter() + 0.3
    run_until(app, lambda: time.perf_counter() > settle)
    print("unlock_stall", heart.worst)  # (its timer keeps the idle loops below waking)

    # The peak from here on is People's: the unlock's key derivation (Argon2id, 64 MiB for a
    # moment, by design) is the process's peak otherwise, and is reported apart. VmHWM, not
    # getrusage's ru_maxrss: Linux carries ru_maxrss over an exec, so a child's starts at its
    # parent's peak (the benchmark's pytest process, 1.1 GB after making 100k people).
    peak_before_people = rss_mb("VmHWM")
    print("before_people_rss_mb", rss_mb("VmRSS"))
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # resets VmHWM, the peak resident set, to what is resident now
    people = window.people
    start = time.perf_counter()
    window.nav.setCurrentRow(2)
    run_until(app, lambda: people.model.total > 0)
    print("people_shown", time.perf_counter() - start)
    people.table.scrollToBottom()
    run_until(app, lambda: people.model.row_at(people.model.total - 1) is not None)
    settle = time.perf_counter() + 0.2
    run_until(app, lambda: time.perf_counter() > settle)
    print("rss_mb", rss_mb("VmRSS"))
    print("people_peak_rss_mb", rss_mb("VmHWM"))
    print("unlock_peak_rss_mb", peak_before_people)
    session.shutdown()


if __name__ == "__main__":
    paint_only = sys.argv[-1] == "paint"
    if sys.argv[1] == "bare":
        bare(paint_only)
    else:
        app_run(sys.argv[2], sys.argv[3], paint_only)
