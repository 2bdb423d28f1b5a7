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


def states(at: AppTest) -> list[str]:
    """The trail's Status column."""
    return list(frame_with(at, "Alasan", "Entri", "Status")["Status"])


def test_a_calibration_walks_draft_reviewed_set_and_only_then_counts(app: AppTest, db_copy: Path) -> None:
    assert app.title[0].value == "Kalibrasi talenta"
    assert any("PMK 38/2025 pasal 21" in c.value for c in app.caption)  # the flow cites the article
    before = counts(app)
    assert all(b == a for b, a in before.values())
    assert trail_rows(app) == 0
    nip = pick_first_in_box_5(app)

    # 1. the panel proposes: a draft, shown as pending, not counted
    app.selectbox(key="cal_to_box").set_value(6)
    app.text_area(key="cal_reason").set_value(REASON)
    app.text_input(key="cal_by").set_value("Sekretariat panel")
    rerun(app)
    app.button(key="cal_submit").click()
    rerun(app)
    assert any("tersimpan sebagai draf" in s.value for s in app.success)
    assert counts(app) == before
    assert states(app) == ["draf"]
    assert any("1 usulan menunggu" in m.value for m in app.markdown)
    pending = frame_with(app, "Usulan", "Diusulkan oleh")
    assert list(pending["Status"]) == ["draf"] and list(pending["Usulan"]) == ["Kotak 5 → Kotak 6"]
    assert app.button(key="cal_lock_submit").disabled  # a draft is open: the period cannot be set yet
    assert any("masih ada 1 usulan berstatus draf" in w.value.lower() for w in app.warning)
    assert any(m.label == "Kotak dikalibrasi" and m.value == "–" for m in app.metric)
    assert app.text_area(key="cal_reason").value == ""  # cleared for the next decision
    # one open proposal per person: the form says so and proposes nothing more for them
    assert (
        any("punya usulan terbuka (entri" in i.value for i in app.info)
        and app.button(key="cal_submit").disabled
    )

    # 2. the talent committee reviews (a note and who): still pending, still not counted
    app.text_input(key="cal_step_reason").set_value("Komite talenta setuju setelah membahas bukti kinerja.")
    app.text_input(key="cal_step_by").set_value("Ketua komite talenta")
    rerun(app)
    assert app.button(key="cal_step_withdraw").disabled is False
    app.button(key="cal_step_review").click()
    rerun(app)
    assert any("ditinjau komite talenta" in s.value for s in app.success)
    assert counts(app) == before and states(app) == ["ditinjau"]
    assert app.button(key="cal_step_review").disabled and app.button(key="cal_step_withdraw").disabled
    assert not app.button(key="cal_lock_submit").disabled

    # 3. the PPK sets the period: the move counts and the period is locked
    app.text_input(key="cal_lock_reason").set_value("PPK menetapkan kembali kotak hasil rapat talenta.")
    app.text_input(key="cal_lock_by").set_value("Bupati Ende")
    rerun(app)
    app.button(key="cal_lock_submit").click()
    rerun(app)
    assert any("ditetapkan dan dikunci: 1 usulan" in s.value for s in app.success)
    after = counts(app)
    assert after["Kotak 5"] == (before["Kotak 5"][0], before["Kotak 5"][1] - 1)
    assert after["Kotak 6"] == (before["Kotak 6"][0], before["Kotak 6"][1] + 1)
    assert states(app) == ["ditetapkan"]
    assert any("sudah ditetapkan dan dikunci (PMK 38/2025 pasal 21)" in w.value for w in app.warning)
    assert app.button(key="cal_submit").disabled
    trail = frame_with(app, "Alasan", "Entri")
    assert list(trail["NIP"]) == [nip] and list(trail["Alasan"]) == [REASON]
    steps = frame_with(app, "Langkah", "Catatan", "Peran")
    assert list(steps["Langkah"]) == ["draf", "ditinjau", "ditetapkan"]
    assert list(steps["Diputuskan oleh"]) == ["Sekretariat panel", "Ketua komite talenta", "Bupati Ende"]
    assert any(m.label == "Kotak dikalibrasi" and m.value == "Kotak 6" for m in app.metric)
    # every step is in the audit trail (as the local user)
    import duckdb

    from analytics.core import access

    con = duckdb.connect(str(db_copy))
    try:
        audited = [r[5] for r in access.audit_trail(con, actions=["calibrate"])][::-1]
    finally:
        con.close()
    assert [w.split(" ")[0] for w in audited] == ["draft", "review", "set"], audited

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
        line.startswith(
            "Termasuk 1 kalibrasi rapat talenta yang ditetapkan. Jumlah per kotak menurut keputusan rapat"
        )
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
    assert any("Periode 2025 ditetapkan dan dikunci" in s.value for s in app.success)
    app.selectbox(key="cal_nip").set_value(app.selectbox(key="cal_nip").options[0])
    rerun(app)
    assert any("sudah ditetapkan dan dikunci" in w.value for w in app.warning)
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


def test_the_nine_box_page_shows_a_draft_as_pending_not_calibrated(app: AppTest) -> None:
    pick_first_in_box_5(app)
    app.selectbox(key="cal_to_box").set_value(6)
    app.text_area(key="cal_reason").set_value(REASON)
    app.text_input(key="cal_by").set_value("Sekretariat panel")
    rerun(app)
    app.button(key="cal_submit").click()
    rerun(app)
    app.session_state["box_view"] = "calibrated"
    app.switch_page("app_pages/ninebox.py")
    rerun(app)
    line = next(m.value for m in app.markdown if "pegawai dikalibrasi" in m.value)
    assert line.startswith("**0 pegawai dikalibrasi.**")
    assert "1 usulan menunggu penetapan (draf 1, ditinjau 0), belum dihitung (PMK 38/2025 pasal 21)" in line
    cover = app.session_state["_deck_texts"]["lines"]  # the meeting deck's title slide names it too
    assert any(ln.startswith("1 usulan menunggu penetapan (draf 1, ditinjau 0)") for ln in cover), cover
    assert not any(ln.startswith("Termasuk") for ln in cover), cover  # no set calibration to include


def test_served_roles_take_only_their_steps(
    app: AppTest, monkeypatch: pytest.MonkeyPatch, db_copy: Path
) -> None:
    """Signed in (ui.access.current stands in for the OpenID Connect sign-in of tests/e2e/test_signin.py):
    a data officer proposes but cannot review or set; a leader reviews and sets; the steps carry their
    identities and roles."""
    from analytics.core.access import Grant
    from ui import access as ui_access

    panel = Grant("panel@endekab.go.id", "data_officer")
    monkeypatch.setattr(ui_access, "current", lambda: panel)
    rerun(app)
    pick_first_in_box_5(app)
    app.selectbox(key="cal_to_box").set_value(6)
    app.text_area(key="cal_reason").set_value(REASON)
    rerun(app)
    assert app.text_input(key="cal_by_signed_in").value == "panel@endekab.go.id"
    app.button(key="cal_submit").click()
    rerun(app)
    assert any("tersimpan sebagai draf" in s.value for s in app.success)
    assert app.button(key="cal_step_review").disabled and app.button(key="cal_lock_submit").disabled
    assert not app.button(key="cal_step_withdraw").disabled  # the panel may withdraw its draft
    assert any("Peran Anda tidak mencakup langkah ini: meninjau" in c.value for c in app.caption)

    leader = Grant("bupati@endekab.go.id", "leader")
    monkeypatch.setattr(ui_access, "current", lambda: leader)
    rerun(app)
    app.text_input(key="cal_step_reason").set_value("Komite talenta setuju setelah membahas bukti kinerja.")
    rerun(app)
    app.button(key="cal_step_review").click()
    rerun(app)
    app.text_input(key="cal_lock_reason").set_value("PPK menetapkan kembali kotak hasil rapat talenta.")
    rerun(app)
    app.button(key="cal_lock_submit").click()
    rerun(app)
    assert any("ditetapkan dan dikunci: 1 usulan" in s.value for s in app.success)
    steps = frame_with(app, "Langkah", "Catatan", "Peran")
    assert list(steps["Diputuskan oleh"]) == [
        "panel@endekab.go.id",
        "bupati@endekab.go.id",
        "bupati@endekab.go.id",
    ]
    assert list(steps["Peran"]) == ["data_officer", "leader", "leader"]
    import duckdb

    from analytics.core import access

    con = duckdb.connect(str(db_copy))
    try:
        rows = access.audit_trail(con, actions=["calibrate"])[::-1]
    finally:
        con.close()
    assert [(r[2], r[3], r[5].split(" ")[0]) for r in rows] == [
        ("panel@endekab.go.id", "data_officer", "draft"),
        ("bupati@endekab.go.id", "leader", "review"),
        ("bupati@endekab.go.id", "leader", "set"),
    ]
