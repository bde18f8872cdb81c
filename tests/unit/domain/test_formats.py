"""The one formatter: a date, a figure and a share read the same way everywhere in a language."""

from datetime import UTC, date, datetime

import pytest

from fieldapp.domain import formats
from fieldapp.domain.code_labels import country_name
from fieldapp.domain.languages import checked
from fieldapp.domain.wording import Wording

NOV_10 = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "10 Nov 2026"), ("fr", "10 nov. 2026"), ("ar", "10 نوفمبر 2026"),
     ("ru", "10 нояб. 2026\u202fг.")],
)  # fmt: skip
def test_a_day_in_each_language(lang: str, expected: str) -> None:
    assert formats.day(NOV_10, lang) == expected


def test_ranges_months_and_moments() -> None:
    assert formats.day_range(NOV_10, date(2026, 11, 12), "fr") == "10–12 nov. 2026"
    assert formats.day_range(NOV_10, NOV_10, "fr") == "10 nov. 2026"
    assert formats.day_range(date(2026, 2, 28), date(2026, 3, 2), "ar") == "28 فبراير – 2 مارس 2026"
    assert formats.month("2026-11", "en") == "Nov 2026"
    assert formats.month(date(2026, 3, 9), "fr") == "mars 2026"
    assert formats.minute(None, "fr", never="jamais") == "jamais"
    moment = datetime(2026, 11, 10, 14, 5, tzinfo=UTC).astimezone()
    assert formats.minute(moment, "en").startswith("10 Nov 2026")
    assert formats.minute(moment, "en").endswith(f"{moment.hour:02d}:05")


def test_figures_and_shares_keep_western_digits() -> None:
    assert formats.number(1234567.4, "en") == "1,234,567"
    assert formats.number(1234567.4, "fr") == "1\u202f234\u202f567"
    assert formats.number(1234567.4, "ar") == "1,234,567"  # not ١٬٢٣٤٬٥٦٧
    assert formats.number(12.345, "ru", 1) == "12,3"
    assert formats.percent(0.41, "en") == "41%"
    assert formats.percent(0.41, "fr") == "41\u00a0%"
    assert formats.percent(0.4156, "ar", 1) == "41.6%"


def test_unknown_languages_fall_back_to_english() -> None:
    assert checked("fr_CA") == "fr"
    assert checked("de") == "en"
    assert checked(None) == "en"
    assert formats.day(NOV_10, "xx") == "10 Nov 2026"


def test_country_names_come_from_cldr() -> None:
    assert country_name("GIN", "fr") == "Guinée"
    assert country_name("GIN", "ru") == "Гвинея"
    assert country_name("GIN", "ar") == "غينيا"
    assert country_name("GIN", "en") == "Guinea"
    assert country_name("ZZZ", "fr") == "ZZZ"  # unknown: shown as stored, never dropped


def test_wording_counts_in_the_languages_own_forms() -> None:
    w = Wording("ru")
    assert w.rtl is False and Wording("ar").rtl is True
    # no catalog entry: the English forms, with the figure written the Russian way
    assert w.plural("{n} workshop", "{n} workshops", 1200) == "1\u00a0200 workshops"
    assert Wording("en").plural("{n} workshop", "{n} workshops", 1) == "1 workshop"


def test_labels_come_with_hq_s_reference_bundle() -> None:
    """A bundle from HQ carries the lists' translations; one without them keeps those shipped."""
    import copy

    from fieldapp.domain.code_labels import label
    from fieldapp.domain.codelists import shipped_lists, use_lists

    bundle = copy.deepcopy(shipped_lists())
    bundle["labels"]["labels"]["workshop"]["fr"] = "atelier de travail"
    try:
        use_lists(bundle)
        assert label("workshop", "fr") == "atelier de travail"
        del bundle["labels"]
        use_lists(bundle)
        assert label("workshop", "fr") == "atelier"
    finally:
        use_lists(None)
    assert label("workshop", "fr") == "atelier"
