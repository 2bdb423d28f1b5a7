"""DuckLake: one store shared by many app processes (issue 16).

DuckLake is DuckDB's own multi-client table format: its catalog lives in PostgreSQL, its data as
Parquet files in a folder every process can reach. Every process attaches the same lake and gets ACID
snapshots, concurrent writers and time travel. The app's queries do not change: the lake is attached
as ``lake`` and made the default catalog (``USE lake``), so the unqualified table names of every module
resolve to it, exactly as they resolve to the one DuckDB file in the embedded default.

What differs, and only here:
- DuckLake has no PRIMARY KEY/UNIQUE constraints, no sequences and no per-column compression:
  ``ddl`` drops them from the DDL the modules own (the imports check duplicates themselves before
  they store anything; the keys in the embedded file stay a second guard there);
- the ids sequences gave (imports, calibrations, period locks, the audit trail) come from the table
  ``id_counters``, one row per former sequence, advanced in a transaction of its own: two processes
  that take an id at the same time conflict, and the loser retries (``next_id``);
- the freshness check of a process is the lake's latest snapshot id (``snapshot_id``): one catalog
  query instead of a scan;
- a snapshot can be attached read-only (``connect(..., snapshot=N)``): the same queries then show the
  data as it was at that snapshot (a talent-review meeting's calibrations record the snapshot they
  were made on, ``record_snapshot``).

The store is chosen by one setting: ``TALENTA_STORE=ducklake:postgres:dbname=... host=... port=...
user=...`` plus the Parquet folder in ``TALENTA_LAKE_DATA``. The extensions come from the PyPI packages
``duckdb-extension-ducklake`` and ``duckdb-extension-postgres`` (the same version as DuckDB), so no
network is needed.
"""

from __future__ import annotations

import importlib.util
import os
import random
import re
import time
from pathlib import Path

import duckdb

PREFIX = "ducklake:"
STORE_ENV = "TALENTA_STORE"
DATA_ENV = "TALENTA_LAKE_DATA"
ALIAS = "lake"
# The sequences of the embedded schema; on the lake each is a row of id_counters.
SEQUENCES = ("import_seq", "audit_seq", "calibration_seq", "calibration_step_seq", "period_lock_seq")
COUNTERS_DDL = "create table if not exists id_counters (name varchar not null, value bigint not null)"
SNAPSHOTS_DDL = """create table if not exists store_snapshots (
    kind varchar not null, ref varchar not null, snapshot_id bigint not null, recorded_at timestamp not null
)"""
ID_RETRIES = 200
# A store address may end in "#snapshot=N": the lake as it was at snapshot N, read-only (db.connect).
SNAPSHOT_MARK = "#snapshot="


class LakeUnavailable(RuntimeError):
    """The lake's catalog (PostgreSQL) cannot be reached, or its extensions are missing."""


def is_spec(path: object) -> bool:
    """True for a lake address (``ducklake:postgres:...``), False for a DuckDB file path."""
    return str(path).startswith(PREFIX)


def data_path(spec: str) -> str:
    """The Parquet folder of the lake: $TALENTA_LAKE_DATA."""
    folder = os.environ.get(DATA_ENV, "").strip()
    if not folder:
        raise LakeUnavailable(f"{spec}: set {DATA_ENV} to the lake's data folder")
    return folder


def extension_file(name: str) -> Path | None:
    """The extension file inside its PyPI package (duckdb_extension_<name>), for this DuckDB version."""
    found = importlib.util.find_spec(f"duckdb_extension_{name}")
    if found is None or not found.submodule_search_locations:
        return None
    base = Path(next(iter(found.submodule_search_locations)))
    candidate = base / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if candidate.is_file():
        return candidate
    any_version = sorted(base.glob(f"extensions/*/{name}.duckdb_extension"))
    return any_version[-1] if any_version else None


def load_extensions(con: duckdb.DuckDBPyConnection) -> None:
    """Load postgres and ducklake from the installed packages (no network)."""
    for name in ("postgres", "ducklake"):
        try:
            con.execute(f"load {name}")  # noqa: S608 - a constant
            continue
        except duckdb.Error:
            pass
        file = extension_file(name)
        if file is None:
            raise LakeUnavailable(
                f"the DuckDB extension {name!r} is not installed: pip install duckdb-extension-{name}=={duckdb.__version__}"
            )
        con.execute(f"install '{_quote(str(file))}'")
        con.execute(f"load {name}")  # noqa: S608 - a constant


def _quote(text: str) -> str:
    return text.replace("'", "''")


_PREPARED: set[str] = set()


def prepare(spec: str, folder: str | None = None) -> None:
    """Install the extensions from their packages and create the lake's catalog (once per process):
    ATTACH with DATA_PATH creates a new lake and records the folder in the catalog, so later
    connections need the address only."""
    if spec in _PREPARED:
        return
    con = duckdb.connect()
    try:
        load_extensions(con)
        con.execute(f"attach '{_quote(spec)}' as {ALIAS} (data_path '{_quote(folder or data_path(spec))}')")
        con.execute(f"detach {ALIAS}")
    except duckdb.Error as exc:
        raise LakeUnavailable(f"{spec}: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()
    _PREPARED.add(spec)


def connect(
    spec: str, *, snapshot: int | None = None, folder: str | None = None
) -> duckdb.DuckDBPyConnection:
    """A DuckDB whose default catalog is the lake, so every cursor (``con.cursor()``: Streamlit
    sessions are threads) reads and writes the lake with the app's unqualified table names.

    At ``snapshot``: an in-memory DuckDB with the lake attached read-only at that snapshot and a view
    per table in the default catalog: the same queries then read the data as it was. The address and
    folder come from the deployment's configuration, never from a user; ATTACH takes no bound
    parameters, so they are quoted here."""
    prepare(spec, folder)
    try:
        if snapshot is None:
            return duckdb.connect(spec)
        con = duckdb.connect()
        try:
            load_extensions(con)
            con.execute(f"attach '{_quote(spec)}' as {ALIAS} (snapshot_version {int(snapshot)}, read_only)")
            tables = con.execute(
                "select table_name from duckdb_tables() where database_name = ? and schema_name = 'main'",
                [ALIAS],
            ).fetchall()
            for (name,) in tables:  # the lake's own table names (the schema's, never a user's)
                table = str(name).replace('"', '""')
                con.execute(f'create view "{table}" as select * from {ALIAS}.main."{table}"')  # noqa: S608
        except BaseException:
            con.close()
            raise
        return con
    except duckdb.Error as exc:
        raise LakeUnavailable(f"{spec}: {str(exc).splitlines()[0]}") from exc


def snapshot_of(con: duckdb.DuckDBPyConnection) -> int | None:
    """The snapshot a time-travel connection (``connect(..., snapshot=N)``) reads, else None."""
    rows = (
        con.cursor()
        .execute("select 1 from duckdb_databases() where database_name = ? and type = 'ducklake'", [ALIAS])
        .fetchall()
    )
    if not rows or is_lake(con):
        return None
    return int(con.cursor().execute(f"select id from {ALIAS}.current_snapshot()").fetchall()[0][0])  # noqa: S608


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection's default catalog is a DuckLake. On a lake whose catalog does not
    answer, every statement fails (each begins by reading the latest snapshot): the error is raised,
    never taken for "not a lake"."""
    rows = (
        con.cursor()
        .execute("select type from duckdb_databases() where database_name = current_database()")
        .fetchall()
    )
    return bool(rows) and rows[0][0] == "ducklake"


def snapshot_id(con: duckdb.DuckDBPyConnection) -> int:
    """The lake's latest snapshot id: every committed change in any process makes a new one."""
    return int(con.cursor().execute("select id from current_snapshot()").fetchall()[0][0])


# Tables whose writes change no figure a page shows: a change to these alone keeps the cached queries.
QUIET_TABLES = frozenset({"audit_log", "id_counters", "store_snapshots"})


def changed_tables(con: duckdb.DuckDBPyConnection, since: int, until: int) -> set[str]:
    """The names of the tables changed by the snapshots after ``since`` up to ``until`` (a table the
    catalog no longer knows appears as ``#<id>``)."""
    cur = con.cursor()
    rows = cur.execute(
        "select changes from ducklake_snapshots(current_database()) where snapshot_id > ? and snapshot_id <= ?",
        [since, until],
    ).fetchall()
    values = [str(v) for (changes,) in rows for listed in (changes or {}).values() for v in listed or ()]
    names = {v.rpartition(".")[2].strip('"') for v in values if not v.isdigit()}
    ids = {int(v) for v in values if v.isdigit()}
    if ids:
        known = dict(
            cur.execute("select table_id, table_name from ducklake_table_info(current_database())").fetchall()
        )
        names |= {str(known.get(i, f"#{i}")) for i in ids}
    return names


_PK_COLUMN = re.compile(r"(\w+\s+\w+)\s+primary key", re.IGNORECASE)
_PK_CLAUSE = re.compile(r",\s*primary key\s*\([^)]*\)", re.IGNORECASE)
_SEQUENCE = re.compile(r"create sequence[^;]*;", re.IGNORECASE)
_COMPRESSION = re.compile(r"\s+using compression \w+", re.IGNORECASE)


def ddl(text: str) -> str:
    """The DDL a module owns, as DuckLake takes it: without keys, sequences and compression choices."""
    out = _SEQUENCE.sub("", text)
    out = _PK_CLAUSE.sub("", out)
    out = _PK_COLUMN.sub(r"\1 not null", out)
    return _COMPRESSION.sub("", out)


def ensure_counters(cur: duckdb.DuckDBPyConnection) -> None:
    """id_counters with a row for every sequence (inside the caller's schema transaction)."""
    cur.execute(COUNTERS_DDL)
    cur.execute(SNAPSHOTS_DDL)
    have = {r[0] for r in cur.execute("select name from id_counters").fetchall()}
    for name in SEQUENCES:
        if name not in have:
            cur.execute("insert into id_counters values (?, 0)", [name])


def next_id(cur: duckdb.DuckDBPyConnection, name: str) -> int:
    """The next id of ``name`` in a transaction of its own (a new cursor); on a write conflict with
    another process, retry after a short random pause. Ids are never reused; a rolled-back caller
    leaves a gap, as a sequence does."""
    own = cur.cursor()
    try:
        for _ in range(ID_RETRIES):
            try:
                own.execute("begin transaction")
                own.execute("update id_counters set value = value + 1 where name = ?", [name])
                rows = own.execute("select value from id_counters where name = ?", [name]).fetchall()
                if not rows:
                    own.execute("rollback")
                    raise LakeUnavailable(f"no counter {name!r} in id_counters")
                own.execute("commit")
                return int(rows[0][0])
            except duckdb.TransactionException:
                try:
                    own.execute("rollback")
                except duckdb.Error:
                    pass
                time.sleep(random.uniform(0.005, 0.05))
        raise LakeUnavailable(f"could not take an id from {name!r}: too many concurrent writers")
    finally:
        own.close()


def record_snapshot(cur: duckdb.DuckDBPyConnection, kind: str, ref: str, snapshot: int) -> None:
    """Remember that ``kind``/``ref`` (a calibration entry, a deck) was made on ``snapshot``."""
    cur.execute(
        "insert into store_snapshots values (?, ?, ?, current_localtimestamp())", [kind, ref, snapshot]
    )


def recorded_snapshot(cur: duckdb.DuckDBPyConnection, kind: str, ref: str) -> int | None:
    """The snapshot ``record_snapshot`` stored for ``kind``/``ref``, or None."""
    rows = cur.execute(
        "select snapshot_id from store_snapshots where kind = ? and ref = ? order by recorded_at limit 1",
        [kind, ref],
    ).fetchall()
    return int(rows[0][0]) if rows else None


# --- moving a DuckDB file into a lake and back (python -m analytics lake) ------------------------------

# Derived tables, rebuilt from the data on first use (analytics/ninebox/scoring.py): not copied, since
# their row ids point into the file they were built in.
DERIVED_TABLES = ("employee_scores", "scoring_state")
# Tables of the lake's own bookkeeping: the embedded file keeps this in sequences.
LAKE_TABLES = ("id_counters", "store_snapshots")


def table_names(cur: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    """The tables of ``catalog``'s main schema, by name (and its views: a snapshot's tables, see connect)."""
    rows = cur.execute(
        "select table_name from duckdb_tables() where database_name = ? and schema_name = 'main'"
        " union select view_name from duckdb_views() where database_name = ? and schema_name = 'main'"
        " and not internal order by 1",
        [catalog, catalog],
    ).fetchall()
    return [str(r[0]) for r in rows]


def fingerprint(cur: duckdb.DuckDBPyConnection, source: str, table: str) -> tuple[int, int]:
    """(row count, order-independent sum of the rows' hashes) of one table: equal for equal content."""
    rows = cur.execute(
        f'select count(*), coalesce(sum(hash(x)::hugeint), 0) from "{source}".main."{table}" as x'  # noqa: S608 - catalog names from duckdb_databases
    ).fetchall()
    return int(rows[0][0]), int(rows[0][1])


def _attach_file(cur: duckdb.DuckDBPyConnection, path: str, alias: str, *, read_only: bool) -> None:
    mode = " (read_only)" if read_only else ""
    cur.execute(f"attach '{_quote(path)}' as {alias}{mode}")  # noqa: S608 - an operator's path, quoted


# The table and id column each sequence numbers: a file's counter is the largest id it holds (a
# DuckDB file reloaded from disk reports a sequence's last value unreliably, and a gap loses nothing).
SEQUENCE_OWNERS = {
    "import_seq": ("import_log", "import_id"),
    "audit_seq": ("audit_log", "audit_id"),
    "calibration_seq": ("calibration_log", "entry_id"),
    "calibration_step_seq": ("calibration_steps", "step_id"),
    "period_lock_seq": ("period_locks", "entry_id"),
}


def _sequence_values(cur: duckdb.DuckDBPyConnection, source: str) -> dict[str, int]:
    """The largest id each sequence gave in ``source`` (0 when its table is empty or absent)."""
    present = set(table_names(cur, source))
    out = {}
    for name, (table, column) in SEQUENCE_OWNERS.items():
        if table in present:
            rows = cur.execute(f'select coalesce(max({column}), 0) from "{source}".main.{table}').fetchall()  # noqa: S608 - fixed names
            out[name] = int(rows[0][0])
    return out


def _ensure_module_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The tables the modules own (not in db.SCHEMA), created with their own DDL."""
    from analytics.ninebox import calibration
    from analytics.talent import succession
    from analytics.whatif import engine

    calibration.ensure_tables(con)
    succession.ensure_tables(con)
    engine.ensure_tables(con)


def import_file(con: duckdb.DuckDBPyConnection, path: str) -> dict[str, tuple[int, int]]:
    """Copy every table of the DuckDB file ``path`` into the lake ``con`` (opened by db.connect) in one
    transaction, set the id counters to the file's sequences, and check every table's row count and
    hash against the file's. Returns table -> (rows, hash). ValueError when the lake already holds
    data or a copy differs (then nothing is kept)."""
    _ensure_module_tables(con)
    cur = con.cursor()
    lake_catalog = str(cur.execute("select current_database()").fetchall()[0][0])
    _attach_file(cur, path, "src", read_only=True)
    try:
        busy = cur.execute(
            "select (select count(*) from employees) + (select count(*) from merit_scores)"
            " + (select count(*) from merit_status)"
        ).fetchall()[0][0]
        if busy:
            raise ValueError("not_empty")
        tables = [t for t in table_names(cur, "src") if t not in DERIVED_TABLES]
        counters = _sequence_values(cur, "src")
        cur.execute("begin transaction")
        try:
            have = set(table_names(cur, lake_catalog))
            for table in tables:
                if table not in have:  # a table of a newer module: its columns as the file has them
                    cur.execute(f'create table "{table}" as select * from src.main."{table}" limit 0')  # noqa: S608 - names from the file's catalog
                cur.execute(f'delete from "{table}"')  # noqa: S608 - reference tables and meta hold the lake's own rows
                cur.execute(f'insert into "{table}" by name select * from src.main."{table}"')  # noqa: S608
            for name, value in counters.items():
                cur.execute("update id_counters set value = ? where name = ?", [value, name])
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
        result = {}
        for table in tables:
            here, there = fingerprint(cur, lake_catalog, table), fingerprint(cur, "src", table)
            if here != there:
                raise ValueError(f"mismatch:{table}")
            result[table] = here
        return result
    finally:
        cur.execute("detach src")


def export_file(con: duckdb.DuckDBPyConnection, path: str) -> dict[str, tuple[int, int]]:
    """Write the lake (or the snapshot ``con`` reads) to a new DuckDB file at ``path`` with the
    embedded schema (keys and sequences, the sequences set to the lake's counters), checking every
    table's row count and hash. Returns table -> (rows, hash)."""
    from analytics.core import db

    target = db.connect(path)  # creates the file with db.SCHEMA and the reference tables
    try:
        _ensure_module_tables(target)
    finally:
        target.close()
    cur = con.cursor()
    lake_catalog = str(cur.execute("select current_database()").fetchall()[0][0])
    views = [
        str(r[0]) for r in cur.execute("select view_name from duckdb_views() where not internal").fetchall()
    ]
    source = lake_catalog if not views else "memory"  # a snapshot (lake.connect(..., snapshot=N)) reads views
    every = views if views else table_names(cur, lake_catalog)
    tables = [t for t in every if t not in DERIVED_TABLES and t not in LAKE_TABLES]
    counters = _sequence_values(cur, source)
    _attach_file(cur, path, "dst", read_only=False)
    try:
        have = set(table_names(cur, "dst"))
        cur.execute("begin transaction")
        try:
            for table in tables:
                if table not in have:
                    cur.execute(f'create table dst.main."{table}" as select * from "{table}" limit 0')  # noqa: S608
                cur.execute(f'delete from dst.main."{table}"')  # noqa: S608
                cur.execute(f'insert into dst.main."{table}" by name select * from "{table}"')  # noqa: S608
            for name, value in counters.items():
                if name in SEQUENCES and int(value) > 0:
                    cur.execute(f"create or replace sequence dst.main.{name} start {int(value) + 1}")  # noqa: S608 - whitelisted names
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
        result = {}
        for table in tables:
            there = fingerprint(cur, "dst", table)
            here = fingerprint(cur, source, table)
            if here != there:
                raise ValueError(f"mismatch:{table}")
            result[table] = here
        return result
    finally:
        cur.execute("detach dst")
