"""HQ's two key pairs: one that batches are sealed to, one that signs HQ's answers.

They live in ``hq_keys.json`` in HQ's data folder (mode 600, in a folder of mode 700; a file
an earlier version left readable is tightened when loaded): guard that file as HQ's identity.
Devices pin the public halves at enrollment."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.atomic import write_atomic
from sync.hq.private import FILE_MODE, private_file, private_folder
from sync.seal import raw_private, raw_public


@dataclass(frozen=True)
class HqKeys:
    box: X25519PrivateKey  # batches are sealed to its public half
    signing: Ed25519PrivateKey  # signs acknowledgements and reference bundles

    @classmethod
    def generate(cls) -> HqKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, path: Path) -> HqKeys:
        private_file(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            X25519PrivateKey.from_private_bytes(base64.b64decode(data["box"])),
            Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["signing"])),
        )

    @classmethod
    def load_or_create(cls, path: Path) -> HqKeys:
        """HQ's keys; made on first use. HQ processes starting together agree on one pair."""
        if path.exists():
            return cls.load(path)
        keys = cls.generate()
        private_folder(path.parent)
        text = {
            k: base64.b64encode(raw_private(v)).decode("ascii")
            for k, v in (("box", keys.box), ("signing", keys.signing))
        }
        try:
            write_atomic(path, json.dumps(text).encode("utf-8"), FILE_MODE, replace=False)
        except FileExistsError:
            return cls.load(path)  # another process made them first
        return keys

    def public(self) -> dict[str, str]:
        return {
            "hq_box_key": raw_public(self.box.public_key()),
            "hq_signing_key": raw_public(self.signing.public_key()),
        }
