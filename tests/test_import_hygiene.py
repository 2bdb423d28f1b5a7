"""The headless core must never load streamlit (STYLE.md: a pure core, a thin shell).

Like harlequin's tests/unit_tests/test_import_hygiene.py: a static look at the imports cannot tell a
module-scope import from one deferred into a function, so each module is imported in a fresh
interpreter and its ``sys.modules`` inspected. Modules are discovered, so new ones are covered too.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("streamlit",)
# Runs the CLI when imported (``raise SystemExit(main())``); what it imports is analytics.cli's.
NOT_IMPORTABLE = {"analytics.__main__"}


def analytics_modules() -> list[str]:
    """Every module under analytics/ by dotted name (walk_packages imports only subpackages)."""
    found = pkgutil.walk_packages([str(ROOT / "analytics")], prefix="analytics.")
    return sorted(m.name for m in found if m.name not in NOT_IMPORTABLE)


def modules_loaded_by(module: str) -> set[str]:
    """The names in ``sys.modules`` after ``import module`` in a new Python process."""
    code = f"import json, sys\nimport {module}\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, f"import {module} failed:\n{proc.stderr}"
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_the_core_modules_are_discovered() -> None:
    assert {"analytics.cli", "analytics.db", "analytics.labels"} <= set(analytics_modules())


@pytest.mark.parametrize("module", ["analytics", *analytics_modules()])
def test_importing_the_core_does_not_load_streamlit(module: str) -> None:
    loaded = modules_loaded_by(module)
    assert module in loaded  # the import really happened
    leaked = sorted(m for m in loaded if m.split(".")[0] in FORBIDDEN)
    assert not leaked, f"import {module} loaded {leaked[:5]}"


def test_the_guard_sees_streamlit_when_it_is_loaded() -> None:
    """The check itself works: a module that does import streamlit is caught."""
    assert "streamlit" in modules_loaded_by("streamlit")
