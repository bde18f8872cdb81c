"""One-time codes a person types (sign-in codes, TOTP recovery codes): 80 random bits as four
groups of four letters and digits (``K7QM-2XPA-9D4R-TB3W``), kept only as a SHA-256.

80 bits need no slow hash: nobody guesses them, and the lock-out bounds the tries anyway.
"""

from __future__ import annotations

import base64
import hashlib
import secrets


def make_code() -> str:
    text = base64.b32encode(secrets.token_bytes(10)).decode("ascii")  # 16 characters
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def normalized(code: str) -> str:
    """What counts in a typed code: letters and digits, upper case (dashes, spaces dropped)."""
    return "".join(c for c in code[:64].upper() if c.isascii() and c.isalnum())


def code_hash(code: str) -> str:
    return sha256_hex(normalized(code))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def looks_like_code(text: str) -> bool:
    return len(normalized(text)) == 16 and len(text) <= 32
