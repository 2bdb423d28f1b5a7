"""What the nine-box page draws, aggregated in DuckDB over ``ninebox.boxes_sql``.

Why a module beside ``ninebox``: the page needs views of one assignment that ``assign_boxes`` (every
row, into pandas) cannot give at national scale: the cut-offs that relative mode produced, a seeded
sample of points, a 2-D density, the members of one box or selection, the unmappable rows with their
reasons, and box shares per unit or region. Each runs one query on the whole population; only the
aggregate (or at most ``limit`` rows) crosses into pandas. Identifiers come from fixed whitelists;
every value is bound.
"""

from __future__ import annotations

import sys
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core import db
from analytics.core.filters import Filters
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import boxes as nb
from analytics.ninebox import calibration, engine

# Columns the scatter may colour by (identifier whitelist).
COLOR_COLUMNS = ("unit_kerja", "jenis_jabatan", "jenis_kelamin")
# Regional comparison rows (identifier whitelist; a subset of ninebox.GROUP_COLUMNS).
REGION_COLUMNS = ("instansi", "kab_kota", "provinsi")
# Which box a view counts: the computed one, the calibrated one, or the calibrated one with the
# computed one beside it (see ``with_calibration``).
BOX_VIEWS = ("computed", "calibrated", "both")
# Fewer employees than this in a group: the group is never shown (docs/rules.md §14).
MIN_GROUP = 5
_PREFIX = "nb_"
_NO_REGION = "<none>"  # stands for a NULL region while pivoting (pandas drops NULL keys)


def _boxes(rules: nb.Rules, filters: Filters, *, reasons: bool = False) -> nb.BoxesQuery:
    return nb.boxes_sql(rules=rules, filters=filters, prefix=_PREFIX, reasons=reasons)


_CAL_CTES = """
latest as (  -- only set entries count (PMK 38/2025 pasal 21; drafts and reviewed ones are pending)
    select period, nip, to_box,
        row_number() over (partition by period, nip order by entry_id desc) as rn
    from ({set_entries})
),
cal as (  -- calibrations are stored in the default numbering: carried to the view's by the cell
    select l.period, l.nip, rs.box as calibrated_box
    from latest l
    join ref_boxes rp on rp.scheme = $cal_scheme and rp.box = l.to_box
    join ref_boxes rs on rs.scheme = ${prefix}scheme and rs.kinerja_level = rp.kinerja_level
        and rs.potensial_level = rp.potensial_level
    where l.rn = 1 and l.to_box is not null
)
"""
_CALIBRATED_SQL = (
    """
with b0 as ({boxes}),"""
    + _CAL_CTES
    + """select b0.* replace (
        {box} as box,
        case when {use} and cal.calibrated_box is not null then rv.talent_pool else b0.talent_pool end
            as talent_pool
    ),
    b0.box as computed_box, cal.calibrated_box, cal.calibrated_box is not null as calibrated
from b0
left join cal on cal.period = b0.period and cal.nip = b0.nip
left join ref_boxes rv on rv.scheme = ${prefix}scheme and rv.box = cal.calibrated_box
"""
)


def with_calibration(con: duckdb.DuckDBPyConnection, q: nb.BoxesQuery, box_view: str) -> nb.BoxesQuery:
    """``q`` with computed_box, calibrated_box (NULL when the meeting did not move the person) and
    calibrated; ``box`` (and talent_pool) is the calibrated box where set unless ``box_view`` is
    'computed'. Calibrations are few: joining the latest entry per (period, NIP) costs little."""
    if box_view not in BOX_VIEWS:
        raise ValueError(box_view)
    calibration.ensure_tables(con)
    use = box_view != "computed"
    sql = _CALIBRATED_SQL.format(
        boxes=q.sql,
        set_entries=calibration.SET_ENTRIES_SQL,
        prefix=_PREFIX,
        box="coalesce(cal.calibrated_box, b0.box)" if use else "b0.box",
        use="true" if use else "false",
    )
    return nb.BoxesQuery(sql=sql, params={**q.params, "cal_scheme": nb.DEFAULT_SCHEME})


_N_CALIBRATED_SQL = """
with b as ({boxes})
select count(*) from b where calibrated
"""


def count_calibrated(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
) -> int:
    """How many employees in ``filters`` the meeting moved to another box, set (and not undone)."""
    if not _any_calibration(con):
        return 0  # no entry at all: no need to compute every box of the view (13 M rows nationally)
    q = with_calibration(con, _boxes(rules, filters), "both")
    return int(con.cursor().execute(_N_CALIBRATED_SQL.format(boxes=q.sql), q.params).fetchall()[0][0])


def _any_calibration(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the calibration trail holds any entry (the tables are created when missing)."""
    calibration.ensure_tables(con)
    return bool(con.cursor().execute("select exists (select 1 from calibration_log)").fetchall()[0][0])


_N_PENDING_SQL = """
with b as ({boxes})
select st.state, count(distinct b.nip)
from b
join calibration_log l on l.period = b.period and l.nip = b.nip
join ({states}) st on st.entry_id = l.entry_id
where st.state in ('draft', 'reviewed')
group by st.state
"""


def count_pending(con: duckdb.DuckDBPyConnection, *, rules: nb.Rules, filters: Filters) -> dict[str, int]:
    """Employees in ``filters`` with a proposal not yet set, per state ('draft', 'reviewed'): shown as
    pending, never counted in the calibrated view (PMK 38/2025 pasal 21, docs/rules.md §8)."""
    if not _any_calibration(con):  # creates the trail tables when missing
        return dict.fromkeys(calibration.OPEN_STATES, 0)
    q = _boxes(rules, filters)
    sql = _N_PENDING_SQL.format(boxes=q.sql, states=calibration.STATE_SQL)
    found = dict(con.cursor().execute(sql, q.params).fetchall())
    return {state: int(found.get(state, 0)) for state in calibration.OPEN_STATES}


_REF_SQL = """
select b.box, b.kinerja_level, b.potensial_level, b.talent_pool, b.label_id, b.label_en, b.action_id,
    b.action_en, k.name_id as kinerja_name_id, k.name_en as kinerja_name_en,
    p.name_id as potensial_name_id, p.name_en as potensial_name_en
from ref_boxes b
left join ref_levels k on k.axis = 'kinerja' and k.level = b.kinerja_level
left join ref_levels p on p.axis = 'potensial' and p.level = b.potensial_level
where b.scheme = ?
order by b.box
"""


def box_reference(
    con: duckdb.DuckDBPyConnection, scheme: str = nb.DEFAULT_SCHEME, lang: str = "id"
) -> pd.DataFrame:
    """The nine boxes of a numbering scheme (ref_boxes): box, kinerja_level, potensial_level,
    talent_pool, label and action in ``lang``, and the names of both levels (ref_levels)."""
    nb.check_scheme(con, scheme, lang)
    df = con.cursor().execute(_REF_SQL, [scheme]).df()
    suffix = "en" if lang == "en" else "id"
    df["label"] = df[f"label_{suffix}"]
    df["action"] = df[f"action_{suffix}"]
    df["kinerja_name"] = df[f"kinerja_name_{suffix}"]
    df["potensial_name"] = df[f"potensial_name_{suffix}"]
    df["box"] = df["box"].astype("int64")
    df["talent_pool"] = df["talent_pool"].astype(bool)
    columns = ["box", "kinerja_level", "potensial_level", "talent_pool", "label", "action"]
    return df[[*columns, "kinerja_name", "potensial_name"]]


def schemes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The box numbering schemes in ref_boxes, PermenPANRB first."""
    rows = con.cursor().execute("select distinct scheme from ref_boxes").fetchall()
    return sorted((str(r[0]) for r in rows), key=lambda s: (s != nb.DEFAULT_SCHEME, s))


_CELL_COUNTS_SQL = """
with b as ({boxes})
select computed_box, coalesce(calibrated_box, computed_box) as calibrated_box, count(*) as n
from b
group by all
"""


def cell_table(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    lang: str = "id",
    box_view: str = "computed",
) -> tuple[pd.DataFrame, int]:
    """The nine cells with their counts: box, levels, talent_pool, label, action, n, share (of the
    mappable employees, counted by ``box_view``), n_computed and n_calibrated (both views' counts);
    and the number of unmappable employees (in that view)."""
    ref = box_reference(con, rules.scheme, lang)
    engine = _engine(con, rules, filters)
    if engine is not None:
        counts = _engine_cell_counts(con, engine, rules.scheme)
    else:
        q = with_calibration(con, _boxes(rules, filters), "both")
        counts = con.cursor().execute(_CELL_COUNTS_SQL.format(boxes=q.sql), q.params).df()
    out = ref.copy()
    for view, column in (("computed", "computed_box"), ("calibrated", "calibrated_box")):
        per_box = counts.groupby(column)["n"].sum()
        out[f"n_{view}"] = out["box"].map(per_box).fillna(0).astype("int64")
    view = "computed" if box_view == "computed" else "calibrated"
    out["n"] = out[f"n_{view}"]
    mapped = int(out["n"].sum())
    out["share"] = (out["n"] / mapped if mapped else out["n"] * float("nan")).astype("float64")
    unmappable = int(counts.loc[counts[f"{view}_box"].isna(), "n"].sum())
    return out, unmappable


def _engine_cell_counts(
    con: duckdb.DuckDBPyConnection, scored: list[scorearrays.Scored], scheme: str
) -> pd.DataFrame:
    """_CELL_COUNTS_SQL's (computed_box, calibrated_box, n) on the fast path: the computed boxes
    counted in memory; the few employees with a calibration entry go through ``with_calibration``
    (their computed box from memory), and are taken out of the plain counts."""
    box_of, pool_of = nb.cell_lookup(con, scheme)
    plain = np.zeros(16, dtype=np.int64)
    tables = []
    for sc in scored:
        plain += sc.counts
        cal = _calibrated_rows(con, sc.block)
        if not len(cal):
            continue
        if sc.rows is None:
            idx = cal
        else:
            at = np.minimum(np.searchsorted(sc.rows, cal), len(sc.rows) - 1)
            idx = at[sc.rows[at] == cal] if len(sc.rows) else at[:0]
        if not len(idx):
            continue
        cell = sc.cell[idx]
        plain -= np.bincount(cell, minlength=16)
        tables.append(
            pa.table(
                {
                    "period": pa.array(np.full(len(idx), sc.block.period, dtype=np.int32)),
                    "nip": sc.block.nip.take(pa.array(sc.positions(idx))),
                    "box": pa.array(box_of[cell], mask=box_of[cell] < 0),
                    "talent_pool": pa.array(pool_of[cell]),
                }
            )
        )
    frames = []
    if tables:
        cur = con.cursor()
        cur.register("nbv_calibrated", pa.concat_tables(tables))
        try:
            q = with_calibration(
                con,
                nb.BoxesQuery(sql="select * from nbv_calibrated", params={f"{_PREFIX}scheme": scheme}),
                "both",
            )
            frames.append(cur.execute(_CELL_COUNTS_SQL.format(boxes=q.sql), q.params).df())
        finally:
            cur.unregister("nbv_calibrated")
    boxes = pd.array([None if b < 0 else int(b) for b in box_of], dtype="Int64")
    hit = np.flatnonzero(plain)
    frames.append(pd.DataFrame({"computed_box": boxes[hit], "calibrated_box": boxes[hit], "n": plain[hit]}))
    out = pd.concat(
        [f.astype({"computed_box": "Int64", "calibrated_box": "Int64", "n": "int64"}) for f in frames]
    )
    return out.groupby(["computed_box", "calibrated_box"], dropna=False)["n"].sum().reset_index()


_CUTOFF_SQL = """
with b as ({boxes})
select min(kinerja_score) filter (where kinerja_level = 2),
    min(kinerja_score) filter (where kinerja_level = 3),
    min(potensial_score) filter (where potensial_level = 2),
    min(potensial_score) filter (where potensial_level = 3)
from b
"""


def cutoffs_in_use(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
) -> dict[str, tuple[float | None, float | None]]:
    """Per axis the (low, high) cut-off the levels actually follow: the given ones, or in relative mode
    the lowest score that reached the middle and the top third (None when that level is empty)."""
    th = rules.thresholds
    if not th.relative:
        return {"kinerja": th.kinerja, "potensial": th.potensial}
    q = _boxes(rules, filters)
    row = con.cursor().execute(_CUTOFF_SQL.format(boxes=q.sql), q.params).fetchall()[0]
    vals = [None if v is None else float(v) for v in row]
    return {"kinerja": (vals[0], vals[1]), "potensial": (vals[2], vals[3])}


_POINTS_SQL = """
with b as ({boxes})
select nip, nama, jabatan, unit_kerja, instansi, jenis_jabatan, jenis_kelamin, box, talent_pool,
    kinerja_score, potensial_score, computed_box, calibrated_box, calibrated
from b
where box is not null
order by hash(nip, $seed)
limit $limit
"""


def scatter_points(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    limit: int = 20_000,
    seed: int = 2025,
    box_view: str = "computed",
) -> pd.DataFrame:
    """Mappable employees to draw, one row each (at most ``limit``): a seeded random sample (order by
    hash(nip, seed)) when there are more, so the same filters always draw the same points; box per
    ``box_view``, with computed_box, calibrated_box and calibrated."""
    engine = _engine(con, rules, filters)
    if engine is not None:
        return _engine_points(con, engine, scheme=rules.scheme, limit=limit, seed=seed, box_view=box_view)
    q = with_calibration(con, _boxes(rules, filters), box_view)
    params = {**q.params, "seed": int(seed), "limit": int(limit)}
    df = con.cursor().execute(_POINTS_SQL.format(boxes=q.sql), params).df()
    return _typed(df)


# --- the in-memory fast path (analytics.ninebox.arrays) for the scatter and the density ---------------


def _engine(
    con: duckdb.DuckDBPyConnection, rules: nb.Rules, filters: Filters
) -> list[scorearrays.Scored] | None:
    """Scores and cells of every selected row, per period, from the in-memory ``employee_scores`` (the
    rules of ``boxes_sql``, see analytics.ninebox.arrays; shared with the counts of the same rules);
    None when the fast path does not apply (relative cut-offs, a stale table on a read-only file, a
    period that cannot be held)."""
    memory = engine.prepare(con, rules, filters)  # the engine chooses the path
    return memory.scored(con, filters, rules) if memory else None


_SAMPLE_SQL = """
with s as materialized (select * from nbv_sample),
e as {materialized} ({source})
select e.period, e.nip, e.nama, e.jabatan, e.unit_kerja, e.instansi, e.jenis_jabatan, e.jenis_kelamin,
    s.box, s.talent_pool, s.kinerja_score, s.potensial_score
from s join e on {join}
"""
_SAMPLE_BY_ROWID = {
    "materialized": "materialized",
    "source": "select rowid as rid, period, nip, nama, jabatan, unit_kerja, instansi, jenis_jabatan, jenis_kelamin"
    " from employees where rowid in (select emp_rowid from nbv_sample)",
    "join": "e.rid = s.emp_rowid and e.period = s.period and e.nip = s.nip",
}
_SAMPLE_BY_KEY = {
    "materialized": "not materialized",
    "source": "select period, nip, nama, jabatan, unit_kerja, instansi, jenis_jabatan, jenis_kelamin from employees",
    "join": "e.period = s.period and e.nip = s.nip",
}

_SAMPLE_SQLS = (_SAMPLE_SQL.format(**_SAMPLE_BY_ROWID), _SAMPLE_SQL.format(**_SAMPLE_BY_KEY))
# The same rows from the blocks' kept people (_sample_people): no scan of employees.
_SAMPLE_FROM_PEOPLE = _SAMPLE_SQL.format(
    materialized="materialized", source="select * from nbv_people", join=_SAMPLE_BY_ROWID["join"]
)


def _calibrated_rows(con: duckdb.DuckDBPyConnection, blk: scorearrays.Block) -> np.ndarray:
    """Positions in ``blk`` of the employees with a calibration entry for its period."""
    calibration.ensure_tables(con)
    nips = (
        con.cursor()
        .execute("select distinct nip from calibration_log where period = ?", [blk.period])
        .fetchall()
    )
    if not nips:
        return np.zeros(0, dtype=np.int64)
    hit = pc.is_in(blk.nip, value_set=pa.array([r[0] for r in nips], type=pa.string()))
    return np.flatnonzero(hit.to_numpy(zero_copy_only=False))


def sample_true(masks: list[np.ndarray], limit: int, seed: int) -> list[np.ndarray]:
    """Per mask, the indices of its True entries that a seeded sample of ``limit`` of all the masks'
    True entries (taken in order, mask after mask) draws; every True entry when there are no more
    than ``limit``. The same as drawing from ``np.flatnonzero`` of each mask, without building that
    index for every True entry: at national scale 52 MB written (and paged in) per view for 20.000
    points (0,1-0,3 s of the nine-box page's first run)."""
    counts = [int(np.count_nonzero(m)) for m in masks]
    total = sum(counts)
    if total <= limit:
        return [np.flatnonzero(m) for m in masks]
    chosen = np.sort(np.random.default_rng(seed).choice(total, size=max(int(limit), 0), replace=False))
    found, offset = [], 0
    for mask, n in zip(masks, counts, strict=True):
        found.append(_nth_true(mask, chosen[(chosen >= offset) & (chosen < offset + n)] - offset))
        offset += n
    return found


def _nth_true(mask: np.ndarray, ranks: np.ndarray, chunk: int = 1 << 20) -> np.ndarray:
    """Indices of the ``ranks``-th True entries of ``mask`` (ranks sorted, each below its count), one
    chunk of the mask at a time."""
    found = np.empty(len(ranks), dtype=np.int64)
    done = seen = 0
    for start in range(0, len(mask), chunk):
        if done == len(ranks):
            break
        part = mask[start : start + chunk]
        n = int(np.count_nonzero(part))
        upto = int(np.searchsorted(ranks, seen + n, side="left"))
        if upto > done:
            found[done:upto] = start + np.flatnonzero(part)[ranks[done:upto] - seen]
            done = upto
        seen += n
    return found


def _engine_points(
    con: duckdb.DuckDBPyConnection,
    scored: list[scorearrays.Scored],
    *,
    scheme: str,
    limit: int,
    seed: int,
    box_view: str,
) -> pd.DataFrame:
    """``scatter_points`` on the fast path: the candidates are the rows with a computed box (plus, for
    a calibrated view, the calibrated ones); above ``limit`` a seeded sample of positions (the same
    filters draw the same points while the data is unchanged); names by rowid, then the calibration
    overlay and the columns of the SQL path."""
    box_of, pool_of = nb.cell_lookup(con, scheme)
    keeps = []
    for sc in scored:
        keep = sc.mappable()
        if box_view != "computed":
            calibrated = _calibrated_rows(con, sc.block)
            keep = keep | np.isin(sc.positions(np.arange(len(sc.cell))), calibrated)
        keeps.append(keep)
    picked = list(zip(scored, sample_true(keeps, limit, seed), strict=True))
    schema = pa.schema(
        [
            ("period", pa.int32()),
            ("nip", pa.string()),
            ("emp_rowid", pa.int64()),
            ("box", pa.int64()),
            ("talent_pool", pa.bool_()),
            ("kinerja_score", pa.float64()),
            ("potensial_score", pa.float64()),
        ]
    )
    tables = [schema.empty_table()]
    for sc, idx in picked:
        pos = sc.positions(idx)
        cell = sc.cell[idx]
        arrays = [
            pa.array(np.full(len(idx), sc.block.period, dtype=np.int32)),
            sc.block.nip.take(pa.array(pos)),
            pa.array(sc.block.emp_rowid[pos]),
            pa.array(box_of[cell], mask=box_of[cell] < 0),
            pa.array(pool_of[cell]),
            pa.array(sc.kinerja[idx], from_pandas=True),
            pa.array(sc.potensial[idx], from_pandas=True),
        ]
        tables.append(pa.Table.from_arrays(arrays, schema=schema))
    sample = pa.concat_tables(tables)
    people = _sample_people(con, picked)
    cur = con.cursor()
    cur.register("nbv_sample", sample)
    if people is not None:
        cur.register("nbv_people", people)
    try:
        # From the blocks' kept people; by rowid; by (period, nip) when a row moved without a rebuild.
        for sql in _SAMPLE_SQLS if people is None else (_SAMPLE_FROM_PEOPLE, *_SAMPLE_SQLS):
            q = with_calibration(con, nb.BoxesQuery(sql=sql, params={f"{_PREFIX}scheme": scheme}), box_view)
            params = {**q.params, "seed": int(seed), "limit": int(limit)}
            df = cur.execute(_POINTS_SQL.format(boxes=q.sql), params).df()
            if len(df) == sample.num_rows:
                break
    finally:
        cur.unregister("nbv_sample")
        if people is not None:
            cur.unregister("nbv_people")
    return _typed(df)


def _sample_people(
    con: duckdb.DuckDBPyConnection, picked: list[tuple[scorearrays.Scored, np.ndarray]]
) -> pa.Table | None:
    """The sample's rows as the SQL's ``e`` reads them from employees (rid, period, nip and the
    person's columns), taken from the blocks' kept people (arrays.Block.people) and key columns; None
    when a block has none yet (the SQL then reads employees by rowid)."""
    found = [p for p in (sc.block.people(con) for sc, _ in picked) if p is not None]
    if len(found) != len(picked):
        return None
    parts = [_SAMPLE_PEOPLE_SCHEMA.empty_table()]
    for (sc, idx), people in zip(picked, found, strict=True):
        pos = sc.positions(idx)
        at = pa.array(pos)
        columns = {
            "rid": pa.array(sc.block.emp_rowid[pos]),
            "period": pa.array(np.full(len(pos), sc.block.period, dtype=np.int32)),
            "nip": sc.block.nip.take(at),
            **{c: people.column(c).take(at).cast(pa.string()) for c in ("nama", "jabatan")},
            **{c: sc.block.key_values(con, c, pos) for c in ("unit_kerja", "instansi", "jenis_jabatan")},
            "jenis_kelamin": people.column("jenis_kelamin").take(at).cast(pa.string()),
        }
        parts.append(pa.table(columns).cast(_SAMPLE_PEOPLE_SCHEMA))
    return pa.concat_tables(parts)


_SAMPLE_PEOPLE_SCHEMA = pa.schema(
    [
        ("rid", pa.int64()),
        ("period", pa.int32()),
        *((c, pa.string()) for c in ("nip", "nama", "jabatan", "unit_kerja", "instansi", "jenis_jabatan")),
        ("jenis_kelamin", pa.string()),
    ]
)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df["box"] = df["box"].astype("int64")
    df["computed_box"] = df["computed_box"].astype("Int64")
    df["calibrated_box"] = df["calibrated_box"].astype("Int64")
    df["calibrated"] = df["calibrated"].astype(bool)
    return df


_DENSITY_SQL = """
with b as ({boxes})
select least(floor(potensial_score / $bin), $nbins - 1) * $bin as x,
    least(floor(kinerja_score / $bin), $nbins - 1) * $bin as y,
    count(*) as n
from b
where box is not null
group by all
"""


def density(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    bin_size: float = 2.0,
) -> pd.DataFrame:
    """Employees per score square of ``bin_size`` points: x (potensial bin start), y (kinerja bin
    start), n. Scores of 100 fall into the last bin."""
    nbins = int(np.ceil(100 / bin_size))
    engine = _engine(con, rules, filters)
    if engine is not None:
        return _engine_density(engine, float(bin_size), nbins)
    q = _boxes(rules, filters)
    params = {**q.params, "bin": float(bin_size), "nbins": nbins}
    df = con.cursor().execute(_DENSITY_SQL.format(boxes=q.sql), params).df()
    df["n"] = df["n"].astype("int64")
    return df


def _engine_density(scored: list[scorearrays.Scored], bin_size: float, nbins: int) -> pd.DataFrame:
    """``density`` on the fast path: the bins of _DENSITY_SQL (floor(score / bin), the last bin
    holding 100) over the mappable rows."""
    total = np.zeros(nbins * nbins, dtype=np.int64)
    for sc in scored:
        n = len(sc.cell)

        def run(a: int, sc: scorearrays.Scored = sc) -> np.ndarray:
            cell = sc.cell[a : a + scorearrays.CHUNK]
            ok = ((cell >> 2) > 0) & ((cell & 3) > 0)
            x = np.minimum(np.floor(sc.potensial[a : a + scorearrays.CHUNK][ok] / bin_size), nbins - 1)
            y = np.minimum(np.floor(sc.kinerja[a : a + scorearrays.CHUNK][ok] / bin_size), nbins - 1)
            return np.bincount((x * nbins + y).astype(np.intp), minlength=nbins * nbins)

        for part in scorearrays.parallel(run, range(0, n, scorearrays.CHUNK)):
            total += part
    hit = np.flatnonzero(total)
    return pd.DataFrame(
        {
            "x": (hit // nbins).astype(np.float64) * bin_size,
            "y": (hit % nbins).astype(np.float64) * bin_size,
            "n": total[hit].astype("int64"),
        }
    )


_MEMBERS_SQL = """
with b as ({boxes})
select b.nama, b.nip, b.jabatan, b.unit_kerja, b.instansi, b.box, b.kinerja_score, b.potensial_score,
    b.nilai_talenta, {components}, b.computed_box, b.calibrated_box, b.calibrated
from b
where b.box is not null and {condition}
order by b.box desc, b.calibrated desc, b.nilai_talenta desc, b.nip
limit $limit
"""


def members(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    box: int | None = None,
    nips: tuple[str, ...] | None = None,
    limit: int = 5_000,
    box_view: str = "computed",
) -> pd.DataFrame:
    """Employees of one box (per ``box_view``) and/or with the given NIPs (a chart selection), per box
    the calibrated ones first (the meeting looks for them), then best nilai talenta: identity, box, both axis scores, nilai talenta, every score component, and
    computed_box, calibrated_box, calibrated."""
    q = with_calibration(con, _boxes(rules, filters), box_view)
    clauses = []
    params: dict[str, Any] = {**q.params, "limit": int(limit)}
    if box is not None:
        clauses.append("b.box = $box")
        params["box"] = int(box)
    if nips is not None:
        clauses.append("list_contains($nips, b.nip)")
        params["nips"] = list(nips)
    sql = _MEMBERS_SQL.format(
        boxes=q.sql,
        components=", ".join(f"b.{c}" for c in db.COMPONENTS),
        condition=" and ".join(clauses) or "true",
    )
    df = con.cursor().execute(sql, params).df()
    return _typed(df)


_PEOPLE_SQL = """
with b as ({boxes})
select nip, nama, jabatan, unit_kerja, instansi, kinerja_score, potensial_score, computed_box,
    calibrated_box, box
from b
where box is not null
    and ($search is null or nip = $nip or (not $masked and (nama ilike '%' || $search || '%' or nip like $search || '%'))
         -- meeting mode: only what the screen shows, the initials and the NIP's first or last 4 digits
         or ($masked and (
             list_aggregate(list_transform(list_slice(list_filter(
                 string_split(replace(coalesce(nama, ''), ',', ' '), ' '), lambda x: regexp_matches(x, '^[[:alpha:]]')),
                 1, 3), lambda x: upper(left(x, 1))), 'string_agg', '')
                 like upper(regexp_replace($search, '[^[:alpha:]]', '', 'g')) || '%'
             and regexp_replace($search, '[^[:alpha:]]', '', 'g') <> ''
             or length($search) <= 4 and regexp_matches($search, '^[0-9]+$')
                and (nip like $search || '%' or nip like '%' || $search))))
order by nip = $nip desc, nama, nip
limit $limit
"""


def people(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    search: str | None = None,
    nip: str | None = None,
    limit: int = 1_000,
    masked: bool = False,
) -> pd.DataFrame:
    """Mappable employees to pick for a calibration, by name (then NIP), at most ``limit``: those whose
    name contains ``search`` or whose NIP starts with it (everyone when None), ``nip`` always first
    when present; with scores, computed_box, calibrated_box (NA when not moved) and box (in force).
    ``masked`` (meeting mode): ``search`` matches only what the screen shows, the initials ('SN' or
    'S. N.') and up to 4 digits at the NIP's start or end, so typing a name reveals no one."""
    if not (search or "").strip() and int(limit) > 0:  # everyone: the first view of the calibration page
        memory = engine.prepare(con, rules, filters)  # the engine chooses the path
        found = _fast_people(con, memory, rules=rules, filters=filters, nip=nip or "", limit=int(limit))
        if found is not None:
            return found
    q = with_calibration(con, _boxes(rules, filters), "calibrated")
    params = {**q.params, "search": (search or "").strip() or None, "nip": nip or "", "limit": int(limit),
              "masked": bool(masked)}  # fmt: skip
    df = con.cursor().execute(_PEOPLE_SQL.format(boxes=q.sql), params).df()
    for col in ("computed_box", "calibrated_box", "box"):
        df[col] = df[col].astype("Int64")
    return df


# people's candidates in its order, from employees alone: the rows boxes_sql holds (a row without an
# instansi has no presence row to join) under the filters; their boxes come from the in-memory cells.
_PEOPLE_ORDER_SQL = """
select rowid as rid, period, nip, nama, jabatan, unit_kerja, instansi
from employees
where {where} and instansi is not null
order by nip = ? desc, nama, nip
limit ?
"""
_CAL_BOXES_SQL = "with" + _CAL_CTES + "select period, nip, calibrated_box from cal"  # noqa: S608 - constants
PEOPLE_COLUMNS = [
    "nip", "nama", "jabatan", "unit_kerja", "instansi", "kinerja_score", "potensial_score", "computed_box",
    "calibrated_box", "box",
]  # fmt: skip


def _fast_people(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory | None,
    *,
    rules: nb.Rules,
    filters: Filters,
    nip: str,
    limit: int,
) -> pd.DataFrame | None:
    """``people`` without a search from the in-memory cells: the first rows of the selection in its
    order (``nip`` first, then name, NIP), read from employees alone, with their scores and computed box
    from the arrays and the calibrated box from the trail; those with a box in force, the first
    ``limit``. At most as many rows as the selection has without a computed box can lack a box in
    force, so the first ``limit`` + that many rows hold the answer; fewer are read first and more only
    when they do not. None (the SQL path) when the engine does not hold the selection or a row is not
    where the arrays say (employees changed under them)."""
    if memory is None:
        return None
    both = memory.axis_rules(rules)
    box_of, _ = nb.cell_lookup(con, rules.scheme)
    scored = {blk.period: scorearrays.score(con, blk, filters, both) for blk in memory.blocks}
    unboxed = sum(int(sc.counts[box_of < 0].sum()) for sc in scored.values())
    calibration.ensure_tables(con)  # a database without a trail yet: the tables, empty
    cal = {
        (int(p), str(n)): int(b)
        for p, n, b in con.cursor()
        .execute(
            _CAL_BOXES_SQL.format(set_entries=calibration.SET_ENTRIES_SQL, prefix=_PREFIX),
            {"cal_scheme": nb.DEFAULT_SCHEME, f"{_PREFIX}scheme": rules.scheme},
        )
        .fetchall()
    }
    where, params = filters.where()
    sql = _PEOPLE_ORDER_SQL.format(where=where)
    want = min(limit + unboxed, max(limit + limit // 4 + 50, 0))
    while True:
        # kept with the fast files of the employees' build (the order reads every name of the selection:
        # 0,5-1,4 s nationally); the rows are checked against the arrays below
        def ordered(first: int = want) -> pd.DataFrame:
            return con.cursor().execute(sql, [*params, nip, first]).df()

        rows = scorearrays.stored(con, "people_order", [repr(filters), nip, want], ordered)
        found = _people_boxes(rows, scored, box_of, cal)
        if found is None:
            return None
        kept = found[found["box"].notna()]
        if len(kept) >= limit or len(rows) < want or want >= limit + unboxed:
            return kept.head(limit).reset_index(drop=True)[PEOPLE_COLUMNS]
        want = min(want * 4, limit + unboxed)


def _people_boxes(
    rows: pd.DataFrame,
    scored: dict[int, scorearrays.Scored],
    box_of: np.ndarray,
    cal: dict[tuple[int, str], int],
) -> pd.DataFrame | None:
    """``rows`` (employees: rid, period, nip, ...) with scores, computed, calibrated and in-force box
    from their block positions (found by emp_rowid and checked against the NIP); None when a row is
    not in its period's block as the arrays hold it."""
    n = len(rows)
    k, p = np.full(n, np.nan), np.full(n, np.nan)
    computed = np.full(n, -1, dtype=np.int64)
    periods = rows["period"].to_numpy(dtype=np.int64)
    if not set(periods.tolist()) <= set(scored):
        return None
    for period, sc in scored.items():
        mine = np.flatnonzero(periods == period)
        if not len(mine):
            continue
        blk = sc.block
        rids = rows["rid"].to_numpy(dtype=np.int64)[mine]
        hit = np.flatnonzero(
            pc.is_in(pa.array(blk.emp_rowid), value_set=pa.array(rids)).to_numpy(zero_copy_only=False)
        )
        at = dict(zip(blk.emp_rowid[hit].tolist(), hit.tolist(), strict=True))
        if not all(r in at for r in rids.tolist()):
            return None
        pos = np.array([at[r] for r in rids.tolist()], dtype=np.int64)
        if blk.nip.take(pa.array(pos)).to_pylist() != rows["nip"].iloc[mine].tolist():
            return None
        if sc.rows is not None and not len(sc.rows):
            return None
        idx = pos if sc.rows is None else np.searchsorted(sc.rows, pos)
        if sc.rows is not None and not np.array_equal(sc.rows[np.minimum(idx, len(sc.rows) - 1)], pos):
            return None  # outside the arrays' selection: not the rows the filters name there
        k[mine], p[mine] = sc.kinerja[idx], sc.potensial[idx]
        computed[mine] = box_of[sc.cell[idx]]
    calibrated = [cal.get((int(a), str(b))) for a, b in zip(rows["period"], rows["nip"], strict=True)]
    out = rows.drop(columns=["rid", "period"])
    out["kinerja_score"], out["potensial_score"] = k, p
    out["computed_box"] = pd.array([None if b < 0 else int(b) for b in computed], dtype="Int64")
    out["calibrated_box"] = pd.array(calibrated, dtype="Int64")
    out["box"] = out["calibrated_box"].fillna(out["computed_box"])
    return out


_UNMAPPABLE_SQL = """
with b as ({boxes})
select nama, nip, jabatan, unit_kerja, instansi, kinerja_score, potensial_score, missing,
    count(*) over () as total
from b
where box is null
order by instansi, unit_kerja, nip
limit $limit
"""


def unmappable(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    limit: int = 2_000,
    lang: str = "id",
) -> tuple[pd.DataFrame, int]:
    """Employees without a box (a component not assessed): identity, the scores there are and the
    reason in words (at most ``limit`` rows); and how many there are in all."""
    q = _boxes(rules, filters, reasons=True)
    df = con.cursor().execute(_UNMAPPABLE_SQL.format(boxes=q.sql), {**q.params, "limit": int(limit)}).df()
    total = int(df["total"].iloc[0]) if len(df) else 0
    df["reason"] = [nb.reason_text(list(m) if m is not None else None, lang) for m in df["missing"]]
    return df.drop(columns=["missing", "total"]), total


_UNITS_SQL = """
with b as ({boxes}),
sizes as (
    select instansi, unit_kerja, count(*) as group_n
    from b where box is not null
    group by all
    order by group_n desc, instansi, unit_kerja
    limit $top
)
select s.instansi, s.unit_kerja, s.group_n, b.box, count(*) as n, count(*) / s.group_n as share
from b join sizes s on b.instansi = s.instansi and b.unit_kerja = s.unit_kerja
where b.box is not null
group by s.instansi, s.unit_kerja, s.group_n, b.box
order by s.group_n desc, s.instansi, s.unit_kerja, b.box
"""


def unit_box_shares(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    top: int = 12,
    box_view: str = "computed",
) -> pd.DataFrame:
    """Box distribution of the ``top`` largest units (instansi + unit_kerja) among the mappable
    employees: instansi, unit_kerja, group_n, box, n, share (of the unit's mappable employees);
    boxes counted by ``box_view``."""
    memory = engine.prepare(con, rules, filters) if box_view == "computed" else None
    if memory is not None:

        def compute() -> pd.DataFrame:
            counts = nb.fast_group_boxes(
                con, memory, rules=rules, filters=filters, columns=("instansi", "unit_kerja")
            )
            return _top_units(counts, int(top))

        return nb.kept_whole_period(  # a whole period's: the national nine-box page's first view
            con, memory, rules=rules, filters=filters, name="unit_shares", args=[int(top)], compute=compute,
            code=(sys.modules[__name__],),
        )  # fmt: skip
    q = with_calibration(con, _boxes(rules, filters), box_view)
    df = con.cursor().execute(_UNITS_SQL.format(boxes=q.sql), {**q.params, "top": int(top)}).df()
    df["box"] = df["box"].astype("int64")
    return df


def _top_units(counts: pd.DataFrame, top: int) -> pd.DataFrame:
    """_UNITS_SQL over in-memory counts per (instansi, unit_kerja, box): the ``top`` largest units
    (ties by instansi, unit_kerja, NULLs last), a NULL key dropped as the SQL's join drops it."""
    columns = ["instansi", "unit_kerja", "group_n", "box", "n", "share"]
    sizes: pd.DataFrame = counts.groupby(
        ["instansi", "unit_kerja"], dropna=False, sort=False, as_index=False
    ).agg(group_n=("n", "sum"))
    sizes = sizes.sort_values(
        ["group_n", "instansi", "unit_kerja"],
        ascending=[False, True, True],
        na_position="last",
        kind="stable",
    ).head(top)
    sizes = sizes.dropna(subset=["instansi", "unit_kerja"])
    if sizes.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in ("group_n", "box", "n") else "object") for c in columns}
        )
    sizes = sizes.assign(_rank=np.arange(len(sizes)))
    df = counts.merge(sizes, on=["instansi", "unit_kerja"])
    df = df.sort_values(["_rank", "box"], ignore_index=True)
    df["group_n"] = df["group_n"].astype("int64")
    df["n"] = df["n"].astype("int64")
    df["box"] = df["box"].astype("int64")
    df["share"] = df["n"] / df["group_n"]
    return df[columns]


_REGION_COUNTS_SQL = """
with b as ({boxes})
select {by}, box, count(*) as n from b group by all
"""

_REGION_OF_SQL = """
with b as ({boxes})
select instansi, mode({by}) as region
from b
group by instansi
"""


def regional_comparison(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: Filters,
    by: str,
    piling: pd.DataFrame | None = None,
    lang: str = "id",
    box_view: str = "computed",
) -> tuple[pd.DataFrame, int]:
    """One row per region with at least MIN_GROUP employees: region, n (all employees), mapped,
    share_1..share_9 (of the mapped), talent_pool_share, unmappable_share and piling_flags (flags of
    ``piling`` whose instansi lies in the region); and how many smaller groups were left out."""
    if by not in REGION_COLUMNS:
        raise ValueError(by)
    if box_view == "computed":
        counts = nb.box_counts(con, rules=rules, filters=filters, by=by, lang=lang)
    else:  # the calibrated boxes: calibrations are few, the general query with the join is enough
        cq = with_calibration(con, _boxes(rules, filters), box_view)
        counts = con.cursor().execute(_REGION_COUNTS_SQL.format(boxes=cq.sql, by=by), cq.params).df()
    ref = box_reference(con, rules.scheme, lang)
    pool_boxes = set(ref.loc[ref["talent_pool"], "box"].astype(int))
    region = counts[by].astype("object")
    counts["key"] = region.where(
        region.notna(), _NO_REGION
    )  # a group without a value (e.g. central agencies)
    mapped = counts[counts["box"].notna()]
    wide = mapped.pivot_table(index="key", columns="box", values="n", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=sorted(ref["box"].astype(int)), fill_value=0)
    unm = counts[counts["box"].isna()].groupby("key")["n"].sum()
    out = pd.DataFrame(index=wide.index)
    out["mapped"] = wide.sum(axis=1)
    out["unmappable"] = unm.reindex(out.index).fillna(0).astype("int64")
    out["n"] = out["mapped"] + out["unmappable"]
    for b in wide.columns:
        out[f"share_{int(b)}"] = wide[b] / out["mapped"].where(out["mapped"] > 0)
    out["talent_pool_share"] = wide[[b for b in wide.columns if int(b) in pool_boxes]].sum(axis=1) / out[
        "mapped"
    ].where(out["mapped"] > 0)
    out["unmappable_share"] = out["unmappable"] / out["n"].where(out["n"] > 0)
    out["piling_flags"] = 0
    if piling is not None and len(piling):
        if by == "instansi":
            region_of = {i: i for i in piling["instansi"]}
        else:
            q = _boxes(rules, filters)
            rows = con.cursor().execute(_REGION_OF_SQL.format(boxes=q.sql, by=by), q.params).fetchall()
            region_of = {i: (r if r is not None else _NO_REGION) for i, r in rows}
        flagged = piling["instansi"].map(region_of).value_counts()
        out["piling_flags"] = flagged.reindex(out.index).fillna(0).astype("int64")
    out = out.reset_index().rename(columns={"key": "region"})
    out["region"] = out["region"].where(out["region"] != _NO_REGION, None)
    small = int((out["n"] < MIN_GROUP).sum())
    out = out[out["n"] >= MIN_GROUP].sort_values("n", ascending=False).reset_index(drop=True)
    return out, small
