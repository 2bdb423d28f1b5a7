"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from analytics.core import db


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """The path of a DuckDB file that does not exist yet, in the test's own temp dir."""
    return tmp_path / "talenta.duckdb"


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A new, empty database (the schema and reference tables only), closed after the test. A test
    module with its own ``con`` fixture (seeded data) overrides this one."""
    c = db.connect(tmp_path / "t.duckdb")
    yield c
    c.close()
