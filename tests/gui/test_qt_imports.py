"""What importing through the Qt facade costs the rest of the app's imports."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from fieldapp.ui import qt


@pytest.mark.parametrize(("source", "uses_pyside"), [("x = 1\n", False), ("# PySide6\n", True)])
def test_a_module_imported_after_qt_leaves_no_source_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, uses_pyside: bool
) -> None:
    """PySide6 still learns whether a module imported later names it (its ``__feature__``
    switches depend on it), but the module's source is not kept in ``linecache``: all the
    screens' libraries would stay there, 35 MB."""
    assert qt.QLabel is not None  # the facade used: PySide6 loaded through it
    name = f"after_qt_{uses_pyside}_{id(tmp_path)}"
    (tmp_path / f"{name}.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        __import__(name)  # as an import statement does: through PySide6's import hook
        feature = sys.modules["shibokensupport.feature"]
        assert feature.pyside_feature_dict[name] == (0 if uses_pyside else -1)
        assert str(tmp_path / f"{name}.py") not in linecache.cache
    finally:
        sys.modules.pop(name, None)
