"""HQ's folder and files are HQ's alone (DESIGN.md §10): the folder 0700, its files 0600,
whatever the umask HQ was started under.

The folder holds HQ's identity (``hq_keys.json``) and, on SQLite, every office's records. New
files are made private as they are created (``fieldapp-hq`` runs under umask 077, and the
database file is created 0600 before SQLite opens it, so its ``-wal`` and ``-shm`` files, which
SQLite gives the database's mode, are 0600 too); what an earlier version left readable is
tightened, when it belongs to the user HQ runs as.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def _tighten(path: Path, mode: int) -> None:
    """chmod ``path`` to ``mode`` if anyone else may use it and it is ours to change."""
    found = path.stat()
    if stat.S_IMODE(found.st_mode) & 0o077 and found.st_uid == _uid():
        path.chmod(mode)


def _uid() -> int:
    getuid = getattr(os, "getuid", None)  # not on Windows, where modes mean little
    return getuid() if getuid is not None else -1


def private_folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) as HQ's folder, 0700; tighten it if it exists."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(path, FOLDER_MODE)
    return path


def private_file(path: Path, *, create: bool = False) -> None:
    """Tighten ``path`` to 0600; with ``create``, make it (empty, 0600) if it is missing."""
    path = Path(path)
    if create:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
        os.close(fd)
    elif not path.exists():
        return
    _tighten(path, FILE_MODE)
