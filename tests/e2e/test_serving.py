"""The real server bound to 0.0.0.0: a database holding imported data is refused without sign-in,
even through a crafted deep link to the what-if movers' list; the demo is served to a workshop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.stores import demo_file

DATA = Path(__file__).resolve().parents[1] / "data"
REAL_NIPS = ("199703062021091001", "198502142010012003", "197811202005011002")


def build(path: Path, *, real: bool) -> Path:
    return demo_file(path, 300, real=real)


def test_real_data_on_all_interfaces_is_refused(
    page: Page, tmp_path: Path, streamlit_server: Callable[..., Any], wait_for_app: Callable[..., None]
) -> None:
    path = build(tmp_path / "instansi.duckdb", real=True)
    with streamlit_server(tmp_path, env={"TALENTA_DB": str(path)}, address="0.0.0.0") as (url, log):
        page.goto(f"{url}/whatif?view=movers&integritas=40&period=2024")
        wait_for_app(page)
        text = page.locator("[data-testid='stApp']").inner_text()
        assert "tidak menyajikan data pegawai sungguhan" in text and "[auth]" in text
        assert not any(nip in text for nip in REAL_NIPS)
        assert page.get_by_test_id("stDataFrame").count() == 0
        assert "refusing to serve" in log.read_text()  # and the operator reads why in the server log


def test_the_demo_is_served_to_a_workshop(
    page: Page, tmp_path: Path, streamlit_server: Callable[..., Any], wait_for_app: Callable[..., None]
) -> None:
    path = build(tmp_path / "talenta.duckdb", real=False)
    with streamlit_server(tmp_path, env={"TALENTA_DB": str(path)}, address="0.0.0.0") as (url, _):
        page.goto(f"{url}/data")
        wait_for_app(page)
        text = page.locator("[data-testid='stApp']").inner_text()
        assert "Impor dimatikan" in text and "Unduh" in text  # templates and downloads stay
        assert "Basis data saya" not in text and "talenta.duckdb" in text
