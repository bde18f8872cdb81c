"""HQ's schema upgrades keep what HQ knew: the offices of schema 2 (known only through their
devices and tokens) become HQ's own offices in schema 3, and a token made before still enrolls
into the office it named."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, select, text

from sync.hq.database import _config, open_database
from sync.hq.enrollment import _hash, enroll
from sync.hq.tables import HQ_DEVICE, HQ_OFFICE, HQ_TOKEN
from sync.seal import raw_public


def test_schema_2_offices_become_hq_s_offices(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0002")
        now = datetime.now(UTC)
        conn.execute(
            text(
                "INSERT INTO hq_device (device_id, office_id, office_name, public_key, enrolled_at)"
                " VALUES ('d1', 'rabat-id', 'Programme Office Rabat', 'k', :now)"
            ),
            {"now": now},
        )
        for secret, office in (
            ("OLDTOKENRABAT", "Programme Office Rabat"),
            ("OLDTOKENABUJA", "Liaison Office Abuja"),
        ):
            conn.execute(
                text(
                    "INSERT INTO hq_token (token_hash, office_name, expires_at)"
                    " VALUES (:hash, :office, :expires)"
                ),
                {"hash": _hash(secret), "office": office, "expires": now + timedelta(days=1)},
            )
    engine.dispose()

    hq = open_database(url)
    with hq.connect() as conn:
        offices = dict(conn.execute(select(HQ_OFFICE.c.name, HQ_OFFICE.c.office_id)).all())
        tokens = dict(conn.execute(select(HQ_TOKEN.c.office_name, HQ_TOKEN.c.office_id)).all())
    assert offices["Programme Office Rabat"] == "rabat-id"  # the id its devices already use
    assert uuid.UUID(offices["Liaison Office Abuja"])  # a new office, with an id HQ made
    assert tokens == offices
    device = str(uuid.uuid4())
    office = enroll(
        hq,
        "OLDTOKENABUJA",
        device_id=device,
        public_key=raw_public(Ed25519PrivateKey.generate().public_key()),
    )
    assert office.office_id == offices["Liaison Office Abuja"]
    with hq.connect() as conn:
        assert (
            conn.execute(
                select(HQ_DEVICE.c.office_id).where(HQ_DEVICE.c.device_id == device)
            ).scalar_one()
            == offices["Liaison Office Abuja"]
        )
    hq.dispose()
