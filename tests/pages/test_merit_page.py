"""AppTest: the merit page renders each view on a real demo database and follows the province choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import start_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return start_app(demo_db, monkeypatch, "app_pages/merit.py", period=None)


def table_text(at: AppTest) -> str:
    frame = at.dataframe[0].value
    return frame.to_csv(index=False)


def test_province_view_shows_the_ntt_table(app: AppTest) -> None:
    assert app.title[0].value == "Penilaian Sistem Merit"
    assert app.selectbox(key="merit_province").value == "Nusa Tenggara Timur"
    app.selectbox(key="merit_period").set_value(2022).run()
    assert not app.exception, app.exception
    frame = app.dataframe[0].value
    assert "Kota Kupang" in set(frame["Instansi"])
    assert {328.5, 240.5} <= set(frame["Nilai verifikasi"].dropna()) | set(frame["Nilai mandiri"].dropna())
    assert "tidak terbaca" in set(frame["Status SIPINTER"])
    labels = {m.label: m.value for m in app.metric}
    assert labels["Indeks (skala 0–1)"] == "0,69"
    assert labels["Kategori"] == "Baik"
    assert labels["Status tidak terbaca"] == "9"


def test_switching_province_changes_the_table(app: AppTest) -> None:
    before = table_text(app)
    app.selectbox(key="merit_province").set_value("Jawa Barat").run()
    assert not app.exception, app.exception
    after = table_text(app)
    assert after != before
    assert "Kota Bandung" in after and "Kota Kupang" not in after


@pytest.mark.parametrize("view", ["instansi", "nasional", "periode"])
def test_each_view_renders(app: AppTest, view: str) -> None:
    app.session_state["merit_view"] = view
    app.run()
    assert not app.exception, app.exception
    assert len(app.dataframe) >= 1
    if view == "instansi":
        assert app.selectbox(key="merit_instansi").value == "Pemerintah Provinsi Nusa Tenggara Timur"
    if view == "nasional":
        assert any("tidak pasti" in w.value for w in app.warning)
    if view == "periode":
        assert {m.label for m in app.metric} >= {"naik", "turun"}


def test_english_and_selection_kept_across_pages(app: AppTest) -> None:
    app.selectbox(key="merit_province").set_value("Sulawesi Selatan").run()
    app.switch_page("app_pages/home.py").run()
    app.switch_page("app_pages/merit.py").run()
    assert app.selectbox(key="merit_province").value == "Sulawesi Selatan"
    app.session_state["lang"] = "en"
    app.run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Merit-system assessment"


def test_merit_numbers_sort_as_numbers_and_read_in_indonesian(app: AppTest) -> None:
    """Issue 19.3: the score columns hold numbers (so a header click sorts 33 < 57 < 107 < 240,5) and
    each cell reads as before: Indonesian decimals, 'tidak terbaca' / 'belum ada' for the gaps."""
    from analytics.merit import charts
    from analytics.merit import scores as merit
    from ui.merit import sortable

    app.selectbox(key="merit_period").set_value(2022).run()
    frame = app.dataframe[0].value
    for column in ("Nilai mandiri", "Nilai verifikasi", "Selisih"):
        assert frame[column].dtype.kind == "f", column
    ordered = frame.sort_values("Nilai verifikasi", na_position="last")["Nilai verifikasi"]
    numbers = ordered.dropna().tolist()
    assert numbers == sorted(numbers) and numbers.index(240.5) > numbers.index(114.0)
    assert ordered.isna().tolist() == sorted(ordered.isna().tolist())  # the gaps last

    import duckdb

    con = duckdb.connect(str(Path(app.session_state["db_path"])), read_only=False)
    table = merit.regency_comparison(con, "Nusa Tenggara Timur", 2022)
    values, shown = charts.regency_sortable(table, max_total=410, lang="id")
    html = sortable(values, shown).to_html()
    assert "240,5" in html and "tidak terbaca" in html and "belum ada" in html and "240.5" not in html
