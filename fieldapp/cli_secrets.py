"""How the command line obtains passphrases and recovery keys, without echoing or logging them.

Order: an environment variable, then a file named on the command line, then a prompt on the
terminal. A script with neither gets a clear usage error rather than a hung prompt.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


class UsageError(Exception):
    """The command was called wrongly; exit code 2."""


def _from_file(path: str | None, what: str) -> str | None:
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    except UnicodeError:
        raise UsageError(f"The {what} file {path} is not UTF-8 text.") from None


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            f"No {label} given. Set it in the environment, name a file, or run in a terminal."
        )
    return getpass.getpass(f"{label[0].upper()}{label[1:]}: ")


def passphrase(file: str | None, *, can_prompt: bool = True) -> str | None:
    """The store's passphrase: $FIELDAPP_PASSPHRASE, --passphrase-file, or a prompt."""
    value = os.environ.get("FIELDAPP_PASSPHRASE") or _from_file(file, "passphrase")
    if value is None and can_prompt:
        value = _prompt("passphrase")
    return value


def new_passphrase(env: str, file: str | None) -> str:
    """A new passphrase: from ``env`` or ``file``, or typed twice at a prompt."""
    value = given_new_passphrase(env, file)
    if value is not None:
        return value
    first = _prompt("new passphrase")
    if first != _prompt("new passphrase again"):
        raise UsageError("The two passphrases typed differ; nothing was changed.")
    return first


def given_new_passphrase(env: str, file: str | None) -> str | None:
    """A new passphrase if one was given in ``env`` or ``file``; no prompt."""
    return os.environ.get(env) or _from_file(file, "new passphrase")


def recovery_key(file: str | None) -> str:
    value = os.environ.get("FIELDAPP_RECOVERY_KEY") or _from_file(file, "recovery key")
    return value if value is not None else _prompt("recovery key")
