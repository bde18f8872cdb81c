"""Demo data that looks like a real field office's: for trying the app, screenshots, benchmarks.

Names come in Latin, Arabic and Cyrillic scripts; sex, age and organization mixes are
plausible for law-enforcement and justice trainings; events spread over two years and several
countries; some events have head counts only. Everything goes through the repository, so
demo records are validated and reach the outbox like typed ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.vocab import EventStatus
from fieldapp.store.repository import Repository
from fieldapp.store.store import Identity

# (given names female, given names male, family names, nationality codes, e-mail domain)
NAME_POOLS: list[tuple[list[str], list[str], list[str], list[str], str]] = [
    (
        ["Amina", "Fatima", "Leïla", "Nadia", "Salma", "Yasmine", "Khadija", "Hajar"],
        ["Youssef", "Karim", "Mehdi", "Omar", "Rachid", "Hamza", "Anas", "Adil"],
        ["El Amrani", "Benali", "Bennani", "Tazi", "Alaoui", "Chraibi", "Haddad", "Mansouri"],
        ["MAR", "TUN", "DZA", "MRT"],
        "gov.ma",
    ),
    (
        ["فاطمة", "مريم", "سارة", "نور", "ليلى", "هدى", "آمنة", "رنا"],
        ["محمد", "أحمد", "علي", "حسن", "خالد", "عمر", "يوسف", "إبراهيم"],
        ["العلي", "الحسيني", "المصري", "الشامي", "القاسم", "الزهراني", "النجار", "الخطيب"],
        ["JOR", "IRQ", "EGY", "LBN"],
        "moi.gov.jo",
    ),
    (
        ["Айгерим", "Гульнара", "Динара", "Наталья", "Ольга", "Мадина", "Жанна", "Светлана"],
        ["Нурлан", "Ерлан", "Алишер", "Дмитрий", "Тимур", "Бахтиёр", "Азамат", "Сергей"],
        ["Ахметов", "Иванов", "Каримов", "Нурматов", "Сейткали", "Юсупов", "Абдуллаев", "Петров"],
        ["KAZ", "KGZ", "UZB", "TJK"],
        "mvd.kz",
    ),
    (
        ["Maria", "Ana", "Grace", "Chloé", "Aïcha", "Joy", "Mariam", "Esther"],
        ["José", "Luis", "Daniel", "Ibrahim", "Moussa", "Emmanuel", "Samuel", "Jean-Paul"],
        ["Santos", "Reyes", "Okafor", "Diallo", "Traoré", "Mensah", "Cruz", "Ndiaye"],
        ["PHL", "NGA", "MLI", "SEN"],
        "police.gov.ng",
    ),
]
ORGANIZATIONS = {
    "law enforcement": ["National Police", "Counter-Terrorism Unit", "Gendarmerie"],
    "border/customs": ["Border Guard Service", "Customs Administration", "Immigration Directorate"],
    "judiciary/prosecution": [
        "Office of the Prosecutor General",
        "Supreme Court",
        "Judicial Training Institute",
    ],
    "government": ["Ministry of Interior", "Ministry of Foreign Affairs", "National CT Committee"],
    "civil society": ["Women's Network for Peace", "Youth Resilience Forum"],
    "parliament": ["National Assembly"],
    "academia": ["National University", "Institute for Security Studies"],
}
ORG_WEIGHTS = [30, 18, 16, 14, 10, 4, 8]
POSITIONS = [
    "Inspector",
    "Captain",
    "Prosecutor",
    "Judge",
    "Analyst",
    "Director",
    "Officer",
    "Adviser",
]
PROGRAMMES = [
    "Border Security and Management",
    "Countering the Financing of Terrorism",
    "Preventing Violent Extremism",
    "Victims of Terrorism Support",
    "Cybersecurity and New Technologies",
]
TITLES = {
    "workshop": "Workshop on {topic}",
    "training course": "Training course on {topic}",
    "table-top exercise": "Table-top exercise: {topic}",
    "study visit": "Study visit on {topic}",
    "webinar": "Webinar: {topic}",
    "conference": "Regional conference on {topic}",
    "expert group meeting": "Expert group meeting on {topic}",
    "consultation": "National consultation on {topic}",
}
TOPICS = [
    "advance passenger information",
    "terrorist financing investigations",
    "prison radicalization",
    "border security cooperation",
    "the rights of victims",
    "digital evidence",
    "gender-sensitive approaches to PCVE",
    "CBRNE threat assessment",
]
CITIES = {
    "MAR": "Rabat",
    "JOR": "Amman",
    "KAZ": "Astana",
    "NGA": "Abuja",
    "PHL": "Manila",
    "TUN": "Tunis",
}


@dataclass(frozen=True)
class DemoSummary:
    events: int
    people: int
    attendances: int
    head_count_events: int


def _person(rng: random.Random, today: date) -> ParticipantBase:
    female_names, male_names, families, countries, domain = rng.choice(NAME_POOLS)
    sex = rng.choices(["female", "male", "not recorded"], weights=[38, 58, 4])[0]
    given = rng.choice(female_names if sex == "female" else male_names)
    org_type = rng.choices(list(ORGANIZATIONS), weights=ORG_WEIGHTS)[0]
    birth_year = rng.choice([None] + [today.year - rng.randint(24, 62) for _ in range(9)])
    serial = rng.randint(100, 99999)
    return ParticipantBase(
        full_name=f"{given} {rng.choice(families)}",
        sex=sex,
        birth_year=birth_year,
        nationality=rng.choice(countries),
        organization=rng.choice(ORGANIZATIONS[org_type]),
        organization_type=org_type,
        position=rng.choice(POSITIONS),
        email=f"user{serial}.{rng.randint(1, 999)}@{domain}" if rng.random() < 0.7 else None,
        phone=f"+{rng.randint(200, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if rng.random() < 0.5
        else None,
        consent=True,
        consent_date=today - timedelta(days=rng.randint(1, 700)),
    )


def _event(rng: random.Random, today: date) -> tuple[EventBase, EventTags]:
    cl = codelists()
    kind = rng.choices(cl.event_types, weights=[40, 20, 6, 6, 8, 4, 8, 8])[0]
    start = today - timedelta(days=rng.randint(0, 730))
    length = 1 if kind in ("webinar", "consultation") else rng.randint(1, 5)
    host = rng.choice(list(CITIES))
    countries = rng.sample(sorted({host, *rng.sample(list(CITIES), 2)}), k=rng.randint(1, 2))
    status = EventStatus.HELD if rng.random() < 0.92 else EventStatus.CANCELLED
    event = EventBase(
        title=TITLES[kind].format(topic=rng.choice(TOPICS)),
        event_type=kind,
        modality="online"
        if kind == "webinar"
        else rng.choice(["in person", "in person", "hybrid"]),
        start_date=start,
        end_date=start + timedelta(days=length - 1),
        venue="UN House" if rng.random() < 0.5 else None,
        city=CITIES[host],
        host_country=host,
        programme=rng.choice(PROGRAMMES),
        working_group=rng.choice(cl.working_groups),
        language=rng.choice(["English", "French", "Arabic", "Russian"]),
        status=status.value,
    )
    tags = EventTags(
        beneficiary_countries=countries,
        outcomes=rng.sample([c.code for c in cl.outcomes], k=rng.randint(1, 2)),
        pillars=rng.sample([c.code for c in cl.pillars], k=rng.randint(1, 2)),
        partners=rng.sample(cl.partner_entities, k=rng.randint(0, 2)),
        donors=rng.sample(cl.donors, k=1),
    )
    return event, tags


def _head_counts(rng: random.Random, event_id: str) -> list[HeadCountBase]:
    bands = ["18-24", "25-34", "35-44", "45-54", "55-64"]
    return [
        HeadCountBase(event_id=event_id, sex=sex, age_band=band, count=rng.randint(0, 6))
        for sex in ("female", "male")
        for band in bands
    ] + [
        HeadCountBase(
            event_id=event_id, sex="not recorded", age_band="not recorded", count=rng.randint(0, 3)
        )
    ]


def generate(
    conn: Connection,
    identity: Identity,
    *,
    events: int = 40,
    people: int = 500,
    seed: int = 1,
    today: date | None = None,
) -> DemoSummary:
    """Add ``people`` people and ``events`` events with their attendance, all on ``conn``."""
    rng = random.Random(seed)
    today = today or date.today()
    repo = Repository(conn, identity, today=today)
    person_ids = repo.add_participants([_person(rng, today) for _ in range(people)])
    attendances = 0
    head_count_events = 0
    for _ in range(events):
        event, tags = _event(rng, today)
        if event.status == EventStatus.HELD and event.start_date > today:
            event = event.model_copy(update={"status": EventStatus.PLANNED.value})
        event_id = repo.add_event(event, tags)
        if event.status != EventStatus.HELD:
            continue
        if rng.random() < 0.15:
            repo.set_head_counts(event_id, _head_counts(rng, event_id))
            head_count_events += 1
            continue
        length = (event.end_date - event.start_date).days + 1
        size = min(len(person_ids), rng.randint(8, 35))
        chosen = rng.sample(person_ids, k=size)
        rows = []
        for n, pid in enumerate(chosen):
            role = (
                "trainer" if n == 0 else rng.choices(["participant", "speaker"], weights=[95, 5])[0]
            )
            pre = rng.randint(20, 80) if rng.random() < 0.7 else None
            rows.append(
                AttendanceBase(
                    event_id=event_id,
                    participant_id=pid,
                    role=role,
                    days_attended=float(rng.randint(max(1, length - 1), length)),
                    completed=rng.random() < 0.9,
                    pre_test_score=pre,
                    post_test_score=min(100, pre + rng.randint(-10, 30))
                    if pre is not None
                    else None,
                    satisfaction=rng.choices([2, 3, 4, 5], weights=[5, 20, 45, 30])[0]
                    if rng.random() < 0.8
                    else None,
                )
            )
        repo.add_attendance(rows)
        attendances += len(rows)
    return DemoSummary(
        events=events, people=people, attendances=attendances, head_count_events=head_count_events
    )
