"""`fieldapp selftest`: the whole installation checked end to end, and a failure named."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

from fieldapp.selftest import CHECKS, Check, CheckFailed, Context, run


def test_selftest_passes_from_source_and_keeps_what_it_made(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    out = subprocess.run(
        [sys.executable, "-m", "fieldapp", "selftest", "--keep", str(keep)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    for check in CHECKS:
        assert re.search(rf"^  {check.name} +ok ", out.stdout, re.MULTILINE), check.name
    assert "selftest passed: 7 checks" in out.stdout
    for name in ("period", "event", "signin", "certificates"):
        assert (keep / f"{name}.pdf").read_bytes().startswith(b"%PDF-")
    pdf_text = subprocess.run(
        ["pdftotext", str(keep / "period.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "individuals trained" in pdf_text.lower()
    screens = sorted(p.name for p in (keep / "screens").glob("*.png"))
    assert len(screens) == 14
    assert "14-unlock-in-French.png" in screens


def test_a_failing_check_is_named_and_the_exit_code_says_so() -> None:
    def broken(_: Context) -> str:
        raise CheckFailed("the font is missing")

    def crashes(_: Context) -> str:
        raise RuntimeError("boom")

    def needs_store(ctx: Context) -> str:
        ctx.need_store()
        return "never"

    out = io.StringIO()
    code = run(
        [
            Check("fine", lambda _: "all good"),
            Check("fonts", broken),
            Check("odd", crashes),
            Check("pdfs", needs_store),
        ],
        out=out,
    )
    said = out.getvalue()
    assert code == 1
    assert re.search(r"^  fine +ok .*all good$", said, re.MULTILINE)
    assert re.search(r"^  fonts +FAILED .*the font is missing$", said, re.MULTILINE)
    assert re.search(r"^  odd +FAILED .*RuntimeError: boom$", said, re.MULTILINE)
    assert "not run: the encrypted store could not be made" in said
    assert said.rstrip().endswith("selftest FAILED: fonts, odd, pdfs")
