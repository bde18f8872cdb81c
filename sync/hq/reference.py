"""The reference bundle HQ publishes: the code lists every office must use, signed by HQ.

HQ serves the lists it validates with (shipped with the app, or a folder given to
``fieldapp-hq serve --reference``); a device takes a bundle only if HQ signed it and it is
newer than the lists it has (``version`` in ``results_framework.json``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from fieldapp.domain.codelists import (
    LABELS_FILE,
    REFERENCE_FILES,
    CodeLists,
    check_lists,
    lists_version,
    shipped_lists,
)
from sync.hq.keys import HqKeys
from sync.protocol import ReferenceBundle
from sync.seal import sign_message


def load_lists(folder: Path | None) -> dict[str, Any]:
    """The lists in ``folder`` (None: those shipped), as published; HQ validates records
    against them too (`check_lists` makes them `CodeLists`, which HQ passes to its checks:
    nothing here changes the lists the rest of this process uses).

    Raises ``OSError``, ``ValueError``, ``KeyError`` or ``TypeError`` if they cannot be used."""
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
    check_lists(lists)  # their shape, before HQ publishes them
    return lists


@cache
def shipped_codelists() -> CodeLists:
    """The lists shipped with the app: what HQ checks with when given none."""
    return check_lists(shipped_lists())


def signed_bundle(keys: HqKeys, lists: dict[str, Any]) -> bytes:
    bundle = ReferenceBundle(
        version=lists_version(lists), created_at=datetime.now(UTC), lists=lists
    )
    return sign_message(bundle, keys.signing)
