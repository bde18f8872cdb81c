"""Refresh the translation sources and compile them.

    .venv/bin/python packaging/update_translations.py [--ui-only]

1. ``pyside6-lupdate`` collects every ``tr()`` string of ``fieldapp/ui`` into
   ``resources/translations/fieldapp_<lang>.ts`` (keeping what is translated; messages no
   longer in the code are dropped); English, the source language, has a ``fieldapp_en.ts``
   too, holding only the counted messages (``tr("%n event(s)", "", n)``: "1 event", "%n
   events");
2. the words that come from data (field names, period names, column headers) are added under
   the context ``Labels``, and the validation messages under ``Validation`` (code-list values
   and country names are not here: `fieldapp.domain.code_labels` translates them);
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads;
4. the reports' text (``w.gettext``/``w.ngettext``/``w.plural`` in ``fieldapp/reports`` and the
   command line, see `fieldapp.domain.wording`) is extracted by Babel into
   ``reports_<lang>.po`` (keeping what is translated) and compiled into ``reports_<lang>.mo``.
Translate with Qt Linguist (``pyside6-linguist``) or a .po editor, or by editing the files,
or fill a .ts from a list of translations (``packaging/fill_translations.py``), then run this
again.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldapp.domain.periods import named_periods  # noqa: E402
from fieldapp.domain.validation import LABELS, MESSAGES, PYDANTIC_MESSAGES  # noqa: E402
from fieldapp.domain.vocab import RecordType  # noqa: E402

LANGUAGES = ["fr", "ar", "ru"]
REPORT_SOURCES = ["fieldapp/reports", "fieldapp/cli_reports.py", "fieldapp/domain", "sync/hq"]
REPORT_KEYWORDS = {"gettext": None, "ngettext": (1, 2), "plural": (1, 2)}
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def data_words() -> list[str]:
    """Every word from data that the UI shows through `tr_label` (code-list values are shown
    through `labels.code`, from `fieldapp.domain.code_labels`)."""
    from datetime import date

    from fieldapp.reports.people_columns import FIELD_LABELS
    from fieldapp.ui.attendance_model import HEADERS
    from fieldapp.ui.basis_labels import FILTERS, SHOWN

    words = [
        *LABELS.values(),
        *named_periods(date.today()), "Custom", *HEADERS.values(),
        "same name and birth year", "same e-mail",
        "Venue", "City", "Programme", "Language", "Narrative", "Partners", "Donors", "Position",
        "Organization", "Consent", *FIELD_LABELS.values(),  # the import preview's fields
        *(kind.value.replace("_", " ") for kind in RecordType),  # the Sync screen's quarantine
        *SHOWN.values(), *FILTERS.values(), "Not recorded",  # legal bases and their filter
    ]  # fmt: skip
    return list(dict.fromkeys(words))


def add_context(ts_path: Path, name: str, sources: list[str]) -> None:
    """Add ``sources`` (keeping what is translated) under context ``name`` of a .ts file."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    known = {m.findtext("source"): m for m in context.findall("message")}
    for source, message in known.items():
        # lupdate marks these "vanished" (it finds no tr() call for them): they are in use.
        translation = message.find("translation")
        if (
            source in sources
            and translation is not None
            and translation.get("type") in ("vanished", "obsolete")
        ):
            del translation.attrib["type"]
            if not (translation.text or "").strip():
                translation.set("type", "unfinished")
    for source in sources:
        if source not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def drop_unused(ts_path: Path) -> None:
    """Drop the messages no code asks for any more (lupdate keeps them, marked "vanished")."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def update_report_catalogs() -> None:
    """Extract the reports' text and merge it into each language's .po, then compile the .mo."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="fieldapp", fuzzy=False)
    for source in REPORT_SOURCES:
        path = ROOT / source
        folder, only = (path, None) if path.is_dir() else (path.parent, path.name)
        found = extract_from_dir(
            str(folder), keywords=REPORT_KEYWORDS, comment_tags=("TRANSLATORS:",)
        )
        for filename, lineno, message, comments, context in found:
            if only is not None and filename != only:
                continue
            where = str((folder / filename).relative_to(ROOT))
            template.add(message, locations=[(where, lineno)], auto_comments=comments,
                         context=context)  # fmt: skip
    for lang in LANGUAGES:
        po = TRANSLATIONS / f"reports_{lang}.po"
        if po.exists():
            with open(po, "rb") as handle:
                catalog = read_po(handle, locale=lang)
        else:
            catalog = Catalog(locale=lang, project="fieldapp", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with open(po, "wb") as handle:
            write_po(handle, catalog, width=100, sort_output=False, omit_header=False)
        with open(po.with_suffix(".mo"), "wb") as handle:
            write_mo(handle, catalog)


def main(ui_only: bool = False) -> None:
    """Steps 1-3 (the interface) and, unless ``ui_only``, step 4 (the reports)."""
    sources = sorted(str(p) for p in (ROOT / "fieldapp" / "ui").glob("*.py"))
    for lang in ["en", *LANGUAGES]:
        ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
        only = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [BIN / "pyside6-lupdate", *only, *sources, "-ts", str(ts)],
            check=True,
        )
        if lang != "en":
            add_context(ts, "Labels", data_words())
            add_context(
                ts,
                "Validation",
                list(dict.fromkeys([*MESSAGES.values(), *PYDANTIC_MESSAGES.values()])),
            )
        drop_unused(ts)
        subprocess.run(
            [BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    if not ui_only:
        update_report_catalogs()


if __name__ == "__main__":
    main(ui_only="--ui-only" in sys.argv[1:])
