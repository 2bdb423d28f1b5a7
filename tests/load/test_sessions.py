"""Load: 20 simultaneous sessions walk every page of ui/navigation.py against `streamlit run` on
loopback for 60 s; zero errors, p95 page time printed.

Journey 3 of USERS.md: a trainer's participants open the app at once. Each session is a websocket
client speaking Streamlit's own protocol (the BackMsg/ForwardMsg protobufs the browser sends), so the
server does exactly the work 20 browsers cause — sessions, script runs, every element of every page —
while the 2 cores are not also spent rendering 20 Chromium tabs (participants' laptops do that).
A page counts as served when its script run finishes; an exception element, a page-not-found or a
timeout is an error. The browser path itself is covered by tests/e2e. Run alone with
`pytest tests/load -s` to read the figures.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics.core import db
from analytics.demo import employees as demo
from ui.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "20"))
DURATION_S = float(os.environ.get("LOAD_SECONDS", "60"))
PAGE_TIMEOUT_MS = 120_000

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


async def _session(
    base: str,
    pages: list[str],
    stop_at: float,
    times: list[float],
    errors: list[str],
    seen: set[str],
    offset: int,
) -> None:
    """One user: a websocket session that opens the pages in turn (as clicks in the sidebar do)."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    url = base.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(url, max_size=None, subprotocols=["streamlit"]) as ws:  # type: ignore[list-item]
        step = offset
        while time.monotonic() < stop_at or step == offset:
            page = pages[step % len(pages)]
            step += 1
            msg = BackMsg()
            msg.rerun_script.query_string = ""
            msg.rerun_script.page_name = page
            start = time.monotonic()
            await ws.send(msg.SerializeToString())
            while True:
                try:
                    raw = await asyncio.wait_for(ws.recv(), PAGE_TIMEOUT_MS / 1000)
                except TimeoutError:
                    errors.append(f"{page}: no answer after {PAGE_TIMEOUT_MS / 1000:.0f} s")
                    return
                fm = ForwardMsg()
                fm.ParseFromString(raw)
                kind = fm.WhichOneof("type")
                if kind == "page_not_found":
                    errors.append(f"{page}: page not found")
                elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                    if fm.delta.new_element.WhichOneof("type") == "exception":
                        errors.append(f"{page}: exception {fm.delta.new_element.exception.message[:200]}")
                elif kind == "script_finished":
                    times.append(time.monotonic() - start)
                    seen.add(page)
                    break


def test_twenty_sessions_walk_every_page_without_errors(server: str) -> None:
    pages = ["" if i == 0 else p.url for i, p in enumerate(PAGES)]  # the default page has no path
    times: list[float] = []
    errors: list[str] = []
    seen: set[str] = set()

    async def crowd() -> None:
        stop_at = time.monotonic() + DURATION_S
        # the sessions start together and spread over the pages
        await asyncio.gather(
            *(_session(server, pages, stop_at, times, errors, seen, i) for i in range(SESSIONS))
        )

    started = time.monotonic()
    # in its own thread: Playwright's sync API (other e2e tests) may leave an event loop on this one
    failure: list[BaseException] = []

    def drive() -> None:
        try:
            asyncio.run(asyncio.wait_for(crowd(), DURATION_S + 3 * PAGE_TIMEOUT_MS / 1000))
        except BaseException as exc:  # re-raised in the test thread below
            failure.append(exc)

    worker = threading.Thread(target=drive)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    wall = time.monotonic() - started
    assert times, errors
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    print(
        f"\n{SESSIONS} sessions, {wall:.0f} s, {len(times)} page runs over {len(pages)} pages: "
        f"median {statistics.median(times):.2f} s, p95 {p95:.2f} s, max {max(times):.2f} s, errors {len(errors)}"
    )
    assert not errors, errors[:5]
    assert seen == set(pages)  # every page of the registry was served under load
