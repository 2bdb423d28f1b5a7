"""The merit instrument version chosen on the Data page (issue 17.1): a PermenPANRB 40/2018 file of
2025 uploaded as PermenPANRB 19/2025 is rejected in the report, row and column named, and nothing can be
imported. The 2026 period's own units on the merit page: tests/pages/test_merit_versions_page.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect


def test_a_40_2018_file_chosen_as_19_2025_is_rejected(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    tmp_path: Path,
) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    open_page(page, "data")
    page.get_by_text("Penilaian sistem merit", exact=True).click()
    wait_for_app(page)
    page.get_by_role("combobox", name="Versi instrumen merit").click()
    page.get_by_role("option", name="PermenPANRB 19/2025", exact=True).click()
    wait_for_app(page)
    old = tmp_path / "merit_2025.csv"
    old.write_text(
        "Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n"
        "Pemerintah Kabupaten Ende;Kabupaten;Nusa Tenggara Timur;2025;Verifikasi Akhir;Pengadaan;30\n",
        encoding="utf-8",
    )
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(old))
    wait_for_app(page)
    report = page.get_by_test_id("stTable").first
    expect(report).to_be_visible()
    text = report.inner_text()
    assert "merit_2025.csv" in text and "kolom 'Aspek'" in text, text
    assert "milik instrumen PermenPANRB 40/2018, bukan PermenPANRB 19/2025" in text, text
    assert "kolom 'Periode'" in text and "tidak dalam masa berlaku PermenPANRB 19/2025" in text, text
    expect(page.get_by_role("button", name="Impor", exact=True)).to_be_disabled()
    report.scroll_into_view_if_needed()
    screenshot(page, "data_merit_version_mismatch")
