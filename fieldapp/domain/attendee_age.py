"""An attendee's age band at an event: the one rule the device keeps on each attendance, seals
for HQ and counts with (`fieldapp.domain.indicators` says the same in SQL).

The person's own age band when one was given, else the band their birth year gives at the
event's start; None when neither is known (the attendance's kept band, if any, then stands:
it outlives a birth year that was withheld or erased)."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.vocab import age_band_for


def band_at_event(own_band: str | None, birth_year: int | None, start: date) -> str | None:
    if own_band:
        return own_band
    if birth_year is not None:
        return age_band_for(start.year - int(birth_year))
    return None
