"""Import of agency files: read, map columns, validate, then load in one transaction.

``validate`` never writes; ``load`` writes only a validated file, all-or-nothing by default. A failed
import rolls back, so nothing already stored is lost or half-changed (docs/data-contract.md §3).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core import db
from analytics.ingest.columns import EMPLOYEE_ALIASES, MERIT_ALIASES, normalize_header
from analytics.ingest.employees import TABLE_COLUMNS, Validated, validate_employees
from analytics.ingest.merit import merit_header_names, validate_merit, write_merit
from analytics.ingest.problems import ERROR, ImportRejected, ProblemGroup, describe, grouped
from analytics.ingest.reader import RawTable, read_raw

__all__ = [
    "Validated",
    "LoadResult",
    "validate",
    "load",
    "problem_messages",
    "problem_groups",
    "ProblemGroup",
]

# Imports are serialised inside one process; DuckDB serialises writers across processes by its file lock.
_WRITE_LOCK = threading.Lock()


@dataclass(frozen=True)
class LoadResult:
    """What one import stored."""

    import_id: int
    kind: str
    rows_loaded: int
    rows_rejected: int


def _known_header(norm: str) -> bool:
    return norm in EMPLOYEE_ALIASES or norm in MERIT_ALIASES or norm in merit_header_names()


def detect_kind(raw: RawTable) -> str:
    """'employees' when the headers look like docs/data-contract.md §1, 'merit' when like §2."""
    norms = [normalize_header(c) for c in raw.frame.columns]
    if "nip" in norms or "nipbaru" in norms:
        return "employees"
    merit_hits = sum(1 for n in norms if n in MERIT_ALIASES or n in merit_header_names())
    employee_hits = sum(1 for n in norms if n in EMPLOYEE_ALIASES)
    return "merit" if merit_hits >= employee_hits else "employees"


def _rejected(file_name: str, kind: str, exc: ImportRejected) -> Validated:
    problems = pd.DataFrame(
        [
            {
                "severity": ERROR,
                "code": exc.code,
                "row": None,
                "column": None,
                "value": None,
                "params": exc.params,
            }
        ]
    )
    return Validated(file_name, kind, pd.DataFrame({"_row": []}), problems, set(), [], fatal=True)


def validate(
    data: bytes,
    file_name: str,
    con: duckdb.DuckDBPyConnection,
    *,
    kind: str | None = None,
    period: int | None = None,
    replace: bool = False,
    instrument: str | None = None,
) -> Validated:
    """Read and check a file (bytes as uploaded); nothing is written. ``instrument``: the merit
    instrument version chosen on import (ref_merit_instruments.instrument), else the file's or the period's."""
    try:
        raw = read_raw(data, file_name, _known_header)
    except ImportRejected as exc:
        return _rejected(file_name, kind or "employees", exc)
    kind = kind or detect_kind(raw)
    if kind == "merit":
        return validate_merit(raw, con, period=period, replace=replace, instrument=instrument)
    return validate_employees(raw, con, period=period, replace=replace)


def problem_messages(
    validated: Validated, lang: str = "id", limit: int | None = None
) -> list[tuple[str, str]]:
    """(severity, sentence) for each problem, errors first."""
    frame = validated.problems
    if frame.empty:
        return []
    order = frame["severity"].map({"error": 0, "warning": 1, "info": 2})
    frame = frame.assign(_o=order).sort_values(["_o", "row"], kind="stable", na_position="first")
    if limit is not None:
        frame = frame.head(limit)
    return [(p["severity"], describe(p, validated.file_name, lang)) for _, p in frame.iterrows()]


def problem_groups(validated: Validated, lang: str = "id") -> list[ProblemGroup]:
    """The report's lines: each kind of problem once with its count and rows, errors first, rarest first."""
    return grouped(validated.problems, validated.file_name, lang)


def load(
    con: duckdb.DuckDBPyConnection,
    validated: Validated,
    *,
    replace: bool = False,
    skip_invalid: bool = False,
) -> LoadResult:
    """Store a validated file in one transaction; raises ValueError when it has errors and not skip_invalid."""
    if validated.fatal or (validated.error_rows and not skip_invalid):
        raise ValueError("file has errors; nothing stored")
    rows = validated.valid_rows()
    with _WRITE_LOCK:
        cur = con.cursor()
        cur.execute("begin transaction")
        try:
            import_id = db.next_import_id(cur)
            if validated.kind == "merit":
                loaded = write_merit(cur, rows, import_id=import_id, replace=replace)
            else:
                loaded = _write_employees(cur, rows, import_id=import_id, replace=replace)
            cur.execute(
                "insert into import_log values (?, ?, ?, ?, ?, ?, ?)",
                [
                    import_id,
                    validated.kind,
                    validated.file_name,
                    loaded,
                    validated.n_rows - len(rows),
                    "replace" if replace else "add",
                    dt.datetime.now(),
                ],
            )
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
    return LoadResult(import_id, validated.kind, loaded, validated.n_rows - len(rows))


def _write_employees(
    cur: duckdb.DuckDBPyConnection, rows: pd.DataFrame, *, import_id: int, replace: bool
) -> int:
    batch = rows[list(TABLE_COLUMNS)]
    if not pd.api.types.is_datetime64_any_dtype(batch["tanggal_lahir"]):
        batch = batch.assign(tanggal_lahir=batch["tanggal_lahir"].astype("datetime64[ns]"))
    # Arrow, not pandas objects: DuckDB scans it without touching Python values. Rows go in sorted by
    # the (period, nip) primary key: DuckDB then grows the key's index in order, which for 1M rows
    # takes about a third of the time of file order (insert and commit); the key stays DuckDB's own.
    incoming = pa.Table.from_pandas(batch, preserve_index=False)
    incoming = incoming.take(_key_order(incoming))
    cur.register("incoming_employees", incoming)
    try:
        if replace:
            # --replace: the file's periods are replaced for the instansi the file covers.
            cur.execute(
                "delete from employees e using (select distinct period, instansi from incoming_employees) r "
                "where e.period = r.period and e.instansi = r.instansi"
            )
        cols = ", ".join(TABLE_COLUMNS)
        cur.execute(
            f"insert into employees ({cols}, source, import_id) "  # noqa: S608 fixed whitelist
            f"select {cols}, 'impor', ? from incoming_employees",
            [import_id],
        )
    finally:
        # after a failed statement DuckDB refuses even unregister(); keep the real error visible
        with contextlib.suppress(duckdb.Error):
            cur.unregister("incoming_employees")
    return len(batch)


def _key_order(table: pa.Table) -> np.ndarray | pa.Array:
    """Row order by (period, nip): as integers when every NIP is digits (the validated case), else as text.

    The order only makes the insert faster; uniqueness is enforced by the table's primary key.
    """
    try:
        nip = pc.cast(table.column("nip"), pa.int64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pc.sort_indices(table, sort_keys=[("period", "ascending"), ("nip", "ascending")])
    return np.lexsort((nip, table.column("period").to_numpy(zero_copy_only=False)))


def write_rejects(validated: Validated, path: Path, lang: str = "id") -> int:
    """Write the rejected rows with their reasons to a CSV (for --skip-invalid); returns the row count."""
    errors = validated.problems[validated.problems["severity"] == ERROR]
    reasons = (
        errors.assign(msg=[describe(p, validated.file_name, lang) for _, p in errors.iterrows()])
        .groupby("row")["msg"]
        .agg(" | ".join)
    )
    rejected = validated.rows[validated.rows["_row"].isin(validated.error_rows)].copy()
    rejected["alasan"] = rejected["_row"].map(reasons)
    rejected = rejected.rename(columns={"_row": "baris"})
    rejected.to_csv(path, index=False, sep=";", decimal=",")
    return len(rejected)
