"""Validate a merit-assessment file (docs/data-contract.md §2): long or wide aspect scores, and SIPINTER
status."""

from __future__ import annotations

import csv
import functools
from typing import Any

import duckdb
import pandas as pd

from analytics.core.db import REFERENCE_DIR
from analytics.ingest.columns import MERIT_ALIASES, MERIT_COLUMNS, normalize_header
from analytics.ingest.employees import PERIOD_MAX, PERIOD_MIN, Validated
from analytics.ingest.problems import ERROR, INFO, ProblemLog
from analytics.ingest.reader import RawTable
from analytics.ingest.values import as_number, as_text, match_category

UNREADABLE = {"tidakterbaca", "unreadable", "takterbaca"}
SCORE_COLUMNS = ("period", "instansi", "jenis_instansi", "provinsi", "stage", "aspect", "score", "instrument")
STATUS_COLUMNS = (
    "period", "instansi", "jenis_instansi", "provinsi", "status", "status_unreadable",
    "nilai_mandiri", "mandiri_unreadable", "nilai_verifikasi", "verifikasi_unreadable",
)  # fmt: skip


@functools.cache
def _aspect_aliases() -> dict[str, str]:
    """Normalised aspect name or alias -> canonical aspect (data/reference/merit_aspects.csv)."""
    out: dict[str, str] = {}
    with open(REFERENCE_DIR / "merit_aspects.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name in [row["aspect"], *row["aliases"].split("|")]:
                if name:
                    out.setdefault(normalize_header(name), row["aspect"])
    return out


def merit_header_names() -> frozenset[str]:
    """Normalised aspect names usable as wide-form headers."""
    return frozenset(_aspect_aliases())


def _reference(
    con: duckdb.DuckDBPyConnection,
) -> tuple[dict[str, float], str, float, dict[str, str], dict[str, str], dict[str, str]]:
    cur = con.cursor()
    instrument, max_total = cur.execute(
        "select instrument, max_total from ref_merit_instruments order by valid_to desc limit 1"
    ).fetchall()[0]
    maxima = dict(
        cur.execute(
            "select aspect, max_score from ref_merit_aspects where instrument = ?", [instrument]
        ).fetchall()
    )
    stages = {normalize_header(s): s for (s,) in cur.execute("select stage from ref_merit_stages").fetchall()}
    statuses = {
        normalize_header(s): s for (s,) in cur.execute("select status from ref_sipinter_status").fetchall()
    }
    types = {
        normalize_header(r[0]): r[0]
        for r in cur.execute("select jenis_instansi from ref_instansi_types").fetchall()
    }
    return maxima, instrument, float(max_total), stages, statuses, types


def validate_merit(
    raw: RawTable, con: duckdb.DuckDBPyConnection, *, period: int | None = None, replace: bool = False
) -> Validated:
    """Check every cell of a merit file; nothing is written."""
    log = ProblemLog(raw.file_name)
    frame, rownum = raw.frame, raw.row_numbers
    header_row = raw.header_row or None
    aspects = _aspect_aliases()
    mapping: dict[str, str] = {}
    wide: dict[str, str] = {}  # aspect -> header
    unknown: list[str] = []
    for header in frame.columns:
        norm = normalize_header(header)
        spec = MERIT_ALIASES.get(norm)
        if spec is not None and spec.key not in mapping:
            mapping[spec.key] = header
        elif norm in aspects and aspects[norm] not in wide:
            wide[aspects[norm]] = header
        else:
            unknown.append(header)
    if unknown:
        log.add("extra_columns", severity=INFO, row=header_row, columns=", ".join(unknown))
    specs = {s.key: s for s in MERIT_COLUMNS}
    empty = Validated(
        raw.file_name,
        "merit",
        pd.DataFrame({"_row": rownum.to_numpy()}),
        pd.DataFrame(),
        set(),
        unknown,
        fatal=True,
    )
    if "instansi" not in mapping:
        log.add(
            "missing_column", row=header_row, column="Instansi", aliases=", ".join(specs["instansi"].aliases)
        )
    has_long = "aspect" in mapping or "score" in mapping
    if has_long and not {"aspect", "score"} <= mapping.keys():
        log.add(
            "missing_column",
            row=header_row,
            column="Aspek" if "aspect" not in mapping else "Nilai",
            aliases="-",
        )
    has_scores = has_long or bool(wide)
    if has_scores and "stage" not in mapping:
        log.add("missing_column", row=header_row, column="Tahap", aliases="Tahapan")
    has_status = bool({"status", "nilai_mandiri", "nilai_verifikasi"} & mapping.keys())
    if not has_scores and not has_status:
        log.add("merit_no_content", row=header_row)
    if "period" not in mapping and period is None:
        log.add("period_missing", row=header_row, column="Periode")
    if not log.frame().query("severity == 'error'").empty:
        empty.problems = log.frame()
        return empty

    maxima, instrument, max_total, stages, statuses, types = _reference(con)
    err = pd.Series(False, index=frame.index)

    def flag(code: str, mask: pd.Series, header: str, values: pd.Series, **params: Any) -> None:
        nonlocal err
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            log.add(code, row=rownum[mask], column=header, value=values[mask], **params)
            err = err | mask

    base = pd.DataFrame(index=frame.index)
    base["_row"] = rownum
    base["instansi"] = as_text(frame[mapping["instansi"]])
    flag("required_blank", base["instansi"] == "", mapping["instansi"], base["instansi"])
    for key in ("provinsi",):
        base[key] = as_text(frame[mapping[key]]).replace("", None) if key in mapping else None
    if "jenis_instansi" in mapping:
        text = as_text(frame[mapping["jenis_instansi"]])
        canon, bad = match_category(text, types)
        flag("bad_agency_type", bad, mapping["jenis_instansi"], text, allowed=", ".join(types.values()))
        base["jenis_instansi"] = canon
    else:
        base["jenis_instansi"] = None
    if "period" in mapping:
        pnum, pbad = as_number(frame[mapping["period"]])
        if period is not None:
            pnum = pnum.fillna(period)
        ptext = as_text(frame[mapping["period"]])
        flag(
            "period_invalid",
            pbad | (pnum < PERIOD_MIN) | (pnum > PERIOD_MAX) | (pnum % 1 != 0),
            mapping["period"],
            ptext,
        )
        flag("period_blank", pnum.isna() & ~pbad, mapping["period"], ptext)
        base["period"] = pnum.astype("Int64")
    else:
        base["period"] = pd.array([period] * len(frame), dtype="Int64")

    parts: list[pd.DataFrame] = []
    if has_scores:
        stage_text = as_text(frame[mapping["stage"]])
        stage, bad = match_category(stage_text, stages)
        flag("bad_stage", bad, mapping["stage"], stage_text, allowed=", ".join(stages.values()))
        flag("required_blank", stage_text == "", mapping["stage"], stage_text)
        if has_long:
            aspect_text = as_text(frame[mapping["aspect"]])
            aspect, abad = match_category(aspect_text, aspects)
            flag("unknown_aspect", abad, mapping["aspect"], aspect_text, allowed=", ".join(maxima))
            long = [(mapping["aspect"], aspect, mapping["score"])]
        else:
            long = [(h, pd.Series(a, index=frame.index), h) for a, h in wide.items()]
        for aspect_header, aspect_values, score_header in long:
            nums, nbad = as_number(frame[score_header])
            shown = as_text(frame[score_header])
            flag("not_a_number", nbad, score_header, shown)
            flag("score_negative", nums < 0, score_header, shown)
            maximum = aspect_values.map(maxima).astype("float64")
            over = nums > maximum
            if over.any():
                for asp in aspect_values[over].dropna().unique():
                    m = over & (aspect_values == asp)
                    flag("score_above_max", m, score_header, shown, aspect=asp, maximum=_num(maxima[asp]))
            if has_long:
                flag(
                    "required_blank",
                    (shown == "") & (as_text(frame[aspect_header]) != ""),
                    score_header,
                    shown,
                )
            part = base.assign(
                stage=stage, aspect=aspect_values, score=nums, instrument=instrument, _table="scores"
            )
            parts.append(part[part["score"].notna()])
        scores = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        if not scores.empty:
            score_key: pd.Series = (
                scores[["period", "instansi", "stage", "aspect"]]
                .astype("str")
                .fillna("")
                .agg("|".join, axis=1)
            )
            dup = score_key.duplicated(keep="first")
            if dup.any():
                log.add("duplicate_merit", row=scores.loc[dup, "_row"], column=mapping.get("aspect", "Aspek"),
                        value=scores.loc[dup, "aspect"])  # fmt: skip
                err = err | rownum.isin(scores.loc[dup, "_row"])
            totals = scores.groupby(["period", "instansi", "stage"])["score"].transform("sum")
            over_total = totals > max_total
            if over_total.any():
                log.add("total_above_max", row=scores.loc[over_total, "_row"].drop_duplicates(),
                        column=None, value=totals[over_total].drop_duplicates(), maximum=_num(max_total))  # fmt: skip
                err = err | rownum.isin(scores.loc[over_total, "_row"])
        parts = [scores] if not scores.empty else []

    if has_status:
        status = base.copy()
        status["_table"] = "status"
        if "status" in mapping:
            text = as_text(frame[mapping["status"]])
            unread = text.map(normalize_header).isin(UNREADABLE)
            canon, bad = match_category(text.where(~unread, ""), statuses)
            flag("bad_status", bad, mapping["status"], text, allowed=", ".join(statuses.values()))
            status["status"], status["status_unreadable"] = canon, unread
        else:
            status["status"], status["status_unreadable"] = None, False
        for key, flag_col in (
            ("nilai_mandiri", "mandiri_unreadable"),
            ("nilai_verifikasi", "verifikasi_unreadable"),
        ):
            if key not in mapping:
                status[key], status[flag_col] = float("nan"), False
                continue
            text = as_text(frame[mapping[key]])
            unread = text.map(normalize_header).isin(UNREADABLE)
            nums, nbad = as_number(frame[mapping[key]].where(~unread, None))
            flag("not_a_number", nbad, mapping[key], text)
            flag(
                "total_above_max",
                (nums > max_total) | (nums < 0),
                mapping[key],
                text,
                maximum=_num(max_total),
            )
            status[key], status[flag_col] = nums, unread
        status_key: pd.Series = status["period"].astype("str") + "|" + status["instansi"]
        dup = status_key.duplicated(keep="first")
        flag("duplicate_status", dup, mapping["instansi"], status["instansi"])
        parts.append(status)

    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({"_row": []})
    if not replace and not rows.empty:
        stored = _already_stored(con, rows)
        if stored.any():
            flag(
                "merit_already_stored",
                rownum.isin(rows.loc[stored, "_row"]),
                mapping["instansi"],
                base["instansi"],
            )
    return Validated(raw.file_name, "merit", rows, log.frame(), set(rownum[err].tolist()), unknown)


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _already_stored(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> pd.Series:
    cur = con.cursor()
    keys = rows[["period", "instansi", "_table"]].copy()
    keys["stage"] = rows["stage"] if "stage" in rows else None
    keys["aspect"] = rows["aspect"] if "aspect" in rows else None
    keys["i"] = range(len(keys))
    keys["period"] = keys["period"].astype("Int64")
    cur.register("incoming_merit", keys)
    try:
        hit = cur.execute(
            """
            select i from incoming_merit k
            where (k._table = 'scores' and exists (select 1 from merit_scores s where s.period = k.period
                   and s.instansi = k.instansi and s.stage = k.stage and s.aspect = k.aspect))
               or (k._table = 'status' and exists (select 1 from merit_status s where s.period = k.period
                   and s.instansi = k.instansi))
            """
        ).fetchall()
    finally:
        cur.unregister("incoming_merit")
    mask = pd.Series(False, index=rows.index)
    mask.iloc[[h[0] for h in hit]] = True
    return mask


def write_merit(cur: duckdb.DuckDBPyConnection, rows: pd.DataFrame, *, import_id: int, replace: bool) -> int:
    """Insert validated merit rows (scores and status) inside the caller's transaction."""
    loaded = 0
    scores = rows[rows["_table"] == "scores"] if "_table" in rows else rows.iloc[0:0]
    status = rows[rows["_table"] == "status"] if "_table" in rows else rows.iloc[0:0]
    if not scores.empty:
        batch = (
            scores[list(SCORE_COLUMNS)]
            .astype({"period": "int64"})
            .assign(source="impor", import_id=import_id)
        )
        cur.register("incoming_scores", batch)
        if replace:
            cur.execute(
                "delete from merit_scores m using (select distinct period, instansi, stage from incoming_scores) r "
                "where m.period = r.period and m.instansi = r.instansi and m.stage = r.stage"
            )
        cols = ", ".join((*SCORE_COLUMNS, "source", "import_id"))
        cur.execute(f"insert into merit_scores ({cols}) select {cols} from incoming_scores")  # noqa: S608 whitelist
        cur.unregister("incoming_scores")
        loaded += len(batch)
    if not status.empty:
        batch = (
            status[list(STATUS_COLUMNS)]
            .astype({"period": "int64"})
            .assign(source="impor", import_id=import_id)
        )
        cur.register("incoming_status", batch)
        if replace:
            cur.execute(
                "delete from merit_status m using (select distinct period, instansi from incoming_status) r "
                "where m.period = r.period and m.instansi = r.instansi"
            )
        cols = ", ".join((*STATUS_COLUMNS, "source", "import_id"))
        cur.execute(f"insert into merit_status ({cols}) select {cols} from incoming_status")  # noqa: S608 whitelist
        cur.unregister("incoming_status")
        loaded += len(batch)
    return loaded


__all__ = ["validate_merit", "write_merit", "merit_header_names", "ERROR"]
