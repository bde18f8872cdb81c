"""The shipped ``code_labels.json`` gives every code-list value a French, Arabic and Russian
label: a value without one is shown to a reader in English, in the middle of a French table."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.vocab import EventStatus
from fieldapp.resources import resources_dir

LANGS = ("fr", "ar", "ru")
ARABIC = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
NO_LETTERS = re.compile(r"[\W\d_]*")  # "18-24", "65+": the same in every script


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(resources_dir(), "reference", name).read_text("utf-8"))
    return data


def code_list_values(framework: dict[str, Any]) -> set[str]:
    """Every value a reader can see: list items, and the titles of goals, outcomes, pillars."""
    values: set[str] = set()
    for items in framework.values():
        if isinstance(items, list):
            values |= {item["title"] if isinstance(item, dict) else item for item in items}
    return values | {s.value for s in EventStatus} | {"not recorded"}


def problems(framework: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    labels: dict[str, Any] = doc.get("labels", {})
    wanted = code_list_values(framework)
    found = [f"missing: {v!r}" for v in sorted(wanted - labels.keys())]
    found += [f"stale key: {k!r}" for k in sorted(labels.keys() - wanted)]
    for value, names in labels.items():
        for lang in LANGS:
            text = names.get(lang) if isinstance(names, dict) else None
            if not isinstance(text, str) or not text.strip():
                found.append(f"no {lang}: {value!r}")
            elif NO_LETTERS.fullmatch(text):
                continue
            elif lang == "ar" and not ARABIC.search(text):
                found.append(f"ar not Arabic: {value!r} -> {text!r}")
            elif lang == "ru" and not CYRILLIC.search(text):
                found.append(f"ru not Cyrillic: {value!r} -> {text!r}")
    return found


def test_every_shipped_value_has_french_arabic_and_russian() -> None:
    doc = _read("code_labels.json")
    framework = _read("results_framework.json")
    assert doc["languages"] == ["fr", "ar", "ru"]
    assert problems(framework, doc) == []
    # Spot checks a reader would notice: the interface's own word, the UN's official names.
    labels = doc["labels"]
    assert labels["workshop"]["fr"] == "atelier"
    assert labels["CTED"]["fr"] == "Direction exécutive du Comité contre le terrorisme"
    assert labels["Preventing and combating terrorism"]["ar"] == "منع الإرهاب ومكافحته"
    assert labels["under 18"] == {"fr": "moins de 18 ans", "ar": "أقل من 18", "ru": "до 18 лет"}
    assert labels["18-24"] == {"fr": "18-24", "ar": "18-24", "ru": "18-24"}


FRAMEWORK = {"version": 1, "outcomes": [{"code": "1.1", "title": "Outcome"}], "sexes": ["male"]}
GOOD = {"fr": "x", "ar": "ذكر", "ru": "мужской"}
BASE = {"male": GOOD, "Outcome": GOOD, "not recorded": GOOD} | {s.value: GOOD for s in EventStatus}


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ({k: v for k, v in BASE.items() if k != "Outcome"}, "missing: 'Outcome'"),
        (BASE | {"planned": GOOD | {"ru": " "}}, "no ru: 'planned'"),
        (BASE | {"male": {"fr": "homme", "ar": "ذكر"}}, "no ru: 'male'"),
        (BASE | {"male": "homme"}, "no fr: 'male'"),
        (BASE | {"male": GOOD | {"ar": "male"}}, "ar not Arabic: 'male' -> 'male'"),
        (BASE | {"held": GOOD | {"ru": "held"}}, "ru not Cyrillic: 'held' -> 'held'"),
        (BASE | {"workshop": GOOD}, "stale key: 'workshop'"),
        (BASE | {"1.1": GOOD}, "stale key: '1.1'"),
    ],
)
def test_a_gap_or_a_wrong_script_is_reported(labels: dict[str, Any], expected: str) -> None:
    assert problems(FRAMEWORK, {"labels": BASE}) == []
    assert expected in problems(FRAMEWORK, {"labels": labels})
