"""Benchmark: the load test's crowd against 1 and 2 app processes over the lake behind HAProxy (issue 16).

The same sessions walk every page for the same time (tests/load/sessions.py, the load test's driver)
against, one after the other:
  - the plain embedded app: one `streamlit run app.py` on a DuckDB file (the reference line);
  - `scripts/serve-cluster.sh N` for each N of --apps: PostgreSQL (the DuckLake catalog), N app
    processes over the lake and HAProxy on one port; a fresh cluster folder per N, seeded with the same
    demo file, so the number of processes is the only difference.
Each server is warmed first (every page once per app process, untimed: the derived scoring table and
the caches are built before the clock starts; --cold skips it). Prints, per configuration, the page
run time's median, p95 and max, the errors and the load average before and after.

    python bench/bench_cluster.py                                   # 20 sessions x 60 s, demo of 1,500
    python bench/bench_cluster.py --employees 1000 --seconds 20     # a quick look
    python bench/bench_cluster.py --apps 1,2,3 --no-embedded

On 2 cores the gain of a second process is bounded: both share the same cores (the lead's note).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_first_view import build  # noqa: E402 - the demo file through the CLI
from bench_startup import start_server  # noqa: E402 - one way to start the embedded server

from tests.lake_support import serve_cluster  # noqa: E402
from tests.load.sessions import DURATION_S, SESSIONS, Walk, page_paths, walk  # noqa: E402

LOAD_TEST_EMPLOYEES = 1500  # tests/load/test_sessions.py's demo size


@contextlib.contextmanager
def embedded(seed: Path, folder: Path) -> Iterator[list[str]]:
    """One app process on a copy of ``seed`` (TALENTA_DB); yields its address (one app, one entry)."""
    path = folder / "embedded.duckdb"
    shutil.copy(seed, path)
    proc, url = start_server(path)
    try:
        yield [url]
    finally:
        proc.terminate()
        proc.wait(timeout=60)


@contextlib.contextmanager
def cluster(n: int, seed: Path) -> Iterator[list[str]]:
    """`scripts/serve-cluster.sh n` in a fresh folder, the lake seeded from ``seed``; yields the
    balancer's address, then each app's own (for the warm-up)."""
    # a national seed takes minutes to move into the lake
    with serve_cluster(n, timeout=3600, SEED_DB=str(seed)) as running:
        yield [running.url, *running.apps]


def run(name: str, server: contextlib.AbstractContextManager[list[str]], args: argparse.Namespace) -> Walk:
    """Start the server, warm every app process, drive the crowd through the first address, stop."""
    with server as urls:
        if not args.cold:
            for app in urls[1:] or urls:  # every page once in each process, side by side
                warm = walk(app, sessions=len(page_paths()), duration=0)
                if warm.errors:
                    print(f"{name}: warm-up errors: {warm.errors[:3]}", flush=True)
        before = os.getloadavg()
        result = walk(urls[0], sessions=args.sessions, duration=args.seconds)
        after = os.getloadavg()
    print(
        f"{name:<44} {len(result.times):>5} {result.p50:7.2f} {result.p95:7.2f} {max(result.times):7.2f}"
        f" {len(result.errors):>6}   {before[0]:.2f} / {after[0]:.2f}",
        flush=True,
    )
    slow = ", ".join(f"{page} {worst:.1f} s ({runs} runs)" for page, worst, runs in result.slowest())
    print(f"    slowest pages: {slow}")
    for error in result.errors[:3]:
        print(f"    {error}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sessions", type=int, default=SESSIONS, help="simultaneous sessions (the load test's)"
    )
    parser.add_argument(
        "--seconds", type=float, default=DURATION_S, help="how long they walk (the load test's)"
    )
    parser.add_argument(
        "--employees", type=int, default=LOAD_TEST_EMPLOYEES, help="demo employees per period"
    )
    parser.add_argument("--apps", default="1,2", help="app process counts behind the balancer, e.g. 1,2")
    parser.add_argument("--no-embedded", action="store_true", help="skip the embedded reference line")
    parser.add_argument("--cold", action="store_true", help="no warm-up: the crowd meets cold processes")
    args = parser.parse_args()
    apps = [int(a) for a in args.apps.split(",") if a.strip()]

    print("command: " + shlex.join([Path(sys.executable).name, *sys.argv]))
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed.duckdb"
        seconds, _ = build(seed, args.employees)
        print(
            f"demo: {args.employees:,} employees x 2 periods, built in {seconds:.1f} s; cpus: {os.cpu_count()}"
        )
        print(
            f"{args.sessions} sessions x {args.seconds:.0f} s over {len(page_paths())} pages, "
            + ("cold processes" if args.cold else "after a warm-up (every page once per app process)")
        )
        print(
            f"{'configuration':<44} {'runs':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'errors':>6}   load avg before / after"
        )
        results = []
        if not args.no_embedded:
            results.append(run("embedded file, 1 process (TALENTA_DB)", embedded(seed, Path(tmp)), args))
        for n in apps:
            label = f"lake, scripts/serve-cluster.sh {n} (HAProxy)"
            results.append(run(label, cluster(n, seed), args))
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
