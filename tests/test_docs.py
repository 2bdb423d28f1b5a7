"""The README documents what users rely on: every CLI command, the two quick-start commands, every template header."""

from __future__ import annotations

from pathlib import Path

from analytics.cli import _REGISTRY
from analytics.ingest.columns import EMPLOYEE_COLUMNS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    assert {"demo", "load", "summary"} <= set(_REGISTRY)
    missing = [name for name in _REGISTRY if f"| `{name}" not in README]
    assert not missing, missing


def test_quick_start_has_the_two_commands_and_ci_runs_the_test_one() -> None:
    assert "make run" in README and "make test" in README
    assert "exec make test" in CI


def test_every_template_header_and_alias_is_documented() -> None:
    for spec in EMPLOYEE_COLUMNS:
        assert f"| {spec.header} |" in README, spec.header
        for alias in spec.aliases:
            assert alias in README, alias
