"""This computer's settings for the app (language, auto-lock, HQ address).

They are read before the store is unlocked (the unlock screen speaks the chosen language), so
they live beside the store in ``settings.json``, which holds no personal data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from fieldapp.domain.languages import NATIVE_NAMES

LANGUAGES = dict(NATIVE_NAMES)  # the interface's languages, each named in itself


@dataclass
class AppSettings:
    language: str = "en"
    auto_lock_minutes: int = 15
    hq_address: str = ""
    save_folder: str = ""  # where the last PDF or export was saved: save dialogs open there
    window: list[int] = field(default_factory=list)  # the main window's x, y, width, height
    maximized: bool = False
    signatory_name: str = ""  # who signs certificates, as last typed on the Reports screen
    signatory_title: str = ""

    @classmethod
    def load(cls, root: Path) -> AppSettings:
        try:
            data = json.loads((root / "settings.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        if settings.language not in LANGUAGES:
            settings.language = "en"
        settings.auto_lock_minutes = max(1, min(240, int(settings.auto_lock_minutes)))
        place = settings.window
        if not (isinstance(place, list) and len(place) == 4 and all(type(v) is int for v in place)):
            settings.window = []
        settings.maximized = settings.maximized is True
        for name in ("signatory_name", "signatory_title"):
            if not isinstance(getattr(settings, name), str):
                setattr(settings, name, "")
        return settings

    def save(self, root: Path) -> None:
        from sync.atomic import write_atomic  # not needed to start the app

        root.mkdir(parents=True, exist_ok=True)
        write_atomic(root / "settings.json", json.dumps(asdict(self), indent=1).encode("utf-8"))
