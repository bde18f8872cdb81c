"""Check a built Linux bundle: what it weighs, and that every library it needs is found.

    .venv/bin/python packaging/check_bundle.py dist/fieldapp

Each ELF file of the bundle is asked (``ldd``, with the bundle's folders on the library path,
as its loader sets them) for the libraries it needs. Each must be found inside the bundle, or
be one the bundle takes from the computer on purpose (`linux_libraries.py`): anything else
would work on this build machine and fail at a field office. The desktop entry is validated
too. Prints the size unpacked and the largest parts; exits 1 on a problem.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from linux_libraries import from_the_computer

ELF_MAGIC = b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


LDD_LINE = re.compile(r"^\s*(?P<name>\S+) => (?:not found|(?P<path>.+) \(0x[0-9a-f]+\))$")


def needed(path: Path, library_path: str) -> list[tuple[str, str | None]]:
    """(name, where it was found or None) for each library ``path`` needs."""
    done = subprocess.run(
        ["ldd", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LD_LIBRARY_PATH": library_path},
    )
    if done.returncode != 0:
        if "not a dynamic executable" in done.stdout + done.stderr:
            return []  # static: needs nothing
        raise SystemExit(f"ldd cannot read {path}: {done.stderr.strip() or done.stdout.strip()}")
    pairs: list[tuple[str, str | None]] = []
    for line in done.stdout.splitlines():
        found = LDD_LINE.match(line)
        if found:
            pairs.append((found["name"], found["path"]))
    return pairs


def size_report(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    total, parts = 0, Counter[str]()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            rel = path.relative_to(bundle).parts
            parts["/".join(rel[:2]) if rel[0] == "_internal" and len(rel) > 2 else rel[-1]] += size
    return total, parts.most_common(12)


def main(bundle: Path) -> int:
    problems: list[str] = []
    folders = sorted({str(p.parent) for p in bundle.rglob("*.so*")})
    library_path = os.pathsep.join(folders)
    from_computer: Counter[str] = Counter()
    files = elf_files(bundle)
    for path in files:
        for name, where in needed(path, library_path):
            if where is None:
                problems.append(f"{path.relative_to(bundle)} needs {name}: found nowhere")
            elif not Path(where).resolve().is_relative_to(bundle.resolve()):
                if from_the_computer(name):
                    from_computer[name] += 1
                else:
                    problems.append(
                        f"{path.relative_to(bundle)} needs {name}, taken from {where}: "
                        "carry it, or add it to packaging/linux_libraries.py"
                    )
    desktop = bundle / "_internal" / "resources" / "linux" / "fieldapp.desktop"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        if check.returncode != 0 or check.stdout.strip():
            problems.append(f"{desktop.name}: {check.stdout.strip() or check.stderr.strip()}")
    total, parts = size_report(bundle)
    print(f"bundle {bundle}: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB) unpacked")
    for name, size in parts:
        print(f"  {size / 1e6:6.1f} MB  {name}")
    print(f"{len(files)} ELF files; from the computer: {', '.join(sorted(from_computer))}")
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/fieldapp")))
