"""Fill a language's .ts from a list of translations (a translator's JSON file).

    .venv/bin/python packaging/fill_translations.py ru /tmp/tr/ru.json [more.json ...]
    .venv/bin/python packaging/update_translations.py --ui-only   # then compile the .qm

Each file is a JSON list of ``{"context", "source", "translation"}`` (or the language's code in
place of ``"translation"``); a counted message (``tr("%n event(s)", "", n)``) takes a list of
its forms, as many as the language has (French 2, Russian 3, Arabic 6). Only messages still
unfinished or empty are filled: what is already translated in the .ts stays as it is. A form
list of the wrong length, or a translation that drops a placeholder of the source ({0}, %1,
%n), is refused and listed. Prints what was filled and what is still missing.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\d*\}|%L?n|%\d")


def placeholders(text: str) -> set[str]:
    return {p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text)}


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all((t or "").strip() for t in texts)


def problem(source: str, given: Any, forms: int) -> str | None:
    """Why ``given`` cannot translate ``source`` (None if it can)."""
    texts = given if isinstance(given, list) else [given]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        return "empty"
    if forms and len(texts) != forms:
        return f"{len(texts)} forms given, the language has {forms}"
    if not forms and isinstance(given, list):
        return "forms given for a message that is not counted"
    wanted = placeholders(source) - ({"%n"} if forms else set())
    for text in texts:
        if missing := wanted - placeholders(text):
            return f"drops {', '.join(sorted(missing))}"
    return None


def fill(ts_path: Path, lang: str, entries: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Set ``entries`` into the unfinished messages of ``ts_path``; (how many, refusals)."""
    given = {(e["context"], e["source"]): e.get("translation", e.get(lang)) for e in entries}
    tree = ET.parse(ts_path)
    filled, refused = 0, []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if (name, source) not in given or not unfinished(message):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            counted = message.get("numerus") == "yes"
            forms = len(translation.findall("numerusform")) if counted else 0
            value = given[(name, source)]
            if counted and isinstance(value, str):
                value = [value] * forms  # the same words whatever the count (a caption)
            why = problem(source, value, forms)
            if why is not None:
                refused.append(f"{name}: {source!r}: {why}")
                continue
            if counted:
                for form, text in zip(translation.findall("numerusform"), value, strict=True):
                    form.text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, refused


def missing(ts_path: Path) -> list[str]:
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(ts_path).getroot().findall("context")
        for message in context.findall("message")
        if unfinished(message)
    ]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    lang, files = argv[0], argv[1:]
    ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
    entries = [e for f in files for e in json.loads(Path(f).read_text(encoding="utf-8"))]
    filled, refused = fill(ts, lang, entries)
    print(f"{ts.name}: {filled} filled")
    for line in refused:
        print("  refused:", line)
    left = missing(ts)
    print(f"{len(left)} still to translate")
    for line in left:
        print("  ", line)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
