"""Validate a merit-assessment file (docs/data-contract.md §2): long or wide aspect scores, and SIPINTER
status."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from analytics.core.db import REFERENCE_DIR
from analytics.ingest.columns import MERIT_ALIASES, MERIT_COLUMNS, normalize_header
from analytics.ingest.employees import PERIOD_MAX, PERIOD_MIN, Validated
from analytics.ingest.problems import ERROR, INFO, WARNING, ProblemLog
from analytics.ingest.reader import RawTable
from analytics.ingest.values import as_number, as_text, match_category

UNREADABLE = {"tidakterbaca", "unreadable", "takterbaca"}
SCORE_COLUMNS = ("period", "instansi", "jenis_instansi", "provinsi", "stage", "aspect", "score", "instrument")
ANSWER_COLUMNS = (
    "period", "instansi", "jenis_instansi", "provinsi", "stage", "aspect", "question", "score", "applies",
    "evidence", "condition", "instrument",
)  # fmt: skip
STATUS_COLUMNS = (
    "period", "instansi", "jenis_instansi", "provinsi", "status", "status_unreadable",
    "nilai_mandiri", "mandiri_unreadable", "nilai_verifikasi", "verifikasi_unreadable",
)  # fmt: skip


@functools.cache
def _aspect_table() -> tuple[tuple[str, str, str], ...]:
    """(normalised name or alias, canonical aspect, instrument) from data/reference/merit_aspects.csv."""
    out: list[tuple[str, str, str]] = []
    with open(REFERENCE_DIR / "merit_aspects.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name in [row["aspect"], *row["aliases"].split("|")]:
                if name:
                    out.append((normalize_header(name), row["aspect"], row["instrument"]))
    return tuple(out)


def _aspect_aliases(instrument: str | None = None) -> dict[str, str]:
    """Normalised aspect name or alias -> canonical aspect, of ``instrument`` (every one when None)."""
    out: dict[str, str] = {}
    for norm, aspect, inst in _aspect_table():
        if instrument is None or inst == instrument:
            out.setdefault(norm, aspect)
    return out


def _aspect_owner() -> dict[str, str]:
    """Canonical aspect -> its instrument (aspect names differ between versions)."""
    return {aspect: inst for _, aspect, inst in _aspect_table()}


@dataclass(frozen=True)
class Gate:
    """A yes/no (or pick-one) gate question of an instrument (data/reference/merit_gates.csv)."""

    key: str
    header: str
    names: tuple[str, ...]  # normalised header, key and aliases
    answers: dict[str, str]  # normalised answer -> canonical


@functools.cache
def _gates() -> dict[str, tuple[Gate, ...]]:
    """Instrument -> its gate questions (data/reference/merit_gates.csv)."""
    out: dict[str, list[Gate]] = {}
    with open(REFERENCE_DIR / "merit_gates.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = tuple(
                normalize_header(n) for n in [row["header"], row["gate"], *row["aliases"].split("|")] if n
            )
            answers = {normalize_header(a): a for a in row["answers"].split("|")}
            out.setdefault(row["instrument"], []).append(Gate(row["gate"], row["header"], names, answers))
    return {k: tuple(v) for k, v in out.items()}


def _gate_headers() -> dict[str, Gate]:
    """Normalised gate header or alias -> its gate (of every instrument)."""
    return {n: g for gates in _gates().values() for g in gates for n in g.names}


def merit_header_names() -> frozenset[str]:
    """Normalised aspect names (wide-form headers) and gate headers a merit file may carry."""
    return frozenset(_aspect_aliases()) | frozenset(_gate_headers())


@dataclass(frozen=True)
class InstrumentRef:
    """One instrument version (ref_merit_instruments): its maxima and whether it is scored per question."""

    code: str
    regulation: str
    max_total: float | None
    question_max: float | None
    evidence_required: bool
    valid_from: int
    valid_to: int

    @property
    def per_question(self) -> bool:
        return self.question_max is not None

    def valid(self) -> str:
        return f"{self.valid_from}–" + ("" if self.valid_to >= 9999 else str(self.valid_to))


def _instruments(con: duckdb.DuckDBPyConnection) -> dict[str, InstrumentRef]:
    rows = (
        con.cursor()
        .execute(
            "select instrument, regulation, max_total::double, question_max::double, evidence_required,"
            " valid_from, valid_to from ref_merit_instruments order by valid_from"
        )
        .fetchall()
    )
    return {
        str(r[0]): InstrumentRef(
            str(r[0]), str(r[1]), _or_none(r[2]), _or_none(r[3]), bool(r[4]), int(r[5]), int(r[6])
        )
        for r in rows
    }


def _or_none(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def instrument_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Normalised ways of writing a version (code, regulation, '19/2025', '2026'…) -> instrument code."""
    out: dict[str, str] = {}
    for code, ref in _instruments(con).items():
        number = ref.regulation.split()[-1]  # '19/2025'
        for name in (code, ref.regulation, number, f"permen {number}", f"permenpan {number}"):
            out.setdefault(normalize_header(name), code)
    return out


def period_instrument(instruments: dict[str, InstrumentRef], period: int) -> str:
    """The instrument valid in ``period`` (the earliest when none is, e.g. before 2018)."""
    for code, ref in instruments.items():
        if ref.valid_from <= period <= ref.valid_to:
            return code
    return next(iter(instruments))


def _reference(
    con: duckdb.DuckDBPyConnection,
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    cur = con.cursor()
    stages = {normalize_header(s): s for (s,) in cur.execute("select stage from ref_merit_stages").fetchall()}
    statuses = {
        normalize_header(s): s for (s,) in cur.execute("select status from ref_sipinter_status").fetchall()
    }
    types = {
        normalize_header(r[0]): r[0]
        for r in cur.execute("select jenis_instansi from ref_instansi_types").fetchall()
    }
    return stages, statuses, types


def _maxima(con: duckdb.DuckDBPyConnection, instrument: str) -> dict[str, float]:
    rows = (
        con.cursor()
        .execute("select aspect, max_score from ref_merit_aspects where instrument = ?", [instrument])
        .fetchall()
    )
    return {str(a): float(m) for a, m in rows}


def validate_merit(
    raw: RawTable,
    con: duckdb.DuckDBPyConnection,
    *,
    period: int | None = None,
    replace: bool = False,
    instrument: str | None = None,
) -> Validated:
    """Check every cell of a merit file against its instrument version; nothing is written.

    The version comes from ``instrument`` (chosen on import), else the file's ``Instrumen`` column, else
    the instrument valid in each row's period (docs/rules.md §9, §16); one version per file."""
    log = ProblemLog(raw.file_name)
    frame, rownum = raw.frame, raw.row_numbers
    header_row = raw.header_row or None
    aspects = _aspect_aliases()
    gate_headers = _gate_headers()
    mapping: dict[str, str] = {}
    wide: dict[str, str] = {}  # aspect -> header
    gate_cols: dict[str, str] = {}  # gate key -> header
    unknown: list[str] = []
    for header in frame.columns:
        norm = normalize_header(header)
        spec = MERIT_ALIASES.get(norm)
        if spec is not None and spec.key not in mapping:
            mapping[spec.key] = header
        elif norm in aspects and aspects[norm] not in wide:
            wide[aspects[norm]] = header
        elif norm in gate_headers and gate_headers[norm].key not in gate_cols:
            gate_cols[gate_headers[norm].key] = header
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

    stages, statuses, types = _reference(con)
    instruments = _instruments(con)
    err = pd.Series(False, index=frame.index)

    def flag(code: str, mask: pd.Series, header: str | None, values: Any, **params: Any) -> None:
        nonlocal err
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            shown_values = values[mask] if isinstance(values, pd.Series) else values
            log.add(code, row=rownum[mask], column=header, value=shown_values, **params)
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

    # --- the instrument version (docs/rules.md §16): chosen, else the column, else the period ---
    by_period = (
        base["period"]
        .map(lambda p: period_instrument(instruments, int(p)) if pd.notna(p) else None)
        .astype(object)
    )
    version = by_period
    if "instrument" in mapping:
        vtext = as_text(frame[mapping["instrument"]])
        vcanon, vbad = match_category(vtext, instrument_names(con))
        allowed_versions = ", ".join(r.regulation for r in instruments.values())
        flag("unknown_instrument", vbad, mapping["instrument"], vtext, allowed=allowed_versions)
        version = vcanon.where(vcanon.notna(), by_period)
        if instrument is not None:
            differ = vcanon.notna() & (vcanon != instrument)
            for found in vcanon[differ].dropna().unique():
                flag(
                    "instrument_mismatch",
                    differ & (vcanon == found),
                    mapping["instrument"],
                    vtext,
                    found=instruments[found].regulation,
                    chosen=instruments[instrument].regulation,
                )
    if instrument is not None:
        version = pd.Series(instrument, index=frame.index, dtype=object)
    declared = instrument is not None or "instrument" in mapping
    if declared:
        outside = version.notna() & by_period.notna() & (version != by_period)
        pairs = {(str(a), str(b)) for a, b in zip(version[outside], by_period[outside], strict=True)}
        for inst, expected in sorted(pairs):
            flag(
                "instrument_period",
                outside & (version == inst) & (by_period == expected),
                mapping.get("period", "Periode"),
                base["period"].astype("string").fillna(""),
                instrument=instruments[inst].regulation,
                valid=instruments[inst].valid(),
                expected=instruments[expected].regulation,
            )
    used = [v for v in version.dropna().unique()]
    if len(used) > 1:
        log.add(
            "instrument_mixed",
            row=None,
            column=mapping.get("instrument"),
            instruments=", ".join(instruments[v].regulation for v in used),
        )
        empty.problems = log.frame()
        return empty
    code = str(used[0]) if used else period_instrument(instruments, period or 0)
    ref = instruments[code]
    maxima = _maxima(con, code)
    owner = _aspect_owner()
    own_aspects = _aspect_aliases(code)

    parts: list[pd.DataFrame] = []
    if has_scores:
        stage_text = as_text(frame[mapping["stage"]])
        stage, bad = match_category(stage_text, stages)
        flag("bad_stage", bad, mapping["stage"], stage_text, allowed=", ".join(stages.values()))
        flag("required_blank", stage_text == "", mapping["stage"], stage_text)
        foreign = [a for a in wide if owner.get(a) != code]
        for asp in foreign:
            log.add("aspect_other_instrument", row=header_row, column=wide[asp], value=wide[asp],
                    aspect=asp, owner=instruments[owner[asp]].regulation, instrument=ref.regulation)  # fmt: skip
        if ref.per_question and wide and not has_long:
            log.add("wide_not_for_instrument", row=header_row, instrument=ref.regulation)
        if foreign or (ref.per_question and wide and not has_long):
            empty.problems = log.frame()
            return empty
        if ref.per_question:
            if "question" not in mapping:
                # most likely a file of the other version: say so first, per row (version mismatch)
                aspect_text = as_text(frame[mapping["aspect"]])
                aspect, _ = match_category(aspect_text, aspects)
                other = aspect.notna() & aspect.map(lambda a: owner.get(a) != code)
                for asp in aspect[other].unique():
                    flag("aspect_other_instrument", other & (aspect == asp), mapping["aspect"], aspect_text,
                         aspect=asp, owner=instruments[owner[asp]].regulation, instrument=ref.regulation)  # fmt: skip
                log.add("missing_column", row=header_row, column="Pertanyaan",
                        aliases=", ".join(specs["question"].aliases))  # fmt: skip
                empty.problems = log.frame()
                return empty
            parts.append(
                _question_rows(
                    frame,
                    base,
                    mapping,
                    gate_cols,
                    stage,
                    ref,
                    own_aspects,
                    owner,
                    instruments,
                    flag,
                    log,
                    rownum,
                )  # fmt: skip
            )
        else:
            if has_long:
                aspect_text = as_text(frame[mapping["aspect"]])
                aspect, abad = match_category(aspect_text, aspects)
                other = aspect.notna() & aspect.map(lambda a: owner.get(a) != code)
                for asp in aspect[other].unique():
                    flag("aspect_other_instrument", other & (aspect == asp), mapping["aspect"], aspect_text,
                         aspect=asp, owner=instruments[owner[asp]].regulation, instrument=ref.regulation)  # fmt: skip
                aspect = aspect.where(~other, None)
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
                    stage=stage, aspect=aspect_values, score=nums, instrument=code, _table="scores"
                )
                parts.append(part[part["score"].notna()])
        scores = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        if not scores.empty:
            key_cols = ["period", "instansi", "stage", "aspect"] + (["question"] if ref.per_question else [])
            score_key: pd.Series = scores[key_cols].astype("str").fillna("").agg("|".join, axis=1)
            dup = score_key.duplicated(keep="first")
            if dup.any():
                log.add("duplicate_question" if ref.per_question else "duplicate_merit",
                        row=scores.loc[dup, "_row"],
                        column=mapping.get("question" if ref.per_question else "aspect", "Aspek"),
                        value=scores.loc[dup, "question" if ref.per_question else "aspect"])  # fmt: skip
                err = err | rownum.isin(scores.loc[dup, "_row"])
            if ref.max_total is not None:
                totals = scores.groupby(["period", "instansi", "stage"])["score"].transform("sum")
                over_total = totals > ref.max_total
                if over_total.any():
                    log.add("total_above_max", row=scores.loc[over_total, "_row"].drop_duplicates(),
                            column=None, value=totals[over_total].drop_duplicates(),
                            maximum=_num(ref.max_total))  # fmt: skip
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
            if ref.max_total is None:  # no total defined for this version yet (docs/rules.md §16)
                flag("total_not_set", nums.notna(), mapping[key], text, instrument=ref.regulation)
            else:
                flag(
                    "total_above_max",
                    (nums > ref.max_total) | (nums < 0),
                    mapping[key],
                    text,
                    maximum=_num(ref.max_total),
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


def _question_rows(
    frame: pd.DataFrame,
    base: pd.DataFrame,
    mapping: dict[str, str],
    gate_cols: dict[str, str],
    stage: pd.Series,
    ref: InstrumentRef,
    own_aspects: dict[str, str],
    owner: dict[str, str],
    instruments: dict[str, InstrumentRef],
    flag: Any,
    log: ProblemLog,
    rownum: pd.Series,
) -> pd.DataFrame:
    """The rows of a version scored per question (PermenPANRB 19/2025, docs/rules.md §16): a whole
    maturity score 0..question_max, evidence above 0, and each question's gate answered."""
    aspect_text = as_text(frame[mapping["aspect"]])
    aspect, abad = match_category(aspect_text, _aspect_aliases())
    other = aspect.notna() & aspect.map(lambda a: owner.get(a) != ref.code)
    for asp in aspect[other].unique():
        flag("aspect_other_instrument", other & (aspect == asp), mapping["aspect"], aspect_text,
             aspect=asp, owner=instruments[owner[asp]].regulation, instrument=ref.regulation)  # fmt: skip
    aspect = aspect.where(~other, None)
    flag(
        "unknown_aspect",
        abad,
        mapping["aspect"],
        aspect_text,
        allowed=", ".join(dict.fromkeys(own_aspects.values())),
    )
    question = as_text(frame[mapping["question"]])
    flag("required_blank", (question == "") & (aspect_text != ""), mapping["question"], question)
    nums, nbad = as_number(frame[mapping["score"]])
    shown = as_text(frame[mapping["score"]])
    top = ref.question_max or 0.0
    flag("not_a_number", nbad, mapping["score"], shown)
    flag("score_negative", nums < 0, mapping["score"], shown)
    flag("score_above_question_max", nums > top, mapping["score"], shown,
         maximum=_num(top), instrument=ref.regulation)  # fmt: skip
    flag("score_not_level", (nums % 1 != 0) & (nums >= 0) & (nums <= top), mapping["score"], shown,
         maximum=_num(top), instrument=ref.regulation)  # fmt: skip
    evidence = (
        as_text(frame[mapping["evidence"]]) if "evidence" in mapping else pd.Series("", index=frame.index)
    )
    if ref.evidence_required:
        flag("evidence_missing", (nums > 0) & (evidence == ""), mapping.get("evidence", "Bukti Dukung"),
             shown, instrument=ref.regulation)  # fmt: skip

    # gates: a question with a condition applies only when its gate's answer (a column) matches
    gates = {g.key: g for g in _gates().get(ref.code, ())}
    names = {n: g for g in gates.values() for n in g.names}
    answers: dict[str, pd.Series] = {}
    for key, header in gate_cols.items():
        if key not in gates:
            continue
        g = gates[key]
        text = as_text(frame[header])
        canon, bad = match_category(text, g.answers)
        flag("bad_gate_answer", bad, header, text, allowed=", ".join(g.answers.values()))
        answers[key] = canon
        seen = pd.DataFrame({"p": base["period"], "i": base["instansi"], "a": canon}).dropna()
        n = seen.groupby(["p", "i"])["a"].transform("nunique")
        flag("gate_answer_inconsistent", (n > 1).reindex(frame.index, fill_value=False), header, text)
    condition = (
        as_text(frame[mapping["condition"]]) if "condition" in mapping else pd.Series("", index=frame.index)
    )
    applies = pd.Series(True, index=frame.index)
    for text in condition[condition != ""].unique():
        rows = condition == text
        parsed = [c.split("=", 1) for c in str(text).split("&")]
        if any(len(c) != 2 or normalize_header(c[0]) not in names for c in parsed):
            flag("unknown_gate", rows, mapping["condition"], condition,
                 allowed=", ".join(g.header for g in gates.values()))  # fmt: skip
            continue
        for gate_text, wanted_text in parsed:
            g = names[normalize_header(gate_text)]
            wanted = [normalize_header(w) for w in wanted_text.replace("|", ",").split(",") if w.strip()]
            if not wanted or any(w not in g.answers for w in wanted):
                flag("bad_gate_condition", rows, mapping["condition"], condition,
                     gate=g.header, allowed=", ".join(g.answers.values()))  # fmt: skip
                continue
            given = answers.get(g.key, pd.Series(None, index=frame.index, dtype=object))
            missing = rows & given.isna()
            flag("gate_answer_missing", missing, gate_cols.get(g.key, g.header), condition,
                 gate=g.header, allowed=", ".join(g.answers.values()))  # fmt: skip
            matches = given.map(lambda a, w=tuple(wanted): isinstance(a, str) and normalize_header(a) in w)
            applies &= ~rows | matches.astype(bool)
    off = ~applies & nums.notna()
    if off.any():
        log.add("question_switched_off", severity=WARNING, row=rownum[off], column=mapping["score"],
                value=shown[off], condition=", ".join(condition[off].unique()))  # fmt: skip
    flag("required_blank", applies & (shown == "") & (aspect_text != ""), mapping["score"], shown)
    part = base.assign(
        stage=stage, aspect=aspect, question=question, score=nums, applies=applies.astype(bool),
        evidence=evidence.replace("", None), condition=condition.replace("", None),
        instrument=ref.code, _table="answers",
    )  # fmt: skip
    gate_part = pd.DataFrame({f"gate_{k}": v for k, v in answers.items()}, index=frame.index)
    part = pd.concat([part, gate_part], axis=1)
    return part[(part["question"] != "") | part["score"].notna()]


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _already_stored(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> pd.Series:
    cur = con.cursor()
    keys = rows[["period", "instansi", "_table"]].copy()
    keys["stage"] = rows["stage"] if "stage" in rows else None
    keys["aspect"] = rows["aspect"] if "aspect" in rows else None
    keys["question"] = rows["question"] if "question" in rows else None
    keys["i"] = range(len(keys))
    keys["period"] = keys["period"].astype("Int64")
    cur.register("incoming_merit", keys)
    try:
        hit = cur.execute(
            """
            select i from incoming_merit k
            where (k._table = 'scores' and exists (select 1 from merit_scores s where s.period = k.period
                   and s.instansi = k.instansi and s.stage = k.stage and s.aspect = k.aspect))
               or (k._table = 'answers' and exists (select 1 from merit_answers s where s.period = k.period
                   and s.instansi = k.instansi and s.stage = k.stage and s.aspect = k.aspect
                   and s.question = k.question))
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
    answers = rows[rows["_table"] == "answers"] if "_table" in rows else rows.iloc[0:0]
    if not answers.empty:
        loaded += _write_answers(cur, answers, import_id=import_id, replace=replace)
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


# The aspect of a version scored per question: the mean maturity of the questions that apply
# (docs/rules.md §16), written to merit_scores so every per-aspect view reads one table.
_ASPECT_MEANS_SQL = """
delete from merit_scores m using (select distinct period, instansi, stage from incoming_answers) r
where m.period = r.period and m.instansi = r.instansi and m.stage = r.stage;
insert into merit_scores (period, instansi, jenis_instansi, provinsi, stage, aspect, score, instrument,
                          source, import_id)
select a.period, a.instansi, any_value(a.jenis_instansi), any_value(a.provinsi), a.stage, a.aspect,
       avg(a.score), any_value(a.instrument), 'impor', $import_id
from merit_answers a
join (select distinct period, instansi, stage from incoming_answers) r
  on a.period = r.period and a.instansi = r.instansi and a.stage = r.stage
where a.applies and a.score is not null
group by a.period, a.instansi, a.stage, a.aspect
"""


def _write_answers(
    cur: duckdb.DuckDBPyConnection, answers: pd.DataFrame, *, import_id: int, replace: bool
) -> int:
    """Insert the question rows, their aspects' means and the gate answers (inside the caller's transaction)."""
    batch = (
        answers[list(ANSWER_COLUMNS)].astype({"period": "int64"}).assign(source="impor", import_id=import_id)
    )
    batch["applies"] = batch["applies"].astype(bool)
    cur.register("incoming_answers", batch)
    if replace:
        cur.execute(
            "delete from merit_answers m using (select distinct period, instansi, stage from incoming_answers) r "
            "where m.period = r.period and m.instansi = r.instansi and m.stage = r.stage"
        )
    cols = ", ".join((*ANSWER_COLUMNS, "source", "import_id"))
    cur.execute(f"insert into merit_answers ({cols}) select {cols} from incoming_answers")  # noqa: S608 whitelist
    for statement in _ASPECT_MEANS_SQL.split(";"):
        cur.execute(statement, {"import_id": import_id} if "$import_id" in statement else None)
    cur.unregister("incoming_answers")
    gate_cols = [c for c in answers.columns if c.startswith("gate_")]
    if gate_cols:
        given = answers.melt(id_vars=["period", "instansi", "instrument"], value_vars=gate_cols,
                             var_name="gate", value_name="answer").dropna(subset=["answer"])  # fmt: skip
        given["gate"] = given["gate"].str.removeprefix("gate_")
        given = given.drop_duplicates(["period", "instansi", "gate"]).astype({"period": "int64"})
        given = given.assign(source="impor", import_id=import_id)
        cur.register("incoming_gates", given)
        cur.execute(
            "delete from merit_gate_answers m using incoming_gates r "
            "where m.period = r.period and m.instansi = r.instansi and m.gate = r.gate"
        )
        cur.execute(
            "insert into merit_gate_answers (period, instansi, gate, answer, instrument, source, import_id) "
            "select period, instansi, gate, answer, instrument, source, import_id from incoming_gates"
        )
        cur.unregister("incoming_gates")
    return len(batch)


__all__ = ["validate_merit", "write_merit", "merit_header_names", "ERROR"]
