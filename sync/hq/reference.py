"""The reference bundle HQ publishes: the code lists every office must use and each office's
privacy policy (`sync.hq.policy`), signed by HQ.

HQ serves the lists it validates with (shipped with the app, or a folder given to
``fieldapp-hq serve --reference``); a device takes a bundle only if HQ signed it and it is
newer than the lists it has (``version`` in ``results_framework.json``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import (
    LABELS_FILE,
    REFERENCE_FILES,
    CodeLists,
    check_lists,
    lists_version,
    shipped_lists,
)
from fieldapp.domain.privacy import OfficePolicy
from sync.hq.keys import HqKeys
from sync.hq.policy import all_policies
from sync.protocol import ReferenceBundle
from sync.seal import open_message, sign_message


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


def signed_bundle(
    keys: HqKeys,
    lists: dict[str, Any],
    policies: dict[str, OfficePolicy] | None = None,
    policy_version: int = 0,
) -> bytes:
    bundle = ReferenceBundle(
        version=lists_version(lists),
        created_at=datetime.now(UTC),
        lists=lists,
        policies=policies or {},
        policy_version=policy_version,
    )
    return sign_message(bundle, keys.signing)


_signed: dict[tuple[bytes, int], bytes] = {}


def bundle_with_policies(conn: Connection, keys: HqKeys, lists_bundle: bytes) -> bytes:
    """``lists_bundle`` (HQ's signed lists, made at start) with every office's policy as
    ``conn`` reads it now: an office's policy changed by ``fieldapp-hq office policy`` in
    another process reaches devices without a restart. Signed again only when the policies'
    stamp moved (the last few kept)."""
    policies, stamp = all_policies(conn)
    cached = _signed.get((lists_bundle, stamp))
    if cached is not None:
        return cached
    lists = open_message(lists_bundle, ReferenceBundle, keys.signing.public_key()).lists
    signed = signed_bundle(keys, lists, policies, stamp)
    if len(_signed) >= 8:
        _signed.pop(next(iter(_signed)))
    _signed[(lists_bundle, stamp)] = signed
    return signed
