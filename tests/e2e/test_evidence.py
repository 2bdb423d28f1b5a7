"""Browser: the talent page's evidence pack (bukti dukung) downloads as a PDF and an XLSX for the demo's
Kabupaten Ende; both files name the question each page answers."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from tests.test_evidence import pdf_text

pytestmark = pytest.mark.e2e


def test_evidence_pack_downloads_both_files(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    open_page(page, "talent")
    heading = page.get_by_role(
        "heading", name="Bukti dukung evaluasi sistem merit 2026: Pemerintah Kabupaten Ende"
    )
    expect(heading).to_be_visible()
    heading.scroll_into_view_if_needed()
    screenshot(page, "evidence_buttons")

    with page.expect_download(timeout=120_000) as pdf:
        page.locator(".st-key-evidence_pdf button").click()
    assert pdf.value.suggested_filename == "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.pdf"
    text = pdf_text(Path(pdf.value.path()).read_bytes())
    assert "Menjawab: PermenPANRB 19/2025, aspek Manajemen Talenta, nomor pertanyaan: belum publik" in text
    assert re.search(r"[\d.]+ dari [\d.]+ pegawai terpetakan \(\d+,\d%\)", text)  # Indonesian numbers

    with page.expect_download(timeout=120_000) as xlsx:
        page.locator(".st-key-evidence_xlsx button").click()
    assert xlsx.value.suggested_filename == "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.xlsx"
    book = openpyxl.load_workbook(
        io.BytesIO(Path(xlsx.value.path()).read_bytes())
    )  # a temp name without .xlsx
    assert book.sheetnames[0] == "Daftar isi" and "SKP" in book.sheetnames
    contents = [r for r in book["Daftar isi"].iter_rows(values_only=True) if r[0] is not None]
    assert any(
        r[3] == "Pengelolaan Kinerja (PermenPANRB 19/2025)" and r[4] == "belum publik" for r in contents
    )
    wait_for_app(page)
