"""Disclosure control: HQ's figures as a reader below admin sees them, no group of 1 to 4
people countable, nor computable from what is shown (issue 16; pure, no SQL).

The rule, for one breakdown of a published total (`withheld`):

- *primary*: every count from 1 to 4 is withheld, shown as `SUPPRESSED` ("<5"); 0 is shown.
- *complementary*: the reader knows the shown counts, the total and that a withheld count is
  at least 1 (zeros are shown). With W withheld counts and R = total − shown sum left for them,
  each lies between 1 and R − (W − 1): it is given away when W = 1, or when R = W (all are 1).
  While that is so, the smallest shown non-zero count is withheld too. A complementary count
  is shown with the same "<5": one marker, so a reader cannot tell which withheld count is the
  small one (the API documents the marker as "withheld: under 5, or so that one under 5
  cannot be worked out").
- When every non-zero count is withheld and still R = W (each is 1: two people, two
  categories, total 2), nothing short of hiding which categories occur would hide it; the
  total is a headline and stays exact, so that case is left as it is (a total of 2 is public).

*Two-way tables* (sex × age band) are published with one margin known: women's share and the
people whose sex is not recorded are headline figures, so each sex's count can be worked out.
`withheld_nested` treats the table as rows (sexes) of cells (age bands) under that margin:
the margin is suppressed as a breakdown of the total; a row whose count is withheld has all
its cells withheld (else they would add up to it), and those cells form one pool whose sum
(total − shown rows) must leave each cell, and each withheld row, two possible values
(R > cells in the pool; else the smallest shown row joins them); a row shown is suppressed on
its own, with its count as the total. Age bands have no published margin, so no column rule
is needed.

*Shares*: women's share is withheld (shown as "<5") whenever the women or the people whose sex
is not recorded are withheld: the share, the total and the not-recorded count give the number
of women back, and rounding would only narrow it, not hide it.

*Several breakdowns of one total* (sex × age, organization type; each suppressed on its own):
the cross table of two breakdowns is never published, and any two breakdowns with the same
total can be filled into some cross table whatever their withheld counts are (a transport
problem with equal sums always has a solution), so the shown cells of one breakdown put no
bound on a withheld cell of another beyond the total, which each suppression already allows
for. A nested breakdown (sex within sex × age) is the exception, and is suppressed with it.

*What is withheld*: counts of people by who they are (sex and age band, organization type,
nationality): the attributes that single a trainee out. Counts by what the events were
(country, outcome, programme, month, quarter: events held, individuals, participations) are
shown exact: they are the events' sizes, which the events export lists event by event (a
reader counts a month's participants from it), so withholding them would hide nothing; and
they tell nothing of who took part. Likewise the attendance export gives a reader below
admin no sex, age band, organization type or nationality (`sync.hq.exports`), else its rows
would count every withheld cell back. Not covered: differences between two requests (a
period and the same period one day longer) can show what one event added to a shown count;
a cell under 5 in either request is withheld, but shown counts of 5 and more are exact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Mapping
from typing import Any, Final, TypeVar

from fieldapp.domain.indicators import Indicators
from fieldapp.domain.vocab import FEMALE, SEX_NOT_RECORDED

THRESHOLD: Final = 5  # counts 1..THRESHOLD-1 are withheld
SUPPRESSED: Final = "<5"  # what a withheld count (or share) is shown as

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)


def _order(value: int, key: Hashable) -> tuple[int, str]:
    return value, repr(key)  # the smallest first; ties broken the same way every time


def exposed(cells: Mapping[K, int], hidden: set[K], total: int) -> bool:
    """Whether a reader who knows the shown cells, ``total`` and that each withheld cell is at
    least 1 can work out a withheld cell."""
    if not hidden:
        return False
    left = total - sum(n for k, n in cells.items() if k not in hidden)
    return len(hidden) == 1 or left <= len(hidden)


def withheld(cells: Mapping[K, int], total: int | None = None) -> set[K]:
    """The keys of ``cells`` (one breakdown of ``total``, default their sum) to withhold:
    counts 1 to 4, then the smallest shown ones until none of them can be worked out."""
    total = sum(cells.values()) if total is None else total
    hidden = {k for k, n in cells.items() if 0 < n < THRESHOLD}
    while exposed(cells, hidden, total):
        shown = [k for k, n in cells.items() if k not in hidden and n > 0]
        if not shown:
            break  # every non-zero cell is withheld: the total itself gives them (see above)
        hidden.add(min(shown, key=lambda k: _order(cells[k], k)))
    return hidden


def withheld_nested(
    rows: Mapping[R, Mapping[C, int]],
    row_totals: Mapping[R, int] | None = None,
    total: int | None = None,
) -> tuple[set[R], set[tuple[R, C]]]:
    """(rows whose count is withheld, (row, cell) pairs withheld) in a two-way table whose row
    counts (``row_totals``, default the sums of ``rows``) and ``total`` (default their sum)
    are published (module docstring)."""
    totals = {r: sum(cells.values()) for r, cells in rows.items()}
    if row_totals is not None:
        totals.update(row_totals)
    total = sum(totals.values()) if total is None else total
    hidden_rows = withheld(totals, total)
    while True:
        _pool_safe(rows, totals, total, hidden_rows)
        cells: set[tuple[R, C]] = set()
        for r, row in rows.items():
            if r in hidden_rows:
                cells |= {(r, c) for c, n in row.items() if n > 0}
                continue
            in_row = withheld(row, totals[r])
            if exposed(row, in_row, totals[r]):  # all of a shown row's cells are 1: hide it
                hidden_rows.add(r)
                break
            cells |= {(r, c) for c in in_row}
        else:
            return hidden_rows, cells


def _pool_safe(
    rows: Mapping[R, Mapping[C, int]], totals: Mapping[R, int], total: int, hidden: set[R]
) -> None:
    """Withhold more rows until the cells of the withheld rows, together, leave each of them
    and each withheld row two possible values (or no row is left to withhold)."""
    while hidden:
        pool = sum(1 for r in hidden for n in rows.get(r, {}).values() if n > 0)
        left = total - sum(n for r, n in totals.items() if r not in hidden)
        if len(hidden) > 1 and left > max(pool, len(hidden)):
            return
        shown = [r for r, n in totals.items() if r not in hidden and n > 0]
        if not shown:
            return
        hidden.add(min(shown, key=lambda r: _order(totals[r], r)))


def _one_way(rows: list[dict[str, Any]], figure: str, total: int | None = None) -> None:
    hide = withheld({i: int(r[figure]) for i, r in enumerate(rows)}, total)
    for i in hide:
        rows[i][figure] = SUPPRESSED


def suppress_indicators(ind: Indicators) -> Indicators:
    """``ind`` as a reader below admin sees it: every count of people under 5 in a breakdown,
    and whatever would give one back, replaced by `SUPPRESSED`; headline totals exact (the
    people whose sex is not recorded, and women's share, are the sex margin: withheld with
    it). The int fields of the result may hold the marker (HQ's published copy only)."""
    b = {name: [dict(r) for r in rows] for name, rows in ind.breakdowns.items()}
    changes: dict[str, Any] = {}
    sex_age = b.get("sex_age", [])
    by_sex: dict[Any, dict[int, int]] = {}
    for i, r in enumerate(sex_age):
        by_sex.setdefault(r["sex"], {})[i] = int(r["individuals_trained"])
    # the margin as the headline figures give it (women, not recorded, the others)
    hidden_sexes, hidden_cells = withheld_nested(by_sex, total=ind.individuals_trained)
    for _, i in hidden_cells:
        sex_age[i]["individuals_trained"] = SUPPRESSED
    if SEX_NOT_RECORDED in hidden_sexes:
        changes["sex_not_recorded"] = SUPPRESSED
    if hidden_sexes & {FEMALE, SEX_NOT_RECORDED}:
        changes["women_share"] = SUPPRESSED
    if "organization_type" in b:
        _one_way(b["organization_type"], "individuals_trained", ind.individuals_trained)
    if "nationality" in b:
        _one_way(b["nationality"], "people")
    return dataclasses.replace(ind, breakdowns=b, **changes)
