"""Where the shipped resources (code lists, fonts, translations, icons) live.

A source checkout and an editable install find them beside the package; a PyInstaller
bundle unpacks them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds ``reference/``, ``fonts/`` and the other resources."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's resources folder is missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall the app."
    )
