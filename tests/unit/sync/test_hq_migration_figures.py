"""HQ schema 8 on a database of schema 7: every office HQ holds records of (or made) starts at
figures version 1 with no stored tally, so its first read counts from scratch; an office's
attendance is indexed for that count; and the schema goes back down to 7 cleanly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text

from fieldapp.domain.indicators import Period, compute_indicators, finish
from sync.hq import aggregates
from sync.hq.database import _config, open_database
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_OFFICE_FIGURES, HQ_TALLY
from tests.hq_databases import BACKENDS, hq_database


@pytest.mark.parametrize("backend", BACKENDS)
def test_schema_8_starts_every_office_at_version_1_and_counts_on_first_read(
    backend: str, tmp_path: Path
) -> None:
    with hq_database(backend, tmp_path / "hq") as url:
        old = create_engine(url)
        now = datetime.now(UTC)
        with old.begin() as conn:
            command.upgrade(_config(conn), "0007")
            conn.execute(
                text(
                    "INSERT INTO hq_office (office_id, name, created_at) VALUES ('abuja', 'Abuja', :now)"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO hq_event (id, version, updated_at, office_id, device_id,"
                    " recorded_by, title, event_type, modality, start_date, end_date, status)"
                    " VALUES ('e1', 1, :now, 'rabat', 'd1', 'amina', 'Border management',"
                    " 'training course', 'in person', '2025-03-10', '2025-03-12', 'held')"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO hq_attendance (id, version, updated_at, office_id, device_id,"
                    " recorded_by, event_id, participant_id, role, completed,"
                    " certificate_issued, age_band) VALUES ('a1', 1, :now, 'rabat', 'd1', 'amina',"
                    " 'e1', 'p1', 'participant', false, false, '25-34')"
                ),
                {"now": now},
            )
        old.dispose()
        hq = open_database(url)
        try:
            with hq.connect() as conn:
                versions = {o: v for o, v in conn.execute(select(HQ_OFFICE_FIGURES))}
                assert versions == {"abuja": 1, "rabat": 1}
                assert conn.execute(select(HQ_TALLY)).all() == []
                indexes = {i["name"] for i in inspect(conn).get_indexes("hq_attendance")}
                assert "ix_hq_attendance_office_facts" in indexes
            with hq.begin() as conn:
                expected = compute_indicators(conn, HQ_INDICATOR_TABLES, Period()).as_dict()
                got = finish(aggregates.tally(conn, Period(), None)).as_dict()
                assert got == expected and expected["events_held"] == 1
            with hq.begin() as conn:
                command.downgrade(_config(conn), "0007")
            with hq.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                assert not {"hq_office_figures", "hq_tally"} & tables
        finally:
            hq.dispose()
