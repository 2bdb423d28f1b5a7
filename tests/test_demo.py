"""The demo generator: seeded, realistic, and carrying the real NTT figures of seed 001."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from analytics.core import db
from analytics.demo import employees as demo

ROOT = Path(__file__).resolve().parent.parent
N = 3000

# docs/rules.md §10 (seed 001): regency/city, status, mandiri, verifikasi. "U" = unreadable on the slide;
# a row whose status is unreadable is unreadable as a whole. None = blank (not yet input).
U = "U"
NTT_STATUS = {
    "Kabupaten Belu": ("Belum Input", None, None),
    "Kabupaten Ende": ("Selesai Input", 105.5, 33.0),
    "Kabupaten Flores Timur": (U, U, U),
    "Kabupaten Kupang": ("Belum Input", None, None),
    "Kabupaten Manggarai": ("Sedang Input", 117.0, None),
    "Kabupaten Manggarai Barat": (U, U, U),
    "Kabupaten Rote Ndao": ("Selesai Input", 105.0, 57.0),
    "Kabupaten Sikka": ("Sedang Input", 99.0, None),
    "Kabupaten Sumba Barat": ("Selesai Input", 218.5, U),
    "Kabupaten Sumba Barat Daya": (U, U, U),
    "Kabupaten Timor Tengah Selatan": (U, U, U),
    "Kabupaten Alor": ("Selesai Input", 113.0, 107.0),
    "Kabupaten Lembata": ("Sedang Input", 67.0, None),
    "Kabupaten Malaka": ("Sedang Input", None, None),
    "Kabupaten Manggarai Timur": (U, U, U),
    "Kabupaten Ngada": ("Selesai Input", 107.0, 92.5),
    "Kabupaten Nagekeo": ("Selesai Input", 209.0, 114.0),
    "Kabupaten Sabu Raijua": (U, U, U),
    "Kabupaten Sumba Tengah": (U, U, U),
    "Kabupaten Sumba Timur": (U, U, U),
    "Kabupaten Timor Tengah Utara": (U, U, U),
    "Kota Kupang": ("Sedang Input", 328.5, 240.5),
}

# Boxes with the default weights (ref_weights 'kepka411') and cut-offs (ref_cutoffs), PermenPANRB numbering.
BOXES_SQL = """
with w as (
    select
        max(weight) filter (where component = 'kinerja_utama') as kinerja_utama,
        max(weight) filter (where component = 'penghargaan') as penghargaan,
        max(weight) filter (where component = 'tim_kerja') as tim_kerja,
        max(weight) filter (where component = 'umpan_balik') as umpan_balik,
        max(weight) filter (where component = 'kompetensi') as kompetensi,
        max(weight) filter (where component = 'pengembangan_kompetensi') as pengembangan_kompetensi,
        max(weight) filter (where component = 'pengalaman_jabatan') as pengalaman_jabatan,
        max(weight) filter (where component = 'potensi') as potensi,
        max(weight) filter (where component = 'pendidikan_formal') as pendidikan_formal,
        max(weight) filter (where component = 'kesesuaian_bidang_ilmu') as kesesuaian_bidang_ilmu,
        max(weight) filter (where component = 'integritas') as integritas
    from ref_weights where preset = 'kepka411'
),
c as (
    select max(low) filter (where axis = 'kinerja') as k_low, max(high) filter (where axis = 'kinerja') as k_high,
           max(low) filter (where axis = 'potensial') as p_low, max(high) filter (where axis = 'potensial') as p_high
    from ref_cutoffs
),
axes as (
    select e.period, e.nip, e.instansi, e.unit_kerja,
        (e.kinerja_utama * w.kinerja_utama + e.penghargaan * w.penghargaan + e.tim_kerja * w.tim_kerja
         + e.umpan_balik * w.umpan_balik)
        / (w.kinerja_utama + w.penghargaan + w.tim_kerja + w.umpan_balik) as k,
        (e.kompetensi * w.kompetensi + e.pengembangan_kompetensi * w.pengembangan_kompetensi
         + e.pengalaman_jabatan * w.pengalaman_jabatan + e.potensi * w.potensi
         + e.pendidikan_formal * w.pendidikan_formal + e.kesesuaian_bidang_ilmu * w.kesesuaian_bidang_ilmu
         + e.integritas * w.integritas)
        / (w.kompetensi + w.pengembangan_kompetensi + w.pengalaman_jabatan + w.potensi + w.pendidikan_formal
           + w.kesesuaian_bidang_ilmu + w.integritas) as p
    from employees e, w
)
select a.*, b.box
from axes a, c, ref_boxes b
where a.k is not null and a.p is not null and b.scheme = 'permenpanrb'
  and b.kinerja_level = case when a.k < c.k_low then 1 when a.k < c.k_high then 2 else 3 end
  and b.potensial_level = case when a.p < c.p_low then 1 when a.p < c.p_high then 2 else 3 end
"""


def _build(path: Path, **kwargs: int) -> duckdb.DuckDBPyConnection:
    con = db.connect(path)
    demo.build_demo(con, employees=kwargs.get("employees", N), seed=kwargs.get("seed", demo.DEFAULT_SEED))
    return con


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    con = _build(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    con.execute(f"create table boxed as {BOXES_SQL}")  # noqa: S608 constant
    return con


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> list[tuple]:
    return con.cursor().execute(sql, params or []).fetchall()


def _digest(con: duckdb.DuckDBPyConnection) -> tuple:
    return (
        _rows(con, "select count(*), sum(hash(employees::varchar)) from employees")[0],
        _rows(con, "select count(*), sum(hash(merit_scores::varchar)) from merit_scores")[0],
        _rows(con, "select count(*), sum(hash(merit_status::varchar)) from merit_status")[0],
    )


def test_same_seed_same_data_different_seed_different(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    again = _build(tmp_path / "again.duckdb")
    other = _build(tmp_path / "other.duckdb", seed=7)
    assert _digest(again) == _digest(con)
    assert _digest(other)[0] != _digest(con)[0]


def _column_digests(path: Path) -> dict[str, dict[str, object]]:
    """Per data table: the row count and, per column, the sum of its values' hashes."""
    check = duckdb.connect(str(path), read_only=True)
    try:
        out: dict[str, dict[str, object]] = {}
        for table in ("employees", "merit_scores", "merit_status"):  # fixed whitelist
            cur = check.execute(f"select count(*) as n, sum(hash(columns(*))) from {table}")  # noqa: S608 whitelist
            names = [d[0] for d in cur.description]
            out[table] = dict(zip(names, cur.fetchone() or (), strict=True))
        return out
    finally:
        check.close()


def _cli_demo(target: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m analytics demo --employees 2000 --db TARGET`` in a subprocess (extra ``env``)."""
    return subprocess.run(
        [sys.executable, "-m", "analytics", "demo", "--employees", "2000", "--db", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=120,
    )


def test_same_seed_same_data_across_processes(tmp_path: Path) -> None:
    """Two separate builds with different str hash randomisation give the same table contents.

    The in-process test above cannot see this: one process has one PYTHONHASHSEED, so iterating a
    set of strings (say) takes the same order every time there, and a different one in the next run.
    """
    digests = []
    for hashseed in ("1", "2"):
        target = tmp_path / f"hashseed{hashseed}.duckdb"
        result = _cli_demo(target, PYTHONHASHSEED=hashseed)
        assert result.returncode == 0, result.stderr
        digests.append(_column_digests(target))
    first, second = digests
    for table in first:
        differing = sorted(c for c in first[table] if first[table][c] != second[table][c])
        assert not differing, f"{table}: columns differ between the two builds: {differing}"


def test_rebuild_replaces_everything_in_place(tmp_path: Path) -> None:
    con = _build(tmp_path / "twice.duckdb", employees=1500)
    counts = demo.build_demo(con, employees=1500)
    assert counts["employees"] == 3000
    assert _rows(con, "select count(*) from employees")[0][0] == 3000


def _columns_and_key(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple], list[tuple]]:
    columns = _rows(
        con,
        "select column_name, data_type, is_nullable from duckdb_columns()"
        " where table_name = 'employees' order by column_index",
    )
    key = _rows(
        con,
        "select constraint_type, constraint_column_names from duckdb_constraints()"
        " where table_name = 'employees' and constraint_type = 'PRIMARY KEY'",
    )
    return columns, key


def test_the_demo_keeps_the_employees_table_as_the_schema_makes_it(tmp_path: Path) -> None:
    """The demo fills a keyless employees table and adds the key at the end (a national build's time
    and memory): the result has the schema's columns and its (period, nip) key, which refuses a
    duplicate."""
    fresh = db.connect(tmp_path / "fresh.duckdb")
    expected = _columns_and_key(fresh)
    assert expected[1] == [("PRIMARY KEY", ["period", "nip"])]
    con = db.connect(tmp_path / "built.duckdb")
    demo.build_demo(con, employees=1500)
    demo.build_demo(con, employees=1500)  # over an existing demo too
    assert _columns_and_key(con) == expected
    nip = _rows(con, "select nip from employees where period = 2025 limit 1")[0][0]
    with pytest.raises(duckdb.ConstraintException):
        con.execute(
            "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan)"
            " values (2025, ?, 'x', 'x', 'x', 'x', 'x')",
            [nip],
        )
    con.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan)"
        " values (2099, ?, 'x', 'x', 'x', 'x', 'x')",
        [nip],
    )  # another period takes the same NIP: the key is (period, nip)


def test_a_failed_rebuild_leaves_the_previous_demo_and_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = _build(tmp_path / "kept.duckdb", employees=1500)
    before = _digest(con), _columns_and_key(con)

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "merit_rows", broken)  # after every employee row is written
    with pytest.raises(RuntimeError, match="disk full"):
        demo.build_demo(con, employees=2000)
    assert (_digest(con), _columns_and_key(con)) == before
    assert _rows(con, "select count(*) from employees")[0][0] == 3000


def test_no_chunk_of_rows_stays_in_memory_until_the_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each chunk's frame is gone once the next is written, though the transaction is still open:
    a frame registered as a view and dropped inside the transaction lived until the commit (0,27 GB
    more after 4 M rows)."""
    monkeypatch.setattr(demo, "CHUNK_ROWS", 400)
    made: list[weakref.ref[pd.DataFrame]] = []
    alive_at_key: list[int] = []
    frame, merit = demo.employee_frame, demo.merit_rows

    def recorded(*args: Any, **kwargs: Any) -> pd.DataFrame:
        out = frame(*args, **kwargs)
        made.append(weakref.ref(out))
        return out

    def after_the_key(*args: Any, **kwargs: Any) -> Any:  # called after the key, before the commit
        gc.collect()
        alive_at_key.append(sum(ref() is not None for ref in made))
        return merit(*args, **kwargs)

    monkeypatch.setattr(demo, "employee_frame", recorded)
    monkeypatch.setattr(demo, "merit_rows", after_the_key)
    con = db.connect(tmp_path / "chunks.duckdb")
    counts = demo.build_demo(con, employees=1500)
    assert len(made) >= 6  # several chunks per period were written
    # At most the last one: DuckDB's look-up of the name leaves it in the function's locals snapshot
    # (Python 3.11) until the build returns. Registered views kept all of them.
    assert alive_at_key[0] <= 1
    assert counts["employees"] == _rows(con, "select count(*) from employees")[0][0] > 2400


def test_the_demo_commands_memory_limit_is_lowered_for_the_key_and_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo command gives DuckDB its share, lowered while the key's commit runs and put back after;
    the app's first start, which passes none, keeps the database's own limit."""
    probe = duckdb.connect()

    def shown(limit: str) -> str:
        probe.execute("set memory_limit = ?", [limit])
        return str(probe.execute("select current_setting('memory_limit')").fetchone()[0])

    seen: list[str] = []
    merit = demo.merit_rows

    def at_the_key(cur: duckdb.DuckDBPyConnection, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(cur.execute("select current_setting('memory_limit')").fetchone()[0]))
        return merit(cur, *args, **kwargs)

    monkeypatch.setattr(demo, "merit_rows", at_the_key)
    con = db.connect(tmp_path / "limits.duckdb")
    demo.build_demo(con, employees=500, memory_limit="1700MB")
    assert seen == [shown(demo.KEY_MEMORY_LIMIT)]
    after = _rows(con, "select current_setting('memory_limit')")[0][0]
    assert after == shown("1700MB") != shown(demo.KEY_MEMORY_LIMIT)

    con.execute("set memory_limit = '1900MB'")
    demo.build_demo(con, employees=500)  # the app's first start: no limit of its own
    assert seen[1] == shown("1900MB")
    assert _rows(con, "select current_setting('memory_limit')")[0][0] == shown("1900MB")


def test_periods_counts_and_overlap(con: duckdb.DuckDBPyConnection) -> None:
    assert _rows(con, "select period, count(*) from employees group by 1 order by 1") == [
        (2024, N),
        (2025, N),
    ]
    both = _rows(
        con,
        "select count(*) from (select nip from employees where period = 2024"
        " intersect select nip from employees where period = 2025)",
    )[0][0]
    assert 0.85 * N < both < N  # mostly the same people, some leave and some join


def test_places_and_institutions(con: duckdb.DuckDBPyConnection) -> None:
    kab = {
        r[0]
        for r in _rows(con, "select distinct kab_kota from employees where provinsi = 'Nusa Tenggara Timur'")
    }
    assert set(NTT_STATUS) <= kab
    assert {"Pemerintah Kabupaten Ende", "Pemerintah Provinsi Nusa Tenggara Timur"} <= {
        r[0] for r in _rows(con, "select distinct instansi from employees")
    }
    provinces = _rows(con, "select provinsi, count(distinct kab_kota) from employees group by 1")
    assert sum(1 for p, n in provinces if p and p != "Nusa Tenggara Timur" and n >= 3) >= 2
    jenis = {r[0] for r in _rows(con, "select distinct jenis_instansi from employees")}
    assert jenis == {"Kementerian", "LPNK", "Provinsi", "Kabupaten", "Kota"}
    assert _rows(
        con,
        "select count(*) from employees where jenis_instansi in ('Kabupaten', 'Kota')"
        " and (provinsi is null or kab_kota is null)",
    ) == [(0,)]
    jpt_high = {
        r[0]
        for r in _rows(
            con,
            "select distinct jenis_instansi from employees where jenis_jabatan in ('JPT Madya', 'JPT Utama')",
        )
    }
    assert jpt_high <= {"Kementerian", "LPNK", "Provinsi"}
    shares = dict(
        _rows(con, "select jenis_jabatan, count(*) / sum(count(*)) over () from employees group by 1")
    )
    assert shares["Fungsional"] + shares["Pelaksana"] > 0.8
    assert shares["Pengawas"] < 0.1 and shares["Administrator"] < 0.05
    assert _rows(con, "select distinct source from employees") == [("demo-sintetis",)]


def test_the_long_lists_are_read_from_the_demo_data_files() -> None:
    """Names, places, agencies and titles live in analytics/demo/data/, each file read by demo/employees.py."""
    files = sorted((ROOT / "analytics" / "demo" / "data").iterdir())
    assert {"names.csv", "regencies.csv", "central_units.csv"} <= {f.name for f in files}
    source = (ROOT / "analytics" / "demo" / "employees.py").read_text(encoding="utf-8")
    for f in files:
        assert f'"{f.name}"' in source, f"{f.name} is not read by demo/employees.py"
        lines = f.read_text(encoding="utf-8").split("\n")
        assert lines[-1] == "" and all(line and line == line.strip() for line in lines[:-1]), f.name
    assert [kab for kab, _ in demo.NTT_REGENCIES] == list(NTT_STATUS)  # the 22, in docs/rules.md §10 order
    assert set(demo.OTHER_REGENCIES) == {"Jawa Barat", "Sulawesi Selatan"}
    assert [(name, jenis) for name, jenis, _, _ in demo.CENTRAL] == [
        ("Kementerian Agama", "Kementerian"),
        ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Kementerian"),
        ("Badan Kepegawaian Negara", "LPNK"),
        ("Badan Pusat Statistik", "LPNK"),
    ]
    assert all(len(units) >= 6 for _, _, _, units in demo.CENTRAL)
    assert demo.POOLS == ("ntt", "sunda", "bugis", "nasional")
    assert all(mf and ff and ml for mf, ff, ml, _ in demo.NAMES.values())
    assert demo.NAMES["ntt"][3] == () and "Nurhayati" in demo.NAMES["sunda"][3]  # empty: male list serves
    assert len(demo.PELAKSANA) == len(demo.PELAKSANA_WEIGHTS) == 6


def test_nip_consistent_with_gender_birth_date_and_type(con: duckdb.DuckDBPyConnection) -> None:
    bad = _rows(
        con,
        """
        select count(*) from employees
        where not regexp_full_match(nip, '[0-9]{18}')
           or strftime(tanggal_lahir, '%Y%m%d') <> nip[1:8]
           or jenis_kelamin <> case nip[15] when '1' then 'L' when '2' then 'P' end
           or (asn_type = 'PNS' and not (cast(nip[13:14] as int) between 1 and 12
                and cast(nip[9:12] as int) - year(tanggal_lahir) between 18 and 35))
           or (asn_type = 'PPPK' and nip[13:14] <> '21')
        """,
    )
    assert bad == [(0,)]
    assert _rows(con, "select count(*) - count(distinct nip) from employees group by period") == [(0,), (0,)]
    pppk = _rows(con, "select avg((asn_type = 'PPPK')::int) from employees")[0][0]
    assert 0.3 < pppk < 0.37  # about a third, as BKN reported in January 2026
    # the importer's NIP validator accepts every demo NIP and reads the PNS/PPPK form from it
    from analytics.core.nip import check_nips

    frame = con.execute("select nip, period, asn_type from employees").df()
    checked = check_nips(frame["nip"], frame["period"])
    assert checked["problem"].isna().all()
    assert (checked["asn_type"].to_numpy() == frame["asn_type"].to_numpy()).all()


def test_planted_piling_up_in_ende_dinas_pendidikan(con: duckdb.DuckDBPyConnection) -> None:
    n, share = _rows(
        con,
        "select count(*), avg((box = 5)::int) from boxed where period = 2025"
        " and instansi = ? and unit_kerja = ?",
        [demo.PLANTED_INSTANSI, demo.PLANTED_UNIT],
    )[0]
    assert n >= 150
    assert share > 0.55


def test_nine_box_distribution_is_believable(con: duckdb.DuckDBPyConnection) -> None:
    for period in demo.PERIODS:
        shares = dict(
            _rows(
                con,
                "select box, count(*) / sum(count(*)) over () from boxed where period = ? group by 1",
                [period],
            )
        )
        pool = shares.get(7, 0) + shares.get(8, 0) + shares.get(9, 0)
        assert 0.05 < pool < 0.20
        assert 0.005 < shares.get(9, 0) < 0.05
        assert max(shares, key=lambda b: shares[b]) == 5
    blank = _rows(
        con,
        "select avg((" + " or ".join(f"{c} is null" for c in db.COMPONENTS) + ")::int) from employees",  # noqa: S608 fixed column names
    )[0][0]
    assert 0.003 < blank < 0.03  # a few not-assessed rows for the unmappable list


def test_scores_in_range_and_predicate_matches_score(con: duckdb.DuckDBPyConnection) -> None:
    cols = ", ".join(f"min({c}), max({c})" for c in db.COMPONENTS)
    values = _rows(con, f"select {cols} from employees")[0]  # noqa: S608 fixed column names
    assert all(0 <= v <= 100 for v in values)
    mismatched = _rows(
        con,
        """
        select count(*) from employees where kinerja_utama is not null and predikat_kinerja <>
            case when kinerja_utama >= 80 then 'Sangat Baik' when kinerja_utama >= 60 then 'Baik'
                 when kinerja_utama >= 50 then 'Butuh Perbaikan' when kinerja_utama >= 30 then 'Kurang'
                 else 'Sangat Kurang' end
        """,
    )
    assert mismatched == [(0,)]
    assert _rows(con, "select predikat_kinerja from employees group by 1 order by count(*) desc limit 1") == [
        ("Baik",)
    ]


def test_ntt_province_2022_is_the_real_282_5(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(
        con,
        "select count(*), sum(score), min(source), max(source) from merit_scores where period = 2022"
        " and instansi = 'Pemerintah Provinsi Nusa Tenggara Timur' and stage = 'Verifikasi Akhir'",
    )
    assert rows == [(8, 282.5, demo.SEED_SOURCE, demo.SEED_SOURCE)]


def test_ntt_regency_status_2022_matches_the_slide(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(
        con,
        """
        select instansi, status, status_unreadable, nilai_mandiri, mandiri_unreadable, nilai_verifikasi,
               verifikasi_unreadable, source, provinsi
        from merit_status where period = 2022 and provinsi = 'Nusa Tenggara Timur'
        """,
    )
    got = {r[0].removeprefix("Pemerintah "): r[1:] for r in rows}
    assert set(got) == set(NTT_STATUS)
    for kab, (status, mandiri, verif) in NTT_STATUS.items():
        expected = (
            None if status == U else status,
            status == U,
            None if mandiri in (None, U) else mandiri,
            mandiri == U,
            None if verif in (None, U) else verif,
            verif == U,
            demo.SEED_SOURCE,
            "Nusa Tenggara Timur",
        )
        assert got[kab] == expected, kab
    # no synthetic aspect rows for the NTT regencies in 2022 (their real totals stand)
    assert _rows(
        con,
        "select count(*) from merit_scores where period = 2022 and provinsi = 'Nusa Tenggara Timur'"
        " and jenis_instansi <> 'Provinsi'",
    ) == [(0,)]


def test_merit_synthetic_rows(con: duckdb.DuckDBPyConnection) -> None:
    over = _rows(
        con,
        "select count(*) from merit_scores s join ref_merit_aspects a using (aspect)"
        " where s.score > a.max_score or s.score < 0",
    )
    assert over == [(0,)]
    unknown = _rows(
        con, "select count(*) from merit_scores where aspect not in (select aspect from ref_merit_aspects)"
    )
    assert unknown == [(0,)]
    assert _rows(con, "select distinct instrument from merit_scores") == [(demo.MERIT_INSTRUMENT,)]
    # NTT regencies get a synthetic second period to compare with
    assert _rows(
        con, "select count(*) from merit_status where period = 2023 and provinsi = 'Nusa Tenggara Timur'"
    ) == [(23,)]
    totals = _rows(
        con,
        "select instansi, period, sum(score) from merit_scores where stage = 'Verifikasi Akhir'"
        " and source = 'demo-sintetis' group by 1, 2",
    )
    cats = _rows(
        con,
        "select distinct c.category_id from (select unnest(?::double[]) as total) t join ref_merit_categories c"
        " on t.total >= c.lower and t.total < c.upper",
        [[r[2] for r in totals]],
    )
    assert {"Kurang", "Baik", "Sangat Baik"} <= {r[0] for r in cats}
    self_higher = _rows(
        con,
        """
        select avg((m.score >= v.score)::int) from merit_scores m join merit_scores v
            on m.period = v.period and m.instansi = v.instansi and m.aspect = v.aspect
        where m.stage = 'Mandiri' and v.stage = 'Verifikasi Akhir'
        """,
    )[0][0]
    assert self_higher > 0.9


def test_cli_demo_prints_summary(tmp_path: Path) -> None:
    target = tmp_path / "cli.duckdb"
    result = _cli_demo(target)
    assert result.returncode == 0, result.stderr
    assert "Data demo dibuat" in result.stdout
    assert "4.000 baris" in result.stdout  # 2,000 per period, Indonesian thousands separator
    check = duckdb.connect(str(target), read_only=True)
    assert check.execute("select count(*) from employees").fetchone() == (4000,)
