"""The critical-positions file (docs/data-contract.md §5, an extension): read, check every cell, store.

Long form: one row per critical position and successor. Nothing is written until the whole file
passes; a stored file replaces the instansi's critical positions and successors in one transaction.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from analytics.core import db
from analytics.ingest.columns import ColumnSpec, alias_index, normalize_header
from analytics.ingest.employees import Validated
from analytics.ingest.problems import ERROR, INFO, ImportRejected, ProblemLog
from analytics.ingest.reader import RawTable, read_raw
from analytics.ingest.values import as_date, as_text, match_category
from analytics.talent.succession import READINESS, SOURCE_IMPORT, ensure_tables

# Readiness as a file may spell it (succession.READINESS), in the form headers are compared in.
READINESS_ALIASES = {normalize_header(v): key for key, vals in READINESS.items() for v in (key, *vals)}

# --- critical-position file (docs/data-contract.md §5, an extension) --------------------------------

CRITICAL_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("instansi", "Instansi", ("Nama Instansi",), "text", True),
    ColumnSpec(
        "jabatan",
        "Jabatan Kritikal",
        ("Nama Jabatan Kritikal", "Jabatan Target", "Jabatan Sasaran"),
        "text",
        True,
    ),
    ColumnSpec("unit_kerja", "Unit Kerja", ("OPD", "Unit Organisasi", "Perangkat Daerah"), "text", True),
    ColumnSpec("jenis_jabatan", "Jenis Jabatan", (), "category"),
    ColumnSpec("holder_nip", "NIP Pemangku", ("NIP Pejabat", "NIP Pemangku Jabatan"), "nip"),
    ColumnSpec(
        "vacancy_date", "Perkiraan Lowong", ("Tanggal Lowong", "Rencana Lowong", "Perkiraan Kosong"), "date"
    ),
    ColumnSpec("successor_nip", "NIP Suksesor", ("NIP Calon Suksesor", "NIP Calon"), "nip"),
    ColumnSpec("readiness", "Kesiapan", ("Kesiapan Suksesor", "Tingkat Kesiapan"), "category"),
)
CRITICAL_ALIASES = alias_index(CRITICAL_COLUMNS)
KIND = "critical_positions"
_WRITE_LOCK = threading.Lock()


def _known_header(norm: str) -> bool:
    return norm in CRITICAL_ALIASES


def validate_critical_positions(data: bytes, file_name: str, con: duckdb.DuckDBPyConnection) -> Validated:
    """Check every cell of a critical-position file (bytes as uploaded); nothing is written."""
    try:
        raw = read_raw(data, file_name, _known_header)
    except ImportRejected as exc:
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
        return Validated(file_name, KIND, pd.DataFrame({"_row": []}), problems, set(), [], fatal=True)
    return _validate_raw(raw, con)


def _validate_raw(raw: RawTable, con: duckdb.DuckDBPyConnection) -> Validated:
    ensure_tables(con)
    log = ProblemLog(raw.file_name)
    frame, rownum = raw.frame, raw.row_numbers
    header_row = raw.header_row or None
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    for header in frame.columns:
        spec = CRITICAL_ALIASES.get(normalize_header(header))
        if spec is None:
            unknown.append(header)
        elif spec.key in mapping:
            log.add("duplicate_column", row=header_row, column=header, first=mapping[spec.key])
        else:
            mapping[spec.key] = header
    if unknown:
        log.add("extra_columns", severity=INFO, row=header_row, columns=", ".join(unknown))
    fatal = False
    for spec in CRITICAL_COLUMNS:
        if spec.required and spec.key not in mapping:
            log.add(
                "missing_column", row=header_row, column=spec.header, aliases=", ".join(spec.aliases) or "-"
            )
            fatal = True
    if "successor_nip" in mapping and "readiness" not in mapping:
        log.add(
            "missing_column", row=header_row, column="Kesiapan", aliases="Kesiapan Suksesor, Tingkat Kesiapan"
        )
        fatal = True
    out = pd.DataFrame({"_row": rownum}, index=frame.index)
    if fatal:
        return Validated(raw.file_name, KIND, out, log.frame(), set(), unknown, fatal=True)

    specs = {s.key: s for s in CRITICAL_COLUMNS}
    err = pd.Series(False, index=frame.index)

    def flag(code: str, mask: pd.Series, key: str, values: pd.Series, **params: Any) -> None:
        nonlocal err
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            log.add(
                code,
                row=rownum[mask],
                column=mapping.get(key, specs[key].header),
                value=values[mask],
                **params,
            )
            err = err | mask

    for spec in CRITICAL_COLUMNS:
        if spec.key in mapping and spec.kind != "date":
            text = as_text(frame[mapping[spec.key]])
            if spec.kind == "nip":
                text = text.str.replace(r"[\s']", "", regex=True)
            out[spec.key] = text
            if spec.required:
                flag("required_blank", text == "", spec.key, text)
        elif spec.key not in mapping:
            out[spec.key] = ""

    cur = con.cursor()
    known_instansi = {r[0] for r in cur.execute("select distinct instansi from employees").fetchall()}
    flag(
        "cp_unknown_instansi",
        (out["instansi"] != "") & ~out["instansi"].isin(known_instansi),
        "instansi",
        out["instansi"],
    )

    positions = {
        normalize_header(r[0]): r[0]
        for r in cur.execute("select position_type from ref_position_types").fetchall()
    }
    if "jenis_jabatan" in mapping:
        canon, bad = match_category(out["jenis_jabatan"], positions)
        flag(
            "bad_position_type",
            bad,
            "jenis_jabatan",
            out["jenis_jabatan"],
            allowed=", ".join(positions.values()),
        )
        out["jenis_jabatan"] = canon
    else:
        out["jenis_jabatan"] = None

    # NIPs: 18 digits (docs/rules.md §1), and a person the employee data knows.
    nips = pd.concat([out["holder_nip"], out["successor_nip"]]).loc[lambda s: s != ""].unique().tolist()
    known_nips = _known_nips(con, nips)
    for key in ("holder_nip", "successor_nip"):
        if key not in mapping:
            continue
        text = out[key]
        scientific = text.str.match(r"^\d+([.,]\d+)?[eE]\+?\d+$")
        flag("nip_scientific", scientific, key, text)
        form = (text != "") & ~scientific & ~text.str.fullmatch(r"\d{18}")
        flag("nip_length", form, key, text)
        flag("cp_unknown_nip", (text != "") & ~form & ~scientific & ~text.isin(known_nips), key, text)

    if "vacancy_date" in mapping:
        dates, bad = as_date(frame[mapping["vacancy_date"]])
        flag("bad_date", bad, "vacancy_date", as_text(frame[mapping["vacancy_date"]]))
        out["vacancy_date"] = dates
    else:
        out["vacancy_date"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")

    if "readiness" in mapping:
        canon, bad = match_category(out["readiness"], READINESS_ALIASES)
        allowed = ", ".join(vals[0] for vals in READINESS.values())
        flag("cp_bad_readiness", bad, "readiness", out["readiness"], allowed=allowed)
        flag(
            "cp_readiness_missing",
            (out["successor_nip"] != "") & (out["readiness"] == ""),
            "readiness",
            out["readiness"],
        )
        flag(
            "cp_readiness_without_successor",
            (out["successor_nip"] == "") & (out["readiness"] != ""),
            "readiness",
            out["readiness"],
        )
        out["readiness"] = canon

    pos_key = out["instansi"] + "|" + out["jabatan"] + "|" + out["unit_kerja"]
    flag(
        "cp_successor_is_holder",
        (out["successor_nip"] != "") & (out["successor_nip"] == out["holder_nip"]),
        "successor_nip",
        out["successor_nip"],
    )
    dup = (out["successor_nip"] != "") & (pos_key + "|" + out["successor_nip"]).duplicated(keep="first")
    flag("cp_duplicate_successor", dup, "successor_nip", out["successor_nip"])
    # The position's own columns must agree on every row of that position.
    for key in ("holder_nip", "vacancy_date", "jenis_jabatan"):
        if key not in mapping:
            continue
        values = out[key].astype("string").fillna("")
        varied = values.groupby(pos_key).transform("nunique") > 1
        flag("cp_position_inconsistent", varied, key, as_text(frame[mapping[key]]))

    error_rows = set(rownum[err].tolist())
    return Validated(raw.file_name, KIND, out, log.frame(), error_rows, unknown)


def _known_nips(con: duckdb.DuckDBPyConnection, nips: list[str]) -> set[str]:
    if not nips:
        return set()
    rows = (
        con.cursor()
        .execute("select distinct nip from employees where nip in (select unnest(?::varchar[]))", [nips])
        .fetchall()
    )
    return {r[0] for r in rows}


@dataclass(frozen=True)
class LoadedPositions:
    """What one import of a critical-position file stored."""

    import_id: int
    positions: int
    successors: int
    instansi: tuple[str, ...]


def load_critical_positions(con: duckdb.DuckDBPyConnection, validated: Validated) -> LoadedPositions:
    """Store a validated file in one transaction, replacing the critical positions and successors of
    every instansi the file names; ValueError (nothing stored) when it has any error."""
    if validated.kind != KIND or validated.fatal or validated.error_rows:
        raise ValueError("file has errors; nothing stored")
    ensure_tables(con)
    rows = validated.rows
    positions = rows.groupby(["instansi", "jabatan", "unit_kerja"], sort=False, as_index=False).agg(
        jenis_jabatan=("jenis_jabatan", "first"),
        holder_nip=("holder_nip", "first"),
        vacancy_date=("vacancy_date", "first"),
    )
    positions["holder_nip"] = positions["holder_nip"].where(positions["holder_nip"] != "", None)
    successors = rows.loc[
        rows["successor_nip"] != "", ["instansi", "jabatan", "unit_kerja", "successor_nip", "readiness"]
    ]
    insts = tuple(sorted(positions["instansi"].unique()))
    with _WRITE_LOCK:
        cur = con.cursor()
        cur.execute("begin transaction")
        try:
            import_id = db.next_import_id(cur)
            cur.execute(
                "delete from successors where instansi in (select unnest(?::varchar[]))", [list(insts)]
            )
            cur.execute(
                "delete from critical_positions where instansi in (select unnest(?::varchar[]))",
                [list(insts)],
            )
            cur.register("incoming_positions", positions)
            cur.execute(
                "insert into critical_positions select instansi, jabatan, unit_kerja, jenis_jabatan, holder_nip, "
                "cast(vacancy_date as date), ?, ? from incoming_positions",
                [SOURCE_IMPORT, import_id],
            )
            cur.unregister("incoming_positions")
            cur.register("incoming_successors", successors)
            cur.execute(
                "insert into successors select instansi, jabatan, unit_kerja, successor_nip, readiness, ?, ? "
                "from incoming_successors",
                [SOURCE_IMPORT, import_id],
            )
            cur.unregister("incoming_successors")
            cur.execute(
                "insert into import_log values (?, ?, ?, ?, ?, ?, ?)",
                [import_id, KIND, validated.file_name, len(rows), 0, "replace", dt.datetime.now()],
            )
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
    return LoadedPositions(import_id, len(positions), len(successors), insts)


TEMPLATE_EXAMPLE = [
    {
        "Instansi": "Pemerintah Kabupaten Ende",
        "Jabatan Kritikal": "Kepala Dinas Pendidikan",
        "Unit Kerja": "Dinas Pendidikan",
        "Jenis Jabatan": "JPT Pratama",
        "NIP Pemangku": "197604052010111030",
        "Perkiraan Lowong": "01/04/2027",
        "NIP Suksesor": "198503012011071245",
        "Kesiapan": "1-2 tahun",
    }
]


def template_frame() -> pd.DataFrame:
    """The critical-position template: the headers of docs/data-contract.md §5 and one example row."""
    return pd.DataFrame(TEMPLATE_EXAMPLE, columns=[s.header for s in CRITICAL_COLUMNS])
