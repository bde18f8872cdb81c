"""HQ installs without the desktop app's SQLCipher and Qt (`pip install .[hq]`): its PDF and
exports, drawn by the device's generators, must load and run with neither importable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]

SCRIPT = """
import sys
for blocked in ("sqlcipher3", "PySide6", "shiboken6"):
    sys.modules[blocked] = None  # importing it now raises ImportError
from pathlib import Path
from fieldapp.domain.indicators import Period
from sync.hq.accounts.scope import Role, Scope
from sync.hq.database import open_database
from sync.hq.exports import export
from sync.hq.offices import list_offices
from sync.hq.period_pdf import write_hq_period_report

engine = open_database("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    write_hq_period_report(conn, Scope(Role.ANALYST), Period(), Path(sys.argv[2]))
    xlsx = b"".join(export(conn, Scope(Role.ADMIN), "indicators", "xlsx", Period()))
    print(len(list_offices(conn, Scope(Role.ANALYST))), xlsx[:2].decode())
"""


def test_hq_writes_its_pdf_and_exports_without_sqlcipher_or_qt(tmp_path: Path) -> None:
    pdf = tmp_path / "period.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "hq.db"), str(pdf)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["0", "PK"]  # no office yet; an XLSX is a zip
    assert pdf.read_bytes().startswith(b"%PDF")
