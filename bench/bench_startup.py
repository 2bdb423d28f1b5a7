"""Benchmark: app cold start to the first rendered page (target <= 5 s on the demo).

Starts a fresh server as `make run` does (``python -m ui.start``: ``streamlit run app.py`` with the
head start of ui/start.py) and measures, in headless Chromium, the time from
process start until Beranda shows its figures. Two cases: the demo database already built (the
usual start) and no database at all (first start: the demo is built on the way).

    python bench/bench_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from analytics.core import db  # noqa: E402
from analytics.demo import employees as demo  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]


HEALTHY: list[float] = []  # seconds until the server answered /_stcore/health, per start


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cold_start(db_file: Path, *, plain: bool = False) -> float:
    """Seconds from the server's process start to Beranda's first metric on screen (browser already
    open); ``plain``: started as `streamlit run app.py` instead of as `make run` starts it."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        try:
            return _timed_start(db_file, page, plain=plain)
        finally:
            browser.close()


def start_server(
    db_file: Path, store_env: dict[str, str] | None = None, *, plain: bool = False
) -> tuple[subprocess.Popen[bytes], str]:
    """A fresh server on ``db_file`` (or on the store ``store_env`` names, e.g. a lake's TALENTA_STORE
    and TALENTA_LAKE_DATA), returned once /_stcore/health answers ok: started as `make run` starts it
    (``python -m ui.start``), or with ``plain`` as ``streamlit run app.py`` (no head start)."""
    port = _port()
    env = {**os.environ, "TALENTA_DB": str(db_file), **(store_env or {})}
    start = ["streamlit", "run", "app.py"] if plain else ["ui.start"]
    proc = subprocess.Popen(
        [sys.executable, "-m", *start, "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.05)


def _timed_start(db_file: Path, page: Page, *, plain: bool = False) -> float:
    t0 = time.perf_counter()
    proc, url = start_server(db_file, plain=plain)
    try:
        HEALTHY.append(time.perf_counter() - t0)
        page.goto(url)
        page.locator("[data-testid='stMetricValue']").first.wait_for(timeout=120_000)
        return time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "demo.duckdb"
        con = db.connect(built)
        demo.build_demo(con)
        con.close()
        warm = [cold_start(built) for _ in range(args.runs)]
        fresh = cold_start(Path(tmp) / "absent.duckdb")
    print(f"cold start, demo database present: median {statistics.median(warm):.2f} s "
          f"(runs: {', '.join(f'{x:.2f}' for x in warm)})   target <= 5 s")  # fmt: skip
    print(f"first start, demo built on the way:        {fresh:.2f} s")
    print(f"of which server up (health ok):            median {statistics.median(HEALTHY):.2f} s")


if __name__ == "__main__":
    main()
