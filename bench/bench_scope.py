"""Benchmark: what the access scope costs on the nine-box counts and the what-if recompute.

    .venv/bin/python bench/bench_scope.py                      # 1,000,000 employees (a few minutes)
    .venv/bin/python bench/bench_scope.py --employees 6500000  # national scale

Every page's filters pass through ``analytics.core.access.Scope.narrow`` (ui.state.filters). This times:
  1. ``narrow`` itself, for a national and an instansi scope (microseconds per call);
  2. the what-if recompute (boxes under both weightings + the matrix, as bench_whatif.py) and the
     nine-box box counts with the filters as published (no scope), with the national scope applied
     (what an evaluator or an admin runs) and with an instansi scope (a leader of one agency);
and checks that the national scope gives the same result as no scope. The national scope returns the
filters unchanged, so its queries are the published ones: the difference is run-to-run noise.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ninebox import build, median_ms  # noqa: E402

from analytics.core import db  # noqa: E402
from analytics.core.access import NATIONAL, Scope  # noqa: E402
from analytics.core.filters import Filters  # noqa: E402
from analytics.ninebox import boxes as nb  # noqa: E402
from analytics.whatif import engine as whatif  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default=None, help="DuckDB file (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="use the employees already in --db")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "bench.duckdb")
    con = db.connect(path)
    if not args.reuse:
        t0 = time.perf_counter()
        build(con, args.employees)
        con.execute("checkpoint")
        print(f"built {args.employees:,} employees in {time.perf_counter() - t0:.1f} s", flush=True)
    first = con.execute("select min(instansi) from employees where period = 2025").fetchall()[0][0]
    one = Scope("instansi", (first,))
    published = Filters(period=2025)
    scoped = {
        "published (no scope)": published,
        "national scope": NATIONAL.narrow(published)[0],
        f"instansi scope ({first})": one.narrow(published)[0],
    }

    calls = 100_000
    for name, scope in (("national", NATIONAL), ("instansi", one)):
        t0 = time.perf_counter()
        for _ in range(calls):
            scope.narrow(published)
        print(f"Scope.narrow, {name}: {(time.perf_counter() - t0) / calls * 1e6:.2f} µs per call")

    base = nb.preset_weights(con)
    th = nb.default_thresholds(con)
    moves = itertools.count(1)

    def recompute(filters: Filters) -> whatif.Result:
        step = next(moves) % 40
        moved = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 25.0 + step})
        return whatif.transitions(
            con, baseline=nb.Rules(base, th), scenario=nb.Rules(moved, th), filters=filters,
            movers_limit=0,
        )  # fmt: skip

    def counts(filters: Filters) -> object:
        step = next(moves) % 40
        moved = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 25.0 + step})
        return nb.box_counts(con, rules=nb.Rules(moved, th), filters=filters)

    recompute(published)  # loads the in-memory arrays once, as the first page view does
    # Interleaved: one call of each variant per round, so a load spike hits all of them alike.
    times: dict[tuple[str, str], list[float]] = {
        (label, kind): [] for label in scoped for kind in ("wi", "nb")
    }
    for _ in range(args.runs):
        for label, filters in scoped.items():
            for kind, fn in (("wi", recompute), ("nb", counts)):
                ms, _ = median_ms(lambda f=filters, fn=fn: fn(f), 1)
                times[(label, kind)].append(ms)
    for label in scoped:
        wi_ms, nb_ms = (statistics.median(times[(label, k)]) for k in ("wi", "nb"))
        print(f"{label:<45} what-if recompute {wi_ms:8.1f} ms   nine-box counts {nb_ms:8.1f} ms", flush=True)
    moved = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 25.0})
    same = [
        whatif.transitions(
            con,
            baseline=nb.Rules(base, th),
            scenario=nb.Rules(moved, th),
            filters=f,
            movers_limit=0,
        ).matrix
        for f in (published, scoped["national scope"])
    ]
    assert np.array_equal(same[0], same[1]), "the national scope must not change the result"
    print("national scope = no scope: the same transition matrix")
    return 0


if __name__ == "__main__":
    sys.exit(main())
