"""The server's head start (ui/start.py, what `make run` starts): the default store is opened and its
nine-box arrays warmed when the server starts, before any browser asks (issue 18: "prepare the
in-memory arrays when the server starts"); `streamlit run app.py` does it only when a session comes.
The fast files beside the database (``<file>.arrays/``, written by the warm-up) show which."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from analytics.ninebox import arrays
from tests.stores import demo_file

pytestmark = pytest.mark.e2e

EMPLOYEES = 1500


def _fast_files(store: Path) -> list[Path]:
    return sorted((store.parent / f"{store.name}{arrays.FILES_SUFFIX}").rglob("*.npy"))


def _wait_for_fast_files(store: Path, timeout: float = 60.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if _fast_files(store):
            return time.monotonic() - start
        time.sleep(0.1)
    pytest.fail(f"no fast files beside {store} after {timeout:.0f} s")


def test_the_launcher_warms_the_default_store_before_any_browser_and_the_first_page_uses_it(
    tmp_path: Path,
    page: Page,
    streamlit_server: Callable[..., Any],
    wait_for_app: Callable[[Page], None],
) -> None:
    started = tmp_path / "started"
    plain = tmp_path / "plain"
    started.mkdir()
    plain.mkdir()
    head = demo_file(started / "talenta.duckdb", EMPLOYEES)
    cold = demo_file(plain / "talenta.duckdb", EMPLOYEES)
    assert not _fast_files(head) and not _fast_files(cold)

    with streamlit_server(started, env={"TALENTA_DB": str(head)}, launcher=True) as (url, log):
        took = _wait_for_fast_files(head)  # no browser has asked anything yet
        page.goto(url)
        wait_for_app(page)
        expect(page.get_by_test_id("stMetricValue").first).to_have_text(re.compile(r"^1\.500$"))
        assert "Traceback" not in log.read_text(errors="replace")
        assert "missing ScriptRunContext" not in log.read_text(errors="replace")

    with streamlit_server(plain, env={"TALENTA_DB": str(cold)}) as (url, _log):
        time.sleep(2 * took + 2)  # longer than the launcher's warm-up needed
        assert not _fast_files(cold)  # streamlit run app.py: nothing until a session comes
        page.goto(url)
        wait_for_app(page)
        expect(page.get_by_test_id("stMetricValue").first).to_have_text(re.compile(r"^1\.500$"))
        _wait_for_fast_files(cold)
