"""Identities HQ holds only as ciphertext (issue 16, DESIGN.md §12).

Where an office shares identities, a person's identity fields reach HQ's database sealed:
AES-GCM under HQ's identity key, a random 96-bit nonce each time, and the office's and the
person's ids bound in as associated data, so a ciphertext copied onto another person's (or
another office's) row does not open. The sealed text is versioned: ``v1.`` then base64url
(no padding) of the nonce and the ciphertext.

The key is kept apart from the database: a key file HQ's admin holds
(``identity_key_file``, ``FIELDAPP_HQ_IDENTITY_KEY_FILE``; made by ``fieldapp-hq identity-key
create -o FILE``) or an environment secret (``FIELDAPP_HQ_IDENTITY_KEY``, base64 of 32 bytes).
There is no default: HQ never looks for it in the database or in its data folder, and refuses a
key file inside that folder (a copy of the folder would carry the key with the ciphertext) or
readable by anyone but its owner. HQ's figures never open a sealed identity; only a reveal
(``POST /api/v1/people/{id}/reveal``, with a right, a reason and an audit entry) does.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.hq.settings import ENV_PREFIX, HqSettings, SettingsProblem

KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = "v1"
KEY_ENV = f"{ENV_PREFIX}IDENTITY_KEY"
KEY_FILE_ENV = f"{ENV_PREFIX}IDENTITY_KEY_FILE"
MAX_KEY_FILE = 4096  # a key file is one line of base64; never read more
MAX_SEALED = 64 * 1024  # a person's identity fields, sealed, are far smaller
_AAD = b"fieldapp-hq identity v1\x00"


class IdentityKeyProblem(SettingsProblem):
    """HQ's identity key cannot be used; the message names where it came from and why."""


class SealedIdentityError(ValueError):
    """A sealed identity that does not open: wrong key, altered, or another row's."""


@dataclass(frozen=True)
class IdentityKey:
    """HQ's identity key: 32 random bytes (never shown in a repr or a log)."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise IdentityKeyProblem(
                f"an identity key is {KEY_BYTES} bytes, this one {len(self.secret)}"
            )

    @classmethod
    def generate(cls) -> IdentityKey:
        return cls(os.urandom(KEY_BYTES))

    @classmethod
    def from_text(cls, text: str, where: str) -> IdentityKey:
        """The key written as base64 in ``text``; ``where`` names it in a refusal."""
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise IdentityKeyProblem(
                f"{where} is not base64 text (make a key with "
                "fieldapp-hq identity-key create -o FILE)"
            ) from None
        if len(raw) != KEY_BYTES:
            raise IdentityKeyProblem(
                f"{where} holds {len(raw)} bytes; an identity key is {KEY_BYTES} "
                "(make one with fieldapp-hq identity-key create -o FILE)"
            )
        return cls(raw)

    def text(self) -> str:
        return base64.b64encode(self.secret).decode("ascii")


def identity_key(settings: HqSettings) -> IdentityKey | None:
    """HQ's identity key from the key file or the environment secret the settings name; None
    if neither is set (HQ then cannot seal or reveal identities). `IdentityKeyProblem` if both
    are set, or the one set cannot be used."""
    path, secret = settings.identity_key_file, settings.identity_key
    if path is not None and secret is not None:
        raise IdentityKeyProblem(
            f"both {KEY_FILE_ENV} and {KEY_ENV} are set: give HQ's identity key one way only"
        )
    if secret is not None:
        return IdentityKey.from_text(secret.get_secret_value(), KEY_ENV)
    if path is None:
        return None
    return read_key_file(path, settings.data)


def read_key_file(path: Path, data: Path | None = None) -> IdentityKey:
    """The key in ``path``, refused if anyone but its owner may read it, if it lies inside HQ's
    data folder ``data``, or if it is not one base64 key."""
    path = path.expanduser().resolve()
    if data is not None and path.is_relative_to(data.expanduser().resolve()):
        raise IdentityKeyProblem(
            f"identity key file {path} is inside HQ's data folder {data}: keep the key apart "
            "from the records it opens (move it elsewhere and set "
            f"{KEY_FILE_ENV})"
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise IdentityKeyProblem(
            f"identity key file {path} cannot be read: {exc.strerror or exc}"
        ) from None
    with os.fdopen(fd, "rb") as handle:
        found = os.fstat(handle.fileno())
        if not stat.S_ISREG(found.st_mode):
            raise IdentityKeyProblem(f"identity key file {path} is not a file")
        mode = stat.S_IMODE(found.st_mode)
        if mode & 0o077 and os.name == "posix":
            raise IdentityKeyProblem(
                f"identity key file {path} may be read by others (mode {mode:04o}): "
                f"chmod 600 {path}"
            )
        data_read = handle.read(MAX_KEY_FILE + 1)
    if len(data_read) > MAX_KEY_FILE:
        raise IdentityKeyProblem(f"identity key file {path} is too large to be a key")
    try:
        text = data_read.decode("ascii")
    except UnicodeDecodeError:
        raise IdentityKeyProblem(f"identity key file {path} is not base64 text") from None
    return IdentityKey.from_text(text, f"identity key file {path}")


def create_key_file(path: Path) -> IdentityKey:
    """A new random key written to ``path`` (base64, one line), made 0600; `FileExistsError`
    if ``path`` exists (a key is never overwritten: what it sealed would be lost)."""
    key = IdentityKey.generate()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.fchmod(fd, 0o600)  # whatever the umask
        os.write(fd, (key.text() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def _aad(office_id: str, person_id: str) -> bytes:
    return _AAD + office_id.encode("utf-8") + b"\x00" + person_id.encode("utf-8")


def seal(key: IdentityKey, office_id: str, person_id: str, fields: dict[str, Any]) -> str:
    """``fields`` (JSON values) sealed for this office's person: ``v1.<base64url>``."""
    plain = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key.secret).encrypt(nonce, plain.encode("utf-8"), _aad(office_id, person_id))
    body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")
    return f"{VERSION}.{body}"


def open_sealed(key: IdentityKey, office_id: str, person_id: str, sealed: str) -> dict[str, Any]:
    """The fields sealed for this office's person; `SealedIdentityError` saying why not."""
    version, dot, body = sealed.partition(".")
    if not dot or version != VERSION:
        raise SealedIdentityError(
            f"the sealed identity of person {person_id} is not in a known form "
            f"(expected {VERSION}.…)"
        )
    if len(body) > MAX_SEALED:
        raise SealedIdentityError(f"the sealed identity of person {person_id} is too large")
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise SealedIdentityError(
            f"the sealed identity of person {person_id} is damaged (not base64url)"
        ) from None
    if len(raw) < NONCE_BYTES + 16:
        raise SealedIdentityError(f"the sealed identity of person {person_id} is truncated")
    try:
        plain = AESGCM(key.secret).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(office_id, person_id)
        )
    except InvalidTag:
        raise SealedIdentityError(
            f"the sealed identity of person {person_id} does not open: HQ's identity key is "
            "not the one it was sealed with, or it was altered or copied from another row"
        ) from None
    try:
        opened = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealedIdentityError(
            f"the sealed identity of person {person_id} opened but is not JSON"
        ) from None
    if not isinstance(opened, dict):
        raise SealedIdentityError(
            f"the sealed identity of person {person_id} opened but holds no fields"
        )
    return opened
