"""The Data page in the browser: the uploader speaks the UI's language, and the import report groups
repeated problems and wraps its text (issue 19.7 and 19.8)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

HEADER = "NIP,Nama,Instansi,Unit Kerja,Jabatan,Jenis Jabatan,Periode,Nilai Kinerja,Kompetensi"


def _messy_file(tmp_path: Path) -> Path:
    """25 rows with a letter for a score (one repeated problem) and one NIP of 17 digits."""
    rows = [
        f"19850101201001{1000 + i},Pegawai {i},Pemerintah Kabupaten Ende,Dinas Pendidikan,Guru,Fungsional,2025,abc,70"
        for i in range(25)
    ]
    rows.append(
        "19850101201001999,Pegawai X,Pemerintah Kabupaten Ende,Dinas Pendidikan,Guru,Fungsional,2025,80,70"
    )
    path = tmp_path / "berantakan.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    return path


def test_uploader_in_indonesian_and_report_grouped_and_wrapped(
    page: Page,
    open_page: Callable[[Page, str], None],
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
    tmp_path: Path,
) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(page, "data")
    uploader = page.get_by_test_id("stFileUploader").first
    expect(uploader).to_be_visible()
    shown = uploader.inner_text()
    assert "Berkas" in shown  # our label
    for english in ("Upload", "Drag and drop", "per file", "Browse files", "XLS"):
        assert english not in shown, shown
    caption = page.get_by_text("Jenis berkas: xlsx, xlsm, csv, txt, parquet")
    expect(caption).to_be_visible()
    accept = page.get_by_test_id("stFileUploaderDropzoneInput").first.get_attribute("accept") or ""
    assert ".xlsx" in accept and ".xls," not in accept and not accept.endswith(".xls")
    screenshot(page, "data_uploader_id")

    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(_messy_file(tmp_path)))
    wait_for_app(page)
    report = page.get_by_test_id("stTable").first
    expect(report).to_be_visible()
    cells = report.locator("tbody tr")
    expect(cells).to_have_count(2)  # two kinds of problem, not 26 lines
    first, second = cells.nth(0).inner_text(), cells.nth(1).inner_text()
    assert "NIP harus 18 digit" in first and "baris 27" in first  # the distinct problem first
    assert "25 baris (2, 3, 4" in second and "… dan 13 lainnya" in second
    assert "kosongkan bila belum dinilai" in second  # 'what to do' is there, not cut off
    # wrapped: no cell is wider than its column (st.dataframe cut long text at the column width)
    clipped = report.locator("td, th").evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).length"
    )
    assert clipped == 0
    report.scroll_into_view_if_needed()
    screenshot(page, "data_report_grouped")
