"""Crash-safe file writes: a reader sees the old bytes or the new ones, never a mix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (a no-op where directories can't be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: Path,
    data: bytes,
    mode: int = 0o600,
    *,
    replace: bool = True,
    sync_folder: bool = True,
) -> None:
    """Write ``data`` to ``path``: temp file beside it, fsync, rename, fsync the folder.

    With ``replace=False`` an existing file is kept and `FileExistsError` raised: of two
    processes creating the same file at once, exactly one wins, whole. With
    ``sync_folder=False`` the caller syncs the folder itself, once for several files."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the file exists
            os.unlink(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync_folder:
        fsync_dir(path.parent)
