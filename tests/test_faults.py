"""Faults: readers never see half an import, a killed import leaves the data as it was, and a missing,
held, damaged or outdated database file gets a message and a way forward (CLI and app), not a traceback."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from analytics import ingest
from analytics.core import db

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "good"

# Valid employee rows with unique, well-formed NIPs (birth date, appointment month, gender, sequence).
_ROWS_SQL = """
copy (
    with s as (select i, i % 9000 as b, i // 9000 as r from range($n) t(i))
    select
        strftime(date '1966-01-01' + b::int, '%Y%m%d')
            || (year(date '1966-01-01' + b::int) + 22)::varchar
            || lpad((r % 12 + 1)::varchar, 2, '0') || (1 + (r // 12) % 2)::varchar
            || lpad((r // 24)::varchar, 3, '0') as "NIP",
        'Pegawai ' || i as "Nama", 'Pemerintah Provinsi Contoh' as "Instansi",
        'Unit ' || (i % 40) as "Unit Kerja", 'Analis' as "Jabatan", 'Pelaksana' as "Jenis Jabatan",
        $period as "Periode", round(40 + (hash(i) % 600) / 10, 1) as "Nilai Kinerja",
        round(40 + (hash(i + 7) % 600) / 10, 1) as "Kompetensi"
    from s
) to '{out}' (header, delimiter ';')
"""


def write_rows_csv(path: Path, n: int, period: int = 2025) -> Path:
    """A valid ';'-separated employee file of ``n`` rows, written by DuckDB in about a second."""
    sql = _ROWS_SQL.replace("{out}", str(path).replace("'", "''"))
    duckdb.connect().execute(sql, {"n": n, "period": period})
    return path


def checksum(con: duckdb.DuckDBPyConnection) -> tuple[int, int, str]:
    """(employees, imports, md5 of every employee row in key order): equal means the data is the same."""
    rows = (
        con.cursor()
        .execute(
            "select count(*), (select count(*) from import_log), "
            "coalesce(md5(string_agg(e::varchar, '|' order by period, nip)), '') from employees e"
        )
        .fetchall()
    )
    return int(rows[0][0]), int(rows[0][1]), str(rows[0][2])


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT, check=False,
        env={**os.environ, **(env or {})}, timeout=120,
    )  # fmt: skip


def seeded(path: Path) -> Path:
    """A database holding the three rows of a good committed file (period 2025)."""
    con = db.connect(path)
    try:
        ingest.load(
            con, ingest.validate((GOOD / "semicolon_decimal_comma.csv").read_bytes(), "seed.csv", con)
        )
    finally:
        con.close()
    return path


# --- 1. readers and one import ------------------------------------------------------------------


def test_readers_never_see_half_an_import(tmp_path: Path) -> None:
    """Reader threads (a cursor each, as Streamlit sessions) count while 50,000 rows commit."""
    con = db.connect(seeded(tmp_path / "r.duckdb"))
    incoming = write_rows_csv(tmp_path / "incoming.csv", 50_000)
    validated = ingest.validate(incoming.read_bytes(), incoming.name, con)
    assert not validated.fatal and not validated.error_rows
    before, after = (3, 1), (50_003, 2)
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def reader() -> None:
        cur = con.cursor()
        try:
            while not done.is_set():
                rows = cur.execute(
                    "select (select count(*) from employees), (select count(*) from import_log)"
                ).fetchall()
                seen.append((int(rows[0][0]), int(rows[0][1])))
            rows = cur.execute(
                "select (select count(*) from employees), (select count(*) from import_log)"
            ).fetchall()
            seen.append((int(rows[0][0]), int(rows[0][1])))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for th in threads:
        th.start()
    time.sleep(0.2)
    ingest.load(con, validated)
    time.sleep(0.2)
    done.set()
    for th in threads:
        th.join(timeout=30)
    con.close()
    assert not errors, errors
    assert set(seen) <= {before, after}, sorted(set(seen) - {before, after})[:5]
    assert before in seen and after in seen  # the readers really ran across the commit


# --- 2. a killed import -------------------------------------------------------------------------


@pytest.mark.slow
def test_sigkill_mid_import_leaves_previous_data(tmp_path: Path) -> None:
    """SIGKILL `python -m analytics load BIG.csv` while it stores: the file opens with the old data."""
    path = seeded(tmp_path / "x.duckdb")
    con = db.connect(path)
    before = checksum(con)
    con.close()
    big = write_rows_csv(tmp_path / "big.csv", 300_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "analytics", "load", str(big), "--db", str(path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stderr is not None
    buf = b""
    deadline = time.monotonic() + 120
    while b"Menyimpan" not in buf and proc.poll() is None and time.monotonic() < deadline:
        buf += os.read(proc.stderr.fileno(), 256)  # tqdm redraws without newlines
    time.sleep(0.3)  # inside the transaction: the rows are being inserted
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, buf.decode(errors="replace"))
    con = db.connect(path)  # opens (replays or drops the WAL), no error
    try:
        assert checksum(con) == before
        # and the file still takes an import afterwards
        small = write_rows_csv(tmp_path / "small.csv", 1_000, period=2024)
        ingest.load(con, ingest.validate(small.read_bytes(), small.name, con))
        assert checksum(con)[:2] == (1_003, 2)
    finally:
        con.close()


# --- 3. missing, held, damaged, outdated: CLI ---------------------------------------------------


def corrupt_file(path: Path) -> Path:
    """A .duckdb file whose bytes are not a DuckDB database (as after a bad copy)."""
    path.write_bytes(hashlib.sha256(b"x").digest() * 4096)
    return path


def outdated_file(path: Path) -> Path:
    """A file in the version-0 layout, made by hand: no meta table, merit_status without the flags."""
    con = db.connect(seeded(path))
    con.execute(
        "insert into merit_status (period, instansi, status, nilai_mandiri) values (2022, 'Kabupaten Ende', 'Selesai Input', 250)"
    )
    con.execute("drop table meta")
    for flag in ("status_unreadable", "mandiri_unreadable", "verifikasi_unreadable"):
        con.execute(f"alter table merit_status drop column {flag}")  # noqa: S608 fixed names
    con.execute("checkpoint")
    con.close()
    return path


def newer_file(path: Path) -> Path:
    con = db.connect(seeded(path))
    con.execute("update meta set value = ? where key = 'schema_version'", [str(db.SCHEMA_VERSION + 1)])
    con.close()
    return path


def test_cli_missing_database(tmp_path: Path) -> None:
    path = tmp_path / "nope.duckdb"
    out = cli("analytics", "summary", "--db", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "tidak ada" in out.stderr and "python -m analytics demo --db" in out.stderr
    assert not path.exists()  # a typo in --db does not create an empty database


def test_cli_corrupt_database(tmp_path: Path) -> None:
    path = corrupt_file(tmp_path / "rusak.duckdb")
    content = path.read_bytes()
    for command in (["summary"], ["load", str(GOOD / "comma_utf8.csv")], ["ninebox"]):
        out = cli("analytics", *command, "--db", str(path))
        assert out.returncode == 1, (command, out.stderr)
        assert "Traceback" not in out.stderr and "rusak" in out.stderr and "move-aside" in out.stderr
    assert path.read_bytes() == content  # never touched
    moved = cli("analytics.core.db", "move-aside", str(path))
    assert moved.returncode == 0, moved.stderr
    assert not path.exists() and len(list(tmp_path.glob("rusak.duckdb.rusak-*"))) == 1


def test_cli_truncated_database(tmp_path: Path) -> None:
    good = seeded(tmp_path / "ok.duckdb")
    data = good.read_bytes()
    path = tmp_path / "half.duckdb"
    path.write_bytes(data[: len(data) // 3])
    out = cli("analytics", "summary", "--db", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr and "rusak" in out.stderr


def test_cli_held_database_english(tmp_path: Path) -> None:
    path = seeded(tmp_path / "held.duckdb")
    holder = db.connect(path)
    try:
        out = cli("analytics", "ninebox", "--db", str(path), "--lang", "en")
    finally:
        holder.close()
    assert out.returncode == 1 and "in use by another process" in out.stderr and "Traceback" not in out.stderr


def test_cli_outdated_database_then_migrate(tmp_path: Path) -> None:
    path = outdated_file(tmp_path / "lama.duckdb")
    out = cli("analytics", "summary", "--db", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "skema versi 0" in out.stderr and f"python -m analytics.core.db migrate {path}" in out.stderr
    migrated = cli("analytics.core.db", "migrate", str(path))
    assert migrated.returncode == 0, migrated.stderr
    assert f"versi 0 ke {db.SCHEMA_VERSION}" in migrated.stdout
    again = cli("analytics", "summary", "--db", str(path))
    assert again.returncode == 0, again.stderr


def test_cli_newer_database(tmp_path: Path) -> None:
    path = newer_file(tmp_path / "baru.duckdb")
    out = cli("analytics", "summary", "--db", str(path))
    assert out.returncode == 1 and "lebih baru" in out.stderr and "Traceback" not in out.stderr


# --- migrations ---------------------------------------------------------------------------------


def test_version_0_file_migrates_in_one_transaction_keeping_data(tmp_path: Path) -> None:
    path = outdated_file(tmp_path / "v0.duckdb")
    with pytest.raises(db.DatabaseOutdated) as info:
        db.connect(path)
    assert info.value.found == 0
    assert db.migrate(path) == 0
    con = db.connect(path)
    try:
        assert db.schema_version(con) == db.SCHEMA_VERSION
        assert con.execute(
            "select instansi, nilai_mandiri, status_unreadable, mandiri_unreadable from merit_status"
        ).fetchall() == [("Kabupaten Ende", 250.0, False, False)]
        assert checksum(con)[:2] == (3, 1)
        notnull = con.execute(
            "select is_nullable from information_schema.columns "
            "where table_name = 'merit_status' and column_name = 'status_unreadable'"
        ).fetchall()
        assert notnull == [("NO",)]  # the same column as in a new file
    finally:
        con.close()


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = outdated_file(tmp_path / "v0.duckdb")
    monkeypatch.setitem(db.MIGRATIONS, 1, (*db.MIGRATIONS[1], "select * from no_such_table"))
    with pytest.raises(duckdb.Error):
        db.migrate(path)
    con = duckdb.connect(str(path))
    try:
        assert db.stored_schema_version(con) == 0  # still the old layout, meta not created
        cols = {
            r[0]
            for r in con.execute(
                "select column_name from information_schema.columns where table_name = 'merit_status'"
            ).fetchall()
        }
        assert "status_unreadable" not in cols
    finally:
        con.close()


def test_every_migration_step_exists() -> None:
    assert sorted(db.MIGRATIONS) == list(range(1, db.SCHEMA_VERSION + 1))


# --- 3. the app: AppTest with TALENTA_DB on a broken file ---------------------------------------


def app_on(path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("TALENTA_DB", str(path))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def buttons(at: AppTest) -> dict[str, object]:
    return {b.label: b for b in at.button}


def test_app_corrupt_default_file_explains_and_rebuilds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corrupt_file(tmp_path / "talenta.duckdb")
    at = app_on(path, monkeypatch)
    assert any("rusak atau bukan basis data DuckDB" in e.value for e in at.error), [e.value for e in at.error]
    assert "Bangun ulang data demo" in buttons(at)
    at.button(key="faults_rebuild").click().run()
    assert not at.exception, at.exception
    assert len(list(tmp_path.glob("talenta.duckdb.rusak-*"))) == 1  # kept, not deleted
    assert not any("rusak" in e.value for e in at.error)
    con = duckdb.connect(str(path))  # the app's configuration: the same process holds it read-write
    assert con.execute("select count(*) from employees").fetchall()[0][0] > 0
    con.close()


def test_app_outdated_file_offers_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = outdated_file(tmp_path / "talenta.duckdb")
    at = app_on(path, monkeypatch)
    assert any("versi aplikasi yang lebih lama" in e.value for e in at.error)
    assert {"Migrasi", "Bangun ulang data demo"} <= set(buttons(at))
    at.button(key="faults_migrate").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    con = duckdb.connect(str(path))
    assert db.stored_schema_version(con) == db.SCHEMA_VERSION
    assert con.execute("select count(*) from employees").fetchall() == [(3,)]
    con.close()


def test_app_own_corrupt_file_is_moved_aside_never_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded(tmp_path / "talenta.duckdb")
    own = corrupt_file(tmp_path / "instansi.duckdb")
    at = app_on(tmp_path / "talenta.duckdb", monkeypatch)
    at.sidebar.radio(key="source").set_value("custom").run()
    at.sidebar.text_input(key="custom_path").input(str(own)).run()
    assert not at.exception, at.exception
    assert any("rusak" in e.value for e in at.error)
    assert "Bangun ulang data demo" not in buttons(at) and "Pindahkan ke samping" in buttons(at)
    at.button(key="faults_move_aside").click().run()
    assert not at.exception and not own.exists()
    assert len(list(tmp_path.glob("instansi.duckdb.rusak-*"))) == 1


def test_app_held_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process (here a child python) holds the file: the app says so and offers Retry."""
    path = seeded(tmp_path / "talenta.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        at = app_on(path, monkeypatch)
        assert any("sedang dipakai proses lain" in e.value for e in at.error)
        assert "Coba lagi" in buttons(at)
    finally:
        holder.kill()
        holder.wait()


def test_a_half_copied_database_is_refused_even_when_its_first_half_answers(tmp_path: Path) -> None:
    """A file cut off after its first half can still open and answer from the blocks it holds; its
    header counts more blocks than the file has, so it is refused as damaged (the whole file opens)."""
    good = seeded(tmp_path / "ok.duckdb")
    data = good.read_bytes()
    half = tmp_path / "half.duckdb"
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(db.DatabaseCorrupt, match="truncated"):
        db.connect(half, read_only=True)
    con = db.connect(good, read_only=True)
    try:
        assert con.execute("select count(*) from employees").fetchone() == (3,)
    finally:
        con.close()
