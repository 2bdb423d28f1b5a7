"""Trainer mode: the nine-box and the merit index explained step by step on real rows, for a bimtek.

Every number shown is computed here from the same reference tables the app uses, and the walk-through
is checked against ``ninebox.assign_boxes`` (the box the rest of the app shows), so what a trainer
explains can never differ from what the dashboard does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from analytics.core import db
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.labels import t
from analytics.merit import scores as merit
from analytics.ninebox import boxes as nb
from analytics.ninebox import clustering
from analytics.ninebox import rules as nbrules
from analytics.ninebox import views as ninebox_views

GLOSSARY_FILE = db.REFERENCE_DIR / "glossary.csv"
MERIT_PROVINCE = "Nusa Tenggara Timur"  # the seed's worked example: NTT 2022, 282,5 / 410 = 0,69 -> Baik
MERIT_PERIOD = 2022


@dataclass(frozen=True)
class Term:
    """One component on an axis: its value for the employee and its weight (0 when absent)."""

    component: str
    value: float | None
    weight: float
    present: bool


@dataclass(frozen=True)
class AxisStep:
    """One axis worked out: the terms, Σ value × weight, Σ weights present, the score, the level."""

    axis: str
    terms: tuple[Term, ...]
    numerator: float | None
    weight_sum: float
    score: float | None
    ready: bool  # a ready axis score (skor_sumbu_*) was used as is
    low: float
    high: float
    level: int | None
    level_name: str


@dataclass(frozen=True)
class Walkthrough:
    """One employee's path from component scores to a box, and what assign_boxes says."""

    nip: str
    nama: str
    period: int
    instansi: str
    unit_kerja: str
    jabatan: str
    kinerja: AxisStep
    potensial: AxisStep
    box: int | None
    label: str
    action: str
    talent_pool: bool
    assigned_box: int | None
    assigned_kinerja: float | None
    assigned_potensial: float | None

    @property
    def agrees(self) -> bool:
        """Whether the step-by-step box and scores equal assign_boxes' result."""
        close = all(
            (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)
            for a, b in (
                (self.kinerja.score, self.assigned_kinerja),
                (self.potensial.score, self.assigned_potensial),
            )
        )
        return close and self.box == self.assigned_box


def _present(con: duckdb.DuckDBPyConnection, period: int, instansi: str) -> dict[str, bool]:
    """Which component columns the instansi's file held in the period (docs/rules.md §4)."""
    cols = ", ".join(
        "count(kinerja_utama) + count(predikat_kinerja) > 0" if c == "kinerja_utama" else f"count({c}) > 0"
        for c in db.COMPONENTS  # identifiers from a whitelist
    )
    sql = f"select {cols} from employees where period = ? and instansi = ?"  # noqa: S608
    row = con.cursor().execute(sql, [int(period), instansi]).fetchall()[0]
    return {c: bool(v) for c, v in zip(db.COMPONENTS, row, strict=True)}


def _num(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def walkthrough(
    con: duckdb.DuckDBPyConnection,
    nip: str,
    period: int,
    *,
    rules: nb.Rules,
    lang: str = "id",
) -> Walkthrough:
    """Employee ``nip`` in ``period`` step by step: component value × weight, ÷ the sum of the weights
    present = axis score; score against the cut-offs = level; (kinerja level, potensial level) = box
    (ref_boxes). KeyError when the employee is not in the period."""
    weights, thresholds = rules.weights, rules.thresholds
    if thresholds.relative:
        raise ValueError("the walk-through explains absolute cut-offs")
    people = (
        con.cursor()
        .execute("select instansi from employees where period = ? and nip = ?", [int(period), str(nip)])
        .fetchall()
    )
    if not people:
        raise KeyError(nip)
    instansi = str(people[0][0])
    rows = nb.assign_boxes(
        con, rules=rules, filters=nb.Filters(period=int(period), instansi=(instansi,)), lang=lang
    )
    row = rows[rows["nip"] == str(nip)].iloc[0]
    present = _present(con, int(period), instansi)
    levels = ninebox_views.box_reference(con, rules.scheme, lang)
    steps = {}
    for axis in nb.AXES:
        low, high = thresholds.kinerja if axis == "kinerja" else thresholds.potensial
        terms = tuple(
            Term(c, _num(row[c]), float(weights.axis(axis).get(c, 0.0)) if present[c] else 0.0, present[c])
            for c in nb.AXIS_COMPONENTS[axis]
        )
        counted = [x for x in terms if x.weight > 0]
        wsum = sum(x.weight for x in counted)
        ready_value = _num(row[nb.AXIS_SCORE_COLUMN[axis]])
        if ready_value is not None:  # docs/rules.md §4: a ready axis score is used as is
            numerator, score = None, ready_value
        elif wsum == 0 or any(x.value is None for x in counted):
            numerator, score = None, None  # not assessed: unmappable, never counted as 0
        else:
            numerator = sum(x.weight * (x.value or 0.0) for x in counted)
            score = numerator / wsum
        level = nbrules.level(score, float(low), float(high))  # the one rule (analytics.ninebox.rules)
        name_col = f"{axis}_name"
        names = dict(zip(levels[f"{axis}_level"], levels[name_col], strict=False))
        steps[axis] = AxisStep(
            axis, terms, numerator, wsum, score, ready_value is not None, float(low), float(high), level,
            str(names.get(level, "–")) if level else "–",
        )  # fmt: skip
    k, p = steps["kinerja"].level, steps["potensial"].level
    cell = levels[(levels["kinerja_level"] == k) & (levels["potensial_level"] == p)]
    box = int(cell["box"].iloc[0]) if len(cell) else None
    return Walkthrough(
        nip=str(nip), nama=str(row["nama"]), period=int(period), instansi=instansi,
        unit_kerja=str(row["unit_kerja"]), jabatan=str(row["jabatan"]),
        kinerja=steps["kinerja"], potensial=steps["potensial"], box=box,
        label=str(cell["label"].iloc[0]) if len(cell) else "–",
        action=str(cell["action"].iloc[0]) if len(cell) else "–",
        talent_pool=bool(cell["talent_pool"].iloc[0]) if len(cell) else False,
        assigned_box=None if pd.isna(row["box"]) else int(row["box"]),
        assigned_kinerja=_num(row["kinerja_score"]), assigned_potensial=_num(row["potensial_score"]),
    )  # fmt: skip


def formula(step: AxisStep, names: dict[str, str], lang: str = "id") -> str:
    """'(60 × 82,0 + 15 × 70,0 + …) ÷ 100 = 78,45' with the employee's numbers filled in."""
    counted = [x for x in step.terms if x.weight > 0]
    if step.ready:
        return t("train.formula.ready", lang, score=fmt_number(step.score, 2, lang))
    if step.score is None:
        return t("train.formula.unmappable", lang)
    parts = " + ".join(f"{fmt_number(x.weight, 0, lang)} × {fmt_number(x.value, 1, lang)}" for x in counted)
    return (
        f"({parts}) ÷ {fmt_number(step.weight_sum, 0, lang)} = "
        f"{fmt_number(step.numerator, 2, lang)} ÷ {fmt_number(step.weight_sum, 0, lang)} = "
        f"**{fmt_number(step.score, 2, lang)}**"
    )


def level_sentence(step: AxisStep, lang: str = "id") -> str:
    """'78,45 lies between 60 and 80 → level 2 (Sesuai ekspektasi)'."""
    if step.score is None or step.level is None:
        return t("train.formula.unmappable", lang)
    key = {1: "train.level.below", 2: "train.level.between", 3: "train.level.above"}[step.level]
    return t(
        key, lang, score=fmt_number(step.score, 2, lang), low=fmt_number(step.low, 0, lang),
        high=fmt_number(step.high, 0, lang), level=step.level, name=step.level_name,
    )  # fmt: skip


# --- the exercise ---------------------------------------------------------------------------------


def exercise_nips(
    con: duckdb.DuckDBPyConnection,
    period: int,
    *,
    rules: nb.Rules,
    n: int = 20,
    seed: int = 7,
    within: Filters | None = None,
) -> list[str]:
    """``n`` mappable employees of the period (and of ``within``: the access scope) for the guessing
    exercise, a seeded spread over the boxes."""
    scope = within or Filters()
    chosen = nb.Filters(
        period=int(period), provinsi=scope.provinsi, instansi=scope.instansi,
        unit_kerja=scope.unit_kerja, jenis_jabatan=scope.jenis_jabatan,
    )  # fmt: skip
    q = nb.boxes_sql(rules=rules, filters=chosen)
    sql = (
        f"select nip from ({q.sql}) where box is not null "  # noqa: S608 - built from whitelists
        "qualify row_number() over (partition by box order by hash(nip || $seed)) <= $per_box "
        "order by hash(nip || $seed)"
    )
    rows = (
        con.cursor().execute(sql, {**q.params, "seed": str(seed), "per_box": max(1, n // 9 + 1)}).fetchall()
    )
    return [str(r[0]) for r in rows][:n]


def check_guess(guess: int, walk: Walkthrough, lang: str = "id") -> tuple[bool, str]:
    """Whether ``guess`` is the employee's box, and why (both axis levels and the box they make)."""
    right = walk.box is not None and int(guess) == walk.box
    reason = t(
        "train.exercise.because", lang,
        kinerja=level_sentence(walk.kinerja, lang), potensial=level_sentence(walk.potensial, lang),
        box=walk.box if walk.box is not None else "–", label=walk.label,
    )  # fmt: skip
    head = t(
        "train.exercise.right" if right else "train.exercise.wrong", lang, guess=int(guess), box=walk.box
    )
    return right, f"{head} {reason}"


# --- piling up and the merit index ----------------------------------------------------------------


def piling_example(
    con: duckdb.DuckDBPyConnection, period: int, *, rules: nb.Rules, lang: str = "id"
) -> tuple[dict[str, float], dict[str, Any] | None]:
    """The piling-up rule (ref_clustering_rule) and the work unit that breaks it most (most people
    beyond what the rest of its instansi shows), or None."""
    rule = clustering.default_rule(con)
    flags = clustering.detect_piling(
        con, rules=rules, filters=nb.Filters(period=int(period)), by="unit_kerja", lang=lang
    )
    if flags.empty:
        return rule, None
    flags = flags.assign(excess=flags["n_box"] - flags["expected_share"].fillna(0) * flags["n"])
    top = flags.sort_values(["excess", "share"], ascending=False).iloc[0]
    return rule, {str(k): v for k, v in top.to_dict().items()}


@dataclass(frozen=True)
class MeritExample:
    """The merit index worked out for one provincial government: aspects, total, ÷ maximum, category."""

    instansi: str
    period: int
    stage: str | None
    aspects: pd.DataFrame
    total: float
    max_total: float
    index: float
    category: str | None
    category_en: str | None = None


def merit_example(
    con: duckdb.DuckDBPyConnection, province: str = MERIT_PROVINCE, period: int = MERIT_PERIOD
) -> MeritExample | None:
    """The seed's example (NTT 2022: Σ aspects 282,5 ÷ 410 = 0,69 → Baik) from analytics.merit.scores, or None
    when the database holds no such row."""
    gov = merit.province_government(con, province, period)
    if not gov:
        return None
    stage = merit.default_stage(con, gov["instansi"], period)
    aspects = merit.instansi_aspects(con, gov["instansi"], period, stage)
    total = (
        float(aspects["score"].sum()) if aspects["score"].notna().all() else float(gov["nilai_verifikasi"])
    )
    scale = merit.index_scale(con, period)
    if scale.max_total is None:  # a version without a total yet (docs/rules.md §16): no worked index
        return None
    return MeritExample(
        instansi=str(gov["instansi"]), period=int(period), stage=stage, aspects=aspects, total=total,
        max_total=scale.max_total, index=total / scale.max_total, category=merit.merit_category(con, total),
        category_en=merit.merit_category(con, total, "en"),
    )  # fmt: skip


def glossary(lang: str = "id") -> pd.DataFrame:
    """The glossary (data/reference/glossary.csv): term, the other language's term, meaning, source."""
    frame = pd.read_csv(GLOSSARY_FILE, dtype=str).fillna("")
    other = "en" if lang == "id" else "id"
    return pd.DataFrame(
        {
            "term": frame[f"term_{lang}"],
            "other": frame[f"term_{other}"],
            "meaning": frame[f"meaning_{lang}"],
            "source": frame["source"],
        }
    )
