"""Who has the store open: a shared lock per open store, an exclusive one to replace it.

Any number of processes may use a store at once (SQLite serialises their writes), but a
restore must not swap the files under a window that has them open. POSIX advisory locks
(``flock``) are released by the system if a process dies; on Windows there is no ``fcntl``
and the check is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class StoreBusy(Exception):
    """The store is open elsewhere (another window or process)."""


class StoreLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool) -> StoreLock:
        if fcntl is None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreBusy(
                "The store is open in another window or process. Close it there first."
            ) from None
        self._fd = fd
        return self

    def make_exclusive(self) -> None:
        """Turn a shared lock into an exclusive one (`StoreBusy` if another process has it).

        ``flock`` drops the shared lock before taking the exclusive one, so a refusal may leave
        this process without either: close the store after a `StoreBusy`."""
        if fcntl is None or self._fd is None:
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(
                "The store is open in another window or process. Close it there first."
            ) from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
