"""A test certificate authority, and `fieldapp-hq serve` as a real process with the options the
shared `hq_process` does not give: HTTPS, serve options, a umask, and the server's pid (to read
its memory from /proc)."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.integration.hq_helpers import ROOT, free_port


@dataclass(frozen=True)
class LocalCa:
    ca: Path  # the authority's certificate: what a client trusts
    cert: Path  # the server's certificate, for 127.0.0.1, ::1 and localhost
    key: Path  # the server's private key


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_ca(folder: Path, *, ips: Sequence[str] = ()) -> LocalCa:
    """A CA made now, and a server certificate it signed, written into ``folder`` (for
    127.0.0.1, ::1, localhost, and ``ips``)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("fieldapp test CA"))
        .issuer_name(_name("fieldapp test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")),
        *(x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips),
    ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("fieldapp test HQ"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    made = LocalCa(folder / "ca.pem", folder / "hq-cert.pem", folder / "hq-key.pem")
    made.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    made.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    made.key.write_bytes(_pem_key(key))
    made.key.chmod(0o600)
    return made


@dataclass(frozen=True)
class HqServer:
    url: str  # http(s)://127.0.0.1:<port>
    pid: int  # the server process, for /proc/<pid>/status
    data: Path
    db_url: str
    log: Path  # its stdout and stderr

    def peak_rss_mb(self) -> float:
        """The server's peak resident memory so far (VmHWM), in MB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmHWM in /proc status")


def hq_command(data: Path, db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "sync.hq.cli", "--data", str(data), "--db", db_url, *args]


@contextmanager
def hq_server(
    data: Path,
    db_url: str,
    *,
    serve: Sequence[str] = (),
    tls: LocalCa | None = None,
    umask: int = -1,
    log: Path | None = None,
) -> Iterator[HqServer]:
    """Start `fieldapp-hq serve [serve options]` on a free port (HTTPS with ``tls``, under
    ``umask`` if given); yield it once it answers; stop it. Its output goes to ``log`` (by
    default a file beside ``data``, so that HQ's folder holds only what HQ wrote)."""
    port = free_port()
    log = log or data.parent / f"{data.name}-{port}.log"
    options = [*serve, "--port", str(port)]
    scheme = "http"
    if tls is not None:
        options += ["--tls-cert", str(tls.cert), "--tls-key", str(tls.key)]
        scheme = "https"
    url = f"{scheme}://127.0.0.1:{port}"
    with (
        open(log, "wb") as output,
        subprocess.Popen(
            hq_command(data, db_url, "serve", *options),
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            umask=umask,
        ) as process,
    ):
        deadline = time.monotonic() + 30
        while True:
            try:
                verify: bool | str = str(tls.ca) if tls is not None else True
                if requests.get(f"{url}/api/v1/health", timeout=1, verify=verify).ok:
                    break
            except requests.ConnectionError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"HQ did not start: {log.read_text(errors='replace')}")
            time.sleep(0.1)
        try:
            yield HqServer(url, process.pid, data, db_url, log)
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def hq_token(data: Path, db_url: str, office: str) -> str:
    """A fresh enrollment token for ``office`` (made by `fieldapp-hq token create`)."""
    done = subprocess.run(
        hq_command(data, db_url, "token", "create", "--office", office),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]
