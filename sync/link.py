"""The device's link to HQ: where HQ is and HQ's public keys, pinned at enrollment.

Kept in ``<data>/sync.json`` in the clear so that the courier can read it while the store is
locked (it holds no secret). The store keeps its own copy inside the encrypted database: at
each unlock the two are compared, so a changed ``sync.json`` is noticed and put back
(`fieldapp.store.sync_client`).

An enrollment token carries a short fingerprint of HQ's public keys: the device pins HQ's
keys only if they match it, so an impostor answering at HQ's address cannot slip in its own.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sync.atomic import write_atomic

FINGERPRINT_BYTES = 10  # 80 bits, 16 characters of base32


class LinkError(Exception):
    """An HQ address, token or link file that cannot be used; the message says why."""


@dataclass(frozen=True)
class Link:
    """Where HQ is, as pinned at enrollment."""

    hq_url: str
    hq_box_key: str
    hq_signing_key: str
    device_id: str
    ca_file: str | None = None  # a CA to trust for HQ's certificate, besides the system's

    @classmethod
    def from_json(cls, text: str | bytes) -> Link:
        try:
            data = json.loads(text)
            link = cls(
                **{k: data[k] for k in ("hq_url", "hq_box_key", "hq_signing_key", "device_id")},
                ca_file=data.get("ca_file"),
            )
        except (ValueError, KeyError, TypeError, RecursionError):
            raise LinkError("the link to HQ (sync.json) is damaged") from None
        values = asdict(link)
        if not all(isinstance(v, str) or (k == "ca_file" and v is None) for k, v in values.items()):
            raise LinkError("the link to HQ (sync.json) is damaged")
        return link

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> Link | None:
        try:
            return cls.from_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except LinkError:
            raise LinkError(f"The link to HQ in {path} is damaged.") from None

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_json().encode("utf-8"))

    @property
    def verify(self) -> str | bool:
        """What `requests` checks HQ's certificate against (the system's authorities when
        the kept CA file is gone: HQ's certificate then fails, and says so)."""
        if self.ca_file and Path(self.ca_file).is_file():
            return self.ca_file
        return True


def keys_fingerprint(hq_box_key: str, hq_signing_key: str) -> str:
    """A short, typeable fingerprint of HQ's two public keys (base64 of their raw bytes)."""
    try:
        raw = base64.b64decode(hq_box_key, validate=True) + base64.b64decode(
            hq_signing_key, validate=True
        )
    except (ValueError, TypeError):
        raw = b""
    digest = hashlib.sha256(b"fieldapp hq keys\0" + raw).digest()[:FINGERPRINT_BYTES]
    return base64.b32encode(digest).decode("ascii")


def split_token(token: str) -> tuple[str, str]:
    """``SECRET-FINGERPRINT`` → (secret, fingerprint)."""
    secret, _, fingerprint = token.strip().upper().replace(" ", "").partition("-")
    if not secret or len(fingerprint) != 16:
        raise LinkError(
            "This enrollment token is incomplete: it should look like "
            "XXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX (ask HQ for a new one)."
        )
    return secret, fingerprint


def check_hq_url(url: str) -> str:
    """HQ's address, refused unless it is https (plain http only to this computer itself)."""
    try:
        parts = urlsplit(url.strip())
        scheme, host = parts.scheme, parts.hostname
    except ValueError:  # "https://[::1", or a host that NFKC normalisation would change
        scheme, host = "", None
    if scheme not in ("https", "http") or not host:
        raise LinkError(f"“{url}” is not an HQ address: it should look like https://hq.example.org")
    if scheme == "http" and not _loopback(host):
        raise LinkError(
            f"HQ's address must start with https:// (“{url}” would send the enrollment token "
            "and the records unprotected). Plain http is only accepted for this computer "
            "itself (127.0.0.1, localhost)."
        )
    return url.strip().rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
