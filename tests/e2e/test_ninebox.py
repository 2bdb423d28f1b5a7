"""Browser: the nine-box page draws the matrix with counts, lists a box, and shows the regional tab."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote_plus

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_ninebox_matrix_and_regional_comparison(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "ninebox")
    expect(page.get_by_role("heading", name="Matriks talenta nine-box")).to_be_visible()
    chart = page.locator("[data-testid='stPlotlyChart']").first
    expect(chart).to_be_visible()
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=30_000)
    # cell annotations of the plotly figure: "Kotak 9" and a count "n · share%"
    expect(chart.locator(".annotation-text").get_by_text("Kotak 9", exact=True)).to_be_visible()
    expect(chart.get_by_text(re.compile(r"^\d{1,3}(\.\d{3})* · \d+,\d%$")).first).to_be_visible()
    expect(page.get_by_text("Pegawai terpetakan", exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile("bukan ketentuan regulasi")).first).to_be_visible()
    screenshot(page, "ninebox_matrix")

    # list a whole box without lassoing
    box_select = page.get_by_role("combobox", name="Kotak", exact=True)
    box_select.scroll_into_view_if_needed()
    box_select.click()
    page.get_by_role("option", name=re.compile(r"^Kotak 9 — ")).click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"^\d+ pegawai$"))).to_be_visible()
    expect(page.get_by_text("Tindak lanjut yang disarankan", exact=False).first).to_be_visible()
    screenshot(page, "ninebox_box9")

    page.get_by_role("tab", name="Perbandingan wilayah").click()
    wait_for_app(page)
    expect(page.locator("[data-testid='stPlotlyChart']").first).to_be_visible()
    expect(page.get_by_text(re.compile("kurang dari 5 pegawai")).first).to_be_visible()
    screenshot(page, "ninebox_regions")


def test_an_english_link_to_the_regional_tab_opens_the_same_view(
    page: Page, open_page: Callable[[Page, str], None], wait_for_app: Callable[[Page], None]
) -> None:
    """Issue 19.4: the tab and the province are stable keys in the link, and the language travels with it."""
    open_page(page, "ninebox?lang=en&tab=wilayah&nb_region_by=kab_kota&nb_region_prov=Jawa+Barat")
    expect(page.get_by_role("tab", name="Regional comparison")).to_have_attribute("aria-selected", "true")
    # the link's grouping and province apply (both were lost while the tab was not drawn in the first run)
    expect(page.get_by_role("radio", name="Regencies/cities of a province")).to_be_checked()
    expect(page.get_by_role("combobox", name="Province", exact=True)).to_have_value("Jawa Barat")
    expect(page.get_by_text("Kabupaten Bogor").first).to_be_attached()  # a regency of Jawa Barat
    page.get_by_role("tab", name="Matrix").click()
    wait_for_app(page)
    page.get_by_role("tab", name="Regional comparison").click()
    wait_for_app(page)
    # the URL follows the run (it was read once before it had, in CI)
    for part in ("tab=wilayah", "lang=en", "nb_region_prov=Jawa"):
        expect(page).to_have_url(re.compile(re.escape(part)), timeout=15_000)


def test_show_this_unit_puts_the_filter_into_the_link(
    page: Page, open_page: Callable[[Page, str], None], wait_for_app: Callable[[Page], None]
) -> None:
    """Issue 19.4: after "Lihat unit ini" the address carries the filter it set, and the link opened in a
    new session shows the same narrowed view."""
    open_page(page, "ninebox")
    button = page.get_by_role("button", name="Lihat unit ini").first
    expect(button).to_be_enabled()
    button.click()
    wait_for_app(page)
    page.wait_for_url(re.compile(r"unit_kerja="), timeout=20_000)
    assert "instansi=" in page.url and "unit_kerja=" in page.url
    link = page.url
    unit = re.search(r"unit_kerja=([^&]+)", link)
    assert unit is not None
    fresh = page.context.browser.new_page()  # another session, as a colleague opening the link
    try:
        fresh.goto(link)
        wait_for_app(fresh)
        expect(fresh.get_by_role("button", name="Lihat unit ini").first).to_be_disabled()
        sidebar = fresh.locator("[data-testid='stSidebar']")
        expect(sidebar.get_by_text(unquote_plus(unit.group(1)), exact=True).first).to_be_attached()
    finally:
        fresh.close()


def test_the_page_names_its_agency_scheme_and_follows_it(
    page: Page,
    open_page: Callable[[Page, str], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    """Issue 17.2: a link to the PU scheme boxes by PU's rules and the page says so."""
    open_page(page, "ninebox?nb_agency=pu")
    expect(page.get_by_role("combobox", name="Skema instansi")).to_have_value("Kementerian Pekerjaan Umum")
    expect(page.get_by_text(re.compile(r"^Skema: Kementerian Pekerjaan Umum")).first).to_be_visible()
    chart = page.locator("[data-testid='stPlotlyChart']").first
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=30_000)
    screenshot(page, "ninebox_scheme_pu")
