"""Run by the app benchmark in a fresh process: prints timings (seconds) as `name value` lines.

python app_probe.py bare
python app_probe.py app DATA_DIR PASSPHRASE
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_painted(app, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    while not painted:
        app.processEvents()
    window.removeEventFilter(watch)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 780)
    wait_painted(app, window)
    print("painted", time.time())


def app_run(data_dir: str, passphrase: str) -> None:
    """As `python -m fieldapp` starts: the window paints, then the screens load behind it."""
    from pathlib import Path

    import fieldapp.cli  # noqa: F401  (what `python -m fieldapp` imports first)
    from fieldapp.store.app_settings import AppSettings
    from fieldapp.ui.app import _load_then_attach, install_translation
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.qt import QApplication

    app = QApplication([])
    install_translation(app, AppSettings.load(Path(data_dir)).language)
    window = MainWindow()
    wait_painted(app, window)
    print("painted", time.time())
    start = time.perf_counter()
    _load_then_attach(window, Path(data_dir))
    worst, last = 0.0, time.perf_counter()
    from PySide6.QtCore import QEventLoop

    while not hasattr(window, "session"):  # an idle event loop, as in the app; timers still run
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    print("screens_loaded", time.perf_counter() - start)
    print("load_stall", worst)
    session = window.session
    start = time.perf_counter()
    window.unlock_view.passphrase.setText(passphrase)
    window.unlock_view.unlock()
    while not session.is_unlocked:
        app.processEvents()
    print("unlock", time.perf_counter() - start)
    window.nav.setCurrentRow(2)
    people = window.people
    start = time.perf_counter()
    while people.model.total == 0:
        app.processEvents()
    print("people_shown", time.perf_counter() - start)
    people.table.scrollToBottom()
    while people.model.row_at(people.model.total - 1) is None:
        app.processEvents()
    app.processEvents()
    print("peak_rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    session.shutdown()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app_run(sys.argv[2], sys.argv[3])
