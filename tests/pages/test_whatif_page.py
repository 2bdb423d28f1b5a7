"""AppTest: the what-if page restores its sliders from the URL, ignores bad parameters with a note,
and re-boxes everyone when a slider moves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.ninebox import boxes as nb
from analytics.whatif import engine as whatif
from tests.pages.apptest import rerun, start_app

ROOT = Path(__file__).resolve().parents[2]
HEADLINE = re.compile(
    r"^([\d.]+) pegawai berpindah kotak; talent pool \(kotak 7-8-9\) dari ([\d.]+) menjadi ([\d.]+)$"
)


def open_page(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, str] | None = None
) -> AppTest:
    return start_app(demo_db, monkeypatch, "app_pages/whatif.py", params=params)


def headline(at: AppTest) -> tuple[int, int, int]:
    for h in at.subheader:
        found = HEADLINE.fullmatch(h.value)
        if found:
            n, before, after = (int(g.replace(".", "")) for g in found.groups())
            return n, before, after
    raise AssertionError(f"no headline in {[h.value for h in at.subheader]}")


def test_default_scenario_is_the_baseline_and_a_slider_changes_the_headline(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = open_page(demo_db, monkeypatch)
    assert at.title[0].value == "Simulasi bobot (what-if)"
    n, before, after = headline(at)
    assert n == 0 and before == after > 0
    assert at.slider(key="wi_w_integritas").value == 15
    assert at.slider(key="wi_cut_kinerja").value == (60, 80)
    assert any(c.value == "15 poin = 15,0% dari sumbu" for c in at.caption)
    assert not at.warning

    at.slider(key="wi_w_integritas").set_value(60)
    rerun(at)
    moved, before2, after2 = headline(at)
    assert moved > 0 and before2 == before and after2 != after
    assert at.query_params["integritas"] in ("60", ["60"])
    # the same numbers as the analytics function
    con = db.connect(demo_db)
    try:
        base = nb.preset_weights(con)
        scenario = nb.Weights(kinerja=base.kinerja, potensial={**base.potensial, "integritas": 60})
        res = whatif.transitions(
            con, baseline=nb.Rules(base, nb.Thresholds()), scenario=nb.Rules(scenario, nb.Thresholds()),
            filters=Filters(period=2025),
        )  # fmt: skip
    finally:
        con.close()
    assert (moved, before2, after2) == (res.n_movers, res.pool_before, res.pool_after)
    # the movers' table is drawn in its own tab, only once that tab is open
    assert not any("Kotak semula" in d.value.columns for d in at.dataframe)
    assert charts_drawn(at) == ["wi_matrix"]
    at.session_state["wi_view"] = "Daftar pemindah"
    rerun(at)
    movers = next(d.value for d in at.dataframe if "Kotak semula" in d.value.columns)
    assert len(movers) == res.movers_total
    assert charts_drawn(at) == []
    assert at.query_params["view"] in ("movers", ["movers"])
    assert headline(at) == (moved, before2, after2)


def charts_drawn(at: AppTest) -> list[str]:
    """Keys of the what-if charts the run drew (their PNG buttons: one per chart)."""
    keys = ("wi_matrix", "wi_ninebox_points", "wi_sankey", "wi_sens")
    return [k for k in keys if any(b.key == f"{k}_png" for b in at.get("download_button"))]


def test_each_tab_draws_its_chart_and_the_url_opens_one(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.whatif import POINTS_KEY, SANKEY_KEY

    at = open_page(demo_db, monkeypatch, {"integritas": "60", "view": "sankey"})
    assert at.session_state["wi_view"] == "Arus (Sankey)"
    # the Sankey tab: the largest flows as an HTML list while the sliders move, the diagram on demand
    assert charts_drawn(at) == []
    assert any("class='wi-flows'" in m.value for m in at.markdown)
    at.session_state[SANKEY_KEY] = True
    rerun(at)
    assert charts_drawn(at) == ["wi_sankey"]
    # the nine-box tab: the boxes as an HTML grid while the sliders move, the points chart on demand
    at.session_state["wi_view"] = "Nine-box"
    rerun(at)
    assert charts_drawn(at) == []
    assert any("class='wi-ninebox'" in m.value for m in at.markdown)
    at.session_state[POINTS_KEY] = True
    rerun(at)
    assert charts_drawn(at) == ["wi_ninebox_points"]
    at.session_state["wi_view"] = "Kepekaan"
    rerun(at)
    assert charts_drawn(at) == ["wi_sens"]
    assert at.query_params["view"] in ("sens", ["sens"])
    # the meeting summary still holds every chart, whichever tab is open
    deck = next(b for b in at.get("download_button") if b.key == "wi_deck_pptx")
    assert deck is not None
    texts = at.session_state["_deck_texts"]["slides"]
    assert [t for t, _ in texts] == [
        "Matriks perpindahan", "Nine-box dengan bobot baru", "Arus perpindahan", "Kepekaan tiap komponen"
    ]  # fmt: skip
    # back on the first tab, 'view' leaves the URL
    at.session_state["wi_view"] = "Matriks"
    rerun(at)
    assert charts_drawn(at) == ["wi_matrix"] and "view" not in at.query_params


def test_url_parameters_restore_the_sliders(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    params = {
        "integritas": "40",
        "potensi": "5",
        "kinerja_low": "55",
        "kinerja_high": "85",
        "baseline": "setara",
    }
    at = open_page(demo_db, monkeypatch, params)
    assert at.slider(key="wi_w_integritas").value == 40
    assert at.slider(key="wi_w_potensi").value == 5
    assert at.slider(key="wi_w_kompetensi").value == 1  # the rest from the baseline 'setara'
    assert at.slider(key="wi_cut_kinerja").value == (55, 85)
    assert at.slider(key="wi_cut_potensial").value == (60, 80)
    assert at.selectbox(key="wi_baseline").value == "setara"
    assert not at.warning
    assert headline(at)[0] > 0


def test_bad_parameters_are_ignored_with_a_note(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    params = {
        "integritas": "-5",
        "potensi": "banyak",
        "kompetensi": "150",
        "foo": "1",
        "baseline": "nope",
        "kinerja_low": "90",
        "kinerja_high": "70",
        "instansi": "Instansi Fiktif",
        "penghargaan": "30",  # a good one among them is still used
        "view": "grafik",
    }
    at = open_page(demo_db, monkeypatch, params)
    note = " ".join(w.value for w in at.warning)
    for part in (
        "integritas=-5",
        "potensi=banyak",
        "kompetensi=150",
        "'foo'",
        "'nope'",
        "kinerja",
        "Instansi Fiktif",
        "tampilan 'grafik'",
    ):
        assert part in note, part
    assert at.slider(key="wi_w_integritas").value == 15
    assert at.slider(key="wi_w_potensi").value == 25
    assert at.slider(key="wi_w_kompetensi").value == 20
    assert at.slider(key="wi_w_penghargaan").value == 30
    assert at.slider(key="wi_cut_kinerja").value == (60, 80)
    assert at.selectbox(key="wi_baseline").value == "kepka411"
    assert "foo" not in at.query_params  # ignored keys leave the URL


def test_link_filters_are_applied_on_opening(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sidebar takes the link's filters on the session's first run: no extra click needed."""
    con = db.connect(demo_db)
    unit = con.execute("select min(unit_kerja) from employees where period = 2025").fetchall()[0][0]
    con.close()
    at = open_page(demo_db, monkeypatch, {"unit_kerja": unit, "period": "2025"})
    assert not at.exception
    assert at.session_state["f_unit_kerja"] == [unit]
    assert not any(unit in i.value for i in at.info)  # nothing left to offer


def test_preset_and_reset_fill_the_sliders(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_page(demo_db, monkeypatch)
    at.selectbox(key="wi_preset").set_value("setara")
    rerun(at)
    assert at.slider(key="wi_w_kinerja_utama").value == 25 and at.slider(key="wi_w_integritas").value == 1
    assert headline(at)[0] > 0
    at.button(key="wi_reset").click()
    rerun(at)
    assert at.slider(key="wi_w_kinerja_utama").value == 60
    assert headline(at)[0] == 0


def test_meeting_mode_link_is_no_unknown_parameter(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``rapat=1`` belongs to the sidebar: the what-if page neither notes it as unknown nor drops it
    when it rewrites the URL after a slider move."""
    at = open_page(demo_db, monkeypatch, {"rapat": "1", "integritas": "40"})
    assert at.session_state["meeting_mode"] is True
    assert not at.warning
    assert at.slider(key="wi_w_integritas").value == 40
    at.slider(key="wi_w_integritas").set_value(45)
    rerun(at)
    assert at.query_params["integritas"] in ("45", ["45"])
    assert at.query_params["rapat"] in ("1", ["1"])


def test_switching_the_language_keeps_the_open_tab(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.whatif import SANKEY_KEY

    at = open_page(demo_db, monkeypatch, {"integritas": "60", "view": "sankey"})
    at.session_state[SANKEY_KEY] = True
    rerun(at)
    assert charts_drawn(at) == ["wi_sankey"] and at.session_state["wi_view"] == "Arus (Sankey)"
    at.session_state["lang"] = "en"
    rerun(at)
    assert at.session_state["wi_view"] == "Flows (Sankey)"
    assert charts_drawn(at) == ["wi_sankey"]
    assert any("employees change box" in h.value for h in at.subheader)
