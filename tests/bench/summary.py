"""The rows `make bench` prints at the end, beside their targets (issue 17's two tables).

A benchmark calls `row()` for each figure it measured, with the plain baseline measured in
the same run; `tests/bench/conftest.py` prints every row once the run ends, in the order the
tables of the issue list them, so one look says which target is met.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    table: str  # "speed" (the first table) or "hq" (HQ at scale)
    measure: str  # the measure as the issue names it
    value: str  # what was measured, with its unit ("142 ms", "8,400 records/s")
    target: str  # the target ("<= 150 ms")
    met: bool
    baseline: str = ""  # the plain baseline measured in the same run, and the ratio to it


ROWS: list[Row] = []


def row(table: str, measure: str, value: str, target: str, met: bool, baseline: str = "") -> None:
    """Keep one measured figure for the closing tables."""
    ROWS.append(Row(table, measure, value, target, met, baseline))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def render() -> str:
    lines: list[str] = []
    for table, title in (("speed", "Speed (issue 17)"), ("hq", "HQ at scale (issue 17)")):
        rows = [r for r in ROWS if r.table == table]
        if not rows:
            continue
        width = max(len(r.measure) for r in rows)
        lines += ["", title, "-" * len(title)]
        for r in rows:
            mark = "ok  " if r.met else "MISS"
            base = f"   [{r.baseline}]" if r.baseline else ""
            lines.append(f"{mark} {r.measure:<{width}}  {r.value:>22}  target {r.target}{base}")
    return "\n".join(lines)
