"""The nine-box rules as one DuckDB query over the whole population.

Why one SQL builder (``boxes_sql``) instead of pandas: the national population is ~4.7 M rows, so
scoring, levelling and boxing happen in DuckDB and only aggregates (or one page of rows) cross into
pandas. The builder returns SQL text plus bound values with a caller-chosen prefix, so the what-if
feature can put two assignments side by side in one query (a 9x9 transition matrix) without
fetching either. Identifiers in the SQL come only from the fixed whitelists in ``analytics.core.db`` and
``analytics.core.filters.FILTER_COLUMNS`` and ``GROUP_COLUMNS`` below; every value (weights, cut-offs, filters, scheme) is bound.

Rules (docs/rules.md §2–5):
- axis score = weighted mean of the components present for the employee's instansi and period; a
  component whose column is NULL for every employee of that instansi+period was absent from the file
  and gets weight 0, the rest of its axis is rescaled; a NULL in a present component means "not
  assessed" and makes the employee unmappable (never counted as 0);
- kinerja_utama falls back to the predicate's substitute score (ref_predicates); a ready axis score
  (skor_sumbu_*) is used as is for its axis;
- levels by cut-offs (score < low -> 1, low <= score < high -> 2, score >= high -> 3) or, in relative
  mode, by percentile thirds within the selected population;
- box and talent pool from ref_boxes for the chosen numbering scheme.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from analytics.core import db
from analytics.core.filters import GROUP_COLUMNS as GROUP_COLUMNS  # re-exported for callers
from analytics.core.filters import Filters as Filters  # the one Filters (re-exported for callers)
from analytics.labels import t
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import engine, refs, scoring
from analytics.ninebox.engine import fast_path as fast_path  # re-exported for callers
from analytics.ninebox.rules import (  # the rules, re-exported: callers say nb.Weights
    AXES as AXES,
)
from analytics.ninebox.rules import (
    AXIS_COMPONENTS as AXIS_COMPONENTS,
)
from analytics.ninebox.rules import (
    AXIS_SCORE_COLUMN as AXIS_SCORE_COLUMN,
)
from analytics.ninebox.rules import (
    DEFAULT_SCHEME as DEFAULT_SCHEME,
)
from analytics.ninebox.rules import (
    NILAI_TALENTA_SHARE as NILAI_TALENTA_SHARE,
)
from analytics.ninebox.rules import (
    SCORE_TOLERANCE as SCORE_TOLERANCE,
)
from analytics.ninebox.rules import (
    Rules as Rules,
)
from analytics.ninebox.rules import (
    Thresholds as Thresholds,
)
from analytics.ninebox.rules import (
    Weights as Weights,
)
from analytics.ninebox.rules import (
    bounds as bounds,
)
from analytics.ninebox.rules import (
    check_scheme as check_scheme,
)
from analytics.ninebox.rules import (
    default_thresholds as default_thresholds,
)
from analytics.ninebox.rules import (
    level as level,
)
from analytics.ninebox.rules import (
    parse_cutoffs as parse_cutoffs,
)
from analytics.ninebox.rules import (
    parse_weights as parse_weights,
)
from analytics.ninebox.rules import (
    preset_weights as preset_weights,
)
from analytics.ninebox.rules import (
    validate_weights as validate_weights,
)

# SQL type of each group-by column (what the in-memory counts are cast back to).
GROUP_SQL_TYPES = {c: "integer" if c == "period" else "varchar" for c in GROUP_COLUMNS}
# Employee columns carried into every assignment row.
_PASS_COLUMNS = (
    "nip",
    "nama",
    "period",
    "instansi",
    "jenis_instansi",
    "unit_kerja",
    "jabatan",
    "jenis_jabatan",
    "golongan",
    "jenis_kelamin",
    "tanggal_lahir",
    "provinsi",
    "kab_kota",
    "asn_type",
    "predikat_kinerja",
)


@dataclass(frozen=True)
class BoxesQuery:
    """A select statement (one row per employee) and the values it binds by name."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)


# --- the SQL ------------------------------------------------------------------------------------


def _filter_sql(
    filters: Filters, prefix: str, *, keys: tuple[str, ...] | None = None
) -> tuple[str, dict[str, Any]]:
    return filters.named(prefix, keys=keys)


def _axis_sql(axis: str, weights: Mapping[str, float], prefix: str) -> dict[str, str]:
    """SQL pieces of one axis: per instansi+period the fill values and weight sum, per row the score."""
    comps = [c for c in AXIS_COMPONENTS[axis] if weights.get(c, 0) > 0]
    ready = AXIS_SCORE_COLUMN[axis]
    # docs/rules.md §4: an absent column gets weight 0 and the rest of its axis is rescaled. Branch-free:
    # fill_c = 0 when c is absent (its term vanishes), NULL when present, so a blank cell in a present
    # column (not assessed) makes the whole sum NULL -> unmappable, never counted as 0.
    fills = [f"case when has_{c} then null else 0.0 end as fill_{c}" for c in comps]
    # Kepka BKN 411/2025 Lampiran I: points per component; only present ones count in the denominator.
    wsum = " + ".join(f"case when has_{c} then ${prefix}w_{c} else 0.0 end" for c in comps) or "0.0"
    numerator = " + ".join(f"${prefix}w_{c} * coalesce(e.{c}, w.fill_{c})" for c in comps) or "null"
    missing = ", ".join(f"case when w.fill_{c} is null and e.{c} is null then '{c}' end" for c in comps)
    return {
        "weights": ", ".join([*fills, f"{wsum} as wsum_{axis}"]),
        # docs/rules.md §4: a ready axis score is used as is.
        "score": f"coalesce(e.{ready}, ({numerator}) / nullif(w.wsum_{axis}, 0))",
        "missing": (
            f"case when e.{ready} is not null then []::varchar[]"
            f" when w.wsum_{axis} = 0 then ['_{axis}']"
            f" else list_filter([{missing}]::varchar[], lambda x: x is not null) end"
        ),
    }


def _level_sql(axis: str, thresholds: Thresholds, prefix: str) -> tuple[str, dict[str, Any]]:
    score = f"{axis}_score"
    if thresholds.relative:
        # Relative mode: thirds by percentile rank within the selected population of each period, among
        # rows that have this axis score. percent_rank = (rank - 1) / (n - 1) with rank() (ties share the
        # lowest rank, so equal scores always share a level; a single row has percent_rank 0):
        # < 1/3 -> 1, < 2/3 -> 2, else 3. Integer arithmetic avoids float edges at exactly 1/3, 2/3.
        r, n = f"rk_{axis}", f"n_{axis}"
        sql = (
            f"case when {score} is null then null"
            f" when {n} = 1 or 3 * ({r} - 1) < {n} - 1 then 1"
            f" when 3 * ({r} - 1) < 2 * ({n} - 1) then 2 else 3 end"
        )
        return sql, {}
    low, high = thresholds.kinerja if axis == "kinerja" else thresholds.potensial
    # Cut-offs (docs/rules.md §2, 60/80 default assumption): score < low -> 1; low <= score < high -> 2;
    # score >= high -> 3. A score within SCORE_TOLERANCE below a cut-off counts as reaching it, so float
    # noise of a weighted mean (59.99999999999999 for an exact 60) never moves a level.
    sql = (
        f"case when {score} < ${prefix}{axis}_low then 1"
        f" when {score} < ${prefix}{axis}_high then 2 when {score} is not null then 3 end"
    )
    return sql, {
        f"{prefix}{axis}_low": bounds(thresholds, axis)[0],
        f"{prefix}{axis}_high": bounds(thresholds, axis)[1],
    }


_BOXES_SQL = """
with
predmap as (  -- PermenPANRB 6/2022 predikat -> substitute score (ref_predicates, aliases '|'-separated)
    select map(list(key), list(score)) as m
    from (
        select lower(trim(k)) as key, min(score)::double as score
        from (select score, list_append(string_split(coalesce(aliases::varchar, ''), '|'), predicate) as keys from ref_predicates),
            unnest(keys) as u(k)
        where trim(k) <> ''
        group by 1
    )
),
agencymap as (  -- an agency scheme's own predicate -> score (ref_scheme_predicates; docs/rules.md §4a)
    select map(list(key), list(score)) as m, count(*) > 0 as used
    from (
        select lower(trim(k)) as key, min(sp.score)::double as score
        from (select sp.score, list_append(string_split(coalesce(rp.aliases::varchar, ''), '|'), sp.predicate) as keys
              from ref_scheme_predicates sp left join ref_predicates rp on rp.predicate = sp.predicate
              where sp.scheme = ${prefix}predicate_map) as sp,
            unnest(keys) as u(k)
        where trim(k) <> ''
        group by 1
    )
),
grid as (  -- PermenPANRB 3/2020 lampiran: kotak 1..9, numbered by scheme (ref_boxes); index (k-1)*3 + p
    select list(box order by kinerja_level, potensial_level) as boxes,
        list(talent_pool order by kinerja_level, potensial_level) as pool
    from ref_boxes where scheme = ${prefix}scheme
),
presence as (  -- a component column is absent for an instansi+period when all are NULL (docs/rules.md §4)
    select period, instansi, {has_cols}
    from employees
    where {scope_where}
    group by period, instansi
),
wts as (
    select period, instansi, {weight_cols}
    from presence
),
emp as (
    select * replace (
        case when am.used  -- the agency's map: the predicate's score is the SKP value
            then coalesce(map_extract_value(am.m, lower(trim(employees.predikat_kinerja))), employees.kinerja_utama)
            else coalesce(employees.kinerja_utama, map_extract_value(pm.m, lower(trim(employees.predikat_kinerja))))
        end as kinerja_utama
    )
    from employees cross join predmap pm cross join agencymap am
    where {where}
),
scored as (
    select {pass_cols}, {comp_cols},
        {k_score} as kinerja_score,
        {p_score} as potensial_score,
        {missing} as missing
    from emp e join wts w on e.period = w.period and e.instansi = w.instansi
),
ranked as (
    select *{rank_cols}
    from scored
),
levelled as (
    select * exclude ({rank_names}), {k_level} as kinerja_level, {p_level} as potensial_level
    from ranked
)
select l.* exclude (missing),
    grid.boxes[(l.kinerja_level - 1) * 3 + l.potensial_level] as box,
    coalesce(grid.pool[(l.kinerja_level - 1) * 3 + l.potensial_level], false) as talent_pool,  -- kotak 7, 8, 9 (Kepka BKN 411/2025)
    ${prefix}nt_share * l.kinerja_score + (1 - ${prefix}nt_share) * l.potensial_score as nilai_talenta,
    l.missing
from levelled l cross join grid
"""


def boxes_sql(*, rules: Rules, filters: Filters, prefix: str = "nb_", reasons: bool = False) -> BoxesQuery:
    """The nine-box assignment as SQL under ``rules``: one row per employee in ``filters`` with scores, levels, box,
    talent_pool, nilai_talenta and ``missing`` (component keys not assessed; '_kinerja'/'_potensial' when
    an axis has no weighted component at all), plus its bound values, all named ``$<prefix>...``.

    ``missing`` is filled only with ``reasons=True`` (it costs time even when unused; aggregates skip it).
    Put two of these (different prefixes) in one query to compare assignments without fetching them.
    """
    if not prefix.isidentifier():
        raise ValueError(f"prefix must be an identifier: {prefix!r}")
    if rules.bound:
        return _bound_sql(rules, filters, prefix, reasons)
    weights, thresholds = rules.weights, rules.thresholds
    validate_weights(weights)
    params: dict[str, Any] = {
        f"{prefix}scheme": rules.scheme,
        f"{prefix}nt_share": NILAI_TALENTA_SHARE,
        f"{prefix}predicate_map": rules.predicate_map,
    }
    for axis in AXES:
        for comp, value in weights.axis(axis).items():
            if value > 0:
                params[f"{prefix}w_{comp}"] = float(value)
    where, fparams = _filter_sql(filters, prefix)
    # Presence is judged on the whole instansi+period (what the file held), not on the selected units.
    scope_where, _ = _filter_sql(filters, prefix, keys=("period", "instansi"))
    params.update(fparams)
    # kinerja_utama counts as present when the score or the predicate column was filled in.
    has_cols = ", ".join(
        "count(kinerja_utama) + count(predikat_kinerja) > 0 as has_kinerja_utama"
        if c == "kinerja_utama"
        else f"count({c}) > 0 as has_{c}"
        for c in db.COMPONENTS
    )
    k = _axis_sql("kinerja", weights.kinerja, prefix)
    p = _axis_sql("potensial", weights.potensial, prefix)
    k_level, kp = _level_sql("kinerja", thresholds, prefix)
    p_level, pp = _level_sql("potensial", thresholds, prefix)
    params.update(kp)
    params.update(pp)
    if thresholds.relative:
        rank_cols = "".join(
            f", rank() over (partition by period, {a}_score is null order by {a}_score) as rk_{a}"
            f", count(*) over (partition by period, {a}_score is null) as n_{a}"
            for a in AXES
        )
        rank_names = "rk_kinerja, n_kinerja, rk_potensial, n_potensial"
    else:
        rank_cols = ", null as _none"
        rank_names = "_none"
    sql = _BOXES_SQL.format(
        has_cols=has_cols,
        scope_where=scope_where,
        weight_cols=f"{k['weights']}, {p['weights']}",
        where=where,
        pass_cols=", ".join(f"e.{c}" for c in _PASS_COLUMNS),
        comp_cols=", ".join(f"e.{c}" for c in db.COMPONENTS + db.AXIS_SCORE_COLUMNS),
        k_score=k["score"],
        p_score=p["score"],
        missing=(
            "case when kinerja_score is null or potensial_score is null"
            f" then list_concat({k['missing']}, {p['missing']}) end"
            if reasons
            else "null::varchar[]"
        ),
        rank_cols=rank_cols,
        rank_names=rank_names,
        k_level=k_level,
        p_level=p_level,
        prefix=prefix,
    )
    return BoxesQuery(sql=sql, params=params)


def _bound_sql(rules: Rules, filters: Filters, prefix: str, reasons: bool) -> BoxesQuery:
    """Each instansi bound to an agency scheme boxed by that scheme's rules, everyone else by
    ``rules``: one boxes_sql per scheme, kept to its instansi, unioned (docs/rules.md §4a). Relative
    cut-offs rank within each scheme's part."""
    params: dict[str, Any] = {}
    parts: list[str] = []
    everyone_bound: list[str] = []
    for i, (names, agency_rules) in enumerate(rules.bound):
        part_prefix = f"{prefix}a{i}_"  # an identifier: prefix is checked above
        q = boxes_sql(rules=agency_rules, filters=filters, prefix=part_prefix, reasons=reasons)
        params.update(q.params)
        params[f"{part_prefix}instansi"] = list(names)
        everyone_bound.extend(names)
        part = f"select * from ({q.sql}) where list_contains(${part_prefix}instansi, instansi)"  # noqa: S608 - whitelisted
        parts.append(part)
    rest = boxes_sql(rules=replace(rules, bound=()), filters=filters, prefix=f"{prefix}d_", reasons=reasons)
    params.update(rest.params)
    params[f"{prefix}bound_instansi"] = everyone_bound
    # the view's numbering under the caller's prefix, as a single boxes_sql binds it (callers' SQL
    # reads it, e.g. the zero-filled counts); referenced in the last part so it is always bound
    params[f"{prefix}scheme"] = rules.scheme
    last = f"select * from ({rest.sql}) where not list_contains(${prefix}bound_instansi, instansi) and ${prefix}scheme is not null"  # noqa: S608 - as above
    parts.append(last)
    return BoxesQuery(sql="\nunion all by name\n".join(parts), params=params)


# --- results ------------------------------------------------------------------------------------

ASSIGNMENT_COLUMNS = (
    "nip",
    "nama",
    "period",
    "instansi",
    "unit_kerja",
    "jabatan",
    "jenis_jabatan",
    "jenis_kelamin",
    "tanggal_lahir",
    "provinsi",
    "kab_kota",
    "kinerja_score",
    "potensial_score",
    "kinerja_level",
    "potensial_level",
    "box",
    "talent_pool",
    "nilai_talenta",
    "reason",
)


def reason_text(missing: list[str] | None, lang: str = "id") -> str | None:
    """Why a row is unmappable, from the ``missing`` keys of boxes_sql; None when it is mappable."""
    if not missing:
        return None
    parts: list[str] = []
    no_axis = [k[1:] for k in missing if k.startswith("_")]
    comps = [k for k in missing if not k.startswith("_")]
    if comps:
        names = ", ".join(t(f"ninebox.component.{c}", lang) for c in comps)
        parts.append(t("ninebox.reason.not_assessed", lang, components=names))
    for axis in no_axis:
        parts.append(t("ninebox.reason.no_component", lang, axis=t(f"ninebox.axis.{axis}", lang)))
    return "; ".join(parts)


_ORDER = " order by period, box is null, nip"


def assign_boxes(
    con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters, lang: str = "id"
) -> pd.DataFrame:
    """One row per employee in ``filters``: identity, scores, levels, box (NA when unmappable),
    talent_pool, nilai_talenta, reason (None when mappable) and the component values used."""
    check_scheme(con, rules.scheme, lang)
    q = boxes_sql(rules=rules, filters=filters, reasons=True)
    df = con.cursor().execute(f"select * from ({q.sql}){_ORDER}", q.params).df()  # noqa: S608 - built from whitelists
    reasons: dict[tuple[str, ...], str | None] = {}

    def render(m: Any) -> str | None:
        if not isinstance(m, list | tuple | np.ndarray) or len(m) == 0:
            return None
        key = tuple(m)
        if key not in reasons:
            reasons[key] = reason_text(list(key), lang)
        return reasons[key]

    df["reason"] = df["missing"].map(render) if len(df) else pd.Series(dtype="object")
    df = df.drop(columns=["missing"])
    for col in ("box", "kinerja_level", "potensial_level", "period"):
        df[col] = df[col].astype("Int64")
    df["talent_pool"] = df["talent_pool"].astype(bool)
    rest = [c for c in df.columns if c not in ASSIGNMENT_COLUMNS]
    return df[[*ASSIGNMENT_COLUMNS, *rest]]


_COUNTS_SQL = """
with {counts_ctes},
groups as (select distinct {group_select} true as _g from c),
grid as (
    select {group_select} rb.box from groups cross join (select box from ref_boxes where scheme = ${prefix}scheme) rb
    union all
    select {group_select} null::integer as box from groups
),
counted as (
    select {grid_group} grid.box, coalesce(c.n, 0)::bigint as n
    from grid left join c on {join_on} grid.box is not distinct from c.box
)
select *,
    n / nullif(case when box is null then sum(n) over g
        else sum(n) filter (where box is not null) over g end, 0) as share
from counted
window g as (partition by {partition})
order by {order} box nulls last
"""


# --- the fast path: absolute cut-offs over the derived scoring table (analytics.ninebox.scoring) -----------


def fast_levels(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    *,
    rules: Rules,
    filters: Filters,
    by: str | None = None,
) -> pd.DataFrame:
    """Employees per ([by], cell) from the in-memory ``employee_scores`` (analytics.ninebox.arrays), cell
    = kinerja level * 4 + potensial level (0 = unmappable axis); None when a period cannot be held
    in memory (analytics.ninebox.engine.prepare)."""
    both = memory.axis_rules(rules)
    blocks = memory.blocks
    groups: list[Any] = []
    cells: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for blk in blocks:
        scored = scorearrays.score(con, blk, filters, both)
        codes, values = blk.key(con, by) if by not in (None, "period") else (None, [])
        size = 16 * (len(values) + 1)
        if codes is None:
            total = scored.counts
        else:
            group = codes if scored.rows is None else codes[scored.rows]
            total = np.bincount((group.astype(np.int64) + 1) * 16 + scored.cell, minlength=size)
        hit = np.flatnonzero(total)
        cells.append((hit % 16).astype(np.uint8))
        counts.append(total[hit])
        if by == "period":
            groups.extend([blk.period] * len(hit))
        elif by is not None:
            groups.extend(None if g == 0 else values[g - 1] for g in (hit // 16).tolist())
    frame = pd.DataFrame(
        {
            "cell": np.concatenate(cells) if cells else np.zeros(0, np.uint8),
            "n": np.concatenate(counts) if counts else np.zeros(0, np.int64),
        }
    )
    if by is not None:
        frame.insert(0, by, pd.Series(groups, dtype="object"))
    return frame


def fast_group_boxes(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    *,
    rules: Rules,
    filters: Filters,
    columns: tuple[str, ...],
) -> pd.DataFrame:
    """Mappable employees per (columns..., box) from the in-memory arrays (one or two key columns):
    what ``select columns, box, count(*) from boxes_sql(...) where box is not null group by all``
    gives (NULL keys as None), summed over the selected periods; no rows with n = 0."""
    if len(columns) not in (1, 2):
        raise ValueError(columns)
    both = memory.axis_rules(rules)
    box_of, _ = cell_lookup(con, rules.scheme)
    frames = []
    for blk in memory.blocks:
        if len(columns) == 2:
            group, *codes = blk.pair(con, columns[0], columns[1])
        else:
            key_codes, values = blk.key(con, columns[0])
            group, codes = key_codes, [np.arange(-1, len(values))]
        hit, n = _group_cells(con, blk, group, len(codes[0]), columns, filters, both)
        box = box_of[hit % 16]
        hit, n, box = hit[box >= 0], n[box >= 0], box[box >= 0]
        data: dict[str, Any] = {}
        for column, code in zip(columns, codes, strict=True):
            data[column] = blk.key_strings(con, column, code[hit // 16])
        frames.append(pd.DataFrame({**data, "box": box, "n": n}))
    if not frames:
        empty: dict[str, Any] = {c: [] for c in columns}
        return pd.DataFrame({**empty, "box": np.zeros(0, np.int64), "n": np.zeros(0, np.int64)})
    counts = pd.concat(frames, ignore_index=True)
    if len(frames) > 1:  # several periods: one row per (columns..., box)
        grouped = counts.groupby([*columns, "box"], dropna=False, sort=False)["n"].sum()
        counts = grouped.reset_index()
    return counts


def kept_whole_period(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    *,
    rules: Rules,
    filters: Filters,
    name: str,
    args: list[Any],
    compute: Callable[[], pd.DataFrame],
    code: Sequence[ModuleType],
) -> pd.DataFrame:
    """``compute()`` of a view counted on the in-memory path, kept with the fast files of the build
    (arrays.stored) when the filters select whole periods (the national pages' first views; a narrower
    selection counts in milliseconds and is computed each time). Keyed by ``name``, the periods, the
    axis rules, the box of each cell, ``args`` and the source of the ``code`` modules and of this one:
    a new version of the code reads none of the kept results."""
    if any(value is not None for value in scorearrays.selection_key(filters)):
        return compute()
    box_of, _ = cell_lookup(con, rules.scheme)
    key = [[b.period for b in memory.blocks], repr(memory.axis_rules(rules)), box_of.tolist(), *args]
    key.append(_code_digest((*code, sys.modules[__name__])))
    kept: pd.DataFrame = scorearrays.stored(con, name, key, compute)
    return kept


@functools.cache
def _code_digest(modules: tuple[ModuleType, ...]) -> str:
    return hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in modules if m.__file__)).hexdigest()[
        :16
    ]


def _group_cells(
    con: duckdb.DuckDBPyConnection,
    blk: scorearrays.Block,
    group: np.ndarray,
    width: int,
    columns: tuple[str, ...],
    filters: Filters,
    both: tuple[scorearrays.AxisRule, scorearrays.AxisRule],
) -> tuple[np.ndarray, np.ndarray]:
    """The non-zero (group * 16 + cell, rows) of the block's selection: ``group`` is a pair's group code
    (0..width-1) or a key's code (-1 = NULL, counted as group 0). Kept with the fast files of the build
    (arrays.stored) under the axis rules when the selection is the whole period: a national bincount
    costs 0,3-0,7 s on a cold server's first nine-box view (two for the piling-up check), a kept one
    a file read.
    Cells, not boxes: the box per cell (ref_boxes) is applied after, so the file holds no rule of it."""
    offset = 1 if len(columns) == 1 else 0

    def compute() -> pd.DataFrame:
        scored = scorearrays.score(con, blk, filters, both)
        g = group if scored.rows is None else group[scored.rows]
        total = np.bincount((g.astype(np.int64) + offset) * 16 + scored.cell, minlength=16 * width)
        hit = np.flatnonzero(total)
        return pd.DataFrame({"code": hit.astype(np.int64), "n": total[hit].astype(np.int64)})

    selected = scorearrays.selection_key(filters)
    if any(value is not None for value in selected):
        found = compute()  # a narrower selection counts in milliseconds: no file per filter
    else:
        args = [blk.period, list(columns), repr(both)]
        found = scorearrays.stored(con, "group_cells", args, compute)
    return found["code"].to_numpy(dtype=np.int64), found["n"].to_numpy(dtype=np.int64)


# box of a cell code (kinerja level * 4 + potensial level; a 0 level = NULL box), as _BOXES_SQL indexes
# its ref_boxes list: (k - 1) * 3 + p.
CELL_BOX_SQL = (
    "case when {cell} // 4 > 0 and {cell} % 4 > 0 then {boxes}[({cell} // 4 - 1) * 3 + {cell} % 4] end"
)


def cell_lookup(con: duckdb.DuckDBPyConnection, scheme: str) -> tuple[np.ndarray, np.ndarray]:
    """Box (-1 = none) and talent-pool flag per cell code (kinerja level * 4 + potensial level)."""
    rows = refs.cached(
        con,
        ("cell_lookup", scheme),
        lambda c: (
            c.cursor()
            .execute(
                "select kinerja_level, potensial_level, box, talent_pool from ref_boxes where scheme = ?",
                [scheme],
            )
            .fetchall()
        ),
    )
    box = np.full(16, -1, dtype=np.int64)
    pool = np.zeros(16, dtype=bool)
    for k, p, b, in_pool in rows:
        box[int(k) * 4 + int(p)] = int(b)
        pool[int(k) * 4 + int(p)] = bool(in_pool)
    return box, pool


_FAST_COUNTS_CTES = """
lv as ({levels}),
nine as (  -- PermenPANRB 3/2020 lampiran numbering (ref_boxes), ordered as in _BOXES_SQL
    select list(box order by kinerja_level, potensial_level) as boxes
    from ref_boxes where scheme = ${prefix}scheme
),
c as (
    select {group_select} {box} as box, sum(lv.n)::bigint as n
    from lv cross join nine
    group by all
)"""


def box_counts(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: Rules,
    filters: Filters,
    by: str | None = None,
    lang: str = "id",
) -> pd.DataFrame:
    """Employees per box (all nine, zeros included) per group: [by], box, n, share. share = n / the
    group's mappable employees; one more row per group with box NA counts the unmappable ones, its
    share = n / all the group's employees."""
    with scoring.one_check(con):  # the store's state read once for the whole call
        return _box_counts(con, rules=rules, filters=filters, by=by, lang=lang)


def _box_counts(
    con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters, by: str | None, lang: str
) -> pd.DataFrame:
    scheme = rules.scheme
    check_scheme(con, scheme, lang)
    if by is not None and by not in GROUP_COLUMNS:
        raise ValueError(t("ninebox.error.group_by", lang, by=by, known=", ".join(GROUP_COLUMNS)))
    prefix = "nb_"
    memory = engine.prepare(con, rules, filters)  # the engine chooses the path
    levels = None
    if memory is not None and by is None:  # a whole period's cell counts are kept (Beranda's figures)
        held = memory
        levels = kept_whole_period(
            con, held, rules=rules, filters=filters, name="levels", args=[], code=(),
            compute=lambda: fast_levels(con, held, rules=rules, filters=filters),
        )  # fmt: skip
        return _totals(con, levels, scheme)
    if memory is not None:
        levels = fast_levels(con, memory, rules=rules, filters=filters, by=by)
    params: dict[str, Any]
    if levels is not None:
        group = f"{by}::{GROUP_SQL_TYPES[by]} as {by}, " if by else ""  # noqa: S608 - whitelisted
        counts_ctes = _FAST_COUNTS_CTES.format(
            levels=f"select {group}cell, n from {prefix}levels",  # noqa: S608 - whitelisted
            group_select=f"{by}, " if by else "",
            prefix=prefix,
            box=CELL_BOX_SQL.format(cell="lv.cell", boxes="nine.boxes"),
        )
        params = {f"{prefix}scheme": scheme}
    else:
        q = boxes_sql(rules=rules, filters=filters, prefix=prefix)
        counts_ctes = (
            f"b as ({q.sql}),\nc as (select {f'{by}, ' if by else ''}box, count(*) as n from b group by all)"  # noqa: S608
        )
        params = q.params
    sql = _COUNTS_SQL.format(
        counts_ctes=counts_ctes,
        group_select=f"{by}, " if by else "",
        grid_group=f"grid.{by}, " if by else "",
        join_on=f"grid.{by} is not distinct from c.{by} and " if by else "",
        partition=by or "true",
        order=f"{by}," if by else "",
        prefix=prefix,
    )
    if levels is not None:  # counts held in memory: joined with ref_boxes on the in-memory DuckDB
        cur = refs.memory_cursor(con, "ref_boxes")
        try:
            cur.register(f"{prefix}levels", levels)
            df = cur.execute(sql, params).df()
        finally:
            cur.close()
    else:
        df = con.cursor().execute(sql, params).df()
    df["box"] = df["box"].astype("Int64")
    df["n"] = df["n"].astype("int64")
    df["share"] = df["share"].astype("float64")
    return df


def _totals(con: duckdb.DuckDBPyConnection, levels: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """``box_counts`` without groups from the fast path's cell counts, as _COUNTS_SQL computes it:
    the scheme's nine boxes in order (zeros included) and the unmappable row last; share of the
    mapped (of everyone for the unmappable row), NaN when the base is 0; no rows when nobody."""
    box_of, _ = cell_lookup(con, scheme)
    rows = sorted(((cell, int(box)) for cell, box in enumerate(box_of) if box >= 0), key=lambda r: r[1])
    per_cell: dict[int, int] = {}
    for cell, n in zip(
        levels["cell"].astype(int), levels["n"].astype(int), strict=True
    ):  # one row per period
        per_cell[cell] = per_cell.get(cell, 0) + n
    total = sum(per_cell.values())
    if total == 0:
        return pd.DataFrame(
            {"box": pd.array([], dtype="Int64"), "n": np.zeros(0, np.int64), "share": np.zeros(0)}
        )
    counts = [per_cell.get(int(cell), 0) for cell, _ in rows]
    mapped = sum(counts)
    unmappable = total - mapped
    shares = [n / mapped if mapped else math.nan for n in counts]
    return pd.DataFrame(
        {
            "box": pd.array([int(b) for _, b in rows] + [None], dtype="Int64"),
            "n": np.array([*counts, unmappable], dtype=np.int64),
            "share": np.array([*shares, unmappable / total], dtype=np.float64),
        }
    )


# --- command line -------------------------------------------------------------------------------

CLI_COLUMNS = ["nip", "kinerja_score", "potensial_score", "kinerja_level", "potensial_level", "box", "reason"]


def latest_period(con: duckdb.DuckDBPyConnection) -> int | None:
    """The most recent period in employees, or None when the table is empty."""
    row = con.cursor().execute("select max(period) from employees").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def settings_from_args(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rules:
    """The rules from --preset/--weights and --cutoffs/--relative; ValueError on bad usage."""
    lang = args.lang
    preset = getattr(args, "preset", None)
    text = getattr(args, "weights", None)
    weights = parse_weights(text, lang) if text else preset_weights(con, preset or "kepka411", lang)
    cutoffs = getattr(args, "cutoffs", None)
    if getattr(args, "relative", False):
        thresholds = Thresholds(relative=True)
    elif cutoffs:
        thresholds = parse_cutoffs(cutoffs, lang)
    else:
        thresholds = default_thresholds(con)
    return Rules(weights, thresholds)
