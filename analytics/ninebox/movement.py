"""Period movement: how each employee's box changed from one period to the next (same NIP).

Why one query, as in ``analytics.whatif.engine``: the population can be national, so both periods'
assignments are ``ninebox.boxes_sql`` relations (prefixes ``a_`` and ``b_``, each with its own period
filter) joined on the NIP inside DuckDB; only the <= 100 transition cells, the people whose
talent-pool membership changed (bounded) and the per-unit pool counts cross into pandas. The box
rules are never restated here.

The in-memory path (analytics.ninebox.engine; the SQL join above took about 15 s over two national
periods): when ``engine.prepare`` takes both periods, each period's selection is scored from its
block, the rows are paired by NIP through ``arrays.nip_match`` (computed once per pair of periods
and kept beside the fast files), the box-to-box counts and the per-unit pool counts come from
numpy, and names are read only for the listed people, by their row in employees (``emp_rowid``).
The SQL path answers everything ``prepare`` refuses; tests/test_movement.py keeps both equal.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.core.masking import PERSON_COLUMNS
from analytics.labels import t
from analytics.ninebox import arrays, scoring
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine as nb_engine
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
    with scoring.one_check(con):  # the store's state read once for the whole call
        nb.check_scheme(con, rules.scheme, lang)
        fa = dataclasses.replace(filters, period=int(before))
        fb = dataclasses.replace(filters, period=int(after))
        found = _fast_movement(con, rules=rules, filters=(fa, fb), limit=int(limit))
        if found is None:
            found = _sql_movement(con, rules=rules, filters=(fa, fb), limit=int(limit))
        matrix, n_status, frame, unit_frame = found
        return _finish(con, before, after, rules, matrix, n_status, frame, unit_frame)


_Parts = tuple[np.ndarray, dict[str, int], pd.DataFrame, pd.DataFrame]


def _sql_movement(
    con: duckdb.DuckDBPyConnection, *, rules: nb.Rules, filters: tuple[Filters, Filters], limit: int
) -> _Parts:
    """Both periods boxed in SQL and joined on the NIP in DuckDB (every case ``prepare`` refuses)."""
    qa = nb.boxes_sql(rules=rules, filters=filters[0], prefix="a_")
    qb = nb.boxes_sql(rules=rules, filters=filters[1], prefix="b_")
    sql = _MOVEMENT_SQL.format(a=qa.sql, b=qb.sql)
    cells, changes, units = (
        con.cursor().execute(sql, {**qa.params, **qb.params, "limit": limit}).fetchall()[0]
    )
    matrix = np.zeros((len(BOXES) + 1, len(BOXES) + 1), dtype=np.int64)
    n_status = {"moved": 0, "new": 0, "gone": 0}
    for cell in cells or []:
        n_status[cell["status"]] += int(cell["n"])
        if cell["status"] == "moved":
            matrix[_index(cell["from_box"]), _index(cell["to_box"])] += int(cell["n"])
    frame = pd.DataFrame(changes or [], columns=[*CHANGE_COLUMNS, "direction", "n_direction"])
    unit_frame = pd.DataFrame(units or [], columns=["instansi", "unit_kerja", "pool_before", "pool_after"])
    return matrix, n_status, frame, unit_frame


def _finish(
    con: duckdb.DuckDBPyConnection,
    before: int,
    after: int,
    rules: nb.Rules,
    matrix: np.ndarray,
    n_status: dict[str, int],
    frame: pd.DataFrame,
    unit_frame: pd.DataFrame,
) -> Movement:
    """The Movement from either path's parts: the changes ordered for the page, the units by net change."""
    for col in ("from_box", "to_box"):
        frame[col] = frame[col].astype("Int64")
    for col in ("nilai_before", "nilai_after"):
        frame[col] = frame[col].astype("float64")  # all NULL (everyone new): still a number column
    order = ["nilai_change", "nip"]
    frame["nilai_change"] = frame["nilai_after"].fillna(0) - frame["nilai_before"].fillna(0)
    entered = frame[frame["direction"] == "entered"].sort_values(order, ascending=[False, True])
    left = frame[frame["direction"] == "left"].sort_values(order, ascending=[True, True])
    n_dir = frame.groupby("direction")["n_direction"].first().to_dict() if len(frame) else {}
    for col in ("pool_before", "pool_after"):
        unit_frame[col] = unit_frame[col].astype("int64")
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


# --- the in-memory path ---------------------------------------------------------------------------

# Names of the listed people by their rows in employees (emp_rowid, each period's own): a semi-join on
# rowid that reads nama, jabatan and the NIP of the listed rows only; each row is checked by its period
# and NIP, since a rowid can point at another person when the rebuild's checkpoint could not run and a
# later one compacted deleted rows (scoring.refresh). Instansi and unit_kerja are employee_scores'
# copies (the block's keys). When a row is not found, the join on (period, nip) answers instead and
# reads all four. The person's columns as the SQL path's coalesce(after, before).
_NAMES_SQL = """
with e as {materialized} ({source})
select m.nip, coalesce(eb.nama, ea.nama) as nama, {instansi} as instansi, {unit} as unit_kerja,
    coalesce(eb.jabatan, ea.jabatan) as jabatan,
    m.from_box, m.to_box, m.nilai_before, m.nilai_after, m.status, m.direction, m.n_direction,
    (m.rid_a is null or ea.period is not null) and (m.rid_b is null or eb.period is not null) as found
from mv_changes m
left join e ea on {join_a}
left join e eb on {join_b}
"""
_NAMES_BY_ROWID = {
    "materialized": "materialized",
    "source": "select rowid as rid, period, nip, nama, jabatan from employees"
    " where rowid in (select rid_a from mv_changes union all select rid_b from mv_changes)",
    "instansi": "coalesce(m.instansi_b, m.instansi_a)",
    "unit": "coalesce(m.unit_b, m.unit_a)",
    "join_a": "ea.rid = m.rid_a and ea.period = $before and ea.nip = m.nip",
    "join_b": "eb.rid = m.rid_b and eb.period = $after and eb.nip = m.nip",
}
_NAMES_FROM_PEOPLE = {  # the listed rows' names from the blocks' kept people (_listed_people)
    **_NAMES_BY_ROWID,
    "source": "select rid, period, nip, nama, jabatan from mv_people",
}
_NAMES_BY_KEY = {
    "materialized": "not materialized",
    "source": "select period, nip, nama, instansi, unit_kerja, jabatan from employees"
    " where period in ($before, $after)",
    "instansi": "coalesce(eb.instansi, ea.instansi)",
    "unit": "coalesce(eb.unit_kerja, ea.unit_kerja)",
    "join_a": "m.rid_a is not null and ea.period = $before and ea.nip = m.nip",
    "join_b": "m.rid_b is not null and eb.period = $after and eb.nip = m.nip",
}


def _fast_movement(
    con: duckdb.DuckDBPyConnection, *, rules: nb.Rules, filters: tuple[Filters, Filters], limit: int
) -> _Parts | None:
    """``box_movement``'s parts from the in-memory blocks, or None when ``engine.prepare`` refuses a
    period or a NIP occurs twice in one (the SQL path answers)."""
    memories = [nb_engine.prepare(con, rules, f) for f in filters]
    if any(m is None or len(m.blocks) != 1 for m in memories):
        return None
    (sa,) = memories[0].scored(con, filters[0], rules)  # type: ignore[union-attr]
    (sb,) = memories[1].scored(con, filters[1], rules)  # type: ignore[union-attr]
    match = arrays.nip_match(con, sa.block, sb.block)
    if match is None:
        return None
    box_of, pool_of = nb.cell_lookup(con, rules.scheme)
    # Pair the selections: for every selected row of ``before``, its index in ``after``'s selection.
    n_a, n_b = len(sa.cell), len(sb.cell)
    partner = np.asarray(match if sa.rows is None else match[sa.rows])
    if sb.rows is not None:  # block row -> selection index in ``after`` (-1: not selected)
        index_b = np.full(sb.block.n + 1, -1, dtype=np.int64)  # the extra slot answers -1 (no partner)
        index_b[sb.rows] = np.arange(n_b)
        partner = index_b[partner]
    both = partner >= 0
    j = partner[both]
    n_both = int(len(j))
    cell_b = sb.cell[j]  # the partner's cell (one random read per pair)
    code = sa.cell[both]  # a copy: before cell * 16 + after cell, in uint8 (cells are < 16)
    code <<= 4
    code |= cell_b
    joint = np.bincount(code, minlength=256)
    matrix = np.zeros((len(BOXES) + 1, len(BOXES) + 1), dtype=np.int64)
    hit = np.flatnonzero(joint)
    for code, n in zip(hit.tolist(), joint[hit].tolist(), strict=True):
        fb, tb = box_of[code // 16], box_of[code % 16]
        matrix[UNMAPPABLE if fb < 0 else fb - 1, UNMAPPABLE if tb < 0 else tb - 1] += n
    n_status = {"moved": n_both, "new": n_b - n_both, "gone": n_a - n_both}

    # Talent-pool membership per selected row of each period; a row without a partner is not in the
    # other period's pool (the SQL path's coalesce(talent_pool, false)).
    pool_a = pool_of[sa.cell]
    pool_b = pool_of[sb.cell]
    partner_pool = np.zeros(n_a, dtype=bool)
    partner_pool[both] = pool_of[cell_b]
    paired_b = np.zeros(n_b, dtype=bool)
    paired_b[j] = True
    frame = _changes(con, sa, sb, partner, pool_a, partner_pool, pool_b & ~paired_b, box_of, limit)
    units = _unit_pools(con, sa, pool_a, sb, pool_b)
    return matrix, n_status, frame, units


def _nilai(s: arrays.Scored, idx: np.ndarray) -> np.ndarray:
    """nilai talenta of selection indices ``idx`` as boxes_sql computes it (NaN = NULL)."""
    share = float(nbrules.NILAI_TALENTA_SHARE)
    out: np.ndarray = share * s.kinerja[idx] + (1 - share) * s.potensial[idx]
    return out


def _changes(
    con: duckdb.DuckDBPyConnection,
    sa: arrays.Scored,
    sb: arrays.Scored,
    partner: np.ndarray,
    pool_a: np.ndarray,
    partner_pool: np.ndarray,
    new_in_pool: np.ndarray,
    box_of: np.ndarray,
    limit: int,
) -> pd.DataFrame:
    """The people who entered or left the pool, the first ``limit`` per direction by the SQL path's
    order (largest change of nilai talenta first, then NIP), with their names from employees. Rows
    0..len(changed)-1 are ``before``'s selection indices ``changed`` (their partner in ``after`` or
    none: gone), the rest ``after``'s ``only_b`` (new); only the listed ones are built into a table."""
    changed = np.flatnonzero(pool_a != partner_pool)  # moved in or out, or gone from the pool
    only_b = np.flatnonzero(new_in_pool)  # new in ``after``, in its pool
    n_a = len(changed)
    to_b = partner[changed]  # partner in ``after``'s selection (-1 = gone)
    has_b = to_b >= 0
    nilai_before = np.concatenate([_nilai(sa, changed), np.full(len(only_b), np.nan)])
    nilai_after = np.full(n_a + len(only_b), np.nan)
    nilai_after[:n_a][has_b] = _nilai(sb, to_b[has_b])
    nilai_after[n_a:] = _nilai(sb, only_b)
    to_pool = np.concatenate([~pool_a[changed], np.ones(len(only_b), dtype=bool)])
    order = np.abs(np.nan_to_num(nilai_after, nan=0.0) - np.nan_to_num(nilai_before, nan=0.0))
    n_entered = int(to_pool.sum())
    totals = {True: n_entered, False: len(to_pool) - n_entered}

    def nips(idx: np.ndarray) -> pa.Array:
        """The NIP of each row ``idx`` (in that order)."""
        in_a = idx < n_a
        parts = pa.concat_arrays(
            [
                sa.block.nip.take(pa.array(sa.positions(changed[idx[in_a]]))),
                sb.block.nip.take(pa.array(sb.positions(only_b[idx[~in_a] - n_a]))),
            ]
        )
        back = np.empty(len(idx), dtype=np.int64)  # parts are a's rows then b's: back to idx's order
        back[np.concatenate([np.flatnonzero(in_a), np.flatnonzero(~in_a)])] = np.arange(len(idx))
        return parts.take(pa.array(back))

    chosen = []
    for direction in (True, False):
        idx = np.flatnonzero(to_pool == direction)
        if limit <= 0:
            idx = idx[:0]
        elif len(idx) > limit:  # the rows at or above the limit-th largest change, then sorted
            values = order[idx]
            kth = np.partition(values, len(values) - limit)[len(values) - limit]
            idx = idx[values >= kth]
        ranked = pc.sort_indices(
            pa.table({"order": order[idx], "nip": nips(idx)}),
            sort_keys=[("order", "descending"), ("nip", "ascending")],
        )
        chosen.append(idx[ranked.to_numpy()[: max(limit, 0)]])
    rows = np.concatenate(chosen)
    in_a = rows < n_a
    sel_a = np.full(len(rows), -1, dtype=np.int64)  # selection index in ``before`` (-1: none)
    sel_a[in_a] = changed[rows[in_a]]
    sel_b = np.full(len(rows), -1, dtype=np.int64)  # selection index in ``after`` (-1: none)
    sel_b[in_a] = to_b[rows[in_a]]
    sel_b[~in_a] = only_b[rows[~in_a] - n_a]
    from_box, to_box, rid_a, rid_b, pos_a, pos_b = (np.full(len(rows), -1, dtype=np.int64) for _ in range(6))
    units: dict[str, pa.Array] = {}  # each row's instansi and unit_kerja (employee_scores' copies)
    for s, sel, box, rid, pos, side in (
        (sa, sel_a, from_box, rid_a, pos_a, "a"),
        (sb, sel_b, to_box, rid_b, pos_b, "b"),
    ):
        there = sel >= 0
        pos[there] = s.positions(sel[there])  # block positions
        box[there] = box_of[s.cell[sel[there]]]
        rid[there] = s.block.emp_rowid[pos[there]]
        for column, name in (("instansi", f"instansi_{side}"), ("unit_kerja", f"unit_{side}")):
            codes, values = s.block.key(con, column)
            code = np.where(there, np.asarray(codes)[np.maximum(pos, 0)], -1) if s.block.n else pos
            units[name] = pa.array([None if c < 0 else values[c] for c in code.tolist()], pa.string())
    direction = to_pool[rows]
    table = pa.table(
        {
            "nip": nips(rows),
            "rid_a": pa.array(rid_a, mask=rid_a < 0),
            "rid_b": pa.array(rid_b, mask=rid_b < 0),
            "from_box": pa.array(from_box, mask=from_box < 0),
            "to_box": pa.array(to_box, mask=to_box < 0),
            "nilai_before": pa.array(nilai_before[rows], from_pandas=True),  # NaN -> NULL
            "nilai_after": pa.array(nilai_after[rows], from_pandas=True),
            "status": pa.array(
                [
                    "gone" if b < 0 else "new" if a < 0 else "moved"
                    for a, b in zip(pos_a.tolist(), pos_b.tolist(), strict=True)
                ],
                pa.string(),
            ),
            "direction": pa.array(["entered" if d else "left" for d in direction.tolist()], pa.string()),
            "n_direction": pa.array([totals[bool(d)] for d in direction.tolist()], pa.int64()),
            **units,
        }
    )
    people = _listed_people(con, ((sa, pos_a, rid_a), (sb, pos_b, rid_b)))
    cur = con.cursor()
    cur.register("mv_changes", table)
    if people is not None:
        cur.register("mv_people", people)
    try:
        params = {"before": sa.block.period, "after": sb.block.period}
        # From the blocks' kept people; by rowid; by (period, nip) when a row is not found.
        ways = (_NAMES_BY_ROWID, _NAMES_BY_KEY)
        for names in ways if people is None else (_NAMES_FROM_PEOPLE, *ways):
            found = cur.execute(_NAMES_SQL.format(**names), params).df()
            if found["found"].all():
                break
    finally:
        cur.unregister("mv_changes")
        if people is not None:
            cur.unregister("mv_people")
    return found.drop(columns=["found"])[[*CHANGE_COLUMNS, "direction", "n_direction"]]


def _listed_people(
    con: duckdb.DuckDBPyConnection,
    sides: tuple[tuple[arrays.Scored, np.ndarray, np.ndarray], ...],
) -> pa.Table | None:
    """The listed rows as the names SQL's ``e`` reads them from employees (rid, period, nip, nama,
    jabatan), one row per listed person and period, from the blocks' kept people
    (arrays.Block.people); None when a block has none yet (the SQL then reads employees by rowid)."""
    parts = []
    for sc, pos, rid in sides:
        people = sc.block.people(con)
        if people is None:
            return None
        there = np.flatnonzero(pos >= 0)
        at = pa.array(pos[there])
        parts.append(
            pa.table(
                {
                    "rid": pa.array(rid[there], pa.int64()),
                    "period": pa.array(np.full(len(there), sc.block.period, dtype=np.int32)),
                    "nip": sc.block.nip.take(at).cast(pa.string()),
                    "nama": people.column("nama").take(at).cast(pa.string()),
                    "jabatan": people.column("jabatan").take(at).cast(pa.string()),
                }
            )
        )
    return pa.concat_tables(parts)


def _unit_pools(
    con: duckdb.DuckDBPyConnection,
    sa: arrays.Scored,
    pool_a: np.ndarray,
    sb: arrays.Scored,
    pool_b: np.ndarray,
) -> pd.DataFrame:
    """Talent-pool members per (instansi, unit_kerja) of each period's own row, before and after."""
    frames = []
    for s, pool, column in ((sa, pool_a, "pool_before"), (sb, pool_b, "pool_after")):
        group, first, second = s.block.pair(con, "instansi", "unit_kerja")
        counts = np.bincount(np.asarray(group)[s.positions(np.flatnonzero(pool))], minlength=len(first))
        hit = np.flatnonzero(counts)
        inst = s.block.key(con, "instansi")[1]
        unit = s.block.key(con, "unit_kerja")[1]
        frames.append(
            pd.DataFrame(
                {
                    "instansi": [None if c < 0 else inst[c] for c in np.asarray(first)[hit].tolist()],
                    "unit_kerja": [None if c < 0 else unit[c] for c in np.asarray(second)[hit].tolist()],
                    column: counts[hit],
                }
            )
        )
    merged = frames[0].merge(frames[1], on=["instansi", "unit_kerja"], how="outer")
    for col in ("pool_before", "pool_after"):
        merged[col] = merged[col].fillna(0).astype("int64")
    return merged


def warm(con: duckdb.DuckDBPyConnection) -> None:
    """Ready the page's first view (the app's warm-up, after ``arrays.warm``): the period before the
    newest one loaded and scored under the default rules, as the newest, with its units grouped and
    the two periods' NIP match, so that the first view only counts and reads names. Only when their
    fast files are there: after a data change the page computes them when it is opened, instead of
    the background competing with the first pages for the cores."""
    stats = scoring.fresh_stats(con)
    root = arrays.files_root(con)
    if stats is None or root is None:
        return
    found = arrays.periods(con, stats)
    if len(found) < 2:
        return
    before, after = found[-2], found[-1]
    if not arrays.stored_block(root, stats.build_id, before):
        return
    if not arrays.match_path(root, stats.build_id, before, after).exists():
        return
    rules = nb.Rules.default(con)
    scored = []
    for period in (before, after):
        filters = Filters(period=period)
        memory = nb_engine.prepare(con, rules, filters)
        if memory is None or len(memory.blocks) != 1:
            return
        scored += memory.scored(con, filters, rules)
    arrays.nip_match(con, scored[0].block, scored[1].block)
    scored[0].block.pair(con, "instansi", "unit_kerja")
    for sc in scored:  # the listed movers' names (the newest period's are usually there already)
        sc.block.people(con, compute=True)


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
