"""Load: 20 simultaneous browser sessions (one Chromium, 20 contexts) walk every page of
ui/navigation.py against `streamlit run` on loopback for 60 s; zero errors, p95 page time printed.

Journey 3 of USERS.md: a trainer's 40 participants open the app at once. Run alone with
`pytest tests/load -s` to read the figures.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics import db, demo
from ui.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "20"))
DURATION_S = float(os.environ.get("LOAD_SECONDS", "60"))
PAGE_TIMEOUT_MS = 90_000

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run app.py` over a prebuilt demo database (1,500 employees per period)."""
    tmp = tmp_path_factory.mktemp("load")
    path = tmp / "talenta.duckdb"
    con = db.connect(path)
    demo.build_demo(con, employees=1500)
    con.execute("checkpoint")
    con.close()
    port = _free_port()
    log = (tmp / "streamlit.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "TALENTA_DB": str(path)}, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail((tmp / "streamlit.log").read_text(errors="replace")[-3000:])
        time.sleep(0.25)
    try:
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_twenty_sessions_walk_every_page_without_errors(server: str) -> None:
    from playwright.sync_api import sync_playwright

    urls = [f"{server}/{p.url}" if i else server for i, p in enumerate(PAGES)]
    times: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + DURATION_S

    done_js = """() => {
        const app = document.querySelector("[data-testid='stApp']");
        return !!app && app.getAttribute('data-test-connection-state') === 'CONNECTED'
            && app.getAttribute('data-test-script-state') === 'notRunning'
            && !document.querySelector("[data-testid='stSkeleton']")
            && !!document.querySelector("[data-testid='stMain'] [data-testid='stHeading']");
    }"""
    exception_js = "() => document.querySelectorAll(\"[data-testid='stException']\").length"

    # Playwright's sync API drives every page from this one thread: each round starts a navigation on
    # all 20 pages, then polls them until each has finished its script run (the 20 sessions overlap on
    # the server exactly as 20 users' do); a page's time is from its navigation to its finished run.
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-timer-throttling",
                  "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
        )  # fmt: skip
        pages = [
            browser.new_context(viewport={"width": 1280, "height": 900}).new_page() for _ in range(SESSIONS)
        ]
        step = 0
        visits = 0
        round_s: list[float] = []
        seen: set[str] = set()
        # a new round only when it can finish within the 60 s (rounds take as long as the slowest page)
        while time.monotonic() + (max(round_s) if round_s else 0) < stop_at or not round_s:
            round_start = time.monotonic()
            pending = {}
            for i, page in enumerate(pages):
                url = urls[(i + step) % len(urls)]  # the sessions spread over the pages
                try:
                    page.goto(url, wait_until="commit", timeout=PAGE_TIMEOUT_MS)
                    pending[i] = (page, url, time.monotonic())
                except Exception as exc:  # a failed load, reported below
                    errors.append(f"{url}: goto {type(exc).__name__}: {str(exc)[:200]}")
            while pending:
                for i, (page, url, start) in list(pending.items()):
                    try:
                        finished = page.evaluate(done_js)
                    except Exception:  # the document is still being replaced
                        finished = False
                    elapsed = time.monotonic() - start
                    if finished:
                        del pending[i]
                        times.append(elapsed)
                        visits += 1
                        seen.add(url)
                        if page.evaluate(exception_js):
                            text = page.locator("[data-testid='stException']").first.inner_text()
                            errors.append(f"{url}: exception {text[:300]}")
                    elif elapsed > PAGE_TIMEOUT_MS / 1000:
                        del pending[i]
                        errors.append(f"{url}: not loaded after {elapsed:.0f} s")
                time.sleep(0.05)
            step += 1
            round_s.append(time.monotonic() - round_start)
        browser.close()
    assert times, errors
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    print(
        f"\n{SESSIONS} sessions, {DURATION_S:.0f} s, {visits} page loads over {len(urls)} pages: "
        f"median {statistics.median(times):.2f} s, p95 {p95:.2f} s, max {max(times):.2f} s, "
        f"rounds {len(round_s)} ({', '.join(f'{r:.0f}' for r in round_s)} s), errors {len(errors)}"
    )
    assert not errors, errors[:5]
    assert seen == set(urls)  # every page of the registry was served under load
