"""The oracle of the property test: `count_tally` as it was before issue 17 (commit 29b790c),
copying the period's rows into scratch tables, then one aggregation per figure. Slow and
plain; kept only to say what the new statements must give."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    and_,
    case,
    distinct,
    false,
    func,
    insert,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select
from sqlalchemy.sql.sqltypes import NullType

from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.indicator_sql import (
    attendee_band,
    counted_rows,
    event_days,
    month,
    named_rows,
    quarter,
)
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.vocab import (
    FEMALE,
    NOT_RECORDED,
    SEX_NOT_RECORDED,
    EventStatus,
    TagKind,
    age_band_bounds,
)

if TYPE_CHECKING:
    from fieldapp.domain.indicators import IndicatorTables, Period


def scratch_table(
    conn: Connection, name: str, stmt: Select[Any], index: tuple[str, ...] = ()
) -> Table:
    columns = [
        Column(c.name, String() if isinstance(c.type, NullType) else c.type)
        for c in stmt.selected_columns
    ]
    table = Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])
    conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    table.create(conn)
    conn.execute(insert(table).from_select([c.name for c in columns], stmt))
    if index:
        conn.execute(text(f"CREATE INDEX {name}_ix ON {name} ({', '.join(index)})"))
    return table


def count_tally(
    conn: Connection,
    tables: IndicatorTables,
    period: Period,
    *,
    office_id: str | None = None,
    office_ids: Collection[str] | None = None,
    event_id: str | None = None,
    lists: CodeLists | None = None,
) -> Tally:
    """The `Tally` of the events of ``period`` (of one office, of ``office_ids`` (empty:
    none), or of one event), counted from the records. ``lists`` say which event types are
    training (None: the lists in use in this process)."""
    query = _Query(conn, tables, period, office_id, event_id, lists, office_ids)
    try:
        return query.run()
    finally:
        query.drop()


class _Query:
    """One computation: the period's rows are selected once into scratch tables, then each
    figure is an aggregation over them."""

    def __init__(
        self,
        conn: Connection,
        t: IndicatorTables,
        period: Period,
        office_id: str | None,
        event_id: str | None = None,
        lists: CodeLists | None = None,
        office_ids: Collection[str] | None = None,
    ) -> None:
        self.conn = conn
        self.office_ids = None if office_ids is None else sorted(office_ids)
        self.lists = codelists() if lists is None else lists
        self.event_id = event_id
        self.t = t
        self.period = period
        self.office_id = office_id
        self.scratch: list[Table] = []

    def _scratch(self, name: str, stmt: Any, index: tuple[str, ...] = ()) -> Table:
        table = scratch_table(self.conn, name, stmt, index)
        self.scratch.append(table)
        return table

    def drop(self) -> None:
        for table in reversed(self.scratch):
            table.drop(self.conn, checkfirst=False)

    def build(self) -> None:
        t, period = self.t, self.period
        e, a, p, hc = t.event, t.attendance, t.participant, t.head_count
        cond = [e.c.status == EventStatus.HELD.value, e.c.deleted_at.is_(None)]
        if period.start is not None:
            cond.append(e.c.start_date >= period.start)
        if period.end is not None:
            cond.append(e.c.start_date <= period.end)
        if self.office_id is not None:
            cond.append(e.c.office_id == self.office_id)
        if self.office_ids is not None:
            cond.append(e.c.office_id.in_(self.office_ids) if self.office_ids else false())
        if self.event_id is not None:
            cond.append(e.c.id == self.event_id)
        training = e.c.event_type.in_(self.lists.training_event_types)
        self.held = self._scratch(
            "ind_held",
            select(
                e.c.id,
                e.c.office_id,
                e.c.event_type,
                func.coalesce(e.c.programme, literal(NOT_RECORDED)).label("programme"),
                func.coalesce(e.c.working_group, literal(NOT_RECORDED)).label("working_group"),
                e.c.start_date,
                month(e.c.start_date).label("month"),
                quarter(e.c.start_date).label("quarter"),
                event_days(e.c.start_date, e.c.end_date).label("days"),
                case((training, 1), else_=0).label("training"),
            ).where(*cond),
            index=("id",),
        )
        held = self.held
        # One row per participant-role attendance at a held event. (Deleting a person or an
        # event also tombstones its attendance, so the people table need not be read here.)
        self.att = self._scratch(
            "ind_att",
            select(
                a.c.participant_id,
                a.c.event_id,
                held.c.training,
                held.c.start_date,
                held.c.programme,
                held.c.working_group,
                held.c.month,
                held.c.quarter,
                func.coalesce(a.c.days_attended, held.c.days).label("days"),
                a.c.pre_test_score,
                a.c.post_test_score,
                a.c.satisfaction,
                a.c.age_band.label("att_band"),
            )
            .select_from(held)
            # (at HQ, only an office's own attendance counts at its events)
            .join(a, and_(a.c.event_id == held.c.id, a.c.office_id == held.c.office_id))
            .where(*named_rows(a)),
            index=("event_id",),
        )
        self.hc = self._scratch(
            "ind_hc",
            select(
                hc.c.event_id,
                hc.c.sex,
                hc.c.age_band,
                hc.c.count,
                held.c.training,
                held.c.days,
                held.c.programme,
                held.c.working_group,
                held.c.month,
                held.c.quarter,
            )
            .select_from(held)
            .join(hc, and_(hc.c.event_id == held.c.id, hc.c.office_id == held.c.office_id))
            .where(*counted_rows(hc)),
        )
        # One row per individual trained who was registered, with their age band at their
        # first training event of the period (`attendee_band`: at HQ, which may hold no birth
        # year, the band the attendance carries gives the same figure).
        att = self.att
        # (A person's band can only grow older from one event to the next: the band at their
        # first event is the youngest their attendance carries, found in the same one pass.)
        youngest = sorted(age_band_bounds(), key=lambda b: b[1])
        rank = case({band: n for n, (band, _, _) in enumerate(youngest)}, value=att.c.att_band)
        first = (
            select(
                att.c.participant_id,
                func.min(att.c.start_date).label("first_date"),
                func.min(rank).label("att_rank"),
            )
            .where(att.c.training == 1)
            .group_by(att.c.participant_id)
            .subquery("first")
        )
        kept = case({n: band for n, (band, _, _) in enumerate(youngest)}, value=first.c.att_rank)
        self.people = self._scratch(
            "ind_people",
            select(
                p.c.sex,
                attendee_band(p, first.c.first_date, kept).label("age_band"),
                func.coalesce(p.c.organization_type, literal(NOT_RECORDED)).label("org_type"),
            ).join(first, first.c.participant_id == p.c.id),
        )

    def run(self) -> Tally:
        self.build()
        att, hc, held, people = self.att, self.hc, self.held, self.people
        tally = Tally()
        hc_train = hc.c.training == 1
        registered = self.conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((people.c.sex == FEMALE, 1), else_=0)), 0),
                func.coalesce(func.sum(case((people.c.sex == SEX_NOT_RECORDED, 1), else_=0)), 0),
            ).select_from(people)
        ).one()
        counted = self.conn.execute(
            select(
                func.coalesce(func.sum(case((hc_train, hc.c.count), else_=0)), 0),
                func.coalesce(
                    func.sum(case((and_(hc_train, hc.c.sex == FEMALE), hc.c.count), else_=0)), 0
                ),
                func.coalesce(
                    func.sum(
                        case((and_(hc_train, hc.c.sex == SEX_NOT_RECORDED), hc.c.count), else_=0)
                    ),
                    0,
                ),
                func.coalesce(func.sum(hc.c.count), 0),
                func.coalesce(func.sum(case((hc_train, hc.c.count * hc.c.days), else_=0)), 0),
            )
        ).one()
        tally.trained_named = int(registered[0])
        tally.trained_counted = int(counted[0])
        tally.women = int(registered[1]) + int(counted[1])
        tally.sex_not_recorded = int(registered[2]) + int(counted[2])
        tally.participations_counted = int(counted[3])

        att_train = att.c.training == 1
        both = and_(
            att_train, att.c.pre_test_score.is_not(None), att.c.post_test_score.is_not(None)
        )
        gain = att.c.post_test_score - att.c.pre_test_score
        att_row = self.conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((att_train, att.c.days), else_=0)), 0),
                func.coalesce(func.sum(case((both, 1), else_=0)), 0),
                func.coalesce(func.sum(case((and_(both, gain > 0), 1), else_=0)), 0),
                func.coalesce(func.sum(case((both, gain), else_=None)), 0),
                func.coalesce(func.sum(att.c.satisfaction), 0),
                func.count(att.c.satisfaction),
            )
        ).one()
        tally.participations_named = int(att_row[0])
        tally.person_days = float(att_row[1]) + float(counted[4])
        tally.with_scores = int(att_row[2])
        tally.gained = int(att_row[3])
        tally.gain_sum = float(att_row[4])
        tally.satisfaction_sum = float(att_row[5])
        tally.satisfaction_n = int(att_row[6])
        tally.events_by_type = {
            str(k): int(n)
            for k, n in self.conn.execute(
                select(held.c.event_type, func.count()).group_by(held.c.event_type)
            )
        }
        self.breakdowns(tally)
        return tally

    def breakdowns(self, tally: Tally) -> None:
        held, tag = self.held, self.t.event_tag
        self.sex_age(tally)
        self.organization_type(tally)
        self.nationality(tally)
        for name, kind in (
            ("country", TagKind.COUNTRY),
            ("outcome", TagKind.OUTCOME),
            ("pillar", TagKind.PILLAR),
        ):
            self.by_event_group(
                tally,
                name,
                select(tag.c.event_id, tag.c.code.label("key"))
                .select_from(held)
                .join(tag, tag.c.event_id == held.c.id)
                .where(tag.c.kind == kind.value),
            )
        for name in ("programme", "working_group", "month", "quarter"):
            self.by_event_attribute(tally, name)

    def sex_age(self, tally: Tally) -> None:
        people, hc = self.people, self.hc
        rows = union_all(
            select(
                people.c.sex.label("sex"),
                people.c.age_band.label("age_band"),
                literal(1).label("n"),
            ),
            select(hc.c.sex, hc.c.age_band, hc.c.count).where(hc.c.training == 1),
        ).subquery()
        stmt = select(rows.c.sex, rows.c.age_band, func.sum(rows.c.n)).group_by(
            rows.c.sex, rows.c.age_band
        )
        for s, b, n in self.conn.execute(stmt):
            tally.add_sex_age(s, b, int(n))

    def nationality(self, tally: Tally) -> None:
        """People registered as participants, each once over the period, per nationality."""
        att, p = self.att, self.t.participant
        who = select(att.c.participant_id).distinct().subquery("who")
        # (grouped by a subquery's column: PostgreSQL does not see two bound literals as one)
        rows = (
            select(func.coalesce(p.c.nationality, literal(NOT_RECORDED)).label("key"))
            .select_from(who)
            .join(p, p.c.id == who.c.participant_id)
            .subquery("nationalities")
        )
        stmt = select(rows.c.key, func.count()).group_by(rows.c.key)
        tally.nationality = {k: int(n) for k, n in self.conn.execute(stmt)}

    def organization_type(self, tally: Tally) -> None:
        people, hc = self.people, self.hc
        rows = union_all(
            select(people.c.org_type.label("key"), literal(1).label("n")),
            select(literal(NOT_RECORDED), hc.c.count).where(hc.c.training == 1),
        ).subquery()
        stmt = select(rows.c.key, func.sum(rows.c.n)).group_by(rows.c.key)
        tally.organization_type = {k: int(n) for k, n in self.conn.execute(stmt)}

    def by_event_group(self, tally: Tally, name: str, groups: Any) -> None:
        """Events held, individuals trained and participations per label (country, outcome)."""
        g = groups.cte("g")
        att, hc = self.att, self.hc
        self._per_key(
            tally,
            name,
            select(g.c.key, func.count(distinct(g.c.event_id))).group_by(g.c.key),
            select(g.c.key, *self._att_figures())
            .select_from(g)
            .join(att, att.c.event_id == g.c.event_id)
            .group_by(g.c.key),
            select(g.c.key, *self._hc_figures())
            .select_from(g)
            .join(hc, hc.c.event_id == g.c.event_id)
            .group_by(g.c.key),
        )

    def by_event_attribute(self, tally: Tally, name: str) -> None:
        """The same figures per value of an event column copied into the scratch tables."""
        held, att, hc = self.held, self.att, self.hc
        self._per_key(
            tally,
            name,
            select(held.c[name], func.count()).group_by(held.c[name]),
            select(att.c[name], *self._att_figures()).group_by(att.c[name]),
            select(hc.c[name], *self._hc_figures()).group_by(hc.c[name]),
        )

    def _att_figures(self) -> list[Any]:
        """(individuals trained, participations) of registered people, for a GROUP BY."""
        att = self.att
        trained = case((att.c.training == 1, att.c.participant_id), else_=None)
        return [func.count(distinct(trained)), func.count()]

    def _hc_figures(self) -> list[Any]:
        hc = self.hc
        return [func.sum(case((hc.c.training == 1, hc.c.count), else_=0)), func.sum(hc.c.count)]

    def _per_key(self, tally: Tally, name: str, events: Any, registered: Any, counted: Any) -> None:
        """Add the per-key events, registered and counted figures to ``tally``'s ``name``."""
        for key, n in self.conn.execute(events):
            tally.add_group(name, key, int(n), 0, 0)
        for stmt in (registered, counted):
            for key, ind, par in self.conn.execute(stmt):
                tally.add_group(name, key, 0, int(ind or 0), int(par or 0))
