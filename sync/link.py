"""The device's link to HQ: where HQ is and HQ's public keys, pinned at enrollment.

Kept in ``<data>/sync.json``, in the clear: it holds no secret, so the courier can read it
while the store is locked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sync.atomic import write_atomic


@dataclass(frozen=True)
class Link:
    """Where HQ is, as pinned at enrollment (``<data>/sync.json``: no secret in it)."""

    hq_url: str
    hq_box_key: str
    hq_signing_key: str
    device_id: str

    @classmethod
    def load(cls, path: Path) -> Link | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return cls(**{k: data[k] for k in ("hq_url", "hq_box_key", "hq_signing_key", "device_id")})

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.__dict__, indent=1).encode("utf-8"))
