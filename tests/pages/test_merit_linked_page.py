"""AppTest: the merit page's linked views carry their selection between Python and the address: a
selection in the URL filters the table and counts, a chart selection reaches the URL, meeting mode
draws them in large type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.merit import linked as linked_charts
from analytics.merit import scores as merit
from ui.data import connection

ROOT = Path(__file__).resolve().parents[2]


def open_merit(demo_db: Path, monkeypatch: pytest.MonkeyPatch, **params: str | list[str]) -> AppTest:
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("app_pages/merit.py").run()
    assert not at.exception, at.exception
    return at


def expected(demo_db: Path, period: int, interval: tuple[float, float] | None, types: list[str]) -> list[str]:
    totals = merit.instansi_totals(connection(str(demo_db)), period)  # the app's own connection
    scored = totals[totals["indeks"].notna()]
    return sorted(linked_charts.filter_national(scored, interval, types)["instansi"])


def selection_line(at: AppTest) -> str:
    lines = [m.value for m in at.markdown if m.value.startswith(("Terpilih:", "Selected:"))]
    assert lines, [m.value for m in at.markdown]
    return lines[0]


def category_total(at: AppTest) -> int:
    cats = {"Buruk", "Kurang", "Baik", "Sangat Baik"}
    values = [m for m in at.metric if m.label in cats]
    return sum(int(m.value.replace(".", "")) for m in values[:4])


def test_a_range_in_the_url_selects_those_instansi(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_merit(
        demo_db, monkeypatch, tampilan="nasional", periode="2022", indeks_min="0.6", indeks_max="0.9"
    )
    names = expected(demo_db, 2022, (0.6, 0.9), [])
    everyone = expected(demo_db, 2022, None, [])
    assert 0 < len(names) < len(everyone)
    assert selection_line(at) == f"Terpilih: {len(names)} dari {len(everyone)} instansi, indeks 0,60–0,90"
    shown = at.dataframe[0].value
    assert len(shown) == len(names)
    assert category_total(at) == len(names)
    assert at.query_params["indeks_min"] == "0.6" and at.query_params["indeks_max"] == "0.9"


def test_a_type_in_the_url_selects_that_type(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_merit(demo_db, monkeypatch, tampilan="nasional", periode="2022", jenis="Provinsi")
    names = expected(demo_db, 2022, None, ["Provinsi"])
    assert names and all(n.startswith("Pemerintah Provinsi") for n in names)
    assert selection_line(at).endswith(", jenis: Provinsi")
    assert len(at.dataframe[0].value) == len(names)
    assert at.query_params["jenis"] == "Provinsi"


def test_an_unusable_selection_in_the_url_is_named(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_merit(
        demo_db, monkeypatch, tampilan="nasional", periode="2022", indeks_min="abc", jenis="Planet"
    )
    assert any("indeks_min" in w.value and "jenis" in w.value for w in at.warning)
    everyone = expected(demo_db, 2022, None, [])
    assert selection_line(at) == f"Terpilih: {len(everyone)} dari {len(everyone)} instansi"
    assert "jenis" not in at.query_params


def test_a_chart_selection_reaches_python_and_the_url(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_merit(demo_db, monkeypatch, tampilan="nasional", periode="2022")
    everyone = expected(demo_db, 2022, None, [])
    assert selection_line(at) == f"Terpilih: {len(everyone)} dari {len(everyone)} instansi"
    # what the browser sends back when the user brushes 0,5–0,75 and picks 'Kabupaten/Kota'
    at.session_state["merit_national_2022"] = {
        "selection": {
            linked_charts.BRUSH: {"indeks": [0.5, 0.75]},
            linked_charts.TYPE_PICK: [{"jenis": "Kabupaten/Kota"}],
        }
    }
    at.run()
    assert not at.exception, at.exception
    names = expected(demo_db, 2022, (0.5, 0.75), ["Kabupaten/Kota"])
    assert 0 < len(names) < len(everyone)
    assert selection_line(at).startswith(
        f"Terpilih: {len(names)} dari {len(everyone)} instansi, indeks 0,50–0,75"
    )
    assert category_total(at) == len(names)
    assert at.query_params["indeks_min"] == "0.5" and at.query_params["indeks_max"] == "0.75"
    assert at.query_params["jenis"] == "Kabupaten/Kota"


def test_meeting_mode_draws_the_linked_views_in_large_type(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = open_merit(demo_db, monkeypatch, tampilan="nasional", periode="2022")
    charts = at.get("vega_lite_chart")
    assert json.loads(charts[0].proto.spec)["config"]["axis"]["labelFontSize"] < 18  # the check can fail
    at.session_state["meeting_mode"] = True  # the sidebar's switch
    at.run()
    assert not at.exception, at.exception
    charts = at.get("vega_lite_chart")
    assert charts, "no altair chart drawn"
    spec = json.loads(charts[0].proto.spec)
    assert spec["config"]["axis"]["labelFontSize"] >= 18
    assert not any("NIP" in m.value for m in at.markdown)
