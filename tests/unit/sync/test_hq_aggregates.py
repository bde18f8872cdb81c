"""HQ's stored figures (`sync.hq.aggregates`): after every kind of change a device can send
(new records, edited, deleted, an event moved to another quarter, a person whose sex changed),
the figures read from the stored tallies are those counted from scratch, for every office set
and period unit; a batch applied while a tally is being counted leaves it stale, never
current; ``fieldapp-hq figures rebuild`` counts them again. On SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from fieldapp.domain.indicators import Period, compute_indicators, finish
from fieldapp.domain.records import AttendanceBase, EventBase
from fieldapp.domain.vocab import EventStatus, RecordType
from fieldapp.store.demo import generate
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES as T
from sync.hq import aggregates
from sync.hq.accounts.scope import Role, Scope
from sync.hq.cli import main
from sync.hq.database import open_database, read_only
from sync.hq.figures import consolidated
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_OFFICE_FIGURES, HQ_TALLY
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.sync.test_hq_apply import apply_all, sealed_envelopes

TODAY = date(2026, 11, 22)
ADMIN = Scope(Role.ADMIN)


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


def second_office(folder: Path) -> Store:
    other, _ = Store.create(
        folder, passphrase=PASSPHRASE, office_name="Abuja", country="NGA", kdf=FAST_KDF
    )
    return other


def sync(hq: Engine, *stores: Store) -> None:
    for s in stores:
        assert set(apply_all(hq, sealed_envelopes(s))) <= {"accepted"}


def from_scratch(hq: Engine, period: Period, offices: Collection[str] | None) -> dict[str, object]:
    with hq.connect() as conn:
        return compute_indicators(conn, HQ_INDICATOR_TABLES, period, office_ids=offices).as_dict()


def stored(hq: Engine, period: Period, offices: Collection[str] | None) -> dict[str, object]:
    """The figures as HQ's routes read them: a read-only transaction, then the tallies it
    counted afresh kept in a transaction of their own."""
    counted: list[aggregates.Counted] = []
    with read_only(hq) as conn:
        found = finish(aggregates.tally(conn, period, offices, counted=counted))
    assert aggregates.keep_in(hq, counted)
    return found.as_dict()


def quarter_of(day: date) -> Period:
    q = (day.month - 1) // 3 + 1
    return aggregates.period_of(f"{day.year:04d}-Q{q}")


def month_of(day: date) -> Period:
    return aggregates.period_of(f"{day.year:04d}-{day.month:02d}")


def check(hq: Engine, periods: list[Period], scopes: list[Collection[str] | None]) -> None:
    for period in periods:
        for offices in scopes:
            expected = from_scratch(hq, period, offices)
            assert stored(hq, period, offices) == expected, (period, offices)
            assert stored(hq, period, offices) == expected, (period, offices)  # now stored


def held_training_event(store: Store) -> dict[str, object]:
    e, a = T.event, T.attendance
    with store.engine.connect() as conn:
        row = conn.execute(
            select(e.c.id, e.c.start_date, e.c.end_date)
            .where(
                e.c.status == EventStatus.HELD.value,
                e.c.deleted_at.is_(None),
                e.c.event_type == "training course",
                e.c.id.in_(select(a.c.event_id).where(a.c.deleted_at.is_(None))),
            )
            .order_by(e.c.start_date.desc())
        ).first()
    assert row is not None
    return dict(row._mapping)


def test_stored_figures_equal_figures_from_scratch_after_every_kind_of_change(
    store: Store, hq: Engine, tmp_path: Path
) -> None:
    abuja = second_office(tmp_path / "abuja")
    for n, s in enumerate((store, abuja)):
        with s.transaction() as conn:
            generate(conn, s.identity, events=16, people=120, seed=3 + n, today=TODAY)
    sync(hq, store, abuja)
    rabat_id, abuja_id = store.identity.office_id, abuja.identity.office_id
    moved = held_training_event(store)
    start = moved["start_date"]
    assert isinstance(start, date)
    earlier = start - timedelta(days=120)  # another quarter
    scopes: list[Collection[str] | None] = [None, {rabat_id}, {abuja_id}, set()]
    periods = [
        Period(),
        aggregates.period_of(f"{TODAY.year}"),
        aggregates.period_of(f"{TODAY.year - 1}"),
        quarter_of(start),
        quarter_of(earlier),
        month_of(start),
        Period(date(TODAY.year - 1, 11, 23), TODAY),  # not a unit: counted from scratch
    ]
    check(hq, periods, scopes)

    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=TODAY)
        a, p = T.attendance, T.participant
        att_id, person_id, sex = conn.execute(
            select(a.c.id, a.c.participant_id, p.c.sex)
            .join(p, p.c.id == a.c.participant_id)
            .where(a.c.event_id == moved["id"], a.c.deleted_at.is_(None))
        ).first() or ("", "", "")
        # an event moved to another quarter, a person's sex and a score edited
        repo.update_event(
            str(moved["id"]),
            {"start_date": earlier, "end_date": earlier + (moved["end_date"] - start)},  # type: ignore[operator]
        )
        repo.update_participant(person_id, {"sex": "male" if sex == "female" else "female"})
        repo.update_attendance(att_id, {"pre_test_score": 10.0, "post_test_score": 95.0})
        # a new event with attendance, and another deleted
        new_event = repo.add_event(
            EventBase(
                title="Port security",
                event_type="training course",
                modality="in person",
                start_date=start,
                end_date=start,
                status="held",
            )
        )
        repo.add_attendance([AttendanceBase(event_id=new_event, participant_id=person_id)])
        events = T.event
        gone = (
            conn.execute(
                select(events.c.id).where(
                    events.c.id.not_in([moved["id"], new_event]), events.c.deleted_at.is_(None)
                )
            )
            .scalars()
            .first()
        )
        assert gone is not None
        repo.delete(RecordType.EVENT, gone)
    with hq.connect() as conn:
        before = {o: v for o, v in conn.execute(select(HQ_OFFICE_FIGURES))}
    sync(hq, store)
    with hq.connect() as conn:
        after = {o: v for o, v in conn.execute(select(HQ_OFFICE_FIGURES))}
    assert after[rabat_id] > before[rabat_id] and after[abuja_id] == before[abuja_id]
    # Abuja's tallies are still current: only Rabat's are counted again.
    counted: list[aggregates.Counted] = []
    with hq.connect() as conn:
        aggregates.tally(conn, Period(), None, counted=counted)
    assert [c.office_id for c in counted] == [rabat_id]
    check(hq, periods, scopes)

    # fieldapp-hq figures rebuild counts every stored tally again, at the current versions
    url = hq.url.render_as_string(hide_password=False)
    assert main(["--db", url, "figures", "rebuild", "--office", "no-such-office"]) == 2
    assert main(["--db", url, "figures", "rebuild"]) == 0
    with hq.connect() as conn:
        versions = {o: v for o, v in conn.execute(select(HQ_OFFICE_FIGURES))}
        rows = conn.execute(select(HQ_TALLY.c.office_id, HQ_TALLY.c.version)).all()
    assert len(rows) >= 2 * 6 and all(v == versions[o] for o, v in rows)
    for offices in scopes:
        assert stored(hq, Period(), offices) == from_scratch(hq, Period(), offices)


def test_a_batch_applied_while_figures_are_counted_leaves_them_stale(
    store: Store, hq: Engine
) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=8, people=60, seed=5, today=TODAY)
    sync(hq, store)
    office = store.identity.office_id
    counted: list[aggregates.Counted] = []
    with read_only(hq) as conn:
        aggregates.tally(conn, Period(), None, counted=counted)  # the count, at version 1...
        with store.transaction() as device:
            repo = Repository(device, store.identity, today=TODAY)
            event = held_training_event(store)
            repo.delete(RecordType.EVENT, str(event["id"]))
        sync(hq, store)  # ... while a batch is applied (the reader does not hold it up)
    assert aggregates.keep_in(hq, counted)  # stored with the version it was counted at
    with hq.connect() as conn:
        version = conn.execute(
            select(HQ_OFFICE_FIGURES.c.version).where(HQ_OFFICE_FIGURES.c.office_id == office)
        ).scalar_one()
        kept = conn.execute(select(HQ_TALLY.c.version)).scalar_one()
    assert kept < version  # stale, not current
    assert stored(hq, Period(), None) == from_scratch(hq, Period(), None)
    # An older count never replaces a newer one.
    assert aggregates.keep_in(hq, counted)
    with hq.connect() as conn:
        assert conn.execute(select(HQ_TALLY.c.version)).scalar_one() == version
    expected = from_scratch(hq, Period(), None)
    with hq.connect() as conn:  # a connection that may write keeps what it counts itself
        assert consolidated(conn, ADMIN, Period()).as_dict() == expected


@pytest.mark.parametrize(
    ("period", "unit"),
    [
        (Period(), "all"),
        (Period(date(2024, 1, 1), date(2024, 12, 31)), "2024"),
        (Period(date(2024, 4, 1), date(2024, 6, 30)), "2024-Q2"),
        (Period(date(2024, 10, 1), date(2024, 12, 31)), "2024-Q4"),
        (Period(date(2024, 2, 1), date(2024, 2, 29)), "2024-02"),
        (Period(date(2023, 2, 1), date(2023, 2, 28)), "2023-02"),
        (Period(date(2023, 2, 1), date(2023, 2, 27)), None),  # a day short
        (Period(date(2024, 2, 1), date(2024, 4, 30)), None),  # three months, not a quarter
        (Period(date(2024, 1, 1), date(2025, 12, 31)), None),  # two years
        (Period(date(2024, 1, 2), date(2024, 12, 31)), None),
        (Period(None, date(2024, 12, 31)), None),
        (Period(date(2024, 1, 1), None), None),
        (Period(date(2024, 6, 30), date(2024, 4, 1)), None),  # backwards
        (Period(date(2024, 1, 1), date(2024, 6, 30)), None),  # a half year
    ],
)
def test_a_period_is_a_stored_unit_only_when_it_is_exactly_one(
    period: Period, unit: str | None
) -> None:
    assert aggregates.unit_of(period) == unit
    if unit is not None:
        assert aggregates.period_of(unit) == period


def test_a_policy_that_drops_birth_years_makes_the_office_s_figures_counted_again(
    tmp_path: Path,
) -> None:
    from sqlalchemy import insert, update

    from sync.hq.policy import set_policy
    from sync.hq.tables import HQ_OFFICE, HQ_TABLES

    hq = open_database(f"sqlite:///{tmp_path / 'hq.db'}")
    people = HQ_TABLES[RecordType.PARTICIPANT]
    with hq.begin() as conn:
        conn.execute(insert(HQ_OFFICE).values(office_id="rabat", name="Rabat"))
        conn.execute(update(HQ_OFFICE).values(share_birth_year=True))
        conn.execute(
            insert(people).values(
                id="p1", office_id="rabat", full_name="", sex="female", birth_year=1990
            )
        )
        aggregates.office_changed(conn, "rabat")

    def version() -> int:
        with hq.connect() as conn:
            return int(conn.execute(select(HQ_OFFICE_FIGURES.c.version)).scalar_one())

    before = version()
    set_policy(hq, "rabat", retention_years=7, identity_key_configured=False, actor="t")
    assert version() == before  # nothing a figure reads changed
    set_policy(hq, "rabat", birth_year=False, identity_key_configured=False, actor="t")
    assert version() == before + 1  # birth years dropped: counted again
    hq.dispose()


def test_figures_are_read_in_a_read_only_transaction_a_hot_standby_would_run(
    store: Store, hq: Engine
) -> None:
    """What a read replica allows: on PostgreSQL the read is READ ONLY (a hot standby refuses
    any write, temporary tables included) and still counts every figure; on SQLite it takes no
    write lock, so a batch can be applied meanwhile."""
    with store.transaction() as conn:
        generate(conn, store.identity, events=6, people=40, seed=8, today=TODAY)
    sync(hq, store)
    expected = {p: from_scratch(hq, p, None) for p in (Period(), Period(date(2026, 1, 1), TODAY))}
    counted: list[aggregates.Counted] = []
    with read_only(hq) as conn:
        if hq.dialect.name == "postgresql":
            assert conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
        for period, figures in expected.items():  # a unit, then a period counted from scratch
            assert consolidated(conn, ADMIN, period, counted=counted).as_dict() == figures
        if hq.dialect.name == "sqlite":
            with hq.begin() as writer:  # a batch's transaction is not held up
                aggregates.office_changed(writer, store.identity.office_id)
    assert [c.unit for c in counted] == ["all"]


def test_after_a_batch_the_background_count_leaves_the_dashboard_nothing_to_count(
    store: Store, hq: Engine
) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=6, people=40, seed=11, today=TODAY)
    sync(hq, store)
    assert aggregates.warm(hq, today=TODAY) == 3  # all time, this year, this quarter
    assert aggregates.warm(hq, today=TODAY) == 0  # all current
    with store.transaction() as conn:
        Repository(conn, store.identity, today=TODAY).delete(
            RecordType.EVENT, str(held_training_event(store)["id"])
        )
    sync(hq, store)
    warmer = aggregates.Warmer(hq, None, every=0.05).start()
    try:
        for _ in range(200):  # the warmer notices the batch within moments
            with hq.connect() as conn:
                fresh: list[aggregates.Counted] = []
                for unit in aggregates.dashboard_units(date.today()):
                    aggregates.tally(conn, aggregates.period_of(unit), None, counted=fresh)
            if not fresh:
                break
            time.sleep(0.05)
    finally:
        warmer.stop()
    assert fresh == []
    assert stored(hq, Period(), None) == from_scratch(hq, Period(), None)
