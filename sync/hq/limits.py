"""What anyone who reaches HQ's address may cost it (DESIGN.md §10: "HQ's time").

- Bodies are read with a cap and a deadline: a chunk must arrive within ``body_idle_seconds``
  (else 408, connection closed), a batch body stops at its cap (413) before it is held whole,
  and all the batch bodies HQ holds at once stay under ``body_budget_bytes`` (else 503 and
  Retry-After: the device comes back later).
- Per client address, token buckets: enrollments (``enroll_per_minute``), and failed requests
  to the two endpoints a stranger can call with a body, ``/enroll`` and ``/batches`` (4xx
  answers, ``failures_per_minute``): past that, 429 with Retry-After for ``blocked_seconds``.
- At most ``readers`` reads and ``batches`` batch openings run at once; the rest wait their
  turn, so readers cannot take every database connection or thread from a batch. One batch
  at a time: parsing a hostile 8 MiB envelope (millions of empty lists) costs about 275 MB,
  and writes queue on one database anyway; HQ grows by adding processes (README).

The buckets live in the process: several HQ processes each keep their own, so a client gets
that many times the allowance. Behind a reverse proxy on the same machine, uvicorn takes the
client's address from ``X-Forwarded-For`` (it trusts that header from 127.0.0.1 only).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from starlette.responses import JSONResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

ENROLL = "/api/v1/enroll"
BATCHES = "/api/v1/batches"
CLOSE = {"Connection": "close"}  # the body is left unread: the connection cannot be reused
# Every body is capped; an enrollment is a few hundred bytes (the batch route signs its own
# 413: `sync.hq.api.routes.batches`).
CODE_LISTS = "/admin/code-lists"  # the console's upload of a results framework
BODY_CAPS = {ENROLL: 4 * 1024, BATCHES: 8 * 1024 * 1024, CODE_LISTS: 640 * 1024}
DEFAULT_BODY_CAP = 64 * 1024
RATE_GRACE_SECONDS = 30.0
MIN_BYTES_PER_SECOND = 512


@dataclass(frozen=True)
class HqLimits:
    enroll_per_minute: float = 10
    failures_per_minute: float = 20
    blocked_seconds: float = 60
    body_idle_seconds: float = 10
    body_budget_bytes: int = 256 * 1024 * 1024
    readers: int = 8
    batches: int = 1
    batches_waiting: int = 16  # past this, a batch is answered 503 + Retry-After at once


class BodyTooSlow(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(408, detail, headers=CLOSE)


class BodyTooLarge(Exception):
    pass


class BodyOverCap(HTTPException):
    def __init__(self, cap: int) -> None:
        super().__init__(413, f"the body is larger than {cap} bytes", headers=CLOSE)


class TokenBuckets:
    """A bucket of ``burst`` tokens per client, refilled at ``per_minute``."""

    def __init__(
        self,
        per_minute: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 100_000,
    ) -> None:
        self.rate = per_minute / 60
        self.burst = per_minute if burst is None else burst
        self.clock = clock
        self.max_clients = max_clients
        self.buckets: dict[str, tuple[float, float]] = {}  # client: (tokens, when counted)

    def tokens(self, client: str, now: float | None = None) -> float:
        """The tokens ``client`` has (a new client has a full bucket)."""
        now = self.clock() if now is None else now
        tokens, then = self.buckets.get(client, (self.burst, now))
        return min(self.burst, tokens + (now - then) * self.rate)

    def take(self, client: str) -> float:
        """Take a token: 0.0 when there was one, else the seconds until there is."""
        now = self.clock()
        tokens = self.tokens(client, now)
        if tokens < 1:
            return (1 - tokens) / self.rate
        self.buckets.pop(client, None)  # re-inserted last: the dict stays oldest first
        self.buckets[client] = (tokens - 1, now)
        if len(self.buckets) > self.max_clients:
            self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        """Forget full buckets (nothing to remember), then, if need be, the oldest."""
        for client in [c for c in self.buckets if self.tokens(c, now) >= self.burst]:
            del self.buckets[client]
        for client in list(self.buckets)[: max(0, len(self.buckets) - self.max_clients)]:
            del self.buckets[client]


class ClientLimits:
    """ASGI middleware: the per-client rate limits on ``/enroll`` and ``/batches``."""

    def __init__(
        self, app: App, limits: HqLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.app = app
        self.clock = clock
        self.blocked_seconds = limits.blocked_seconds
        self.enrolls = TokenBuckets(limits.enroll_per_minute, clock=clock)
        self.failures = TokenBuckets(limits.failures_per_minute, clock=clock)
        self.blocked: dict[str, float] = {}  # client: until when

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path")
        if scope["type"] != "http" or scope["method"] != "POST" or path not in (ENROLL, BATCHES):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown",))[0]
        wait = self._blocked_for(client)
        if wait:
            detail = "too many failed requests from this address; try again later"
        elif path == ENROLL and (wait := self.enrolls.take(client)):
            detail = "too many enrollments from this address; try again later"
        if wait:
            headers = {"Retry-After": str(max(1, math.ceil(wait))), **CLOSE}
            await JSONResponse({"detail": detail}, 429, headers)(scope, receive, send)
            return
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if 400 <= status < 500 and status != 429:
            self._failed(client)

    def _failed(self, client: str) -> None:
        """Count a failure; the one that empties the client's bucket blocks it for a while."""
        self.failures.take(client)
        if self.failures.tokens(client) < 1:
            now = self.clock()
            if len(self.blocked) >= self.failures.max_clients:
                self.blocked = {c: t for c, t in self.blocked.items() if t > now}
            self.blocked[client] = now + self.blocked_seconds

    def _blocked_for(self, client: str) -> float:
        until = self.blocked.get(client)
        if until is None:
            return 0.0
        left = until - self.clock()
        if left <= 0:
            del self.blocked[client]
            return 0.0
        return left


class BodyTimeout:
    """ASGI middleware: a request whose body stalls for ``seconds``, or that after
    ``RATE_GRACE_SECONDS`` still arrives slower than ``MIN_BYTES_PER_SECOND`` on average, is
    answered 408 and its connection closed (uvicorn has no such timeout: a half-sent request
    would stay forever, and a byte every few seconds would hold a connection for years). A
    64 kbit/s satellite link delivers about 6,000 bytes a second: far above the floor.

    It also caps every body: `BODY_CAPS` per path (the batch route signs its own 413), 64 KiB
    elsewhere; a larger ``Content-Length`` is refused before a byte is read."""

    def __init__(
        self,
        app: App,
        seconds: float,
        *,
        grace: float = RATE_GRACE_SECONDS,
        min_rate: float = MIN_BYTES_PER_SECOND,
    ) -> None:
        self.app = app
        self.seconds = seconds
        self.grace = grace
        self.min_rate = min_rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        complete = False
        started = False
        cap = BODY_CAPS.get(scope.get("path", ""), DEFAULT_BODY_CAP)
        declared = _content_length(scope)
        # (the batch route answers its own 413, signed)
        if declared is not None and declared > cap and scope.get("path") != BATCHES:
            await _too_large(cap)(scope, receive, send)
            return
        began = time.monotonic()
        received = 0

        async def timed_receive() -> Message:
            nonlocal complete, received
            if complete:  # waiting for a disconnect, not for the body: no deadline
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.seconds)
            except TimeoutError:
                raise BodyTooSlow(f"no part of the body arrived for {self.seconds:g} s") from None
            received += len(message.get("body", b""))
            elapsed = time.monotonic() - began
            if elapsed > self.grace and received < elapsed * self.min_rate:
                raise BodyTooSlow(f"the body arrives slower than {self.min_rate:g} bytes a second")
            if received > cap and scope.get("path") != BATCHES:
                raise BodyOverCap(cap)
            complete = message["type"] != "http.request" or not message.get("more_body")
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, timed_receive, watch)
        except (BodyTooSlow, BodyOverCap) as exc:  # where no handler made it the answer
            if started:
                raise
            response = JSONResponse({"detail": exc.detail}, exc.status_code, exc.headers)
            await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


def _too_large(cap: int) -> JSONResponse:
    return JSONResponse({"detail": f"the body is larger than {cap} bytes"}, 413, CLOSE)


class Queue:
    """At most ``size`` at a time, and at most ``waiting`` in line: past that, 503 with
    Retry-After at once, rather than a wait longer than the device's timeout."""

    def __init__(self, size: int, *, waiting: int) -> None:
        self.slots = asyncio.Semaphore(size)
        self.waiting = waiting
        self.in_line = 0

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        if self.in_line >= self.waiting:
            raise HTTPException(
                503, "HQ is busy with other batches; try again shortly", {"Retry-After": "10"}
            )
        self.in_line += 1
        try:
            await self.slots.acquire()
        finally:
            self.in_line -= 1
        try:
            yield
        finally:
            self.slots.release()


class BodyBudget:
    """The bytes of request bodies HQ holds at once, across requests, and their cap."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.held = 0

    @asynccontextmanager
    async def capped_body(self, request: Request, cap: int) -> AsyncIterator[bytes]:
        """The body, read chunk by chunk and held (counted against the budget) for as long
        as the ``with`` block runs. `BodyTooLarge` past ``cap``, before more is read."""
        parts: list[bytes] = []
        mine = 0  # bytes of this body counted in ``held``
        try:
            async for chunk in request.stream():
                if mine + len(chunk) > cap:
                    raise BodyTooLarge
                if self.held + len(chunk) > self.total:
                    raise HTTPException(
                        503,
                        "HQ is receiving too much at once; try again shortly",
                        headers={"Retry-After": "5", **CLOSE},
                    )
                self.held += len(chunk)
                mine += len(chunk)
                parts.append(chunk)
            body = b"".join(parts)
            parts.clear()
            yield body
        finally:
            self.held -= mine
