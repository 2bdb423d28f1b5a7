"""Browser: a link with ?rapat=1 opens the nine-box in meeting mode (no full NIP or name on the
page), and the Pelatihan and Perpindahan antarperiode pages draw."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e
NIP_RUN = re.compile(r"(?<!\d)\d{18}(?!\d)")


def test_meeting_link_masks_the_ninebox_page(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "ninebox?rapat=1")
    switch = page.get_by_test_id("stSidebar").get_by_role("switch", name="Mode rapat")
    expect(switch).to_be_checked()
    expect(page.locator("[data-testid='stPlotlyChart']").first.locator(".main-svg").first).to_be_visible(
        timeout=30_000
    )
    box_select = page.get_by_role("combobox", name="Kotak", exact=True)
    box_select.scroll_into_view_if_needed()
    box_select.click()
    page.get_by_role("option", name=re.compile(r"^Kotak 9 — ")).click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"^\d+ pegawai$"))).to_be_visible()
    text = page.locator("[data-testid='stApp']").inner_text()
    assert not NIP_RUN.search(text), NIP_RUN.search(text)
    assert "rapat=1" in page.url
    expect(page.get_by_role("button", name=re.compile("Ringkasan rapat \\(PPTX\\)"))).to_be_visible()
    screenshot(page, "meeting_ninebox")


def test_training_and_movement_pages(
    page: Page,
    open_page: Callable[[Page, str], None],
    app_server: str,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "training")
    expect(page.get_by_role("heading", name=re.compile("^Pelatihan"))).to_be_visible()
    expect(page.get_by_text(re.compile(r"Sama dengan langkah di atas"))).to_be_visible()
    expect(page.get_by_text(re.compile(r"282,5 ÷ 410 = 0,69"))).to_be_visible()
    screenshot(page, "training")
    page.goto(f"{app_server}/movement?rapat=1")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Perpindahan antarperiode")).to_be_visible()
    expect(page.locator("[data-testid='stPlotlyChart']").first.locator(".main-svg").first).to_be_visible(
        timeout=30_000
    )
    assert not NIP_RUN.search(page.locator("[data-testid='stApp']").inner_text())
    screenshot(page, "movement_meeting")


def test_meeting_mode_makes_headline_figures_larger(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None]
) -> None:
    """Issue 19.2: the projector style's text rule must not shrink the metric values below normal."""

    def sizes() -> tuple[float, float]:
        value = page.get_by_test_id("stMetricValue").first
        label = page.get_by_test_id("stMetricLabel").first
        expect(value).to_be_visible()
        px = [
            float(x.evaluate("e => getComputedStyle(e.querySelector('p') || e).fontSize").rstrip("px"))
            for x in (value, label)
        ]
        return px[0], px[1]

    page.goto(f"{app_server}/ninebox")
    wait_for_app(page)
    normal_value, _ = sizes()
    page.goto(f"{app_server}/ninebox?rapat=1")
    wait_for_app(page)
    meeting_value, meeting_label = sizes()
    assert meeting_value > normal_value, (normal_value, meeting_value)
    assert meeting_value > 1.5 * meeting_label, (meeting_value, meeting_label)


def test_a_long_headline_figure_wraps_instead_of_being_cut(
    page: Page, open_page: Callable[[Page, str], None]
) -> None:
    """The what-if headline "3.762 → 3.810" must be read whole at 1366 px, not end in "3.…" (seen in a
    screenshot outside meeting mode)."""
    page.set_viewport_size({"width": 1366, "height": 900})
    open_page(page, "whatif")
    pool = page.get_by_test_id("stMetric").filter(has_text="→").first
    expect(pool).to_be_visible()
    value = pool.get_by_test_id("stMetricValue")
    assert "→" in value.inner_text()
    cut = value.evaluate(
        "e => [e, ...e.querySelectorAll('*')].some(x => getComputedStyle(x).textOverflow === 'ellipsis'"
        " && x.scrollWidth > x.clientWidth)"
    )
    assert cut is False
