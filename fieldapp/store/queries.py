"""Read queries behind the app's lists: filtered, sorted and paged in SQL.

The UI never loads a whole table: it asks for a count and for one page at a time, with the
sort and the search done by the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, column, func, literal_column, or_, select, table
from sqlalchemy.engine import Connection

from fieldapp.domain.code_labels import country_name
from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicator_sql import counted_participants, named_participants
from fieldapp.domain.indicators import Participated
from fieldapp.domain.names import name_key
from fieldapp.domain.vocab import TagKind
from fieldapp.store.repository import ATTENDANCE, EVENT, EVENT_TAG, HEAD_COUNT, OUTBOX, PARTICIPANT
from fieldapp.store.tables import SEARCH_TABLE


@dataclass(frozen=True)
class EventFilter:
    text: str = ""
    start: date | None = None
    end: date | None = None
    status: str | None = None
    country: str | None = None
    event_type: str | None = None
    language: str = "en"  # the reader's: ``text`` finds countries by their name in it


@dataclass(frozen=True)
class EventRow(Participated):
    id: str
    title: str
    event_type: str
    status: str
    start_date: date
    end_date: date
    city: str | None
    host_country: str | None
    named: int  # people registered as participants
    counted: int  # people counted without names


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    sex: str
    organization: str | None
    nationality: str | None
    email: str | None


# An event's participation (`fieldapp.domain.indicator_sql`), as columns of a query over EVENT.
REGISTERED_PARTICIPANTS = named_participants(ATTENDANCE, EVENT.c.id)
COUNTED_WITHOUT_NAMES = counted_participants(HEAD_COUNT, EVENT.c.id)
EVENT_COLUMNS: dict[str, Any] = {
    "title": EVENT.c.title,
    "event_type": EVENT.c.event_type,
    "status": EVENT.c.status,
    "start_date": EVENT.c.start_date,
    "end_date": EVENT.c.end_date,
    "city": EVENT.c.city,
    "host_country": EVENT.c.host_country,
    "participants": REGISTERED_PARTICIPANTS + COUNTED_WITHOUT_NAMES,
}
PERSON_COLUMNS: dict[str, Any] = {
    "full_name": PARTICIPANT.c.full_name,
    "sex": PARTICIPANT.c.sex,
    "organization": PARTICIPANT.c.organization,
    "nationality": PARTICIPANT.c.nationality,
    "email": PARTICIPANT.c.email,
}


def _like(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, folded as `fold()` folds the column."""
    escaped = name_key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def countries_named(text: str, lang: str, codes: Iterable[str]) -> list[str]:
    """The codes of ``codes`` (alpha-3, as stored) whose name as ``lang`` shows it, or in
    English, holds ``text`` (case and accents aside), or that are ``text``: "تون", "Тунис",
    "tunisie" or "tun" -> ["TUN"]. Countries are stored as codes, so a search by the name a
    reader sees goes through this."""
    typed = name_key(text)
    if not typed:
        return []
    return [
        code
        for code in codes
        if typed == code.casefold()
        or typed in name_key(country_name(code, lang))
        or typed in name_key(country_name(code, "en"))
    ]


def _event_where(f: EventFilter) -> list[Any]:
    cond: list[Any] = [EVENT.c.deleted_at.is_(None)]
    if f.text.strip():
        pattern = _like(f.text)
        named = countries_named(f.text, f.language, codelists().countries)
        in_country = select(EVENT_TAG.c.event_id).where(
            EVENT_TAG.c.kind == TagKind.COUNTRY.value, EVENT_TAG.c.code.in_(named)
        )
        cond.append(
            or_(
                func.fold(EVENT.c.title).like(pattern, escape="\\"),
                func.fold(func.coalesce(EVENT.c.city, "")).like(pattern, escape="\\"),
                EVENT.c.host_country.in_(named),
                EVENT.c.id.in_(in_country),
            )
        )
    if f.start is not None:
        cond.append(EVENT.c.start_date >= f.start)
    if f.end is not None:
        cond.append(EVENT.c.start_date <= f.end)
    if f.status:
        cond.append(EVENT.c.status == f.status)
    if f.event_type:
        cond.append(EVENT.c.event_type == f.event_type)
    if f.country:
        tagged = select(EVENT_TAG.c.event_id).where(
            EVENT_TAG.c.kind == TagKind.COUNTRY.value, EVENT_TAG.c.code == f.country
        )
        cond.append(or_(EVENT.c.host_country == f.country, EVENT.c.id.in_(tagged)))
    return cond


def _page(
    stmt: Select[Any], sort: Any, descending: bool, tiebreak: Any, offset: int, limit: int
) -> Select[Any]:
    order = sort.desc() if descending else sort.asc()
    return stmt.order_by(order, tiebreak).offset(offset).limit(limit)


def count_events(conn: Connection, f: EventFilter) -> int:
    return int(
        conn.execute(select(func.count()).select_from(EVENT).where(*_event_where(f))).scalar_one()
    )


def list_events(
    conn: Connection,
    f: EventFilter,
    *,
    sort: str = "start_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[EventRow]:
    stmt = select(
        EVENT.c.id,
        EVENT.c.title,
        EVENT.c.event_type,
        EVENT.c.status,
        EVENT.c.start_date,
        EVENT.c.end_date,
        EVENT.c.city,
        EVENT.c.host_country,
        REGISTERED_PARTICIPANTS.label("named"),
        COUNTED_WITHOUT_NAMES.label("counted"),
    ).where(*_event_where(f))
    rows = conn.execute(_page(stmt, EVENT_COLUMNS[sort], descending, EVENT.c.id, offset, limit))
    return [EventRow(*row) for row in rows]


MIN_SEARCH_CHARS = 3  # the trigram index matches from three characters on


# The registry's filter by legal basis (`privacy.LEGAL_BASES`), beside these two.
BASIS_ALL = ""
BASIS_NONE = "none"  # no basis recorded
BASIS_WITHDRAWN = "withdrawn"  # consent given, then withdrawn (the latest event)


def _basis_where(basis: str) -> list[Any]:
    if basis == BASIS_ALL:
        return []
    if basis == BASIS_NONE:
        return [PARTICIPANT.c.legal_basis.is_(None)]
    if basis == BASIS_WITHDRAWN:
        return [PARTICIPANT.c.consent.is_(False), PARTICIPANT.c.consent_date.is_not(None)]
    return [PARTICIPANT.c.legal_basis == basis]


def _person_where(text: str, basis: str = BASIS_ALL, *, in_name_order: bool = False) -> list[Any]:
    """People matching ``text``: from three characters anywhere in the name, organization or
    e-mail (any case, any accents); one or two characters match the start of the name. Never
    a person deleted or erased (their row stays, nameless, for the figures).

    ``in_name_order`` (three characters or more): the same people, but SQLite told (a unary
    ``+``) not to look them up by the text, so that it walks the names' index in order,
    checks each entry against the matches (the index holds the row's id: no row is read
    for it) and stops at the page's end: far quicker for a page of many matches (a quarter
    of the registry holds "pol"), slower for few (`_many_match`)."""
    cond: list[Any] = [
        PARTICIPANT.c.deleted_at.is_(None),
        PARTICIPANT.c.erased_at.is_(None),
        *_basis_where(basis),
    ]
    text = text.strip()
    if len(text) >= MIN_SEARCH_CHARS:
        rowid = "+participant.rowid" if in_name_order else "participant.rowid"
        cond.append(literal_column(rowid).in_(search_matches(text)))
    elif text:
        key = name_key(text)
        cond.append(
            and_(PARTICIPANT.c.name_key >= key, PARTICIPANT.c.name_key < key + "\U0010ffff")
        )
    return cond


MANY = 2_000  # matches from which a page is read walking the names in order


def _many_match(conn: Connection, text: str) -> bool:
    """Whether ``text`` (three characters or more) matches at least `MANY` people (deleted
    and erased ones too: a guess, read from the search index alone, that only chooses how
    to read a page, never what it holds)."""
    if len(text.strip()) < MIN_SEARCH_CHARS:
        return False
    some = search_matches(text).limit(MANY).subquery()
    return int(conn.execute(select(func.count()).select_from(some)).scalar_one()) >= MANY


def _phrase(text: str) -> str:
    """The typed text as one FTS5 phrase: quotes doubled, so no query syntax gets through."""
    return '"' + text.strip().replace('"', '""') + '"'


SEARCH = table(SEARCH_TABLE, column("rowid"))


def _matching(text: str) -> Any:
    return literal_column(SEARCH_TABLE).op("MATCH")(_phrase(text))


def search_matches(text: str) -> Select[Any]:
    """The rowids of the people whose name, organization or e-mail holds ``text``."""
    return select(SEARCH.c.rowid).where(_matching(text))


def count_people(conn: Connection, text: str = "", basis: str = BASIS_ALL) -> int:
    if len(text.strip()) >= MIN_SEARCH_CHARS and basis == BASIS_ALL:
        # The search index holds only people not deleted: count there, visiting no one.
        stmt = select(func.count()).select_from(SEARCH).where(_matching(text))
        return int(conn.execute(stmt).scalar_one())
    stmt = select(func.count()).select_from(PARTICIPANT).where(*_person_where(text, basis))
    return int(conn.execute(stmt).scalar_one())


def list_people(
    conn: Connection,
    text: str = "",
    *,
    basis: str = BASIS_ALL,
    sort: str = "full_name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[PersonRow]:
    in_name_order = sort == "full_name" and _many_match(conn, text)
    stmt = select(
        PARTICIPANT.c.id,
        PARTICIPANT.c.full_name,
        PARTICIPANT.c.sex,
        PARTICIPANT.c.organization,
        PARTICIPANT.c.nationality,
        PARTICIPANT.c.email,
    ).where(*_person_where(text, basis, in_name_order=in_name_order))
    rows = conn.execute(
        _page(stmt, PERSON_COLUMNS[sort], descending, PARTICIPANT.c.id, offset, limit)
    )
    return [PersonRow(*row) for row in rows]


def events_of_person(conn: Connection, participant_id: str) -> list[tuple[str, str, date, str]]:
    """(event id, title, start date, role) of every event a person attended, newest first."""
    stmt = (
        select(EVENT.c.id, EVENT.c.title, EVENT.c.start_date, ATTENDANCE.c.role)
        .join(ATTENDANCE, ATTENDANCE.c.event_id == EVENT.c.id)
        .where(
            ATTENDANCE.c.participant_id == participant_id,
            ATTENDANCE.c.deleted_at.is_(None),
            EVENT.c.deleted_at.is_(None),
        )
        .order_by(EVENT.c.start_date.desc())
    )
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(stmt)]


def unsynced_count(conn: Connection) -> int:
    """Local writes that HQ has not yet acknowledged (sealed or not)."""
    stmt = select(func.count()).select_from(OUTBOX).where(OUTBOX.c.acked_at.is_(None))
    return int(conn.execute(stmt).scalar_one())


def possible_duplicates(conn: Connection, limit: int = 500) -> list[tuple[str, str, str]]:
    """Pairs (one id, other id, reason) of people who may be one person: the same normalised
    name and birth year, or the same e-mail (stored in lower case)."""
    p1, p2 = PARTICIPANT.alias("p1"), PARTICIPANT.alias("p2")
    alive = and_(
        p1.c.deleted_at.is_(None),
        p2.c.deleted_at.is_(None),
        p1.c.erased_at.is_(None),  # (erased people share a blank name: no one to merge)
        p2.c.erased_at.is_(None),
        p1.c.id < p2.c.id,
    )
    same_name = (
        select(p1.c.id, p2.c.id)
        .join(
            p2,
            and_(
                p1.c.name_key == p2.c.name_key,
                p1.c.birth_year.is_not_distinct_from(p2.c.birth_year),
            ),
        )
        .where(alive, p1.c.name_key != "")
        .limit(limit)
    )
    same_email = (
        select(p1.c.id, p2.c.id)
        .join(p2, p1.c.email == p2.c.email)
        .where(alive, p1.c.email.is_not(None))
        .limit(limit)
    )
    found: dict[tuple[str, str], str] = {}
    for stmt, reason in ((same_name, "same name and birth year"), (same_email, "same e-mail")):
        for a, b in conn.execute(stmt):
            found.setdefault((a, b), reason)
    return [(a, b, reason) for (a, b), reason in found.items()]


def person_record(conn: Connection, participant_id: str) -> dict[str, Any] | None:
    """One person's stored fields, for the People screen's editor (None when not there)."""
    row = (
        conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == participant_id))
        .mappings()
        .first()
    )
    return None if row is None else dict(row)


def named_duplicates(conn: Connection) -> list[tuple[str, str, str, str, str]]:
    """`possible_duplicates` with both names: (one id, other id, one name, other name, reason)."""
    pairs = possible_duplicates(conn)
    ids = {i for a, b, _ in pairs for i in (a, b)}
    rows = conn.execute(
        select(PARTICIPANT.c.id, PARTICIPANT.c.full_name).where(PARTICIPANT.c.id.in_(ids))
    )
    names = {pid: name for pid, name in rows}
    return [(a, b, names.get(a, "?"), names.get(b, "?"), reason) for a, b, reason in pairs]
