"""Every text the console writes through ``_`` has its French in ``locales/fr.po``: a page
half in English is what a French-speaking analyst would notice first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sync.hq.accounts.scope import Role
from sync.hq.console import i18n
from sync.hq.console.changes import _IN_WORDS
from sync.hq.console.i18n import translator
from sync.hq.regions import REGIONS

CONSOLE = Path(i18n.__file__).parent
# _("…") and _('…') in templates and code; the literal only (no expression inside)
CALL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")
ALSO = ("just now", "never", "1 day ago", "{n} days ago", "1 hour ago", "{n} hours ago")


def texts() -> set[str]:
    found: set[str] = set(ALSO) | set(_IN_WORDS.values()) | {r.value for r in Role}
    found |= set(REGIONS)
    for path in [*CONSOLE.glob("templates/*.html"), *CONSOLE.glob("*.py")]:
        for double, single in CALL.findall(path.read_text(encoding="utf-8")):
            found.add(double or single)
    return found


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {i18n.DEFAULT}))
def test_every_text_of_the_console_is_in_each_language(language: str) -> None:
    found = texts()
    assert len(found) > 40, "the texts were not read"
    catalogue = i18n._catalogue(language)
    missing = sorted(t for t in found if t not in catalogue)
    assert missing == []
    placeholder = re.compile(r"\{[a-z_]*\}")
    broken = [
        t
        for t in found
        if sorted(placeholder.findall(t)) != sorted(placeholder.findall(catalogue[t]))
    ]
    assert broken == []  # a {name} lost or renamed would fail when the page formats it


def test_a_language_the_console_does_not_speak_is_english() -> None:
    assert translator("xx")("Offices") == "Offices"
    assert translator("fr")("Offices") == "Bureaux"
