"""The unlock counter: a growing wait after wrong passphrases, kept beside the vault so that
separate processes share it (the real-process test is in tests/integration/test_cli_keys.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fieldapp.store.store import Store
from fieldapp.store.throttle import BASE_DELAY_ENV, UnlockThrottle
from fieldapp.store.vault import WrongPassphrase
from tests.conftest import PASSPHRASE


class FakeTime:
    """A clock that moves only when slept on (or when a test says so)."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture(autouse=True)
def real_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BASE_DELAY_ENV, raising=False)


def throttle(path: Path | None, fake: FakeTime) -> UnlockThrottle:
    return UnlockThrottle(path, sleep=fake.sleep, clock=fake.clock)


def test_the_wait_doubles_up_to_30_s_and_a_success_resets_it(
    tmp_path: Path, fake: FakeTime
) -> None:
    path = tmp_path / "unlock-failures.json"
    for _ in range(8):
        t = throttle(path, fake)  # a new process each time: only the file carries the count
        t.before_attempt()
        t.failed()
    assert fake.slept == [1, 2, 4, 8, 16, 30, 30]
    assert throttle(path, fake).failures == 8
    throttle(path, fake).succeeded()
    assert not path.exists()
    assert throttle(path, fake).delay == 0 and throttle(path, fake).remaining() == 0


def test_only_what_is_left_of_the_wait_is_slept(tmp_path: Path, fake: FakeTime) -> None:
    t = throttle(tmp_path / "unlock-failures.json", fake)
    for _ in range(3):
        t.failed()
    assert t.delay == 4
    fake.now += 3  # the user took 3 s to type the next guess
    t.before_attempt()
    assert fake.slept == [1]
    fake.now += 3600  # back after an hour: no wait at all
    t.before_attempt()
    assert fake.slept == [1]


def test_a_clock_set_back_owes_the_whole_delay_and_no_more(tmp_path: Path, fake: FakeTime) -> None:
    t = throttle(tmp_path / "unlock-failures.json", fake)
    t.failed()
    t.failed()
    fake.now -= 86_400  # the clock was put back a day after the failures
    assert t.remaining() == 2


def test_the_counter_is_private_and_holds_no_secret(tmp_path: Path, fake: FakeTime) -> None:
    path = tmp_path / "unlock-failures.json"
    old = os.umask(0o022)
    try:
        throttle(path, fake).failed()
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text(encoding="ascii")) == {"count": 1, "last_failure": fake.now}


@pytest.mark.parametrize("content", [b"", b"{", b'{"count": "many"}', b"[1, 2]", b'{"count": -3}'])
def test_a_damaged_counter_counts_as_one_failure_just_now(
    tmp_path: Path, fake: FakeTime, content: bytes
) -> None:
    path = tmp_path / "unlock-failures.json"
    path.write_bytes(content)
    t = throttle(path, fake)
    assert t.failures == 1 and t.remaining() == 1
    t.failed()
    assert json.loads(path.read_bytes())["count"] == 2


@pytest.mark.parametrize(("value", "first"), [("0", 0.05), ("0.25", 0.25), ("90", 1.0), ("x", 1.0)])
def test_the_test_setting_only_shortens_the_first_step(
    monkeypatch: pytest.MonkeyPatch, fake: FakeTime, value: str, first: float
) -> None:
    monkeypatch.setenv(BASE_DELAY_ENV, value)
    t = throttle(None, fake)
    t.failed()
    assert t.delay == first


def test_unlocking_waits_after_failures_and_a_success_clears_the_counter(
    new_store: tuple[Store, str], store_dir: Path, fake: FakeTime
) -> None:
    new_store[0].close()
    counter = store_dir / "unlock-failures.json"
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Store.open(store_dir, passphrase="wrong guess here", throttle=throttle(counter, fake))
    assert counter.exists()
    Store.open(store_dir, passphrase=PASSPHRASE, throttle=throttle(counter, fake)).close()
    assert fake.slept == [1, 2, 4]
    assert not counter.exists()


def test_by_default_an_unlock_uses_the_counter_beside_the_vault(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, passphrase="wrong guess here")
    assert UnlockThrottle(store_dir / "unlock-failures.json").failures == 1
    Store.open(store_dir, passphrase=PASSPHRASE).close()  # waits the 1 s it owes
    assert not (store_dir / "unlock-failures.json").exists()


def test_a_read_only_store_still_refuses_and_waits_in_memory(
    tmp_path: Path, fake: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldapp.store import throttle as module

    def read_only(path: Path, *_args: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(module, "write_atomic", read_only)
    t = throttle(tmp_path / "unlock-failures.json", fake)
    t.failed()
    t.failed()
    assert t.delay == 2 and not (tmp_path / "unlock-failures.json").exists()
