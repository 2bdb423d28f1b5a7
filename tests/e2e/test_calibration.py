"""Browser: the room calibrates one person on the Kalibrasi page; the nine-box page marks them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

REASON = "Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja."


def test_calibrate_one_person_and_see_the_marker(
    page: Page, app_server: str, wait_for_app: Callable[[Page], None], screenshot: Callable[[Page, str], Path]
) -> None:
    page.goto(app_server)
    wait_for_app(page)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Kalibrasi").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Kalibrasi talenta")).to_be_visible()
    expect(page.get_by_text("0 pegawai dikalibrasi", exact=False)).to_be_visible()
    screenshot(page, "calibration_empty")

    # pick the first listed employee and move them to another box
    person = page.get_by_role("combobox", name="Pegawai", exact=True)
    person.click()
    page.get_by_role("option").first.click()
    wait_for_app(page)
    computed = (
        page.get_by_test_id("stMetric").filter(has_text="Kotak dihitung").get_by_test_id("stMetricValue")
    )
    computed_box = int(computed.inner_text().split()[-1])
    target = 6 if computed_box != 6 else 4
    page.get_by_role("combobox", name="Pindahkan ke").click()
    page.get_by_role("option", name=re.compile(rf"^Kotak {target} — ")).click()
    wait_for_app(page)
    page.get_by_role("textbox", name="Alasan (minimal satu kalimat)").first.fill(REASON)  # the form's
    by = page.get_by_role("textbox", name="Diputuskan oleh (nama/jabatan)").first
    by.fill("Kepala BKPSDM")
    by.press("Tab")
    wait_for_app(page)
    page.get_by_role("button", name="Simpan kalibrasi").click()
    wait_for_app(page)
    expect(
        page.get_by_test_id("stAlertContentSuccess").filter(has_text="Kalibrasi tersimpan")
    ).to_be_visible()
    expect(page.get_by_text("1 pegawai dikalibrasi", exact=False)).to_be_visible()
    bars = page.get_by_test_id("stPlotlyChart").filter(has_text="Sesudah")  # before/after chart legend
    expect(bars.locator(".legendtext").get_by_text("Sebelum")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("1 entri", exact=True)).to_be_visible()
    screenshot(page, "calibration_saved")

    # meeting mode: the trail shows initials and masked NIPs (the page scrolls inside its main block)
    page.get_by_text("Mode rapat", exact=True).click()
    wait_for_app(page)
    picker = page.get_by_role("combobox", name="Pegawai", exact=True)
    expect(picker).to_have_value(re.compile(r"^([A-Z]\. ?)+ · \d{4}•{10}\d{4} · "))
    download = page.get_by_role("button", name="Unduh jejak (XLSX)")
    download.scroll_into_view_if_needed()
    expect(download).to_be_visible()
    screenshot(page, "calibration_trail_meeting")

    # the nine-box page shows the count line and the calibrated marker in the legend
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Nine-box").click()
    wait_for_app(page)
    expect(page.get_by_text("1 pegawai dikalibrasi.", exact=False)).to_be_visible()
    chart = page.locator("[data-testid='stPlotlyChart']").first
    expect(chart.locator(".legendtext").get_by_text("Dikalibrasi (1)")).to_be_visible(timeout=30_000)
    screenshot(page, "ninebox_calibrated")

    # counts by the calibrated box; its drill-down lists the person with both boxes
    page.get_by_text("Dikalibrasi", exact=True).first.click()  # the box-view switch
    wait_for_app(page)
    box_select = page.get_by_role("combobox", name="Kotak", exact=True)
    box_select.scroll_into_view_if_needed()
    box_select.click()
    page.get_by_role("option", name=re.compile(rf"^Kotak {target} — ")).click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"^\d+ pegawai$"))).to_be_visible()
    screenshot(page, "ninebox_calibrated_list")
