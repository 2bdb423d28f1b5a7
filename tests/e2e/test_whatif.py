"""Browser: on the what-if page, moving the integrity slider with the keyboard re-boxes everyone; the
headline, the transition matrix and the URL follow."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

pytestmark = pytest.mark.e2e

HEADLINE = re.compile(
    r"^[\d.]+ pegawai berpindah kotak; talent pool \(kotak 7-8-9\) dari [\d.]+ menjadi [\d.]+$"
)


def matrix_texts(page: Page) -> list[str]:
    """The transition matrix's cells (an HTML heatmap table), row by row."""
    table = page.locator(".st-key-wi_matrix table.wi-matrix")
    expect(table).to_be_visible(timeout=30_000)
    return table.locator("td").all_inner_texts()


def test_integrity_slider_moves_people(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "whatif")
    expect(page.get_by_role("heading", name="Simulasi bobot (what-if)")).to_be_visible()
    headline = page.get_by_role("heading", name=HEADLINE)
    expect(headline).to_be_visible()
    before = headline.inner_text()
    assert before.startswith("0 pegawai berpindah kotak")
    matrix_before = matrix_texts(page)
    screenshot(page, "whatif_default")

    slider = page.locator("[data-testid='stSlider']").filter(has_text="Integritas dan Moralitas")
    thumb = slider.get_by_role("slider")
    expect(thumb).to_have_value("15")
    thumb.focus()
    for _ in range(25):
        page.keyboard.press("ArrowRight")
    expect(thumb).to_have_value("40")
    wait_for_app(page)
    expect(headline).not_to_have_text(before, timeout=30_000)
    after = headline.inner_text()
    assert HEADLINE.fullmatch(after) and not after.startswith("0 ")
    assert matrix_texts(page) != matrix_before
    assert "integritas=40" in page.url
    expect(page.get_by_text(re.compile(r"^40 poin = [\d,]+% dari sumbu$"))).to_be_visible()
    screenshot(page, "whatif_integrity40")
    # the matrix is a table on the page; its PNG download draws the plotly heatmap
    with page.expect_download(timeout=120_000) as png:
        page.locator(".st-key-wi_matrix_png button").click()
    assert png.value.suggested_filename == "whatif_matrix_2025.png"
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the other tabs draw their chart once opened; the matrix is then no longer drawn
    page.get_by_role("tab", name="Arus (Sankey)").click()
    expect(page.locator(".st-key-wi_flows table.wi-flows")).to_be_visible(timeout=30_000)  # the flows first
    wait_for_app(page)
    expect(page.locator(".st-key-wi_matrix table")).to_have_count(0)
    assert "view=sankey" in page.url
    screenshot(page, "whatif_flows")
    page.get_by_text("Gambar diagram Sankey").click()  # the diagram on demand
    expect(page.locator(".st-key-wi_sankey [data-testid='stPlotlyChart'] .main-svg").first).to_be_visible(
        timeout=30_000
    )
    wait_for_app(page)
    screenshot(page, "whatif_sankey")
    page.get_by_role("tab", name="Nine-box").click()
    expect(page.locator(".st-key-wi_ninebox table.wi-ninebox")).to_be_visible(
        timeout=30_000
    )  # the boxes first
    wait_for_app(page)
    screenshot(page, "whatif_ninebox")
    page.get_by_text("Tampilkan titik pegawai").click()  # the points on demand
    expect(
        page.locator(".st-key-wi_ninebox_points [data-testid='stPlotlyChart'] .main-svg").first
    ).to_be_visible(timeout=30_000)
    wait_for_app(page)
    screenshot(page, "whatif_ninebox_points")
    # the meeting summary holds every chart, drawn or not: a title slide and four charts
    with page.expect_download(timeout=120_000) as download:
        page.locator(".st-key-wi_deck_pptx button").click()
    prs = Presentation(download.value.path())
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles[1:] == [
        "Matriks perpindahan", "Nine-box dengan bobot baru", "Arus perpindahan", "Kepekaan tiap komponen"
    ]  # fmt: skip
    pictures = sum(1 for s in prs.slides for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert pictures == 4

    # the URL restores the scenario in a fresh session
    page.goto(page.url)
    wait_for_app(page)
    expect(page.get_by_role("heading", name=HEADLINE)).to_have_text(after)


def test_slider_and_its_effect_are_on_screen_together(
    browser: Any,
    app_server: str,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    """Issue 19.1: at 1366x768 in meeting mode, moving the last slider keeps the headline and the open
    result (the matrix) inside the window."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{app_server}/whatif?rapat=1")
    wait_for_app(page)
    headline = page.get_by_role("heading", name=HEADLINE)
    expect(headline).to_be_visible()
    before = headline.inner_text()
    slider = page.locator("[data-testid='stSlider']").filter(has_text="Integritas dan Moralitas")
    thumb = slider.get_by_role("slider")
    thumb.scroll_into_view_if_needed()
    thumb.focus()
    for _ in range(20):
        page.keyboard.press("ArrowRight")
    wait_for_app(page)
    expect(headline).not_to_have_text(before, timeout=30_000)

    def inside(locator: Any) -> bool:
        box = locator.bounding_box()
        return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= 768

    assert inside(thumb), thumb.bounding_box()
    assert inside(headline), headline.bounding_box()
    assert inside(page.locator(".st-key-wi_matrix table.wi-matrix")), "the open result is off screen"
    screenshot(page, "whatif_meeting_1366")
    page.close()
