"""Running HQ's API under uvicorn with bounds a stranger cannot stretch (DESIGN.md §10), and
over HTTPS when given a certificate.

uvicorn bounds connections (``limit_concurrency``: past it, 503), the pending-connection
queue (``backlog``), idle keep-alive connections and the size of a request's head. `_BoundedH11`
adds what it lacks: at most ``PER_ADDRESS`` connections from one address, a deadline for a
request's head (``HEAD_SECONDS``), and, over TLS, closing
an idle connection at once instead of waiting up to 30 s for the client's close_notify (a client
that never answers would hold its connection seven times as long as over plain HTTP). Bodies
have their own deadline (`sync.hq.limits.BodyTimeout`).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_SECONDS = 10.0
# Connections one address may hold at once (a device uses one; an office behind one NAT a
# few): past it, new ones are dropped, so one address cannot take every connection.
PER_ADDRESS = 32
PROXY_ADDRESSES = frozenset({"127.0.0.1", "::1"})  # where a reverse proxy on this machine is


@dataclass(frozen=True)
class ServerLimits:
    # Each connection costs little (bodies, reads and batches have their own bounds), so
    # this is set high enough that hundreds of stalled or slow clients leave room for devices.
    limit_concurrency: int = 512
    backlog: int = 1024
    timeout_keep_alive: int = 5
    max_head_bytes: int = 16 * 1024  # request line and headers
    # On SIGTERM, how long to let requests finish; then they are cancelled (a batch being
    # applied is rolled back, and its device sends it again). Without it, a TLS client that
    # never answers HQ's close_notify would hold up the stop for half a minute.
    timeout_graceful_shutdown: int = 5


class _BoundedH11(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline from a connection's opening (or the end of
    its last response) to the end of its next request's head, and TLS connections with
    nothing left to send closed without a wait."""

    _head_timer: asyncio.TimerHandle | None = None

    _peer: str | None = None
    _per_address: ClassVar[Counter[str]] = Counter()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        peer = transport.get_extra_info("peername")
        self._peer = str(peer[0]) if peer else None
        if self._peer in PROXY_ADDRESSES:
            self._peer = None  # a reverse proxy on this machine: it limits its clients itself
        if self._peer is not None:
            self._per_address[self._peer] += 1
            if self._per_address[self._peer] > PER_ADDRESS:  # one address cannot hold them all
                transport.abort()
                return
        self._watch_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_head()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        if self._peer is not None:
            self._per_address[self._peer] -= 1
            if self._per_address[self._peer] <= 0:
                del self._per_address[self._peer]
            self._peer = None
        super().connection_lost(exc)

    def _watch_head(self) -> None:
        waiting = self.conn.their_state is h11.IDLE and not self.transport.is_closing()
        if waiting and self._head_timer is None:
            self._head_timer = self.loop.call_later(HEAD_SECONDS, self._head_too_slow)
        elif not waiting:
            self._stop_head_timer()

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._close_idle()

    def _close_idle(self) -> None:
        if self.scheme == "https" and not self.transport.get_write_buffer_size():
            self.transport.abort()  # no TLS close handshake to wait on: nothing is pending
        else:
            self.transport.close()

    # uvicorn's own closing of idle connections (keep-alive expired, server stopping), with
    # `_close_idle` for its `transport.close()`.
    def timeout_keep_alive_handler(self) -> None:
        if not self.transport.is_closing():
            self.conn.send(h11.ConnectionClosed())
            self._close_idle()

    def shutdown(self) -> None:
        if self.cycle is None or self.cycle.response_complete:
            self.conn.send(h11.ConnectionClosed())
            self._close_idle()
        else:
            self.cycle.keep_alive = False


class TlsFilesError(Exception):
    """A certificate or key HQ cannot serve with; the message says which and why."""


def check_tls(cert: Path, key: Path) -> None:
    """Load the pair as uvicorn will, so that a wrong file is a clear message, not a
    traceback from inside the server."""
    for what, path in (("certificate", cert), ("private key", key)):
        try:
            with open(path, "rb") as handle:
                handle.read(1)
        except OSError as exc:
            raise TlsFilesError(f"the TLS {what} {path} cannot be read: {exc.strerror}") from None
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except ssl.SSLError as exc:
        raise TlsFilesError(
            f"the TLS certificate {cert} and key {key} cannot be used together: {exc.reason}"
        ) from None


def serve(
    app: Any,
    host: str,
    port: int,
    *,
    limits: ServerLimits = ServerLimits(),
    tls: tuple[Path, Path] | None = None,
) -> None:
    """Serve ``app`` until stopped; over HTTPS when ``tls`` is (certificate, key)."""
    import uvicorn

    cert, key = tls if tls is not None else (None, None)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        http=_BoundedH11,
        limit_concurrency=limits.limit_concurrency,
        backlog=limits.backlog,
        timeout_keep_alive=limits.timeout_keep_alive,
        h11_max_incomplete_event_size=limits.max_head_bytes,
        timeout_graceful_shutdown=limits.timeout_graceful_shutdown,
        ssl_certfile=cert,
        ssl_keyfile=key,
    )
