"""Reading files that anyone may have put there (a USB stick, a shared folder): never through
a symlink, only regular files, never more than a cap, and every failure a clear message."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
BATCH_NAME = re.compile(rf"(\d{{8}})-({UUID})\.fab")  # <seq>-<batch id>.fab
BATCH_ID = re.compile(UUID)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO on the stick must not hang us


class ForeignFileError(Exception):
    """A file that is not read: a symlink, not a regular file, too large, or unreadable."""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a symlink) of at most ``limit``."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise ForeignFileError("it is a symbolic link")
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | getattr(os, "O_BINARY", 0))
    except ForeignFileError:
        raise
    except OSError as exc:
        raise ForeignFileError(f"it cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ForeignFileError("it is not a regular file")
        if info.st_size > limit:
            raise ForeignFileError(f"it is larger than {limit // (1024 * 1024)} MiB")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1024 * 1024):
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise ForeignFileError(f"it is larger than {limit // (1024 * 1024)} MiB")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise ForeignFileError(f"it cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def is_regular(path: Path) -> bool:
    """True for a regular file; False for a symlink (whatever it points to) or anything else."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def plain_folder(folder: Path) -> Path:
    """``folder``, made if missing; refused when it is a symlink or not a folder."""
    try:
        if os.path.islink(folder):
            raise ForeignFileError(f"{folder} is a symbolic link, not a folder")
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise ForeignFileError(f"{folder} is not a folder")
    except OSError as exc:
        raise ForeignFileError(f"{folder} cannot be used ({exc.strerror or exc})") from None
    return folder
