"""Fixtures of the page tests: one small demo database per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.stores import demo_file


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file holding the seeded demo data with 1,500 employees per period."""
    return demo_file(tmp_path_factory.mktemp("pages") / "demo.duckdb", 1500)
