"""The languages the app speaks (DESIGN.md §13): its interface, its reports and the values
its importer understands. English is the source language; the others are translations."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar", "ru")

# Each language named in itself, as a language menu shows it.
NATIVE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية", "ru": "Русский"}

RIGHT_TO_LEFT = frozenset({"ar"})

# The CLDR locale each language is written in. English follows the UN's (British) usage:
# "10 Nov 2026", not "Nov 10, 2026". Arabic keeps Western digits (CLDR's default for "ar"),
# as the Maghreb offices write them; the interface's QLocale must agree (`qt_locale_name`).
CLDR_LOCALES = {"en": "en_GB", "fr": "fr", "ar": "ar", "ru": "ru"}
QT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar_AE", "ru": "ru_RU"}


def is_rtl(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def checked(lang: str | None, default: str = "en") -> str:
    """``lang`` if the app speaks it (``fr_CA`` counts as ``fr``), else ``default``."""
    base = (lang or "").replace("-", "_").split("_")[0].casefold()
    return base if base in LANGUAGES else default
