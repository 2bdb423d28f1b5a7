"""Trainer mode: the nine-box and the merit index explained step by step on real rows, for a bimtek.

Every number shown is computed here from the same reference tables the app uses, and the walk-through
is checked against the engine's box (the box the rest of the app shows), so what a trainer explains can
never differ from what the dashboard does.

Two paths, as the nine-box engine chooses (analytics.ninebox.engine.prepare): in memory, an employee's
components, absent mask and scores come from the period's block and the names from ``employees`` by
``emp_rowid``, and the exercise's seeded spread ranks DuckDB's ``hash(nip || seed)`` of the block's rows
(read once per build and kept beside the fast files); otherwise ``assign_boxes`` over the employee's
instansi and ``boxes_sql`` answer. tests/test_training.py keeps the two paths equal.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core import db
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.labels import t
from analytics.merit import scores as merit
from analytics.ninebox import arrays, clustering, engine, scoring
from analytics.ninebox import boxes as nb
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
    found = walkthroughs(con, [nip], period, rules=rules, lang=lang)
    if str(nip) not in found:
        raise KeyError(nip)
    return found[str(nip)]


def walkthroughs(
    con: duckdb.DuckDBPyConnection,
    nips: Sequence[str],
    period: int,
    *,
    rules: nb.Rules,
    lang: str = "id",
) -> dict[str, Walkthrough]:
    """``walkthrough`` of each of ``nips`` found in ``period`` (in the order given; the others left
    out), in one pass over the period's block when the engine holds it."""
    if rules.thresholds.relative:
        raise ValueError("the walk-through explains absolute cut-offs")
    wanted = list(dict.fromkeys(str(n) for n in nips))
    memory = engine.prepare(con, rules, Filters(period=int(period)))
    rows = _fast_rows(con, memory, wanted, rules) if memory is not None else None
    if rows is None:
        rows = {}
        for nip in wanted:
            found = _sql_row(con, nip, int(period), rules, lang)
            if found is not None:
                rows[nip] = found
    levels = ninebox_views.box_reference(con, rules.scheme, lang)
    return {nip: _walk(nip, int(period), rules, rows[nip], levels) for nip in wanted if nip in rows}


def _sql_row(
    con: duckdb.DuckDBPyConnection, nip: str, period: int, rules: nb.Rules, lang: str
) -> dict[str, Any] | None:
    """The employee's row of ``assign_boxes`` over their instansi, and which components its file held."""
    people = (
        con.cursor()
        .execute("select instansi from employees where period = ? and nip = ?", [int(period), str(nip)])
        .fetchall()
    )
    if not people:
        return None
    instansi = str(people[0][0])
    rows = nb.assign_boxes(
        con, rules=rules, filters=nb.Filters(period=int(period), instansi=(instansi,)), lang=lang
    )
    row = rows[rows["nip"] == str(nip)].iloc[0]
    out = {str(k): (None if _missing(v) else v) for k, v in row.to_dict().items()}
    return {**out, "instansi": instansi, "present": _present(con, int(period), instansi)}


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


_NAMES_SQL = (
    "select rowid as rid, nip, nama, instansi, unit_kerja, jabatan from employees"
    " where rowid in (select unnest(?::bigint[])) and period = ?"
)


def _fast_rows(
    con: duckdb.DuckDBPyConnection, memory: engine.InMemory, nips: list[str], rules: nb.Rules
) -> dict[str, dict[str, Any]] | None:
    """What ``_sql_row`` gives, from the period's block (components, absent masks, ready scores, the
    engine's scores and box) and ``employees`` by ``emp_rowid`` (names); None when the block's rows
    do not match ``employees`` (the SQL path answers then)."""
    if len(memory.blocks) != 1 or not nips:
        return None if len(memory.blocks) != 1 else {}
    blk = memory.blocks[0]
    first = _known_positions(blk, nips)  # the exercise's picks: no search over the block
    rest = [n for n in nips if n not in first]
    if rest:  # (period, nip) is the key of employees: one row per NIP
        hits = pc.indices_nonzero(pc.is_in(blk.nip, value_set=pa.array(rest, type=blk.nip.type))).to_numpy()
        for pos, nip in zip(hits.tolist(), blk.nip.take(pa.array(hits)).to_pylist(), strict=True):
            first.setdefault(str(nip), int(pos))
    first = {n: first[n] for n in nips if n in first}
    if not first:
        return {}
    positions = np.array(list(first.values()), dtype=np.int64)
    rowids = [int(r) for r in np.asarray(blk.emp_rowid)[positions]]
    names = {int(r[0]): r[1:] for r in con.cursor().execute(_NAMES_SQL, [rowids, blk.period]).fetchall()}
    box_of, _ = nb.cell_lookup(con, rules.scheme)
    axis_rules = dict(zip(nb.AXES, memory.axis_rules(rules), strict=True))
    scores = {a: arrays.axis_scores(blk, r, positions) for a, r in axis_rules.items()}
    cells = (arrays.levels(scores["kinerja"], axis_rules["kinerja"]).astype(np.int64) << 2) + arrays.levels(
        scores["potensial"], axis_rules["potensial"]
    )
    out: dict[str, dict[str, Any]] = {}
    for i, (nip, pos) in enumerate(first.items()):
        name = names.get(rowids[i])
        if name is None or str(name[0]) != nip:
            return None  # employees changed under the block: the SQL path
        row: dict[str, Any] = {
            "nama": name[1],
            "instansi": name[2],
            "unit_kerja": name[3],
            "jabatan": name[4],
        }
        present: dict[str, bool] = {}
        for axis in nb.AXES:
            absent = int(blk.absent[axis][pos])
            for bit, c in enumerate(scoring.AXIS_COMPONENTS[axis]):
                present[c] = not (absent >> bit) & 1
                row[c] = _num(blk.comps[c][pos]) if present[c] else None
            ready = blk.ready[axis]
            row[nb.AXIS_SCORE_COLUMN[axis]] = None if ready is None else _num(ready[pos])
            row[f"{axis}_score"] = _num(scores[axis][i])
        box = int(box_of[int(cells[i])])
        row["box"] = box if box >= 0 else None
        out[nip] = {**row, "present": present}
    return out


_PICKED: dict[tuple[str, int, str], int] = {}  # block position of the NIPs the exercise picked
_PICKED_LOCK = threading.Lock()
MAX_PICKED = 4096


def _remember(blk: arrays.Block, picks: list[tuple[int, str]]) -> None:
    with _PICKED_LOCK:
        for pos, nip in picks:
            _PICKED[(blk.build_id, blk.period, nip)] = pos
        while len(_PICKED) > MAX_PICKED:
            _PICKED.pop(next(iter(_PICKED)))


def _known_positions(blk: arrays.Block, nips: list[str]) -> dict[str, int]:
    """Positions of ``nips`` in the block remembered from the exercise's picks (checked)."""
    with _PICKED_LOCK:
        known = {n: _PICKED.get((blk.build_id, blk.period, n)) for n in nips}
    return {n: p for n, p in known.items() if p is not None and p < blk.n and blk.nip[p].as_py() == n}


def _walk(nip: str, period: int, rules: nb.Rules, row: dict[str, Any], levels: pd.DataFrame) -> Walkthrough:
    """The steps of one employee from their row (components, ready scores, names, the assigned box and
    scores) and which components their file held (``row['present']``)."""
    weights, thresholds = rules.weights, rules.thresholds
    present = row["present"]
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
        nip=str(nip), nama=str(row["nama"]), period=int(period), instansi=str(row["instansi"]),
        unit_kerja=str(row["unit_kerja"]), jabatan=str(row["jabatan"]),
        kinerja=steps["kinerja"], potensial=steps["potensial"], box=box,
        label=str(cell["label"].iloc[0]) if len(cell) else "–",
        action=str(cell["action"].iloc[0]) if len(cell) else "–",
        talent_pool=bool(cell["talent_pool"].iloc[0]) if len(cell) else False,
        assigned_box=None if row["box"] is None else int(row["box"]),
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
    memory = engine.prepare(con, rules, chosen)  # the engine chooses the path
    fast = None if memory is None else _fast_exercise(con, memory, chosen, rules=rules, n=n, seed=seed)
    if fast is not None:
        return fast
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


def _fast_exercise(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    chosen: Filters,
    *,
    rules: nb.Rules,
    n: int,
    seed: int,
) -> list[str] | None:
    """exercise_nips' query in memory: per box the ``n // 9 + 1`` mapped rows with the lowest
    ``hash(nip || seed)``, all of them ordered by that hash, the first ``n``; None when the hashes
    cannot be read for a block (nip_hashes: the SQL path answers)."""
    per_box = max(1, n // 9 + 1)
    box_of, _ = nb.cell_lookup(con, rules.scheme)
    boxes = sorted({int(x) for x in box_of if x >= 0})
    picked: list[tuple[int, str]] = []
    for scored in memory.scored(con, chosen, rules):
        blk = scored.block
        hashes = nip_hashes(con, blk, str(seed))
        if hashes is None:
            return None
        h = hashes if scored.rows is None else hashes[scored.rows]  # selection order
        in_box = {b: int(scored.counts[box_of == b].sum()) for b in boxes}
        # Candidates: the rows whose hash lies in the lowest EXERCISE_CANDIDATES / n of the range (the
        # hash is uniform). A box with at least per_box of them has its lowest per_box among them; a
        # rarer box is ranked over all of its rows.
        share = min(1.0, EXERCISE_CANDIDATES * per_box / max(len(h), 1))
        cand = np.flatnonzero(h < np.uint64(min(int(share * 2.0**64), 2**64 - 1)))
        cand_box = box_of[scored.cell[cand]]
        every: np.ndarray | None = None
        for b in boxes:
            if not in_box[b]:
                continue
            idx = cand[cand_box == b]
            if len(idx) < min(per_box, in_box[b]):
                every = box_of[scored.cell] if every is None else every
                idx = np.flatnonzero(every == b)
            hb = h[idx]
            top = np.argsort(hb, kind="stable") if len(hb) <= per_box else np.argpartition(hb, per_box - 1)
            top = top[:per_box]
            found = [(int(p), str(blk.nip[p].as_py())) for p in scored.positions(idx[top]).tolist()]
            _remember(blk, found)
            picked += [(int(v), nip) for v, (_, nip) in zip(hb[top].tolist(), found, strict=True)]
    return [nip for _, nip in sorted(picked)][:n]


EXERCISE_CANDIDATES = 4096  # rows ranked per example wanted (see _fast_exercise)
_HASHES: dict[tuple[str, int, str], np.ndarray] = {}
_HASH_LOCK = threading.Lock()
_DUCKDB = "".join(ch for ch in duckdb.__version__ if ch.isalnum() or ch == ".")
_HASH_SQL = f"select nip, hash(nip || ?) as h from {scoring.TABLE} where period = ?"  # noqa: S608 - a constant


def _read_hashes(con: duckdb.DuckDBPyConnection, blk: arrays.Block, seed: str) -> np.ndarray | None:
    """The hashes in the table's scan order; None when its NIPs are not the block's in the block's
    order (the table was written under the block: the hashes would be other rows')."""
    table = con.cursor().execute(_HASH_SQL, [seed, blk.period]).to_arrow_table()
    if not table.column("nip").combine_chunks().equals(blk.nip):
        return None
    values: np.ndarray = table.column("h").to_numpy().astype(np.uint64)
    return values


def nip_hashes(con: duckdb.DuckDBPyConnection, blk: arrays.Block, seed: str) -> np.ndarray | None:
    """DuckDB's ``hash(nip || seed)`` (uint64) of every row of the block, read once per build, period
    and seed (the scoring table's scan order, checked against the block's NIPs) and kept beside the
    block's fast files (nip_hash_<seed>_<duckdb version>.npy: another DuckDB may hash otherwise) so the
    next process maps it instead; None when the table's rows are not the block's (written under it:
    the SQL path answers)."""
    key = (blk.build_id, blk.period, str(seed))
    with _HASH_LOCK:
        if key in _HASHES:
            return _HASHES[key]
        safe = "".join(ch for ch in str(seed) if ch.isalnum())
        path = (
            None if blk.folder is None or safe != str(seed) else blk.folder / f"nip_hash_{safe}_{_DUCKDB}.npy"
        )
        values = arrays.kept_array(path, blk.n, lambda: _read_hashes(con, blk, str(seed)))
        if values is None:
            return None
        _HASHES[key] = values
        while len(_HASHES) > arrays.MAX_BLOCKS:
            _HASHES.pop(next(iter(_HASHES)))
        return values


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
