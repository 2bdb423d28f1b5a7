"""Simulated browser sessions over Streamlit's own protocol: the load test (tests/load/test_sessions.py)
and the cluster bench (bench/bench_cluster.py) drive the same crowd.

Each session is a websocket client speaking Streamlit's own protocol (the BackMsg/ForwardMsg protobufs
the browser sends), so the server does exactly the work that many browsers cause — sessions, script
runs, every element of every page — while the 2 cores are not also spent rendering Chromium tabs.
A page counts as served when its script run finishes; an exception element, a page-not-found or a
timeout is an error.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import threading
import time
from dataclasses import dataclass, field

from ui.navigation import PAGES

SESSIONS = int(os.environ.get("LOAD_SESSIONS", "20"))
DURATION_S = float(os.environ.get("LOAD_SECONDS", "60"))
PAGE_TIMEOUT_MS = 120_000


def page_paths() -> list[str]:
    """Every page of ui/navigation.py as a session asks for it (the default page has no path)."""
    return ["" if i == 0 else p.url for i, p in enumerate(PAGES)]


@dataclass
class Walk:
    """What a crowd saw: each page run's seconds, the errors, the pages served, the wall time."""

    sessions: int
    pages: list[str]
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    wall: float = 0.0
    by_page: dict[str, list[float]] = field(default_factory=dict)

    @property
    def p50(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.times, n=20)[-1] if len(self.times) >= 20 else max(self.times)

    def slowest(self, n: int = 3) -> list[tuple[str, float, int]]:
        """The ``n`` pages with the longest runs: (page, its slowest run in seconds, its runs)."""
        worst = sorted(self.by_page.items(), key=lambda kv: -max(kv[1]))[:n]
        return [(page or "(home)", max(times), len(times)) for page, times in worst]

    def summary(self) -> str:
        """One line: sessions, wall time, page runs, median, p95, max and errors."""
        return (
            f"{self.sessions} sessions, {self.wall:.0f} s, {len(self.times)} page runs over {len(self.pages)} pages: "
            f"median {self.p50:.2f} s, p95 {self.p95:.2f} s, max {max(self.times):.2f} s, errors {len(self.errors)}"
        )


async def _session(base: str, stop_at: float, out: Walk, offset: int) -> None:
    """One user: a websocket session that opens the pages in turn (as clicks in the sidebar do)."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    pages = out.pages
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
                    out.errors.append(f"{page}: no answer after {PAGE_TIMEOUT_MS / 1000:.0f} s")
                    return
                fm = ForwardMsg()
                fm.ParseFromString(raw)
                kind = fm.WhichOneof("type")
                if kind == "page_not_found":
                    out.errors.append(f"{page}: page not found")
                elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                    if fm.delta.new_element.WhichOneof("type") == "exception":
                        out.errors.append(f"{page}: exception {fm.delta.new_element.exception.message[:200]}")
                elif kind == "script_finished":
                    out.times.append(time.monotonic() - start)
                    out.by_page.setdefault(page, []).append(out.times[-1])
                    out.seen.add(page)
                    break


def walk(base: str, sessions: int = SESSIONS, duration: float = DURATION_S) -> Walk:
    """``sessions`` simultaneous sessions against the server at ``base`` for ``duration`` seconds: they
    start together, spread over the pages (session i opens page i first) and each finishes the page it
    is on when the time is up (with ``duration`` 0, every session opens one page)."""
    result = Walk(sessions=sessions, pages=page_paths())

    async def crowd() -> None:
        stop_at = time.monotonic() + duration
        await asyncio.gather(*(_session(base, stop_at, result, i) for i in range(sessions)))

    started = time.monotonic()
    # in its own thread: Playwright's sync API (other e2e tests) may leave an event loop on this one
    failure: list[BaseException] = []

    def drive() -> None:
        try:
            asyncio.run(asyncio.wait_for(crowd(), duration + 3 * PAGE_TIMEOUT_MS / 1000))
        except BaseException as exc:  # re-raised in the caller's thread below
            failure.append(exc)

    worker = threading.Thread(target=drive)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    result.wall = time.monotonic() - started
    return result
