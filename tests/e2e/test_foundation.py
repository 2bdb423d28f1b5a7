"""Browser: every page opens; the Data page checks a good and a bad upload; filters follow the user."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from ui.navigation import PAGES

pytestmark = pytest.mark.e2e
DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_page_opens_without_error(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None], screenshot: Callable[[Page, str], Path]
) -> None:
    for spec in PAGES:
        page.goto(f"{app_server}/{spec.url}")
        wait_for_app(page)
        expect(page.locator("[data-testid='stSidebarNav']")).to_be_visible()
        expect(page.locator("h1").first).to_be_visible()
        screenshot(page, f"page_{spec.key}")


def test_data_page_reports_bad_file_and_imports_good_one(
    page: Page,
    app_server: str,
    tmp_path: Path,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    page.goto(f"{app_server}/data")
    wait_for_app(page)
    bad = DATA / "bad" / "nip_form.csv"
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(str(bad))
    wait_for_app(page)
    expect(page.get_by_text("Laporan pemeriksaan: nip_form.csv")).to_be_visible()
    expect(page.get_by_text(re.compile(r"3 baris bermasalah"))).to_be_visible()
    report = page.locator("[data-testid='stTable']").first  # a wrapping table since issue 19.7
    expect(report).to_be_visible()
    expect(report).to_contain_text("NIP harus 18 digit")
    expect(page.get_by_role("button", name="Impor")).to_be_disabled()
    screenshot(page, "data_bad_file")

    # a good file: three more employees of 2025 (the latest period stays the latest for other tests)
    good = tmp_path / "pegawai_2025.csv"
    good.write_text(
        (DATA / "good" / "semicolon_decimal_comma.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(str(good))
    wait_for_app(page)
    expect(page.get_by_text("Tidak ada galat. Periksa pratinjau lalu tekan Impor.")).to_be_visible()
    page.get_by_role("button", name="Impor").click()
    wait_for_app(page)
    expect(page.get_by_text("3 baris dimuat").first).to_be_visible()
    screenshot(page, "data_good_imported")
    # the counts everywhere follow at once (the sidebar's filter options include the new unit's rows)
    page.locator("[data-testid='stSidebarNav'] a", has_text="Beranda").click()
    wait_for_app(page)
    expect(page.get_by_text("Dasbor Talenta & Sistem Merit ASN").first).to_be_visible()


def test_filters_persist_across_pages(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None]
) -> None:
    page.goto(app_server)
    wait_for_app(page)
    metric = page.locator("[data-testid='stMetricValue']").first
    everyone = metric.inner_text()
    page.get_by_text("Saring populasi").click()
    units = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(2)
    # Choosing in a just-opened sidebar sometimes does not reach the server on a loaded machine (about
    # one run in five, before and after this session's changes): choose again until the count follows.
    for attempt in range(3):
        units.click()
        page.keyboard.type("Dinas Kesehatan")
        try:  # the list can redraw under the click (once in CI: detached for 30 s); Enter picks the one match
            page.get_by_role("option", name="Dinas Kesehatan", exact=True).click(timeout=5_000)
        except PlaywrightTimeoutError:
            page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        try:  # the rerun may start after wait_for_app saw the previous run done: wait for the count
            expect(metric).not_to_have_text(everyone, timeout=10_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
            wait_for_app(page)
    wait_for_app(page)
    narrowed = metric.inner_text()
    page.locator("[data-testid='stSidebarNav'] a", has_text="Data").click()
    wait_for_app(page)
    page.get_by_role("tab", name="Unduh data").click()
    expect(page.get_by_text(re.compile(rf"^{re.escape(narrowed)} baris pegawai"))).to_be_visible()
    expect(page.locator("[data-testid='stSidebar']").get_by_text("Dinas Kesehatan")).to_be_visible()


def test_a_deep_link_works_on_a_freshly_started_server(
    page: Page, tmp_path: Path, wait_for_app: Callable[[Page], None]
) -> None:
    """A link shared in a report (journey 2) opens its page with the router, even as the first request."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TALENTA_DB": str(tmp_path / "fresh.duckdb")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if (
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read()
                    == b"ok"
                ):
                    break
            except OSError:
                time.sleep(0.2)
        page.goto(f"http://127.0.0.1:{port}/merit?provinsi=Nusa+Tenggara+Timur&periode=2022")
        wait_for_app(page)
        expect(page.get_by_role("heading", name="Penilaian Sistem Merit")).to_be_visible()
        expect(page.locator("[data-testid='stSidebarNav']").get_by_text("Beranda")).to_be_visible()
        expect(page.get_by_text("tidak terbaca").first).to_be_attached()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
