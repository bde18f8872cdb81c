"""A growing wait between unlock attempts, shared by every process that opens the store.

After n failed attempts the next one may start only min(30, 2^(n-1)) s after the last failure:
1 s, 2 s, 4 s ... 30 s. The count and the time of the last failure live in
``unlock-failures.json`` beside the vault (written whole, mode 0600), so a loop of separate
``fieldapp check`` runs waits just as the unlock screen does; a success deletes the file. It is
the only file a wrong passphrase writes.

What it is not: a defence against someone who copies the data folder. They can run Argon2id
on the vault themselves, or delete this file; only a strong passphrase and the key derivation's
cost slow them (DESIGN.md §10). Nor does it stop guesses made in parallel: processes started
together read the same count and wait the same time. It slows guessing through this program,
at the keyboard or from a script.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync.atomic import write_atomic

log = logging.getLogger(__name__)
MAX_DELAY = 30.0
# Tests only: a shorter first step (0.05 to 1 s) so a suite can fail many unlocks quickly.
# It can shorten the wait, never lengthen it or switch it off.
BASE_DELAY_ENV = "FIELDAPP_UNLOCK_BASE_DELAY"


@dataclass(frozen=True)
class Failures:
    count: int = 0
    last: float = 0.0  # time.time() of the last failure


def _base_delay() -> float:
    text = os.environ.get(BASE_DELAY_ENV)
    if not text:
        return 1.0
    try:
        return min(1.0, max(0.05, float(text)))
    except ValueError:
        return 1.0


class UnlockThrottle:
    """The wait before the next unlock attempt, from the counter file at ``path``.

    Without a ``path`` the count is kept in memory (one object's attempts only). ``sleep``
    and ``clock`` are injectable so tests need not wait."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.time,
        base: float | None = None,
    ) -> None:
        self.path = path
        self._sleep = sleep
        self._clock = clock
        self._base = _base_delay() if base is None else base
        self._memory = Failures()

    # --- reading ----------------------------------------------------------------------------

    def _read(self) -> Failures:
        if self.path is None:
            return self._memory
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Failures()
        except OSError as exc:
            log.warning("Cannot read the unlock counter %s: %s", self.path, exc)
            return Failures()
        try:
            data = json.loads(raw)
            count, last = data["count"], data["last_failure"]
            if type(count) is int and count > 0 and type(last) in (int, float):
                return Failures(min(count, 64), float(last))
        except (ValueError, TypeError, KeyError):
            pass
        # Damaged: count it as one failure just now. (Deleting the file resets it anyway.)
        return Failures(1, self._clock())

    @property
    def failures(self) -> int:
        return self._read().count

    def _delay_after(self, count: int) -> float:
        return 0.0 if count <= 0 else min(MAX_DELAY, self._base * 2 ** (count - 1))

    @property
    def delay(self) -> float:
        """The whole wait owed after the failures so far (what the unlock screen shows)."""
        return self._delay_after(self.failures)

    def remaining(self) -> float:
        """Seconds still to wait before the next attempt may start."""
        state = self._read()
        delay = self._delay_after(state.count)
        # A clock set back (last failure "in the future") owes the whole delay, no more.
        elapsed = max(0.0, self._clock() - state.last)
        return max(0.0, delay - elapsed)

    # --- an attempt -------------------------------------------------------------------------

    def before_attempt(self) -> None:
        """Wait (sleeping in this thread) until the next attempt may start."""
        wait = self.remaining()
        if wait > 0:
            self._sleep(wait)

    def failed(self) -> None:
        state = Failures(self._read().count + 1, self._clock())
        if self.path is None:
            self._memory = state
            return
        body = json.dumps({"count": state.count, "last_failure": state.last}).encode("ascii")
        try:
            write_atomic(self.path, body, 0o600)
        except OSError as exc:  # a read-only copy of the store: the wait is only in memory
            log.warning("Cannot write the unlock counter %s: %s", self.path, exc)
            self.path, self._memory = None, state

    def succeeded(self) -> None:
        self._memory = Failures()
        if self.path is not None:
            try:
                self.path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("Cannot remove the unlock counter %s: %s", self.path, exc)
