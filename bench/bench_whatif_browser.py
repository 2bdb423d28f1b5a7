"""Benchmark: the what-if page in the browser, a weight slider change to the redrawn page.

Target: <= 1.0 s at national scale, <= 0.4 s at 100,000 employees.

    .venv/bin/python bench/bench_whatif_browser.py --employees 100000
    .venv/bin/python bench/bench_whatif_browser.py --employees 6500000 --db /tmp/wi65.duckdb  # kept for reuse
    .venv/bin/python bench/bench_whatif_browser.py --db /tmp/big.duckdb     # an existing demo database

The database: with ``--db PATH`` an existing file is used, else ``python -m analytics demo --employees N
--db PATH`` builds it there (and it stays for the next run); without ``--db`` the demo is built in a
temporary folder. The app gets a copy in a temporary folder (opening it may write: the reference tables,
the derived ``employee_scores`` table), so the file named is never changed.

Then ``streamlit run app.py`` against the copy (``TALENTA_DB``), headless Chromium opens Beranda (a fresh
server learns its pages from the router's first run), then the what-if page (``/whatif``) and waits
until it has rendered. Each move focuses the integrity weight slider's thumb and presses ArrowRight
once (a new value each time, so nothing comes from the caches) and measures, in the page's own clock
(``performance.now()``), from the keydown until the script state is back to ``notRunning`` after a run
AND the headline or a chart has changed, and the charts have stopped changing (the end is the last of
these, taken after ``--quiet`` ms without a chart mutation). Printed per move: the total, the part until
the run was over (slider debounce + websocket + the server's script run) and the render after it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]
SLIDER_LABEL = "Integritas dan Moralitas"  # the integritas weight (Bahasa Indonesia, the default)
CHARTS = (  # the tabs' results: the matrix, the nine-box grid and its points, the flows and the Sankey
    ".st-key-wi_matrix", ".st-key-wi_ninebox", ".st-key-wi_ninebox_points", ".st-key-wi_flows",
    ".st-key-wi_sankey", ".st-key-wi_sens",
)  # fmt: skip
PAGE_TIMEOUT_MS = 900_000  # the first what-if run over 6.5 M builds the scoring table and the caches

# Records, in the page, when a key went down, when the script state went running -> notRunning after
# it, when the headline (the h3 that names the movers) changed and the last mutation inside a chart's
# results (a plotly chart or the matrix table). Installed once; ``arm`` resets it before each move.
OBSERVER = """
(charts) => {
  const app = document.querySelector("[data-testid='stApp']");
  const headline = () => {  // textContent, not innerText: reading it must not force a layout
    for (const h of document.querySelectorAll("h3")) {
      if (/berpindah kotak|change box/.test(h.textContent)) return h.textContent;
    }
    return null;
  };
  const w = window.__wi = {press: null, running: null, done: null, headlineAt: null, chartAt: null,
                           before: null, after: null};
  window.__wiArm = () => {
    Object.assign(w, {press: null, running: null, done: null, headlineAt: null, chartAt: null,
                      before: headline(), after: null});
  };
  document.addEventListener("keydown", () => { if (w.press === null) w.press = performance.now(); }, true);
  new MutationObserver(() => {
    if (w.press === null) return;
    const s = app.getAttribute("data-test-script-state");
    const t = performance.now();
    if (s === "running" && w.running === null) w.running = t;
    if (s === "notRunning" && w.running !== null && w.done === null) w.done = t;
  }).observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
  new MutationObserver((records) => {
    if (w.press === null) return;
    const t = performance.now();
    if (w.headlineAt === null) {
      const h = headline();
      if (h !== null && h !== w.before) { w.headlineAt = t; w.after = h; }
    }
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el && charts.some((c) => el.closest(c))) { w.chartAt = t; break; }
    }
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def employees_per_period(path: Path) -> dict[int, int]:
    """Employees per period of a demo database (opened read-only: also checks it is one)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("select period, count(*) from employees group by 1 order by 1").fetchall()
    finally:
        con.close()
    return {int(p): int(n) for p, n in rows}


def build_demo(path: Path, employees: int) -> float:
    """``python -m analytics demo --employees N --db PATH``; returns the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "analytics", "demo", "--employees", str(employees), "--db", str(path)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started


def wait_for_app(page: Page, timeout: float = PAGE_TIMEOUT_MS) -> None:
    """As tests/e2e/conftest.py: connected, the run over, no skeleton left, no exception shown."""
    for state in ("data-test-connection-state='CONNECTED'", "data-test-script-state='notRunning'"):
        page.wait_for_selector(f"[data-testid='stApp'][{state}]", state="attached", timeout=timeout)
    page.get_by_test_id("stSkeleton").first.wait_for(state="detached", timeout=timeout)
    if page.locator("[data-testid='stException']").count():
        raise RuntimeError(page.locator("[data-testid='stException']").first.inner_text())


def one_move(page: Page, key: str, quiet_ms: float, timeout_s: float) -> dict[str, float | str | None]:
    """Press ``key`` on the focused slider; the page's timings of that change (ms from the keydown)."""
    page.evaluate("window.__wiArm()")
    page.keyboard.press(key)
    deadline = time.monotonic() + timeout_s
    while True:
        w = page.evaluate("({...window.__wi, now: performance.now()})")
        changed = [t for t in (w["headlineAt"], w["chartAt"]) if t is not None]
        if w["done"] is not None and changed and w["now"] - max(w["done"], *changed) >= quiet_ms:
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"no finished run with a visible change within {timeout_s:.0f} s: {w}")
        time.sleep(0.02)
    end = max(w["done"], *changed)
    press = w["press"]
    return {
        "total": end - press,
        "run_over": w["done"] - press,
        "running_at": (w["running"] - press) if w["running"] is not None else None,
        "render_after": end - w["done"],
        "headline": w["after"],
    }


def measure(
    db_file: Path, moves: int, quiet_ms: float, view: str = "matrix"
) -> tuple[float, list[dict[str, float | str | None]]]:
    """Serve ``db_file``, open the what-if page; (seconds to the first what-if page, the moves)."""
    port = _port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "TALENTA_DB": str(db_file), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 2000})
            try:
                page.goto(url)
                wait_for_app(page)
                started = time.perf_counter()
                page.goto(f"{url}/whatif" + ("" if view == "matrix" else f"?view={view}"))
                wait_for_app(page)
                if view == "matrix":
                    page.locator(".st-key-wi_matrix table").first.wait_for(timeout=PAGE_TIMEOUT_MS)
                first_page = time.perf_counter() - started
                page.evaluate(OBSERVER, list(CHARTS))
                slider = page.locator("[data-testid='stSlider']").filter(has_text=SLIDER_LABEL)
                thumb = slider.get_by_role("slider")
                results = []
                for i in range(moves):
                    thumb.focus()
                    key = "ArrowRight" if int(thumb.input_value()) < 100 else "ArrowLeft"
                    r = one_move(page, key, quiet_ms, timeout_s=PAGE_TIMEOUT_MS / 1000)
                    r["value"] = thumb.input_value()
                    results.append(r)
                    print(
                        f"  move {i + 1}: integritas -> {r['value']}: {r['total']:.0f} ms "
                        f"(run over after {r['run_over']:.0f} ms, of which the run started after "
                        f"{r['running_at']:.0f} ms; render after the run {r['render_after']:.0f} ms)  "
                        f"{r['headline']}",
                        flush=True,
                    )
                    time.sleep(0.5)
            finally:
                browser.close()
        return first_page, results
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--employees", type=int, default=100_000, help="per period, for a demo built here")
    parser.add_argument("--db", type=Path, help="an existing demo database (or where to build and keep one)")
    parser.add_argument("--moves", type=int, default=7, help="slider moves measured")
    parser.add_argument(
        "--view", default="matrix", help="the results tab open (ui/whatif.py VIEWS; the default is the first)"
    )
    parser.add_argument("--quiet", type=float, default=300, help="ms without chart changes that end a move")
    args = parser.parse_args()
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-whatif-browser-") as tmp:
        source = args.db or Path(tmp) / "demo.duckdb"
        if not source.exists():
            took = build_demo(source, args.employees)
            print(f"built the demo ({args.employees:,} employees per period) in {took:.1f} s: {source}")
        counts = employees_per_period(source)
        if not counts:
            print(f"{source} holds no employees", file=sys.stderr)
            return 1
        copy = Path(tmp) / "app.duckdb"
        shutil.copyfile(source, copy)
        latest = max(counts)
        print(f"database {source}: employees per period {counts}; the page shows {latest}")
        first_page, results = measure(copy, args.moves, args.quiet, args.view)
    totals = [float(r["total"]) for r in results]  # type: ignore[arg-type]
    runs = [float(r["run_over"]) for r in results]  # type: ignore[arg-type]
    renders = [float(r["render_after"]) for r in results]  # type: ignore[arg-type]
    print(f"what-if page first shown after {first_page:.1f} s")
    print(
        f"slider change -> redrawn page, {counts[latest]:,} employees: median {statistics.median(totals):.0f} ms "
        f"(min {min(totals):.0f}, max {max(totals):.0f}; run over after median {statistics.median(runs):.0f} ms, "
        f"render after it {statistics.median(renders):.0f} ms)   target <= 1000 ms (<= 400 ms at 100k)"
    )
    print(f"load average at start {load_start}, at end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
