"""A compact, derived scoring table for the nine-box fast path (``employee_scores``).

Why: at national scale (~4.7 M employees) the cost of ``ninebox.boxes_sql`` is not the arithmetic but
the per-query presence GROUP BY per instansi+period, the predicate map, the join back on instansi and
the string columns carried along. None of that depends on the weights or the cut-offs, so it is done
once here, in one statement, and kept until the employees change:

- one row per employee: period, nip, the row's rowid in employees (``emp_rowid``: names of movers
  are fetched by it, checked against the NIP), the filter and group-by columns (dictionary-compressed strings,
  only read when a query names them), the eleven components as DOUBLE (the exact values of
  ``employees``, so the weighted means are bit-identical to ``boxes_sql``'s) with kinerja_utama
  already filled from the predicate (ref_predicates), the two ready axis scores;
- a component that is absent for the row's instansi+period (NULL for all its employees; for
  kinerja_utama: no score and no predicate) is stored as 0.0 and flagged in ``absent_k``/``absent_p``
  (bit i = the i-th component of the axis, in ``db.KINERJA_COMPONENTS``/``db.POTENSIAL_COMPONENTS``
  order); a present component left blank stays NULL (and is flagged in ``blank_k``/``blank_p``), so the
  weighted sum of a row with a blank weighted component is NULL = unmappable, exactly as in
  ``boxes_sql``.

``scoring_state`` (one row) holds the fingerprint of the data the table was built from (row count,
import ids, a few NULL counts and the birth-date sum of ``employees`` plus the content of
``ref_predicates`` and the layout version) and a build id. ``fresh_stats`` compares the fingerprint
(remembered while the database file is unchanged) and rebuilds when it differs; ``refresh`` rebuilds
unconditionally (call it after an in-place UPDATE of component values that keeps every counted
quantity, which the fingerprint cannot see).

The per-query arithmetic (weights, cut-offs, counts) runs over this table's columns held in memory
per build id and period: ``analytics.ninebox.arrays``.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from analytics.core import db, lake
from analytics.core.filters import GROUP_COLUMNS

TABLE = "employee_scores"
STATE_TABLE = "scoring_state"
# Bump when the layout or the rules baked into the table change: every file then rebuilds once.
LAYOUT_VERSION = 3

AXIS_COMPONENTS: dict[str, tuple[str, ...]] = {
    "kinerja": db.KINERJA_COMPONENTS,
    "potensial": db.POTENSIAL_COMPONENTS,
}
MASK_COLUMN = {"kinerja": "absent_k", "potensial": "absent_p"}
READY_COLUMN = {"kinerja": "skor_sumbu_kinerja", "potensial": "skor_sumbu_potensial"}
# String columns kept for WHERE and GROUP BY (analytics.core.filters.FILTER_COLUMNS and ninebox.GROUP_COLUMNS).
KEY_COLUMNS = tuple(c for c in GROUP_COLUMNS if c != "period")

_LOCK = db.DDL_LOCK  # one lock for every catalog change of the process
STABLE_SECONDS = 2.0  # see fresh_stats
_MEMO: dict[str, tuple[tuple[Any, ...], Stats]] = {}
_MEMO_LOCK = threading.Lock()
FILES_SUFFIX = ".arrays"  # the folder beside a database file for what is derived from it: <file>.arrays
MEMO_FILE = "fresh.json"  # in that folder: the last check that found the table fresh (see fresh_stats)

# Cheap (one pass over a few narrow columns, no strings hashed): what an import, a demo build or a
# direct insert/delete changes. Integers only, so the value is exact and independent of thread order.
_FINGERPRINT_SQL = f"""
select concat_ws('|',
    'v{LAYOUT_VERSION}',
    (select concat_ws(',', count(*), count(import_id), max(import_id), sum(import_id),
        sum(tanggal_lahir - date '1970-01-01'), min(period), max(period), sum(period),
        sum((1000 * (coalesce(kinerja_utama, -1) + 3 * coalesce(potensi, -1) + 7 * coalesce(integritas, -1)))::bigint))
     from employees),
    (select md5(coalesce(string_agg(concat_ws('=', predicate, score, aliases), ';' order by predicate, score, aliases), ''))
     from ref_predicates)
) as fingerprint
"""  # noqa: S608 - constant text


@dataclass(frozen=True)
class Stats:
    """What the fast path's SQL may rely on: the absent masks that occur per axis and whether any row
    carries a ready axis score."""

    masks: dict[str, tuple[int, ...]]
    ready: dict[str, bool]
    build_id: str = ""  # unique per build of the table: what in-memory copies (scorearrays) key on


def _absent_mask(axis: str) -> str:
    bits = " | ".join(
        f"(case when p.has_{c} then 0 else {1 << i} end)" for i, c in enumerate(AXIS_COMPONENTS[axis])
    )
    return f"({bits})::utinyint"


def _blank_mask(axis: str) -> str:
    bits = " | ".join(
        f"(case when p.has_{c} and e.{c} is null then {1 << i} else 0 end)"
        for i, c in enumerate(AXIS_COMPONENTS[axis])
    )
    return f"({bits})::utinyint"


def _build_sql() -> str:
    has_cols = ", ".join(
        "count(kinerja_utama) + count(predikat_kinerja) > 0 as has_kinerja_utama"
        if c == "kinerja_utama"
        else f"count({c}) > 0 as has_{c}"
        for c in db.COMPONENTS
    )
    comps = ", ".join(f"case when p.has_{c} then e.{c} else 0.0 end::double as {c}" for c in db.COMPONENTS)
    keys = ", ".join(f"e.{c}" for c in KEY_COLUMNS)
    # The scores are read by every query: kept uncompressed (decoding ALP costs more than reading the
    # plain doubles); the masks are constant per instansi and compress to almost nothing.
    doubles = (*db.COMPONENTS, *db.AXIS_SCORE_COLUMNS)
    ddl = ", ".join(
        [
            "period integer",
            "nip varchar",
            "emp_rowid bigint",
            *(f"{c} varchar" for c in KEY_COLUMNS),
            *(f"{c} double using compression uncompressed" for c in doubles),
            "absent_k utinyint",
            "absent_p utinyint",
            "blank_k utinyint",
            "blank_p utinyint",
        ]
    )
    # The predicate map and the presence rule are those of ninebox._BOXES_SQL (docs/rules.md §4, §5).
    return f"""
create or replace table {TABLE} ({ddl});
insert into {TABLE}
with predmap as (
    select map(list(key), list(score)) as m
    from (
        select lower(trim(k)) as key, min(score)::double as score
        from (select score, list_append(string_split(coalesce(aliases::varchar, ''), '|'), predicate) as keys from ref_predicates),
            unnest(keys) as u(k)
        where trim(k) <> ''
        group by 1
    )
),
presence as (
    select period, instansi, {has_cols}
    from employees
    group by period, instansi
),
e as (
    select * replace (
        coalesce(employees.kinerja_utama, map_extract_value(pm.m, lower(trim(employees.predikat_kinerja)))) as kinerja_utama
    ), employees.rowid as emp_rowid
    from employees cross join predmap pm
)
select e.period, e.nip, e.emp_rowid, {keys}, {comps},
    e.skor_sumbu_kinerja::double as skor_sumbu_kinerja, e.skor_sumbu_potensial::double as skor_sumbu_potensial,
    {_absent_mask("kinerja")} as absent_k, {_absent_mask("potensial")} as absent_p,
    {_blank_mask("kinerja")} as blank_k, {_blank_mask("potensial")} as blank_p
from e join presence p on e.period = p.period and e.instansi = p.instansi
order by e.period, e.instansi, e.unit_kerja
"""  # noqa: S608 - identifiers from whitelists


_BUILD_SQL = _build_sql()
_STATE_DDL = f"""
create or replace table {STATE_TABLE} (
    fingerprint varchar not null, built_at timestamp not null, build_id varchar not null,
    masks_k utinyint[], masks_p utinyint[], ready_k boolean, ready_p boolean
)"""
_STATS_SQL = f"""
insert into {STATE_TABLE}
select ?, current_timestamp, uuid()::varchar,
    coalesce(list(distinct absent_k order by absent_k), []), coalesce(list(distinct absent_p order by absent_p), []),
    coalesce(bool_or(skor_sumbu_kinerja is not null), false), coalesce(bool_or(skor_sumbu_potensial is not null), false)
from {TABLE}
"""  # noqa: S608 - constants


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """The current fingerprint of employees + ref_predicates (+ the layout version)."""
    return str(con.cursor().execute(_FINGERPRINT_SQL).fetchall()[0][0])


def _stored(con: duckdb.DuckDBPyConnection) -> tuple[str, Stats] | None:
    cur = con.cursor()
    tables = {
        r[0]
        for r in cur.execute(
            "select table_name from duckdb_tables() where schema_name = current_schema()"
            " and database_name = current_database() and table_name in (?, ?)",
            [TABLE, STATE_TABLE],
        ).fetchall()
    }
    if tables != {TABLE, STATE_TABLE}:
        return None
    try:
        rows = cur.execute(
            f"select fingerprint, masks_k, masks_p, ready_k, ready_p, build_id from {STATE_TABLE}"  # noqa: S608 - constant
        ).fetchall()
    except duckdb.BinderException:
        return None  # the state of an older layout: rebuilt like a stale table
    if len(rows) != 1:
        return None
    fp, masks_k, masks_p, ready_k, ready_p, build_id = rows[0]
    stats = Stats(
        masks={
            "kinerja": tuple(int(m) for m in masks_k or ()),
            "potensial": tuple(int(m) for m in masks_p or ()),
        },
        ready={"kinerja": bool(ready_k), "potensial": bool(ready_p)},
        build_id=str(build_id),
    )
    return str(fp), stats


def stored_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint ``employee_scores`` was built from; None when there is no (complete) table."""
    stored = _stored(con)
    return stored[0] if stored else None


def refresh(con: duckdb.DuckDBPyConnection) -> str:
    """(Re)build ``employee_scores`` from employees + ref_predicates in one transaction; returns the
    fingerprint stored with it."""
    with _LOCK:
        cur = con.cursor()
        on_lake = lake.is_lake(cur)
        # A lake keeps a row's rowid across deletes (and its CHECKPOINT is maintenance that may expire
        # the snapshots time travel reads): no checkpoint there.
        try:  # rows deleted earlier are compacted away now, so emp_rowid stays valid until employees change
            if not on_lake:
                cur.execute("checkpoint")
        except duckdb.Error:
            pass  # another connection has a transaction open: the movers' name lookup checks the NIPs
        cur.execute("begin transaction")
        try:
            fp = str(cur.execute(_FINGERPRINT_SQL).fetchall()[0][0])
            cur.execute(lake.ddl(_BUILD_SQL) if on_lake else _BUILD_SQL)
            cur.execute(_STATE_DDL)
            cur.execute(_STATS_SQL, [fp])
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
    return fp


def _file_state(con: duckdb.DuckDBPyConnection) -> tuple[str, tuple[Any, ...], int] | None:
    """(path, signature, newest change in ns) of the connection's database file and its write-ahead
    log; None for an in-memory database. On a lake: its latest snapshot id, exact (no clock ticks).
    Inside ``one_check`` on the same connection: the state read when the block began."""
    pinned = _PINNED.get()
    if pinned is not None and pinned[0] is con:
        return pinned[1]
    return _read_state(con)


def _read_state(con: duckdb.DuckDBPyConnection) -> tuple[str, tuple[Any, ...], int] | None:
    # One statement on a lake, where each statement first reads the catalog in PostgreSQL (a few ms):
    # its latest snapshot and its address. A DuckDB file has no current_snapshot() (it fails at once).
    try:
        snap = con.cursor().execute(_LAKE_STATE_SQL).fetchall()
    except duckdb.Error:
        snap = []
    if snap:
        return f"ducklake:{snap[0][1]}", (int(snap[0][0]),), 0
    try:
        rows = (
            con.cursor()
            .execute("select type, path from duckdb_databases() where database_name = current_database()")
            .fetchall()
        )
    except duckdb.Error:
        return None
    if not rows or rows[0][0] == "ducklake":
        return None  # a lake whose catalog did not answer
    path = rows[0][1]
    if not path:
        return None
    sig: list[Any] = []
    newest = 0
    for name in (str(path), f"{path}.wal"):
        try:
            st = os.stat(name)
        except OSError:
            sig.append(None)
            continue
        sig.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    return str(path), tuple(sig), newest


_LAKE_STATE_SQL = (
    "select s.id, d.path from current_snapshot() as s, duckdb_databases() as d"
    " where d.database_name = current_database()"
)
_PINNED: ContextVar[tuple[Any, tuple[str, tuple[Any, ...], int] | None] | None] = ContextVar(
    "scoring_pinned_state", default=None
)


@contextmanager
def one_check(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Within the block, every freshness check on ``con`` (``fresh_stats``, ``fresh_build`` and the
    cached reference tables, analytics.ninebox.refs) uses the store's state read once at its start: one
    recompute reads the lake's latest snapshot once, not once per step. Nested blocks keep the outer
    state."""
    pinned = _PINNED.get()
    if pinned is not None and pinned[0] is con:
        yield
        return
    token = _PINNED.set((con, _read_state(con)))
    try:
        yield
    finally:
        _PINNED.reset(token)


def store_state(con: duckdb.DuckDBPyConnection) -> tuple[str, tuple[Any, ...], bool] | None:
    """(store key, signature, stable) of ``con``'s store, what results derived from its data may be
    cached under: the signature changes with every committed write (a file's size, times or inode;
    a lake's snapshot id). ``stable``: false while a file's last change is younger than
    STABLE_SECONDS (its times tick coarsely: a write in the same tick could go unseen), so a result
    read then must not be kept. None for an in-memory database (nothing to key on)."""
    state = _file_state(con)
    if state is None:
        return None
    return state[0], state[1], time.time_ns() - state[2] > STABLE_SECONDS * 1e9


def fresh_stats(con: duckdb.DuckDBPyConnection) -> Stats | None:
    """The table's Stats when ``employee_scores`` matches the data (rebuilding it when stale); None when
    it is stale and cannot be rebuilt here (a read-only connection, a concurrent writer).

    The fingerprint costs a scan of employees (about 0.1 s at national scale), so a check that found
    the table fresh is remembered per database file: every committed write changes the file or its
    write-ahead log (size, times or inode), so while neither changed the table is still fresh. File
    times tick coarsely: a check is remembered only when the files are older than STABLE_SECONDS,
    so a write in the same tick as the check cannot be missed."""
    state = _file_state(con)
    if state is not None:
        memo = _memo(state)
        if memo is not None:
            return memo
    stats = _check_and_refresh(con)
    if stats is not None and state is not None and time.time_ns() - state[2] > STABLE_SECONDS * 1e9:
        with _MEMO_LOCK:
            _MEMO[state[0]] = (state[1], stats)
        _write_memo(state, stats)
    return stats


def _memo(state: tuple[str, tuple[Any, ...], int]) -> Stats | None:
    """The remembered check for the file in ``state`` when the file has not changed since: this
    process's, else the one a previous process left in the folder beside the file (a server's cold
    start would otherwise scan every employee row again before its first view)."""
    with _MEMO_LOCK:
        memo = _MEMO.get(state[0])
    if memo is not None and memo[0] == state[1]:
        return memo[1]
    if state[0].startswith("ducklake:"):
        return None
    try:
        saved = json.loads((Path(state[0] + FILES_SUFFIX) / MEMO_FILE).read_text(encoding="utf-8"))
        if _jsonable(state[1]) != saved["signature"]:
            return None
        stats = Stats(
            masks={axis: tuple(int(m) for m in saved["masks"][axis]) for axis in AXIS_COMPONENTS},
            ready={axis: bool(saved["ready"][axis]) for axis in AXIS_COMPONENTS},
            build_id=str(saved["build_id"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    with _MEMO_LOCK:
        _MEMO[state[0]] = (state[1], stats)
    return stats


def _jsonable(signature: tuple[Any, ...]) -> list[Any]:
    value: list[Any] = json.loads(json.dumps(signature))
    return value


def _write_memo(state: tuple[str, tuple[Any, ...], int], stats: Stats) -> None:
    """Leave the check for the next process (written aside and renamed: a reader never sees half)."""
    if state[0].startswith("ducklake:"):
        return
    folder = Path(state[0] + FILES_SUFFIX)
    saved = {
        "signature": _jsonable(state[1]),
        "masks": {axis: list(stats.masks[axis]) for axis in AXIS_COMPONENTS},
        "ready": stats.ready,
        "build_id": stats.build_id,
    }
    tmp = folder / f"{MEMO_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        folder.mkdir(exist_ok=True)
        tmp.write_text(json.dumps(saved), encoding="utf-8")
        os.replace(tmp, folder / MEMO_FILE)
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only folder: the next process checks again


def fresh_build(con: duckdb.DuckDBPyConnection) -> str | None:
    """The build id of ``employee_scores`` when it matches the data, else None; never rebuilds (what
    results derived from the same data are stored under: ``analytics.ninebox.arrays.stored``)."""
    state = _file_state(con)
    if state is not None:
        memo = _memo(state)
        if memo is not None:
            return memo.build_id
    try:
        stored = _stored(con)
        return stored[1].build_id if stored and stored[0] == fingerprint(con) else None
    except duckdb.Error:
        return None


def _check_and_refresh(con: duckdb.DuckDBPyConnection) -> Stats | None:
    try:
        current = fingerprint(con)
        stored = _stored(con)
        if stored and stored[0] == current:
            return stored[1]
    except duckdb.Error:
        return None
    try:
        refresh(con)
    except duckdb.Error:
        pass  # read-only, or another thread/process was writing: maybe it built the table
    try:
        stored = _stored(con)
        return stored[1] if stored and stored[0] == fingerprint(con) else None
    except duckdb.Error:
        return None


def ensure_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True when ``employee_scores`` matches the data (rebuilding it when stale); False when it is stale
    and cannot be rebuilt here (a read-only connection, a concurrent writer): use the general path."""
    return fresh_stats(con) is not None


# --- the denominators the in-memory path (analytics.ninebox.arrays) divides by --------------------------


def denominator(weights: Mapping[str, float], axis: str, mask: int) -> float:
    """The weight sum of the weighted components present under ``mask``, summed as DuckDB sums
    ``boxes_sql``'s ``case when has_c then w_c else 0.0 end + ...`` (same order, IEEE doubles)."""
    total: float | None = None
    for i, c in enumerate(AXIS_COMPONENTS[axis]):
        w = float(weights.get(c, 0))
        if w > 0:
            term = 0.0 if mask >> i & 1 else w
            total = term if total is None else total + term
    return 0.0 if total is None else total
