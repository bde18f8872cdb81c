"""The fonts every PDF uses: DejaVu Sans, shipped in ``resources/fonts``.

One family covers Latin (with accents), Cyrillic and Arabic, so a list of names from any
office prints without boxes and without per-character font switching. reportlab shapes the
Arabic through HarfBuzz (``uharfbuzz``) when a style asks for it (`fieldapp.reports.styles`).
"""

from __future__ import annotations

from functools import cache

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord

from fieldapp.resources import resources_dir

REGULAR = "FieldSans"
BOLD = "FieldSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    # reportlab asks HarfBuzz for discretionary ligatures, which typography leaves off: with
    # them DejaVu prints "st" as one odd glyph. Its default features are a shared dict.
    defaults = shapeFragWord.__defaults__ or ()
    for features in defaults:
        if isinstance(features, dict) and "dlig" in features:
            features["dlig"] = False
    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    # Charts start each drawing in the graphics' default font (Helvetica, no Arabic or
    # Cyrillic); make it ours so no PDF refers to a font it does not carry.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    # <b> inside a paragraph switches to the bold face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
