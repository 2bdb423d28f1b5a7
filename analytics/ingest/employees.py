"""Validate an employee talent file (docs/data-contract.md §1) into rows for the ``employees`` table."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core.db import COMPONENTS
from analytics.core.nip import arrow_text, check_nips
from analytics.ingest.columns import EMPLOYEE_ALIASES, EMPLOYEE_COLUMNS, ColumnSpec, normalize_header
from analytics.ingest.problems import ERROR, INFO, WARNING, ProblemLog
from analytics.ingest.reader import RawTable
from analytics.ingest.values import as_date, as_number, as_text, match_category

SCORE_MIN, SCORE_MAX = 0.0, 100.0
PERIOD_MIN, PERIOD_MAX = 2000, 2100
SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")
GENDER_VALUES = {"l": "L", "p": "P", "lakilaki": "L", "perempuan": "P", "pria": "L", "wanita": "P"}
# "SKP Ditetapkan" (an extension, docs/data-contract.md §1): written values -> stored JSON booleans.
YES_NO_VALUES = {
    **dict.fromkeys(("ya", "y", "yes", "sudah", "ditetapkan", "1", "true", "benar"), "true"),
    **dict.fromkeys(("tidak", "t", "n", "no", "belum", "0", "false", "salah"), "false"),
}
SKP_SET_KEY = "skp_ditetapkan"  # its key in employees.extra
# Storage order of the employees table (db.py); 'extra' carries unknown columns as JSON.
TABLE_COLUMNS = (
    "period", "nip", "nama", "instansi", "jenis_instansi", "provinsi", "kab_kota", "unit_kerja", "jabatan",
    "jenis_jabatan", "golongan", "jenis_kelamin", "tanggal_lahir", "pendidikan", "asn_type",
    "predikat_kinerja", *COMPONENTS, "skor_sumbu_kinerja", "skor_sumbu_potensial", "extra",
)  # fmt: skip


@dataclass
class Validated:
    """The outcome of validating one file: clean rows, problems, and which rows carry errors."""

    file_name: str
    kind: str
    rows: pd.DataFrame  # canonical columns + '_row' (spreadsheet row number)
    problems: pd.DataFrame
    error_rows: set[int]
    extra_columns: list[str]
    fatal: bool = False  # a file-level error (missing columns): no row can be loaded

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_valid(self) -> int:
        return 0 if self.fatal else len(self.rows) - len(self.error_rows)

    def valid_rows(self) -> pd.DataFrame:
        """Rows without any error (what --skip-invalid loads)."""
        if self.fatal:
            return self.rows.iloc[0:0]
        if not self.error_rows:
            return self.rows
        return self.rows[~self.rows["_row"].isin(self.error_rows)]


def _reference(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    cur = con.cursor()
    positions = {
        normalize_header(r[0]): r[0]
        for r in cur.execute("select position_type from ref_position_types").fetchall()
    }
    types = {
        normalize_header(r[0]): r[0]
        for r in cur.execute("select jenis_instansi from ref_instansi_types").fetchall()
    }
    predicates: dict[str, str] = {}
    for name, aliases in cur.execute("select predicate, aliases from ref_predicates").fetchall():
        for alias in [name, *(aliases or "").split("|")]:
            if alias:
                predicates[normalize_header(alias)] = name
    return positions, types, predicates


def map_headers(raw: RawTable) -> tuple[dict[str, str], list[str], list[tuple[str, str]]]:
    """(key -> header as written, unknown headers, duplicated keys as (header, key))."""
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    duplicated: list[tuple[str, str]] = []
    for header in raw.frame.columns:
        spec = EMPLOYEE_ALIASES.get(normalize_header(header))
        if spec is None:
            unknown.append(header)
        elif spec.key in mapping:
            duplicated.append((header, spec.key))
        else:
            mapping[spec.key] = header
    return mapping, unknown, duplicated


def validate_employees(
    raw: RawTable,
    con: duckdb.DuckDBPyConnection,
    *,
    period: int | None = None,
    replace: bool = False,
) -> Validated:
    """Check every cell of an employee file; nothing is written."""
    log = ProblemLog(raw.file_name)
    frame, rownum = raw.frame, raw.row_numbers
    mapping, unknown, duplicated = map_headers(raw)
    header_row = raw.header_row or None
    for header, key in duplicated:
        log.add("duplicate_column", row=header_row, column=header, first=mapping[key])
    if unknown:
        log.add("extra_columns", severity=INFO, row=header_row, columns=", ".join(unknown))

    specs = {s.key: s for s in EMPLOYEE_COLUMNS}
    fatal = False
    for spec in EMPLOYEE_COLUMNS:
        if spec.required and spec.key not in mapping:
            log.add("missing_column", row=header_row, column=spec.header, aliases=_aliases(spec))
            fatal = True
    if not {"kinerja_utama", "predikat_kinerja", "skor_sumbu_kinerja"} & mapping.keys():
        log.add("missing_performance", row=header_row)
        fatal = True
    if not {"kompetensi", "skor_sumbu_potensial"} & mapping.keys():
        log.add("missing_potential", row=header_row)
        fatal = True

    out = pd.DataFrame({"_row": rownum}, index=frame.index)
    if fatal:
        return Validated(raw.file_name, "employees", out, log.frame(), set(), unknown, fatal=True)

    positions, types, predicates = _reference(con)
    err = pd.Series(False, index=frame.index)
    # Every column as stripped text, and the score columns as numbers, once each. Two threads: the
    # work is in Arrow's kernels, which release the GIL (1M rows: ~1 s saved on 2 cores).
    score_keys = [s.key for s in EMPLOYEE_COLUMNS if s.kind == "score" and s.key in mapping]
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = dict(zip(mapping, pool.map(lambda key: as_text(frame[mapping[key]]), mapping), strict=True))
        numbers = dict(
            zip(
                score_keys,
                pool.map(lambda key: as_number(frame[mapping[key]], texts[key]), score_keys),
                strict=True,
            )
        )

    def text_of(key: str) -> pd.Series:
        """The column of ``key`` as stripped text."""
        return texts[key]

    def flag(
        code: str, mask: pd.Series, key: str, values: pd.Series, severity: str = ERROR, **params: object
    ) -> None:
        nonlocal err
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            log.add(
                code,
                severity=severity,
                row=rownum[mask],
                column=mapping.get(key, specs[key].header),
                value=values[mask],
                **params,
            )
            if severity == ERROR:
                err = err | mask

    # Text columns; required ones must not be blank.
    for spec in EMPLOYEE_COLUMNS:
        if spec.key not in mapping or spec.kind not in ("text", "category", "nip"):
            continue
        text = text_of(spec.key)
        out[spec.key] = text
        if spec.required:
            flag("required_blank", text == "", spec.key, text)

    # NIP (docs/rules.md §1): Excel numbers that lost digits, then form and plausibility.
    nip_raw = frame[mapping["nip"]]
    nip_text = text_of("nip")
    # spaces (Unicode ones too, as Python's \s: a no-break space pasted from a web page), Excel's text
    # apostrophe, a '.0' tail
    messy = _matches(nip_text, r"[\s\p{Z}\x{1c}-\x{1f}\x{85}'.]")
    if messy.any():
        cleaned = nip_text[messy].str.replace(r"[\s']", "", regex=True).str.replace(r"\.0$", "", regex=True)
        nip_text = nip_text.where(~messy, cleaned)
    typed_float = (
        nip_raw.map(lambda v: isinstance(v, float))
        if nip_raw.dtype == object
        else pd.Series(False, index=frame.index)
    )
    lost = typed_float | _matches(nip_text, SCIENTIFIC.pattern)
    flag("nip_scientific", lost & (nip_text != ""), "nip", text_of("nip"))
    out["nip"] = nip_text

    # Period: column, else the option/page value.
    if "period" in mapping:
        pnum, pbad = as_number(frame[mapping["period"]], text_of("period"))
        flag(
            "period_invalid",
            pbad | ((pnum < PERIOD_MIN) | (pnum > PERIOD_MAX)) | (pnum % 1 != 0),
            "period",
            text_of("period"),
        )
        if period is not None:
            pnum = pnum.fillna(period)
        flag("period_blank", pnum.isna() & ~pbad, "period", pnum)
        out["period"] = pnum.astype("Int64")
    elif period is None:
        log.add("period_missing", row=header_row, column=specs["period"].header)
        return Validated(raw.file_name, "employees", out, log.frame(), set(), unknown, fatal=True)
    else:
        out["period"] = pd.array([period] * len(frame), dtype="Int64")
    out.index = frame.index

    checked = check_nips(out["nip"], out["period"])
    bad_nip = checked["problem"].notna() & (out["nip"] != "") & ~lost
    for code in ("nip_length", "nip_digits", "nip_birth_date", "nip_gender", "nip_appointment"):
        flag(code, bad_nip & (checked["problem"] == code), "nip", out["nip"])
    out["asn_type"] = checked["asn_type"].where(~bad_nip, None)

    # Scores 0..100 with decimal commas.
    for spec in EMPLOYEE_COLUMNS:
        if spec.kind != "score" or spec.key not in mapping:
            continue
        shown = text_of(spec.key)
        nums, bad = numbers[spec.key]
        flag("not_a_number", bad, spec.key, shown)
        flag("score_range", (nums < SCORE_MIN) | (nums > SCORE_MAX), spec.key, shown, low=0, high=100)
        out[spec.key] = nums

    # Categories against the reference tables.
    canon, bad = match_category(out["jenis_jabatan"], positions)
    flag(
        "bad_position_type", bad, "jenis_jabatan", out["jenis_jabatan"], allowed=", ".join(positions.values())
    )
    out["jenis_jabatan"] = canon
    if "jenis_instansi" in mapping:
        canon, bad = match_category(out["jenis_instansi"], types)
        flag(
            "bad_agency_type", bad, "jenis_instansi", out["jenis_instansi"], allowed=", ".join(types.values())
        )
        out["jenis_instansi"] = canon
    if "predikat_kinerja" in mapping:
        canon, bad = match_category(out["predikat_kinerja"], predicates)
        allowed = ", ".join(dict.fromkeys(predicates.values()))
        flag("bad_predicate", bad, "predikat_kinerja", out["predikat_kinerja"], allowed=allowed)
        out["predikat_kinerja"] = canon

    # Gender and birth date: given values win, the NIP fills gaps; disagreements are warnings.
    if "jenis_kelamin" in mapping:
        canon, bad = match_category(out["jenis_kelamin"], GENDER_VALUES)
        flag("bad_gender", bad, "jenis_kelamin", out["jenis_kelamin"])
        clash = canon.notna() & checked["gender"].notna() & (canon != checked["gender"]) & ~bad_nip
        flag("gender_mismatch", clash, "jenis_kelamin", out["jenis_kelamin"], severity=WARNING)
        out["jenis_kelamin"] = canon.where(canon.notna(), checked["gender"].where(~bad_nip, None))
    else:
        out["jenis_kelamin"] = checked["gender"].where(~bad_nip, None)
    if "tanggal_lahir" in mapping:
        dates, bad = as_date(frame[mapping["tanggal_lahir"]], text_of("tanggal_lahir"))
        flag("bad_date", bad, "tanggal_lahir", text_of("tanggal_lahir"))
        clash = dates.notna() & checked["birth_date"].notna() & (dates != checked["birth_date"])
        flag(
            "birth_date_mismatch",
            clash,
            "tanggal_lahir",
            text_of("tanggal_lahir"),
            severity=WARNING,
        )
        out["tanggal_lahir"] = dates.where(dates.notna(), checked["birth_date"])
    else:
        out["tanggal_lahir"] = checked["birth_date"]

    # Duplicate (period, NIP) inside the file; and rows already stored unless --replace.
    dup = _duplicated_keys(out["period"], out["nip"], all_digits=bool(checked["digits"].all())) & (
        out["nip"] != ""
    )
    if dup.any():
        row_key = out["period"].astype("str") + "|" + out["nip"]
        first = pd.Series(rownum.to_numpy(), index=row_key.to_numpy())
        first = first[~first.index.duplicated()]
        log.add("duplicate_nip", row=rownum[dup], column=mapping["nip"], value=out["nip"][dup],
                first_rows=", ".join(str(first[k]) for k in row_key[dup].unique()[:5]))  # fmt: skip
        err = err | dup
    if not replace:
        stored = _already_stored(con, out.loc[~err, ["period", "nip"]])
        if not stored.empty:
            mask = (out["period"].astype("str") + "|" + out["nip"]).isin(stored)
            flag("already_stored", mask, "nip", out["nip"])

    for spec_key in (
        "nama",
        "instansi",
        "unit_kerja",
        "jabatan",
        "provinsi",
        "kab_kota",
        "golongan",
        "pendidikan",
    ):
        if spec_key not in out:
            out[spec_key] = None
    for spec_key in (*COMPONENTS, "skor_sumbu_kinerja", "skor_sumbu_potensial"):
        if spec_key not in out:
            out[spec_key] = float("nan")
    for spec_key in ("jenis_instansi", "predikat_kinerja"):
        if spec_key not in out:
            out[spec_key] = None
    skp_set = None
    if SKP_SET_KEY in mapping:
        skp_set, bad = match_category(text_of(SKP_SET_KEY), YES_NO_VALUES)
        flag("bad_yes_no", bad, SKP_SET_KEY, text_of(SKP_SET_KEY))
    out["extra"] = _extra_json(frame, unknown, skp_set)
    for col in ("provinsi", "kab_kota", "golongan", "pendidikan"):
        out[col] = out[col].where(out[col] != "", None)
    error_rows = set(rownum[err].tolist())
    return Validated(raw.file_name, "employees", out, log.frame(), error_rows, unknown)


def _matches(text: pd.Series, pattern: str) -> pd.Series:
    """Whether each cell contains a match of ``pattern`` (Arrow's regex engine, no per-row Python)."""
    found = pc.match_substring_regex(arrow_text(text), pattern)
    return pd.Series(pc.fill_null(found, False).to_numpy(zero_copy_only=False), index=text.index, dtype=bool)


def _duplicated_keys(period: pd.Series, nip: pd.Series, *, all_digits: bool) -> pd.Series:
    """True for every (period, NIP) seen in an earlier row.

    NIPs are compared as text; when every one is 18 digits (``all_digits``), as the same numbers.
    """
    if all_digits:
        nip_codes = pc.cast(arrow_text(nip), pa.int64()).to_numpy(zero_copy_only=False)
    else:
        nip_codes, _ = pd.factorize(nip.to_numpy(dtype=object) if nip.dtype == object else nip.array)
    period_codes, _ = pd.factorize(period.array)
    keys = pd.DataFrame({"period": period_codes, "nip": nip_codes}, index=nip.index)
    return keys.duplicated(keep="first")


def _aliases(spec: ColumnSpec) -> str:
    return ", ".join(spec.aliases) if spec.aliases else "-"


def _already_stored(con: duckdb.DuckDBPyConnection, keys: pd.DataFrame) -> pd.Series:
    """'period|nip' keys of the file that the database already holds."""
    if keys.empty:
        return pd.Series([], dtype="string")
    cur = con.cursor()
    incoming = keys.dropna().astype({"period": "int64"})
    cur.register("incoming_keys", incoming)
    try:
        found = cur.execute(
            "select i.period, i.nip from incoming_keys i join employees e on e.period = i.period and e.nip = i.nip"
        ).fetchdf()
    finally:
        cur.unregister("incoming_keys")
    return found["period"].astype("str") + "|" + found["nip"]


def _extra_json(frame: pd.DataFrame, unknown: list[str], skp_set: pd.Series | None = None) -> pd.Series:
    """Unknown columns kept aside per row as a JSON object (docs/data-contract.md §1: not fatal), and
    the optional "SKP Ditetapkan" as a JSON boolean under ``skp_ditetapkan`` (absent when blank)."""
    if not unknown and skp_set is None:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    extra = frame[unknown].map(lambda v: None if v is None else str(v))
    lines = (
        extra.to_json(orient="records", lines=True, force_ascii=False).splitlines()
        if unknown
        else ["{}"] * len(frame)
    )
    if skp_set is not None:
        lines = [
            line
            if value is None
            else (line[:-1] + ("," if line != "{}" else "") + f'"{SKP_SET_KEY}":{value}}}')
            for line, value in zip(lines, skp_set, strict=True)
        ]
    return pd.Series([None if line == "{}" else line for line in lines], index=frame.index, dtype=object)
