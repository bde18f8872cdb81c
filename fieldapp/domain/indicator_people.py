"""The people behind the indicators, each counted once: one pass over the period's attendance
grouped by person gives every distinct count of `count_tally` (statement 3 of
`fieldapp.domain.indicator_query`).

Each person's row says whether they took part in a training event, the year of their first
one and the youngest band their attendance there carries (their age band), and, for every
label of a training event (programme, working group, month, quarter, country, outcome,
pillar), how many of their training participations carried it. Those counts are packed into a few integers (`Layout`),
so the pass sums a few columns instead of grouping the attendance once per breakdown:

- an event adds 1 to the field of each of its labels; a person's field for a label holds at
  most the participations the period's training events carrying it had (`Bounds`), so a
  field one bit wider than that never carries into its neighbour;
- a person was trained under a label when its field is above zero: adding 2**(w-1) - 1 to
  every field of width w sets its top bit exactly then, and shifting the word right by
  w - 1 leaves a 1 or a 0 at the bottom of each field;
- those summed over people count the people trained per label, each below the same bound,
  so the sums stay in their fields too.

PostgreSQL has a bitwise aggregate: there a person's word is the ``bit_or`` of their events'
(each sets the bottom bit of its labels' fields), with no sum to carry and nothing to shift
(13 sums of 47k rows were a fifth of an office's count over four years).

The persons are then grouped by what the breakdowns need of them (sex, age band,
organization type, nationality), a small result read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import CTE, BigInteger, Integer, and_, case, cast, func, literal, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from fieldapp.domain.indicator_sql import (
    EVENT_TAGS,
    any_bits,
    attendee_band_in,
    month,
    named_rows,
    quarter,
    read_through,
    year,
)
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.vocab import FEMALE, NOT_RECORDED, SEX_NOT_RECORDED, age_band_bounds

if TYPE_CHECKING:
    from fieldapp.domain.indicator_query import Scope

WORD_BITS = 62  # the bits of a packed integer used (a SQLite integer is signed, 64 bits)
# The indexes holding what is read here of a person: the field store's, and HQ's if it has one.
PERSON_FACTS = ("ix_participant_facts", "ix_hq_participant_facts")
# HQ's index of the same by office (schema 9).
OFFICE_PERSON_FACTS = ("ix_hq_participant_office_facts",)
_FACTS = ("sex", "birth_year", "age_band", "organization_type", "nationality")
ATTEMPTS = 3


@dataclass
class Bounds:
    """What the events' statement says of the people's: per (breakdown, label) of the
    period's training events, their participations by registered people (the most a
    person's field or the people trained under it can reach), and those at any label."""

    labels: dict[tuple[str, str], int] = field(default_factory=dict)
    trainings: int = 0


@dataclass(frozen=True)
class Field:
    name: str  # the breakdown
    key: str  # the label
    word: int
    offset: int


@dataclass(frozen=True)
class Layout:
    """Where each (breakdown, label) is counted: a field of ``widths[word]`` bits at
    ``offset`` in one of a few packed integers."""

    fields: tuple[Field, ...]
    widths: tuple[int, ...]

    @classmethod
    def of(cls, bounds: dict[tuple[str, str], int]) -> Layout:
        """Fields as narrow as ``bounds`` allow, the narrow ones together in a word."""
        fields: list[Field] = []
        widths: list[int] = []
        in_word = 0
        for (name, key), most in sorted(bounds.items(), key=lambda b: (b[1], b[0])):
            width = most.bit_length() + 1  # (sorted: the widest of its word so far)
            if not widths or (in_word + 1) * width > WORD_BITS:
                widths.append(width)
                in_word = 0
            widths[-1] = width
            fields.append(Field(name, key, len(widths) - 1, in_word))
            in_word += 1
        return cls(
            tuple(Field(f.name, f.key, f.word, f.offset * widths[f.word]) for f in fields),
            tuple(widths),
        )

    def adds(self, name: str, word: int) -> dict[str, int]:
        """The labels of ``name`` in ``word``, each with what an event carrying it adds."""
        return {f.key: 1 << f.offset for f in self.fields if f.name == name and f.word == word}

    def present(self, events: Any, word: int) -> Any:
        """The aggregate giving, of a person's ``events`` (what each adds to ``word``), 1 at
        the bottom of each field of ``word`` one of them carried, else 0."""
        total = cast(func.sum(events), BigInteger)
        return any_bits(events, self.presence(total, word))

    def presence(self, total: Any, word: int) -> Any:
        """1 at the bottom of each field of ``total`` (a person's sum of ``word``) above
        zero, else 0."""
        width = self.widths[word]
        offsets = [f.offset for f in self.fields if f.word == word]
        add = sum(((1 << (width - 1)) - 1) << off for off in offsets)
        top = sum(1 << (width - 1 + off) for off in offsets)
        shift = literal(width - 1, Integer)  # (PostgreSQL shifts a bigint by an integer)
        return ((total + _int(add)).op("&")(_int(top))).op(">>")(shift)

    def counts(self, word: int, total: int) -> list[tuple[Field, int]]:
        """The fields of ``word`` in ``total`` (a sum of `presence`)."""
        mask = (1 << self.widths[word]) - 1
        return [(f, (total >> f.offset) & mask) for f in self.in_word[word]]

    @cached_property
    def in_word(self) -> tuple[tuple[Field, ...], ...]:
        """The fields of each word."""
        return tuple(tuple(f for f in self.fields if f.word == n) for n in range(len(self.widths)))


def count_people(conn: Connection, scope: Scope, bounds: Bounds, tally: Tally) -> None:
    """Add the people's figures to ``tally``: individuals trained (women, sex not recorded,
    by sex and age band, by organization type), nationalities, and the individuals trained
    per label of ``bounds``."""
    layout = Layout.of(bounds.labels)
    # (SQLite has no LATERAL, and looks each person up in an index however asked)
    postgres = conn.dialect.name == "postgresql"
    for _ in range(ATTEMPTS):
        rows = conn.execute(_people(scope, layout, postgres)).all()
        trainings = sum(int(r.trainings or 0) for r in rows)
        if trainings == bounds.trainings:
            break
        # Another snapshot than the events' statement saw (a transaction isolation below
        # repeatable read): count again with fields as wide as every participation needs.
        everything = max(trainings, bounds.trainings)
        layout = Layout.of({label: everything for label in bounds.labels})
        bounds.trainings = trainings
    else:
        raise RuntimeError("The indicators' statements kept seeing different data.")
    for r in rows:
        n = int(r.n)
        if r.known:
            tally.nationality[r.nationality] = tally.nationality.get(r.nationality, 0) + n
            if r.trained:
                tally.trained_named += n
                tally.women += n if r.sex == FEMALE else 0
                tally.sex_not_recorded += n if r.sex == SEX_NOT_RECORDED else 0
                tally.add_sex_age(r.sex, r.age_band, n)
                org = tally.organization_type
                org[r.org_type] = org.get(r.org_type, 0) + n
        for word, total in enumerate(r[8:]):
            for f, trained in layout.counts(word, int(total)):
                if trained:
                    tally.add_group(f.name, f.key, 0, trained, 0)


@lru_cache(maxsize=64)
def _people(scope: Scope, layout: Layout, postgres: bool) -> Any:
    """The people's statement (built once per scope, layout and dialect)."""
    t = scope.tables
    e, a, tag = t.event, t.attendance, t.event_tag
    columns: dict[str, ColumnElement[Any]] = {
        "programme": func.coalesce(e.c.programme, literal(NOT_RECORDED)),
        "working_group": func.coalesce(e.c.working_group, literal(NOT_RECORDED)),
        "month": month(e.c.start_date),
        "quarter": quarter(e.c.start_date),
    }
    tag_names = {name: kind for kind, name in EVENT_TAGS.items()}

    words = range(len(layout.widths))
    kinds = list(tag_names.values())
    # What an event's tags add to each packed integer with a tag label in it.
    tag_adds = {
        n: case(*whens, else_=_int(0))
        for n in words
        if (
            whens := [
                (and_(tag.c.kind == kind, tag.c.code == code), _int(bits))
                for name, kind in tag_names.items()
                for code, bits in layout.adds(name, n).items()
            ]
        )
    }
    of_event = (tag.c.event_id == e.c.id, tag.c.kind.in_(kinds))
    tagged: dict[int, Any]
    if postgres and tag_adds:  # an event's tags read once, for every word
        summed = (func.coalesce(func.sum(c), 0) for c in tag_adds.values())
        tags = select(*(cast(s, BigInteger) for s in summed)).where(*of_event).lateral("tags")
        tagged = dict(zip(tag_adds, tags.c, strict=True))
    else:  # once a word (PostgreSQL: a bigint, not numeric)
        tagged = {
            n: cast(
                select(func.coalesce(func.sum(c), 0)).where(*of_event).scalar_subquery(), BigInteger
            )
            for n, c in tag_adds.items()
        }

    def word(n: int) -> ColumnElement[int]:
        """What an event adds to packed integer ``n``: its labels' fields (training only)."""
        terms: list[Any] = []
        for name, column in columns.items():
            if adds := layout.adds(name, n):
                terms.append(case(_ints(adds), value=column, else_=_int(0)))
        if n in tagged:
            terms.append(tagged[n])
        total = terms[0]
        for term in terms[1:]:
            total = total + term
        return case((scope.training() == 1, total), else_=_int(0))

    held = scope.held(year(e.c.start_date).label("year"), *(word(n).label(f"w{n}") for n in words))
    training = held.c.training == 1
    # A person's band at their first training event is the youngest band their attendance
    # there carries (a band only grows older), found in the same pass.
    youngest = sorted(age_band_bounds(), key=lambda b: b[1])
    rank = case({band: n for n, (band, _, _) in enumerate(youngest)}, value=a.c.age_band)
    per = (
        select(
            a.c.participant_id.label("pid"),
            func.sum(held.c.training).label("trainings"),
            func.min(case((training, held.c.year))).label("first_year"),
            func.min(case((training, rank))).label("att_rank"),
            *(layout.present(held.c[f"w{n}"], n).label(f"q{n}") for n in words),
        )
        .select_from(scope.attendance_of(held))
        .where(*named_rows(a))
        .group_by(a.c.participant_id)
        .cte("per")
    )
    people = _persons(scope, per, words, youngest, postgres).subquery("people")
    # (grouped by a subquery's columns: PostgreSQL does not see two bound literals as one)
    keys = [people.c[c] for c in ("known", "trained", "sex", "age_band", "org_type")]
    keys.append(people.c.nationality)
    return select(
        *keys,
        func.count().label("n"),
        func.sum(people.c.trainings).label("trainings"),
        *(func.sum(people.c[f"q{n}"]) for n in words),
    ).group_by(*keys)


def _persons(scope: Scope, per: CTE, words: range, youngest: list[Any], postgres: bool) -> Any:
    """Each person of ``per`` (their attendance summed) with what the breakdowns need of
    them. Counting one office on PostgreSQL where HQ indexes its people by
    office, the office's own people are read from one range of that index and joined at
    once (a person's facts are otherwise looked up one by one, all over the people's
    index); a person not found there (of another office, or not arrived) is looked up
    among all the people, as every person is otherwise."""
    people = scope.tables.participant
    anyone = read_through(people, *PERSON_FACTS)
    own = read_through(people, *OFFICE_PERSON_FACTS)
    if not postgres or scope.office_id is None or own is people:
        return select(*_person(anyone, per, words, youngest)).select_from(
            per.outerjoin(anyone, anyone.c.id == per.c.pid)
        )
    facts = [own.c[name] for name in ("id", *_FACTS)]
    mine = and_(own.c.office_id == scope.office_id, own.c.id == per.c.pid)
    found = (
        select(per, *facts)
        .select_from(per.outerjoin(own, mine))
        .cte("found")
        .prefix_with("MATERIALIZED")
    )
    return union_all(
        select(*_person(found, found, words, youngest)).where(found.c.id.is_not(None)),
        select(*_person(anyone, found, words, youngest))
        .select_from(found.outerjoin(anyone, anyone.c.id == found.c.pid))
        .where(found.c.id.is_(None)),
    )


def _person(p: Any, per: Any, words: range, youngest: list[Any]) -> list[Any]:
    """The columns of a person of ``per`` whose facts are ``p``'s (None: not found)."""
    trained = per.c.trainings > 0
    kept = case({n: band for n, (band, _, _) in enumerate(youngest)}, value=per.c.att_rank)
    return [
        case((p.c.id.is_not(None), 1), else_=0).label("known"),
        case((trained, 1), else_=0).label("trained"),
        case((trained, p.c.sex)).label("sex"),
        case((trained, attendee_band_in(p, per.c.first_year, kept))).label("age_band"),
        case((trained, func.coalesce(p.c.organization_type, literal(NOT_RECORDED)))).label(
            "org_type"
        ),
        func.coalesce(p.c.nationality, literal(NOT_RECORDED)).label("nationality"),
        per.c.trainings,
        *(per.c[f"q{n}"] for n in words),
    ]


def _int(value: int) -> Any:
    """A bound integer: one statement (compiled once) serves every layout of its shape."""
    return literal(value, BigInteger)


def _ints(values: dict[str, int]) -> dict[str, Any]:
    return {k: _int(v) for k, v in values.items()}
