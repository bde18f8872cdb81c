"""Disclosure control through HQ's routes (TestClient; one office whose training had 3
Tunisian women from the judiciary and 7 Moroccan men from the police): an analyst, or an office user, reads "<5" where
an admin reads 3, in the JSON, the indicators CSV and the period PDF; the 7 that would give the
3 back is withheld too; totals stay exact; the attendance export tells them nobody's sex."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import Engine, insert

from fieldapp.domain.codelists import shipped_lists
from fieldapp.domain.vocab import RecordType
from sync.hq.accounts.scope import Role
from sync.hq.api.main import create_app
from sync.hq.database import open_database
from sync.hq.keys import HqKeys
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_OFFICE, HQ_TABLES
from tests.unit.reports.pdf_text import pdf_text
from tests.unit.sync.hq_api.credentials import bearer

PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}
OFFICE = "0b9e2d1c-1111-4222-8333-944455556666"


@dataclass(frozen=True)
class Hq:
    client: TestClient
    engine: Engine


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hq]:
    folder = tmp_path_factory.mktemp("disclosure")
    engine = open_database(f"sqlite:///{folder / 'hq.db'}")
    now = datetime(2026, 6, 1, tzinfo=UTC)
    synced = {"office_id": OFFICE, "device_id": "d", "recorded_by": "", "updated_at": now}
    people = [("female", "judiciary", "TUN")] * 3 + [("male", "police", "MAR")] * 7
    with engine.begin() as conn:
        conn.execute(insert(HQ_OFFICE).values(office_id=OFFICE, name="Small", created_at=now))
        conn.execute(
            insert(HQ_TABLES[RecordType.EVENT]).values(
                id="e1", title="Course", event_type="training course", start_date=date(2026, 5, 4),
                end_date=date(2026, 5, 6), status="held", **synced,
            )
        )  # fmt: skip
        conn.execute(
            insert(HQ_TABLES[RecordType.PARTICIPANT]),
            [{"id": f"p{n}", "full_name": "", "sex": sex, "organization_type": org,
              "nationality": land, **synced} for n, (sex, org, land) in enumerate(people)],
        )  # fmt: skip
        conn.execute(
            insert(HQ_TABLES[RecordType.ATTENDANCE]),
            [{"id": f"a{n}", "event_id": "e1", "participant_id": f"p{n}", **synced}
             for n in range(len(people))],
        )  # fmt: skip
    app = create_app(HqSettings(data=folder / "data"), engine, HqKeys.generate(), shipped_lists())
    with TestClient(app) as client:
        yield Hq(client, engine)
    engine.dispose()


def readers(hq: Hq) -> dict[str, dict[str, str]]:
    return {
        "admin": bearer(hq.engine, Role.ADMIN),
        "analyst": bearer(hq.engine, Role.ANALYST),
        "office": bearer(hq.engine, Role.OFFICE, offices=[OFFICE]),
    }


def by_org(figures: dict[str, object]) -> dict[str, object]:
    rows = figures["breakdowns"]["organization_type"]  # type: ignore[index]
    return {r["key"]: r["individuals_trained"] for r in rows}


def test_the_api_gives_an_analyst_less_than_five_where_an_admin_reads_three(hq: Hq) -> None:
    seen = {
        who: hq.client.get("/api/v1/indicators", params=PERIOD, headers=headers)
        for who, headers in readers(hq).items()
    }
    assert all(answer.status_code == 200 for answer in seen.values())
    admin, analyst, office = (seen[w].json() for w in ("admin", "analyst", "office"))
    assert by_org(admin) == {"judiciary": 3, "police": 7}
    assert admin["women_share"] == 0.3
    # 3 alone withheld would be 10 - 7: the 7 goes too; the share would say 3 of 10.
    assert by_org(analyst) == by_org(office) == {"judiciary": "<5", "police": "<5"}
    assert analyst["women_share"] == "<5"
    assert {r["individuals_trained"] for r in analyst["breakdowns"]["sex_age"]} == {"<5"}
    nationalities = {r["key"]: r["people"] for r in analyst["breakdowns"]["nationality"]}
    assert nationalities == {"MAR": "<5", "TUN": "<5"}
    for headline in ("individuals_trained", "participations", "events_held", "sex_not_recorded"):
        assert analyst[headline] == admin[headline]  # exact
    assert analyst["individuals_trained"] == 10
    # The OpenAPI document (served to signed-in users) says what "<5" is.
    schema = hq.client.app.openapi()["components"]["schemas"]  # type: ignore[attr-defined]
    described = schema["OrganizationTypeRow"]["properties"]["individuals_trained"]
    assert "<5" in str(described) and "disclosure" in described["description"]


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_indicators_export_withholds_as_the_api_does_and_attendance_tells_no_sex(
    hq: Hq,
) -> None:
    heads = readers(hq)
    path = "/api/v1/exports/indicators.csv"
    admin = _csv(hq.client.get(path, params=PERIOD, headers=heads["admin"]).content)
    analyst = _csv(hq.client.get(path, params=PERIOD, headers=heads["analyst"]).content)

    def judiciary(rows: list[list[str]]) -> list[str]:
        return [r[3] for r in rows if r[1] == "Organization type" and r[2] == "judiciary"]

    assert judiciary(admin) == ["3"] and judiciary(analyst) == ["<5"]
    women = [r[3] for r in analyst if r[0] == "Women (share)" or r[0].startswith("Women")]
    assert women == ["<5"]
    trained = [r[3] for r in analyst if r[0] == "Individuals trained" and not r[1]]
    assert trained == ["10"]

    book = hq.client.get("/api/v1/exports/indicators.xlsx", params=PERIOD, headers=heads["analyst"])
    sheet = load_workbook(io.BytesIO(book.content), read_only=True).active
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert [r[3] for r in cells if r[1] == "Organization type"] == ["<5", "<5"]

    path = "/api/v1/exports/attendance.csv"
    rows = _csv(hq.client.get(path, params=PERIOD, headers=heads["analyst"]).content)
    assert rows[0] == ["Participant ID", "Event ID", "Office ID", "Role", "Completed",
                       "Days attended"]  # fmt: skip
    assert len(rows) == 11 and not {"female", "male", "judiciary", "police"} & {
        cell for row in rows for cell in row
    }
    full = _csv(hq.client.get(path, params=PERIOD, headers=heads["admin"]).content)
    assert "Sex" in full[0] and sum(row.count("female") for row in full) == 3


def test_the_period_pdf_prints_less_than_five_for_an_analyst_and_three_for_an_admin(
    hq: Hq, tmp_path: Path
) -> None:
    texts = {}
    for who, headers in readers(hq).items():
        answer = hq.client.get("/api/v1/reports/period.pdf", params=PERIOD, headers=headers)
        assert answer.status_code == 200, answer.text
        (tmp_path / f"{who}.pdf").write_bytes(answer.content)
        texts[who] = pdf_text(tmp_path / f"{who}.pdf", layout=True)

    def line(text: str, label: str) -> str:
        return next(x for x in text.splitlines() if re.search(label, x, re.IGNORECASE))

    assert line(texts["admin"], r"^\s*judiciary").split()[-1] == "3"
    assert line(texts["analyst"], r"^\s*judiciary").split()[-1] == "<5"
    assert line(texts["analyst"], r"^\s*police").split()[-1] == "<5"
    assert line(texts["office"], r"^\s*judiciary").split()[-1] == "<5"
    assert line(texts["analyst"], r"^\s*Tunisia").split()[-1] == "<5"
    assert line(texts["analyst"], r"^\s*Morocco").split()[-1] == "<5"
    assert line(texts["admin"], r"^\s*Tunisia").split()[-1] == "3"
    assert "<5" not in texts["admin"]
    assert re.search(r"^\s*Women\s+<5", texts["analyst"], re.MULTILINE)
    assert re.search(r"^\s*Individuals trained\s+10\b", texts["analyst"], re.MULTILINE)
