from __future__ import annotations

from fieldapp.domain.codelists import codelists
from fieldapp.domain.vocab import age_band_for


def test_reference_lists_load() -> None:
    cl = codelists()
    assert len(cl.outcomes) == 18 and "2.1" in cl.outcome_codes
    assert cl.pillar_codes == {"I", "II", "III", "IV"}
    assert set(cl.training_event_types) <= set(cl.event_types)
    assert cl.country_name("MAR") == "Morocco"
    assert len(cl.countries) > 240


def test_age_bands_cover_every_age_once() -> None:
    assert age_band_for(17) == "under 18"
    assert age_band_for(18) == "18-24"
    assert age_band_for(34) == "25-34"
    assert age_band_for(65) == "65+"
    assert age_band_for(None) == "not recorded"
    bands = {age_band_for(a) for a in range(0, 110)}
    assert bands == set(codelists().age_bands) - {"not recorded"}
