"""Calibration: an append-only trail with reasons, undo by a new entry, period locks, guard rails."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from analytics.core import db
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration
from analytics.ninebox.calibration import CalibrationRefused, Decision
from tests.calibrations import calibrate_set, undo_set

ROOT = Path(__file__).resolve().parent.parent
OK = Decision("Rapat menilai kontribusi lapangan belum tercermin di nilai.", "Kepala BKPSDM")


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = db.connect(tmp_path / "cal.duckdb")
    rows = [
        # nip, kinerja_utama, kompetensi -> with only these two components present, axis = component
        ("199001012015031001", 70.0, 70.0),  # box 5
        ("199202022016032002", 85.0, 85.0),  # box 9
        ("198803032012031003", 50.0, 50.0),  # box 1
    ]
    for nip, k, p in rows:
        c.execute(
            "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama, kompetensi)"
            " values (2025, ?, 'Nama ' || ?, 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan', 'Guru', 'Fungsional', ?, ?)",
            [nip, nip[-3:], k, p],
        )
    return c


def boxes(c: duckdb.DuckDBPyConnection):  # type: ignore[no-untyped-def]
    df = ninebox.assign_boxes(
        c, rules=ninebox.Rules.default(c), filters=ninebox.Filters(period=2025),
    )  # fmt: skip
    return calibration.apply_calibrations(c, df, 2025)


def test_calibration_changes_the_box_and_keeps_the_computed_one(con: duckdb.DuckDBPyConnection) -> None:
    before = boxes(con)
    assert dict(zip(before["nip"], before["box"], strict=True))["199001012015031001"] == 5
    calibrate_set(con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5)
    after = boxes(con).set_index("nip")
    assert after.loc["199001012015031001", "box"] == 8
    assert after.loc["199001012015031001", "computed_box"] == 5
    assert bool(after.loc["199001012015031001", "calibrated"]) is True
    assert bool(after.loc["199202022016032002", "calibrated"]) is False
    change = calibration.distribution_change(boxes(con)).set_index("box")
    assert (change.loc[5, "change"], change.loc[8, "change"]) == (-1, 1)


def test_reason_is_required(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(CalibrationRefused, match="minimal satu kalimat"):
        calibrate_set(
            con,
            period=2025,
            nip="199001012015031001",
            to_box=8,
            decision=Decision("ok", "Bupati"),
            computed_box=5,
        )
    with pytest.raises(CalibrationRefused, match="siapa yang memutuskan"):
        calibrate_set(
            con, period=2025, nip="199001012015031001", to_box=8,
            decision=Decision("Alasan yang cukup panjang di sini.", " "), computed_box=5,
        )  # fmt: skip
    assert calibration.trail(con).empty


def test_undo_is_a_new_entry_and_the_trail_only_grows(con: duckdb.DuckDBPyConnection) -> None:
    first = calibrate_set(con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5)
    calibrate_set(con, period=2025, nip="199001012015031001", to_box=7, decision=OK, computed_box=5)
    assert boxes(con).set_index("nip").loc["199001012015031001", "box"] == 7
    second = int(calibration.trail(con)["entry_id"].max())
    undo_set(con, entry_id=second, decision=OK)
    assert boxes(con).set_index("nip").loc["199001012015031001", "box"] == 8
    undo_set(con, entry_id=first, decision=OK)
    after = boxes(con).set_index("nip")
    assert after.loc["199001012015031001", "box"] == 5 and not bool(
        after.loc["199001012015031001", "calibrated"]
    )
    log = calibration.trail(con)
    assert list(log["kind"]) == ["calibrate", "calibrate", "undo", "undo"]
    assert list(log["entry_id"]) == sorted(log["entry_id"])


def test_no_code_path_edits_or_deletes_the_trail() -> None:
    """The trail tables are append-only: no SQL anywhere updates or deletes them."""
    pattern = re.compile(
        r"(update|delete\s+from)\s+(calibration_log|calibration_steps|period_locks)", re.IGNORECASE
    )
    sources = [p for d in ("analytics", "ui", "app_pages") for p in (ROOT / d).rglob("*.py")]
    assert any("calibration_log" in p.read_text(encoding="utf-8") for p in sources)
    offenders = [str(p) for p in sources if pattern.search(p.read_text(encoding="utf-8"))]
    assert not offenders


def test_locked_period_blocks_edits_and_unlock_needs_a_reason(con: duckdb.DuckDBPyConnection) -> None:
    calibration.set_lock(con, period=2025, locked=True, decision=OK)
    with pytest.raises(CalibrationRefused, match="dikunci"):
        calibration.calibrate(
            con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5
        )
    with pytest.raises(CalibrationRefused):
        calibration.set_lock(con, period=2025, locked=False, decision=Decision("buka", "Bupati"))
    calibration.set_lock(con, period=2025, locked=False, decision=OK)
    calibration.calibrate(con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5)
    assert len(calibration.lock_trail(con)) == 2


def test_warning_when_moving_far_into_the_talent_pool(con: duckdb.DuckDBPyConnection) -> None:
    th = ninebox.Rules.default(con)
    far = calibration.needs_warning(con, kinerja_score=50, potensial_score=50, to_box=9, rules=th)
    assert far == pytest.approx(30.0)
    near = calibration.needs_warning(con, kinerja_score=78, potensial_score=79, to_box=9, rules=th)
    assert near is None
    outside_pool = calibration.needs_warning(con, kinerja_score=95, potensial_score=95, to_box=1, rules=th)
    assert outside_pool is None


def test_survives_restart_and_reimport_reports_orphans(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    calibrate_set(con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5)
    calibrate_set(con, period=2025, nip="198803032012031003", to_box=2, decision=OK, computed_box=1)
    con.close()
    again = db.connect(tmp_path / "cal.duckdb")
    # a re-import of the period's scores without the third person
    again.execute("delete from employees where nip = '198803032012031003'")
    again.execute("update employees set kinerja_utama = 71 where nip = '199001012015031001'")
    assert boxes(again).set_index("nip").loc["199001012015031001", "box"] == 8
    orphans = calibration.orphaned(again, 2025)
    assert list(orphans["nip"]) == ["198803032012031003"]
    assert bool(calibration.trail(again).set_index("nip").loc["198803032012031003", "orphaned"]) is True


def test_cli_calibrated_column(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    calibrate_set(con, period=2025, nip="199001012015031001", to_box=8, decision=OK, computed_box=5)
    # a proposal not yet set (a draft) is not a calibration on the command line either
    calibration.calibrate(con, period=2025, nip="198803032012031003", to_box=2, decision=OK, computed_box=1)
    con.close()
    out = subprocess.run(
        [sys.executable, "-m", "analytics", "ninebox", "--db", str(tmp_path / "cal.duckdb"), "--calibrated"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout  # fmt: skip
    header, *lines = out.strip().splitlines()
    assert header.endswith("box,reason,computed_box,calibrated")
    row = next(line for line in lines if line.startswith("199001012015031001"))
    assert row.split(",")[5] == "8" and row.endswith(",5,True")
    drafted = next(line for line in lines if line.startswith("198803032012031003"))
    assert drafted.split(",")[5] == "1" and drafted.endswith(",1,False")
    plain = subprocess.run(
        [sys.executable, "-m", "analytics", "ninebox", "--db", str(tmp_path / "cal.duckdb")],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout  # fmt: skip
    assert (
        next(line for line in plain.splitlines() if line.startswith("199001012015031001")).split(",")[5]
        == "5"
    )


def test_sessions_creating_the_tables_at_once_do_not_conflict(tmp_path: Path) -> None:
    """Found by the load test: two sessions' CREATE ... IF NOT EXISTS clashed in DuckDB's catalog."""
    import threading

    from analytics.talent import succession
    from analytics.whatif import engine as whatif

    c = db.connect(tmp_path / "race.duckdb")
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(i: int) -> None:
        try:
            start.wait()
            (calibration.ensure_tables, succession.ensure_tables, whatif.ensure_tables)[i % 3](c)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors
    names = {r[0] for r in c.execute("select table_name from duckdb_tables()").fetchall()}
    assert {"calibration_log", "period_locks", "critical_positions", "weight_sets"} <= names
