"""Fixtures of the page tests: one small demo database per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core import db
from analytics.demo import employees as demo


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file holding the seeded demo data with 1,500 employees per period."""
    path = tmp_path_factory.mktemp("pages") / "demo.duckdb"
    con = db.connect(path)
    try:
        demo.build_demo(con, employees=1500)
        con.execute("checkpoint")
    finally:
        con.close()
    return path
