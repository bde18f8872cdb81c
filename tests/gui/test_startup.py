"""Starting the app: the unlock window first, the screens built behind it in slices."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.store.store import Store
from fieldapp.ui import wheel_guard
from fieldapp.ui.app import load_behind
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QObject, QTimer
from fieldapp.ui.slices import in_slices
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_screens_are_built_behind_the_unlock_window_which_keeps_answering(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A passphrase typed while the screens are still being built unlocks once they are; the
    event loop turns between two screens (a 5 ms timer keeps ticking) instead of waiting for
    all six at once."""
    data = tmp_path / "data"
    Store.create(data, passphrase=PASSPHRASE, office_name="Rabat", country="MAR", kdf=FAST_KDF)[
        0
    ].close()
    window = MainWindow(data_dir=data)
    qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
    window.show()
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    built: list[float] = []
    steps = window.attaching

    def counted(session):  # type: ignore[no-untyped-def]
        for step in steps(session):
            built.append(time.perf_counter())
            yield step

    window.attaching = counted  # type: ignore[method-assign]
    load_behind(window, data)
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()  # before the screens are there: kept until they are
    assert not hasattr(window, "session")
    qtbot.waitUntil(
        lambda: hasattr(window, "session") and window.session.is_unlocked, timeout=20_000
    )
    beat.stop()
    try:
        assert window.stack.currentWidget() is window.body  # the Dashboard, unlocked
        assert window.pages.currentWidget() is window.dashboard
        # The timer ticked while the screens were built, between the first and the last.
        between = [t for t in ticks if built[0] < t < built[-1]]
        assert len(built) >= 7 and len(between) >= 3
        # The wheel guard is on once the window is painted (a choice is not changed by the
        # wheel passing over it).
        assert wheel_guard._guard is not None
    finally:
        window.session.shutdown()


def test_slices_stop_when_their_window_is_gone(qtbot: QtBot) -> None:
    """A window closed half-way through its slices runs none of the rest."""
    owner = QObject()
    ran: list[int] = []

    def steps():  # type: ignore[no-untyped-def]
        for n in range(5):
            ran.append(n)
            yield

    in_slices(owner, steps())
    assert ran == [0]
    owner.deleteLater()
    qtbot.wait(100)
    assert len(ran) < 5  # (one more may have been on its way when it was deleted)


def test_the_unlock_window_paints_with_little_but_qt(tmp_path: Path) -> None:
    """The first paint (a fresh process, as `python -m fieldapp` starts) loads neither the
    store nor the screens, nor builds PySide6's ``Qt`` namespace (13 ms of enumerations) or
    the classes only the screens use: what the unlock window shows needs none of them."""
    code = (
        "import sys, fieldapp.cli\n"
        "from pathlib import Path\n"
        "from fieldapp.ui import qt\n"
        "from fieldapp.ui.app import open_window\n"
        "from tests.bench.app_probe import wait_painted\n"
        f"app, window = open_window(Path({str(tmp_path)!r}), 'en')\n"
        "wait_painted(app, window)\n"
        "print(sorted(n for n in ('Qt', 'QComboBox', 'QListWidget', 'QKeySequence') if n in vars(qt)))\n"
        "print(sorted(m for m in ('sqlalchemy', 'fieldapp.store.store', 'fieldapp.ui.session',\n"
        "    'fieldapp.ui.dashboard', 'fieldapp.ui.wheel_guard') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=root
    )
    assert out.stdout.split("\n")[:2] == ["[]", "[]"]
