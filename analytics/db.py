"""DuckDB file: connection, schema, reference tables and schema version.

One file holds everything (contract.md §3). Reference tables are reloaded from the small CSV files
in ``data/reference`` on every schema check, so editing a rule there needs no code change.
Callers take a cursor per query (``con.cursor()``): Streamlit sessions are threads.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
DEFAULT_DB = DATA_DIR / "talenta.duckdb"
SCHEMA_VERSION = 1

# Score components in storage order; the names are the weight keys of contract.md §4.
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
    "ref_merit_aspects": "merit_aspects.csv",
    "ref_merit_instruments": "merit_instruments.csv",
    "ref_merit_categories": "merit_categories.csv",
    "ref_merit_targets": "merit_targets.csv",
    "ref_merit_stages": "merit_stages.csv",
    "ref_clustering_rule": "clustering_rule.csv",
    "ref_position_types": "position_types.csv",
    "ref_instansi_types": "instansi_types.csv",
    "ref_sipinter_status": "sipinter_status.csv",
}

_COMPONENT_DDL = ",\n    ".join(f"{c} double" for c in COMPONENTS + AXIS_SCORE_COLUMNS)

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
    period integer not null,
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
    import_id integer,
    primary key (period, nip)
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
"""


class DatabaseBusy(RuntimeError):
    """The file is held by another process (e.g. the running app); DuckDB allows one writer process."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the argument, else $TALENTA_DB, else data/talenta.duckdb."""
    if path:
        return Path(path)
    env = os.environ.get("TALENTA_DB")
    return Path(env) if env else DEFAULT_DB


def connect(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open the database file, creating the schema and reference tables when writable."""
    target = db_path(path)
    try:
        if read_only:
            return duckdb.connect(str(target), read_only=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(target))
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseBusy(target) from exc
        raise
    ensure_schema(con)
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, (re)load the reference tables and record the schema version."""
    cur = con.cursor()
    cur.execute("begin transaction")
    try:
        cur.execute(SCHEMA)
        load_reference_tables(cur)
        cur.execute("insert or replace into meta values ('schema_version', ?)", [str(SCHEMA_VERSION)])
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
    cur = con.cursor()
    exists = cur.execute(
        "select count(*) from information_schema.tables where table_name = 'meta'"
    ).fetchall()
    if not exists[0][0]:
        return None
    rows = cur.execute("select value from meta where key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else None


def next_import_id(cur: duckdb.DuckDBPyConnection) -> int:
    """A fresh id for one import (recorded in import_log and on every row it loads)."""
    # fetchall, not fetchone: DuckDB 2 refuses register() while a result is unfinished
    rows = cur.execute("select nextval('import_seq')").fetchall()
    return int(rows[0][0])
