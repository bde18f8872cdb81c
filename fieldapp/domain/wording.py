"""What Qt-free code (the PDFs, the command line) writes for a reader in their language.

``Wording("fr")`` translates report text (gettext catalogs ``resources/translations/
reports_<lang>.po``, compiled to ``.mo`` by ``packaging/update_translations.py``), writes dates
and figures through the one formatter (`fieldapp.domain.formats`) and code-list values through
`fieldapp.domain.code_labels`. Report code marks its text for the catalogs by calling
``w.gettext("...")``, ``w.ngettext(one, many, n)`` or ``w.plural(one, many, n)`` with literal
strings (the extractor reads those three names).
"""

from __future__ import annotations

import gettext as gnu
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from fieldapp.domain import code_labels, formats
from fieldapp.domain.languages import checked, is_rtl
from fieldapp.resources import resources_dir

DOMAIN = "reports"


@cache
def catalog(lang: str) -> gnu.NullTranslations:
    """The report catalog of ``lang`` (English, or a language without one: the source text)."""
    path = resources_dir() / "translations" / f"{DOMAIN}_{lang}.mo"
    if lang == "en" or not path.is_file():
        return gnu.NullTranslations()
    with open(path, "rb") as handle:
        return gnu.GNUTranslations(handle)


@dataclass(frozen=True)
class Wording:
    """A reader's language, for text written outside the interface."""

    lang: str = "en"
    _catalog: gnu.NullTranslations = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lang", checked(self.lang))
        object.__setattr__(self, "_catalog", catalog(self.lang))

    @property
    def rtl(self) -> bool:
        return is_rtl(self.lang)

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, one: str, many: str, n: int) -> str:
        """The form of a counted phrase that ``n`` takes in this language (Arabic has six)."""
        return self._catalog.ngettext(one, many, n)

    def plural(self, one: str, many: str, n: int) -> str:
        """`ngettext` with ``{n}`` written as this language writes the figure:
        ``w.plural("{n} workshop organized", "{n} workshops organized", 18)``."""
        return self.ngettext(one, many, n).format(n=self.number(n))

    def day(self, value: date) -> str:
        return formats.day(value, self.lang)

    def day_range(self, start: date, end: date) -> str:
        return formats.day_range(start, end, self.lang)

    def month(self, key: str | date) -> str:
        return formats.month(key, self.lang)

    def minute(self, moment: datetime | None, never: str = "") -> str:
        return formats.minute(moment, self.lang, never)

    def number(self, value: float, decimals: int = 0) -> str:
        return formats.number(value, self.lang, decimals)

    def percent(self, share: float, decimals: int = 0) -> str:
        return formats.percent(share, self.lang, decimals)

    def label(self, value: str) -> str:
        return code_labels.label(value, self.lang)

    def country(self, code: str) -> str:
        return code_labels.country_name(code, self.lang)


ENGLISH = Wording("en")
