"""The key vault: passphrase, recovery key, passphrase change, a wrong guess that writes only
the unlock counter, and a damaged vault refused before any key derivation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.validation import ValidationError
from fieldapp.store.store import Store
from fieldapp.store.vault import (
    KdfParams,
    Vault,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
    calibrate,
    normalise_recovery_key,
)
from tests.conftest import FAST_KDF, PASSPHRASE


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_wrong_passphrase_is_refused_and_writes_only_the_unlock_counter(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase, match="passphrase is not correct"):
        Store.open(store_dir, passphrase="not the passphrase")
    after = snapshot(store_dir)
    counter = after.pop("unlock-failures.json")
    assert after == before
    assert b'"count": 1' in counter
    assert (store_dir / "unlock-failures.json").stat().st_mode & 0o777 == 0o600


def test_change_passphrase_then_old_refused_and_recovery_key_works(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    store, recovery_key = new_store
    with store.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS marker(x)")
    store.change_passphrase("a brand new passphrase")
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, passphrase=PASSPHRASE)
    reopened = Store.open(store_dir, passphrase="a brand new passphrase")
    assert reopened.integrity_problems() == []
    reopened.close()
    typed_sloppily = recovery_key.lower().replace("-", " ")
    recovered = Store.open(store_dir, recovery_key=typed_sloppily)
    assert recovered.identity.office_name == "Programme Office Rabat"
    recovered.change_passphrase("set again after recovery")
    recovered.close()
    Store.open(store_dir, passphrase="set again after recovery").close()


def test_wrong_recovery_key(new_store: tuple[Store, str], store_dir: Path) -> None:
    new_store[0].close()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Store.open(store_dir, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_change_passphrase_rewraps_only_the_key(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    store, _ = new_store
    db_before = (store_dir / "store.db").read_bytes()
    store.change_passphrase("pelican marble staircase fog")
    assert (store_dir / "store.db").read_bytes() == db_before
    with pytest.raises(ValidationError, match="at least 10 characters"):
        store.change_passphrase("short")


def test_vault_holds_no_key_in_clear(tmp_path: Path) -> None:
    vault, raw_key, recovery = Vault.new(tmp_path / "vault.json", PASSPHRASE, FAST_KDF)
    vault.save()
    text = (tmp_path / "vault.json").read_bytes()
    assert (
        raw_key not in text and raw_key.hex().encode() not in text and recovery.encode() not in text
    )
    assert Vault.load(tmp_path / "vault.json").unlock(PASSPHRASE) == raw_key


def test_recovery_key_reads_as_printed() -> None:
    assert normalise_recovery_key("abcd efgh-2345") == "ABCD-EFGH-2345"
    assert normalise_recovery_key("o0i1") == "OOII"


def test_calibration_lands_in_the_design_window() -> None:
    import time

    params = calibrate(target_seconds=0.5)
    assert params.memory_cost == 64 * 1024 and params.lanes == 4 and params.iterations >= 3
    start = time.perf_counter()
    params.derive(b"passphrase", b"0123456789abcdef")
    assert 0.2 <= time.perf_counter() - start <= 1.5


def test_kdf_params_are_kept_per_slot(tmp_path: Path) -> None:
    custom = KdfParams(memory_cost=16 * 1024, iterations=2, lanes=2)
    vault, raw_key, _ = Vault.new(tmp_path / "v.json", PASSPHRASE, custom)
    vault.save()
    loaded = Vault.load(tmp_path / "v.json")
    assert loaded.data["slots"]["passphrase"]["kdf"] == {
        "memory_cost": 16384,
        "iterations": 2,
        "lanes": 2,
    }
    assert loaded.unlock(PASSPHRASE) == raw_key


def test_after_a_change_the_old_passphrase_opens_no_local_backup(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    from fieldapp.store.backup import create_backup, read_backup, verify_backup

    store, recovery_key = new_store
    path = create_backup(store.engine, store.vault, store.data.backups)
    store.change_passphrase("the leaked one is replaced")
    _, vault = read_backup(path)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    raw_key = vault.unlock("the leaked one is replaced")
    assert verify_backup(path, raw_key).schema_version == store.schema_version()
    assert vault.unlock_with_recovery_key(recovery_key) == raw_key


# --- a damaged vault ------------------------------------------------------------------------


def _b64(n: int) -> str:
    import base64

    return base64.b64encode(bytes(n)).decode()


def _kdf(**change: object) -> Callable[[dict[str, Any]], None]:
    return lambda v: v["slots"]["passphrase"]["kdf"].update(change)


def _slot(kind: str, **change: object) -> Callable[[dict[str, Any]], None]:
    return lambda v: v["slots"][kind].update(change)


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "64 GiB of memory": _kdf(memory_cost=64 * 1024 * 1024),
    "1 GiB and one KiB": _kdf(memory_cost=1024 * 1024 + 1),
    "1 MiB of memory": _kdf(memory_cost=1024),
    "a million passes": _kdf(iterations=1_000_000),
    "no pass": _kdf(iterations=0),
    "zero lanes": _kdf(lanes=0),
    "a thousand lanes": _kdf(lanes=1000),
    "memory as text": _kdf(memory_cost="65536"),
    "lanes as true": _kdf(lanes=True),
    "memory as a float": _kdf(memory_cost=65536.0),
    "an unknown cost": _kdf(parallelism=4),
    "kdf not a dict": _slot("passphrase", kdf=[65536, 3, 4]),
    "salt not base64": _slot("passphrase", salt="not base64!!"),
    "salt not text": _slot("passphrase", salt=12345),
    "short salt": _slot("recovery", salt=_b64(8)),
    "short nonce": _slot("passphrase", nonce=_b64(8)),
    "wrapped too long": _slot("recovery", wrapped=_b64(64)),
    "non-ASCII base64": _slot("passphrase", nonce="éééééééééééééééé"),
    "no recovery slot": lambda v: v["slots"].pop("recovery"),
    "slot not a dict": lambda v: v["slots"].update(passphrase="x"),
    "slot missing its salt": lambda v: v["slots"]["passphrase"].pop("salt"),
    "slots a list": lambda v: v.update(slots=[]),
    "no vault id": lambda v: v.pop("vault_id"),
    "vault id a number": lambda v: v.update(vault_id=5),
    "vault id not ASCII": lambda v: v.update(vault_id="voûte"),
    "format 2": lambda v: v.update(format=2),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_vault_is_refused_before_any_key_derivation(
    new_store: tuple[Store, str],
    store_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[dict[str, Any]], None],
) -> None:
    new_store[0].close()
    path = store_dir / "vault.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    damage(data)
    path.write_text(json.dumps(data), encoding="utf-8")

    def no_derivation(*_args: object) -> bytes:
        raise AssertionError("a key was derived from a damaged vault")

    monkeypatch.setattr(KdfParams, "derive", no_derivation)
    before = snapshot(store_dir)
    with pytest.raises(VaultDamaged, match=r"The key vault .*vault\.json is damaged \(.+\)\. Put"):
        Store.open(store_dir, passphrase=PASSPHRASE)
    assert snapshot(store_dir) == before, "a damaged vault writes nothing, not even the counter"


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00", b"[" * 100_000, b"null", b"{}", b'{"format": 1}', b" " * 70_000],
    ids=["empty", "not UTF-8", "deeply nested", "null", "empty object", "no slots", "huge"],
)
def test_a_vault_that_is_not_one_is_damaged_not_a_traceback(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vault.json"
    path.write_bytes(content)
    with pytest.raises(VaultDamaged, match="is damaged"):
        Vault.load(path)


def test_a_missing_vault_is_no_store_not_damage(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="holds no store") as caught:
        Vault.load(tmp_path / "vault.json")
    assert not isinstance(caught.value, VaultDamaged)


def test_the_costs_this_app_writes_are_within_the_bounds() -> None:
    assert KdfParams() == KdfParams(memory_cost=64 * 1024, iterations=3, lanes=4)
    KdfParams(memory_cost=64 * 1024, iterations=64, lanes=16)  # the most calibration writes
    KdfParams(memory_cost=1024 * 1024, iterations=4, lanes=16)
    with pytest.raises(ValueError, match="memory_cost x iterations"):  # a minute per attempt
        KdfParams(memory_cost=1024 * 1024, iterations=64, lanes=16)
    assert FAST_KDF.memory_cost == 8 * 1024
    with pytest.raises(ValueError, match="memory_cost"):
        KdfParams(memory_cost=8 * 1024 - 1)
