"""Passwords: Argon2id hashes (RFC 9106's low-memory profile: t=3, 64 MiB, p=4) and the
minimum a password must be.

A password is refused before it is hashed when it is longer than 1 KiB: hashing is the costly
part, and an attacker's 10 MB "password" must not cost HQ more than a short one. A hash made
with older parameters still verifies, and `verify` says when to store a fresh one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

MIN_LENGTH = 12
MAX_BYTES = 1024

_HASHER = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)
_DUMMY_HASH: str | None = None  # made at first use (a command that signs no one in needs none)


def _dummy_hash() -> str:
    """Verified when a name is unknown, so an unknown name takes as long as a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _HASHER.hash("not anyone's password, only spends the time of one")
    return _DUMMY_HASH


class PasswordRefused(ValueError):
    """The password is too short, too long, or the user's own name."""


@dataclass(frozen=True)
class Checked:
    ok: bool
    new_hash: str | None = None  # set when the stored hash's parameters are out of date


def _normalized(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def too_long(password: str) -> bool:
    return len(password) > MAX_BYTES or len(password.encode("utf-8", "replace")) > MAX_BYTES


def check_strength(password: str, name: str) -> None:
    """Refuse a password a user may not choose (raises `PasswordRefused`)."""
    if too_long(password):
        raise PasswordRefused(f"a password has at most {MAX_BYTES} bytes")
    if len(_normalized(password)) < MIN_LENGTH:
        raise PasswordRefused(f"a password has at least {MIN_LENGTH} characters")
    if any(unicodedata.category(c) == "Cc" for c in password):
        raise PasswordRefused("a password cannot hold control characters")
    if name.strip().casefold() and name.strip().casefold() in _normalized(password).casefold():
        raise PasswordRefused("a password cannot hold the user's name")


def hash_password(password: str, name: str) -> str:
    check_strength(password, name)
    return _HASHER.hash(_normalized(password))


def verify(stored: str | None, password: str) -> Checked:
    """Whether ``password`` matches ``stored`` (None: no password set; a dummy hash is checked
    so the answer takes the same time)."""
    if too_long(password):
        return Checked(False)
    try:
        _HASHER.verify(stored or _dummy_hash(), _normalized(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return Checked(False)
    if stored is None:
        return Checked(False)
    if _HASHER.check_needs_rehash(stored):
        return Checked(True, _HASHER.hash(_normalized(password)))
    return Checked(True)


def spend_time(password: str) -> None:
    """Verify against the dummy hash: what a refusal that needs no hash costs, like one that does."""
    verify(None, password[:MAX_BYTES])
