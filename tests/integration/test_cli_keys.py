"""The laptop's keys from the command line, as real processes: a damaged vault refused with
exit 4 before any key derivation."""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp


@pytest.fixture
def closed_store(new_store: tuple[Store, str], store_dir: Path) -> Path:
    new_store[0].close()
    return store_dir


# --- a damaged vault ------------------------------------------------------------------------


def _kdf(**change: Any) -> Callable[[dict[str, Any]], None]:
    return lambda v: v["slots"]["passphrase"]["kdf"].update(change)


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {  # more kinds in the unit tests
    "64 GiB of memory": _kdf(memory_cost=64 * 1024 * 1024),
    "lanes as text": _kdf(lanes="4"),
    "short nonce": lambda v: v["slots"]["recovery"].update(
        nonce=base64.b64encode(b"1234").decode()
    ),
    "slots not a dict": lambda v: v.update(slots="none"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_vault_exits_4_with_a_clear_message(
    closed_store: Path, damage: Callable[[dict[str, Any]], None]
) -> None:
    path = closed_store / "vault.json"
    vault = json.loads(path.read_text(encoding="utf-8"))
    damage(vault)
    path.write_text(json.dumps(vault), encoding="utf-8")
    start = time.monotonic()
    out = fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE, timeout=60)
    assert out.returncode == 4, out.stderr
    assert re.search(r"error: The key vault .*vault\.json is damaged \(.+\)\.", out.stderr)
    assert "fieldapp backup restore-vault" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - start < 20, "refused before deriving, not after"


@pytest.mark.parametrize("content", [b"{not json", b"[" * 50_000])
def test_an_unreadable_vault_exits_4(closed_store: Path, content: bytes) -> None:
    (closed_store / "vault.json").write_bytes(content)
    out = fieldapp("stats", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 4 and "is damaged" in out.stderr and "Traceback" not in out.stderr


def test_a_missing_vault_is_still_no_store_exit_2(closed_store: Path) -> None:
    (closed_store / "vault.json").unlink()
    out = fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 2 and "holds no store" in out.stderr
