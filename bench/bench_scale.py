"""Benchmark: how the app scales with the number of employees (10 k, 100 k, 1 M and 6.5 M).

For each size: import time of a CSV of that many rows through ingest.validate + ingest.load (the
CLI's path), the nine-box counts (ninebox.box_counts, median of 5, with the pandas reference ratio of
bench_ninebox.py; new weights on both axes every call), the what-if recompute (whatif.transitions after
one slider move, a new one every call, with the movers' list capped as the page caps it, median of 5,
with the pandas ratio of bench_whatif.py), the nine-box page's rerun
time in AppTest over everyone, and the browser payload (the JSON of the page's plotly figures).

    python bench/bench_scale.py                 # 10k, 100k, 1M and 6.5M (about 5-7 min on 2 cores)
    python bench/bench_scale.py --max 1000000   # up to 1M

Memory of the app serving the national demo (6.5 M per period) is measured separately:
    python -m analytics demo --employees 6500000 --db /tmp/big.duckdb     # ~2-3 min
    python bench/bench_scale.py --serve /tmp/big.duckdb                     # server RSS in Chromium
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from analytics import ingest  # noqa: E402
from analytics.core import db  # noqa: E402
from analytics.ninebox import boxes as nb  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 6_500_000)

# Valid rows spread over 600 instansi and 40 units each, scores from a hash (as bench_ninebox).
_CSV_SQL = """
copy (
    with s as (select i, i % 9000 as b, i // 9000 as r from range($n) t(i))
    select
        strftime(date '1966-01-01' + b::int, '%Y%m%d') || (year(date '1966-01-01' + b::int) + 22)::varchar
            || lpad((r % 12 + 1)::varchar, 2, '0') || (1 + (r // 12) % 2)::varchar
            || lpad((r // 24)::varchar, 3, '0') as "NIP",
        'Pegawai ' || i as "Nama", 'Instansi ' || (i % 600) as "Instansi", 'Unit ' || (hash(i) % 40) as "Unit Kerja",
        'Analis' as "Jabatan", (['Pelaksana', 'Fungsional', 'Pengawas', 'Administrator'])[(1 + hash(i) % 4)::bigint] as "Jenis Jabatan",
        2025 as "Periode", round(40 + (hash(i) % 600) / 10, 1) as "Nilai Kinerja",
        round(40 + (hash(i + 7) % 600) / 10, 1) as "Kompetensi", round(40 + (hash(i + 3) % 600) / 10, 1) as "Integritas"
    from s
) to '{out}' (header, delimiter ';')
"""


def write_csv(path: Path, n: int) -> None:
    """n valid rows with unique 18-digit NIPs (unique up to 216 M rows)."""
    duckdb.connect().execute(_CSV_SQL.replace("{out}", str(path)), {"n": n})


def import_time(csv: Path, target: Path) -> float:
    con = db.connect(target)
    start = time.perf_counter()
    v = ingest.validate(csv.read_bytes(), csv.name, con)
    if v.error_rows or v.fatal:
        raise SystemExit(ingest.problem_messages(v, limit=3))
    ingest.load(con, v)
    elapsed = time.perf_counter() - start
    con.execute("checkpoint")
    con.close()
    return elapsed


def ninebox_ms(path: Path) -> tuple[float, float]:
    """(median ms of ninebox.box_counts, pandas/duckdb ratio) on everyone of period 2025."""
    import bench_ninebox as bn

    con = db.connect(path)
    weights, th = nb.preset_weights(con), nb.default_thresholds(con)
    filters = nb.Filters(period=2025)
    nb.box_counts(con, rules=nb.Rules(weights, th), filters=filters)  # warm (loads the period)
    runs = []
    for i in range(1, 6):  # new weights on both axes every call: no score comes from the cache
        w = nb.Weights(
            kinerja={**weights.kinerja, "kinerja_utama": weights.kinerja["kinerja_utama"] + i},
            potensial={**weights.potensial, "kompetensi": weights.potensial["kompetensi"] + i},
        )
        start = time.perf_counter()
        nb.box_counts(con, rules=nb.Rules(w, th), filters=filters)
        runs.append((time.perf_counter() - start) * 1000)
    frame, ref = bn.reference_inputs(con)
    start = time.perf_counter()
    bn.pandas_counts(frame, weights, th, ref)
    pandas_ms = (time.perf_counter() - start) * 1000
    con.close()
    duck = statistics.median(runs)
    return duck, pandas_ms / duck


def whatif_ms(path: Path) -> tuple[float, float]:
    """(median ms of whatif.transitions for integritas 15 -> 25 points, pandas/ours ratio), period 2025."""
    import bench_ninebox as bn
    import bench_whatif as bw

    from analytics.core.filters import Filters
    from analytics.whatif import engine as whatif

    con = db.connect(path)
    base, th = nb.preset_weights(con), nb.default_thresholds(con)
    scn = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 25.0})

    def run(step: int) -> whatif.Result:  # the slider one point further: a new potensial axis
        moved = nb.Weights(kinerja=scn.kinerja, potensial={**scn.potensial, "integritas": 25.0 + step})
        return whatif.transitions(
            con, baseline=nb.Rules(base, th), scenario=nb.Rules(moved, th),
            filters=Filters(period=2025), movers_limit=20_000,
        )  # fmt: skip

    run(0)  # warm (loads the period into memory once)
    runs = []
    for step in range(1, 6):
        start = time.perf_counter()
        run(step)
        runs.append((time.perf_counter() - start) * 1000)
    frame, ref = bn.reference_inputs(con)
    start = time.perf_counter()
    bw.pandas_transitions(frame, base, scn, th, ref)
    pandas_ms = (time.perf_counter() - start) * 1000
    con.close()
    ours = statistics.median(runs)
    return ours, pandas_ms / ours


def page_rerun_s(path: Path) -> tuple[float, float, int]:
    """(seconds of the first run and of a rerun of the nine-box page in AppTest, bytes of its figures' JSON)."""
    from streamlit.testing.v1 import AppTest

    os.environ["TALENTA_DB"] = str(path)
    os.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    at.switch_page("app_pages/ninebox.py")
    at.session_state["f_period"] = 2025
    start = time.perf_counter()
    at.run()  # first run on the page: fills the caches
    cold = time.perf_counter() - start
    start = time.perf_counter()
    at.run()  # a rerun (a widget change that keeps the cached queries)
    elapsed = time.perf_counter() - start
    if at.exception:
        raise SystemExit(str(at.exception))
    payload = sum(len(c.proto.spec) for c in at.get("plotly_chart"))
    return cold, elapsed, payload


def serve_rss(path: Path) -> None:
    """Start `streamlit run` on ``path``, open the nine-box page in Chromium, print the server's RSS."""
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env={**os.environ, "TALENTA_DB": str(path)}, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                args=["--no-sandbox", "--disable-gpu"],
            )
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            for target in (url, f"{url}/ninebox", f"{url}/whatif"):
                start = time.perf_counter()
                page.goto(target)
                page.wait_for_selector(
                    "[data-testid='stApp'][data-test-script-state='notRunning'] [data-testid='stHeading']",
                    timeout=600_000,
                )
                page.wait_for_function(
                    "() => !document.querySelector(\"[data-testid='stSkeleton']\")", timeout=600_000
                )
                print(
                    f"{target}: {time.perf_counter() - start:.1f} s, server RSS {_rss_mb(proc.pid):,.0f} MB"
                )
            browser.close()
        print(f"server peak RSS (VmHWM): {_hwm_mb(proc.pid):,.0f} MB  (target < 4,096 MB)")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _status_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb(pid: int) -> float:
    return _status_mb(pid, "VmRSS")


def _hwm_mb(pid: int) -> float:
    return _status_mb(pid, "VmHWM")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=6_500_000, help="largest size (default: national, 6.5 M)")
    parser.add_argument("--serve", default=None, help="measure the app's RSS serving this database file")
    args = parser.parse_args()
    if args.serve:
        serve_rss(Path(args.serve))
        return 0
    print(
        f"{'employees':>10} {'import s':>9} {'box_counts ms':>14} {'pandas x':>9} {'what-if ms':>11} {'pandas x':>9}"
        f" {'page 1st s':>10} {'rerun s':>9} {'figure KB':>10}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (s for s in SIZES if s <= args.max):
            csv, target = Path(tmp) / f"p{n}.csv", Path(tmp) / f"p{n}.duckdb"
            write_csv(csv, n)
            t_import = import_time(csv, target)
            csv.unlink()
            ms, ratio = ninebox_ms(target)
            wi_ms, wi_ratio = whatif_ms(target)
            cold, rerun, payload = page_rerun_s(target)
            print(
                f"{n:>10,} {t_import:>9.1f} {ms:>14.1f} {ratio:>9.1f} {wi_ms:>11.1f} {wi_ratio:>9.1f}"
                f" {cold:>10.2f} {rerun:>9.2f} {payload / 1024:>10.0f}",
                flush=True,
            )
            target.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
