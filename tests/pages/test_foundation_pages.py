"""AppTest: the app shell, Beranda and Data render on a real demo database and react to the sidebar."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import start_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return start_app(demo_db, monkeypatch)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_home_renders_headline_and_filter_changes_counts(app: AppTest) -> None:
    assert app.title[0].value == "Dasbor Talenta & Sistem Merit ASN"
    everyone = metric(app, "Pegawai")
    assert everyone not in ("0", "")
    assert any(m.value.startswith("**Sebaran pegawai per kotak") for m in app.markdown)
    bars = next(m.value for m in app.markdown if "box-distribution" in m.value)  # below the figures
    assert all(f"Kotak {b}</th>" in bars for b in range(1, 10))
    assert len(app.get("plotly_chart")) == 0  # HTML: drawn with the first figures (no plotly script)
    units = app.sidebar.multiselect(key="f_unit_kerja")
    assert "Dinas Pendidikan" in units.options
    units.set_value(["Dinas Pendidikan"]).run()
    assert not app.exception
    narrowed = metric(app, "Pegawai")
    assert int(narrowed.replace(".", "")) < int(everyone.replace(".", ""))
    assert int(narrowed.replace(".", "")) > 0
    assert next(m.value for m in app.markdown if "box-distribution" in m.value) != bars  # the bars follow


def test_period_switch_changes_title(app: AppTest) -> None:
    assert "periode 2025" in app.subheader[0].value
    app.sidebar.selectbox(key="f_period").set_value(2024).run()
    assert "periode 2024" in app.subheader[0].value


def test_language_switch_to_english(app: AppTest) -> None:
    app.session_state["lang"] = "en"
    app.run()
    assert app.title[0].value == "ASN Talent & Merit Dashboard"
    assert any(m.label == "Employees" for m in app.metric)


def test_data_page_renders_and_reacts_to_the_sidebar(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/data.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Data"
    everyone = next(m.value for m in at.markdown if "baris pegawai" in m.value)
    # AppTest does not expose the sidebar tree after switch_page; set the filter's state directly
    at.session_state["f_unit_kerja"] = ["Dinas Kesehatan"]
    at.run()
    narrowed = next(m.value for m in at.markdown if "baris pegawai" in m.value)
    assert narrowed != everyone
    assert int(narrowed.split()[0].replace(".", "")) < int(everyone.split()[0].replace(".", ""))


def test_a_shared_link_restores_the_filters(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["period"] = "2024"
    at.query_params["unit_kerja"] = ["Dinas Kesehatan"]
    at.query_params["jenis_jabatan"] = ["Jabatan Khayalan"]  # unknown: dropped, no crash
    at.run()
    assert not at.exception, at.exception
    assert "periode 2024" in at.subheader[0].value
    assert at.sidebar.multiselect(key="f_unit_kerja").value == ["Dinas Kesehatan"]
    assert at.sidebar.multiselect(key="f_jenis_jabatan").value == []


def test_a_bad_period_in_the_link_is_noted(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["period"] = "dua ribu"
    at.run()
    assert not at.exception
    assert any("dua ribu" in w.value for w in at.sidebar.warning)
    assert "periode 2025" in at.subheader[0].value


def test_the_app_bounds_duckdbs_memory(tmp_path: Path) -> None:
    """The app's connection caps DuckDB (a national rebuild of employee_scores peaked near 5 GB),
    while a plain connection keeps DuckDB's default (most of the machine's memory)."""
    from analytics.core import db
    from ui import data as ui_data

    target = tmp_path / "mem.duckdb"
    db.connect(target).close()
    con = ui_data.connection(str(target))
    try:
        assert con.execute("select current_setting('memory_limit')").fetchall()[0][0] == "1.8 GiB"
    finally:
        ui_data.page_drawn()  # as app.py does after a run: the warm-up does not wait for a page
        ui_data.WARMING[id(con)].join(timeout=60)  # the warm-up thread holds a cursor until it is done
        con.close()
        ui_data.connection.clear()
    plain = db.connect(target)
    try:
        assert plain.execute("select current_setting('memory_limit')").fetchall()[0][0] != "1.8 GiB"
    finally:
        plain.close()


def test_a_crowded_filter_waits_for_a_narrower_one_above(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At national scale the units number in the tens of thousands: the list is not sent until an
    instansi (or province) narrows it; with fewer choices it is offered as before."""
    from ui import sidebar

    at = start_app(demo_db, monkeypatch)
    units = at.sidebar.multiselect(key="f_unit_kerja")
    everywhere = len(units.options)
    assert everywhere > 3 and not units.disabled
    monkeypatch.setattr(sidebar, "MAX_FILTER_OPTIONS", everywhere - 1)
    at.run()
    units = at.sidebar.multiselect(key="f_unit_kerja")
    assert units.disabled and list(units.options) == []
    assert f"{everywhere} pilihan" in units.placeholder
    instansi = at.sidebar.multiselect(key="f_instansi")
    instansi.set_value([instansi.options[0]]).run()
    units = at.sidebar.multiselect(key="f_unit_kerja")
    assert not units.disabled and 0 < len(units.options) < everywhere
    assert units.placeholder == "Semua"
