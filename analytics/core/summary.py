"""What the database holds: row counts, periods and instansi (``python -m analytics summary``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

import duckdb

from analytics.core import db
from analytics.core.formats import fmt_number
from analytics.labels import t

_SUMMARY_SQL = """
select
    (select count(*) from employees) as employees,
    (select count(distinct nip) from employees) as people,
    (select count(distinct instansi) from employees) as instansi,
    (select count(distinct provinsi) from employees where provinsi is not null) as provinces,
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
    """Counts per table, employee periods (with employees and instansi per period) and merit periods."""
    cur = con.cursor()
    names = ["employees", "people", "instansi", "provinces", "merit_scores", "merit_status", "imports"]
    values = cur.execute(_SUMMARY_SQL).fetchall()[0]
    out: dict[str, Any] = dict(zip(names, (int(v) for v in values), strict=True))
    out["periods"] = [
        {"period": int(p), "employees": int(n), "instansi": int(i)}
        for p, n, i in cur.execute(_PERIODS_SQL).fetchall()
    ]
    out["merit_periods"] = [int(p) for (p,) in cur.execute(_MERIT_PERIODS_SQL).fetchall()]
    return out


def run_cli(args: argparse.Namespace) -> int:
    """`python -m analytics summary [--json]`."""
    con = db.connect(args.db)
    try:
        info = database_summary(con)
    finally:
        con.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(t("summary.title", lang, path=str(db.db_path(args.db))))
    for key in ("employees", "people", "instansi", "provinces", "merit_scores", "merit_status", "imports"):
        print(f"  {t('summary.' + key, lang)}: {fmt_number(info[key], 0, lang)}")
    for p in info["periods"]:
        print("  " + t("summary.period_line", lang, period=p["period"], n=fmt_number(p["employees"], 0, lang),
                       instansi=fmt_number(p["instansi"], 0, lang)))  # fmt: skip
    if info["merit_periods"]:
        print("  " + t("summary.merit_periods", lang, periods=", ".join(map(str, info["merit_periods"]))))
    return 0
