"""Browser: the talent page shows the five readiness checks of the demo's Kabupaten Ende, and the
fairness page draws a chart per attribute with no personal row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def open_from_sidebar(page: Page, app_server: str, wait_for_app: Callable[[Page], None], link: str) -> None:
    page.goto(app_server)  # deep links on a fresh server are unreliable: start at the root
    wait_for_app(page)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=link).click()
    wait_for_app(page)


def test_talent_page_shows_five_readiness_rows(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None], screenshot: Callable[[Page, str], Path]
) -> None:
    open_from_sidebar(page, app_server, wait_for_app, "Talent pool & Suksesi")
    expect(page.get_by_role("heading", name="Talent pool dan suksesi")).to_be_visible()
    expect(page.get_by_role("heading", name="Kesiapan suksesi: Pemerintah Kabupaten Ende")).to_be_visible()
    table = page.get_by_test_id("stTable")
    expect(table.locator("tbody tr")).to_have_count(5)
    expect(table.get_by_text("Suksesor berada di kotak 7, 8, 9")).to_be_visible()
    expect(table.get_by_text("suksesor di luar kotak 7-8-9", exact=False)).to_be_visible()
    expect(page.get_by_text("belum memiliki suksesor", exact=False).first).to_be_visible()
    expect(page.locator("[data-testid='stPlotlyChart']").first).to_be_visible()
    screenshot(page, "talent_readiness")
    table.screenshot(path=str(Path(screenshot(page, "talent_page")).with_name("talent_readiness_table.png")))


def test_fairness_page_draws_a_chart(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None], screenshot: Callable[[Page, str], Path]
) -> None:
    open_from_sidebar(page, app_server, wait_for_app, "Audit Kesetaraan")
    expect(page.get_by_role("heading", name="Audit kesetaraan: prinsip merit")).to_be_visible()
    expect(page.get_by_role("heading", name="Jenis kelamin")).to_be_visible()
    chart = page.get_by_test_id("stVegaLiteChart").first  # rates as dots on their 95 % intervals
    expect(chart.locator("svg").first).to_be_visible(timeout=30_000)
    expect(chart.locator("text", has_text="Perempuan").first).to_be_visible()
    expect(chart.locator("g.role-mark.mark-rule line, g.mark-rule line").first).to_be_attached()
    expect(page.get_by_text("belum dapat disimpulkan", exact=False).first).to_be_visible()
    expect(page.get_by_text("NIP", exact=True)).to_have_count(0)
    screenshot(page, "fairness_page")
    chart.screenshot(path=str(Path(screenshot(page, "fairness_page")).with_name("fairness_gender_chart.png")))
