"""An app process killed behind the balancer (issue 16), in a cluster of its own (the kill ends it).

scripts/serve-cluster.sh starts PostgreSQL, two app processes and HAProxy. A browser pinned to process A
starts a large import on the Data page; process A is killed with SIGKILL while the import runs. The lake
holds the new period wholly or not at all, and the same browser, still pinned to the dead process, is
served again (HAProxy redispatches it to process B, or serve-cluster.sh has started A again) with
the data intact, while process B never stopped serving.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import Error as PlaywrightError

from analytics.cli import main as cli_main
from analytics.core import lake
from tests.lake_support import Cluster, pinned, serve_cluster

ROWS = 100_000


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with serve_cluster(2, DEMO_EMPLOYEES="1000") as running:
        yield running


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100.000 valid employees of a period the lake does not hold (2027), as Parquet (the Data page
    takes it like a CSV or XLSX file)."""
    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.duckdb"
    assert cli_main(["demo", "--employees", str(ROWS), "--db", str(source)]) == 0
    out = folder / "pegawai_2027.parquet"
    con = duckdb.connect(str(source))
    try:
        rows = "select * exclude (extra, source, import_id) replace (2027 as period) from employees where period = 2025"
        count = con.execute(f"select count(*) from ({rows})").fetchall()[0][0]  # noqa: S608 - the test's own
        con.execute(f"copy ({rows}) to '{out}'")  # noqa: S608 - the test's own temp path
    finally:
        con.close()
    assert count == ROWS
    return out


def _app_pid(port: int) -> int:
    """The pid of the app process serving ``port`` (read from /proc: serve-cluster.sh keeps none); it
    runs `python -m ui.start` (streamlit run app.py with the head start, as `make run`)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"ui.start" in args and str(port).encode() in args:
            return int(entry.name)
    raise AssertionError(f"no app process on port {port}")


def _periods(cluster: Cluster) -> dict[int, int]:
    spec = f"ducklake:postgres:dbname=talenta_lake host=127.0.0.1 port={cluster.pg_port} user=postgres"
    con = lake.connect(spec, folder=str(cluster.folder / "lake-data"))
    try:
        rows = con.execute("select period, count(*) from employees group by 1 order by 1").fetchall()
    finally:
        con.close()
    return {int(p): int(n) for p, n in rows}


def test_a_process_killed_during_an_import_leaves_the_lake_whole_and_the_other_serving(
    cluster: Cluster,
    big_file: Path,
    browser: Browser,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    before = _periods(cluster)
    assert before and 2027 not in before
    page = pinned(browser, cluster.url, "app1")
    page.goto(f"{cluster.url}/data")
    wait_for_app(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(big_file))
    wait_for_app(page)
    page.get_by_role("button", name="Impor", exact=True).click()
    page.locator("[data-testid='stApp'][data-test-script-state='running']").wait_for(timeout=60_000)
    time.sleep(0.5)  # the import is under way in process A (or, on a fast day, just done)
    port_a = int(cluster.apps[0].rsplit(":", 1)[1])
    os.kill(_app_pid(port_a), signal.SIGKILL)

    after = _periods(cluster)  # the new period is there wholly or not at all, the rest untouched
    assert after.get(2027, 0) in (0, ROWS), after
    assert {p: n for p, n in after.items() if p != 2027} == before
    periods = ", ".join(str(p) for p in sorted(after))

    # the other process goes on serving, and shows what the lake holds
    other = pinned(browser, cluster.url, "app2")
    other.goto(cluster.url)
    wait_for_app(other)
    expect(other.get_by_text(periods, exact=True)).to_be_visible()

    # the browser pinned to the dead process is served again (sent to the other process, or to the one
    # serve-cluster.sh started again in its place) with the data intact
    deadline = time.monotonic() + 90
    while True:
        try:
            page.goto(cluster.url)
            wait_for_app(page)
            expect(page.get_by_text("Periode tersedia")).to_be_visible(timeout=10_000)
            break
        except (AssertionError, PlaywrightError):
            if time.monotonic() > deadline:
                raise
            time.sleep(2)
    expect(page.get_by_text(periods, exact=True)).to_be_visible()
    screenshot(page, "cluster_served_after_a_kill")
    log = (cluster.folder / "serve-cluster.log").read_text(errors="replace")
    assert "app 1 stopped" in log and "starting it again" in log
