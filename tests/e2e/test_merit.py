"""Browser: the merit page shows NTT's regencies like the KASN slide, the dumbbell chart, and the other views."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_merit_page_shows_the_ntt_table_and_chart(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None], screenshot: Callable[[Page, str], Path]
) -> None:
    page.goto(app_server)  # a fresh server learns its pages from the router's first run
    wait_for_app(page)
    page.goto(f"{app_server}/merit")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Penilaian Sistem Merit")).to_be_visible()
    expect(page.get_by_text("Kabupaten/kota di Nusa Tenggara Timur").first).to_be_visible()
    expect(page.get_by_text("Kota Kupang").first).to_be_attached()

    # the shareable URL: NTT 2022, the KASN slide's period
    page.goto(f"{app_server}/merit?provinsi=Nusa+Tenggara+Timur&periode=2022")
    wait_for_app(page)
    expect(page.get_by_text("Kabupaten/kota di Nusa Tenggara Timur, periode 2022")).to_be_visible()
    expect(page.locator("[data-testid='stDataFrame']").first).to_be_visible()
    expect(page.get_by_text("0,69", exact=True)).to_be_visible()  # the province: 282,5 / 410
    shot = screenshot(page, "merit_ntt_2022")
    chart = page.locator("[data-testid='stPlotlyChart']").first
    chart.scroll_into_view_if_needed()
    expect(chart.get_by_text("Kota Kupang").first).to_be_visible()
    expect(chart.get_by_text("tidak terbaca").first).to_be_visible()
    expect(chart.get_by_text("selisih 88").first).to_be_visible()
    chart.screenshot(path=str(shot.with_name("merit_dumbbell.png")))


@pytest.mark.parametrize("view", ["Satu instansi", "Nasional", "Antarperiode"])
def test_merit_views_render(
    page: Page,
    app_server: str,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    view: str,
) -> None:
    page.goto(app_server)
    wait_for_app(page)
    page.goto(f"{app_server}/merit")
    wait_for_app(page)
    page.locator("[data-testid='stButtonGroup'] button", has_text=view).click()
    wait_for_app(page)
    expect(page.locator("[data-testid='stPlotlyChart']").first).to_be_visible()
    screenshot(page, f"merit_{view.lower().replace(' ', '_')}")
