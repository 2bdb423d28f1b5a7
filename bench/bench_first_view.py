"""Benchmark: the first view at national scale (issue 18), cold, in headless Chromium.

Builds the national demo (or reuses ``--db``), starts a fresh server on it as `make run` does
(``python -m ui.start``: ``streamlit run app.py`` with the head start of ui/start.py) and
times, from process start: the server answering, Beranda's first figures (it has no chart), then (same session, each a
page's first visit) the nine-box page's first chart and the what-if page's first chart. Also prints
the demo build's time and peak memory when it builds one, and the server's peak memory.

    python bench/bench_first_view.py --employees 6500000 --db /tmp/national.duckdb   # build, then time
    python bench/bench_first_view.py --db /tmp/national.duckdb --reuse                # time only
    python bench/bench_first_view.py --employees 100000                              # province scale
    python bench/bench_first_view.py --db /tmp/national.duckdb --reuse --all-pages    # + every page
    python bench/bench_first_view.py --db /tmp/national.duckdb --reuse --cold-runs 6  # + Beranda x 6 x 2

With ``--all-pages`` it then starts a second fresh server, opens Beranda, waits until the script is
idle and clicks every page in the sidebar in turn, timing each click until the page's first chart or
table is drawn and its script is idle (each page's first visit as a user meets it).

With ``--cold-runs N`` it then times Beranda's cold start alone N times each way, alternating: the
server as `make run` starts it and plain ``streamlit run app.py``, each a fresh process with the
browser already open, 8 s apart (the machine settles; a start right after the last one's end is slower).

Targets (issue 18): cold start to the first chart <= 3 s, each page's first view <= 2 s after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_startup import CHROMIUM_ARGS, cold_start, start_server  # noqa: E402 - one way to start the server cold

IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def build(path: Path, employees: int) -> tuple[float, float]:
    """The national demo into ``path`` through the CLI: seconds and the build's peak RSS in MB."""
    path.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "analytics", "demo", "--employees", str(employees), "--db", str(path)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - t0, max(peak, before) / 1024


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_views(db_file: Path, store_env: dict[str, str] | None = None) -> dict[str, float]:
    """Seconds from process start to each page's first chart; the server's peak RSS in MB. With
    ``store_env`` (bench_startup.start_server) the server serves that store instead of ``db_file``."""
    out: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        t0 = time.perf_counter()
        proc, url = start_server(db_file, store_env)
        try:
            out["server up"] = time.perf_counter() - t0
            page.goto(url)  # Beranda draws figures (metrics and tables), no chart
            page.locator("[data-testid='stMetricValue']").first.wait_for(timeout=300_000)
            out["Beranda first figures"] = time.perf_counter() - t0
            page.locator(IDLE).wait_for(timeout=300_000)
            # the nine-box page's first chart is the plotly matrix; the what-if page opens on its
            # transition matrix (an HTML table)
            for name, path, first in (
                ("nine-box", "ninebox", "[data-testid='stPlotlyChart']"),
                ("what-if", "whatif", "table.wi-matrix"),
            ):
                start = time.perf_counter()
                page.goto(f"{url}/{path}")
                chart = page.locator(first).first
                try:
                    chart.wait_for(state="attached", timeout=60_000)
                except Exception:
                    page.screenshot(path="/tmp/bench_fail.png", full_page=True)
                    raise
                chart.scroll_into_view_if_needed()  # a chart below the fold is drawn when it comes into view
                if "Plotly" in first:
                    chart.locator(".main-svg").first.wait_for(timeout=300_000)
                else:
                    chart.wait_for(timeout=300_000)
                out[f"{name} first view"] = time.perf_counter() - start
                page.locator(IDLE).wait_for(timeout=300_000)
            out["server peak MB"] = _hwm_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            browser.close()
    return out


CONTENT = (
    "[data-testid='stPlotlyChart'] .main-svg, [data-testid='stDataFrame'] canvas, "
    "[data-testid='stTable'] table, table.wi-matrix, [data-testid='stVegaLiteChart'] canvas, "
    "[data-testid='stFileUploader']"  # the Data page opens on its upload form
)


def sidebar_views(
    db_file: Path, store_env: dict[str, str] | None = None, *, pause: float = 0.0
) -> dict[str, float]:
    """A fresh server; Beranda, then each page by a click in the sidebar: seconds from the click until
    the page's first chart or table (the Data page: its upload form) is drawn and its script is idle
    (``inf`` if none came in 120 s). ``pause``: seconds on Beranda before the first click (a reader's
    glance; 0 = at once, as the figures before session 10 were taken)."""
    out: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        proc, url = start_server(db_file, store_env)
        try:
            page.goto(url)
            page.locator("[data-testid='stMetricValue']").first.wait_for(timeout=300_000)
            page.locator(IDLE).wait_for(timeout=300_000)
            time.sleep(pause)
            links = page.locator("[data-testid=stSidebarNav] a")
            names = [
                links.nth(i).inner_text().strip().splitlines()[-1] for i in range(links.count())
            ]  # not the icon
            hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
            for i, (name, href) in enumerate(zip(names, hrefs, strict=True)):
                if i == 0:
                    continue  # Beranda, already open
                start = time.perf_counter()
                links.nth(i).click()
                page.wait_for_url(lambda u, h=href: u.rstrip("/").endswith(h.rstrip("/").split("/")[-1]))
                try:
                    page.locator(CONTENT).first.wait_for(timeout=120_000)
                    page.locator(IDLE).wait_for(timeout=120_000)
                    out[name] = time.perf_counter() - start
                except Exception:
                    out[name] = float("inf")
                    page.screenshot(path=f"/tmp/bench_page_{i}.png", full_page=True)
                page.locator(IDLE).wait_for(timeout=300_000)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=6_500_000, help="employees per period (national)")
    parser.add_argument("--db", default=None, help="database file (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db, do not build")
    parser.add_argument(
        "--all-pages", action="store_true", help="then every page's first view by sidebar clicks"
    )
    parser.add_argument(
        "--pause", type=float, default=0.0, help="--all-pages: seconds on Beranda before the first click"
    )
    parser.add_argument(
        "--cold-runs",
        type=int,
        default=0,
        help="then Beranda's cold start N times each way (launcher, plain)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "national.duckdb"
        if not (args.reuse and path.exists()):
            seconds, peak = build(path, args.employees)
            print(
                f"demo built: {args.employees:,} employees x 2 periods in {seconds:.1f} s, peak {peak:,.0f} MB"
            )
        load = os.getloadavg()[0]
        views = first_views(path)
        pages = sidebar_views(path, pause=args.pause) if args.all_pages else {}
        cold: dict[str, list[float]] = {"make run (ui.start)": [], "streamlit run app.py": []}
        loads = []
        for _ in range(args.cold_runs):
            for name, plain in (("make run (ui.start)", False), ("streamlit run app.py", True)):
                time.sleep(8)
                loads.append(os.getloadavg()[0])
                cold[name].append(cold_start(path, plain=plain))
        load_after = os.getloadavg()[0]
    print(f"load average before timing: {load:.2f}")
    for name, value in views.items():
        unit = "MB" if name.endswith("MB") else "s"
        print(f"{name:<22} {value:8.2f} {unit}")
    if args.all_pages:
        print(
            f"every page's first view, by a sidebar click after Beranda (fresh server; pause {args.pause:.1f} s):"
        )
        for name, value in pages.items():
            print(f"  {name:<32} {value:8.2f} s")
    if args.cold_runs:
        print(
            f"Beranda's first figure, cold, {args.cold_runs} alternating starts each (load {min(loads):.2f}-{max(loads):.2f}):"
        )
        for name, values in cold.items():
            runs = " / ".join(f"{v:.2f}" for v in values)
            print(f"  {name:<22} median {statistics.median(values):5.2f} s   ({runs})")
    if args.all_pages or args.cold_runs:
        print(f"load average after timing: {load_after:.2f}")


if __name__ == "__main__":
    main()
