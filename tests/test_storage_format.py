"""The database file's format (README, "The database file's format"): a new file is written in the
format of the DuckDB release the project pins; a file made before keeps its own and opens as before."""

from __future__ import annotations

from pathlib import Path

import duckdb

from analytics.core import db


def _format(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(
        "select tags from duckdb_databases() where database_name = current_database()"
    ).fetchone()
    assert row is not None
    return str(row[0]["storage_version"])


def test_a_new_file_is_written_in_the_pinned_release_format(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    con = db.connect(path)
    try:
        assert _format(con) == db.STORAGE_VERSION + "+"
        # another connection in the same process opens the file with DuckDB's default settings
        other = duckdb.connect(str(path))
        try:
            assert other.execute("select count(*) from ref_boxes").fetchone() == (27,)
        finally:
            other.close()
    finally:
        con.close()
    reopened = db.connect(path, read_only=True)
    try:
        assert _format(reopened) == db.STORAGE_VERSION + "+"
    finally:
        reopened.close()


def test_a_file_made_before_keeps_its_format_and_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    plain = duckdb.connect(str(path))  # DuckDB's default format, as every file made before this change
    default_format = _format(plain)
    plain.close()
    assert default_format != db.STORAGE_VERSION + "+"
    con = db.connect(path)
    try:
        assert _format(con) == default_format
        assert con.execute("select count(*) from ref_boxes").fetchone() == (27,)
    finally:
        con.close()
