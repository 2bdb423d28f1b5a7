"""DuckDB file: connection, schema, reference tables and schema version.

One file holds everything (docs/data-contract.md §3). Reference tables are reloaded from the small CSV files
in ``data/reference`` whenever those files differ from what the database holds (checked on every
writable open), so editing a rule there needs no code change.
Callers take a cursor per query (``con.cursor()``): Streamlit sessions are threads.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
from pathlib import Path, PosixPath

import duckdb

from analytics.core import lake
from analytics.core.access import DDL as ACCESS_DDL

ROOT = Path(__file__).resolve().parents[2]  # analytics/core/db.py -> the repository
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
DEFAULT_DB = DATA_DIR / "talenta.duckdb"
SCHEMA_VERSION = 2

# Score components in storage order; the names are the weight keys of docs/data-contract.md §4.
KINERJA_COMPONENTS = ("kinerja_utama", "penghargaan", "tim_kerja", "umpan_balik")
POTENSIAL_COMPONENTS = (
    "kompetensi",
    "pengembangan_kompetensi",
    "pengalaman_jabatan",
    "potensi",
    "pendidikan_formal",
    "kesesuaian_bidang_ilmu",
    "integritas",
)
COMPONENTS = KINERJA_COMPONENTS + POTENSIAL_COMPONENTS
AXIS_SCORE_COLUMNS = ("skor_sumbu_kinerja", "skor_sumbu_potensial")

# Reference table name -> CSV file in data/reference (a fixed whitelist: identifiers are never bound).
REFERENCE_TABLES = {
    "ref_boxes": "boxes.csv",
    "ref_levels": "levels.csv",
    "ref_weights": "weights.csv",
    "ref_cutoffs": "cutoffs.csv",
    "ref_predicates": "predicates.csv",
    "ref_agency_schemes": "agency_schemes.csv",
    "ref_scheme_predicates": "scheme_predicates.csv",
    "ref_instansi_schemes": "instansi_schemes.csv",
    "ref_merit_aspects": "merit_aspects.csv",
    "ref_merit_instruments": "merit_instruments.csv",
    "ref_merit_categories": "merit_categories.csv",
    "ref_merit_targets": "merit_targets.csv",
    "ref_merit_stages": "merit_stages.csv",
    "ref_merit_gates": "merit_gates.csv",
    "ref_clustering_rule": "clustering_rule.csv",
    "ref_talent_targets": "talent_targets.csv",
    "ref_position_types": "position_types.csv",
    "ref_instansi_types": "instansi_types.csv",
    "ref_sipinter_status": "sipinter_status.csv",
}

_COMPONENT_DDL = ",\n    ".join(f"{c} double" for c in COMPONENTS + AXIS_SCORE_COLUMNS)

# The employees table (docs/data-contract.md §3): its columns, and its key apart, so that a bulk build
# (the demo) can fill a keyless table and add the key once at the end, in the same transaction.
EMPLOYEES_COLUMNS = f"""period integer not null,
    nip varchar not null,
    nama varchar not null,
    instansi varchar not null,
    jenis_instansi varchar,
    provinsi varchar,
    kab_kota varchar,
    unit_kerja varchar not null,
    jabatan varchar not null,
    jenis_jabatan varchar not null,
    golongan varchar,
    jenis_kelamin varchar,
    tanggal_lahir date,
    pendidikan varchar,
    asn_type varchar,
    predikat_kinerja varchar,
    {_COMPONENT_DDL},
    extra varchar,
    source varchar,
    import_id integer"""
EMPLOYEES_KEY = "primary key (period, nip)"

SCHEMA = f"""
create table if not exists meta (key varchar primary key, value varchar);
create sequence if not exists import_seq start 1;
create table if not exists import_log (
    import_id integer primary key,
    kind varchar not null,
    file_name varchar not null,
    rows_loaded integer not null,
    rows_rejected integer not null,
    mode varchar not null,
    loaded_at timestamp not null
);
create table if not exists employees (
    {EMPLOYEES_COLUMNS},
    {EMPLOYEES_KEY}
);
create table if not exists merit_scores (
    period integer not null,
    instansi varchar not null,
    jenis_instansi varchar,
    provinsi varchar,
    stage varchar not null,
    aspect varchar not null,
    score double not null,
    instrument varchar not null,
    source varchar,
    import_id integer,
    primary key (period, instansi, stage, aspect)
);
create table if not exists merit_status (
    period integer not null,
    instansi varchar not null,
    jenis_instansi varchar,
    provinsi varchar,
    status varchar,
    status_unreadable boolean not null default false,
    nilai_mandiri double,
    mandiri_unreadable boolean not null default false,
    nilai_verifikasi double,
    verifikasi_unreadable boolean not null default false,
    source varchar,
    import_id integer,
    primary key (period, instansi)
);
-- PermenPANRB 19/2025 (docs/rules.md §16): one row per question scored 0-4, and the gate answers
-- that switch questions on or off (extensions: docs/data-contract.md §3)
create table if not exists merit_answers (
    period integer not null,
    instansi varchar not null,
    jenis_instansi varchar,
    provinsi varchar,
    stage varchar not null,
    aspect varchar not null,
    question varchar not null,
    score double,
    applies boolean not null,
    evidence varchar,
    condition varchar,
    instrument varchar not null,
    source varchar,
    import_id integer,
    primary key (period, instansi, stage, aspect, question)
);
create table if not exists merit_gate_answers (
    period integer not null,
    instansi varchar not null,
    gate varchar not null,
    answer varchar not null,
    instrument varchar not null,
    source varchar,
    import_id integer,
    primary key (period, instansi, gate)
);
{ACCESS_DDL}"""


# The talent-review meeting's calibration trail (analytics/ninebox/calibration.py creates these tables
# when first used; migration 2 creates them in an older file before it fills ``calibration_steps``).
# ``calibration_log``: one row per proposed move or undo; ``calibration_steps``: the decision flow of
# each entry (draft -> reviewed -> set, or withdrawn / returned; PMK 38/2025 pasal 21, docs/rules.md §8);
# ``period_locks``: lock and unlock entries. All three are append-only.
CALIBRATION_DDL = """
create sequence if not exists calibration_seq start 1;
create table if not exists calibration_log (
    entry_id integer primary key,
    period integer not null,
    nip varchar not null,
    from_box integer,
    to_box integer,
    computed_box integer,
    reason varchar not null,
    decided_by varchar not null,
    kind varchar not null,          -- calibrate | undo
    undoes integer,
    created_at timestamp not null
);
create sequence if not exists calibration_step_seq start 1;
create table if not exists calibration_steps (
    step_id integer primary key,
    entry_id integer not null,
    step varchar not null,          -- draft | reviewed | set | withdrawn | returned
    note varchar not null,
    decided_by varchar not null,
    role varchar,
    created_at timestamp not null
);
create sequence if not exists period_lock_seq start 1;
create table if not exists period_locks (
    entry_id integer primary key,
    period integer not null,
    locked boolean not null,
    reason varchar not null,
    decided_by varchar not null,
    created_at timestamp not null
);
"""

# Schema migrations: version -> the statements that bring a file from version - 1 to it, run in one
# transaction by ``migrate``. Version 0 is the layout before versioning: no ``meta`` table and
# ``merit_status`` without the ``*_unreadable`` flags. Add a migration here whenever SCHEMA changes a
# table that already exists in users' files (SCHEMA itself only creates what is missing).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "create table if not exists meta (key varchar primary key, value varchar)",
        *(
            stmt
            for flag in ("status_unreadable", "mandiri_unreadable", "verifikasi_unreadable")
            for stmt in (
                f"alter table merit_status add column if not exists {flag} boolean default false",
                f"update merit_status set {flag} = false where {flag} is null",  # noqa: S608 fixed names
                f"alter table merit_status alter column {flag} set not null",
            )
        ),
    ),
    # 2: the calibration decision flow. Every entry recorded before it counted at once in the
    # calibrated view, so it becomes 'set' (one step, by whom and when the entry says); period locks
    # stay as they were.
    2: (
        CALIBRATION_DDL,
        "insert into calibration_steps select nextval('calibration_step_seq'), l.entry_id, 'set', "
        "'Migrasi skema 2: kalibrasi yang dicatat sebelum alur keputusan berlaku sejak disimpan, "
        "maka dianggap telah ditetapkan.', l.decided_by, 'migrasi', l.created_at from calibration_log l "
        "where not exists (select 1 from calibration_steps s where s.entry_id = l.entry_id) "
        "order by l.entry_id",
    ),
}


class DatabaseProblem(RuntimeError):
    """The database file cannot be used as it is; ``message(lang)`` says why and what to do."""

    kind = "problem"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail

    def params(self) -> dict[str, object]:
        """The placeholders of this problem's messages (labels ``faults.<kind>``)."""
        return {"path": str(self.path)}

    def message(self, lang: str = "id", *, where: str = "cli") -> str:
        """What is wrong, then the way forward for the command line (``cli``) or the app (``app``)."""
        from analytics.labels import t

        return (
            t(f"faults.{self.kind}", lang, **self.params())
            + " "
            + t(f"faults.{self.kind}.{where}", lang, **self.params())
        )


class DatabaseBusy(DatabaseProblem):
    """The file is held by another process (e.g. the running app); DuckDB allows one writer process."""

    kind = "busy"


class DatabaseMissing(DatabaseProblem):
    """The file does not exist (and the caller must not create it)."""

    kind = "missing"


class DatabaseCorrupt(DatabaseProblem):
    """The file exists but is not a readable DuckDB database (truncated, overwritten, another format)."""

    kind = "corrupt"


class DatabaseUnavailable(DatabaseProblem):
    """The shared store (a DuckLake: its PostgreSQL catalog) cannot be reached now; retry later."""

    kind = "unavailable"


class DatabaseVersionMismatch(DatabaseProblem):
    """The file's schema version is not this app's SCHEMA_VERSION."""

    def __init__(self, path: Path, found: int) -> None:
        super().__init__(path, f"schema version {found}, this app uses {SCHEMA_VERSION}")
        self.found = found

    def params(self) -> dict[str, object]:
        return {"path": str(self.path), "found": self.found, "expected": SCHEMA_VERSION}


class DatabaseOutdated(DatabaseVersionMismatch):
    """The file was written by an older version of the app; ``migrate`` brings it up to date."""

    kind = "outdated"


class DatabaseTooNew(DatabaseVersionMismatch):
    """The file was written by a newer version of the app; this version must not touch it."""

    kind = "too_new"


class StorePath(PosixPath):
    """A lake address (``ducklake:postgres:...``, analytics/core/lake.py) where callers expect the
    database file's path: it always "exists" (whether the catalog answers is ``connect``'s question)."""

    _spec: str

    def exists(self, *args: object, **kwargs: object) -> bool:
        return True

    def is_file(self) -> bool:
        return True

    def __str__(self) -> str:
        return self._spec

    def __new__(cls, spec: str) -> StorePath:
        self = super().__new__(cls, spec)
        self._spec = spec
        return self


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store: the argument, else $TALENTA_STORE (a lake address), else $TALENTA_DB, else
    data/talenta.duckdb. A lake address comes back as a StorePath."""
    if path:
        return StorePath(str(path)) if lake.is_spec(path) else Path(path)
    store = os.environ.get(lake.STORE_ENV, "").strip()
    if store:
        return StorePath(store) if lake.is_spec(store) else Path(store)
    env = os.environ.get("TALENTA_DB")
    return Path(env) if env else DEFAULT_DB


def is_lake_path(path: str | os.PathLike[str] | None) -> bool:
    """True when ``path`` (or the configured store when None) is a DuckLake address."""
    return isinstance(db_path(path), StorePath)


# A new file is written in the storage format of the DuckDB release the project pins (README, "The
# database file's format"). DuckDB's default is still 1.0's format, in which every
# index is converted to an older layout each time it is written (the write-ahead log at commit and
# each checkpoint): at national scale the demo's (period, nip) key cost ≈ 10 s of the build that way.
# Files made before keep their format and open as before; DuckDB 1.5 or newer reads the new ones.
STORAGE_VERSION = "v1.5.0"


def _open(target: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with its errors turned into DatabaseBusy / DatabaseCorrupt."""
    if target.exists() and not target.is_file():
        raise DatabaseCorrupt(target, "not a regular file")
    existed = target.exists()
    try:
        if not existed and not read_only:
            # Created by a connection of its own, closed at once: the format is written in the new
            # file's header, and the connection returned (and any other in this process) opens it
            # with DuckDB's default settings, which must match between connections to one file.
            duckdb.connect(str(target), config={"storage_compatibility_version": STORAGE_VERSION}).close()
        con = duckdb.connect(str(target), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseBusy(target) from exc
        if "could not read enough bytes" in str(exc).lower():  # DuckDB 1.5 reads past a cut-off end
            raise DatabaseCorrupt(target, "truncated: " + str(exc).splitlines()[0]) from exc
        raise DatabaseCorrupt(target, str(exc).splitlines()[0]) from exc
    except duckdb.Error as exc:  # "Corrupt database file: checksum ...", serialization errors
        raise DatabaseCorrupt(target, str(exc).splitlines()[0]) from exc
    if existed and _truncated(con, target):
        con.close()
        raise DatabaseCorrupt(target, "truncated: shorter than the blocks in use its header lists")
    return con


_FILE_HEADER_BYTES = 3 * 4096  # a DuckDB file: a main header and two database headers, then the blocks


def _truncated(con: duckdb.DuckDBPyConnection, target: Path) -> bool:
    """A half-copied file can open and answer from the blocks it still holds; its header still
    counts the blocks in use, so a file too short to hold that many is cut off. (Free blocks at the
    end may be trimmed from a healthy file, so only the used ones are counted.)"""
    try:
        row = con.execute("select block_size, used_blocks from pragma_database_size()").fetchone()
    except duckdb.Error:
        return False
    if not row or row[0] is None or row[1] is None:
        return False
    return target.stat().st_size < _FILE_HEADER_BYTES + int(row[0]) * int(row[1])


def connect(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    create: bool = True,
    migrate: bool = False,
) -> duckdb.DuckDBPyConnection:
    """Open the database file, creating the schema and reference tables when writable.

    Raises a DatabaseProblem instead of a DuckDB error: DatabaseBusy (held by another process),
    DatabaseMissing (absent and ``create`` is false), DatabaseCorrupt, DatabaseOutdated (an older
    schema; pass ``migrate=True`` to bring it up to date) or DatabaseTooNew.
    """
    target = db_path(path)
    if isinstance(target, StorePath):
        spec, _, snapshot = str(target).partition(lake.SNAPSHOT_MARK)
        read_only = read_only or bool(snapshot)  # the data as it was at a snapshot: read-only
        try:
            con = lake.connect(spec, snapshot=int(snapshot) if snapshot else None)
        except (lake.LakeUnavailable, ValueError) as exc:
            raise DatabaseUnavailable(target, str(exc)) from exc
    else:
        if not target.exists() and (read_only or not create):
            raise DatabaseMissing(target)
        if not read_only:
            target.parent.mkdir(parents=True, exist_ok=True)
        con = _open(target, read_only=read_only)
    try:
        found = stored_schema_version(con)
        if found is not None and found > SCHEMA_VERSION:
            raise DatabaseTooNew(target, found)
        if found is not None and found < SCHEMA_VERSION:
            if not migrate or read_only:
                raise DatabaseOutdated(target, found)
            apply_migrations(con, found)
        if not read_only:
            ensure_schema(con)
    except DatabaseProblem:
        con.close()
        raise
    except duckdb.Error as exc:  # a file that opens but whose catalog or meta cannot be read
        con.close()
        raise DatabaseCorrupt(target, str(exc).splitlines()[0]) from exc
    return con


def open_checked(path: str | os.PathLike[str] | None = None) -> duckdb.DuckDBPyConnection:
    """Open an existing database file for the app: never creates one, never migrates silently."""
    return connect(path, create=False)


def stored_schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version: None for an empty file, 0 for tables from before versioning."""
    cur = con.cursor()
    tables = {r[0] for r in cur.execute("select table_name from information_schema.tables").fetchall()}
    if "meta" in tables:
        rows = cur.execute("select value from meta where key = 'schema_version'").fetchall()
        if rows:
            return int(rows[0][0])
    if tables & {"employees", "merit_scores", "merit_status", "import_log"}:
        return 0
    return None


def apply_migrations(con: duckdb.DuckDBPyConnection, found: int) -> None:
    """Run the migrations after version ``found`` in one transaction and record the new version."""
    cur = con.cursor()
    cur.execute("begin transaction")
    try:
        for version in range(found + 1, SCHEMA_VERSION + 1):
            for stmt in MIGRATIONS.get(version, ()):
                cur.execute(stmt)
        put_meta(cur, "schema_version", str(SCHEMA_VERSION))
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise


def migrate(path: str | os.PathLike[str]) -> int:
    """Bring the file at ``path`` to SCHEMA_VERSION in one transaction; returns the version it had."""
    target = db_path(path)
    if not target.exists():
        raise DatabaseMissing(target)
    con = lake.connect(str(target)) if isinstance(target, StorePath) else _open(target, read_only=False)
    try:
        found = stored_schema_version(con)
        if found is not None and found > SCHEMA_VERSION:
            raise DatabaseTooNew(target, found)
        if found is not None and found < SCHEMA_VERSION:
            apply_migrations(con, found)
        ensure_schema(con)
    finally:
        con.close()
    return SCHEMA_VERSION if found is None else found


def move_aside(path: str | os.PathLike[str], *, within: str | os.PathLike[str] | None = None) -> Path:
    """Rename an unusable file (and its WAL) to FILE.rusak-YYYYmmdd-HHMMSS; returns the new name.

    ``within``: the one folder the caller may rename in (a served app's data folder); a path that
    resolves outside it raises ValueError and nothing is renamed.
    """
    import datetime as dt

    target = db_path(path)
    if within is not None:
        base, resolved = Path(within).resolve(), target.resolve()
        if base not in resolved.parents:
            raise ValueError(f"{target} is not inside {base}: not moved")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.rusak-{stamp}")
    os.replace(target, aside)
    wal = target.with_name(target.name + ".wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + ".wal"))
    return aside


_SCHEMA_TABLES = frozenset(re.findall(r"create table if not exists (\w+)", SCHEMA))


def reference_key() -> str:
    """A hash of SCHEMA and the content of every reference CSV: what ``ensure_schema`` loaded last time
    is recorded under it in ``meta``, so an unchanged file is not rewritten on every open."""
    h = hashlib.sha256(f"{SCHEMA_VERSION}\n{SCHEMA}".encode())
    for table, file_name in REFERENCE_TABLES.items():
        h.update(f"\n{table}={file_name}\n".encode())
        h.update((REFERENCE_DIR / file_name).read_bytes())
    return h.hexdigest()


def put_meta(cur: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Set one ``meta`` value (delete and insert: a lake table has no key to replace on)."""
    cur.execute("delete from meta where key = ?", [key])
    cur.execute("insert into meta values (?, ?)", [key, value])


def _schema_current(cur: duckdb.DuckDBPyConnection, key: str) -> bool:
    """Every schema and reference table exists and ``meta`` records this version and ``key``."""
    names = {
        r[0]
        for r in cur.execute(
            "select table_name from duckdb_tables() where database_name = current_database()"
            " and schema_name = current_schema()"
        ).fetchall()
    }
    if not (_SCHEMA_TABLES | REFERENCE_TABLES.keys()) <= names:
        return False
    if lake.is_lake(cur):
        if not {"id_counters", "store_snapshots"} <= names:
            return False
    elif not cur.execute(
        "select 1 from duckdb_sequences() where database_name = current_database() and sequence_name = 'import_seq'"
    ).fetchall():
        return False
    rows = cur.execute(
        "select key, value from meta where key in ('schema_version', 'reference_key')"
    ).fetchall()
    return dict(rows) == {"schema_version": str(SCHEMA_VERSION), "reference_key": key}


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, (re)load the reference tables and record the schema version.

    Skipped (no write) when the file already holds this schema and the reference tables of the
    current CSV files (``reference_key``): opening the app's database stays a read.
    """
    cur = con.cursor()
    key = reference_key()
    if _schema_current(cur, key):
        return
    on_lake = lake.is_lake(cur)
    cur.execute("begin transaction")
    try:
        cur.execute(lake.ddl(SCHEMA) if on_lake else SCHEMA)
        if on_lake:
            lake.ensure_counters(cur)
        load_reference_tables(cur)
        put_meta(cur, "schema_version", str(SCHEMA_VERSION))
        put_meta(cur, "reference_key", key)
        cur.execute("commit")
    except Exception:
        cur.execute("rollback")
        raise


def load_reference_tables(cur: duckdb.DuckDBPyConnection) -> None:
    """Replace every ref_* table with the content of its CSV in data/reference."""
    for table, file_name in REFERENCE_TABLES.items():
        cur.execute(
            f"create or replace table {table} as select * from read_csv(?, header = true)",  # noqa: S608 whitelist
            [str(REFERENCE_DIR / file_name)],
        )


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version stored in the file, or None for a file this app never set up."""
    return stored_schema_version(con)


def next_import_id(cur: duckdb.DuckDBPyConnection) -> int:
    """A fresh id for one import (recorded in import_log and on every row it loads)."""
    return next_id(cur, "import_seq")


_NEXTVAL = {table: f"select nextval('{table}')" for table in lake.SEQUENCES}  # fixed names


def next_id(cur: duckdb.DuckDBPyConnection, sequence: str) -> int:
    """The next value of one of the schema's sequences (``lake.SEQUENCES``); on a lake, of its
    counter row (taken in a transaction of its own, safe between processes)."""
    if sequence not in lake.SEQUENCES:
        raise ValueError(f"unknown sequence {sequence!r}")
    if lake.is_lake(cur):
        return lake.next_id(cur, sequence)
    # fetchall, not fetchone: DuckDB 2 refuses register() while a result is unfinished
    rows = cur.execute(_NEXTVAL[sequence]).fetchall()
    return int(rows[0][0])


def data_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """What changes whenever any process commits: the lake's latest snapshot id; None for a DuckDB
    file (one process writes it, and drops its caches itself after a write)."""
    return lake.snapshot_id(con) if lake.is_lake(con) else None


def main(argv: list[str] | None = None) -> int:
    """``python -m analytics.core.db migrate|move-aside PATH``: the ways forward the error messages name."""
    import argparse

    from analytics.labels import t

    parser = argparse.ArgumentParser(prog="python -m analytics.core.db")
    parser.add_argument("action", choices=("migrate", "move-aside"))
    parser.add_argument("path")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    try:
        if args.action == "migrate":
            found = migrate(args.path)
            print(t("faults.migrated", args.lang, path=args.path, found=found, expected=SCHEMA_VERSION))
        else:
            aside = move_aside(args.path)
            print(t("faults.moved_aside", args.lang, path=args.path, aside=str(aside)))
    except DatabaseProblem as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(DatabaseMissing(Path(args.path)).message(args.lang), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())


# DuckDB refuses two concurrent catalog changes ("write-write conflict on create"), even for
# CREATE ... IF NOT EXISTS from two Streamlit sessions of one process. Every module that creates its
# own tables goes through ensure_tables, which checks first (a read) and serialises the DDL.
DDL_LOCK = threading.RLock()


def ensure_tables(con: duckdb.DuckDBPyConnection, ddl: str, tables: tuple[str, ...]) -> None:
    """Run an idempotent DDL block unless every table in ``tables`` exists already."""

    def missing() -> bool:
        rows = (
            con.cursor()
            .execute(
                "select count(distinct name) from (select table_name as name from duckdb_tables()"
                " union all select view_name from duckdb_views() where not internal)"  # views: lake.connect at a snapshot
                " where name in (select unnest(?::varchar[]))",
                [list(tables)],
            )
            .fetchall()
        )
        return int(rows[0][0]) < len(tables)

    if not missing():
        return
    with DDL_LOCK:
        if missing():
            con.cursor().execute(lake.ddl(ddl) if lake.is_lake(con) else ddl)
