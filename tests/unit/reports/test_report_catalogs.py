"""Every PDF message is written in French, Arabic and Russian (issue 14): a message left
untranslated, emptied, or missing a `{…}` of its source fails here, as does a catalog whose
compiled .mo lags behind its .po."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from fieldapp.domain.wording import Wording
from fieldapp.resources import resources_dir

FOLDER = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def catalog(lang: str) -> Catalog:
    with open(FOLDER / f"reports_{lang}.po", "rb") as handle:
        return read_po(handle, locale=lang)


def problems(cat: Catalog) -> list[str]:
    found = []
    for message in cat:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(" ".join(sources)))
        if isinstance(message.id, tuple) and len(strings) != cat.num_plurals:
            found.append(f"{sources[0]!r}: {len(strings)} forms of {cat.num_plurals}")
        for i, text in enumerate(strings):
            if not (text or "").strip():
                found.append(f"{sources[0]!r}: form {i} untranslated")
            elif lost := wanted - set(PLACEHOLDER.findall(text)):
                found.append(f"{sources[0]!r}: form {i} lost {sorted(lost)}")
        if message.fuzzy:
            found.append(f"{sources[0]!r}: fuzzy")
    return found


@pytest.mark.parametrize("lang", ["fr", "ar", "ru"])
def test_every_report_message_is_translated(lang: str) -> None:
    cat = catalog(lang)
    assert len([m for m in cat if m.id]) > 100  # the reports' messages were extracted
    assert problems(cat) == []


def test_the_check_sees_an_empty_form_and_a_lost_placeholder(tmp_path: Path) -> None:
    cat = Catalog(locale="ru")
    cat.add("Page {n}", "Страница")
    cat.add(("{n} event", "{n} events"), ("{n} мероприятие", "", "{n} мероприятий"))
    cat.add("Events", "")
    assert problems(cat) == [
        "'Page {n}': form 0 lost ['{n}']",
        "'{n} event': form 1 untranslated",
        "'Events': form 0 untranslated",
    ]


def test_the_compiled_catalogs_are_the_translated_ones() -> None:
    """The .mo the PDFs load says what the .po says (run update_report_catalogs after
    translating)."""
    assert Wording("fr").gettext("Capacity-building highlights") == (
        "Faits saillants du renforcement des capacités"
    )
    assert Wording("ar").plural("{n} event", "{n} events", 2) == "2 فعاليتان"
    assert Wording("ru").plural("{n} event", "{n} events", 5) == "5 мероприятий"
    assert Wording("ru").plural("{n} event", "{n} events", 22) == "22 мероприятия"
    for lang in ("fr", "ar", "ru"):
        w = Wording(lang)
        for message in catalog(lang):
            if message.id and isinstance(message.id, str):
                assert w.gettext(message.id) == message.string, (lang, message.id)


def test_the_shipped_fonts_have_a_glyph_for_everything_a_report_writes() -> None:
    """No box in a PDF: every translated message, code-list label, country name and figure
    of the three languages shapes to real glyphs in both faces (HarfBuzz: joined Arabic
    forms, lam-alef, Cyrillic, the narrow spaces French figures use)."""
    import uharfbuzz as hb

    from fieldapp.domain.code_labels import country_name, label
    from fieldapp.domain.codelists import codelists

    cl = codelists()
    texts: list[str] = []
    for lang in ("fr", "ar", "ru"):
        for message in catalog(lang):
            if message.id:
                strings = message.string
                texts += list(strings) if isinstance(strings, tuple) else [strings]
        texts += [country_name(code, lang) for code in cl.countries]
        texts += [label(v, lang) for v in (*cl.event_types, *cl.organization_types, *cl.sexes)]
        w = Wording(lang)
        texts += [w.day_range(date(2026, 11, 10), date(2026, 11, 12)), w.number(1127.5, 1)]
        texts += [w.percent(0.41), w.minute(datetime(2026, 11, 10, 14, 5, tzinfo=UTC))]
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font = hb.Font(hb.Face(hb.Blob.from_file_path(str(resources_dir() / "fonts" / face))))
        boxes = []
        for text in texts:
            buffer = hb.Buffer()
            buffer.add_str(text)
            buffer.guess_segment_properties()
            hb.shape(font, buffer, {})
            if any(glyph.codepoint == 0 for glyph in buffer.glyph_infos):
                boxes.append(text)
        assert boxes == [], face
