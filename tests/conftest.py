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


@pytest.fixture(scope="session")
def postgres():  # type: ignore[no-untyped-def]
    """A PostgreSQL server of the session's own on a loopback port (the DuckLake catalog); fails
    with the way forward when Debian's postgresql package is missing."""
    from tests.lake_support import PostgresServer

    try:
        server = PostgresServer().init()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield server
    server.destroy()


@pytest.fixture
def lake_store(postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:  # type: ignore[no-untyped-def]
    """A new, empty lake: its catalog a fresh PostgreSQL database, its Parquet files in the test's
    temp dir; TALENTA_STORE and TALENTA_LAKE_DATA point at it. Returns the store address."""
    spec = postgres.spec(postgres.create_database())
    folder = tmp_path / "lake-data"
    folder.mkdir()
    monkeypatch.setenv("TALENTA_STORE", spec)
    monkeypatch.setenv("TALENTA_LAKE_DATA", str(folder))
    return spec


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A new, empty database (the schema and reference tables only), closed after the test. A test
    module with its own ``con`` fixture (seeded data) overrides this one."""
    c = db.connect(tmp_path / "t.duckdb")
    yield c
    c.close()
