"""Enrollment as an attacker would try it (DESIGN.md §10): a token of one office used to join
another, keys that do not match the token's fingerprint, an HQ address in plain http."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.store.store import Store
from sync.seal import raw_public
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.hq_helpers import RunningHq


def test_a_token_enrolls_into_its_own_office_only(hq: RunningHq, store: Store) -> None:
    b_token = hq.token("Liaison Office Abuja")
    b_device = Ed25519PrivateKey.generate()
    b = requests.post(
        f"{hq.url}/api/v1/enroll",
        json={
            "token": b_token,
            "device_id": str(uuid.uuid4()),
            "device_public_key": raw_public(b_device.public_key()),
        },
        timeout=10,
    )
    assert b.status_code == 200, b.text
    b_office = b.json()["office_id"]

    # A device holding office A's token claims office B's id: it lands in A, whatever it says.
    intruder = str(uuid.uuid4())
    a = requests.post(
        f"{hq.url}/api/v1/enroll",
        json={
            "token": hq.token("Programme Office Rabat"),
            "device_id": intruder,
            "office_id": b_office,
            "device_public_key": raw_public(Ed25519PrivateKey.generate().public_key()),
        },
        timeout=10,
    )
    assert a.status_code == 200, a.text
    assert a.json()["office_id"] != b_office
    assert a.json()["office_name"] == "Programme Office Rabat"
    health = requests.get(
        f"{hq.url}/api/v1/offices/{b_office}/health", headers=hq.reader(), timeout=10
    ).json()
    assert intruder not in [d["device_id"] for d in health["devices"]]
    assert len(health["devices"]) == 1

    # The app itself takes HQ's id for its office: its records move with it.
    store.close()
    token = hq.token("Programme Office Rabat")
    out = fieldapp(
        "enroll", "--data-dir", str(store.data.root), "--hq", hq.url, "--token", token,
        passphrase=PASSPHRASE,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "as a device of Programme Office Rabat" in out.stdout
    reopened = Store.open(store.data.root, passphrase=PASSPHRASE)
    assert reopened.identity.office_id == a.json()["office_id"]
    reopened.close()


def test_keys_that_do_not_match_the_token_are_not_pinned(hq: RunningHq, store: Store) -> None:
    store.close()
    token = hq.token("Programme Office Rabat")
    secret, _, fingerprint = token.partition("-")
    wrong = f"{secret}-{'A' * 16 if fingerprint != 'A' * 16 else 'B' * 16}"
    out = fieldapp(
        "enroll", "--data-dir", str(store.data.root), "--hq", hq.url, "--token", wrong,
        passphrase=PASSPHRASE,
    )  # fmt: skip
    assert out.returncode == 2
    assert "do not match the fingerprint in the token" in out.stderr
    assert not store.data.link.exists()


class _Recorder(BaseHTTPRequestHandler):
    """A fake HQ (or a proxy) that notes every request and answers with keys of its own."""

    seen: list[str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.seen.append(self.path)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(
            {
                "office_id": "fake-office",
                "office_name": "Programme Office Rabat",
                "hq_box_key": raw_public(X25519PrivateKey.generate().public_key()),
                "hq_signing_key": raw_public(Ed25519PrivateKey.generate().public_key()),
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST
    do_CONNECT = do_POST


@contextmanager
def recorder() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_plain_http_is_refused_before_any_connection(store: Store, tmp_path: Path) -> None:
    store.close()
    token = "A" * 24 + "-" + "B" * 16
    with recorder() as (proxy, seen):
        # Any connection would go through this "proxy" and be seen: none may be made.
        out = fieldapp(
            "enroll", "--data-dir", str(store.data.root), "--hq", "http://hq.example.org",
            "--token", token, passphrase=PASSPHRASE,
            env={"HTTP_PROXY": proxy, "http_proxy": proxy, "HTTPS_PROXY": proxy},
        )  # fmt: skip
        assert out.returncode == 2
        assert "must start with https://" in out.stderr and "Nothing was saved" in out.stderr
        assert seen == []
    assert not store.data.link.exists()


def test_a_fake_hq_gets_no_enrollment(store: Store) -> None:
    """An impostor on this computer's own address (plain http allowed for loopback) answers
    with its own keys: they do not match the token's fingerprint, nothing is pinned, and no
    batch is ever sealed for it."""
    store.close()
    with recorder() as (fake, seen):
        out = fieldapp(
            "enroll", "--data-dir", str(store.data.root), "--hq", fake,
            "--token", "A" * 24 + "-" + "B" * 16, passphrase=PASSPHRASE,
        )  # fmt: skip
        assert seen == ["/api/v1/enroll"]
    assert out.returncode == 2 and "this may not be your HQ" in out.stderr
    assert not store.data.link.exists()
    out = fieldapp("sync", "--data-dir", str(store.data.root), passphrase=PASSPHRASE)
    assert out.returncode == 2 and "not enrolled" in out.stderr


def test_malformed_enrollments_are_refused_in_words(hq: RunningHq) -> None:
    token = hq.token("Programme Office Rabat")
    good_key = raw_public(Ed25519PrivateKey.generate().public_key())
    for device_id, key, why in (
        (str(uuid.uuid4()), "not base64 at all!", "not an Ed25519 key"),
        (str(uuid.uuid4()), "QUFBQQ==", "not an Ed25519 key"),  # 4 bytes
        ("../../etc", good_key, "not a UUID"),
    ):
        answer = requests.post(
            f"{hq.url}/api/v1/enroll",
            json={"token": token, "device_id": device_id, "device_public_key": key},
            timeout=10,
        )
        assert answer.status_code == 403 and why in answer.json()["detail"], answer.text
    # The token was not used up by the malformed requests.
    answer = requests.post(
        f"{hq.url}/api/v1/enroll",
        json={"token": token, "device_id": str(uuid.uuid4()), "device_public_key": good_key},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


class _Redirector(BaseHTTPRequestHandler):
    """Something at HQ's address that sends every request elsewhere."""

    target: str

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(307)
        self.send_header("Location", f"{self.target}{self.path}")
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_a_redirect_does_not_take_the_token_elsewhere(store: Store) -> None:
    store.close()
    with recorder() as (elsewhere, seen):
        handler = type("Handler", (_Redirector,), {"target": elsewhere})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever)
        thread.start()
        try:
            out = fieldapp(
                "enroll", "--data-dir", str(store.data.root),
                "--hq", f"http://127.0.0.1:{server.server_address[1]}",
                "--token", "A" * 24 + "-" + "B" * 16, passphrase=PASSPHRASE,
            )  # fmt: skip
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
        assert seen == []  # the token never reached the other address
    assert out.returncode == 2 and "sends enrollments elsewhere" in out.stderr, out.stderr
    assert not store.data.link.exists()
