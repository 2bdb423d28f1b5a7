"""Headline figures for the overview page (Beranda), over the filtered population."""

from __future__ import annotations

from typing import Any

import duckdb

from analytics.core.filters import Filters
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import rules

_COUNTS_SQL = """
select count(*) as employees,
       count(distinct instansi) as instansi,
       count(distinct unit_kerja) as units,
       count(distinct provinsi) as provinces
from employees where {where}
"""

TALENT_POOL_TARGET = rules.POOL_TARGET  # ref_talent_targets (docs/rules.md §7)


def headline(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """Employees, instansi, units, provinces; per-box counts, talent-pool share and unmappable count
    with the default preset (kepka411) and cut-offs."""
    where, params = filters.where()
    cur = con.cursor()
    names = ("employees", "instansi", "units", "provinces")
    row = cur.execute(_COUNTS_SQL.format(where=where), params).fetchall()[0]
    out: dict[str, Any] = dict(zip(names, (int(v) for v in row), strict=True))
    counts = ninebox.box_counts(con, rules=ninebox.Rules.default(con), filters=filters)
    mapped = counts[counts["box"].notna()]
    out["boxes"] = {int(b): int(n) for b, n in zip(mapped["box"], mapped["n"], strict=True)}
    out["unmappable"] = int(counts.loc[counts["box"].isna(), "n"].sum())
    total_mapped = int(mapped["n"].sum())
    pool_boxes = rules.pool_boxes(con)
    pool = sum(n for b, n in out["boxes"].items() if b in pool_boxes)
    out["pool_boxes"] = sorted(int(b) for b in pool_boxes)
    out["mapped"] = total_mapped
    out["talent_pool"] = pool
    out["talent_pool_share"] = pool / total_mapped if total_mapped else None
    out["merit_instansi"] = int(
        cur.execute(
            "select count(distinct instansi) from (select instansi from merit_status "
            "union select instansi from merit_scores)"
        ).fetchall()[0][0]
    )
    return out
