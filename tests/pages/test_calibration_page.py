"""AppTest: the Kalibrasi page moves one person with a reason, refuses a move without one, and is
closed while the period is locked; the nine-box page then marks the calibrated person."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import rerun, start_app

ROOT = Path(__file__).resolve().parents[2]
REASON = "Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja."


@pytest.fixture
def db_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database: these tests write calibrations."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def app(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return start_app(db_copy, monkeypatch, "app_pages/calibration.py")


def frame_with(at: AppTest, *columns: str) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def shown_values(at: AppTest, column: str, *with_columns: str) -> list[str]:
    """A column's cells as the table shows them (a Styler's display values), not the raw numbers."""
    table = next(d for d in at.dataframe if {column, *with_columns} <= set(d.value.columns))
    raw = table.proto.arrow_data.styler.display_values
    shown = convert_arrow_bytes_to_pandas_df(raw) if raw else table.value
    return [str(v) for v in shown.iloc[:, list(table.value.columns).index(column)]]


def _count(cell: object) -> int:
    """A count cell: a number (the table sorts by value) or its Indonesian text."""
    return int(cell) if isinstance(cell, (int, float)) else int(str(cell).replace(".", ""))


def counts(at: AppTest) -> dict[str, tuple[int, int]]:
    """Box -> (before, after) from the before/after table."""
    table = frame_with(at, "Sebelum", "Sesudah")
    return {
        row["Kotak"]: (_count(row["Sebelum"]), _count(row["Sesudah"])) for row in table.to_dict("records")
    }


def trail_rows(at: AppTest) -> int:
    tables = [d.value for d in at.dataframe if "Alasan" in d.value.columns and "Entri" in d.value.columns]
    return len(tables[0]) if tables else 0


def pick_first_in_box(at: AppTest, target: int, db_file: Path | None = None) -> str:
    """Choose the first listed employee whose computed box is ``target``; returns the NIP.

    With ``db_file`` the candidates come from the nine-box rules directly (fast); the page must then
    show that very box for the chosen person."""
    box = at.selectbox(key="cal_nip")
    candidates = list(box.options)
    if db_file is not None:
        from analytics.core import db
        from analytics.ninebox import boxes as ninebox

        con = db.connect(db_file)
        try:
            boxes = ninebox.assign_boxes(
                con, rules=ninebox.Rules.default(con), filters=ninebox.Filters(period=2025)
            )
        finally:
            con.close()
        # the options are shown formatted (name · NIP); their values are the NIPs
        wanted = set(boxes.loc[boxes["box"] == target, "nip"])
        candidates = [
            nip for label in candidates for nip in str(label).replace("·", " ").split() if nip in wanted
        ][:3]
    for nip in candidates:
        box.set_value(nip)
        rerun(at)
        if any(m.label == "Kotak dihitung" and m.value == f"Kotak {target}" for m in at.metric):
            return str(at.session_state["cal_nip"])
    raise AssertionError(f"nobody in box {target} among {len(candidates)} candidates")


def pick_first_in_box_5(at: AppTest) -> str:
    """Choose the first listed employee whose computed box is 5; returns the NIP."""
    return pick_first_in_box(at, 5)


def test_calibrating_one_person_changes_the_counts_and_adds_a_trail_row(app: AppTest) -> None:
    assert app.title[0].value == "Kalibrasi talenta"
    before = counts(app)
    assert all(b == a for b, a in before.values())
    assert trail_rows(app) == 0
    nip = pick_first_in_box_5(app)
    app.selectbox(key="cal_to_box").set_value(6)
    app.text_area(key="cal_reason").set_value(REASON)
    app.text_input(key="cal_by").set_value("Kepala BKPSDM")
    rerun(app)
    app.button(key="cal_submit").click()
    rerun(app)
    assert any("Kalibrasi tersimpan" in s.value for s in app.success)
    after = counts(app)
    assert after["Kotak 5"] == (before["Kotak 5"][0], before["Kotak 5"][1] - 1)
    assert after["Kotak 6"] == (before["Kotak 6"][0], before["Kotak 6"][1] + 1)
    assert trail_rows(app) == 1
    trail = frame_with(app, "Alasan", "Entri")
    assert list(trail["NIP"]) == [nip] and list(trail["Alasan"]) == [REASON]
    assert any(m.label == "Kotak dikalibrasi" and m.value == "Kotak 6" for m in app.metric)
    assert app.text_area(key="cal_reason").value == ""  # cleared for the next decision

    # meeting mode: initials and masked NIPs in the trail
    app.toggle(key="meeting_mode").set_value(True)  # the sidebar's one switch
    rerun(app)
    masked = frame_with(app, "Alasan", "Entri")
    assert masked["NIP"].iloc[0] == nip[:4] + "•" * 10 + nip[-4:]
    assert masked["Nama"].iloc[0].endswith(".")
    picker = app.selectbox(key="cal_nip_masked")
    assert picker.value == nip and nip not in " ".join(picker.options)  # same person, masked text

    # the nine-box page shares the box view and marks the calibrated person
    app.session_state["box_view"] = "calibrated"
    app.switch_page("app_pages/ninebox.py")
    rerun(app)
    assert any("1 pegawai dikalibrasi" in m.value for m in app.markdown)
    app.selectbox(key="nb_box").set_value(6)
    rerun(app)
    table = frame_with(app, "Nama", "Kalibrasi")
    # issue 19.10: one calibration column ('Kotak 5 → Kotak 6'), no duplicated box column and no 'None'
    assert list(table["Kalibrasi"]).count("Kotak 5 → Kotak 6") == 1
    assert set(table["Kalibrasi"]) == {"", "Kotak 5 → Kotak 6"}
    assert not {"Dikalibrasi", "Kotak dihitung", "Kotak dikalibrasi"} & set(table.columns)
    assert list(table.columns).count("Kotak") == 1 and set(table["Kotak"].astype(int)) == {6}
    # issue 19.10: scores written the Indonesian way (87,5), not with a decimal point
    scores = shown_values(app, "Kinerja", "Kalibrasi")
    assert scores and all("," in s and "." not in s for s in scores), scores[:5]
    # issue 19.9: the meeting deck's title slide says the calibrations are included
    cover = app.session_state["_deck_texts"]["lines"]
    assert any(
        line.startswith("Termasuk 1 kalibrasi rapat talenta. Jumlah per kotak menurut keputusan rapat")
        for line in cover
    ), cover


def test_calibrate_this_employee_prefills_the_form(app: AppTest) -> None:
    nip = app.selectbox(key="cal_nip").options[3].split(" · ")[1]  # options hold the shown text
    app.switch_page("app_pages/ninebox.py")
    rerun(app)
    app.session_state["calibrate_nip"] = nip  # what "Kalibrasi pegawai ini" sets before switch_page
    app.switch_page("app_pages/calibration.py")
    rerun(app)
    assert app.selectbox(key="cal_nip").value == nip
    assert any(m.label == "Kotak dihitung" for m in app.metric)


def test_submit_without_a_reason_shows_the_error_and_adds_nothing(app: AppTest) -> None:
    pick_first_in_box_5(app)
    app.selectbox(key="cal_to_box").set_value(6)
    app.text_input(key="cal_by").set_value("Kepala BKPSDM")
    rerun(app)
    before = counts(app)
    app.button(key="cal_submit").click()
    rerun(app)
    assert any("minimal satu kalimat" in e.value for e in app.error)
    assert counts(app) == before
    assert trail_rows(app) == 0


def test_far_move_into_the_pool_needs_the_confirmation(app: AppTest, db_copy: Path) -> None:
    # box 1 scores are below 60 on both axes: at least 20 points from box 9 (>= 80), always a far move
    pick_first_in_box(app, 1, db_copy)
    app.selectbox(key="cal_to_box").set_value(9)
    rerun(app)
    assert any("jauh dari nilai" in w.value for w in app.warning)
    assert app.button(key="cal_submit").disabled
    app.checkbox(key="cal_confirm").check()
    rerun(app)
    assert not app.button(key="cal_submit").disabled


def test_a_locked_period_disables_the_form(app: AppTest) -> None:
    app.text_input(key="cal_lock_reason").set_value("Rapat talent review 2025 telah ditutup oleh Bupati.")
    app.text_input(key="cal_lock_by").set_value("Sekretaris Daerah")
    rerun(app)
    app.button(key="cal_lock_submit").click()
    rerun(app)
    assert any("Periode 2025 dikunci" in s.value for s in app.success)
    app.selectbox(key="cal_nip").set_value(app.selectbox(key="cal_nip").options[0])
    rerun(app)
    assert any("dikunci oleh rapat" in w.value for w in app.warning)
    assert app.button(key="cal_submit").disabled
    assert app.text_area(key="cal_reason").disabled
    assert any("Formulir tidak aktif" in c.value for c in app.caption)
    locks = frame_with(app, "Keadaan", "Alasan")
    assert list(locks["Keadaan"]) == ["dikunci"]

    # unlocking needs a reason too; then the form is open again
    app.button(key="cal_lock_submit").click()
    rerun(app)
    assert any("minimal satu kalimat" in e.value for e in app.error)
    assert app.button(key="cal_submit").disabled
    app.text_input(key="cal_lock_reason").set_value("Keberatan pegawai perlu dibahas ulang dalam rapat.")
    rerun(app)
    app.button(key="cal_lock_submit").click()
    rerun(app)
    assert not app.button(key="cal_submit").disabled
    assert list(frame_with(app, "Keadaan", "Alasan")["Keadaan"]) == ["dikunci", "dibuka"]
