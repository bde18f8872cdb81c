"""Work repeated in the background: every few seconds in a daemon thread, until stopped.

HQ counts stale figures (`sync.hq.aggregates.Warmer`) and checkpoints SQLite's log
(`sync.hq.database.Checkpointer`) this way, and the device counts its own figures
(`fieldapp.store.figures.Warmer`). A round that fails (a database busy or closing for a
moment) is logged and the next one tries again.
"""

from __future__ import annotations

import logging
import threading
from typing import Self

log = logging.getLogger(__name__)


class Periodic:
    """Call `round` every ``every`` seconds in a thread named ``name``, from `start` to
    `stop`; a round may look at ``stopping`` to end early."""

    name = "periodic"

    def __init__(self, every: float) -> None:
        self.every = every
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name=self.name, daemon=True)

    def round(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join()

    def _run(self) -> None:
        while not self.stopping.wait(self.every):
            try:
                self.round()
            except Exception:
                log.exception("%s: a round failed (the next one tries again)", self.name)
