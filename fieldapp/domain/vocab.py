"""Fixed values that the code reasons about, and how ages fall into the shipped age bands."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from fieldapp.domain.codelists import codelists


class EventStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class RecordType(StrEnum):
    """The kinds of synced record; also the names used in the outbox and batch envelopes."""

    EVENT = "event"
    PARTICIPANT = "participant"
    ATTENDANCE = "attendance"
    HEAD_COUNT = "head_count"
    OUTPUT = "output"  # a file with names written on a device (`records.OutputBase`)


class TagKind(StrEnum):
    """The many-valued labels of an event, stored one row per value."""

    COUNTRY = "country"
    OUTCOME = "outcome"
    PILLAR = "pillar"
    PARTNER = "partner"
    DONOR = "donor"


FEMALE = "female"
NOT_RECORDED = "not recorded"  # an indicator's key for a value nobody recorded
SEX_NOT_RECORDED = "not recorded"
AGE_NOT_RECORDED = "not recorded"
ROLE_PARTICIPANT = "participant"
ORG_NOT_RECORDED = "not recorded"


@cache
def age_band_bounds() -> tuple[tuple[str, int, int], ...]:
    """(band, lowest age, highest age) for each shipped band, e.g. ("18-24", 18, 24)."""
    bounds: list[tuple[str, int, int]] = []
    for band in codelists().age_bands:
        if band == AGE_NOT_RECORDED:
            continue
        if m := re.fullmatch(r"under (\d+)", band):
            bounds.append((band, 0, int(m.group(1)) - 1))
        elif m := re.fullmatch(r"(\d+)-(\d+)", band):
            bounds.append((band, int(m.group(1)), int(m.group(2))))
        elif m := re.fullmatch(r"(\d+)\+", band):
            bounds.append((band, int(m.group(1)), 200))
        else:
            raise ValueError(f"Age band {band!r} in the reference file has an unknown form")
    return tuple(bounds)


def age_band_for(age: int | None) -> str:
    """The shipped age band an age falls in, or "not recorded"."""
    if age is None:
        return AGE_NOT_RECORDED
    for band, low, high in age_band_bounds():
        if low <= age <= high:
            return band
    return AGE_NOT_RECORDED
