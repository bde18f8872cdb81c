"""The layers of DESIGN.md §2: no Qt below the UI, and each layer imports only those before it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# HQ's server (sync.hq) stands on the reports, as the desktop UI does: the period highlights
# HQ serves come from the device's own generator. The two top layers never import each other.
ORDER = ["fieldapp.domain", "sync", "fieldapp.store", "fieldapp.reports", "sync.hq", "fieldapp.ui"]
SIBLINGS = {"sync.hq": "fieldapp.ui", "fieldapp.ui": "sync.hq"}
BELOW_UI = ["fieldapp/domain", "sync", "fieldapp/store", "fieldapp/reports"]


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer_of(module: str) -> int | None:
    """The layer of ``module``: that of the longest prefix it has (sync.hq before sync)."""
    found = [(len(p), n) for n, p in enumerate(ORDER) if module == p or module.startswith(p + ".")]
    return max(found)[1] if found else None


@pytest.mark.parametrize("folder", BELOW_UI)
def test_no_qt_below_the_ui(folder: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / folder).rglob("*.py")
        for name in imports_of(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("fieldapp.ui")
    ]
    assert offenders == []


def test_each_layer_imports_only_layers_before_it() -> None:
    offenders = []
    for folder in [*BELOW_UI, "fieldapp/ui"]:
        for path in (ROOT / folder).rglob("*.py"):
            own = layer_of(".".join(path.relative_to(ROOT).with_suffix("").parts))
            assert own is not None
            for name in imports_of(path):
                other = layer_of(name)
                sibling = SIBLINGS.get(ORDER[own])
                if other is not None and (other > own or ORDER[other] == sibling):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_the_lower_layers_loads_no_qt() -> None:
    code = (
        "import sys, fieldapp.domain.indicators, fieldapp.store.repository, fieldapp.store.demo, "
        "fieldapp.store.backup, fieldapp.reports.stats_text, sync.atomic, fieldapp.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_the_check_itself_sees_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in imports_of(bad)


def test_the_qt_facade_lists_each_name_once_for_both_runtime_and_types() -> None:
    tree = ast.parse((ROOT / "fieldapp" / "ui" / "qt.py").read_text(encoding="utf-8"))
    typed = {
        (node.module.split(".")[-1], alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6.")
        for alias in node.names
    }
    names = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "NAMES"
    )
    runtime = {
        (key.value, elt.value)
        for key, value in zip(names.keys, names.values, strict=True)  # type: ignore[attr-defined]
        for elt in value.elts  # type: ignore[attr-defined]
    }
    assert typed == runtime
