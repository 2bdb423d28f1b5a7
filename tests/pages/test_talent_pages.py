"""AppTest: the talent-pool/succession page and the fairness page render on the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import start_app

ROOT = Path(__file__).resolve().parents[2]


def open_page(demo_db: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> AppTest:
    return start_app(demo_db, monkeypatch, page)


def test_talent_page_shows_pool_and_five_readiness_rows(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = open_page(demo_db, monkeypatch, "app_pages/talent.py")
    assert at.title[0].value == "Talent pool dan suksesi"
    # the demo's succession data is seeded on first visit: Kabupaten Ende has critical positions
    assert at.selectbox(key="talent_instansi").value == "Pemerintah Kabupaten Ende"
    readiness = at.table[0].value
    assert len(readiness) == 5
    assert list(readiness["Catatan KASN"])[2] == "Suksesor berada di kotak 7, 8, 9"
    evidence = list(readiness["Bukti"])
    assert "suksesor di luar kotak 7-8-9" in evidence[2] and "tanpa suksesor" in evidence[2]
    assert "Belum ada program" in evidence[4]
    assert any("belum memiliki suksesor" in e.value for e in at.error)


def test_talent_page_follows_the_chosen_instansi(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_page(demo_db, monkeypatch, "app_pages/talent.py")
    at.selectbox(key="talent_instansi").set_value("Pemerintah Provinsi Nusa Tenggara Timur")
    at.session_state["f_period"] = 2025
    at.run()
    assert not at.exception, at.exception
    readiness = at.table[0].value
    assert len(readiness) == 5
    statuses = list(readiness["Status"])
    assert statuses[2] == "Terpenuhi" and statuses[4] == "Terpenuhi"  # clean list, programmes recorded


def test_fairness_page_renders_charts_without_personal_rows(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = open_page(demo_db, monkeypatch, "app_pages/fairness.py")
    assert at.title[0].value == "Audit kesetaraan: prinsip merit"
    assert [s.value for s in at.subheader][1:6] == [
        "Jenis kelamin", "Kelompok usia", "Jenis jabatan", "Provinsi", "Kabupaten/kota",
    ]  # fmt: skip
    for frame in (d.value for d in at.dataframe):
        assert "NIP" not in frame.columns and "Nama" not in frame.columns
        sizes = frame["Pegawai terpetakan"].astype(int)  # numbers, so the column sorts by value
        assert (sizes >= 5).all()


def test_pages_follow_the_language(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_page(demo_db, monkeypatch, "app_pages/fairness.py")
    at.session_state["lang"] = "en"
    at.session_state["f_period"] = 2025
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Fairness audit: the merit principle"


def test_links_name_the_movement_periods_and_the_talent_instansi(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19.4: a link with ?sebelum=&sesudah= opens the movement page on those periods, and a
    changed choice goes into the link; the same for the talent page's instansi."""
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["sebelum"] = "2025"  # the demo holds 2024 and 2025; the default is 2024 -> 2025
    at.query_params["sesudah"] = "2024"
    at.run()
    at.switch_page("app_pages/movement.py")
    at.session_state["f_period"] = 2025
    at.run()
    assert not at.exception, at.exception
    assert at.selectbox(key="mv_before").value == 2025 and at.selectbox(key="mv_after").value == 2024
    at.selectbox(key="mv_before").set_value(2024).run()
    written = at.query_params["sebelum"]
    assert (written[0] if isinstance(written, list) else written) == "2024"

    talent = open_page(demo_db, monkeypatch, "app_pages/talent.py")
    names = talent.selectbox(key="talent_instansi").options
    other = names[-1]
    assert other != talent.selectbox(key="talent_instansi").value
    talent.selectbox(key="talent_instansi").set_value(other).run()
    written = talent.query_params["instansi_talenta"]
    assert (written[0] if isinstance(written, list) else written) == other
