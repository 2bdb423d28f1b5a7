"""Beranda's prefetch (ui/prefetch.py): once Beranda is drawn, the browser fetches and runs plotly's
and the data grid's scripts for the next pages, while Beranda itself draws neither (its first
figures do not wait for them, issue 18). A page without the prefetch fetches no plotly script."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from ui import prefetch

pytestmark = pytest.mark.e2e

RESOURCES = "performance.getEntriesByType('resource').map((e) => e.name)"


def _fetched(page: Page, name: str) -> bool:
    return any(f"/static/js/{name}." in url for url in page.evaluate(RESOURCES))


def test_beranda_fetches_the_next_pages_chart_scripts_once_drawn(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None]
) -> None:
    assert [f.split(".")[0] for f in prefetch.chunk_files()] == ["PlotlyChart", "DataFrame"]
    page.goto(f"{app_server}/data")  # a page of forms and text: no chart, no prefetch
    wait_for_app(page)
    page.wait_for_timeout(3000)
    assert not _fetched(page, "PlotlyChart")

    page.goto(app_server)  # Beranda, a new page load
    wait_for_app(page)
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible()
    expect(page.get_by_test_id("stPlotlyChart")).to_have_count(0)  # its bars are HTML
    page.wait_for_function(
        "() => performance.getEntriesByType('resource').some((e) => e.name.includes('/static/js/PlotlyChart.'))",
        timeout=15_000,
    )
    assert _fetched(page, "DataFrame")
    assert page.evaluate("window.__talentaPrefetched") is True
