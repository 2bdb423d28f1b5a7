"""AppTest: the nine-box page renders on the demo database and reacts to its controls and the sidebar."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import rerun, start_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return start_app(demo_db, monkeypatch, "app_pages/ninebox.py")


def metric(at: AppTest, label: str) -> int:
    value = next(m.value for m in at.metric if m.label == label)
    return int(value.split(" ")[0].replace(".", ""))


def listed(at: AppTest) -> int:
    """The number in '**N pegawai**' above the employees table."""
    for m in at.markdown:
        found = re.fullmatch(r"\*\*([\d.]+) pegawai\*\*", m.value)
        if found:
            return int(found.group(1).replace(".", ""))
    raise AssertionError("no employee list shown")


def frame_with(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first table on the page that has these columns."""
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def test_page_renders_counts_chart_and_caption(app: AppTest) -> None:
    assert app.title[0].value == "Matriks talenta nine-box"
    assert metric(app, "Pegawai terpetakan") > 0
    assert any("bukan ketentuan regulasi" in c.value for c in app.caption)
    # the counts table beside the chart holds the nine boxes
    counts = frame_with(app, "Kotak", "Keterangan", "%")
    assert list(counts["Kotak"]) == [f"Kotak {b}" for b in range(1, 10)]


def test_box_choice_lists_that_box_and_unit_filter_narrows_it(app: AppTest) -> None:
    assert not any(re.fullmatch(r"\*\*[\d.]+ pegawai\*\*", m.value) for m in app.markdown)
    app.selectbox(key="nb_box").set_value(5)
    rerun(app)
    everyone_in_5 = listed(app)
    assert everyone_in_5 > 0
    assert any("Tindak lanjut yang disarankan" in i.value for i in app.info)
    mapped = metric(app, "Pegawai terpetakan")

    app.session_state["f_unit_kerja"] = ["Dinas Pendidikan"]  # the sidebar's unit filter
    rerun(app)
    assert 0 < listed(app) < everyone_in_5
    assert metric(app, "Pegawai terpetakan") < mapped
    table = frame_with(app, "Nama", "Tindak lanjut")
    assert set(table["Unit kerja"]) == {"Dinas Pendidikan"}
    assert set(table["Kotak"]) == {5}


def test_meeting_mode_hides_names_and_nips(app: AppTest) -> None:
    app.selectbox(key="nb_box").set_value(9)
    rerun(app)
    assert "NIP" in frame_with(app, "Nama", "Tindak lanjut").columns
    app.toggle(key="meeting_mode").set_value(True)  # the sidebar's one switch
    rerun(app)
    table = frame_with(app, "Nama", "Tindak lanjut")
    assert all(re.fullmatch(r"\d{4}•{10}\d{4}", n) for n in table["NIP"])
    assert all(re.fullmatch(r"([A-Z]\. ?)+", n) for n in table["Nama"])


def test_relative_mode_and_english(app: AppTest) -> None:
    app.session_state["nb_mode"] = "relative"
    rerun(app)
    assert any("Mode relatif" in c.value for c in app.caption)
    app.session_state["lang"] = "en"
    rerun(app)
    assert app.title[0].value == "Nine-box talent matrix"


def test_deck_slide_keeps_each_warning_on_its_own_line(app: AppTest) -> None:
    """Issue 19.10: the nine-box slide's piling-up warnings and the pool sentence ran together."""
    title, sentence = app.session_state["_deck_texts"]["slides"][0]
    lines = sentence.split("\n")
    assert len(lines) >= 2, sentence
    assert lines[-1].startswith("Talent pool (Kotak 7-8-9)"), lines  # the pool sentence last, alone
    warnings = [b.value.replace("\\", "") for b in app.error]  # the banners escape markdown
    assert warnings and all(w in lines for w in warnings[:3]), (warnings, lines)


def test_links_keep_the_view_in_stable_keys(
    app: AppTest, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19.4: the open tab is a stable code in the link and English travels with it."""

    # a colleague's link: the regional tab by its code, opened in Indonesian and in English
    for lang, heading in (
        ("id", "Bandingkan"),
    ):  # (AppTest 1.67 drops the sidebar's language after switch_page)
        monkeypatch.setenv("TALENTA_DB", str(demo_db))
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.query_params["tab"] = "wilayah"
        at.query_params["lang"] = lang
        at.run()
        at.switch_page("app_pages/ninebox.py")
        rerun(at)
        assert any(r.label == heading for r in at.radio), (lang, [r.label for r in at.radio])
        assert at.query_params.get("tab") in ("wilayah", ["wilayah"])
        assert at.query_params.get("lang") == ("en" if lang == "en" else None)  # English is in the link


def test_the_unmappable_list_is_read_when_its_expander_opens(app: AppTest) -> None:
    from ui.ninebox import UNMAPPABLE_KEY

    title = next(e.label for e in app.expander if e.label.startswith("Pegawai tidak terpetakan"))
    n = int(re.search(r"\(([\d.]+)\)", title).group(1).replace(".", ""))  # type: ignore[union-attr]
    assert n > 0
    assert not any({"Alasan"} <= set(d.value.columns) for d in app.dataframe)  # closed: not read
    app.session_state[UNMAPPABLE_KEY] = True  # the user opens it
    rerun(app)
    lost = frame_with(app, "Alasan")
    assert len(lost) == min(n, 2000)


def test_the_further_piling_up_flags_are_tabled_when_their_expander_opens(app: AppTest) -> None:
    from ui.ninebox import MORE_FLAGS_KEY

    title = next((e.label for e in app.expander if "penumpukan lainnya" in e.label), None)
    assert title is not None, [e.label for e in app.expander]
    group = "Temuan"
    assert not any(group in d.value.columns for d in app.dataframe)  # closed: not built
    app.session_state[MORE_FLAGS_KEY] = True
    rerun(app)
    assert len(frame_with(app, group)) > 0


def test_deck_title_slide_names_the_scheme_and_numbering(app: AppTest) -> None:
    """Issue 17.2: the summary deck says which agency scheme and numbering its boxes follow."""
    lines = app.session_state["_deck_texts"]["lines"]
    assert (
        "Skema instansi: Kepka BKN 411/2025 (bawaan nasional) · Penomoran kotak: PermenPANRB 3/2020" in lines
    )
    assert any(line.startswith("Periode") for line in lines), lines


def test_deck_cover_names_no_snapshot_on_a_duckdb_file(app: AppTest) -> None:
    """A DuckDB file has no snapshots: the title slide names the period and filters, and no snapshot
    (tests/test_lake.py checks the snapshot line on a shared store)."""
    lines = app.session_state["_deck_texts"]["lines"]
    assert any(line.startswith("Periode: ") for line in lines), lines
    assert not any("snapshot" in line for line in lines), lines


def test_the_open_source_numbering_names_its_own_pool_boxes(app: AppTest) -> None:
    """Issue 17.2: under the open-source tool's numbering the pool is boxes 6-8-9 (the same cells)."""
    labels = [m.label for m in app.metric]
    assert "Talent pool (Kotak 7-8-9)" in labels, labels
    pool = metric(app, "Talent pool (Kotak 7-8-9)")
    app.selectbox(key="nb_scheme").set_value("opensource")
    rerun(app)
    labels = [m.label for m in app.metric]
    assert "Talent pool (Kotak 6-8-9)" in labels and "Talent pool (Kotak 7-8-9)" not in labels, labels
    assert metric(app, "Talent pool (Kotak 6-8-9)") == pool  # the same cells, other numbers
    lines = app.session_state["_deck_texts"]["lines"]
    assert any("Penomoran kotak: Alat sumber terbuka" in line for line in lines), lines


@pytest.mark.parametrize("scheme", ["kemenkeu", "opensource"])
def test_a_link_chooses_the_box_numbering(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    """``?nb_scheme=…`` opens the page in that numbering (bound to the URL, the select lost the link's
    value and showed PermenPANRB 3/2020); the default without it."""
    linked = start_app(demo_db, monkeypatch, "app_pages/ninebox.py", params={"nb_scheme": scheme})
    assert linked.session_state["nb_scheme"] == scheme
    plain = start_app(demo_db, monkeypatch, "app_pages/ninebox.py")
    assert plain.session_state["nb_scheme"] == "permenpanrb"


def test_the_regional_comparison_says_when_agencies_use_different_schemes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17.2: one instansi of the demo renamed to Kementerian Pekerjaan Umum, which
    ref_instansi_schemes binds to the PU scheme: the comparison across agencies warns, naming both
    schemes; the plain demo (every agency on the national default) gives no such warning."""
    from analytics.core import db
    from tests.stores import demo_file

    plain = demo_file(tmp_path / "plain.duckdb", 600)
    mixed = demo_file(tmp_path / "mixed.duckdb", 600)
    con = db.connect(mixed)
    try:
        first = con.execute("select min(instansi) from employees").fetchone()[0]  # type: ignore[index]
        con.execute(
            "update employees set instansi = 'Kementerian Pekerjaan Umum' where instansi = ?", [first]
        )
        con.execute("checkpoint")
    finally:
        con.close()
    params = {"nb_region_by": "instansi", "tab": "wilayah"}

    def warnings(path: Path) -> list[str]:
        at = start_app(path, monkeypatch, "app_pages/ninebox.py", params=params)
        assert any("Kelengkapan" in d.value.columns for d in at.dataframe)  # the regional tab is drawn
        return [w.value for w in at.warning if "skema yang berbeda" in w.value]

    found = warnings(mixed)
    assert (
        len(found) == 1 and "Kepka BKN 411/2025" in found[0] and "Kementerian Pekerjaan Umum" in found[0]
    ), found
    assert warnings(plain) == []
