"""For the tests that compare the in-memory path (analytics.ninebox.engine) with the SQL path: running a
function on the SQL path, and a build whose rowids no longer point at its rows."""

from __future__ import annotations

import shutil
from typing import Any

import duckdb
import pandas as pd
import pytest

from analytics.ninebox import arrays, scoring


def on_sql(monkeypatch: pytest.MonkeyPatch, fn: Any, *args: Any, **kw: Any) -> Any:
    """``fn`` on the SQL path (the engine believes the scoring table is stale, so prepare refuses)."""
    with monkeypatch.context() as m:
        m.setattr(scoring, "fresh_stats", lambda con: None)
        return fn(*args, **kw)


def point_rowids_at_the_next_person(con: duckdb.DuckDBPyConnection, period: int) -> None:
    """Every ``emp_rowid`` of ``period`` in employee_scores made to point at the next person's row (by
    NIP), as after a rebuild whose checkpoint could not run, then compacted; no block is kept in the
    process nor in the fast files, so the next blocks come from the table with these rowids."""
    rows = con.execute(
        "select nip, emp_rowid from employee_scores where period = ? order by nip", [period]
    ).fetchall()
    rotated = pd.DataFrame({"nip": [r[0] for r in rows], "rid": [r[1] for r in rows[1:] + rows[:1]]})
    cur = con.cursor()
    cur.register("rotated", rotated)
    cur.execute(
        "update employee_scores set emp_rowid = r.rid from rotated r"
        " where period = ? and employee_scores.nip = r.nip",
        [period],
    )
    cur.unregister("rotated")
    arrays.clear()
    root = arrays.files_root(con)
    if root is not None:
        shutil.rmtree(root, ignore_errors=True)
