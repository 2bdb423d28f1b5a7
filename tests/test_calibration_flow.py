"""The calibration decision flow (PMK 38/2025 pasal 21): draft -> reviewed -> set, each step with who,
when and a note; only set entries count in the calibrated view; setting locks the period; who may do
which step; an old database's calibrations migrate as set. Real DuckDB throughout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pytest

from analytics.core import db
from analytics.core.access import Grant, Scope
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration
from analytics.ninebox import views as ninebox_views
from analytics.ninebox.calibration import CalibrationRefused, Decision

MOVED = "199001012015031001"  # computed box 5
OTHER = "198803032012031003"  # computed box 1
PROPOSE = Decision("Panel mengusulkan naik karena kontribusi lapangan.", "Sekretariat panel")
REVIEW = Decision("Komite talenta setuju setelah membahas bukti kinerja.", "Ketua komite talenta")
SET = Decision("PPK menetapkan kembali kotak hasil rapat talenta.", "Bupati Ende")
BACK = Decision("Bukti pendukung belum lengkap, dikembalikan ke panel.", "Ketua komite talenta")


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = db.connect(tmp_path / "flow.duckdb")
    for nip, k, p in [(MOVED, 70.0, 70.0), ("199202022016032002", 85.0, 85.0), (OTHER, 50.0, 50.0)]:
        c.execute(
            "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama, kompetensi)"
            " values (2025, ?, 'Nama ' || ?, 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan', 'Guru', 'Fungsional', ?, ?)",
            [nip, nip[-3:], k, p],
        )
    return c


def rules(c: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    return {"rules": ninebox.Rules.default(c), "filters": ninebox.Filters(period=2025)}


def calibrated_box(c: duckdb.DuckDBPyConnection, nip: str) -> int:
    pts = ninebox_views.scatter_points(c, box_view="calibrated", **rules(c)).set_index("nip")
    return int(pts.at[nip, "box"])


def propose(c: duckdb.DuckDBPyConnection, nip: str = MOVED, to_box: int = 8, computed: int = 5) -> int:
    return calibration.calibrate(
        c, period=2025, nip=nip, to_box=to_box, decision=PROPOSE, computed_box=computed
    )


def state(c: duckdb.DuckDBPyConnection, entry: int) -> str:
    return str(calibration.trail(c).set_index("entry_id").at[entry, "state"])


def test_only_set_moves_count_in_the_calibrated_view(con: duckdb.DuckDBPyConnection) -> None:
    entry = propose(con)
    assert state(con, entry) == "draft"
    assert ninebox_views.count_calibrated(con, **rules(con)) == 0
    assert calibrated_box(con, MOVED) == 5
    assert calibration.current_calibrations(con, 2025).empty
    assert list(calibration.pending(con, 2025)["state"]) == ["draft"]

    calibration.step(con, entry_id=entry, action="review", decision=REVIEW)
    assert state(con, entry) == "reviewed"
    assert ninebox_views.count_calibrated(con, **rules(con)) == 0
    cells, _ = ninebox_views.cell_table(con, box_view="calibrated", **rules(con))
    assert (int(cells.set_index("box").at[5, "n"]), int(cells.set_index("box").at[8, "n"])) == (1, 0)
    assert list(calibration.pending(con, 2025)["state"]) == ["reviewed"]

    assert calibration.set_period(con, period=2025, decision=SET) == [entry]
    assert state(con, entry) == "set"
    assert ninebox_views.count_calibrated(con, **rules(con)) == 1
    assert calibrated_box(con, MOVED) == 8
    cells, _ = ninebox_views.cell_table(con, box_view="calibrated", **rules(con))
    assert (int(cells.set_index("box").at[5, "n"]), int(cells.set_index("box").at[8, "n"])) == (0, 1)
    assert list(calibration.current_calibrations(con, 2025)["nip"]) == [MOVED]
    assert calibration.pending(con, 2025).empty
    members = ninebox_views.members(con, box=8, box_view="calibrated", **rules(con))
    assert list(members["nip"]) == [MOVED]


def test_each_step_records_who_when_and_a_note(con: duckdb.DuckDBPyConnection) -> None:
    start = dt.datetime.now()
    entry = propose(con)
    calibration.step(
        con, entry_id=entry, action="review", decision=REVIEW, actor=Grant("komite@ende.go.id", "leader")
    )
    other = propose(con, OTHER, 2, 1)
    with pytest.raises(CalibrationRefused, match="minimal satu kalimat"):  # a step needs a note
        calibration.step(con, entry_id=other, action="review", decision=Decision("ok", "Komite"))
    calibration.step(con, entry_id=other, action="withdraw", decision=BACK)
    calibration.set_period(con, period=2025, decision=SET, actor=Grant("bupati@ende.go.id", "leader"))
    all_steps = calibration.steps(con, 2025)
    assert list(all_steps[all_steps["entry_id"] == other]["step"]) == ["draft", "withdrawn"]
    steps = all_steps[all_steps["entry_id"] == entry]
    assert list(steps["step"]) == ["draft", "reviewed", "set"]
    assert list(steps["decided_by"]) == ["Sekretariat panel", "Ketua komite talenta", "Bupati Ende"]
    assert list(steps["note"]) == [PROPOSE.reason, REVIEW.reason, SET.reason]
    assert list(steps["role"].fillna("")) == ["", "leader", "leader"]
    times = list(steps["created_at"])
    assert all(start <= t <= dt.datetime.now() for t in times) and times == sorted(times)
    assert set(steps["entry_id"]) == {entry} and set(steps["nip"]) == {MOVED}


def test_a_step_only_follows_the_one_before(con: duckdb.DuckDBPyConnection) -> None:
    entry = propose(con)
    # a draft cannot be set: setting the period is refused while a draft is open, and nothing changes
    with pytest.raises(CalibrationRefused, match="masih ada 1 usulan berstatus draf"):
        calibration.set_period(con, period=2025, decision=SET)
    assert not calibration.is_locked(con, 2025) and state(con, entry) == "draft"
    with pytest.raises(ValueError):
        calibration.step(con, entry_id=entry, action="set", decision=SET)
    calibration.step(con, entry_id=entry, action="review", decision=REVIEW)
    for action in ("review", "withdraw"):  # neither follows 'reviewed'
        with pytest.raises(CalibrationRefused, match="Urutannya draf → ditinjau → ditetapkan"):
            calibration.step(con, entry_id=entry, action=action, decision=REVIEW)
    assert state(con, entry) == "reviewed"
    # a second proposal for the same person waits until the first is closed
    with pytest.raises(CalibrationRefused, match="masih punya usulan berstatus ditinjau"):
        propose(con, to_box=7)
    # the one who sets may send a reviewed entry back: closed, never counted; the panel drafts anew
    calibration.step(con, entry_id=entry, action="return", decision=BACK)
    assert state(con, entry) == "returned"
    with pytest.raises(CalibrationRefused, match="berstatus dikembalikan"):
        calibration.step(con, entry_id=entry, action="review", decision=REVIEW)
    again = propose(con, to_box=7)
    calibration.step(con, entry_id=again, action="withdraw", decision=BACK)  # the panel withdraws its draft
    assert state(con, again) == "withdrawn"
    with pytest.raises(CalibrationRefused, match="bukan dibatalkan"):  # undo is for set entries only
        calibration.undo(con, entry_id=again, decision=BACK)
    assert ninebox_views.count_calibrated(con, **rules(con)) == 0
    third = propose(con, to_box=8)
    calibration.step(con, entry_id=third, action="review", decision=REVIEW)
    calibration.set_period(con, period=2025, decision=SET)
    assert calibrated_box(con, MOVED) == 8
    assert list(calibration.trail(con)["state"]) == ["returned", "withdrawn", "set"]


def test_a_set_period_is_locked(con: duckdb.DuckDBPyConnection) -> None:
    entry = propose(con)
    other = propose(con, OTHER, 2, 1)
    calibration.step(con, entry_id=entry, action="review", decision=REVIEW)
    calibration.step(con, entry_id=other, action="return", decision=BACK)
    calibration.set_period(con, period=2025, decision=SET)
    assert calibration.is_locked(con, 2025)
    locks = calibration.lock_trail(con)
    assert list(locks["locked"]) == [True] and list(locks["decided_by"]) == ["Bupati Ende"]
    n_steps = len(calibration.steps(con))
    refusals = [
        lambda: propose(con, OTHER, 2, 1),
        lambda: calibration.undo(con, entry_id=entry, decision=BACK),
        lambda: calibration.step(con, entry_id=other, action="review", decision=REVIEW),
        lambda: calibration.set_period(con, period=2025, decision=SET),
    ]
    for refused in refusals:
        with pytest.raises(
            CalibrationRefused, match="sudah ditetapkan dan dikunci \\(PMK 38/2025 pasal 21\\)"
        ):
            refused()
    assert len(calibration.steps(con)) == n_steps and len(calibration.trail(con)) == 2
    # unlocking needs the right to set and a reason; set entries stay set
    with pytest.raises(CalibrationRefused, match="tidak berwenang"):
        calibration.set_lock(con, period=2025, locked=False, decision=SET, actor=Grant("k", "data_officer"))
    calibration.set_lock(con, period=2025, locked=False, decision=SET, actor=Grant("b", "leader"))
    assert state(con, entry) == "set" and calibrated_box(con, MOVED) == 8
    undo = calibration.undo(con, entry_id=entry, decision=BACK)  # an undo goes through the flow too
    assert calibrated_box(con, MOVED) == 8
    calibration.step(con, entry_id=undo, action="review", decision=REVIEW)
    calibration.set_period(con, period=2025, decision=SET)
    assert calibrated_box(con, MOVED) == 5


def test_who_may_do_which_step(con: duckdb.DuckDBPyConnection) -> None:
    panel, committee = Grant("panel@ende.go.id", "data_officer"), Grant("komite@ende.go.id", "leader")
    with pytest.raises(CalibrationRefused, match="Peran Anda \\(evaluator\\) tidak berwenang"):
        calibration.calibrate(
            con,
            period=2025,
            nip=MOVED,
            to_box=8,
            decision=PROPOSE,
            computed_box=5,
            actor=Grant("e", "evaluator"),
        )
    entry = calibration.calibrate(
        con, period=2025, nip=MOVED, to_box=8, decision=PROPOSE, computed_box=5, actor=panel
    )
    for action in ("review", "return"):  # the committee's steps on a draft
        with pytest.raises(CalibrationRefused, match="komite talenta"):
            calibration.step(con, entry_id=entry, action=action, decision=REVIEW, actor=panel)
    calibration.step(con, entry_id=entry, action="review", decision=REVIEW, actor=committee)
    with pytest.raises(CalibrationRefused, match="PPK atau pejabat yang ditunjuk"):
        calibration.set_period(con, period=2025, decision=SET, actor=panel)
    with pytest.raises(CalibrationRefused, match="PPK atau pejabat yang ditunjuk"):
        calibration.step(con, entry_id=entry, action="return", decision=BACK, actor=panel)
    assert state(con, entry) == "reviewed" and not calibration.is_locked(con, 2025)
    # a leader of another instansi cannot lock a period holding this instansi's open proposals
    with pytest.raises(CalibrationRefused, match="di luar cakupan"):
        calibration.set_period(
            con,
            period=2025,
            decision=SET,
            actor=Grant("x", "leader", Scope("instansi", ("Pemerintah Kota Kupang",))),
        )
    ende = Grant("bupati@ende.go.id", "leader", Scope("instansi", ("Pemerintah Kabupaten Ende",)))
    assert calibration.set_period(con, period=2025, decision=SET, actor=ende) == [entry]
    assert state(con, entry) == "set"


OLD_DDL = """
create sequence calibration_seq start 1;
create table calibration_log (
    entry_id integer primary key, period integer not null, nip varchar not null, from_box integer,
    to_box integer, computed_box integer, reason varchar not null, decided_by varchar not null,
    kind varchar not null, undoes integer, created_at timestamp not null
);
create sequence period_lock_seq start 1;
create table period_locks (
    entry_id integer primary key, period integer not null, locked boolean not null, reason varchar not null,
    decided_by varchar not null, created_at timestamp not null
);
"""


def test_an_old_database_migrates_its_calibrations_as_set(tmp_path: Path) -> None:
    """A file of schema version 1 (calibrations without the decision flow) opens after the migration
    with the same calibrated view: its entries were in force, so they become set."""
    path = tmp_path / "lama.duckdb"
    c = db.connect(path)
    c.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama,"
        " kompetensi) values (2025, ?, 'Lama', 'Pemerintah Kabupaten Ende', 'Dinas', 'Guru', 'Fungsional', 70, 70)",
        [MOVED],
    )
    c.execute(OLD_DDL)
    c.execute(
        "insert into calibration_log values (nextval('calibration_seq'), 2025, ?, 5, 8, 5, 'Rapat 2025 memindahkan ke kotak 8.',"
        " 'Kepala BKPSDM', 'calibrate', null, timestamp '2025-11-20 10:00:00')",
        [MOVED],
    )
    c.execute("update meta set value = '1' where key = 'schema_version'")
    c.close()
    with pytest.raises(db.DatabaseOutdated):
        db.connect(path)
    assert db.migrate(path) == 1
    c = db.connect(path)
    try:
        assert db.schema_version(c) == db.SCHEMA_VERSION == 2
        assert ninebox_views.count_calibrated(c, **rules(c)) == 1
        assert calibrated_box(c, MOVED) == 8
        steps = calibration.steps(c)
        assert list(steps["step"]) == ["set"] and list(steps["role"]) == ["migrasi"]
        assert list(steps["decided_by"]) == ["Kepala BKPSDM"]
        assert steps["created_at"].iloc[0] == dt.datetime(2025, 11, 20, 10, 0)
        assert "dianggap telah ditetapkan" in steps["note"].iloc[0]
        assert not calibration.is_locked(c, 2025)  # the lock stays as it was
        # and the flow goes on from there: a new proposal is a draft, the old box still counts
        entry = calibration.calibrate(c, period=2025, nip=MOVED, to_box=9, decision=PROPOSE, computed_box=5)
        assert state(c, entry) == "draft" and calibrated_box(c, MOVED) == 8
    finally:
        c.close()


def test_the_glossary_cites_the_article() -> None:
    from analytics.ninebox import training

    gloss = training.glossary("id").set_index("term")
    for term in ("Kalibrasi", "Alur keputusan kalibrasi"):
        assert "PMK 38/2025 pasal 21" in gloss.at[term, "source"], term
    assert "ditetapkan" in gloss.at["Alur keputusan kalibrasi", "meaning"]
