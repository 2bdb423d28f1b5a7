"""Snapshots: two reader processes count rows while a third publishes new snapshots; no reader errors
and every count is one of the published ones (never a half snapshot)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from analytics.core import db, snapshot

ROOT = Path(__file__).resolve().parent.parent

PUBLISHER = r"""
import json, sys, time
from analytics.core import db, snapshot
work, dest, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = db.connect(work)
cur = con.cursor()
published = []
for k in range(rounds):
    # each round adds 20,000 employees (a few MB of snapshot), then publishes
    cur.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan) "
        "select 2025, lpad(i::varchar, 18, '0'), 'Pegawai ' || i, 'Instansi', 'Unit', 'Analis', 'Pelaksana' "
        "from range($a, $b) t(i)", {"a": k * 20_000, "b": (k + 1) * 20_000},
    )
    n = cur.execute("select count(*) from employees").fetchall()[0][0]
    snapshot.publish(con, dest)
    published.append(n)
    time.sleep(0.2)
con.close()
print(json.dumps(published))
"""

READER = r"""
import json, os, sys, time
import duckdb
from analytics.core import snapshot
dest, stop, mode = sys.argv[1], sys.argv[2], sys.argv[3]
seen, errors, deadline = [], [], time.monotonic() + 40
reader = snapshot.SnapshotReader(dest)
while not os.path.exists(stop) and time.monotonic() < deadline:
    try:
        if mode == "plain":  # open read-only by name, count, close: as a fresh app process would
            con = duckdb.connect(dest, read_only=True)
            try:
                seen.append(con.execute("select count(*) from employees").fetchall()[0][0])
            finally:
                con.close()
        else:  # the helper: reopens when the file's inode/size/mtime changed
            seen.append(reader.cursor().execute("select count(*) from employees").fetchall()[0][0])
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
print(json.dumps({"seen": seen, "errors": errors, "reopened": reader.reopened}))
"""


def test_readers_see_whole_snapshots_while_a_writer_publishes(tmp_path: Path) -> None:
    dest, stop, work = tmp_path / "snapshot.duckdb", tmp_path / "stop", tmp_path / "work.duckdb"
    con = db.connect(work)
    snapshot.publish(con, dest)  # the first snapshot, empty: readers start on a real file
    con.close()

    def run(code: str, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", code, *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    readers = [run(READER, str(dest), str(stop), mode) for mode in ("plain", "helper")]
    time.sleep(1.0)  # both readers are looping
    publisher = run(PUBLISHER, str(work), str(dest), "5")
    out, err = publisher.communicate(timeout=120)
    assert publisher.returncode == 0, err
    published = [0, *json.loads(out)]
    time.sleep(0.5)
    stop.touch()
    results = []
    for proc in readers:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    for result in results:
        assert not result["errors"], result["errors"][:3]
        assert len(result["seen"]) > 10
        assert set(result["seen"]) <= set(published), sorted(set(result["seen"]) - set(published))
        assert result["seen"][-1] == published[-1]  # the last snapshot reached every reader
        assert len(set(result["seen"])) >= 3  # readers really ran across several publications
    assert results[1]["reopened"] >= 3
    assert not list(tmp_path.glob(".*tmp")) and not list(tmp_path.glob(".snapshot.duckdb.r*"))


def test_publish_is_a_complete_database_and_reader_reopens_in_process(tmp_path: Path) -> None:
    work = db.connect(tmp_path / "work.duckdb")
    work.execute("insert into merit_status (period, instansi) values (2022, 'Kabupaten Ende')")
    dest = snapshot.publish(work, tmp_path / "snap" / "s.duckdb")
    reader = snapshot.SnapshotReader(dest)
    first = reader.connection()
    assert reader.cursor().execute("select count(*) from merit_status").fetchall() == [(1,)]
    ref = reader.cursor().execute("select count(*) from ref_boxes").fetchall()[0][0]
    assert ref > 0  # reference tables travel with the data
    work.execute("insert into merit_status (period, instansi) values (2022, 'Kota Kupang')")
    snapshot.publish(work, dest)
    assert reader.cursor().execute("select count(*) from merit_status").fetchall() == [(2,)]
    assert first.execute("select count(*) from merit_status").fetchall() == [(1,)]  # old one still reads
    work.close()
    # a snapshot is read-only for its readers
    ro = duckdb.connect(str(dest), read_only=True)
    try:
        ro.execute("insert into merit_status (period, instansi) values (2022, 'X')")
        raise AssertionError("a read-only snapshot accepted a write")
    except duckdb.Error:
        pass
    finally:
        ro.close()


def test_publish_from_a_path_and_missing_snapshot(tmp_path: Path) -> None:
    db.connect(tmp_path / "w.duckdb").close()
    dest = snapshot.publish(tmp_path / "w.duckdb", tmp_path / "s.duckdb")
    assert dest.is_file()
    try:
        snapshot.SnapshotReader(tmp_path / "none.duckdb").connection()
        raise AssertionError("no error for a missing snapshot")
    except db.DatabaseMissing:
        pass
