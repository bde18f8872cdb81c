"""Disclosure control (`sync.hq.disclosure`), against an attacker who knows everything shown:
over random breakdowns and sex × age tables, every count from 1 to 4 is withheld, and every
withheld count (and every withheld sex's total) still has two values consistent with the shown
counts, the published totals and "a withheld count is at least 1": found by a brute-force
search written here, not by the rule's own arithmetic. Shown counts and totals are exact."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.indicators import Indicators
from fieldapp.domain.vocab import FEMALE, SEX_NOT_RECORDED
from sync.hq.disclosure import SUPPRESSED, suppress_indicators, withheld

Constraint = tuple[frozenset[Hashable], int]  # these unknowns add up to this


def _feasible(unknowns: Sequence[Hashable], constraints: list[Constraint], fixed: dict) -> bool:
    """Whether the unknowns (each at least 1) can meet every constraint, ``fixed`` given."""
    bound = {
        u: min((v for members, v in constraints if u in members), default=10**6) for u in unknowns
    }
    order = [u for u in unknowns if u not in fixed]
    values = dict(fixed)

    def ok(partial: bool) -> bool:
        for members, total in constraints:
            done = sum(values[u] for u in members if u in values)
            left = [u for u in members if u not in values]
            if done + len(left) > total or done + sum(bound[u] for u in left) < total:
                return False
            if not left and done != total:
                return False
        return True

    def search(i: int) -> bool:
        if not ok(i < len(order)):
            return False
        if i == len(order):
            return True
        u = order[i]
        for v in range(1, bound[u] + 1):
            values[u] = v
            if search(i + 1):
                return True
        del values[u]
        return False

    return search(0)


def _values(
    u: Hashable, unknowns: Sequence[Hashable], constraints: list[Constraint], most: int = 2
) -> set[int]:
    """Up to ``most`` values ``u`` can take (the sum of several: a frozenset of unknowns)."""
    found: set[int] = set()
    top = min((v for members, v in constraints if u in members), default=10**6)
    for v in range(1, top + 1):
        if _feasible(unknowns, constraints, {u: v}):
            found.add(v)
            if len(found) == most:
                break
    return found


counts = st.integers(0, 9) | st.integers(0, 4)  # many small counts, some larger


@settings(max_examples=500, deadline=None)
@given(st.lists(counts, min_size=1, max_size=7))
def test_no_withheld_count_of_a_breakdown_can_be_worked_out(cells: list[int]) -> None:
    table = dict(enumerate(cells))
    total = sum(cells)
    hidden = withheld(table, total)
    assert {k for k, n in table.items() if 1 <= n <= 4} <= hidden  # primary
    assert all(table[k] > 0 for k in hidden)  # a zero is shown as 0
    unknowns = sorted(hidden)
    shown = sum(n for k, n in table.items() if k not in hidden)
    constraints = [(frozenset(unknowns), total - shown)] if unknowns else []
    recovered = [k for k in unknowns if len(_values(k, unknowns, constraints)) < 2]
    if recovered:  # only when nothing is left to withhold: every person alone, total = cells
        assert hidden == {k for k, n in table.items() if n > 0}
        assert total == len(hidden) or len(hidden) == 1  # each is 1, or one holds the total


SEXES = (FEMALE, "male", SEX_NOT_RECORDED)
BANDS = ("18-24", "25-34", "35-49", "50+")


def _figures(table: Mapping[tuple[str, str], int], org: Mapping[str, int]) -> Indicators:
    total = sum(table.values())
    women = sum(n for (s, _), n in table.items() if s == FEMALE)
    unknown = sum(n for (s, _), n in table.items() if s == SEX_NOT_RECORDED)
    recorded = total - unknown
    return Indicators(
        individuals_trained=total,
        participations=total + 3,
        participations_named=total + 3,
        participations_counted=0,
        events_held=2,
        women_share=round(women / recorded, 4) if recorded else None,
        sex_not_recorded=unknown,
        person_days=float(total),
        countries_reached=1,
        knowledge_gain_share=None,
        mean_knowledge_gain=None,
        mean_satisfaction=None,
        workshops_organized=1,
        breakdowns={
            "sex_age": [
                {"sex": s, "age_band": b, "individuals_trained": n}
                for (s, b), n in sorted(table.items())
                if n
            ],
            "organization_type": [{"key": k, "individuals_trained": n} for k, n in org.items()],
            "event_type": [{"key": "workshop", "events_held": 1}],
        },
    )


def _attacker_constraints(
    published: Indicators, exact: Indicators
) -> tuple[list[Any], list[Constraint], set[str]]:
    """What a reader of ``published`` knows of the withheld sex × age cells: each sex's count
    where the headline figures give it (not recorded; women from their share; a last sex as
    the rest), and the total; and the sexes whose count it knows."""
    total = published.individuals_trained
    rows = published.breakdowns["sex_age"]
    unknowns = [i for i, r in enumerate(rows) if r["individuals_trained"] == SUPPRESSED]
    known: dict[str, int] = {}
    if published.sex_not_recorded != SUPPRESSED:
        known[SEX_NOT_RECORDED] = int(published.sex_not_recorded)
        if isinstance(published.women_share, float):  # shown: women = share × recorded
            women = exact.breakdowns["sex_age"]  # the share rounds; the count it stands for:
            known[FEMALE] = sum(r["individuals_trained"] for r in women if r["sex"] == FEMALE)
    present = {r["sex"] for r in rows}
    if len(present - known.keys()) == 1:
        [last] = present - known.keys()
        known[last] = total - sum(known.values())
    constraints: list[Constraint] = []

    def add(members: list[int], value: int) -> None:
        hidden = frozenset(i for i in members if i in unknowns)
        shown = sum(int(rows[i]["individuals_trained"]) for i in members if i not in unknowns)
        if hidden:
            constraints.append((hidden, value - shown))
        else:
            assert shown == value  # nothing withheld: the shown cells add up

    add(list(range(len(rows))), total)
    for sex, value in known.items():
        add([i for i, r in enumerate(rows) if r["sex"] == sex], value)
    return unknowns, constraints, set(known)


tables = st.dictionaries(
    st.tuples(st.sampled_from(SEXES), st.sampled_from(BANDS)), counts, min_size=1, max_size=6
)


@settings(max_examples=400, deadline=None)
@given(tables)
def test_no_withheld_cell_of_the_sex_by_age_table_can_be_worked_out(
    table: dict[tuple[str, str], int],
) -> None:
    exact = _figures(table, {})
    published = suppress_indicators(exact)
    rows, before = published.breakdowns["sex_age"], exact.breakdowns["sex_age"]
    # Totals exact; every shown count exact; every count from 1 to 4 withheld.
    assert published.individuals_trained == exact.individuals_trained
    assert published.participations == exact.participations
    for shown, was in zip(rows, before, strict=True):
        n = was["individuals_trained"]
        assert shown["individuals_trained"] in (n, SUPPRESSED)
        assert n >= 5 or shown["individuals_trained"] == SUPPRESSED
    margin = {s: sum(n for (x, _), n in table.items() if x == s) for s in SEXES}
    if 1 <= margin[SEX_NOT_RECORDED] <= 4:
        assert published.sex_not_recorded == SUPPRESSED
    if 1 <= margin[FEMALE] <= 4:
        assert published.women_share == SUPPRESSED  # the share would give the count
    if published.women_share != SUPPRESSED:
        assert published.women_share == exact.women_share
    # An attacker with every published figure finds two values for every withheld cell and
    # every sex whose count is withheld, unless nothing is left to withhold.
    unknowns, constraints, known = _attacker_constraints(published, exact)
    recovered = [i for i in unknowns if len(_values(i, unknowns, constraints)) < 2]
    for sex in set(SEXES) - known:  # a sex whose count is withheld, as are all its cells
        members = frozenset(i for i in unknowns if rows[i]["sex"] == sex)
        if members and all(i in unknowns for i, r in enumerate(rows) if r["sex"] == sex):
            sums: set[int] = set()
            for v in range(len(members), exact.individuals_trained + 1):
                if _feasible(unknowns, [*constraints, (members, v)], {}):
                    sums.add(v)
                    if len(sums) == 2:
                        break
            if len(sums) < 2:
                recovered.append(sex)
    if recovered:  # only when nothing is left to withhold
        assert all(r["individuals_trained"] == SUPPRESSED for r in rows), (table, recovered)
        alone = exact.individuals_trained == len(rows)  # everyone alone in their cell
        one = len(rows) == 1 or len({r["sex"] for r in rows}) == 1  # the total says it
        assert alone or one, (table, recovered)


def test_an_admin_s_exact_three_is_an_analyst_s_less_than_five_with_its_complement() -> None:
    exact = _figures({(FEMALE, "25-34"): 3, ("male", "25-34"): 7}, {"police": 7, "judiciary": 3})
    published = suppress_indicators(exact)
    cells = {r["sex"]: r["individuals_trained"] for r in published.breakdowns["sex_age"]}
    kinds = {r["key"]: r["individuals_trained"] for r in published.breakdowns["organization_type"]}
    # 3 women and a total of 10: the 7 men would give them back, so both are withheld.
    assert cells == {FEMALE: SUPPRESSED, "male": SUPPRESSED}
    assert kinds == {"police": SUPPRESSED, "judiciary": SUPPRESSED}
    assert published.women_share == SUPPRESSED  # 0.3 of 10 would say 3
    assert published.individuals_trained == 10 and published.sex_not_recorded == 0
    assert exact.breakdowns["sex_age"][0]["individuals_trained"] == 3  # the input untouched


def test_withheld_sexes_whose_people_are_each_alone_in_an_age_band_take_another_with_them() -> None:
    # 2 women and 2 men, each alone in an age band, beside 5 people whose sex is not recorded:
    # withholding women and men alone would leave 4 people for 4 cells (each 1).
    table = {(FEMALE, "18-24"): 1, (FEMALE, "25-34"): 1, ("male", "18-24"): 1}
    table |= {("male", "35-49"): 1, (SEX_NOT_RECORDED, "50+"): 5}
    published = suppress_indicators(_figures(table, {}))
    assert all(r["individuals_trained"] == SUPPRESSED for r in published.breakdowns["sex_age"])
    assert published.sex_not_recorded == SUPPRESSED and published.women_share == SUPPRESSED
    unknowns, constraints, known = _attacker_constraints(published, _figures(table, {}))
    assert not known
    assert all(len(_values(i, unknowns, constraints)) == 2 for i in unknowns)
