"""The list queries behind the app's screens: search, filters, sorting, paging, duplicates."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.records import AttendanceBase, EventBase, EventTags, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.queries import (
    EventFilter,
    count_events,
    count_people,
    events_of_person,
    list_events,
    list_people,
    possible_duplicates,
    unsynced_count,
)
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store

PEOPLE = [
    ParticipantBase(
        full_name="Leïla Haddad",
        sex="female",
        organization="Border Guard Service",
        email="Leila.H@gov.ma",
        birth_year=1990,
    ),
    ParticipantBase(full_name="leila  haddad", sex="female", birth_year=1990),
    ParticipantBase(
        full_name="Иван Петров", sex="male", organization="National Police", email="ivan@mvd.kz"
    ),
    ParticipantBase(
        full_name="محمد العلي", sex="male", organization="Ministry of Interior", email="IVAN@mvd.kz"
    ),
    ParticipantBase(full_name="Omar Tazi", sex="male", organization="Gendarmerie"),
]


def fill(store: Store) -> list[str]:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        ids = repo.add_participants(PEOPLE)
        e1 = repo.add_event(
            EventBase(
                title="Workshop on border security",
                event_type="workshop",
                start_date=date(2025, 3, 3),
                end_date=date(2025, 3, 4),
                status="held",
                city="Rabat",
                host_country="MAR",
            ),
            EventTags(beneficiary_countries=["TUN"]),
        )
        repo.add_event(
            EventBase(
                title="Expert meeting",
                event_type="expert group meeting",
                start_date=date(2025, 6, 1),
                end_date=date(2025, 6, 1),
                city="Amman",
                host_country="JOR",
            )
        )
        repo.add_attendance([AttendanceBase(event_id=e1, participant_id=i) for i in ids[:3]])
    return ids


def test_people_search_any_case_script_and_accent(store: Store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        assert {p.full_name for p in list_people(conn, "LEILA")} == {
            "Leïla Haddad",
            "leila  haddad",
        }
        assert [p.full_name for p in list_people(conn, "иван")] == ["Иван Петров"]
        assert [p.full_name for p in list_people(conn, "العلي")] == ["محمد العلي"]
        assert [p.full_name for p in list_people(conn, "gendarm")] == ["Omar Tazi"]  # organization
        assert count_people(conn, "mvd.kz") == 2  # e-mail
        assert [p.full_name for p in list_people(conn, "om")] == [
            "Omar Tazi"
        ]  # two letters: name start
        assert count_people(conn, 'x"y') == 0  # quotes cannot break the query
        assert count_people(conn) == 5


def test_people_sorting_and_paging(store: Store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        names = [p.full_name for p in list_people(conn, sort="full_name")]
        assert names == sorted(names)
        assert [p.full_name for p in list_people(conn, sort="full_name", descending=True)] == names[
            ::-1
        ]
        assert [p.full_name for p in list_people(conn, offset=2, limit=2)] == names[2:4]


def test_search_follows_edits_and_deletes(store: Store) -> None:
    ids = fill(store)
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        repo.update_participant(ids[4], {"full_name": "Omar Benali"})
        repo.delete(RecordType.PARTICIPANT, ids[2])
    with store.engine.connect() as conn:
        assert [p.full_name for p in list_people(conn, "benali")] == ["Omar Benali"]
        assert count_people(conn, "tazi") == 0
        assert count_people(conn, "иван") == 0


def test_event_filters_and_counts(store: Store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        [row] = list_events(conn, EventFilter(text="border"))
        assert (row.title, row.participants) == ("Workshop on border security", 3)
        assert count_events(conn, EventFilter(country="TUN")) == 1  # beneficiary country
        assert count_events(conn, EventFilter(country="JOR")) == 1  # host country
        assert count_events(conn, EventFilter(status="held")) == 1
        assert count_events(conn, EventFilter(event_type="workshop", start=date(2025, 4, 1))) == 0
        assert [
            r.title for r in list_events(conn, EventFilter(), sort="start_date", descending=False)
        ] == [
            "Workshop on border security",
            "Expert meeting",
        ]


def test_duplicates_events_of_person_and_unsynced(store: Store) -> None:
    ids = fill(store)
    with store.engine.connect() as conn:
        pairs = {(frozenset((a, b)), reason) for a, b, reason in possible_duplicates(conn)}
        assert pairs == {
            (frozenset((ids[0], ids[1])), "same name and birth year"),
            (frozenset((ids[2], ids[3])), "same e-mail"),
        }
        assert [title for _, title, _, _ in events_of_person(conn, ids[0])] == [
            "Workshop on border security"
        ]
        assert unsynced_count(conn) == 5 + 2 + 3


def test_event_search_folds_every_script(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        for title, city in (
            ("Тренинг по безопасности границ", "Алматы"),
            ("Atelier sur l'ÉTAT de droit", "Genève"),
        ):
            repo.add_event(
                EventBase(
                    title=title,
                    event_type="workshop",
                    start_date=date(2025, 3, 3),
                    end_date=date(2025, 3, 3),
                    city=city,
                )
            )
    with store.engine.connect() as conn:
        for query in ("тренинг", "ТРЕНИНГ", "алматы", "état", "etat", "GENEVE"):
            assert count_events(conn, EventFilter(text=query)) == 1, query
