"""The whole sync over TLS, as an office with HQ's own certificate authority runs it: HQ serves
HTTPS itself (`fieldapp-hq serve --tls-cert --tls-key`), the device checks HQ's certificate
against the CA it was given (`fieldapp enroll --ca`), and an unverified HQ gets nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, func, select

from fieldapp.domain.vocab import RecordType
from fieldapp.store.store import Store
from sync.hq.tables import HQ_TABLES
from sync.link import Link
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.tls_helpers import hq_server, hq_token, make_ca


def test_a_full_sync_over_tls_with_the_office_s_ca(store: Store, tmp_path: Path) -> None:
    store.close()
    data_dir = str(store.data.root)
    ca = make_ca(tmp_path / "ca")
    hq_data, db_url = tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}"
    with hq_server(hq_data, db_url, tls=ca) as hq:
        assert hq.url.startswith("https://")
        token = hq_token(hq_data, db_url, "Programme Office Rabat")
        # Without HQ's CA the certificate cannot be verified: nothing is sent, nothing saved.
        out = fieldapp(
            "enroll", "--data-dir", data_dir, "--hq", hq.url, "--token", token,
            passphrase=PASSPHRASE,
        )  # fmt: skip
        assert out.returncode == 2 and "could not be verified" in out.stderr, out.stderr
        assert not store.data.link.exists()

        out = fieldapp(
            "enroll", "--data-dir", data_dir, "--hq", hq.url, "--token", token,
            "--ca", str(ca.ca), passphrase=PASSPHRASE,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        link = Link.load(store.data.link)
        assert link is not None and link.ca_file is not None
        assert Path(link.ca_file).read_bytes() == ca.ca.read_bytes()  # kept beside the store
        ca.ca.unlink()  # the stick it came on is gone: the kept copy is used from now on
        demo = fieldapp(
            "demo", "--data-dir", data_dir, "--people", "50", "--events", "6",
            passphrase=PASSPHRASE,
        )  # fmt: skip
        assert demo.returncode == 0, demo.stderr
        out = fieldapp("sync", "--data-dir", data_dir, passphrase=PASSPHRASE)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "waiting 0" in out.stdout and "refused 0" in out.stdout
    engine = create_engine(db_url)
    with engine.connect() as conn:
        people = conn.execute(
            select(func.count()).select_from(HQ_TABLES[RecordType.PARTICIPANT])
        ).scalar_one()
    engine.dispose()
    assert people == 50
