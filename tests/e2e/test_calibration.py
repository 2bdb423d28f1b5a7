"""Browser: the room calibrates one person on the Kalibrasi page through the decision flow (PMK 38/2025
pasal 21: draft -> reviewed -> set, which locks the period); the nine-box page then marks them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

REASON = "Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja."
REVIEW_NOTE = "Komite talenta setuju setelah membahas bukti kinerja."
SET_NOTE = "PPK menetapkan kembali kotak hasil rapat talenta."


def fill(page: Page, label: str, value: str, nth: int = 0) -> None:
    """Type into the text box labelled ``label`` and leave it, so Streamlit takes the value."""
    box = page.get_by_role("textbox", name=label).nth(nth)
    box.scroll_into_view_if_needed()
    box.fill(value)
    box.press("Tab")


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
    fill(page, "Diusulkan/diputuskan oleh (nama/jabatan)", "Sekretariat panel")
    wait_for_app(page)
    expect(page.get_by_text("PMK 38/2025 pasal 21", exact=False).first).to_be_visible()

    # 1. the panel proposes: a draft, pending, not counted
    page.get_by_role("button", name="Usulkan kalibrasi (draf)").click()
    wait_for_app(page)
    expect(
        page.get_by_test_id("stAlertContentSuccess").filter(has_text="tersimpan sebagai draf")
    ).to_be_visible()
    expect(page.get_by_text("1 usulan menunggu", exact=False)).to_be_visible()
    expect(page.get_by_text("0 pegawai dikalibrasi", exact=False)).to_be_visible()
    expect(page.get_by_role("button", name="Tetapkan dan kunci periode 2025")).to_be_disabled()
    page.get_by_text("Usulan menunggu keputusan", exact=True).scroll_into_view_if_needed()
    screenshot(page, "calibration_draft")

    # 2. the talent committee reviews, with a note
    fill(page, "Catatan langkah (minimal satu kalimat)", REVIEW_NOTE)
    fill(page, "Diusulkan/diputuskan oleh (nama/jabatan)", "Ketua komite talenta", nth=1)
    wait_for_app(page)
    page.get_by_role("button", name="Tinjau (setujui)").click()
    wait_for_app(page)
    expect(
        page.get_by_test_id("stAlertContentSuccess").filter(has_text="ditinjau komite talenta")
    ).to_be_visible()
    expect(page.get_by_text("draf 0, ditinjau 1", exact=False)).to_be_visible()
    expect(page.get_by_text("0 pegawai dikalibrasi", exact=False)).to_be_visible()
    expect(page.get_by_role("button", name="Tinjau (setujui)")).to_be_disabled()
    screenshot(page, "calibration_reviewed")

    # 3. the PPK sets the period: it counts and the period is locked
    set_button = page.get_by_role("button", name="Tetapkan dan kunci periode 2025")
    expect(set_button).to_be_enabled()
    lock_box = page.locator(".st-key-cal_set_section")
    lock_box.scroll_into_view_if_needed()
    for label, value in (
        ("Alasan (minimal satu kalimat)", SET_NOTE),
        ("Diusulkan/diputuskan oleh (nama/jabatan)", "Bupati Ende"),
    ):
        box = lock_box.get_by_role("textbox", name=label)
        box.fill(value)
        box.press("Tab")
    wait_for_app(page)
    set_button.click()
    wait_for_app(page)
    expect(
        page.get_by_test_id("stAlertContentSuccess").filter(has_text="ditetapkan dan dikunci: 1 usulan")
    ).to_be_visible()
    expect(
        page.get_by_text("sudah ditetapkan dan dikunci (PMK 38/2025 pasal 21)", exact=False)
    ).to_be_visible()
    expect(page.get_by_role("button", name="Usulkan kalibrasi (draf)")).to_be_disabled()
    expect(page.get_by_text("1 pegawai dikalibrasi", exact=False)).to_be_visible()
    bars = page.get_by_test_id("stPlotlyChart").filter(has_text="Sesudah")  # before/after chart legend
    # One chart once the run after the decision is over (its predecessor, faded, stays during the run).
    expect(bars).to_have_count(1, timeout=30_000)
    expect(bars.locator(".legendtext").get_by_text("Sebelum")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("1 entri", exact=True)).to_be_visible()
    steps = page.get_by_text("Langkah keputusan", exact=True)
    steps.scroll_into_view_if_needed()
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
