"""Benchmark: the nine-box rules in DuckDB vs a straightforward pandas implementation.

    .venv/bin/python bench/bench_ninebox.py --employees 6500000

Builds a synthetic national population directly in DuckDB (generate_series; ~600 instansi, some
without the 'penghargaan' column, some with predicates only, some with ready potential scores, a few
blanks), then times (median of --runs):
  0. the one-offs after a data change (printed separately): the build of analytics.ninebox.scoring's
     employee_scores, and the first box_counts, which loads the period into memory (scorearrays);
  1. box counts over everyone: analytics.ninebox.boxes.box_counts (its fast path: numpy over the period
     held in memory, analytics.ninebox.arrays), with new weights on both axes every call (the figure
     the target is about) and again with the same weights (axis scores reused from the cache), and
     the general boxes_sql counts in DuckDB;
  2. the full assignment materialised as a DuckDB table (never fetched into pandas);
  3. the same rules in pandas on a DataFrame already in memory (fetch not timed),
and checks that DuckDB and pandas give identical counts per box. Target at national scale (6,5 M employees since January 2026; 4,7 M before): the box
counts in <= 100 ms median and >= 5x faster than pandas.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analytics.core import db
from analytics.ninebox import boxes as nb  # noqa: E402
from analytics.ninebox import scoring  # noqa: E402

N_INSTANSI = 600
UNITS_PER_INSTANSI = 40

# Synthetic employees; values bound, N and the layout constants only as parameters.
_SYNTH_SQL = """
insert into employees (
    period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, predikat_kinerja,
    kinerja_utama, penghargaan, tim_kerja, umpan_balik, kompetensi, pengembangan_kompetensi,
    pengalaman_jabatan, potensi, pendidikan_formal, kesesuaian_bidang_ilmu, integritas, skor_sumbu_potensial
)
with s as (
    select i, (i * $n_inst) // $n as inst, (hash(i) % 1000000007)::bigint as h from generate_series(0, $n - 1) as g(i)
)
select
    $period, lpad(i::varchar, 18, '0'), 'Pegawai ' || i, 'Instansi ' || inst,
    'Unit ' || (h % $units), 'Jabatan', (['Pelaksana', 'Fungsional', 'Pengawas', 'Administrator'])[1 + (h // 7) % 4],
    case when inst % 7 = 0 then (['Sangat Baik', 'Baik', 'baik', 'Butuh Perbaikan', 'Kurang/Misconduct'])[1 + (h // 11) % 5] end,
    case when inst % 7 <> 0 then round(45 + random() * 55, 1) end,
    case when inst % 5 <> 0 then round(30 + random() * 70, 1) end,
    round(40 + random() * 60, 1),
    round(40 + random() * 60, 1),
    case when (h // 13) % 200 <> 0 then round(40 + random() * 60, 1) end,
    round(40 + random() * 60, 1),
    round(40 + random() * 60, 1),
    round(40 + random() * 60, 1),
    round(40 + random() * 60, 1),
    round(40 + random() * 60, 1),
    round(50 + random() * 50, 1),
    case when inst % 11 = 0 and (h // 17) % 3 = 0 then round(40 + random() * 60, 1) end
from s
"""


def build(con: object, n: int, period: int = 2025) -> None:
    cur = con.cursor()  # type: ignore[attr-defined]
    cur.execute("delete from employees where period = $period", {"period": period})
    cur.execute(_SYNTH_SQL, {"n": n, "n_inst": N_INSTANSI, "units": UNITS_PER_INSTANSI, "period": period})


CPU: dict[str, float] = {}


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median wall-clock ms of ``runs`` calls (the median process CPU ms is kept in CPU[fn name])."""
    times, cpu = [], []
    result: object = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    CPU[getattr(fn, "__name__", "?")] = statistics.median(cpu)
    return statistics.median(times), result


# --- pandas: the same rules, written the plain way ----------------------------------------------


def reference_inputs(con: Any) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """What the pandas reference implementations get, fetched once and not timed: period 2025's
    employees (NIP included, for the movers) and the predicate and box tables."""
    cols = ["nip", "period", "instansi", "predikat_kinerja", *db.COMPONENTS, *db.AXIS_SCORE_COLUMNS]
    frame = con.cursor().execute(f"select {', '.join(cols)} from employees where period = 2025").df()  # noqa: S608
    ref = {
        "pred": con.cursor().execute("select predicate, score, aliases from ref_predicates").df(),
        "boxes": con.cursor().execute("select * from ref_boxes where scheme = 'permenpanrb'").df(),
    }
    return frame, ref


def pandas_counts(
    df: pd.DataFrame, weights: nb.Weights, th: nb.Thresholds, ref: dict[str, pd.DataFrame]
) -> pd.Series:
    pred = ref["pred"]
    lookup = {}
    for row in pred.itertuples():
        names = [row.predicate] + [a for a in str(row.aliases or "").split("|") if a and a != "nan"]
        for name in names:
            lookup[name.strip().lower()] = float(row.score)
    ku = df["kinerja_utama"].fillna(df["predikat_kinerja"].str.strip().str.lower().map(lookup))
    work = df.assign(kinerja_utama=ku)
    comps = list(db.COMPONENTS)
    present = work[comps].notna().groupby([work["period"], work["instansi"]]).any()
    present["kinerja_utama"] |= df["predikat_kinerja"].notna().groupby([df["period"], df["instansi"]]).any()
    pres_rows = present.reindex(pd.MultiIndex.from_frame(work[["period", "instansi"]])).to_numpy()
    pres = pd.DataFrame(pres_rows, columns=comps, index=work.index)
    scores = {}
    for axis in nb.AXES:
        axis_comps = [c for c in nb.AXIS_COMPONENTS[axis] if weights.axis(axis).get(c, 0) > 0]
        w = np.array([weights.axis(axis)[c] for c in axis_comps])
        ew = pres[axis_comps].to_numpy() * w
        vals = work[axis_comps].to_numpy()
        wsum = ew.sum(axis=1)
        complete = ~((ew > 0) & np.isnan(vals)).any(axis=1)
        num = (ew * np.nan_to_num(vals)).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where((wsum > 0) & complete, num / wsum, np.nan)
        ready = work[nb.AXIS_SCORE_COLUMN[axis]].to_numpy()
        scores[axis] = np.where(~np.isnan(ready), ready, score)
    levels = {}
    for axis in nb.AXES:
        low, high = th.kinerja if axis == "kinerja" else th.potensial
        s = scores[axis]
        tol = nb.SCORE_TOLERANCE
        levels[axis] = np.select([np.isnan(s), s < low - tol, s < high - tol], [0, 1, 2], 3)
    boxes = ref["boxes"]
    grid = np.zeros((4, 4), dtype=np.int64)
    for row in boxes.itertuples():
        grid[row.kinerja_level, row.potensial_level] = row.box
    box = grid[levels["kinerja"], levels["potensial"]]
    counts = pd.Series(box).value_counts().sort_index()
    counts.index = [None if b == 0 else int(b) for b in counts.index]
    return counts


def measure(con: Any, runs: int) -> dict[str, Any]:
    """The figures ``main`` prints, over the employees of 2025 in ``con`` (a DuckDB file or a lake,
    bench_lake.py): ms medians of the one-offs, the box counts (fast path with new weights, cached,
    general SQL, materialised, pandas), the counts per box and whether all three paths agree."""
    weights = nb.preset_weights(con)
    th = nb.default_thresholds(con)
    filters = nb.Filters(period=2025)
    q = nb.boxes_sql(rules=nb.Rules(weights, th), filters=filters)
    counts_sql = f"select box, count(*) as n from ({q.sql}) group by box"  # noqa: S608 - whitelisted builder

    def duck_counts() -> pd.Series:
        rows = con.cursor().execute(counts_sql, q.params).fetchall()
        return pd.Series({b: n for b, n in rows})

    def duck_box_counts() -> pd.DataFrame:
        return nb.box_counts(con, rules=nb.Rules(weights, th), filters=filters)

    fresh = itertools.count(1)

    def duck_box_counts_new_weights() -> pd.DataFrame:
        """New weights on both axes every call: nothing comes from the in-memory score cache."""
        i = next(fresh)
        w = nb.Weights(
            kinerja={**weights.kinerja, "kinerja_utama": weights.kinerja["kinerja_utama"] + i},
            potensial={**weights.potensial, "kompetensi": weights.potensial["kompetensi"] + i},
        )
        return nb.box_counts(con, rules=nb.Rules(w, th), filters=filters)

    mat_cur = con.cursor()  # temp tables live in one connection

    def duck_materialise() -> None:
        mat_cur.execute(f"create or replace temp table bench_boxes as {q.sql}", q.params)  # noqa: S608

    t0 = time.perf_counter()
    scoring.refresh(con)  # the one-off build of the derived scoring table (then reused while fresh)
    ms_build = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    duck_box_counts()  # loads the period into memory (scorearrays), once per build
    ms_first = (time.perf_counter() - t0) * 1000
    for fn in (duck_box_counts, duck_counts, duck_materialise):  # warm-up
        fn()
    ms_box_counts, _ = median_ms(duck_box_counts_new_weights, runs)
    ms_cached, fast = median_ms(duck_box_counts, runs)
    ms_counts, duck = median_ms(duck_counts, runs)
    ms_mat, _ = median_ms(duck_materialise, runs)
    n_mat = mat_cur.execute("select count(*) from bench_boxes").fetchall()[0]
    assert isinstance(fast, pd.DataFrame)
    fast_counts = {
        (None if pd.isna(b) else int(b)): int(n) for b, n in zip(fast["box"], fast["n"], strict=True) if n
    }

    frame, ref = reference_inputs(con)

    def pandas_run() -> pd.Series:
        return pandas_counts(frame, weights, th, ref)

    ms_pandas, pan = median_ms(pandas_run, max(3, runs // 2))

    duck_s = pd.Series(duck).sort_index(key=lambda i: i.map(lambda b: -1 if b is None else b))
    pan_s = pd.Series(pan).sort_index(key=lambda i: i.map(lambda b: -1 if b is None else b))
    d = {(None if b is None or pd.isna(b) else int(b)): int(n) for b, n in duck_s.items()}
    p = {(None if b is None or pd.isna(b) else int(b)): int(n) for b, n in pan_s.items()}
    same = d == p == fast_counts
    return {
        "build_ms": ms_build, "first_ms": ms_first, "new_weights_ms": ms_box_counts, "cached_ms": ms_cached,
        "sql_ms": ms_counts, "materialise_ms": ms_mat, "materialised_rows": n_mat[0], "pandas_ms": ms_pandas,
        "counts": d, "same": same,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=6_500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default=None, help="DuckDB file (default: a temporary file)")
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "bench.duckdb")
    con = db.connect(path)
    if args.threads:
        con.execute(f"set threads = {int(args.threads)}")
    t0 = time.perf_counter()
    build(con, args.employees)
    con.execute("checkpoint")
    print(f"built {args.employees:,} employees in {time.perf_counter() - t0:.1f} s", flush=True)

    m = measure(con, args.runs)
    threads = con.execute("select current_setting('threads')").fetchall()[0]
    print(f"threads: {threads[0]}; employees: {args.employees:,}; runs: {args.runs}; cpus: {os.cpu_count()}")
    print(f"one-off build of employee_scores (scoring.refresh): {m['build_ms']:8.1f} ms")
    print(f"first box_counts after it (loads the period in memory): {m['first_ms']:8.1f} ms")
    print(f"ninebox.box_counts fast path, new weights each call:  {m['new_weights_ms']:8.1f} ms median")
    print(
        f"ninebox.box_counts again with the same weights:       {m['cached_ms']:8.1f} ms median (scores cached)"
    )
    print(f"duckdb general boxes_sql (select box, count(*)):      {m['sql_ms']:8.1f} ms median")
    print(
        f"duckdb full assignment -> temp table:                 {m['materialise_ms']:8.1f} ms median ({m['materialised_rows']:,} rows)"
    )
    print(f"pandas same rules (data already in memory):           {m['pandas_ms']:8.1f} ms median")
    print(f"ratio pandas / box_counts fast path: {m['pandas_ms'] / m['new_weights_ms']:.1f}x")
    cpu = ", ".join(f"{name} {ms:.0f}" for name, ms in CPU.items())
    print(f"median process CPU ms (all threads): {cpu}")
    print(f"load average during the run: {os.getloadavg()}")
    print(
        f"counts per box (None = unmappable): {dict(sorted(m['counts'].items(), key=lambda kv: -1 if kv[0] is None else kv[0]))}"
    )
    print(f"fast path, general path and pandas counts identical: {m['same']}")
    return 0 if m["same"] else 1


if __name__ == "__main__":
    sys.exit(main())
