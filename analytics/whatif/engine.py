"""What-if weights: who changes box when the component weights or the level cut-offs change.

Why one query: the population can be national (~4.7 M rows), so both assignments are
``ninebox.boxes_sql`` relations (prefixes ``b_`` and ``s_``) joined on (period, nip) inside DuckDB and
aggregated in a single pass: one row per (from box, to box) cell with its count, its talent-pool
flags and the list of the cell's movers. Only those <= 100 cells and the movers cross into pandas;
the box rules themselves are never restated here.

Saved weight sets live in the ``weight_sets`` table of the same file (created on first use by
``ensure_tables``), next to the presets of ``ref_weights``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core import db
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.core.masking import PERSON_COLUMNS
from analytics.labels import t
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine as nb_engine
from analytics.ninebox import rules as nbrules
from analytics.ninebox import scoring

BOXES = tuple(range(1, 10))  # rows/columns of the matrix; index 9 (the tenth) = unmappable
UNMAPPABLE = len(BOXES)
SENSITIVITY_STEP = 10.0  # points added to one component's weight in ``sensitivity``
BUILTIN_PRESETS = ("kepka411", "setara", "pu")  # ref_weights presets (names a saved set cannot take)
MAX_NAME = 60
MOVER_COLUMNS = (
    *PERSON_COLUMNS,
    "from_box",
    "to_box",
    "kinerja_before",
    "kinerja_after",
    "kinerja_change",
    "potensial_before",
    "potensial_after",
    "potensial_change",
)


@dataclass(frozen=True)
class Result:
    """Transitions from a baseline assignment to a scenario over the same employees.

    ``matrix[i, j]``: employees in baseline box BOXES[i] and scenario box BOXES[j]; index 9 (row or
    column) = unmappable. ``movers``: every employee whose box changed (including to or from
    unmappable), largest score change first, at most the limit asked for (``movers_total`` = all).
    ``n_movers``: changed from one box to another (both mappable); ``n_mappability``: became mappable
    or unmappable. ``pool_before``/``pool_after``: employees in the talent-pool boxes (ref_boxes).
    """

    matrix: np.ndarray
    movers: pd.DataFrame
    movers_total: int
    n_movers: int
    n_mappability: int
    n_total: int
    pool_before: int
    pool_after: int
    pool_boxes: tuple[int, ...]

    def matrix_frame(self, unmappable_label: str = "-") -> pd.DataFrame:
        """The matrix as a frame: index = baseline box, columns = scenario box, last = unmappable."""
        labels: list[object] = [*BOXES, unmappable_label]
        return pd.DataFrame(self.matrix, index=labels, columns=labels)


# --- transitions ----------------------------------------------------------------------------------

_TRANSITIONS_SQL = """
with base as ({base}),
scn as ({scn}),
pairs as (  -- only keys, boxes and scores cross the join; names are looked up for the movers alone
    select b.period, b.nip, b.box as from_box, s.box as to_box, b.talent_pool as from_pool,
        s.talent_pool as to_pool, b.kinerja_score as kinerja_before, s.kinerja_score as kinerja_after,
        b.potensial_score as potensial_before, s.potensial_score as potensial_after
    from base b join scn s on b.period = s.period and b.nip = s.nip
),
cells as (  -- one pass: counts per (from, to) and the movers of each off-diagonal cell
    select from_box, to_box, count(*) as n, bool_or(from_pool) as from_pool, bool_or(to_pool) as to_pool,
        list({{'period': period, 'nip': nip, 'kinerja_before': kinerja_before, 'kinerja_after': kinerja_after,
            'potensial_before': potensial_before, 'potensial_after': potensial_after}})
            filter (where from_box is distinct from to_box) as movers
    from pairs
    group by all
),
moved as (
    select * from (
        select from_box, to_box, unnest(movers, recursive := true)
        from cells
        where from_box is distinct from to_box
    )
    order by greatest(abs(coalesce(kinerja_after - kinerja_before, 0)),
        abs(coalesce(potensial_after - potensial_before, 0))) desc, nip, period
    limit $movers_limit
)
select 'cell' as kind, from_box, to_box, n, from_pool, to_pool, null::varchar as nip, null::varchar as nama,
    null::varchar as instansi, null::varchar as unit_kerja, null::varchar as jabatan,
    null::double as kinerja_before, null::double as kinerja_after,
    null::double as potensial_before, null::double as potensial_after, null::double as _order
from cells
union all
select 'mover', m.from_box, m.to_box, null, null, null, m.nip, e.nama, e.instansi, e.unit_kerja, e.jabatan,
    m.kinerja_before, m.kinerja_after, m.potensial_before, m.potensial_after,
    greatest(abs(coalesce(m.kinerja_after - m.kinerja_before, 0)),
        abs(coalesce(m.potensial_after - m.potensial_before, 0))) as _order
from moved m join employees e on e.period = m.period and e.nip = m.nip
order by kind, _order desc, nip
"""


def _index(box: Any) -> int:
    """Matrix row/column of a box number (UNMAPPABLE for a missing box)."""
    return UNMAPPABLE if box is None or pd.isna(box) else int(box) - 1


def _flag(value: Any) -> bool:
    return bool(value) if value is not None and not pd.isna(value) else False


def transitions(
    con: duckdb.DuckDBPyConnection,
    *,
    baseline: nb.Rules,
    scenario: nb.Rules,
    filters: Filters,
    movers_limit: int | None = None,
    lang: str = "id",
) -> Result:
    """Who moves from which box to which when the ``baseline`` rules become the ``scenario``'s: the 10x10
    transition counts (zeros included, unmappable last), the movers and the headline numbers. Both
    number their boxes alike (the matrix's rows and columns are box numbers): ValueError otherwise."""
    with scoring.one_check(con):  # the store's state read once for the whole recompute
        return _transitions(
            con, baseline=baseline, scenario=scenario, filters=filters, movers_limit=movers_limit, lang=lang
        )


def _transitions(
    con: duckdb.DuckDBPyConnection,
    *,
    baseline: nb.Rules,
    scenario: nb.Rules,
    filters: Filters,
    movers_limit: int | None,
    lang: str,
) -> Result:
    scheme = baseline.scheme
    nb.check_scheme(con, scheme, lang)
    if scenario.scheme != scheme:
        raise ValueError(t("whatif.error.scheme_mismatch", lang, base=scheme, scenario=scenario.scheme))
    limit = 2**62 if movers_limit is None else max(int(movers_limit), 0)
    if not any(r.thresholds.relative or r.predicate_map or r.bound for r in (baseline, scenario)):
        memory = nb_engine.prepare(con, baseline, filters)  # the engine chooses the path
        fast = None
        if memory is not None:
            fast = _fast_transitions(
                con, memory, baseline=baseline, scenario=scenario, filters=filters, limit=limit
            )
        if fast is not None:
            return fast
    base = nb.boxes_sql(rules=baseline, filters=filters, prefix="b_")
    scn = nb.boxes_sql(rules=scenario, filters=filters, prefix="s_")
    params = {**base.params, **scn.params, "movers_limit": limit}
    sql = _TRANSITIONS_SQL.format(base=base.sql, scn=scn.sql)
    df = con.cursor().execute(sql, params).df()
    return _result(con, df[df["kind"] == "cell"], df[df["kind"] == "mover"], scheme)


def _result(con: duckdb.DuckDBPyConnection, cells: pd.DataFrame, movers: pd.DataFrame, scheme: str) -> Result:
    """The Result from the cells (from_box, to_box, n, from_pool, to_pool) and the movers' rows."""
    matrix = np.zeros((len(BOXES) + 1, len(BOXES) + 1), dtype=np.int64)
    pool_before = pool_after = 0
    for rec in cells.to_dict("records"):
        i = _index(rec["from_box"])
        j = _index(rec["to_box"])
        n = int(rec["n"])
        matrix[i, j] += n
        pool_before += n if _flag(rec["from_pool"]) else 0
        pool_after += n if _flag(rec["to_pool"]) else 0
    movers = movers.reset_index(drop=True)
    movers = movers.assign(
        from_box=movers["from_box"].astype("Int64"),
        to_box=movers["to_box"].astype("Int64"),
        kinerja_change=movers["kinerja_after"] - movers["kinerja_before"],
        potensial_change=movers["potensial_after"] - movers["potensial_before"],
    )[list(MOVER_COLUMNS)]
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    n_movers = int(off[:UNMAPPABLE, :UNMAPPABLE].sum())
    return Result(
        matrix=matrix,
        movers=movers,
        movers_total=int(off.sum()),
        n_movers=n_movers,
        n_mappability=int(off.sum()) - n_movers,
        n_total=int(matrix.sum()),
        pool_before=pool_before,
        pool_after=pool_after,
        pool_boxes=nbrules.pool_boxes(con, scheme),
    )


# --- the fast path: in-memory employee_scores (analytics.ninebox.arrays), absolute cut-offs -----------

# Names by the employees rowid kept in employee_scores: a semi-join on rowid reads only the movers'
# rows of employees (late materialisation), where a join on (period, nip) reads every NIP of the
# table. The NIP and period are checked; the join on them is the fallback when a row moved
# (employees changed without a rebuild).
_FAST_MOVERS_SQL = """
with e as {materialized} ({source})
select nullif(m.from_box, -1)::integer as from_box, nullif(m.to_box, -1)::integer as to_box, m.nip,
    e.nama, e.instansi, e.unit_kerja, e.jabatan,
    m.kinerja_before, m.kinerja_after, m.potensial_before, m.potensial_after
from wi_moved m join e on {join}
order by m._order desc, m.nip
"""
_BY_ROWID = {
    "materialized": "materialized",
    "source": "select rowid as rid, period, nip, nama, instansi, unit_kerja, jabatan from employees"
    " where rowid in (select emp_rowid from wi_moved)",
    "join": "e.rid = m.emp_rowid and e.period = m.period and e.nip = m.nip",
}
_BY_KEY = {
    "materialized": "not materialized",
    "source": "select period, nip, nama, instansi, unit_kerja, jabatan from employees",
    "join": "e.period = m.period and e.nip = m.nip",
}

_EMPTY_MOVERS = {
    "from_box": "Int64",
    "to_box": "Int64",
    **{c: "object" for c in ("nip", "nama", "instansi", "unit_kerja", "jabatan")},
    **{c: "float64" for c in ("kinerja_before", "kinerja_after", "potensial_before", "potensial_after")},
}


def _fast_transitions(
    con: duckdb.DuckDBPyConnection,
    memory: nb_engine.InMemory,
    *,
    baseline: nb.Rules,
    scenario: nb.Rules,
    filters: Filters,
    limit: int,
) -> Result | None:
    """``transitions`` over the in-memory ``employee_scores``: both cells of every row (axis scores and
    cells come from the process's cache when the baseline or an unchanged axis was scored before),
    counts per (from cell, to cell); then the movers
    (rows whose box changed, the top ``limit`` by the larger score change, then NIP) with names from
    employees. None when a period cannot be held in memory (the caller takes the SQL path)."""
    scheme = baseline.scheme
    blocks = memory.blocks
    rb = memory.axis_rules(baseline)
    rs = memory.axis_rules(scenario)
    counts = np.zeros(256, dtype=np.int64)
    changed: list[tuple[scorearrays.Scored, scorearrays.Scored, np.ndarray]] = []
    for blk in blocks:
        before = scorearrays.score(con, blk, filters, rb)  # an axis scored alike is computed once
        after = scorearrays.score(con, blk, filters, rs)
        joint, moved = scorearrays.joint_counts(before.cell, after.cell)
        counts += joint
        if len(moved):
            changed.append((before, after, moved))
    hit = np.flatnonzero(counts)
    # Box and talent-pool flag per cell from ref_boxes (read once per state of the store): the counts
    # never go back through the store (on a lake, each statement reads its catalog first).
    box_of, pool_of = nb.cell_lookup(con, scheme)
    cb, cs = hit // 16, hit % 16
    cells = pd.DataFrame(
        {
            "from_box": [None if b < 0 else int(b) for b in box_of[cb]],  # None: unmappable
            "to_box": [None if b < 0 else int(b) for b in box_of[cs]],
            "n": counts[hit],
            "from_pool": pool_of[cb],
            "to_pool": pool_of[cs],
        }
    )
    movers = _fast_movers(con, changed, scheme, limit) if limit > 0 and changed else None
    if movers is None:
        movers = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _EMPTY_MOVERS.items()})
    return _result(con, cells, movers, scheme)


def _fast_movers(
    con: duckdb.DuckDBPyConnection,
    changed: list[tuple[scorearrays.Scored, scorearrays.Scored, np.ndarray]],
    scheme: str,
    limit: int,
) -> pd.DataFrame | None:
    """The rows among ``changed`` (a level changed) whose box changed, ordered as the SQL path orders
    them (larger score change first, then NIP), the first ``limit``, with names from employees."""
    lookup, _ = nb.cell_lookup(con, scheme)
    parts = []
    for before, after, idx in changed:
        fb = lookup[before.cell[idx]]
        tb = lookup[after.cell[idx]]
        keep = idx[fb != tb]
        if not len(keep):
            continue
        k_b, k_a = before.kinerja[keep], after.kinerja[keep]
        p_b, p_a = before.potensial[keep], after.potensial[keep]
        order = np.maximum(
            np.abs(np.nan_to_num(k_a - k_b, nan=0.0)), np.abs(np.nan_to_num(p_a - p_b, nan=0.0))
        )
        pos = before.positions(keep)
        blk = before.block
        parts.append(
            pa_table(
                {
                    "period": np.full(len(keep), blk.period, dtype=np.int32),
                    "nip": blk.nip.take(pos),
                    "emp_rowid": blk.emp_rowid[pos],
                    "from_box": lookup[before.cell[keep]],
                    "to_box": lookup[after.cell[keep]],
                    "kinerja_before": k_b,
                    "kinerja_after": k_a,
                    "potensial_before": p_b,
                    "potensial_after": p_a,
                    "_order": order,
                }
            )
        )
    if not parts:
        return None
    table = pa.concat_tables(parts)
    if table.num_rows > limit:  # keep the rows at or above the limit-th largest change, then sort those
        order = table.column("_order").to_numpy()
        kth = np.partition(order, len(order) - limit)[len(order) - limit]
        table = table.filter(pa.array(order >= kth))
    ranked = pc.sort_indices(  # the SQL path's order; the period decides between one NIP's two periods
        table, sort_keys=[("_order", "descending"), ("nip", "ascending"), ("period", "ascending")]
    )
    table = table.take(ranked[:limit])
    cur = con.cursor()
    cur.register("wi_moved", table)
    try:
        found = cur.execute(_FAST_MOVERS_SQL.format(**_BY_ROWID)).df()
        if len(found) == table.num_rows:
            return found
        return cur.execute(_FAST_MOVERS_SQL.format(**_BY_KEY)).df()
    finally:
        cur.unregister("wi_moved")


def pa_table(columns: dict[str, Any]) -> pa.Table:
    """An arrow table whose float columns carry NULL where numpy has NaN (a score that is absent)."""
    arrays = {
        k: pa.array(v, from_pandas=True) if isinstance(v, np.ndarray) and v.dtype.kind == "f" else v
        for k, v in columns.items()
    }
    return pa.table(arrays)


# --- sensitivity ----------------------------------------------------------------------------------

_SENS_PART = """
select $name_{i} as component, count(*) filter (where c.box is distinct from v.box) as moved
from cur c join v{i} v on c.period = v.period and c.nip = v.nip
"""


def sensitivity(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    step: float = SENSITIVITY_STEP,
    components: tuple[str, ...] | None = None,
    lang: str = "id",
) -> pd.DataFrame:
    """For each component (default: all eleven): axis, weight, and ``moved`` = how many employees would
    change box (to or from unmappable included) if its weight rose by ``step`` points, the rest of
    ``rules`` unchanged. One unioned query; most movers first."""
    nb.check_scheme(con, rules.scheme, lang)
    weights = rules.weights
    comps = components or db.COMPONENTS
    cur = nb.boxes_sql(rules=rules, filters=filters, prefix="c_")
    ctes = [f"cur as ({cur.sql})"]
    params: dict[str, Any] = dict(cur.params)
    parts = []
    for i, comp in enumerate(comps):
        axis = "kinerja" if comp in db.KINERJA_COMPONENTS else "potensial"
        if comp not in nb.AXIS_COMPONENTS[axis]:
            raise ValueError(comp)
        raised = {**weights.axis(axis), comp: float(weights.axis(axis).get(comp, 0.0)) + step}
        variant = nb.Weights(
            kinerja=raised if axis == "kinerja" else weights.kinerja,
            potensial=raised if axis == "potensial" else weights.potensial,
        )
        q = nb.boxes_sql(rules=rules.with_weights(variant), filters=filters, prefix=f"v{i}_")
        ctes.append(f"v{i} as ({q.sql})")
        params.update(q.params)
        params[f"name_{i}"] = comp
        parts.append(_SENS_PART.format(i=i))
    sql = "with " + ",\n".join(ctes) + "\n" + "\nunion all\n".join(parts)
    moved = dict(con.cursor().execute(sql, params).fetchall())
    out = pd.DataFrame(
        {
            "component": list(comps),
            "axis": ["kinerja" if c in db.KINERJA_COMPONENTS else "potensial" for c in comps],
            "weight": [
                float(weights.axis("kinerja" if c in db.KINERJA_COMPONENTS else "potensial").get(c, 0.0))
                for c in comps
            ],
            "moved": [int(moved.get(c, 0)) for c in comps],
        }
    )
    return out.sort_values(["moved", "component"], ascending=[False, True], ignore_index=True)


# --- which components the selection holds -----------------------------------------------------------


def component_presence(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """What the selected employees hold: ``n`` rows; ``present`` per component key (False when the
    column is NULL for everyone in the selection; kinerja_utama counts the predicate too); ``ready``
    per axis = how many rows carry a ready axis score (docs/rules.md §4: used as is)."""
    where, params = filters.where()
    present = ", ".join(
        "count(kinerja_utama) + count(predikat_kinerja) > 0"
        if c == "kinerja_utama"
        else f"count({c}) > 0"  # identifiers from db.COMPONENTS (whitelist)
        for c in db.COMPONENTS
    )
    ready = ", ".join(f"count({nb.AXIS_SCORE_COLUMN[a]})" for a in nb.AXES)
    sql = f"select count(*), {present}, {ready} from employees where {where}"  # noqa: S608 - whitelists
    row = con.cursor().execute(sql, params).fetchall()[0]
    n = int(row[0])
    flags = row[1 : 1 + len(db.COMPONENTS)]
    counts = row[1 + len(db.COMPONENTS) :]
    return {
        "n": n,
        "present": {c: bool(f) for c, f in zip(db.COMPONENTS, flags, strict=True)},
        "ready": {a: int(v) for a, v in zip(nb.AXES, counts, strict=True)},
    }


def component_names(con: duckdb.DuckDBPyConnection, lang: str = "id") -> dict[str, str]:
    """Component key -> its name in ``lang`` as ref_weights writes it (name_id / name_en)."""
    column = "name_en" if lang == "en" else "name_id"  # whitelist of two identifiers
    rows = (
        con.cursor()
        .execute(f"select component, min({column}) from ref_weights group by component")  # noqa: S608
        .fetchall()
    )
    names = {str(c): str(n) for c, n in rows if n is not None}
    return {c: names.get(c, t(f"ninebox.component.{c}", lang)) for c in db.COMPONENTS}


# --- saved weight sets ----------------------------------------------------------------------------

_WEIGHT_SETS_DDL = """
create table if not exists weight_sets (
    name varchar primary key,
    created_at timestamp not null,
    weights json not null,
    kinerja_low double not null,
    kinerja_high double not null,
    potensial_low double not null,
    potensial_high double not null
)
"""


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the ``weight_sets`` table when missing (a named set: weights JSON and the cut-offs)."""
    db.ensure_tables(con, _WEIGHT_SETS_DDL, ("weight_sets",))


def _table_exists(con: duckdb.DuckDBPyConnection) -> bool:
    rows = (
        con.cursor()
        .execute("select count(*) from information_schema.tables where table_name = 'weight_sets'")
        .fetchall()
    )
    return bool(rows[0][0])


def save_weight_set(
    con: duckdb.DuckDBPyConnection,
    name: str,
    rules: nb.Rules,
    lang: str = "id",
) -> str:
    """Store (or replace) a named weight set with its cut-offs (``rules``' weights and thresholds; the
    numbering is not stored); returns the name as stored.
    ValueError for an empty, too long or reserved name, bad weights or bad cut-offs."""
    clean = " ".join(str(name).split())
    if not clean or len(clean) > MAX_NAME:
        raise ValueError(t("whatif.error.set_name", lang, max=MAX_NAME))
    if clean.lower() in BUILTIN_PRESETS:
        raise ValueError(t("whatif.error.set_reserved", lang, name=clean))
    weights, thresholds = rules.weights, rules.thresholds
    nb.validate_weights(weights, lang)
    for axis in nb.AXES:
        low, high = thresholds.kinerja if axis == "kinerja" else thresholds.potensial
        if not (0 <= low <= high <= 100):
            raise ValueError(t("ninebox.error.cutoffs", lang, value=f"{low},{high}"))
    ensure_tables(con)
    payload = json.dumps({a: {k: float(v) for k, v in weights.axis(a).items()} for a in nb.AXES})
    cur = con.cursor()
    cur.execute("begin transaction")  # delete and insert: a lake table has no key to replace on
    cur.execute("delete from weight_sets where name = ?", [clean])
    cur.execute(
        "insert into weight_sets values (?, ?, ?, ?, ?, ?, ?)",
        [
            clean,
            dt.datetime.now().replace(microsecond=0),
            payload,
            float(thresholds.kinerja[0]),
            float(thresholds.kinerja[1]),
            float(thresholds.potensial[0]),
            float(thresholds.potensial[1]),
        ],
    )
    cur.execute("commit")
    return clean


def weight_sets(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the saved weight sets, alphabetically (none when the table does not exist yet)."""
    try:
        ensure_tables(con)
    except duckdb.Error:  # a read-only file without the table: nothing saved there
        return []
    if not _table_exists(con):
        return []
    return [
        r[0] for r in con.cursor().execute("select name from weight_sets order by lower(name)").fetchall()
    ]


def load_weight_set(
    con: duckdb.DuckDBPyConnection, name: str, lang: str = "id"
) -> tuple[nb.Weights, nb.Thresholds]:
    """A saved set's weights and cut-offs; ValueError when no set has that name."""
    rows: list[Any] = []
    if _table_exists(con):
        rows = (
            con.cursor()
            .execute(
                "select weights, kinerja_low, kinerja_high, potensial_low, potensial_high"
                " from weight_sets where name = ?",
                [name],
            )
            .fetchall()
        )
    if not rows:
        known = ", ".join([*BUILTIN_PRESETS, *weight_sets(con)])
        raise ValueError(t("ninebox.error.preset", lang, name=name, known=known))
    payload, k_low, k_high, p_low, p_high = rows[0]
    data = json.loads(payload)
    weights = nb.Weights(
        kinerja={k: float(data.get("kinerja", {}).get(k, 0.0)) for k in db.KINERJA_COMPONENTS},
        potensial={k: float(data.get("potensial", {}).get(k, 0.0)) for k in db.POTENSIAL_COMPONENTS},
    )
    return weights, nb.Thresholds(kinerja=(k_low, k_high), potensial=(p_low, p_high))


def preset_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The presets of ref_weights (kepka411 first), then the saved sets."""
    rows = con.cursor().execute("select distinct preset from ref_weights").fetchall()
    presets = sorted((str(r[0]) for r in rows), key=lambda p: (p != "kepka411", p))
    return presets + [s for s in weight_sets(con) if s not in presets]


def resolve(
    con: duckdb.DuckDBPyConnection, name: str, lang: str = "id"
) -> tuple[nb.Weights, nb.Thresholds | None]:
    """A preset (ref_weights; no cut-offs of its own) or a saved set (with its cut-offs) by name."""
    rows = con.cursor().execute("select count(*) from ref_weights where preset = ?", [name]).fetchall()
    if rows[0][0]:
        return nb.preset_weights(con, name, lang), None
    return load_weight_set(con, name, lang)


# --- headline -------------------------------------------------------------------------------------


def headline(result: Result, lang: str = "id") -> str:
    """'N pegawai berpindah kotak; talent pool (kotak 7-8-9) dari X menjadi Y' in the reader's numbers."""
    return t(
        "whatif.headline",
        lang,
        n=fmt_number(result.n_movers, 0, lang),
        boxes="-".join(str(b) for b in result.pool_boxes),
        before=fmt_number(result.pool_before, 0, lang),
        after=fmt_number(result.pool_after, 0, lang),
    )


# --- command line ---------------------------------------------------------------------------------


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is pd.NA:
        return None
    return value


def result_json(result: Result, *, period: int, baseline: str, scenario: str) -> dict[str, Any]:
    """The CLI's JSON document: labels, the 10x10 counts, headline numbers and the movers."""
    movers = [
        {k: _finite(v) for k, v in rec.items()}
        for rec in result.movers.astype(object).where(result.movers.notna(), None).to_dict("records")
    ]
    return {
        "period": period,
        "baseline": baseline,
        "scenario": scenario,
        "boxes": [*BOXES, None],
        "transitions": result.matrix.tolist(),
        "n_total": result.n_total,
        "n_movers": result.n_movers,
        "n_mappability": result.n_mappability,
        "talent_pool_boxes": list(result.pool_boxes),
        "talent_pool_before": result.pool_before,
        "talent_pool_after": result.pool_after,
        "movers": movers,
    }
