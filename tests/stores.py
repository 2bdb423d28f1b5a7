"""Test databases built through the real code: the demo in a DuckDB file, the committed good template
file imported on top, and a snapshot of what an import may change (to prove a refused file changed
nothing)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from analytics import ingest
from analytics.core import db
from analytics.demo import employees as demo

DATA = Path(__file__).parent / "data"
GOOD_FILE = DATA / "good" / "semicolon_decimal_comma.csv"
# The three people of GOOD_FILE.
GOOD_NIPS = ("199703062021091001", "198502142010012003", "197811202005011002")


def import_good(con: duckdb.DuckDBPyConnection, store_as: int | None = None) -> None:
    """Import the three people of the committed good template file: under the file's own period
    (2025), or under ``store_as``."""
    v = ingest.validate(GOOD_FILE.read_bytes(), "pegawai.csv", con, period=2024)
    if store_as is not None:
        v.rows["period"] = store_as
    ingest.load(con, v)


def demo_file(path: Path, employees: int, *, real: bool = False) -> Path:
    """A checkpointed DuckDB file at ``path`` holding the seeded demo (``employees`` per period), plus
    the good template file's three people when ``real``."""
    con = db.connect(path)
    try:
        demo.build_demo(con, employees=employees)
        if real:
            import_good(con)
        con.execute("checkpoint")
    finally:
        con.close()
    return path


def seeded(path: Path) -> duckdb.DuckDBPyConnection:
    """A database already holding the good file's three people (period 2024), so 'unchanged' is
    checked against real data."""
    con = db.connect(path)
    import_good(con, store_as=2024)
    return con


def stored(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    """Everything an import writes: employees, merit scores and states, and the import log's size."""
    rows = con.execute("select * exclude (import_id) from employees order by period, nip").fetchall()
    rows += con.execute("select * from merit_scores order by all").fetchall()
    rows += con.execute("select * from merit_status order by all").fetchall()
    rows += con.execute("select count(*) from import_log").fetchall()
    return rows
