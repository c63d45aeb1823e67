"""The layering rule, enforced: headless modules load neither Textual nor Rich.

Each check runs in a fresh interpreter, because this test process has long
since imported both.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "tui.model",
    "tui.decode",
    "tui.parser",
    "tui.export",
    "tui.sources",
    "tui.cli",
    "tui.clipboard",
    "tui.cache",
    "tui.corpus",
    "tui.batch",
    "tui.shelf",
    "tui.clippings",
]
RICH_ONLY = ["tui.render", "tui.palette"]


def _loaded_after_import(module: str) -> set[str]:
    code = (
        f"import sys, {module}; "
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_module_loads_neither_textual_nor_rich(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert "textual" not in loaded
    assert "rich" not in loaded


@pytest.mark.parametrize("module", RICH_ONLY)
def test_rendering_modules_load_rich_but_not_textual(module: str) -> None:
    assert "textual" not in _loaded_after_import(module)
