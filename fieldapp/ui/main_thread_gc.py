"""Python's cycle collector, run on the UI thread only.

CPython collects cycles in whichever thread happens to cross the allocation threshold. The app
has other threads (the store's worker, jobs, the figures warmer): a collection there can
destroy a window's widgets, caught in a cycle, from the wrong thread, and Qt then crashes the
process. So automatic collection is turned off while the app runs and this timer, on the UI
thread, collects each generation when the automatic collector would have (the same
thresholds), a few times a second.
"""

from __future__ import annotations

import gc

from fieldapp.ui.qt import QObject, QTimer


class MainThreadCollector(QObject):
    """Collect cycles on the thread that made it (the UI thread), every ``every_ms``."""

    def __init__(self, every_ms: int = 250, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> MainThreadCollector:
        gc.disable()
        self.timer.start()
        return self

    def stop(self) -> None:
        """Collect what is left, here, and give collection back to Python."""
        self.timer.stop()
        gc.collect()
        gc.enable()

    def check(self) -> None:
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                generation = level
            else:
                break
        if generation >= 0:
            gc.collect(generation)
