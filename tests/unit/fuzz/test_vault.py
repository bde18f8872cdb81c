"""Fuzzing the key vault as read from disk (a copied laptop's ``vault.json`` may have been
edited by anyone): the only errors are `VaultError` (`VaultDamaged`) and `WrongPassphrase`,
and a vault asking Argon2id for a hostile cost is refused before any derivation, fast."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.store.vault import KDF_BOUNDS, Vault, VaultError, WrongPassphrase
from tests.conftest import FAST_KDF
from tests.unit.fuzz.hostile import any_json, fuzz, json_values, utf8

PATH = Path("vault.json")  # only named in messages: nothing is read or written
PASSPHRASE = "the real passphrase"
VAULT, _RAW_KEY, RECOVERY_KEY = Vault.new(PATH, PASSPHRASE, FAST_KDF)
GOOD = json.loads(VAULT.to_bytes())
HOLE = "\x00hole\x00"
SECONDS = 2.0


def _holed(data: Any, path: list[int]) -> Any:
    """``data`` with `HOLE` at the node reached by ``path`` (indexes modulo each size)."""
    if not path or not isinstance(data, dict) or not data:
        return HOLE
    key = list(data)[path[0] % len(data)]
    return {**data, key: _holed(data[key], path[1:])}


@st.composite
def vaults_with_one_spot_changed(draw: st.DrawFn) -> bytes:
    path = draw(st.lists(st.integers(0, 100), min_size=1, max_size=4))
    text = json.dumps(_holed(GOOD, path), indent=1).replace(json.dumps(HOLE), draw(json_values))
    return utf8(text)


def out_of_bounds(name: str) -> st.SearchStrategy[str]:
    low, high = KDF_BOUNDS[name]
    return st.one_of(
        st.integers(max_value=low - 1).map(str),
        st.integers(min_value=high + 1).map(str),
        st.sampled_from(
            [str(64 * 1024 * 1024), str(10**9), str(2**32), str(2**64), "1e9", "1e999999",
             "Infinity", "NaN", "-1", "0", f"{high}.0", f'"{high}"', "true", "null", "[]", "{}"]
        ),
    )  # fmt: skip


any_kdf_value = st.one_of(st.integers().map(str), json_values)


@st.composite
def hostile_kdf_vaults(draw: st.DrawFn) -> bytes:
    """A whole vault whose Argon2id cost has at least one value out of bounds (too big, too
    small, not an integer), the others anything: each must be refused before deriving."""
    hostile = draw(st.sampled_from(sorted(KDF_BOUNDS)))
    values = {
        name: draw(out_of_bounds(name) if name == hostile else any_kdf_value) for name in KDF_BOUNDS
    }
    if draw(st.booleans()):
        extra = draw(st.sampled_from(["memory", "parallelism", "Memory_cost", "time_cost"]))
        values[extra] = draw(any_kdf_value)  # a key Argon2id has no use for
    kdf = "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in values.items()) + "}"
    vault = {**GOOD, "slots": {**GOOD["slots"]}}
    vault["slots"]["passphrase"] = {**GOOD["slots"]["passphrase"], "kdf": HOLE}
    return utf8(json.dumps(vault).replace(json.dumps(HOLE), kdf))


def read_and_unlock(data: bytes, passphrase: str, recovery_key: str) -> None:
    """Read ``data`` as a vault and try both slots; only the vault's errors may come out."""
    try:
        vault = Vault.from_bytes(PATH, data)
    except VaultError:
        return
    cost = vault.current_kdf()
    if cost.memory_cost * cost.iterations <= 4 * FAST_KDF.memory_cost:
        # (a changed spot may ask for a cost within bounds, yet seconds long: by design)
        with pytest.raises(WrongPassphrase):
            vault.unlock(passphrase)
    with contextlib.suppress(WrongPassphrase):  # a typed key that is right opens it
        vault.unlock_with_recovery_key(recovery_key)


recovery_keys = st.one_of(
    st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789-01 abc", max_size=50),
    st.just(RECOVERY_KEY.lower()),
)


@fuzz(150)
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        any_json.map(utf8),
        vaults_with_one_spot_changed(),
        st.binary(min_size=64 * 1024 + 1, max_size=64 * 1024 + 1),
    ),
    recovery_key=recovery_keys,
)
def test_any_vault_file_is_refused_or_unlocks_only_with_its_secret(
    data: bytes, recovery_key: str
) -> None:
    read_and_unlock(data, "not the passphrase", recovery_key)


@fuzz(120, deadline_s=SECONDS)
@given(data=hostile_kdf_vaults())
def test_a_hostile_kdf_cost_is_refused_before_deriving(data: bytes) -> None:
    start = time.perf_counter()
    with pytest.raises(VaultError):
        Vault.from_bytes(PATH, data)
    assert time.perf_counter() - start < SECONDS


@pytest.mark.parametrize(
    ("memory_cost", "iterations", "lanes"),
    [(64 * 1024 * 1024, 3, 4), (64 * 1024, 10**9, 4), (64 * 1024, 3, 2**24), (2**63, 2**63, 0)],
)
def test_the_costs_named_in_the_design_are_refused_fast(
    memory_cost: int, iterations: int, lanes: int
) -> None:
    vault = {**GOOD, "slots": {**GOOD["slots"]}}
    kdf = {"memory_cost": memory_cost, "iterations": iterations, "lanes": lanes}
    vault["slots"]["passphrase"] = {**GOOD["slots"]["passphrase"], "kdf": kdf}
    start = time.perf_counter()
    with pytest.raises(VaultError):
        Vault.from_bytes(PATH, json.dumps(vault).encode())
    assert time.perf_counter() - start < SECONDS


typed_text = st.text(max_size=60)  # any letters and digits, of any script


@fuzz(100)
@given(recovery_key=typed_text)
def test_any_typed_recovery_key_is_right_or_wrong(recovery_key: str) -> None:
    vault = Vault.from_bytes(PATH, VAULT.to_bytes())
    try:
        vault.unlock_with_recovery_key(recovery_key)
    except WrongPassphrase:
        return


@pytest.mark.parametrize("typed", ["É", "AAAA-²", "\u0663"])
def test_a_recovery_key_typed_with_a_non_ascii_letter_is_wrong(typed: str) -> None:
    vault = Vault.from_bytes(PATH, VAULT.to_bytes())
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery_key(typed)


def test_the_real_secrets_still_open_it() -> None:
    """The fuzzed vaults are made from a real one: both its secrets open it."""
    vault = Vault.from_bytes(PATH, VAULT.to_bytes())
    assert vault.unlock(PASSPHRASE) == vault.unlock_with_recovery_key(RECOVERY_KEY.lower())
