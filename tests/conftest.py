"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """The path of a DuckDB file that does not exist yet, in the test's own temp dir."""
    return tmp_path / "talenta.duckdb"
