"""Several app processes over one shared store, behind a real load balancer (issue 16).

scripts/serve-cluster.sh starts PostgreSQL (the DuckLake catalog), two app processes and HAProxy with
sticky sessions (cookie TALENTA_APP) and websockets on one port. A browser pinned to process A
imports a file on the Data page; a browser pinned to process B, which has shown the data before,
sees the new period on its next run.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.lake_support import pinned, serve_cluster

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "data" / "good" / "all_columns.csv"


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, Path, int]]:
    with serve_cluster(2, DEMO_EMPLOYEES="1000") as running:
        yield running.url, running.folder, running.pg_port


def test_an_import_through_process_a_is_seen_through_process_b(
    cluster: tuple[str, Path, int],
    browser: Browser,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    tmp_path: Path,
) -> None:
    url = cluster[0]
    b = pinned(browser, url, "app2")
    b.goto(url)
    wait_for_app(b)
    expect(b.get_by_text("2024, 2025", exact=True)).to_be_visible()  # the periods, cached in process B

    a = pinned(browser, url, "app1")
    a.goto(f"{url}/data")
    wait_for_app(a)
    new = tmp_path / "pegawai_2026.csv"
    new.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2026;"), encoding="utf-8")
    a.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(new))
    wait_for_app(a)
    a.get_by_role("button", name="Impor", exact=True).click()
    wait_for_app(a)
    expect(a.get_by_text("2 baris dimuat").first).to_be_visible()
    screenshot(a, "cluster_import_through_a")

    b.reload()
    wait_for_app(b)
    expect(b.get_by_text("2024, 2025, 2026", exact=True)).to_be_visible()
    screenshot(b, "cluster_seen_through_b")

    # the two pages were served by two processes: the balancer kept each browser's pin (it rewrites
    # the cookie when it sends a browser elsewhere)
    def pinned_to(page: Page) -> list[str]:
        return [c["value"] for c in page.context.cookies() if c["name"] == "TALENTA_APP"]

    assert pinned_to(a) == ["app1"] and pinned_to(b) == ["app2"]


def _pg_ctl(folder: Path, pg_port: int, action: str) -> None:
    """Stop or start the cluster's PostgreSQL as serve-cluster.sh runs it (as postgres when root)."""
    pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
    cmd = [str(pg_ctl), "-D", str(folder / "pgdata"), "-w", "-l", str(folder / "logs" / "postgresql.log")]
    if action == "stop":
        cmd += ["-m", "fast", "stop"]
    else:
        cmd += ["-o", f"-p {pg_port} -k {folder / 'run'} -c listen_addresses=127.0.0.1", "start"]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def test_postgresql_restarted_while_the_app_runs(
    cluster: tuple[str, Path, int],
    browser: Browser,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    url, folder, pg_port = cluster
    page = pinned(browser, url, "app1")
    page.goto(url)
    wait_for_app(page)
    expect(page.get_by_text("Periode tersedia")).to_be_visible()
    _pg_ctl(folder, pg_port, "stop")
    try:
        page.reload()
        wait_for_app(page)
        expect(page.get_by_text("tidak dapat dijangkau", exact=False)).to_be_visible()
        expect(page.get_by_text("Periode tersedia")).to_have_count(0)
        screenshot(page, "cluster_store_unavailable")
    finally:
        _pg_ctl(folder, pg_port, "start")
    # back without restarting the app: Retry, and the page is there again
    page.get_by_role("button", name="Coba lagi").click()
    wait_for_app(page)
    expect(page.get_by_text("Periode tersedia")).to_be_visible()
    expect(page.get_by_text("tidak dapat dijangkau", exact=False)).to_have_count(0)


def test_a_snapshot_link_stays_when_moving_to_another_page(
    cluster: tuple[str, Path, int],
    browser: Browser,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    tmp_path: Path,
) -> None:
    """``?snapshot=N`` opened on the nine-box page stays when the sidebar navigation moves to Beranda
    (the URL keeps it, the old data shows) until "Kembali ke data terkini"."""
    from analytics import ingest
    from analytics.core import lake

    url, folder, pg_port = cluster
    spec = f"ducklake:postgres:dbname=talenta_lake host=127.0.0.1 port={pg_port} user=postgres"
    con = lake.connect(spec, folder=str(folder / "lake-data"))
    try:
        then = lake.snapshot_id(con)
        new = tmp_path / "pegawai_2027.csv"
        new.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2027;"), encoding="utf-8")
        ingest.load(con, ingest.validate(new.read_bytes(), new.name, con))
    finally:
        con.close()

    page = pinned(browser, url, "app1")
    page.goto(f"{url}/ninebox?snapshot={then}")
    wait_for_app(page)
    expect(page.get_by_text(f"snapshot {then} (hanya baca)", exact=False)).to_be_visible()
    page.locator("[data-testid=stSidebarNav] a").first.click()  # Beranda
    wait_for_app(page)
    expect(page.get_by_text("Periode tersedia")).to_be_visible()
    assert f"snapshot={then}" in page.url and "/ninebox" not in page.url
    expect(page.get_by_text(f"snapshot {then} (hanya baca)", exact=False)).to_be_visible()
    expect(page.get_by_text("2027", exact=False)).to_have_count(0)  # the data as it was
    screenshot(page, "cluster_snapshot_kept_across_pages")

    page.get_by_role("button", name="Kembali ke data terkini").click()
    wait_for_app(page)
    expect(page.get_by_text(", 2027", exact=False).first).to_be_visible()
    assert "snapshot=" not in page.url


def _propose(page: Page, nth: int, wait_for_app: Callable[[Page], None]) -> None:
    """Fill the Kalibrasi form for the ``nth`` listed employee (a move to another box), unsaved."""
    person = page.get_by_role("combobox", name="Pegawai", exact=True)
    person.click()
    page.get_by_role("option").nth(nth).click()
    wait_for_app(page)
    computed = (
        page.get_by_test_id("stMetric").filter(has_text="Kotak dihitung").get_by_test_id("stMetricValue")
    )
    target = 6 if int(computed.inner_text().split()[-1]) != 6 else 4
    page.get_by_role("combobox", name="Pindahkan ke").click()
    page.get_by_role("option", name=re.compile(rf"^Kotak {target} — ")).click()
    wait_for_app(page)
    page.get_by_role("textbox", name="Alasan (minimal satu kalimat)").first.fill(
        "Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja."
    )
    box = page.get_by_role("textbox", name="Diusulkan/diputuskan oleh (nama/jabatan)").first
    box.fill(f"Panel proses {nth + 1}")
    box.press("Tab")
    wait_for_app(page)


def test_calibrations_made_at_the_same_time_through_a_and_b_are_both_kept(
    cluster: tuple[str, Path, int],
    browser: Browser,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    """Two rooms, one pinned to each process, fill the Kalibrasi form for two people and save at the
    same moment: both drafts are in the lake, seen through A and through B."""
    url = cluster[0]
    a, b = pinned(browser, url, "app1"), pinned(browser, url, "app2")
    for page in (a, b):
        page.goto(f"{url}/calibration?period=2025")
        wait_for_app(page)
        expect(page.get_by_role("heading", name="Kalibrasi talenta")).to_be_visible()
        expect(page.get_by_text(re.compile(r"^\d+ usulan menunggu"))).to_have_count(0)  # none yet
    _propose(a, 0, wait_for_app)
    _propose(b, 1, wait_for_app)
    a.get_by_role("button", name="Usulkan kalibrasi (draf)").click()  # back-to-back
    b.get_by_role("button", name="Usulkan kalibrasi (draf)").click()
    for page in (a, b):
        wait_for_app(page)
        expect(
            page.get_by_test_id("stAlertContentSuccess").filter(has_text="tersimpan sebagai draf")
        ).to_be_visible()
    for page, name in ((a, "a"), (b, "b")):
        page.reload()
        wait_for_app(page)
        expect(page.get_by_text("2 usulan menunggu", exact=False)).to_be_visible()
        expect(page.get_by_text("Panel proses 1", exact=True).first).to_be_attached()
        expect(page.get_by_text("Panel proses 2", exact=True).first).to_be_attached()
        screenshot(page, f"cluster_calibrations_both_kept_{name}")
