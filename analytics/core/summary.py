"""What the database holds: row counts, periods and instansi (``python -m analytics summary``)."""

from __future__ import annotations

from typing import Any

import duckdb

_EMPLOYEES_SQL = """
select
    (select count(*) from employees) as employees,
    (select count(distinct nip) from employees) as people,
    (select count(distinct instansi) from employees) as instansi,
    (select count(distinct provinsi) from employees where provinsi is not null) as provinces
"""

_OTHER_SQL = """
select
    (select count(*) from merit_scores) as merit_scores,
    (select count(*) from merit_status) as merit_status,
    (select count(*) from import_log) as imports
"""

_PERIODS_SQL = """
select period, count(*) as employees, count(distinct instansi) as instansi
from employees group by period order by period
"""

_MERIT_PERIODS_SQL = """
select period from merit_scores union select period from merit_status order by period
"""


def database_summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts per table, employee periods (with employees and instansi per period) and merit periods.

    The employees' part scans every row (seconds at national scale): it is kept with the nine-box
    fast files of the same data (analytics.ninebox.arrays.stored) and read from there next time."""
    from analytics.ninebox import arrays  # the nine-box modules only when a summary is asked for

    out: dict[str, Any] = dict(arrays.stored(con, "summary", None, lambda: _employees_summary(con)))
    cur = con.cursor()
    names = ["merit_scores", "merit_status", "imports"]
    values = cur.execute(_OTHER_SQL).fetchall()[0]
    out.update(zip(names, (int(v) for v in values), strict=True))
    out["merit_periods"] = [int(p) for (p,) in cur.execute(_MERIT_PERIODS_SQL).fetchall()]
    keys = ["employees", "people", "instansi", "provinces", "merit_scores", "merit_status", "imports"]
    return {k: out[k] for k in [*keys, "periods", "merit_periods"]}


def _employees_summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    cur = con.cursor()
    names = ["employees", "people", "instansi", "provinces"]
    values = cur.execute(_EMPLOYEES_SQL).fetchall()[0]
    out: dict[str, Any] = dict(zip(names, (int(v) for v in values), strict=True))
    out["periods"] = [
        {"period": int(p), "employees": int(n), "instansi": int(i)}
        for p, n, i in cur.execute(_PERIODS_SQL).fetchall()
    ]
    return out
