"""Browser: the merit page shows NTT's regencies like the KASN slide, the dumbbell chart, and the other views."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_merit_page_shows_the_ntt_table_and_chart(
    page: Page,
    open_page: Callable[[Page, str], None],
    app_server: str,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "merit")
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
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    view: str,
) -> None:
    open_page(page, "merit")
    page.locator("[data-testid='stButtonGroup'] button", has_text=view).click()
    wait_for_app(page)
    expect(page.locator("[data-testid='stPlotlyChart']").first).to_be_visible()
    screenshot(page, f"merit_{view.lower().replace(' ', '_')}")


def test_a_header_click_sorts_the_verified_scores_as_numbers(
    page: Page,
    open_page: Callable[[Page, str], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    """Issue 19.3 in the browser: a click on "Nilai verifikasi" sorts 33 < 57 < 92,5 < 107 < 114 < 240,5
    (not as text: 107, 114, 240,5, 33), and the gaps ('tidak terbaca', 'belum ada') come after them."""
    from analytics.merit.charts import REGENCY_WIDTHS

    page.set_viewport_size({"width": 1366, "height": 1000})
    open_page(page, "merit?provinsi=Nusa+Tenggara+Timur&periode=2022")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    expect(grid.locator("th", has_text="Nilai verifikasi")).to_be_attached()
    box = grid.bounding_box()
    assert box is not None
    # The grid is a canvas: the header is clicked where the fixed column widths put it (the grid
    # shares any spare width out evenly).
    extra = max(0.0, (box["width"] - sum(REGENCY_WIDTHS)) / len(REGENCY_WIDTHS))
    x = box["x"] + sum(w + extra for w in REGENCY_WIDTHS[:4]) + (REGENCY_WIDTHS[4] + extra) / 2
    page.mouse.click(x, box["y"] + 17)
    expect(grid.locator("th", has_text="↑ Nilai verifikasi")).to_be_attached()
    # The grid's accessible table holds each row's values in the sorted order.
    cells = grid.evaluate(
        "g => [...g.querySelectorAll('tbody tr')].map(r => r.querySelectorAll('td')[4]?.textContent ?? '')"
    )
    scores = [float(c) for c in cells if c and c != "Infinity"]
    assert scores[:6] == [33.0, 57.0, 92.5, 107.0, 114.0, 240.5]
    assert cells.index("240.5") < cells.index("Infinity")  # the gaps after every number
    grid.screenshot(path=str(screenshot(page, "merit_sorted_page").with_name("merit_sorted_by_verified.png")))
