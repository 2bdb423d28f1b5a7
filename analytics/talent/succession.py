"""Talent pool, critical positions and successors, and the succession readiness check.

The readiness check mirrors KASN's five notes on refused applications to fill senior posts through
talent management (seed 001, docs/rules.md §7): (1) critical positions not defined, (2) mapping instrument
not adequate, (3) successors not in boxes 7-8-9, (4) talent piling up, (5) no development programme.
Every check reuses the nine-box rules (``analytics.ninebox.boxes``) and the piling-up rule
(``analytics.ninebox.clustering``); none re-implements them. The three tables of this module are created by
``ensure_tables`` (not by ``analytics.core.db``), so the module owns its schema.

The critical-position file (docs/data-contract.md §5, an extension) is long form: one row per
successor, the position's columns repeated; a position without successors is one row with the
successor cells blank. Its import follows analytics.ingest: read with ``read_raw``, problems with
file, spreadsheet row, column, value and what to do, and an all-or-nothing transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core import db
from analytics.core.filters import Filters
from analytics.core.formats import fmt_date, fmt_number, fmt_percent
from analytics.labels import t
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import boxes as nb
from analytics.ninebox import clustering, engine, rules
from analytics.ninebox.rules import NILAI_TALENTA_SHARE
from analytics.ninebox.rules import Rules as Rules  # the rules bundle, re-exported for callers

# seed 002/003: a talent pool of at least 5-10% of an agency's ASN (docs/rules.md §7).
POOL_TARGET = rules.POOL_TARGET  # ref_talent_targets (docs/rules.md §7)
SOURCE_IMPORT = "impor"
SOURCE_DEMO = "demo-sintetis"
CHECK_KEYS = ("critical_positions", "instrument", "successors", "piling", "development")
# A mapping axis resting on fewer sources than this is "one source only" (check 2).
MIN_AXIS_SOURCES = 2
EVIDENCE_LIST = 5  # names listed in an evidence sentence before "and N more"

# Readiness of a successor (PermenPANRB 3/2020 succession plan): canonical key -> accepted spellings.
READINESS: dict[str, tuple[str, ...]] = {
    "siap_sekarang": ("Siap sekarang", "Siap", "Sekarang", "Ready now", "Siap saat ini"),
    "1_2_tahun": ("1-2 tahun", "1–2 tahun", "1 sampai 2 tahun", "1-2 years", "Siap 1-2 tahun"),
    "3_tahun": ("3+ tahun", "3 tahun", "> 3 tahun", "3 tahun atau lebih", "Lebih dari 3 tahun", "3+ years"),
}
# The spellings an import accepts are analytics.ingest.positions' READINESS_ALIASES: this module imports
# nothing of analytics.ingest (which imports it), so the two never wait on each other's import.

TABLES_DDL = """
create table if not exists critical_positions (
    instansi varchar not null,
    jabatan varchar not null,
    unit_kerja varchar not null,
    jenis_jabatan varchar,
    holder_nip varchar,
    vacancy_date date,
    source varchar,
    import_id integer,
    primary key (instansi, jabatan, unit_kerja)
);
create table if not exists successors (
    instansi varchar not null,
    jabatan varchar not null,
    unit_kerja varchar not null,
    nip varchar not null,
    readiness varchar not null,
    source varchar,
    import_id integer,
    primary key (instansi, jabatan, unit_kerja, nip)
);
create table if not exists development_programmes (
    instansi varchar not null,
    programme varchar not null,
    kind varchar,
    target varchar,
    start_date date,
    end_date date,
    participants integer,
    source varchar,
    primary key (instansi, programme)
);
"""


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create critical_positions, successors and development_programmes when missing."""
    db.ensure_tables(con, TABLES_DDL, ("critical_positions", "successors", "development_programmes"))


def latest_period(con: duckdb.DuckDBPyConnection, instansi: str | None = None) -> int | None:
    """The most recent period with employees (of ``instansi`` when given)."""
    if instansi:
        rows = (
            con.cursor()
            .execute("select max(period) from employees where instansi = ?", [instansi])
            .fetchall()
        )
    else:
        rows = con.cursor().execute("select max(period) from employees").fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else None


# --- talent pool ----------------------------------------------------------------------------------

_POOL_SQL = """
with b as ({boxes})
select instansi, {group} as grp,
    count(*) as asn,
    count(box) as mapped,
    count(*) filter (where talent_pool) as pool,
    count(*) filter (where box is not null and kinerja_level = 3 and potensial_level = 3) as top
from b
group by all
"""


def pool_summary(con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters) -> pd.DataFrame:
    """One row per instansi: asn (all employees in the filters), mapped, pool (boxes 7-8-9), share of
    the ASN in the pool and status against the 5-10% recommendation ('below', 'within', 'above')."""
    out = _pool_counts(con, rules=rules, filters=filters, group="null::varchar")
    out = out.drop(columns=["grp"]).sort_values("instansi", ignore_index=True)
    out["share"] = out["pool"] / out["asn"].where(out["asn"] > 0)
    out["status"] = out["share"].map(pool_status)
    return out


def pool_by_position(con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters) -> pd.DataFrame:
    """One row per position type (ref_position_types order): asn, mapped, pool, share of the type's ASN."""
    out = _pool_counts(con, rules=rules, filters=filters, group="jenis_jabatan")
    out = out.groupby("grp", as_index=False)[["asn", "mapped", "pool", "top"]].sum()
    ranks = dict(con.cursor().execute("select position_type, rank from ref_position_types").fetchall())
    out["rank"] = out["grp"].map(ranks).fillna(99)
    out = out.sort_values(["rank", "grp"], ignore_index=True).drop(columns=["rank"])
    out = out.rename(columns={"grp": "jenis_jabatan"})
    out["share"] = out["pool"] / out["asn"].where(out["asn"] > 0)
    return out


def _pool_counts(
    con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters, group: str
) -> pd.DataFrame:
    """asn, mapped, pool and top per instansi and ``group`` (``null::varchar`` or ``jenis_jabatan``),
    summed over the selected periods: from the in-memory cells when the engine holds the selection
    (analytics.ninebox.engine), else in SQL over ``boxes_sql``; the same rows either way."""
    memory = engine.prepare(con, rules, filters)  # the engine chooses the path
    if memory is not None:
        return _fast_pool_counts(con, memory, rules=rules, filters=filters, by=_POOL_GROUPS[group])
    q = nb.boxes_sql(rules=rules, filters=filters)
    sql = _POOL_SQL.format(boxes=q.sql, group=group)  # group: a fixed column or null (whitelist)
    df = con.cursor().execute(sql, q.params).df()
    for col in ("asn", "mapped", "pool", "top"):
        df[col] = df[col].astype("int64")
    return df


_POOL_GROUPS = {"null::varchar": None, "jenis_jabatan": "jenis_jabatan"}  # _POOL_SQL's group -> key column
_TOP_CELL = 3 * 4 + 3  # kinerja level 3, potensial level 3 (a cell code: kinerja level << 2 | potensial)


def _fast_pool_counts(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    *,
    rules: Rules,
    filters: Filters,
    by: str | None,
) -> pd.DataFrame:
    """_POOL_SQL's rows from the in-memory cells: per block, the selection's cell codes counted per
    group (instansi, or the pair instansi x ``by``) and cell; asn = every row, mapped = cells with a
    box, pool = cells in boxes 7-8-9 (ref_boxes.talent_pool), top = the mapped cell (3, 3)."""
    both = memory.axis_rules(rules)
    box_of, pool_of = nb.cell_lookup(con, rules.scheme)
    mapped_cells = box_of >= 0
    pool_cells = pool_of & mapped_cells
    frames = []
    for blk in memory.blocks:
        scored = scorearrays.score(con, blk, filters, both)
        instansi = blk.key(con, "instansi")[1]
        if by is None:
            key_codes = blk.key(con, "instansi")[0]
            group = key_codes.astype(np.int64) + 1
            first, second = np.arange(-1, len(instansi)), None
        else:
            group, first, second = blk.pair(con, "instansi", by)
        g = group if scored.rows is None else group[scored.rows]
        per_cell = np.bincount(g * 16 + scored.cell, minlength=16 * len(first)).reshape(-1, 16)
        asn = per_cell.sum(axis=1)
        hit = np.flatnonzero(asn)
        per_cell = per_cell[hit]
        grp: list[Any] = [None] * len(hit)
        if by is not None and second is not None:
            values = blk.key(con, by)[1]
            grp = [None if c < 0 else values[c] for c in second[hit].tolist()]
        names = [None if c < 0 else instansi[c] for c in first[hit].tolist()]
        frames.append(
            pd.DataFrame(
                {
                    # typed as the SQL's frame: strings inferred, an empty column of objects
                    "instansi": pd.Series(names, dtype=None if names else object),
                    "grp": pd.Series(grp, dtype=object),
                    "asn": asn[hit],
                    "mapped": per_cell[:, mapped_cells].sum(axis=1),
                    "pool": per_cell[:, pool_cells].sum(axis=1),
                    "top": per_cell[:, _TOP_CELL] * int(mapped_cells[_TOP_CELL]),
                }
            )
        )
    counts = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=_COUNT_COLUMNS)
    if len(frames) > 1:  # several periods: one row per (instansi, grp), as the SQL groups them
        counts = counts.groupby(["instansi", "grp"], dropna=False, sort=False)[_COUNT_COLUMNS[2:]].sum()
        counts = counts.reset_index()
    for col in _COUNT_COLUMNS[2:]:
        counts[col] = counts[col].astype("int64")
    return counts


_COUNT_COLUMNS = ["instansi", "grp", "asn", "mapped", "pool", "top"]


def pool_status(share: float | None) -> str:
    """'below', 'within' or 'above' the recommended 5-10%; 'unknown' without employees."""
    if share is None or pd.isna(share):
        return "unknown"
    low, high = POOL_TARGET
    return "below" if share < low else "above" if share > high else "within"


def pool_members(
    con: duckdb.DuckDBPyConnection, *, rules: Rules, filters: Filters, limit: int = 2000
) -> pd.DataFrame:
    """The talent pool itself: one row per employee in boxes 7-8-9, best first (box, nilai talenta):
    chosen in memory when the engine holds the selection (names read only for the rows listed), else
    in SQL; the same rows either way."""
    memory = engine.prepare(con, rules, filters)  # the engine chooses the path
    if memory is not None:
        return _fast_pool_members(con, memory, rules=rules, filters=filters, limit=limit)
    q = nb.boxes_sql(rules=rules, filters=filters)
    sql = (
        f"select nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, box, nilai_talenta "  # noqa: S608
        f"from ({q.sql}) where talent_pool order by box desc, nilai_talenta desc, nip limit $pool_limit"
    )
    return con.cursor().execute(sql, {**q.params, "pool_limit": int(limit)}).df()


MEMBER_COLUMNS = ["nip", "nama", "instansi", "unit_kerja", "jabatan", "jenis_jabatan", "box", "nilai_talenta"]

# The listed members' employee columns by their row in employees (``emp_rowid``), checked against the
# period and NIP; by (period, nip) when a row moved since employee_scores was built (as the what-if's movers).
_MEMBERS_SQL = """
with e as {materialized} ({source})
select m.nip, e.nama, e.instansi, e.unit_kerja, e.jabatan, e.jenis_jabatan, m.box, m.nilai_talenta
from tp_members m join e on {join}
order by m._rank
"""
_MEMBERS_BY_ROWID = {
    "materialized": "materialized",
    "source": "select rowid as rid, period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan"
    " from employees where rowid in (select emp_rowid from tp_members)",
    "join": "e.rid = m.emp_rowid and e.period = m.period and e.nip = m.nip",
}
_MEMBERS_BY_KEY = {
    "materialized": "not materialized",
    "source": "select period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan from employees",
    "join": "e.period = m.period and e.nip = m.nip",
}


def _fast_pool_members(
    con: duckdb.DuckDBPyConnection, memory: engine.InMemory, *, rules: Rules, filters: Filters, limit: int
) -> pd.DataFrame:
    """pool_members from the in-memory cells: the selected rows in boxes 7-8-9 with nilai talenta as
    boxes_sql computes it (the same doubles: share * kinerja + (1 - share) * potensial), ordered as the
    SQL orders them (box desc, nilai talenta desc, NIP), the first ``limit``; then the employee columns
    of those rows only."""
    both = memory.axis_rules(rules)
    box_of, pool_of = nb.cell_lookup(con, rules.scheme)
    share = NILAI_TALENTA_SHARE  # boxes_sql's nilai_talenta weight
    parts = []
    for blk in memory.blocks:
        scored = scorearrays.score(con, blk, filters, both)
        idx = np.flatnonzero(pool_of[scored.cell] & (box_of[scored.cell] >= 0))
        if not len(idx):
            continue
        pos = scored.positions(idx)
        parts.append(
            pa.table(
                {
                    "period": np.full(len(idx), blk.period, dtype=np.int32),
                    "nip": blk.nip.take(pa.array(pos)),
                    "emp_rowid": blk.emp_rowid[pos],
                    "box": box_of[scored.cell[idx]],
                    "nilai_talenta": share * scored.kinerja[idx] + (1 - share) * scored.potensial[idx],
                }
            )
        )
    if not parts or limit <= 0:
        return _empty_members()
    table = pa.concat_tables(parts)
    ranked = pc.sort_indices(
        table, sort_keys=[("box", "descending"), ("nilai_talenta", "descending"), ("nip", "ascending")]
    )
    table = table.take(ranked[:limit])
    table = table.append_column("_rank", pa.array(np.arange(table.num_rows, dtype=np.int64)))
    cur = con.cursor()
    cur.register("tp_members", table)
    try:
        found = cur.execute(_MEMBERS_SQL.format(**_MEMBERS_BY_ROWID)).df()
        if len(found) != table.num_rows:
            found = cur.execute(_MEMBERS_SQL.format(**_MEMBERS_BY_KEY)).df()
    finally:
        cur.unregister("tp_members")
    return found


_MEMBER_TYPES = {"box": "int64", "nilai_talenta": "float64"}  # the SQL path's types of an empty result


def _empty_members() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=_MEMBER_TYPES.get(c, object)) for c in MEMBER_COLUMNS})


# --- critical positions and successors ----------------------------------------------------------

PLAN_COLUMNS = [
    "jabatan",
    "unit_kerja",
    "jenis_jabatan",
    "holder_nip",
    "holder_nama",
    "vacancy_date",
    "successor_nip",
    "successor_nama",
    "successor_jabatan",
    "successor_instansi",
    "readiness",
    "box",
    "in_pool",
    "warning",
]

# names: the latest name of the instansi's holders and successors only (a GROUP BY over every NIP of a
# national table took seconds); b: the successors' rows in the period with their boxes.
_NAMES_SQL = "select nip, arg_max(nama, period) as nama from employees where nip in (select nip from people) group by nip"
_PLAN_SQL = """
with b as ({boxes}),
people as (
    select nip from successors where instansi = $sc_instansi
    union all select holder_nip from critical_positions where instansi = $sc_instansi
),
names as ({names})
select c.jabatan, c.unit_kerja, c.jenis_jabatan, c.holder_nip, hn.nama as holder_nama, c.vacancy_date,
    s.nip as successor_nip, coalesce(b.nama, sn.nama) as successor_nama, b.jabatan as successor_jabatan,
    b.instansi as successor_instansi, s.readiness, b.box, b.talent_pool as in_pool,
    sn.nip is not null as successor_known
from critical_positions c
left join successors s
    on s.instansi = c.instansi and s.jabatan = c.jabatan and s.unit_kerja = c.unit_kerja
left join b on b.nip = s.nip
left join names sn on sn.nip = s.nip
left join names hn on hn.nip = c.holder_nip
where c.instansi = $sc_instansi
order by c.vacancy_date nulls last, c.jabatan, c.unit_kerja,
    case s.readiness when 'siap_sekarang' then 1 when '1_2_tahun' then 2 else 3 end, b.box desc nulls last, s.nip
"""


def succession_plan(
    con: duckdb.DuckDBPyConnection, instansi: str, *, period: int | None, rules: Rules
) -> pd.DataFrame:
    """One row per critical position and successor of ``instansi`` (one row with no successor when a
    position has none): the position, its holder and planned vacancy, the successor with the box in
    ``period`` and a warning code: 'outside_pool' (mapped outside boxes 7-8-9), 'unmapped' (in the
    period's data but without a box), 'not_in_period' (no row in the period), 'no_successor' or None."""
    ensure_tables(con)
    memory = engine.prepare(con, rules, Filters(period=period)) if period is not None else None
    if memory is not None:  # the successors' boxes from the period's cells (the engine holds it)
        boxes, names = _fast_plan_rows(con, memory, instansi, rules=rules)
        cur = con.cursor()
        cur.register("sc_boxes", boxes)
        if names is not None:
            cur.register("sc_names", names)
        try:
            sql = _PLAN_SQL.format(
                boxes="select * from sc_boxes",
                names=_NAMES_SQL if names is None else "select * from sc_names",
            )
            df = cur.execute(sql, {"sc_instansi": instansi}).df()
        finally:
            cur.unregister("sc_boxes")
            if names is not None:
                cur.unregister("sc_names")
        return _plan_frame(df)
    cur = con.cursor()
    insts = [
        r[0]
        for r in cur.execute(
            "select distinct e.instansi from successors s join employees e on e.nip = s.nip "
            "where s.instansi = ? and e.period = ?",
            [instansi, period],
        ).fetchall()
    ]
    q = nb.boxes_sql(
        rules=rules,
        filters=nb.Filters(period=period, instansi=tuple(insts) or ("\x00",)),
    )
    sql = _PLAN_SQL.format(boxes=q.sql, names=_NAMES_SQL)
    df = con.cursor().execute(sql, {**q.params, "sc_instansi": instansi}).df()
    return _plan_frame(df)


def _plan_frame(df: pd.DataFrame) -> pd.DataFrame:
    """_PLAN_SQL's rows with their warning codes, in PLAN_COLUMNS."""
    if df.empty:
        return pd.DataFrame(columns=PLAN_COLUMNS)
    df["box"] = df["box"].astype("Int64")
    in_data = df["successor_jabatan"].notna()
    warning = pd.Series(None, index=df.index, dtype=object)
    warning[df["successor_nip"].isna()] = "no_successor"
    warning[df["successor_nip"].notna() & ~in_data] = "not_in_period"
    warning[in_data & df["box"].isna()] = "unmapped"
    warning[in_data & df["box"].notna() & ~df["in_pool"].fillna(False).astype(bool)] = "outside_pool"
    df["warning"] = warning.astype(object).where(warning.notna(), None)
    df["in_pool"] = df["in_pool"].astype("boolean")
    return df[PLAN_COLUMNS]


# The rows found by NIP: their employee columns by their row in employees, checked against the period
# and NIP (by (period, nip) when rows moved since employee_scores was built).
_PLAN_ROWS_SQL = """
with e as {materialized} ({source})
select m.nip, e.nama, e.jabatan, e.instansi, m.box, m.talent_pool
from sc_rows m join e on {join}
"""
_PLAN_ROWS_BY_ROWID = {  # materialized: the rowid filter stays on the scan (joined, it read every row)
    "materialized": "materialized",
    "source": "select rowid as rid, period, nip, nama, jabatan, instansi from employees"
    " where rowid in (select emp_rowid from sc_rows)",
    "join": "e.rid = m.emp_rowid and e.period = m.period and e.nip = m.nip",
}
_PLAN_ROWS_BY_KEY = {
    "materialized": "not materialized",
    "source": "select period, nip, nama, jabatan, instansi from employees",
    "join": "e.period = m.period and e.nip = m.nip",
}
_PLAN_ROWS_SCHEMA = pa.schema(
    [("period", pa.int32()), ("nip", pa.string()), ("emp_rowid", pa.int64()), ("box", pa.int64()),
     ("talent_pool", pa.bool_())]
)  # fmt: skip


def _rows_of(nips: pa.Array, wanted: list[str]) -> np.ndarray:
    """Positions of the NIPs in ``wanted`` among ``nips`` (a block's), ascending: hashed in chunks on
    every core (one national period took 0,15-0,2 s on one)."""
    value_set = pa.array(wanted, pa.string())

    def run(start: int) -> np.ndarray:
        part = nips.slice(start, scorearrays.CHUNK)
        found = pc.is_in(part, value_set=value_set).to_numpy(zero_copy_only=False)
        return np.flatnonzero(found) + start

    parts = scorearrays.parallel(run, range(0, len(nips), scorearrays.CHUNK))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _fast_plan_rows(
    con: duckdb.DuckDBPyConnection, memory: engine.InMemory, instansi: str, *, rules: Rules
) -> tuple[pa.Table, pa.Table | None]:
    """_PLAN_SQL's ``b`` and ``names`` from the in-memory period. ``b``: the rows of the instansi's
    successors (by NIP: every row of those NIPs in the period, as the SQL path's boxes over their
    instansi hold) with box and talent-pool flag from their cells. ``names``: when the period is the
    latest and every holder and successor has a row in it, their names from those rows (the latest
    period's name is what arg_max(nama, period) gives); else None (the SQL's semi-join reads them).
    Name, position and instansi are read for the rows found only."""
    cur = con.cursor()
    successors = [
        r[0]
        for r in cur.execute("select distinct nip from successors where instansi = ?", [instansi]).fetchall()
    ]
    holders = [
        r[0]
        for r in cur.execute(
            "select distinct holder_nip from critical_positions where instansi = ? and holder_nip is not null",
            [instansi],
        ).fetchall()
    ]
    box_of, pool_of = nb.cell_lookup(con, rules.scheme)
    both = memory.axis_rules(rules)
    latest = memory.blocks[-1].period == latest_period(con) if memory.blocks else False
    people = sorted({*successors, *holders}) if latest else successors
    parts = []
    for blk in memory.blocks:  # one: the plan's period
        hit = _rows_of(blk.nip, people)
        if not len(hit):
            continue
        scored = scorearrays.score(con, blk, Filters(period=blk.period), both)  # every row of the period
        cell = scored.cell[hit] if scored.rows is None else scored.cell[np.searchsorted(scored.rows, hit)]
        box = box_of[cell]
        parts.append(
            pa.table(
                {
                    "period": np.full(len(hit), blk.period, dtype=np.int32),
                    "nip": blk.nip.take(pa.array(hit)),
                    "emp_rowid": blk.emp_rowid[hit],
                    "box": pa.array(box, mask=box < 0),
                    "talent_pool": pool_of[cell] & (box >= 0),
                }
            )
        )
    rows = pa.concat_tables(parts) if parts else _PLAN_ROWS_SCHEMA.empty_table()
    cur.register("sc_rows", rows)
    try:
        found_rows = cur.execute(_PLAN_ROWS_SQL.format(**_PLAN_ROWS_BY_ROWID)).to_arrow_table()
        if found_rows.num_rows != rows.num_rows:
            found_rows = cur.execute(_PLAN_ROWS_SQL.format(**_PLAN_ROWS_BY_KEY)).to_arrow_table()
    finally:
        cur.unregister("sc_rows")
    boxes = found_rows.filter(pc.is_in(found_rows.column("nip"), value_set=pa.array(successors, pa.string())))
    names = None
    if latest and set(found_rows.column("nip").to_pylist()) >= set(people):
        first: dict[str, Any] = {}
        for nip, nama in zip(
            found_rows.column("nip").to_pylist(), found_rows.column("nama").to_pylist(), strict=True
        ):
            first.setdefault(nip, nama)
        names = pa.table(
            {"nip": pa.array(list(first), pa.string()), "nama": pa.array(list(first.values()), pa.string())}
        )
    return boxes, names


def plan_positions(plan: pd.DataFrame) -> pd.DataFrame:
    """One row per critical position: successors (count), in the pool, outside, and ready now."""
    if plan.empty:
        return pd.DataFrame(
            columns=["jabatan", "unit_kerja", "successors", "in_pool", "outside", "ready_now"]
        )
    g = plan.assign(
        has=plan["successor_nip"].notna(),
        ok=plan["in_pool"].fillna(False).astype(bool),
        ready=plan["readiness"].eq("siap_sekarang"),
    ).groupby(["jabatan", "unit_kerja"], sort=False)
    return pd.DataFrame(
        {
            "successors": g["has"].sum(),
            "in_pool": g["ok"].sum(),
            "outside": g["has"].sum() - g["ok"].sum(),
            "ready_now": g["ready"].sum(),
        }
    ).reset_index()


def development_programmes(con: duckdb.DuckDBPyConnection, instansi: str) -> pd.DataFrame:
    """Development programmes recorded for ``instansi``: programme, kind, target, dates, participants."""
    ensure_tables(con)
    return (
        con.cursor()
        .execute(
            "select programme, kind, target, start_date, end_date, participants from development_programmes "
            "where instansi = ? order by start_date nulls last, programme",
            [instansi],
        )
        .df()
    )


def instansi_with_positions(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Instansi that have at least one critical position."""
    ensure_tables(con)
    return [
        r[0]
        for r in con.cursor()
        .execute("select distinct instansi from critical_positions order by 1")
        .fetchall()
    ]


# --- readiness check (KASN's five notes, seed 001) ----------------------------------------------


@dataclass(frozen=True)
class Check:
    """One of the five readiness checks: whether it passes, the evidence, and what to do."""

    number: int
    key: str
    title: str
    passed: bool
    evidence: str
    action: str


def readiness_check(
    con: duckdb.DuckDBPyConnection,
    instansi: str,
    *,
    rules: Rules,
    period: int | None = None,
    lang: str = "id",
    plan: pd.DataFrame | None = None,
) -> list[Check]:
    """The five checks for ``instansi`` in ``period`` (default: its latest), in KASN's order. ``plan``:
    the caller's ``succession_plan`` of the same instansi, period and rules (not computed twice)."""
    ensure_tables(con)
    period = period if period is not None else latest_period(con, instansi)
    if plan is None:
        plan = succession_plan(con, instansi, period=period, rules=rules)
    results = [
        _check_positions(plan, lang),
        _check_instrument(con, instansi, period, rules, lang),
        _check_successors(plan, lang),
        _check_piling(con, instansi, period, rules, lang),
        _check_development(con, instansi, lang),
    ]
    return [
        Check(i + 1, key, t(f"talent.check.{key}", lang), passed, evidence, action)
        for i, (key, (passed, evidence, action)) in enumerate(zip(CHECK_KEYS, results, strict=True))
    ]


def _listing(items: list[str], lang: str) -> str:
    shown = "; ".join(items[:EVIDENCE_LIST])
    more = len(items) - EVIDENCE_LIST
    return shown + (t("talent.evidence.more", lang, n=more) if more > 0 else "")


def _check_positions(plan: pd.DataFrame, lang: str) -> tuple[bool, str, str]:
    # seed 001, note 1: "jabatan kritikal belum ditetapkan"
    positions = plan_positions(plan)
    if positions.empty:
        return False, t("talent.evidence.positions.none", lang), t("talent.action.positions.fail", lang)
    names = [f"{j} ({u})" for j, u in zip(positions["jabatan"], positions["unit_kerja"], strict=True)]
    evidence = t("talent.evidence.positions.ok", lang, n=len(names), list=_listing(names, lang))
    return True, evidence, t("talent.action.positions.ok", lang)


_PRESENCE_SQL = "select count(*) as n, {cols} from employees where instansi = ? and period = ?"


def _check_instrument(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int | None, rules: Rules, lang: str
) -> tuple[bool, str, str]:
    # seed 001, note 2: "instrumen pemetaan belum memadai": everyone mappable, the weighted
    # components present, and no axis resting on one source only (docs/rules.md §4 presence rule).
    cols = ", ".join(
        "count(kinerja_utama) + count(predikat_kinerja) as kinerja_utama"
        if c == "kinerja_utama"
        else f"count({c}) as {c}"
        for c in (*db.COMPONENTS, *db.AXIS_SCORE_COLUMNS)
    )  # identifiers from analytics.core.db's whitelist
    frame = con.cursor().execute(_PRESENCE_SQL.format(cols=cols), [instansi, period]).df()
    n = int(frame["n"].iloc[0]) if len(frame) else 0
    if n == 0:
        return (
            False,
            t("talent.evidence.instrument.no_data", lang, period=period),
            t("talent.action.instrument.fail", lang),
        )
    counts = frame.iloc[0]
    counted = nb.box_counts(
        con,
        rules=rules,
        filters=nb.Filters(period=period, instansi=(instansi,)),
    )
    unmappable = int(counted.loc[counted["box"].isna(), "n"].sum())
    problems: list[str] = []
    notes: list[str] = []
    if unmappable:
        problems.append(
            t(
                "talent.evidence.instrument.unmappable",
                lang,
                n=fmt_number(unmappable, 0, lang),
                total=fmt_number(n, 0, lang),
            )
        )
    for axis in nb.AXES:
        weighted = [c for c in nb.AXIS_COMPONENTS[axis] if rules.weights.axis(axis).get(c, 0) > 0]
        present = [c for c in weighted if counts[c] > 0]
        absent = [c for c in weighted if counts[c] == 0]
        ready = int(counts[nb.AXIS_SCORE_COLUMN[axis]])
        sources = len(present) if present else (1 if ready else 0)
        axis_name = t(f"ninebox.axis.{axis}", lang)
        names = ", ".join(t(f"ninebox.component.{c}", lang) for c in present) or t(
            "talent.evidence.instrument.ready_score", lang
        )
        if sources < MIN_AXIS_SOURCES:
            problems.append(t("talent.evidence.instrument.one_source", lang, axis=axis_name, sources=names))
        else:
            notes.append(t("talent.evidence.instrument.axis", lang, axis=axis_name, n=sources))
        if absent and present:
            notes.append(
                t(
                    "talent.evidence.instrument.absent",
                    lang,
                    axis=axis_name,
                    components=", ".join(t(f"ninebox.component.{c}", lang) for c in absent),
                )
            )
    if problems:
        return False, "; ".join(problems + notes) + ".", t("talent.action.instrument.fail", lang)
    evidence = t("talent.evidence.instrument.ok", lang, n=fmt_number(n, 0, lang), notes="; ".join(notes))
    return True, evidence, t("talent.action.instrument.ok", lang)


def _person(row: pd.Series, lang: str) -> str:
    name = row["successor_nama"] if isinstance(row["successor_nama"], str) else row["successor_nip"]
    box = row["box"]
    where = (
        t("talent.evidence.box", lang, box=int(box))
        if not pd.isna(box)
        else t(f"talent.warning.{row['warning']}", lang)
    )
    return t("talent.evidence.successor", lang, name=name, where=where, position=row["jabatan"])


def _check_successors(plan: pd.DataFrame, lang: str) -> tuple[bool, str, str]:
    # seed 001, note 3: "daftar suksesor tidak ada di kotak 7, 8, dan 9" (Kepka BKN 411/2025)
    if plan.empty:
        return (
            False,
            t("talent.evidence.successors.no_positions", lang),
            t("talent.action.successors.fail", lang),
        )
    has = plan[plan["successor_nip"].notna()]
    outside = has[~has["in_pool"].fillna(False).astype(bool)]
    empty = plan_positions(plan)
    empty = empty[empty["successors"] == 0]
    problems: list[str] = []
    if len(outside):
        people = [_person(r, lang) for _, r in outside.iterrows()]
        problems.append(
            t("talent.evidence.successors.outside", lang, n=len(outside), list=_listing(people, lang))
        )
    if len(empty):
        names = [f"{j} ({u})" for j, u in zip(empty["jabatan"], empty["unit_kerja"], strict=True)]
        problems.append(t("talent.evidence.successors.empty", lang, n=len(empty), list=_listing(names, lang)))
    if problems:
        return False, " ".join(problems), t("talent.action.successors.fail", lang)
    return True, t("talent.evidence.successors.ok", lang, n=len(has)), t("talent.action.successors.ok", lang)


def _check_piling(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int | None, rules: Rules, lang: str
) -> tuple[bool, str, str]:
    # seed 001, note 4: "masih ada penumpukan persebaran talenta" (docs/rules.md §6; clustering's rule)
    sentences: list[str] = []
    for by in ("unit_kerja", "jenis_jabatan"):
        flags = clustering.detect_piling(
            con,
            rules=rules,
            filters=nb.Filters(period=period, instansi=(instansi,)),
            by=by,
            lang=lang,
        )
        sentences += [str(s) for s in flags["sentence"]]
    rule = clustering.default_rule(con)
    rule_text = t(
        "talent.evidence.piling.rule",
        lang,
        share=fmt_percent(rule["max_share"], 0, lang),
        min_group=fmt_number(rule["min_group"], 0, lang),
        p=fmt_number(rule["p_value"], 2, lang),
    )
    if sentences:
        evidence = t("talent.evidence.piling.found", lang, n=len(sentences), list=_listing(sentences, lang))
        return False, evidence + " " + rule_text, t("talent.action.piling.fail", lang)
    return True, t("talent.evidence.piling.ok", lang) + " " + rule_text, t("talent.action.piling.ok", lang)


def _check_development(con: duckdb.DuckDBPyConnection, instansi: str, lang: str) -> tuple[bool, str, str]:
    # seed 001, note 5: "belum ada program pengembangan talenta" (PermenPANRB 3/2020: pengembangan)
    programmes = development_programmes(con, instansi)
    if programmes.empty:
        return False, t("talent.evidence.development.none", lang), t("talent.action.development.fail", lang)
    names = [str(p) for p in programmes["programme"]]
    evidence = t("talent.evidence.development.ok", lang, n=len(names), list=_listing(names, lang))
    return True, evidence, t("talent.action.development.ok", lang)


# --- presentation helpers shared by the page and the command line ---------------------------------


def readiness_label(key: object, lang: str = "id") -> str:
    """'Siap sekarang', '1–2 tahun', '3+ tahun' (or '–')."""
    return t(f"talent.readiness.{key}", lang) if isinstance(key, str) and key in READINESS else "–"


def vacancy_text(value: Any, lang: str = "id") -> str:
    """A planned vacancy date as read, '–' when none."""
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return "–"
    return fmt_date(pd.Timestamp(value).date(), lang)
