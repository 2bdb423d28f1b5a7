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
    assert {"analytics.cli", "analytics.core.db", "analytics.labels"} <= set(analytics_modules())


@pytest.mark.parametrize("module", ["analytics", *analytics_modules()])
def test_importing_the_core_does_not_load_streamlit(module: str) -> None:
    loaded = modules_loaded_by(module)
    assert module in loaded  # the import really happened
    leaked = sorted(m for m in loaded if m.split(".")[0] in FORBIDDEN)
    assert not leaked, f"import {module} loaded {leaked[:5]}"


def test_the_guard_sees_streamlit_when_it_is_loaded() -> None:
    """The check itself works: a module that does import streamlit is caught."""
    assert "streamlit" in modules_loaded_by("streamlit")


def _imports(path: Path) -> set[str]:
    """Every module a file names in an import statement, at module scope or deferred."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _layer_breaches(
    folder: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    breaches: dict[str, list[str]] = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if name.startswith(allowed):
            continue
        bad = sorted(m for m in _imports(path) if m.startswith(forbidden))
        if bad:
            breaches[name] = bad
    return breaches


def test_the_layers_import_only_downwards() -> None:
    """analytics (the core) imports neither streamlit nor the command line; ui (shared Streamlit code)
    imports no page. Checked on the source, so a deferred import inside a function counts too."""
    assert _layer_breaches("analytics", ("streamlit",)) == {}
    assert (
        _layer_breaches("analytics", ("analytics.cli",), allowed=("analytics.cli", "analytics.__main__"))
        == {}
    )
    assert _layer_breaches("ui", ("app_pages",)) == {}
    # the positive side: the checker does see imports where they exist
    assert any(m.startswith("analytics") for m in _imports(ROOT / "ui" / "state.py"))
    assert "analytics.cli" in _imports(ROOT / "analytics" / "__main__.py") or any(
        m.startswith("analytics.cli") for m in _imports(ROOT / "analytics" / "__main__.py")
    )


@pytest.mark.parametrize(
    "module", ["analytics.ninebox.clustering", "analytics.ninebox.fairness", "ui.ninebox"]
)
def test_scipy_waits_until_a_statistic_is_computed(module: str) -> None:
    """Issue 18: importing scipy.stats costs about 0,7 s; opening the nine-box page must not pay it
    before a test statistic is actually computed."""
    loaded = modules_loaded_by(module)
    assert module in loaded
    assert not any(m.split(".")[0] == "scipy" for m in loaded), module
