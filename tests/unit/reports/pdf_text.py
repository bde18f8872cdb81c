"""A PDF's words as a reader sees them (pdftotext), for the report tests."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path


def pdf_text(pdf: Path, *, layout: bool = False) -> str:
    """The text, NFKC (shaped Arabic comes back as presentation forms) without direction
    marks; without ``layout``, whitespace is one space."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    out = unicodedata.normalize("NFKC", re.sub("[\u200e\u200f\u202a-\u202e]", "", out))
    return out if layout else " ".join(out.split())
