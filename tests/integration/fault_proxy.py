"""A fault-injecting HTTP proxy for the tests: it sits between the courier and a real HQ and,
per batch posted, follows a schedule of faults (an error answer, a hang, a reset connection, a
lost or damaged answer). Standard library only; one request per connection."""

from __future__ import annotations

import http.client
import json
import socket
import struct
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import cast
from urllib.parse import urlsplit

BATCHES = "/api/v1/batches"


class Fault(StrEnum):
    CLEAN = "passed through"
    ERROR = "500, not forwarded"
    BUSY = "503 with Retry-After: 1, not forwarded"
    HANG = "hang, then close without an answer, not forwarded"
    RESET = "connection reset, not forwarded"
    LOST = "committed, then the connection reset instead of the answer"
    TRUNCATED = "committed, then half the answer under the full Content-Length"
    FORGED = "committed, then a damaged answer under an honest Content-Length"
    FORBIDDEN = "403 with a plausible detail, unsigned, not forwarded"
    CONFLICT = "409 with a plausible detail, unsigned, not forwarded"
    TOO_LARGE = "413 with a plausible detail, unsigned, not forwarded"


UNSIGNED_REFUSALS = {
    Fault.FORBIDDEN: (403, "Forbidden", "device revoked"),
    Fault.CONFLICT: (409, "Conflict", "batch received before with other contents"),
    Fault.TOO_LARGE: (413, "Payload Too Large", "batch too large"),
}


FORWARDED = frozenset({Fault.CLEAN, Fault.LOST, Fault.TRUNCATED, Fault.FORGED})


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Exchange:
    """One batch posted through the proxy: what it did, and what HQ answered (if asked)."""

    fault: Fault
    arrived: float  # time.monotonic() when the request had been read
    answered: float  # when the proxy was done with it
    hq: Answer | None  # HQ's own answer, for the faults that forward


class FaultProxy:
    """``with FaultProxy(hq_url, schedule) as proxy``: listens on ``proxy.url``. Each batch takes
    the next fault of ``schedule`` (then ``Fault.CLEAN`` once it runs out); anything else
    passes through untouched."""

    def __init__(self, upstream: str, schedule: Iterable[Fault], *, hang: float = 2.0) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.hang = hang
        self.exchanges: list[Exchange] = []
        self.errors: list[str] = []  # the proxy's own failures (a test should find none)
        self._schedule: Iterator[Fault] = iter(schedule)
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-proxy")

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def injected(self) -> Counter[Fault]:
        with self._lock:
            return Counter(exchange.fault for exchange in self.exchanges)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()  # waits for the handlers still running
        self._thread.join()

    def next_fault(self) -> Fault:
        with self._lock:
            return next(self._schedule, Fault.CLEAN)

    def record(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)

    def failed(self, error: str) -> None:
        with self._lock:
            self.errors.append(error)

    def forward(self, method: str, path: str, body: bytes, content_type: str | None) -> Answer:
        conn = http.client.HTTPConnection(*self.upstream, timeout=60)
        try:
            headers = {"Content-Type": content_type} if content_type else {}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return Answer(
                response.status,
                response.reason,
                response.getheader("Content-Type", "application/octet-stream"),
                response.read(),
            )
        finally:
            conn.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() joins every handler
    proxy: FaultProxy

    def handle_error(self, request: object, client_address: object) -> None:
        self.proxy.failed(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._pass_through()

    def do_POST(self) -> None:
        if self.path != BATCHES:
            self._pass_through()
            return
        proxy = cast(_Server, self.server).proxy
        fault = proxy.next_fault()
        if fault is Fault.RESET:  # before the body is even read
            arrived = time.monotonic()
            self._reset()
            proxy.record(Exchange(fault, arrived, time.monotonic(), None))
            return
        body = self._body()
        arrived = time.monotonic()
        hq: Answer | None = None
        if fault in FORWARDED:
            hq = proxy.forward("POST", self.path, body, self.headers.get("Content-Type"))
        if fault is Fault.CLEAN:
            assert hq is not None
            self._send(hq)
        elif fault is Fault.ERROR:
            self._send(Answer(500, "Internal Server Error", "text/plain", b"injected fault"))
        elif fault is Fault.BUSY:
            busy = Answer(503, "Service Unavailable", "text/plain", b"injected fault")
            self._send(busy, extra={"Retry-After": "1"})
        elif fault in UNSIGNED_REFUSALS:
            status, reason, detail = UNSIGNED_REFUSALS[fault]
            body = json.dumps({"detail": detail}).encode("utf-8")
            self._send(Answer(status, reason, "application/json", body))
        elif fault is Fault.HANG:
            self.close_connection = True
            time.sleep(proxy.hang)  # then a plain close: the client gets no answer at all
        elif fault is Fault.LOST:
            self._reset()
        elif fault is Fault.TRUNCATED:
            assert hq is not None
            self._send(hq, body=hq.body[: len(hq.body) // 2], length=len(hq.body))
        elif fault is Fault.FORGED:
            assert hq is not None
            damaged = _damaged(hq.body, variant=proxy.injected()[Fault.FORGED])
            self._send(hq, body=damaged, length=len(damaged))
        proxy.record(Exchange(fault, arrived, time.monotonic(), hq))

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def _pass_through(self) -> None:
        proxy = cast(_Server, self.server).proxy
        body = self._body() if self.command == "POST" else b""
        self._send(proxy.forward(self.command, self.path, body, self.headers.get("Content-Type")))

    def _send(
        self,
        answer: Answer,
        *,
        body: bytes | None = None,
        length: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        """Write ``answer`` (or ``body`` under ``length``) and close the connection."""
        body = answer.body if body is None else body
        self.close_connection = True
        self.send_response(answer.status, answer.reason)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _reset(self) -> None:
        """Close with an RST (SO_LINGER 0) rather than a FIN: the client sees a reset."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.rfile.close()  # the socket's last reference: the RST goes now


def _damaged(ack: bytes, *, variant: int) -> bytes:
    """HQ's signed answer cut short, or still well-formed with one result changed."""
    if variant % 2 == 0:
        return ack[: len(ack) // 2]
    wrapper = json.loads(ack)
    wrapper["body"] = wrapper["body"].replace('"accepted"', '"rejected"', 1)
    altered = json.dumps(wrapper).encode("utf-8")
    assert altered != ack, "the answer has no accepted record to alter"
    return altered
