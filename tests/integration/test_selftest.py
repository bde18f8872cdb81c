"""`fieldapp selftest`: the whole installation checked end to end, and a failure named."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from fieldapp.selftest import CHECKS, Check, CheckFailed, Context, clear_leftovers, run


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


def test_a_killed_selftest_leaves_no_records_behind(tmp_path: Path) -> None:
    """SIGTERM in the middle: the work folder (demo records, PDFs in clear) is removed."""
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "selftest"], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        seen = ""
        while "PDFs" not in seen:  # the PDFs are written: plaintext files exist now
            line = proc.stdout.readline()
            assert line, "the selftest ended before its PDFs"
            seen += line
        assert list(tmp_path.glob("fieldapp-selftest-*/*.pdf")), "PDFs in the work folder"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert list(tmp_path.glob("fieldapp-selftest-*")) == []


def test_leftovers_of_dead_selftests_are_cleared(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    abandoned = tmp_path / "fieldapp-selftest-abandoned"
    running = tmp_path / "fieldapp-selftest-running"
    for folder, pid in ((abandoned, dead.stdout.strip()), (running, str(os.getpid()))):
        folder.mkdir()
        (folder / "pid").write_text(pid)
        (folder / "people.csv").write_text("Full name\nAmina Bennani\n")
    assert clear_leftovers(tmp_path) == [abandoned]
    assert not abandoned.exists() and running.exists()


def test_keep_must_be_a_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    out = subprocess.run(
        [sys.executable, "-m", "fieldapp", "selftest", "--keep", str(a_file)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert f"--keep {a_file} is a file: give a folder" in out.stderr
    assert a_file.read_text() == "mine"
