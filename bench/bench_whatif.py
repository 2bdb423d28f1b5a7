"""Benchmark: what-if transitions (both nine-box assignments of every employee) vs pandas.

    .venv/bin/python bench/bench_whatif.py --employees 6500000
    .venv/bin/python bench/bench_whatif.py --db /tmp/whatif_big.duckdb --reuse   # an existing build

Builds the synthetic national population of bench_ninebox.py directly in DuckDB (unless --reuse),
then times (median of --runs) the recomputation after a slider move (integritas 15 -> 25 points, then one
point further on every call, so each call scores a new potensial axis as a real slider move does):
  1. analytics.whatif.engine.transitions: boxes under both weightings + the 10x10 transition matrix + the
     movers with names (capped as the page caps them, and uncapped), on its fast path (numpy over
     the period held in memory, analytics.ninebox.arrays; the first call after a build loads it and is
     printed separately);
  2. the same rules and matrix in pandas on a DataFrame already in memory (fetch not timed);
and checks that both give the same matrix. Target at national scale (6,5 M employees; 4,7 M before): <= 150 ms median, >= 5x pandas.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ninebox import CPU, build, median_ms, reference_inputs  # noqa: E402

from analytics.core import db  # noqa: E402
from analytics.core.filters import Filters  # noqa: E402
from analytics.ninebox import boxes as nb  # noqa: E402
from analytics.ninebox import scoring  # noqa: E402
from analytics.whatif import engine as whatif  # noqa: E402

# --- pandas: the same rules and matrix, written the plain way -------------------------------------


def pandas_boxes(
    df: pd.DataFrame, weights: nb.Weights, th: nb.Thresholds, ref: dict[str, pd.DataFrame]
) -> np.ndarray:
    """Box per row (0 = unmappable) under the nine-box rules of analytics.ninebox.boxes."""
    lookup = {}
    for row in ref["pred"].itertuples():
        names = [row.predicate] + [a for a in str(row.aliases or "").split("|") if a and a != "nan"]
        for name in names:
            lookup[name.strip().lower()] = float(row.score)
    ku = df["kinerja_utama"].fillna(df["predikat_kinerja"].str.strip().str.lower().map(lookup))
    work = df.assign(kinerja_utama=ku)
    comps = list(db.COMPONENTS)
    present = work[comps].notna().groupby([work["period"], work["instansi"]]).any()
    present["kinerja_utama"] |= df["predikat_kinerja"].notna().groupby([df["period"], df["instansi"]]).any()
    pres = present.reindex(pd.MultiIndex.from_frame(work[["period", "instansi"]])).to_numpy()
    pres_frame = pd.DataFrame(pres, columns=comps, index=work.index)
    levels = {}
    for axis in nb.AXES:
        axis_comps = [c for c in nb.AXIS_COMPONENTS[axis] if weights.axis(axis).get(c, 0) > 0]
        w = np.array([weights.axis(axis)[c] for c in axis_comps])
        ew = pres_frame[axis_comps].to_numpy() * w
        vals = work[axis_comps].to_numpy()
        wsum = ew.sum(axis=1)
        complete = ~((ew > 0) & np.isnan(vals)).any(axis=1)
        num = (ew * np.nan_to_num(vals)).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where((wsum > 0) & complete, num / wsum, np.nan)
        ready = work[nb.AXIS_SCORE_COLUMN[axis]].to_numpy()
        s = np.where(~np.isnan(ready), ready, score)
        low, high = th.kinerja if axis == "kinerja" else th.potensial
        tol = nb.SCORE_TOLERANCE
        levels[axis] = np.select([np.isnan(s), s < low - tol, s < high - tol], [0, 1, 2], 3)
    grid = np.zeros((4, 4), dtype=np.int64)
    for row in ref["boxes"].itertuples():
        grid[row.kinerja_level, row.potensial_level] = row.box
    return grid[levels["kinerja"], levels["potensial"]]


def pandas_transitions(
    df: pd.DataFrame, base: nb.Weights, scn: nb.Weights, th: nb.Thresholds, ref: dict[str, pd.DataFrame]
) -> tuple[np.ndarray, pd.DataFrame]:
    """The 10x10 matrix (last = unmappable) and the movers' rows."""
    a = pandas_boxes(df, base, th, ref)
    b = pandas_boxes(df, scn, th, ref)
    ia = np.where(a == 0, 9, a - 1)
    ib = np.where(b == 0, 9, b - 1)
    matrix = np.bincount(ia * 10 + ib, minlength=100).reshape(10, 10)
    movers = df.loc[a != b, ["nip"]].assign(from_box=a[a != b], to_box=b[a != b])
    return matrix, movers


def rules(con: Any) -> tuple[nb.Weights, nb.Weights, nb.Thresholds]:
    """The preset weights, the scenario (integritas 15 -> 25 points) and the default thresholds."""
    base = nb.preset_weights(con)
    scn = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 25.0})
    return base, scn, nb.default_thresholds(con)


def slider(con: Any) -> Callable[[int | None], whatif.Result]:
    """One slider move per call over the employees of 2025, movers capped at the argument (None: all):
    integritas one point further each call (a new potensial axis, computed; the baseline and the
    unchanged kinerja axis come from the in-memory score cache, as on the page)."""
    base, scn, th = rules(con)
    filters = Filters(period=2025)
    moves = itertools.count(1)

    def run(limit: int | None) -> whatif.Result:
        step = next(moves) % 40
        moved = nb.Weights(kinerja=scn.kinerja, potensial={**scn.potensial, "integritas": 25.0 + step})
        return whatif.transitions(
            con, baseline=nb.Rules(base, th), scenario=nb.Rules(moved, th), filters=filters,
            movers_limit=limit,
        )  # fmt: skip

    return run


def measure(con: Any, runs: int) -> dict[str, Any]:
    """The figures ``main`` prints, over the employees of 2025 in ``con`` (a DuckDB file or a lake,
    bench_lake.py): ms medians of the one-offs, the recompute (boxes + matrix, with the page's movers,
    with all movers) and of pandas, the result and whether pandas gives the same matrix and movers."""
    n = con.execute("select count(*) from employees where period = 2025").fetchall()[0][0]

    filters = Filters(period=2025)
    base, scn, th = rules(con)
    run = slider(con)

    def duck_matrix() -> whatif.Result:  # boxes under both weightings + the matrix, no movers
        return run(0)

    def duck_page() -> whatif.Result:  # movers capped as the page asks
        return run(20_000)

    def duck_all() -> whatif.Result:  # every mover into pandas
        return run(None)

    t0 = time.perf_counter()
    scoring.refresh(con)  # the one-off build of the derived scoring table (then reused while fresh)
    ms_build = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    duck_page()  # loads the period into memory (scorearrays), once per build
    ms_first = (time.perf_counter() - t0) * 1000
    duck_page()  # warm-up
    ms_matrix, _ = median_ms(duck_matrix, runs)
    ms_page, res = median_ms(duck_page, runs)
    ms_all, res_all = median_ms(duck_all, max(3, runs // 2))

    frame, ref = reference_inputs(con)

    def pandas_run() -> tuple[np.ndarray, pd.DataFrame]:
        return pandas_transitions(frame, base, scn, th, ref)

    ms_pandas, pan = median_ms(pandas_run, max(3, runs // 2))
    res = whatif.transitions(
        con, baseline=nb.Rules(base, th), scenario=nb.Rules(scn, th), filters=filters,
        movers_limit=20_000,
    )  # fmt: skip
    res_all = whatif.transitions(
        con, baseline=nb.Rules(base, th), scenario=nb.Rules(scn, th), filters=filters,
        movers_limit=None,
    )  # fmt: skip
    assert isinstance(res, whatif.Result) and isinstance(res_all, whatif.Result)
    pan_matrix, pan_movers = pan  # type: ignore[misc]
    same = bool(np.array_equal(res.matrix, pan_matrix)) and len(pan_movers) == res_all.movers_total
    return {
        "employees": n, "build_ms": ms_build, "first_ms": ms_first, "matrix_ms": ms_matrix, "page_ms": ms_page,
        "all_ms": ms_all, "pandas_ms": ms_pandas, "result": res, "all_movers": res_all.movers_total, "same": same,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=6_500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default=None, help="DuckDB file (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="use the employees already in --db")
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "bench.duckdb")
    con = db.connect(path)
    if args.threads:
        con.execute(f"set threads = {int(args.threads)}")
    if not args.reuse:
        t0 = time.perf_counter()
        build(con, args.employees)
        con.execute("checkpoint")
        print(f"built {args.employees:,} employees in {time.perf_counter() - t0:.1f} s", flush=True)
    m = measure(con, args.runs)
    threads = con.execute("select current_setting('threads')").fetchall()[0][0]
    print(f"threads: {threads}; employees: {m['employees']:,}; runs: {args.runs}; cpus: {os.cpu_count()}")
    print(f"one-off build of employee_scores (scoring.refresh): {m['build_ms']:8.1f} ms")
    print(f"first transitions after it (loads the period): {m['first_ms']:8.1f} ms")
    print(f"whatif.transitions, boxes + matrix (no movers): {m['matrix_ms']:8.1f} ms median")
    print(f"whatif.transitions (movers <= 20,000):         {m['page_ms']:8.1f} ms median")
    print(
        f"whatif.transitions (all movers):               {m['all_ms']:8.1f} ms median ({m['all_movers']:,} movers)"
    )
    print(f"pandas same rules + matrix (data in memory):   {m['pandas_ms']:8.1f} ms median")
    print(f"ratio pandas / transitions (boxes + matrix):  {m['pandas_ms'] / m['matrix_ms']:.1f}x")
    print(f"ratio pandas / transitions (page, with movers):  {m['pandas_ms'] / m['page_ms']:.1f}x")
    print("median process CPU ms (all threads): " + ", ".join(f"{k} {v:.0f}" for k, v in CPU.items()))
    print(f"load average during the run: {os.getloadavg()}")
    print(
        f"movers {m['result'].n_movers:,}; talent pool {m['result'].pool_before:,} -> {m['result'].pool_after:,}"
    )
    print(f"duckdb and pandas matrices identical: {m['same']}")
    return 0 if m["same"] else 1


if __name__ == "__main__":
    sys.exit(main())
