"""HQ's accounts end to end, with real processes (DESIGN.md §10, §11): `fieldapp-hq serve` on
127.0.0.1 (SQLite, then PostgreSQL), a laptop that enrolls and syncs with the `fieldapp`
command, and readers whose tokens are made as an operator makes them (`fieldapp-hq user add`,
`api-token create`, the token on its last line).

What a reader sees is checked against what the laptop itself says (`fieldapp stats --json`),
never against another of HQ's answers: an analyst reads the laptop's figures; an office user
of another office sees nothing of it; the period PDF prints the figures `/indicators` gives
for the same period and scope; the attendance export carries no trainee's name.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import requests
from sqlalchemy import select

from fieldapp.domain.indicators import Indicators
from fieldapp.store.repository import PARTICIPANT
from fieldapp.store.store import Store
from sync.hq.disclosure import suppress_indicators
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.hq_helpers import RunningHq

END = date.today()
START = END - timedelta(days=365)
PERIOD = {"start": START.isoformat(), "end": END.isoformat()}
HEADLINES = {  # the Key figures table's rows (English)
    "individuals_trained": "Individuals trained",
    "workshops_organized": "Workshops organized",
    "events_held": "Events held",
    "participations": "Participations",
    "countries_reached": "Beneficiary countries reached",
}


def laptop_syncs(hq: RunningHq, store_dir: Path) -> str:
    """Enroll the laptop in ``store_dir`` for Rabat, record a few events, sync; its office id."""
    made = hq.cli("token", "create", "--office", "Programme Office Rabat")
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    for args in (
        ("enroll", "--hq", hq.url, "--token", token),
        ("demo", "--people", "24", "--events", "6"),
        ("sync",),
    ):
        done = fieldapp(*args, "--data-dir", str(store_dir), passphrase=PASSPHRASE)
        assert done.returncode == 0, done.stderr
    assert "refused 0" in done.stdout
    office = re.search(r"\(id ([^)]+)\)", made.stdout)
    assert office
    return office[1]


def laptop_figures(store_dir: Path) -> dict[str, object]:
    done = fieldapp(
        "stats", "--json", "--from", PERIOD["start"], "--to", PERIOD["end"],
        "--data-dir", str(store_dir), passphrase=PASSPHRASE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def trainees(store_dir: Path) -> list[str]:
    """Every name, e-mail and phone the laptop holds."""
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(PARTICIPANT.c.full_name, PARTICIPANT.c.email, PARTICIPANT.c.phone)
            ).all()
    finally:
        store.close()
    return [value for row in rows for value in row if value]


def key_figures(pdf: bytes, folder: Path) -> dict[str, int]:
    """The first figure after each headline of the PDF's Key figures table (pdftotext)."""
    path = folder / "read.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    table = text.split("Key figures", 1)[1]
    found = {}
    for key, label in HEADLINES.items():
        match = re.search(rf"^\s*{label}\s+([\d,]+)", table, re.MULTILINE)
        assert match, f"{label} is not in the Key figures table"
        found[key] = int(match[1].replace(",", ""))
    return found


def test_readers_see_what_their_role_and_offices_allow(
    hq: RunningHq, new_store: tuple[Store, str], store_dir: Path, tmp_path: Path
) -> None:
    new_store[0].close()
    rabat = laptop_syncs(hq, store_dir)
    own = laptop_figures(store_dir)
    assert own["individuals_trained"] and own["events_held"]  # something to compare
    made = hq.cli("token", "create", "--office", "Liaison Office Abuja")
    abuja = re.search(r"\(id ([^)]+)\)", made.stdout)
    assert made.returncode == 0 and abuja
    analyst = hq.reader("analyst")
    abuja_user = hq.reader("office", abuja[1])

    def get(path: str, headers: dict[str, str], **params: str) -> requests.Response:
        return requests.get(f"{hq.url}/api/v1/{path}", params=params, headers=headers, timeout=30)

    # Nothing without credentials.
    assert get("indicators", {}, **PERIOD).status_code == 401
    assert get("exports/attendance.csv", {}).status_code == 401

    # The analyst reads the laptop's own figures, key for key, as disclosure control shows them.
    consolidated = get("indicators", analyst, **PERIOD)
    assert consolidated.status_code == 200
    withheld = suppress_indicators(Indicators(**own)).as_dict()  # "<5" below admin
    assert consolidated.json() == withheld
    assert get("indicators", analyst, office_id=rabat, **PERIOD).json() == withheld

    # Abuja's user sees nothing of Rabat: not its health, its figures nor its name.
    assert get(f"offices/{rabat}/health", abuja_user).status_code == 404
    assert get("indicators", abuja_user, office_id=rabat, **PERIOD).status_code == 404
    assert get("reports/period.pdf", abuja_user, office_id=rabat).status_code == 404
    theirs = get("indicators", abuja_user, **PERIOD).json()
    assert (theirs["individuals_trained"], theirs["events_held"], theirs["participations"]) == (
        0,
        0,
        0,
    )
    assert [o["name"] for o in get("offices", abuja_user).json()] == ["Liaison Office Abuja"]

    # The period PDF prints the figures /indicators gives for the same period and scope.
    pdf = get("reports/period.pdf", analyst, **PERIOD)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("attachment; filename=")
    assert key_figures(pdf.content, tmp_path) == {k: own[k] for k in HEADLINES}

    # The attendance export: every row, no trainee's name, e-mail or phone in any byte.
    export = get("exports/attendance.csv", analyst, **PERIOD)
    assert export.status_code == 200
    assert export.headers["content-type"] == "text/csv; charset=utf-8"
    assert len(export.content.splitlines()) > 10
    secrets = trainees(store_dir)
    assert len(secrets) >= 24
    assert [s for s in secrets if s.encode() in export.content] == []
