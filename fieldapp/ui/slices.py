"""Long work on the UI thread, cut in slices: one slice per turn of the event loop, so the
window keeps painting and answering between two (building the screens behind the unlock
screen: `fieldapp.ui.app.load_behind`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fieldapp.ui.qt import QObject, QTimer


def in_slices(
    owner: QObject, steps: Iterator[object], then: Callable[[], None] | None = None
) -> None:
    """Run ``steps`` (a generator that yields between two slices) to its end, one slice now
    and each next one at the event loop's next turn; then call ``then``. Nothing more runs
    once ``owner`` is deleted (a window closed half-way)."""

    def step() -> None:
        try:
            next(steps)
        except StopIteration:
            if then is not None:
                then()
            return
        QTimer.singleShot(0, owner, step)

    step()
