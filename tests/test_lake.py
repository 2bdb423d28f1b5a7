"""The shared store (issue 16): a DuckLake (PostgreSQL catalog + Parquet) that several processes use.

The PostgreSQL server is the session's own (tests/conftest.py ``postgres``); each test gets an empty
lake (``lake_store``). App-like processes are tests/lake_worker.py, driven over stdin.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from analytics import cli, ingest
from analytics.core import access, db, lake
from analytics.demo.succession import build_succession_demo
from analytics.ninebox import boxes as nb
from analytics.ninebox import calibration as cal
from analytics.whatif import engine as whatif
from tests.lake_support import table_fingerprints

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "data" / "good" / "all_columns.csv"  # 2 rows of Pemerintah Kabupaten Ende, 2025


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database with every kind of row the app writes (imports, calibrations, a period
    lock, the audit trail, a saved weight set, succession)."""
    path = tmp_path_factory.mktemp("lake") / "demo.duckdb"
    assert cli.main(["demo", "--employees", "400", "--db", str(path)]) == 0
    con = db.connect(path)
    try:
        nips = [
            r[0]
            for r in con.execute(
                "select nip from employees where period = 2025 order by nip limit 3"
            ).fetchall()
        ]
        decision = cal.Decision("dipindahkan dalam rapat talenta bersama", "Ketua TPK")
        cal.calibrate(con, period=2025, nip=nips[0], to_box=9, decision=decision, computed_box=5)
        cal.calibrate(con, period=2025, nip=nips[1], to_box=1, decision=decision, computed_box=5)
        cal.set_lock(con, period=2024, locked=True, decision=decision)
        cal.set_lock(con, period=2024, locked=False, decision=decision)  # reopened: both entries kept
        access.grant(
            con,
            "kepala@ende.go.id",
            "leader",
            access.Scope("instansi", ("Pemerintah Kabupaten Ende",)),
            by="cli",
        )
        build_succession_demo(con)
        whatif.save_weight_set(con, "Rapat Ende", nb.Rules.default(con))
        report = ingest.validate(GOOD.read_bytes(), GOOD.name, con, replace=True)
        ingest.load(con, report, replace=True)
        con.execute("checkpoint")
    finally:
        con.close()
    return path


def _copy(src: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "source.duckdb"
    shutil.copy(src, dest)
    return dest


def _lake_fingerprints(spec: str, tables: list[str]) -> dict[str, tuple[int, int]]:
    con = duckdb.connect(spec)  # the lake as the default catalog, without the app's code
    try:
        out = {}
        for name in tables:
            row = con.execute(
                f'select count(*), coalesce(sum(hash(x)::hugeint), 0) from "{name}" as x'  # noqa: S608
            ).fetchall()[0]
            out[name] = (int(row[0]), int(row[1]))
        return out
    finally:
        con.close()


DERIVED = ("employee_scores", "scoring_state")


def test_a_duckdb_file_moves_into_the_lake_and_back_losing_nothing(
    demo_file: Path, lake_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _copy(demo_file, tmp_path)
    before = table_fingerprints(source, exclude=DERIVED)
    assert {"employees", "merit_scores", "calibration_log", "period_locks", "audit_log", "access_grants",
            "weight_sets", "critical_positions", "import_log", "meta"} <= before.keys()  # fmt: skip
    assert before["calibration_log"][0] == 2 and before["employees"][0] > 700

    assert cli.main(["lake", "init"]) == 0
    assert cli.main(["lake", "import-file", str(source)]) == 0
    assert "calibration_log: 2" in capsys.readouterr().out
    assert _lake_fingerprints(lake_store, list(before)) == before  # row counts and hashes, table by table

    # a second import into the same lake is refused and changes nothing
    assert cli.main(["lake", "import-file", str(source)]) == 1
    assert _lake_fingerprints(lake_store, ["employees"]) == {"employees": before["employees"]}

    back = tmp_path / "back.duckdb"
    assert cli.main(["lake", "export", str(back)]) == 0
    assert table_fingerprints(back, exclude=DERIVED) == before
    # the ids go on after the largest one stored: the next import, calibration, lock and audit entry
    # get new ids in the exported file and in the lake
    owners = {"import_seq": ("import_log", "import_id"), "audit_seq": ("audit_log", "audit_id"),
              "calibration_seq": ("calibration_log", "entry_id"), "period_lock_seq": ("period_locks", "entry_id")}  # fmt: skip
    for store in (str(back), lake_store):
        con = db.connect(store)
        try:
            for name, (table, column) in owners.items():
                largest = con.execute(f"select max({column}) from {table}").fetchall()[0][0]  # noqa: S608 - fixed names
                assert largest >= 1 and db.next_id(con.cursor(), name) == largest + 1, (store, name)
        finally:
            con.close()


def _worker(env: dict[str, str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "lake_worker.py")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.stdout is not None
    assert json.loads(proc.stdout.readline()) == {"ready": True}
    return proc


def _send(proc: subprocess.Popen[str], **cmd: object) -> None:
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(cmd) + "\n")
    proc.stdin.flush()


def _answer(proc: subprocess.Popen[str]) -> object:
    assert proc.stdout is not None
    reply = json.loads(proc.stdout.readline())
    assert "error" not in reply, reply.get("trace")
    return reply["ok"]


def _ask(proc: subprocess.Popen[str], **cmd: object) -> object:
    _send(proc, **cmd)
    return _answer(proc)


@pytest.fixture
def filled_lake(demo_file: Path, lake_store: str, tmp_path: Path) -> str:
    assert cli.main(["lake", "import-file", str(_copy(demo_file, tmp_path))]) == 0
    return lake_store


@pytest.fixture
def two_processes(filled_lake: str):  # type: ignore[no-untyped-def]
    procs = [_worker(dict(os.environ)), _worker(dict(os.environ))]
    yield procs
    for p in procs:
        try:
            _send(p, op="quit")
            p.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            p.kill()


def test_two_processes_see_each_others_writes(two_processes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = two_processes
    counts = _ask(b, op="counts")
    version = _ask(b, op="version")
    assert "2026" not in counts and counts["2025"] > 300
    new_period = tmp_path / "pegawai_2026.csv"
    new_period.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2026;"), encoding="utf-8")
    assert _ask(a, op="import", file=str(new_period)) == 2
    # B, on its next run: the cheap check (the lake's snapshot id) moved, and the rows are there
    assert _ask(b, op="version") > version
    assert _ask(b, op="counts") == {**counts, "2026": 2}
    # and the other way round: a calibration through B is in A's trail
    nip = _ask(a, op="counts") and "199703062021091001"
    [entry] = _ask(b, op="calibrate", period=2026, nips=[nip], box=9, by="B")
    con = db.connect()
    try:
        # the entry is a draft until the committee sets it (main's decision flow): its row is what counts here
        assert con.execute("select nip, to_box from calibration_log where period = 2026").fetchall() == [
            (nip, 9)
        ]
        assert con.execute(
            "select decided_by from calibration_log where entry_id = ?", [entry]
        ).fetchall() == [("B",)]
    finally:
        con.close()


def test_calibrations_made_at_the_same_time_by_two_processes_are_all_kept(two_processes) -> None:  # type: ignore[no-untyped-def]
    a, b = two_processes
    con = db.connect()
    try:
        nips = [
            r[0]
            for r in con.execute(
                "select nip from employees where period = 2025 order by nip desc limit 40"
            ).fetchall()
        ]
        before = con.execute("select count(*) from calibration_log").fetchall()[0][0]
    finally:
        con.close()
    _send(a, op="calibrate", period=2025, nips=nips[:20], box=8, by="A")
    _send(b, op="calibrate", period=2025, nips=nips[20:], box=2, by="B")
    ids = _answer(a) + _answer(b)
    assert len(set(ids)) == 40  # no id given twice
    con = db.connect()
    try:
        rows = con.execute(
            "select decided_by, count(*), count(distinct entry_id) from calibration_log where entry_id > 2 group by 1 order by 1"
        ).fetchall()
        assert rows == [("A", 20, 20), ("B", 20, 20)]
        assert con.execute("select count(*) from calibration_log").fetchall()[0][0] == before + 40
        moved = dict(
            con.execute(
                "select nip, to_box from calibration_log where period = 2025 and entry_id > 2"
            ).fetchall()
        )
        assert all(moved[n] == 8 for n in nips[:20]) and all(moved[n] == 2 for n in nips[20:])
    finally:
        con.close()


def _boxes(con: duckdb.DuckDBPyConnection, period: int) -> dict[object, int]:
    counts = nb.box_counts(con, rules=nb.Rules.default(con), filters=nb.Filters(period=period))
    return dict(zip(counts.box.astype("object").fillna("none"), counts.n.astype(int), strict=True))


def test_a_calibration_records_its_snapshot_and_the_data_as_it_was_reads_back(
    filled_lake: str, tmp_path: Path
) -> None:
    con = db.connect()
    try:
        boxes_then = _boxes(con, 2024)
        ende_then = con.execute(
            "select count(*) from employees where period = 2024 and instansi = 'Pemerintah Kabupaten Ende'"
        ).fetchall()[0][0]
        seen = lake.snapshot_id(con)
        nip = con.execute(
            "select nip from employees where period = 2024 order by nip limit 1 offset 10"
        ).fetchall()[0][0]
        decision = cal.Decision("dipindahkan dalam rapat talenta bersama", "Ketua TPK")
        entry = cal.calibrate(con, period=2024, nip=nip, to_box=9, decision=decision, computed_box=None)
        assert cal.made_on(con, entry) == seen
        # after the meeting: Ende sends its 2024 file again (two rows replace all of its 2024 rows)
        again = tmp_path / "ende_2024.csv"
        again.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2024;"), encoding="utf-8")
        report = ingest.validate(again.read_bytes(), again.name, con, replace=True)
        ingest.load(con, report, replace=True)
        assert ende_then > 2
        assert (
            con.execute(
                "select count(*) from employees where period = 2024 and instansi = 'Pemerintah Kabupaten Ende'"
            ).fetchall()[0][0]
            == 2
        )
        assert _boxes(con, 2024) != boxes_then
    finally:
        con.close()
    # the data as it was in that meeting, through the same queries
    then = lake.connect(filled_lake, snapshot=seen)
    try:
        assert lake.snapshot_of(then) == seen
        assert _boxes(then, 2024) == boxes_then
        assert (
            then.execute(
                "select count(*) from employees where period = 2024 and instansi = 'Pemerintah Kabupaten Ende'"
            ).fetchall()[0][0]
            == ende_then
        )
        with pytest.raises(duckdb.Error):  # a past snapshot is read-only
            then.execute("delete from employees")
    finally:
        then.close()


def test_the_embedded_file_records_no_snapshot(tmp_db: Path) -> None:
    con = db.connect(tmp_db)
    try:
        assert not lake.is_lake(con) and db.data_version(con) is None
        con.execute(
            "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan) values (2025, '1', 'A', 'I', 'U', 'J', 'Pelaksana')"
        )
        entry = cal.calibrate(
            con,
            period=2025,
            nip="1",
            to_box=9,
            decision=cal.Decision("dipindahkan dalam rapat talenta bersama", "K"),
            computed_box=5,
        )
        assert entry == 1 and cal.made_on(con, entry) is None
    finally:
        con.close()


def test_an_unreachable_catalog_is_a_clear_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.lake_support import free_port

    monkeypatch.setenv("TALENTA_LAKE_DATA", str(tmp_path))
    spec = (
        f"ducklake:postgres:dbname=nowhere host=127.0.0.1 port={free_port()} user=postgres connect_timeout=2"
    )
    with pytest.raises(db.DatabaseUnavailable) as info:
        db.connect(spec)
    assert "tidak dapat dijangkau" in info.value.message("id") and "cannot be reached" in info.value.message(
        "en", where="app"
    )


def test_the_freshness_check_names_what_changed(filled_lake: str) -> None:
    """The cheap check: the snapshot id moves with every commit; what changed decides whether a
    process drops its cached queries (an audit entry alone does not)."""
    con = db.connect()
    try:
        first = db.data_version(con)
        assert first is not None
        access.record(con, access.Grant("lokal", "admin"), "view", "nine-box members", n_rows=3)
        after_audit = db.data_version(con)
        assert after_audit is not None and after_audit > first
        assert lake.changed_tables(con, first, after_audit) == {"audit_log", "id_counters"}
        assert lake.changed_tables(con, first, after_audit) <= lake.QUIET_TABLES
        nip = con.execute(
            "select nip from employees where period = 2025 order by nip limit 1 offset 20"
        ).fetchall()[0][0]
        cal.calibrate(
            con,
            period=2025,
            nip=nip,
            to_box=9,
            decision=cal.Decision("dipindahkan dalam rapat talenta bersama", "K"),
            computed_box=None,
        )
        after_calibration = db.data_version(con)
        assert after_calibration is not None
        changed = lake.changed_tables(con, after_audit, after_calibration)
        assert "calibration_log" in changed and not changed <= lake.QUIET_TABLES
    finally:
        con.close()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 valid employees of a period the lake does not hold (2027), as Parquet."""
    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.duckdb"
    assert cli.main(["demo", "--employees", "100000", "--db", str(source)]) == 0
    out = folder / "pegawai_2027.parquet"
    con = duckdb.connect(str(source))
    try:
        rows = "select * exclude (extra, source, import_id) replace (2027 as period) from employees where period = 2025"
        con.execute(f"copy ({rows}) to '{out}'")  # noqa: S608 - the test's own temp path
    finally:
        con.close()
    return out


def test_a_process_killed_in_the_middle_of_an_import_leaves_the_lake_consistent(
    two_processes, big_file: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_processes
    before = _ask(b, op="counts")
    _send(a, op="import", file=str(big_file), announce=True)
    assert a.stdout is not None
    assert "loading" in json.loads(a.stdout.readline())  # validated; inside the import's transaction now
    time.sleep(0.1)
    a.send_signal(signal.SIGKILL)
    a.wait(timeout=30)
    assert a.stdout.readline() == ""  # it died before answering: the import never finished
    # the other process goes on serving, and sees no part of the killed import
    assert _ask(b, op="counts") == before
    # the lake still takes writes, and a fresh process reads every table
    new_period = Path(big_file).with_name("pegawai_2027_small.csv")
    new_period.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2027;"), encoding="utf-8")
    assert _ask(b, op="import", file=str(new_period)) == 2
    con = db.connect()
    try:
        assert con.execute("select count(*) from employees where period = 2027").fetchall() == [(2,)]
        for (table,) in con.execute("select table_name from duckdb_tables()").fetchall():
            con.execute(f'select count(*) from "{table}"').fetchall()  # noqa: S608 - catalog names
        ids = con.execute("select import_id from import_log order by import_id").fetchall()
        assert len(ids) == len(set(ids))
    finally:
        con.close()


def snapshot_then_import_2026(tmp_path: Path) -> int:
    """The lake's latest snapshot (the meeting's), then the good file imported again as period 2026."""
    con = db.connect()
    try:
        meeting = lake.snapshot_id(con)
        new_period = tmp_path / "pegawai_2026.csv"
        new_period.write_text(GOOD.read_text(encoding="utf-8").replace(";2025;", ";2026;"), encoding="utf-8")
        ingest.load(con, ingest.validate(new_period.read_bytes(), new_period.name, con))
    finally:
        con.close()
    return meeting


def test_a_link_with_a_snapshot_shows_the_data_as_it_was(filled_lake: str, tmp_path: Path) -> None:
    """The app on a lake: ``?snapshot=N`` reads the lake at N (read-only), without it the current data."""
    from streamlit.testing.v1 import AppTest

    meeting = snapshot_then_import_2026(tmp_path)

    def periods(snapshot: int | None) -> tuple[str, str]:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        if snapshot is not None:
            at.query_params["snapshot"] = str(snapshot)
        at.run()
        assert not at.exception, at.exception
        shown = {m.label: m.value for m in at.metric}
        return shown["Periode tersedia"], " ".join(i.value for i in at.sidebar.info)

    now, note = periods(None)
    assert now == "2024, 2025, 2026" and "snapshot" not in note
    then, note = periods(meeting)
    assert then == "2024, 2025" and f"snapshot {meeting} (hanya baca)" in note


def test_a_meeting_deck_names_the_snapshot_it_was_made_on(filled_lake: str, tmp_path: Path) -> None:
    """The nine-box page's meeting summary on a lake: its title slide names the snapshot the data was
    read at (the one a ``?snapshot=N`` link asked for, or the latest), so the meeting's data is one link
    away; a DuckDB file names none (tests/pages/test_ninebox_page.py)."""
    from streamlit.testing.v1 import AppTest

    meeting = snapshot_then_import_2026(tmp_path)

    def cover(snapshot: int | None) -> list[str]:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        if snapshot is not None:
            at.query_params["snapshot"] = str(snapshot)
        at.run()
        at.switch_page("app_pages/ninebox.py").run()
        assert not at.exception, at.exception
        return [line for line in at.session_state["_deck_texts"]["lines"] if "snapshot" in line]

    then = cover(meeting)
    assert len(then) == 1 and f"snapshot {meeting} " in then[0] and f"?snapshot={meeting} " in then[0]
    now = cover(None)
    assert len(now) == 1, now
    assert int(now[0].split("snapshot ")[1].split()[0]) > meeting  # the latest, after the 2026 import


# A write of the reference rules by another process (its own connection, a new lake snapshot).
_CHANGE_RULES = """
from analytics.core import db
con = db.connect()
cur = con.cursor()
cur.execute("begin transaction")
cur.execute("update ref_boxes set talent_pool = box >= 6 where scheme = 'permenpanrb'")
cur.execute("insert into ref_boxes by name select * replace ('uji' as scheme) from ref_boxes where scheme = 'permenpanrb'")
cur.execute("commit")
con.close()
"""


def test_the_cached_rules_follow_a_change_of_the_reference_tables_in_the_lake(filled_lake: str) -> None:
    """The recompute reads ref_boxes once per lake snapshot (analytics/ninebox/refs.py): a change
    committed by another process (a new numbering scheme, other talent-pool boxes) is seen by the
    next recompute, never served stale from the cache."""
    con = db.connect()
    try:
        rules = nb.Rules.default(con)
        filters = nb.Filters(period=2025)
        before = whatif.transitions(con, baseline=rules, scenario=rules, filters=filters)
        assert before.pool_boxes == (7, 8, 9)
        counts = nb.box_counts(con, rules=rules, filters=filters).dropna(subset=["box"])
        n = dict(zip(counts["box"].astype(int), counts["n"], strict=True))
        assert before.pool_before == n[7] + n[8] + n[9] and n[6] > 0
        with pytest.raises(ValueError):
            nb.check_scheme(con, "uji")
        with pytest.raises(ValueError):
            whatif.transitions(
                con, baseline=rules.with_scheme("uji"), scenario=rules.with_scheme("uji"), filters=filters
            )
        again = whatif.transitions(con, baseline=rules, scenario=rules, filters=filters)  # cached now
        assert again.pool_boxes == (7, 8, 9)

        subprocess.run([sys.executable, "-c", _CHANGE_RULES], cwd=ROOT, check=True, timeout=120)

        after = whatif.transitions(con, baseline=rules, scenario=rules, filters=filters)
        assert after.pool_boxes == (6, 7, 8, 9)
        assert after.pool_before == n[6] + n[7] + n[8] + n[9]
        nb.check_scheme(con, "uji")  # the new scheme is complete now
        uji = nb.box_counts(con, rules=rules.with_scheme("uji"), filters=filters).dropna(subset=["box"])
        assert dict(zip(uji["box"].astype(int), uji["n"], strict=True)) == n  # the same numbering
    finally:
        con.close()


def _calibration_page(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    """The Kalibrasi page's markdown and its trail's entry count, on the store the environment names."""
    from tests.pages.apptest import rerun

    monkeypatch.chdir(ROOT)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/calibration.py")
    at = rerun(at, 2025)
    assert not at.exception, at.exception
    trail = [d.value for d in at.dataframe if {"Alasan", "Entri"} <= set(d.value.columns)]
    return [m.value for m in at.markdown], len(trail[0]) if trail else 0


def test_the_calibration_trail_links_each_entry_to_the_data_it_was_made_on(
    filled_lake: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a lake, a calibration entry recorded its snapshot: the trail links it to the nine-box page
    as the data was then (``?snapshot=N``)."""
    con = db.connect()
    try:
        nip = con.execute(
            "select nip from employees where period = 2025 order by nip desc limit 1"
        ).fetchall()[0][0]
        decision = cal.Decision("dipindahkan dalam rapat talenta di lake", "Ketua TPK")
        entry = cal.calibrate(con, period=2025, nip=nip, to_box=9, decision=decision, computed_box=5)
        seen = cal.made_on(con, entry)
    finally:
        con.close()
    assert seen is not None
    texts, rows = _calibration_page(monkeypatch)
    assert rows >= 1
    links = [t for t in texts if "snapshot" in t]
    assert len(links) == 1, texts
    assert f"#{entry}: [lihat data saat itu (snapshot {seen})](ninebox?snapshot={seen})" in links[0]


def test_the_calibration_trail_on_a_duckdb_file_has_no_snapshot_links(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embedded file records no snapshots: the trail shows the entries, and no link."""
    monkeypatch.delenv("TALENTA_STORE", raising=False)
    monkeypatch.setenv("TALENTA_DB", str(_copy(demo_file, tmp_path)))
    texts, rows = _calibration_page(monkeypatch)
    assert rows == 2  # the demo file's two calibrations of 2025
    assert not [t for t in texts if "snapshot" in t], texts


def test_a_snapshot_link_stays_across_pages_until_the_user_goes_back_to_the_latest(
    filled_lake: str, tmp_path: Path
) -> None:
    """``?snapshot=N`` survives moving to another page (the sidebar navigation drops the link's
    parameters); the note's button goes back to the latest data and out of the URL."""
    from streamlit.testing.v1 import AppTest

    meeting = snapshot_then_import_2026(tmp_path)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["snapshot"] = str(meeting)
    at.run()
    at.switch_page("app_pages/calibration.py").run()
    assert not at.exception, at.exception
    at.switch_page("app_pages/home.py")  # Beranda again, through the navigation, which in the
    at.query_params.pop("snapshot", None)  # browser drops the link's parameters (tests/e2e/test_cluster.py)
    at.run()
    assert not at.exception, at.exception
    assert at.query_params.get("snapshot") == str(meeting)
    assert {m.label: m.value for m in at.metric}["Periode tersedia"] == "2024, 2025"
    assert f"snapshot {meeting} (hanya baca)" in " ".join(i.value for i in at.sidebar.info)

    back = next(b for b in at.sidebar.button if b.label == "Kembali ke data terkini")
    back.click().run()
    assert not at.exception, at.exception
    assert "snapshot" not in at.query_params
    assert {m.label: m.value for m in at.metric}["Periode tersedia"] == "2024, 2025, 2026"
    assert not [i for i in at.sidebar.info if "snapshot" in i.value]
    assert not [b for b in at.sidebar.button if b.label == "Kembali ke data terkini"]
