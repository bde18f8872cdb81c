"""The code lists shipped in ``resources/reference/``: the one definition of every list.

Values are stored in the database exactly as they appear here (e.g. ``"training course"``),
so a list can be read without a lookup table and HQ can consolidate offices directly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from fieldapp.resources import resources_dir


@dataclass(frozen=True)
class Code:
    """One entry of a titled code list, e.g. outcome ``2.1`` or pillar ``II``."""

    code: str
    title: str


@dataclass(frozen=True)
class CodeLists:
    """Every code list the app knows, as loaded from the reference files."""

    strategic_goals: tuple[Code, ...]
    outcomes: tuple[Code, ...]
    pillars: tuple[Code, ...]
    working_groups: tuple[str, ...]
    event_types: tuple[str, ...]
    training_event_types: tuple[str, ...]
    modalities: tuple[str, ...]
    sexes: tuple[str, ...]
    age_bands: tuple[str, ...]
    organization_types: tuple[str, ...]
    roles: tuple[str, ...]
    partner_entities: tuple[str, ...]
    donors: tuple[str, ...]
    countries: dict[str, str]

    @property
    def outcome_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.outcomes)

    @property
    def pillar_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.pillars)

    def country_name(self, code: str) -> str:
        return self.countries.get(code, code)


def _titled(items: list[dict[str, Any]]) -> tuple[Code, ...]:
    return tuple(Code(code=str(i["code"]), title=str(i["title"])) for i in items)


def _load(name: str) -> dict[str, Any]:
    with open(resources_dir() / "reference" / name, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


REFERENCE_FILES = {"results_framework": "results_framework.json", "countries": "countries.json"}
# The lists' values in other languages (`fieldapp.domain.code_labels`): shipped, and carried by
# HQ's bundle when HQ has them; a bundle without them leaves the shipped ones in use.
LABELS_FILE = ("labels", "code_labels.json")
_published: dict[str, Any] | None = None  # HQ's newer lists, when a device has taken them


def shipped_lists() -> dict[str, Any]:
    """The code lists as shipped, keyed as in a reference bundle."""
    lists = {key: _load(name) for key, name in REFERENCE_FILES.items()}
    key, name = LABELS_FILE
    if (resources_dir() / "reference" / name).is_file():
        lists[key] = _load(name)
    return lists


def lists_in_use() -> dict[str, Any]:
    """The lists as a reference bundle holds them: HQ's published ones, or those shipped."""
    return _published or _shipped()


def labels_in_use() -> dict[str, Any]:
    """The lists' translations: HQ's, when its bundle carries them, else those shipped."""
    published = (_published or {}).get(LABELS_FILE[0])
    return published or _shipped().get(LABELS_FILE[0], {})


@cache
def _shipped() -> dict[str, Any]:
    return shipped_lists()


def lists_version(lists: dict[str, Any]) -> int:
    return int(lists["results_framework"].get("version", 1))


def use_lists(lists: dict[str, Any] | None) -> CodeLists:
    """From now on in this process, use ``lists`` (HQ's published ones; None: those shipped).

    Raises ``KeyError``/``TypeError``/``ValueError`` and changes nothing if they are malformed."""
    global _published
    checked = check_lists(lists or shipped_lists())
    _published = lists
    codelists.cache_clear()
    for hook in _on_change:
        hook()
    return checked


def check_lists(lists: dict[str, Any]) -> CodeLists:
    """The code lists ``lists`` hold; raises if any is missing or malformed."""
    return _build(lists)


_on_change: list[Any] = []  # caches built from the lists, cleared when `use_lists` changes them


def on_change(hook: Any) -> Any:
    """Call ``hook`` (no arguments) whenever `use_lists` changes the lists in use."""
    _on_change.append(hook)
    return hook


@cache
def codelists() -> CodeLists:
    """The code lists in use, loaded once per process (or after `use_lists`)."""
    return _build(lists_in_use())


def _build(lists: dict[str, Any]) -> CodeLists:
    rf = lists["results_framework"]
    countries = lists["countries"]["countries"]
    return CodeLists(
        strategic_goals=_titled(rf["strategic_goals"]),
        outcomes=_titled(rf["outcomes"]),
        pillars=_titled(rf["gcts_pillars"]),
        working_groups=tuple(rf["compact_working_groups"]),
        event_types=tuple(rf["event_types"]),
        training_event_types=tuple(rf["training_event_types"]),
        modalities=tuple(rf["modalities"]),
        sexes=tuple(rf["sexes"]),
        age_bands=tuple(rf["age_bands"]),
        organization_types=tuple(rf["organization_types"]),
        roles=tuple(rf["attendance_roles"]),
        partner_entities=tuple(rf["example_partner_entities"]),
        donors=tuple(rf["example_donors"]),
        countries={c["code"]: c["name"] for c in countries},
    )
