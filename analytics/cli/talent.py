"""What the commands over one instansi's talent data share (readiness, evidence)."""

from __future__ import annotations

import sys

import duckdb

from analytics.labels import t
from analytics.talent.succession import ensure_tables


def open_instansi(con: duckdb.DuckDBPyConnection, instansi: str, lang: str) -> bool:
    """Prepare the succession tables (and the demo's critical positions) and check that ``instansi``
    is in the data; if not, print the closest names to stderr and return False."""
    from analytics.demo import succession as succession_demo

    ensure_tables(con)
    succession_demo.ensure_demo_succession(con)
    known = [
        r[0] for r in con.cursor().execute("select distinct instansi from employees order by 1").fetchall()
    ]
    if instansi in known:
        return True
    close = [k for k in known if instansi.lower() in k.lower()][:10]
    print(
        t("talent.cli.unknown_instansi", lang, name=instansi, known=", ".join(close) or "-"), file=sys.stderr
    )
    return False
