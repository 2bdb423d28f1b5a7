"""Period movement: how each employee's box changed from one period to the next (same NIP).

Why one query, as in ``analytics.whatif.engine``: the population can be national, so both periods'
assignments are ``ninebox.boxes_sql`` relations (prefixes ``a_`` and ``b_``, each with its own period
filter) joined on the NIP inside DuckDB; only the <= 100 transition cells, the people whose
talent-pool membership changed (bounded) and the per-unit pool counts cross into pandas. The box
rules are never restated here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.core.masking import PERSON_COLUMNS
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.ninebox import rules as nbrules

BOXES = tuple(range(1, 10))  # rows/columns of the matrix; index 9 (the tenth) = unmappable
UNMAPPABLE = len(BOXES)
CHANGES_LIMIT = 20_000  # people listed as entering or leaving the pool (largest nilai-talenta change first)
CHANGE_COLUMNS = (
    *PERSON_COLUMNS,
    "from_box",
    "to_box",
    "nilai_before",
    "nilai_after",
    "status",
)


@dataclass(frozen=True)
class Movement:
    """Box movement of the same employees (same NIP) from period ``before`` to period ``after``.

    ``matrix[i, j]``: employees present in both periods in box BOXES[i] before and BOXES[j] after;
    index 9 = unmappable. ``entered``/``left``: who joined or left the talent pool (CHANGE_COLUMNS;
    status 'moved' = present in both periods, 'new' = only in ``after``, 'gone' = only in ``before``).
    ``units``: per work unit (instansi, unit_kerja) the pool before and after and the net change.
    """

    before: int
    after: int
    matrix: np.ndarray
    n_both: int
    n_new: int
    n_gone: int
    entered: pd.DataFrame
    left: pd.DataFrame
    n_entered: int
    n_left: int
    pool_before: int
    pool_after: int
    units: pd.DataFrame
    pool_boxes: tuple[int, ...]

    @property
    def n_moved(self) -> int:
        """Employees present in both periods whose box changed (both mappable)."""
        off = self.matrix[:UNMAPPABLE, :UNMAPPABLE].copy()
        np.fill_diagonal(off, 0)
        return int(off.sum())


_MOVEMENT_SQL = """
with a as ({a}),
b as ({b}),
pairs as (
    select coalesce(b.nip, a.nip) as nip, coalesce(b.nama, a.nama) as nama,
        coalesce(b.instansi, a.instansi) as instansi, coalesce(b.unit_kerja, a.unit_kerja) as unit_kerja,
        coalesce(b.jabatan, a.jabatan) as jabatan,
        a.instansi as instansi_before, a.unit_kerja as unit_before,
        b.instansi as instansi_after, b.unit_kerja as unit_after,
        a.box as from_box, b.box as to_box,
        coalesce(a.talent_pool, false) as from_pool, coalesce(b.talent_pool, false) as to_pool,
        a.nilai_talenta as nilai_before, b.nilai_talenta as nilai_after,
        case when a.nip is null then 'new' when b.nip is null then 'gone' else 'moved' end as status
    from a full outer join b on a.nip = b.nip
),
cells as (
    select status, from_box, to_box, count(*) as n from pairs group by all
),
changes as (
    select * exclude (instansi_before, unit_before, instansi_after, unit_after),
        case when to_pool then 'entered' else 'left' end as direction,
        count(*) over (partition by to_pool) as n_direction
    from pairs
    where from_pool <> to_pool
    qualify row_number() over (partition by to_pool
        order by abs(coalesce(nilai_after, 0) - coalesce(nilai_before, 0)) desc, nip) <= $limit
),
units as (  -- each period's own unit: a person who moved unit counts in the old one before, the new one after
    select instansi, unit_kerja, sum(before)::bigint as pool_before, sum(after)::bigint as pool_after
    from (
        select instansi_before as instansi, unit_before as unit_kerja, 1 as before, 0 as after
        from pairs where from_pool
        union all
        select instansi_after, unit_after, 0, 1 from pairs where to_pool
    )
    group by all
)
select
    (select list({{'status': status, 'from_box': from_box, 'to_box': to_box, 'n': n}}) from cells),
    (select list({{'nip': nip, 'nama': nama, 'instansi': instansi, 'unit_kerja': unit_kerja,
        'jabatan': jabatan, 'from_box': from_box, 'to_box': to_box, 'nilai_before': nilai_before,
        'nilai_after': nilai_after, 'status': status, 'direction': direction,
        'n_direction': n_direction}}) from changes),
    (select list({{'instansi': instansi, 'unit_kerja': unit_kerja, 'pool_before': pool_before,
        'pool_after': pool_after}}) from units)
"""


def _index(box: Any) -> int:
    return UNMAPPABLE if box is None or pd.isna(box) else int(box) - 1


def box_movement(
    con: duckdb.DuckDBPyConnection,
    *,
    before: int,
    after: int,
    rules: nb.Rules,
    filters: Filters,
    limit: int = CHANGES_LIMIT,
    lang: str = "id",
) -> Movement:
    """The nine-box of period ``before`` against that of ``after`` under the same rules, over the
    employees ``filters`` selects (its period is replaced by each of the two)."""
    nb.check_scheme(con, rules.scheme, lang)
    qa = nb.boxes_sql(rules=rules, filters=dataclasses.replace(filters, period=int(before)), prefix="a_")
    qb = nb.boxes_sql(rules=rules, filters=dataclasses.replace(filters, period=int(after)), prefix="b_")
    sql = _MOVEMENT_SQL.format(a=qa.sql, b=qb.sql)
    cells, changes, units = (
        con.cursor().execute(sql, {**qa.params, **qb.params, "limit": int(limit)}).fetchall()[0]
    )
    matrix = np.zeros((len(BOXES) + 1, len(BOXES) + 1), dtype=np.int64)
    n_status = {"moved": 0, "new": 0, "gone": 0}
    for cell in cells or []:
        n_status[cell["status"]] += int(cell["n"])
        if cell["status"] == "moved":
            matrix[_index(cell["from_box"]), _index(cell["to_box"])] += int(cell["n"])
    frame = pd.DataFrame(changes or [], columns=[*CHANGE_COLUMNS, "direction", "n_direction"])
    for col in ("from_box", "to_box"):
        frame[col] = frame[col].astype("Int64")
    order = ["nilai_change", "nip"]
    frame["nilai_change"] = frame["nilai_after"].fillna(0) - frame["nilai_before"].fillna(0)
    entered = frame[frame["direction"] == "entered"].sort_values(order, ascending=[False, True])
    left = frame[frame["direction"] == "left"].sort_values(order, ascending=[True, True])
    n_dir = frame.groupby("direction")["n_direction"].first().to_dict() if len(frame) else {}
    unit_frame = pd.DataFrame(units or [], columns=["instansi", "unit_kerja", "pool_before", "pool_after"])
    unit_frame["net"] = unit_frame["pool_after"] - unit_frame["pool_before"]
    unit_frame = unit_frame.sort_values(["net", "instansi", "unit_kerja"], ignore_index=True)
    return Movement(
        before=int(before),
        after=int(after),
        matrix=matrix,
        n_both=n_status["moved"],
        n_new=n_status["new"],
        n_gone=n_status["gone"],
        entered=entered[list(CHANGE_COLUMNS)].reset_index(drop=True),
        left=left[list(CHANGE_COLUMNS)].reset_index(drop=True),
        n_entered=int(n_dir.get("entered", 0)),
        n_left=int(n_dir.get("left", 0)),
        pool_before=int(unit_frame["pool_before"].sum()),
        pool_after=int(unit_frame["pool_after"].sum()),
        units=unit_frame,
        pool_boxes=nbrules.pool_boxes(con, rules.scheme),
    )


def headline(m: Movement, lang: str = "id") -> str:
    """'Dari 2024 ke 2025: N pegawai berpindah kotak; talent pool dari X menjadi Y (+a masuk, −b keluar)'."""
    return t(
        "move.headline",
        lang,
        before=m.before,
        after=m.after,
        n=fmt_number(m.n_moved, 0, lang),
        both=fmt_number(m.n_both, 0, lang),
        pool_before=fmt_number(m.pool_before, 0, lang),
        pool_after=fmt_number(m.pool_after, 0, lang),
        entered=fmt_number(m.n_entered, 0, lang),
        left=fmt_number(m.n_left, 0, lang),
        boxes="-".join(str(b) for b in m.pool_boxes),
    )
