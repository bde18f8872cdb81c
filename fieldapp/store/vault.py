"""The key vault: the database's random raw key, wrapped in key slots.

The 256-bit key that SQLCipher uses never touches the disk in clear. ``vault.json`` holds
it wrapped with AES-256-GCM in two slots: one under the passphrase (Argon2id), one under
the printed recovery key. Changing the passphrase rewraps 32 bytes; nothing is re-encrypted.
Unlocking reads the vault only (the unlock counter, `throttle`, is the one file a wrong
passphrase writes).

The file is checked whole when read, before any key derivation: a vault that is damaged, or
that asks Argon2id for a cost outside sane bounds (a copied laptop's vault edited to ask for
64 GiB, say), is refused with `VaultDamaged`, never a traceback or an exhausted machine.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.atomic import write_atomic

FORMAT = 1
KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
RECOVERY_GROUPS = 8  # 8 groups of 4 characters: 160 bits
SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES = 16, 12, KEY_BYTES + 16  # AES-GCM adds a 16-byte tag
MAX_VAULT_BYTES = 64 * 1024  # a real vault is under 2 KiB
VAULT_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
# What a vault may ask of Argon2id: the cost this app ever writes (tests 8 MiB, calibrated
# 64 MiB, up to 64 passes) with room to spare, and nothing that could exhaust the machine.
KDF_BOUNDS = {"memory_cost": (8 * 1024, 1024 * 1024), "iterations": (1, 64), "lanes": (1, 16)}
# And the work of one unlock, memory times passes: the most calibration writes (64 MiB x 64),
# a few seconds here; 1 GiB x 64 passes would take over a minute per attempt.
MAX_KDF_WORK = 64 * 1024 * 64  # KiB x passes


class VaultError(Exception):
    """The vault file is missing or cannot be read (no store here: exit code 2)."""


class VaultDamaged(VaultError):
    """The vault file is there but damaged, of an unknown format, or its key does not open
    the database (an integrity problem: exit code 4)."""


class WrongPassphrase(Exception):
    """The passphrase (or recovery key) does not open this vault."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored in each slot so a later calibration never locks anyone out."""

    memory_cost: int = 64 * 1024  # KiB
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        for name, (low, high) in KDF_BOUNDS.items():
            value = getattr(self, name)
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"{name} {value!r} is outside {low}..{high}")
        if self.memory_cost * self.iterations > MAX_KDF_WORK:
            raise ValueError(
                f"memory_cost x iterations {self.memory_cost * self.iterations} is over "
                f"{MAX_KDF_WORK}"
            )

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        )
        return kdf.derive(secret)


def calibrate(target_seconds: float = 0.5, memory_cost: int = 64 * 1024) -> KdfParams:
    """Pick Argon2id iterations so one derivation takes about ``target_seconds`` here.

    DESIGN.md asks for 0.3 to 1 s: slow for a guesser, quick enough for a field officer.
    """
    iterations = 3
    for _ in range(2):  # a first estimate, then a correction measured at that estimate
        start = time.perf_counter()
        KdfParams(memory_cost=memory_cost, iterations=iterations).derive(
            b"calibration", os.urandom(16)
        )
        elapsed = max(time.perf_counter() - start, 1e-4)
        iterations = max(3, min(64, round(iterations * target_seconds / elapsed)))
    return KdfParams(memory_cost=memory_cost, iterations=iterations)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC first: the same visible passphrase typed on two keyboards gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 4))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept the key as printed, typed in lower case, with or without dashes and spaces."""
    # ASCII only: a key holds none of "É", "²" or "٣", so such a key is simply wrong.
    chars = "".join(c for c in text.upper() if c.isascii() and c.isalnum())
    chars = chars.replace("0", "O").replace("1", "I")
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    # The recovery key carries 160 random bits: a fast KDF is enough.
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"fieldapp recovery slot"
    )
    return hkdf.derive(normalise_recovery_key(recovery_key).encode("ascii"))


class Vault:
    """The slots of one store, as read from ``vault.json``."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    @property
    def vault_id(self) -> str:
        return str(self.data["vault_id"])

    # --- creating and reading -------------------------------------------------------------

    @classmethod
    def new(
        cls, path: Path, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Vault, bytes, str]:
        """Make a new raw key and its vault (not yet saved): the vault, the key, the recovery key."""
        raw_key = os.urandom(KEY_BYTES)
        recovery_key = new_recovery_key()
        vault = cls(path, {"format": FORMAT, "vault_id": secrets.token_hex(8), "slots": {}})
        vault._set_passphrase_slot(raw_key, passphrase, kdf or calibrate())
        vault._set_recovery_slot(raw_key, recovery_key)
        return vault, raw_key, recovery_key

    @classmethod
    def from_bytes(cls, path: Path, data: bytes) -> Vault:
        """The vault in ``data``, checked whole (`VaultDamaged` says what is wrong)."""
        try:
            if len(data) > MAX_VAULT_BYTES:
                raise ValueError(f"{len(data)} bytes, far more than a vault holds")
            parsed = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise damaged(path, f"not readable JSON: {exc}") from None
        if not isinstance(parsed, dict):
            raise damaged(path, "not a vault")
        if parsed.get("format") != FORMAT:
            raise damaged(path, f"unknown format {parsed.get('format')!r}, or not a vault")
        _check_vault(path, parsed)
        return cls(path, parsed)

    @classmethod
    def load(cls, path: Path) -> Vault:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_VAULT_BYTES + 1)
        except FileNotFoundError:
            raise VaultError(f"No key vault at {path}: this folder holds no store.") from None
        except OSError as exc:
            raise VaultError(
                f"The key vault {path} cannot be read: {exc.strerror or exc}."
            ) from None
        return cls.from_bytes(path, data)

    def save(self) -> None:
        write_atomic(self.path, self.to_bytes())

    def to_bytes(self) -> bytes:
        return json.dumps(self.data, indent=1).encode("utf-8")

    # --- unlocking --------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> bytes:
        slot = self.data["slots"]["passphrase"]  # checked when read: bounded cost, right sizes
        params = KdfParams(**slot["kdf"])
        kek = params.derive(_passphrase_bytes(passphrase), _unb64(slot["salt"]))
        return self._unwrap("passphrase", slot, kek)

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        slot = self.data["slots"]["recovery"]
        return self._unwrap("recovery", slot, _recovery_kek(recovery_key, _unb64(slot["salt"])))

    def change_passphrase(
        self, raw_key: bytes, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """Rewrap the key under a new passphrase; the recovery key keeps working."""
        self._set_passphrase_slot(raw_key, new_passphrase, kdf or self.current_kdf())
        self.save()

    # --- slots ------------------------------------------------------------------------------

    def current_kdf(self) -> KdfParams:
        """The passphrase slot's Argon2id cost (calibrated when the store was made)."""
        slot = self.data["slots"].get("passphrase")
        return KdfParams(**slot["kdf"]) if slot else calibrate()

    def _aad(self, kind: str) -> bytes:
        return f"fieldapp-vault/{FORMAT}/{self.vault_id}/{kind}".encode("ascii")

    def _wrap(self, kind: str, raw_key: bytes, kek: bytes, extra: dict[str, Any]) -> None:
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, raw_key, self._aad(kind))
        self.data["slots"][kind] = {**extra, "nonce": _b64(nonce), "wrapped": _b64(wrapped)}

    def _unwrap(self, kind: str, slot: dict[str, Any], kek: bytes) -> bytes:
        try:
            return AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(kind)
            )
        except InvalidTag:
            what = "passphrase" if kind == "passphrase" else "recovery key"
            raise WrongPassphrase(f"The {what} is not correct.") from None

    def _set_passphrase_slot(self, raw_key: bytes, passphrase: str, kdf: KdfParams) -> None:
        salt = os.urandom(16)
        kek = kdf.derive(_passphrase_bytes(passphrase), salt)
        self._wrap("passphrase", raw_key, kek, {"kdf": asdict(kdf), "salt": _b64(salt)})

    def _set_recovery_slot(self, raw_key: bytes, recovery_key: str) -> None:
        salt = os.urandom(16)
        self._wrap("recovery", raw_key, _recovery_kek(recovery_key, salt), {"salt": _b64(salt)})


# --- checking a vault as read ---------------------------------------------------------------

SLOT_FIELDS = {
    "passphrase": {"kdf", "salt", "nonce", "wrapped"},
    "recovery": {"salt", "nonce", "wrapped"},
}


def damaged(path: Path, what: str) -> VaultDamaged:
    """The error for a damaged vault, saying what is wrong and what to do."""
    if path.name == "vault.json":
        fix = (
            "Put back a copy of vault.json, or move it aside and run "
            "`fieldapp backup restore-vault BACKUP` with a backup made since the last re-key."
        )
    else:
        fix = "Use another copy of it."
    return VaultDamaged(f"The key vault {path} is damaged ({what}). {fix}")


def _check_vault(path: Path, data: dict[str, Any]) -> None:
    vault_id, slots = data.get("vault_id"), data.get("slots")
    if not isinstance(vault_id, str) or not VAULT_ID.fullmatch(vault_id):
        raise damaged(path, "no valid vault id")
    if not isinstance(slots, dict):
        raise damaged(path, "no key slots")
    for kind, expected in SLOT_FIELDS.items():
        slot = slots.get(kind)
        if not isinstance(slot, dict):
            raise damaged(path, f"the {kind} slot is missing")
        if set(slot) != expected:
            raise damaged(path, f"the {kind} slot has fields {sorted(slot)}")
        for name, size in (
            ("salt", SALT_BYTES),
            ("nonce", NONCE_BYTES),
            ("wrapped", WRAPPED_BYTES),
        ):
            value = slot[name]
            try:
                decoded = _unb64(value) if isinstance(value, str) else None
            except (binascii.Error, ValueError):
                decoded = None
            if decoded is None or len(decoded) != size:
                raise damaged(path, f"the {kind} slot's {name} is not {size} bytes of base64")
    kdf = slots["passphrase"]["kdf"]
    names = {f.name for f in fields(KdfParams)}
    if not isinstance(kdf, dict) or set(kdf) != names:
        raise damaged(path, "the passphrase slot's key derivation settings are missing")
    try:
        KdfParams(**kdf)
    except ValueError as exc:
        raise damaged(path, f"key derivation cost out of bounds: {exc}") from None
