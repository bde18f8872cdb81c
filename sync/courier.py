"""The courier: carries sealed batch files to HQ and HQ's answers back (DESIGN.md §6, step 3).

It needs no secret: it only moves files that are already sealed, so it runs while the app is
locked or closed. Batches go oldest first; each answer is saved in ``inbox/`` before its batch
is deleted, so a kill at any moment loses nothing (at worst a batch is sent again, and HQ
answers it as before). Failures wait with full-jitter exponential backoff (capped at five
minutes) and honour ``Retry-After``. Two couriers at once do no harm: a file lock keeps one.

On a slow link (a satellite or 2G modem: 64 kbit/s, long round trips, lost packets, drops) a
request's time limits grow with its bytes (`timeouts`), and the courier notes how fast its
batches went and how long HQ's answers took (`Transfer`, kept in `Contact`): the next sealing
makes batches that fit the link (`fieldapp.store.sync_cycle.batch_records`).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.domain.periods import local_minute
from sync.atomic import fsync_dir, write_atomic
from sync.link import Link
from sync.protocol import Acknowledgement, Refusal
from sync.reference import take_bundle
from sync.seal import SealError, ed25519_public, open_message

if TYPE_CHECKING:  # requests is imported where first used (the first window needs none)
    import requests

BATCH_SUFFIX = ".fab"
ACK_SUFFIX = ".ack"
REFUSAL_SUFFIX = ".refusal"
MAX_ANSWER_BYTES = 16 * 1024 * 1024
MAX_BATCH_BYTES = (
    8 * 1024 * 1024
)  # what HQ takes in one batch  # an answer lists one result per record: far below this
KEPT_REFUSALS = 20
MAX_DELAY = 300.0
BASE_DELAY = 1.0
TIMEOUT = (10, 60)  # connect, read
# The slowest link a batch is given time for: 1,000 bytes/s (8 kbit/s, an eighth of a 64 kbit/s
# satellite modem's). A request's limits grow with its bytes at that rate (`timeouts`).
SLOWEST_LINK = 1000.0
CONNECT_SECONDS = 20.0  # also the limit for each 16 KiB block of a batch to leave
EWMA = 0.5  # the weight of this run's speed against what was known of the link before


class CourierBusy(Exception):
    """Another courier is already delivering from this folder."""


@dataclass(frozen=True)
class Transfer:
    """One batch posted: its bytes, the answer's, and the seconds from sending to the answer
    read (``received`` 0: no answer came, the batch goes again)."""

    sent: int
    received: int
    seconds: float


@dataclass
class Report:
    delivered: int = 0
    refused: list[str] = field(default_factory=list)  # batches HQ refused (signed), with why
    pending: int = 0
    last_error: str | None = None
    reference_version: int | None = None  # HQ's code lists taken during this run
    contacted: bool = False  # HQ answered at least once (whatever it said)
    transfers: list[Transfer] = field(default_factory=list)

    @classmethod
    def of_runs(cls, runs: list[Report]) -> Report:
        """One report for several runs of a courier, one after the other."""
        last = runs[-1]
        return cls(
            delivered=sum(r.delivered for r in runs),
            refused=[why for r in runs for why in r.refused],
            pending=last.pending,
            last_error=last.last_error,
            reference_version=last.reference_version,
            contacted=any(r.contacted for r in runs),
            transfers=[t for r in runs for t in r.transfers],
        )

    def link_rate(self) -> float | None:
        """Bytes of batches per second this run delivered, over all the time its posts took:
        answers, round trips and tries that went unanswered included, so a batch of ``n``
        bytes takes about ``n / rate`` seconds on this link (None: nothing answered, nothing
        learnt)."""
        answered = [t for t in self.transfers if t.received]
        seconds = sum(t.seconds for t in self.transfers)
        if not answered or seconds <= 0:
            return None
        return sum(t.sent for t in answered) / seconds

    def answer_seconds(self) -> float | None:
        """How long an answered batch took, from sending to HQ's answer, on average."""
        answered = [t.seconds for t in self.transfers if t.received]
        return sum(answered) / len(answered) if answered else None


@dataclass
class Contact:
    """When the device last tried HQ and last heard from it (``<data>/contact.json``, no
    secret in it): shown by ``fieldapp sync --status`` and on the Sync screen."""

    last_attempt: datetime | None = None
    last_contact: datetime | None = None
    last_error: str | None = None
    refusals: list[str] = field(default_factory=list)  # HQ's signed refusals, newest last
    # What the link has shown (None: not yet known), for the size of the next batches:
    link_rate: float | None = None  # bytes of batches delivered per second, answers included
    answer_seconds: float | None = None  # from sending a batch to HQ's answer
    record_bytes: float | None = None  # a sealed record's bytes, as last sealed

    @classmethod
    def load(cls, path: Path) -> Contact:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            times = {k: datetime.fromisoformat(data[k]) if data.get(k) else None for k in _TIMES}
            refusals = [str(line) for line in data.get("refusals", [])][-KEPT_REFUSALS:]
            return cls(
                last_attempt=times["last_attempt"],
                last_contact=times["last_contact"],
                last_error=data.get("last_error"),
                refusals=refusals,
                link_rate=_measure(data.get("link_rate")),
                answer_seconds=_measure(data.get("answer_seconds")),
                record_bytes=_measure(data.get("record_bytes")),
            )
        except (OSError, ValueError, TypeError, AttributeError, RecursionError):
            return cls()

    def save(self, path: Path) -> None:
        data: dict[str, object] = {
            k: (v.isoformat() if (v := getattr(self, k)) else None) for k in _TIMES
        }
        data |= {"last_error": self.last_error, "refusals": self.refusals}
        data |= {k: getattr(self, k) for k in _MEASURES}
        write_atomic(path, json.dumps(data).encode("utf-8"))

    def after(self, report: Report) -> Contact:
        now = datetime.now(UTC)
        return Contact(
            last_attempt=now,
            last_contact=now if report.contacted else self.last_contact,
            last_error=report.last_error if report.pending else None,
            refusals=[*self.refusals, *report.refused][-KEPT_REFUSALS:],
            link_rate=_blend(self.link_rate, report.link_rate()),
            answer_seconds=_blend(self.answer_seconds, report.answer_seconds()),
            record_bytes=self.record_bytes,
        )


_TIMES = ("last_attempt", "last_contact")
_MEASURES = ("link_rate", "answer_seconds", "record_bytes")


def _measure(value: object) -> float | None:
    """A kept measure, or None when it is not a positive, finite number (an edited file)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number > 0 else None


def _blend(known: float | None, measured: float | None) -> float | None:
    if measured is None:
        return known
    if known is None:
        return measured
    return EWMA * measured + (1 - EWMA) * known


def timeouts(size: int) -> tuple[float, float]:
    """The limits for posting a batch of ``size`` bytes: (connecting, and each 16 KiB block
    leaving; waiting for the answer). The wait covers the batch's bytes still queued in the
    kernel at `SLOWEST_LINK`, so a large batch on a 64 kbit/s link is not cut off at a fixed
    minute while it is still travelling."""
    return CONNECT_SECONDS, TIMEOUT[1] + size / SLOWEST_LINK


def backoff(
    attempt: int, retry_after: float | None = None, rng: random.Random | None = None
) -> float:
    """Full jitter: a random wait up to base x 2^attempt (capped); at least Retry-After."""
    ceiling = min(MAX_DELAY, BASE_DELAY * 2**attempt)
    wait = (rng or random).uniform(0, ceiling)
    return max(wait, retry_after or 0.0)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return min(MAX_DELAY, float(value)) if value else None
    except ValueError:
        return None


class Courier:
    def __init__(
        self,
        outbox: Path,
        inbox: Path,
        link: Link,
        *,
        reference: Path | None = None,
        contact: Path | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import requests

        self.outbox = outbox
        self.inbox = inbox
        self.link = link
        self.reference = reference  # where HQ's newer code lists are kept, if wanted
        self.contact = contact  # where to note when HQ was last reached, if wanted
        self.sleep = sleep
        self.session = requests.Session()

    def pending(self) -> list[Path]:
        return sorted(self.outbox.glob(f"*{BATCH_SUFFIX}"))

    def run(self, *, max_attempts: int = 8) -> Report:
        """Deliver every pending batch (retrying failures), under the folder's lock."""
        lock = _FolderLock(self.outbox / ".courier.lock")
        lock.acquire()
        try:
            report = self._deliver_all(max_attempts)
            if self.reference is not None and not report.pending:
                report.reference_version = self._fetch_reference(self.reference)
            if self.contact is not None:
                Contact.load(self.contact).after(report).save(self.contact)
            return report
        finally:
            lock.release()

    def _fetch_reference(self, path: Path) -> int | None:
        """Take HQ's code lists if HQ signed them and they are newer (their version, or None).
        Best effort: the lists in use stay as they are when HQ cannot be asked."""
        import requests

        try:
            response = self.session.get(
                f"{self.link.hq_url.rstrip('/')}/api/v1/reference",
                timeout=TIMEOUT,
                verify=self.link.verify,
                stream=True,
                allow_redirects=False,
            )
            response.raise_for_status()
            content = _read_capped(response)
            return take_bundle(path, content, ed25519_public(self.link.hq_signing_key))
        except (requests.RequestException, SealError):
            return None

    def _deliver_all(self, max_attempts: int) -> Report:
        report = Report()
        self.inbox.mkdir(parents=True, exist_ok=True)
        for path in self.pending():
            attempt = 0
            while True:
                started = time.monotonic()
                outcome, detail, wait, sizes = self._post(path)
                report.transfers.append(Transfer(*sizes, time.monotonic() - started))
                report.contacted |= outcome != "unreachable"
                if outcome == "delivered":
                    report.delivered += 1
                    break
                if outcome == "refused":
                    report.refused.append(f"{local_minute(datetime.now(UTC))}, {detail}")
                    break
                report.last_error = detail
                attempt += 1
                if attempt >= max_attempts:
                    report.pending = len(self.pending())
                    return report
                self.sleep(backoff(attempt, wait))
        report.pending = len(self.pending())
        return report

    def _post(self, path: Path) -> tuple[str, str, float | None, tuple[int, int]]:
        """Post one batch: (outcome, why, Retry-After, (its bytes, the answer's bytes: 0 when
        no answer of HQ's came))."""
        import requests

        sealed = path.read_bytes()
        sha256 = hashlib.sha256(sealed).hexdigest()
        url = f"{self.link.hq_url.rstrip('/')}/api/v1/batches"
        sent = len(sealed)
        try:
            response = self.session.post(
                url,
                # A file, so the batch leaves in 16 KiB blocks, each within the connect limit
                # (one bytes object had to leave whole within it: never, on a slow link).
                data=io.BytesIO(sealed),
                headers={"Content-Type": "application/octet-stream", "X-Batch-SHA256": sha256},
                timeout=timeouts(sent),
                verify=self.link.verify,
                stream=True,
                allow_redirects=False,  # HQ's address is the pinned one; a 3xx is retried
            )
            content = _read_capped(response)
            answer = _wire_bytes(response, content)
        except requests.exceptions.SSLError:
            return (
                "unreachable",
                f"{url}: the certificate is not HQ's (not verified)",
                None,
                (sent, 0),
            )
        except requests.RequestException as exc:
            return "unreachable", f"HQ could not be reached: {type(exc).__name__}", None, (sent, 0)
        batch_id = batch_id_of(path)
        if response.status_code == 200:
            problem = answer_problem(self.link, batch_id, content)
            if problem:  # damaged on the way, or not from our HQ: the batch stays and goes again
                return "retry", problem, None, (sent, 0)
            write_atomic(self.inbox / f"{batch_id}{ACK_SUFFIX}", content)  # answer first
            path.unlink()  # then the batch
            fsync_dir(self.outbox)
            return "delivered", "", None, (sent, answer)
        refusal = signed_refusal(self.link, content, sha256, len(sealed))
        if refusal is not None:  # HQ's own, final "no": its records are sealed again
            set_aside(path, self.inbox, batch_id, content)
            return "refused", f"batch {batch_id[:8]}: {refusal.reason}", None, (sent, answer)
        status = response.status_code
        unsigned = "" if status in (429, 502, 503, 504) else " without HQ's signature"
        return (
            "retry",
            f"{url} answered {status} {response.reason or ''}".rstrip() + unsigned,
            _retry_after(response),
            (sent, 0),
        )


def batch_id_of(path: Path) -> str:
    """``<seq>-<batch id>.fab`` → the batch id."""
    return path.stem.split("-", 1)[1]


def _wire_bytes(response: requests.Response, content: bytes) -> int:
    """The answer's bytes as they travelled (compressed), for the link's speed."""
    try:
        return int(response.raw.tell())
    except (AttributeError, TypeError, ValueError):
        return len(content)


def _read_capped(response: requests.Response) -> bytes:
    """The answer's body, at most `MAX_ANSWER_BYTES` (a lying server cannot fill memory)."""
    import requests

    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            response.close()
            raise requests.exceptions.ContentDecodingError("the answer is too large")
        chunks.append(chunk)
    return b"".join(chunks)


def answer_problem(link: Link, batch_id: str, content: bytes) -> str | None:
    """Why ``content`` is not HQ's signed answer to ``batch_id`` of this device (None when it
    is). Checked with HQ's public signing key (no secret): a truncated, altered or forged
    answer is never taken for a delivery, so its batch is never deleted on the strength of it."""
    try:
        ack = open_message(content, Acknowledgement, ed25519_public(link.hq_signing_key))
    except SealError as exc:
        return f"HQ's answer could not be read ({exc})"
    if ack.batch_id != batch_id or ack.device_id != link.device_id:
        return "HQ's answer is for another batch"
    return None


def signed_refusal(
    link: Link, content: bytes, sha256: str, size: int | None = None
) -> Refusal | None:
    """HQ's signed refusal of exactly the bytes whose digest is ``sha256``, or None.

    A "too large" that HQ signed before reading the bytes (it signs the digest the sender
    declared) counts only if the batch (``size`` bytes) really is larger than HQ takes: anyone
    who knows a batch's bytes could otherwise have HQ sign one for it."""
    try:
        refusal = open_message(content, Refusal, ed25519_public(link.hq_signing_key))
    except SealError:
        return None
    if refusal.sha256 != sha256:
        return None
    unread = refusal.status == 413 and refusal.batch_id is None
    if unread and (size is None or size <= MAX_BATCH_BYTES):
        return None
    return refusal


def set_aside(batch: Path, inbox: Path, batch_id: str, refusal: bytes) -> None:
    """A batch HQ refused (signed): its refusal goes to the inbox, where the unlocked store
    takes it and seals the batch's records again; the batch moves to ``outbox/refused/``."""
    write_atomic(inbox / f"{batch_id}{REFUSAL_SUFFIX}", refusal)
    refused = batch.parent / "refused"
    refused.mkdir(exist_ok=True, mode=0o700)
    os.replace(batch, refused / batch.name)
    fsync_dir(batch.parent)


class _FolderLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise CourierBusy("Another courier is already delivering these batches.") from None
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
