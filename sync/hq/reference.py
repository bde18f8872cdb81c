"""The reference bundle HQ publishes: the code lists every office must use, signed by HQ.

HQ serves the lists it validates with (shipped with the app, or a folder given to
``fieldapp-hq serve --reference``); a device takes a bundle only if HQ signed it and it is
newer than the lists it has (``version`` in ``results_framework.json``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldapp.domain.codelists import (
    LABELS_FILE,
    REFERENCE_FILES,
    lists_version,
    shipped_lists,
    use_lists,
)
from sync.hq.keys import HqKeys
from sync.protocol import ReferenceBundle
from sync.seal import sign_message


def load_lists(folder: Path | None) -> dict[str, Any]:
    """The lists in ``folder`` (None: those shipped); HQ validates records against them too."""
    if folder is None:
        lists = shipped_lists()
    else:
        lists = {
            key: json.loads((folder / name).read_text(encoding="utf-8"))
            for key, name in REFERENCE_FILES.items()
        }
        key, name = LABELS_FILE
        labels = folder / name
        lists[key] = (
            json.loads(labels.read_text(encoding="utf-8"))
            if labels.is_file()
            else shipped_lists().get(key, {})
        )
    use_lists(lists)  # checks their shape; HQ's own validation uses what it publishes
    return lists


def signed_bundle(keys: HqKeys, lists: dict[str, Any]) -> bytes:
    bundle = ReferenceBundle(
        version=lists_version(lists), created_at=datetime.now(UTC), lists=lists
    )
    return sign_message(bundle, keys.signing)
