"""HQ schema 7 on a database that held trainees' names in clear (schemas up to 6): each
attendance keeps the attendee's age band at the event, then every identity is blanked, and no
byte of any name, e-mail or phone is left in HQ's SQLite files (database, -wal, -shm)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, select, text

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.vocab import RecordType
from sync.hq.database import _config, open_database
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_TABLES
from tests.hq_databases import hq_database

STAMP = {"version": 1, "office_id": "rabat", "device_id": "d1", "recorded_by": "amina"}
PEOPLE = [
    # id, name, e-mail, phone, birth year, own band
    ("p1", "Youssef Benali", "youssef.benali@police.example", "+212 600 111 222", 1990, None),
    ("p2", "Zaynab Qasimi", "zaynab.qasimi@justice.example", "+212 600 333 444", 1961, None),
    ("p3", "Karim Haddad", "karim@border.example", "+212 600 555 666", None, "45-54"),
    ("p4", "Leila Mansour", None, None, None, None),
]


def _schema_6_with_names(url: str) -> None:
    """A schema-6 database holding four trainees in clear at one training course."""
    engine = create_engine(url)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0006")
        conn.execute(
            text(
                "INSERT INTO hq_event (id, version, updated_at, office_id, device_id, recorded_by,"
                " title, event_type, modality, start_date, end_date, status)"
                " VALUES ('e1', 1, :now, 'rabat', 'd1', 'amina', 'Border management',"
                " 'training course', 'in person', '2025-03-10', '2025-03-12', 'held')"
            ),
            {"now": now},
        )
        for pid, name, email, phone, year, band in PEOPLE:
            conn.execute(
                text(
                    "INSERT INTO hq_participant (id, version, updated_at, office_id, device_id,"
                    " recorded_by, full_name, sex, consent, email, phone, birth_year, age_band,"
                    " position) VALUES (:id, 1, :now, 'rabat', 'd1', 'amina', :name, 'female',"
                    " false, :email, :phone, :year, :band, 'Chief inspector')"
                ),
                {"id": pid, "now": now, "name": name, "email": email, "phone": phone}
                | {"year": year, "band": band},
            )
            conn.execute(
                text(
                    "INSERT INTO hq_attendance (id, version, updated_at, office_id, device_id,"
                    " recorded_by, event_id, participant_id, role, completed,"
                    " certificate_issued) VALUES (:id, 1, :now, 'rabat', 'd1', 'amina', 'e1',"
                    " :pid, 'participant', true, false)"
                ),
                {"id": f"a-{pid}", "pid": pid, "now": now},
            )
    engine.dispose()


def test_upgrade_keeps_the_age_figures_and_leaves_no_name_in_any_file(tmp_path: Path) -> None:
    db = tmp_path / "hq.db"
    _schema_6_with_names(f"sqlite:///{db}")
    # Another process has the database open throughout (HQ's files are copied while it
    # runs): SQLite's own checkpoint on the last close does not come to the rescue.
    other = sqlite3.connect(db)
    other.execute("SELECT count(*) FROM hq_event").fetchone()
    hq = open_database(f"sqlite:///{db}")
    with hq.connect() as conn:
        att = HQ_TABLES[RecordType.ATTENDANCE]
        bands = dict(conn.execute(select(att.c.participant_id, att.c.age_band)).all())
        people = HQ_TABLES[RecordType.PARTICIPANT]
        left = conn.execute(
            select(people.c.full_name, people.c.email, people.c.phone, people.c.birth_year)
        ).all()
        after = compute_indicators(conn, HQ_INDICATOR_TABLES, Period()).as_dict()
        secure = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    # 35 and 64 in March 2025; Karim's own band; Leila: none known.
    assert bands == {"p1": "35-44", "p2": "55-64", "p3": "45-54", "p4": None}
    assert set(left) == {("", None, None, None)}
    # The age breakdown as the birth years gave it, without a single birth year left.
    assert after["individuals_trained"] == 4
    assert {(r["age_band"], r["individuals_trained"]) for r in after["breakdowns"]["sex_age"]} == {
        ("35-44", 1),
        ("55-64", 1),
        ("45-54", 1),
        ("not recorded", 1),
    }
    assert secure == 1
    files = [p for p in tmp_path.iterdir() if p.name.startswith("hq.db")]
    assert db in files
    for path in files:
        data = path.read_bytes()
        for _, name, email, phone, _, _ in PEOPLE:
            for secret in (name, email, phone, *name.split()):
                if secret:
                    assert secret.encode("utf-8") not in data, (secret, path.name)
        assert b"Chief inspector" not in data
    hq.dispose()
    other.close()


def test_upgrade_on_postgresql_blanks_every_identity_and_keeps_the_bands(tmp_path: Path) -> None:
    with hq_database("postgresql", tmp_path) as url:
        _schema_6_with_names(url)
        hq = open_database(url)  # (and VACUUM FULL of the people's table, outside it)
        with hq.connect() as conn:
            att = HQ_TABLES[RecordType.ATTENDANCE]
            bands = dict(conn.execute(select(att.c.participant_id, att.c.age_band)).all())
            people = HQ_TABLES[RecordType.PARTICIPANT]
            left = set(conn.execute(select(people.c.full_name, people.c.email, people.c.phone)))
        hq.dispose()
    assert bands == {"p1": "35-44", "p2": "55-64", "p3": "45-54", "p4": None}
    assert left == {("", None, None)}
