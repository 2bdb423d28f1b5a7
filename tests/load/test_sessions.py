"""Load: 20 simultaneous sessions walk every page of ui/navigation.py against `streamlit run` on
loopback for 60 s; zero errors, p95 page time printed.

Journey 3 of USERS.md: a trainer's participants open the app at once. The sessions are
tests/load/sessions.py's (Streamlit's own websocket protocol, no Chromium tabs; bench/bench_cluster.py
drives the same crowd against 1 and 2 processes behind the balancer). The browser path itself is
covered by tests/e2e. Run alone with `pytest tests/load -s` to read the figures.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics.core import db
from analytics.demo import employees as demo
from tests.load.sessions import DURATION_S, SESSIONS, walk

ROOT = Path(__file__).resolve().parents[2]

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
    result = walk(server, SESSIONS, DURATION_S)
    assert result.times, result.errors
    print(f"\n{result.summary()}")
    assert not result.errors, result.errors[:5]
    assert result.seen == set(result.pages)  # every page of the registry was served under load
