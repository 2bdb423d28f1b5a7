"""Merit-system index: totals by stage, index, category bands, ranks, the NTT 2022 slide, CLI, bad files.

Golden figures from docs/rules.md §10 (seed 001, the KASN NTT 2022 slide): NTT province 282.5 of 410 →
index 0.69 → Baik, and the 22 regencies' status, self and verified scores.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics import cli, ingest
from analytics.core import db
from analytics.demo import employees as demo
from analytics.merit import scores as m

NTT = "Nusa Tenggara Timur"
ASPECTS = {  # NTT province 2022, Verifikasi Akhir (seed 001)
    "Perencanaan Kebutuhan": 37.5,
    "Pengadaan": 40.0,
    "Pengembangan Karier": 62.5,
    "Promosi dan Mutasi": 25.0,
    "Manajemen Kinerja": 57.5,
    "Penggajian, Penghargaan dan Disiplin": 30.0,
    "Perlindungan dan Pelayanan": 14.0,
    "Sistem Informasi": 16.0,
}
U, B = "unreadable", "missing"
# docs/rules.md §10: (kab/kota, status, mandiri, verifikasi, peringkat); U = unreadable, B = blank on
# the slide.
NTT_2022 = [
    ("Kota Kupang", "Sedang Input", 328.5, 240.5, 1),
    ("Kabupaten Nagekeo", "Selesai Input", 209.0, 114.0, 2),
    ("Kabupaten Alor", "Selesai Input", 113.0, 107.0, 3),
    ("Kabupaten Ngada", "Selesai Input", 107.0, 92.5, 4),
    ("Kabupaten Rote Ndao", "Selesai Input", 105.0, 57.0, 5),
    ("Kabupaten Ende", "Selesai Input", 105.5, 33.0, 6),
    ("Kabupaten Sumba Barat", "Selesai Input", 218.5, U, None),
    ("Kabupaten Manggarai", "Sedang Input", 117.0, B, None),
    ("Kabupaten Sikka", "Sedang Input", 99.0, B, None),
    ("Kabupaten Lembata", "Sedang Input", 67.0, B, None),
    ("Kabupaten Belu", "Belum Input", B, B, None),
    ("Kabupaten Kupang", "Belum Input", B, B, None),
    ("Kabupaten Malaka", "Sedang Input", B, B, None),
    ("Kabupaten Flores Timur", U, U, U, None),
    ("Kabupaten Manggarai Barat", U, U, U, None),
    ("Kabupaten Sumba Barat Daya", U, U, U, None),
    ("Kabupaten Timor Tengah Selatan", U, U, U, None),
    ("Kabupaten Manggarai Timur", U, U, U, None),
    ("Kabupaten Sabu Raijua", U, U, U, None),
    ("Kabupaten Sumba Tengah", U, U, U, None),
    ("Kabupaten Sumba Timur", U, U, U, None),
    ("Kabupaten Timor Tengah Utara", U, U, U, None),
]
STAGES = ("Mandiri", "Verifikasi Awal", "Asistensi 1", "Asistensi 2", "Verifikasi Akhir")


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return db.connect(tmp_path / "merit.duckdb")


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path = tmp_path_factory.mktemp("merit_demo") / "demo.duckdb"
    c = db.connect(path)
    demo.build_demo(c, employees=500)
    return c


def add_scores(
    con: duckdb.DuckDBPyConnection,
    instansi: str,
    stage: str,
    scores: dict[str, float],
    *,
    period: int = 2022,
    jenis: str = "Kabupaten",
    provinsi: str = NTT,
) -> None:
    for aspect, score in scores.items():
        con.execute(
            "insert into merit_scores (period, instansi, jenis_instansi, provinsi, stage, aspect, score, "
            "instrument) values (?, ?, ?, ?, ?, ?, ?, 'permenpanrb40_2018')",
            [period, instansi, jenis, provinsi, stage, aspect, score],
        )


def add_status(
    con: duckdb.DuckDBPyConnection,
    instansi: str,
    status: str | None,
    mandiri: float | None = None,
    verifikasi: float | None = None,
    *,
    period: int = 2022,
    jenis: str = "Kabupaten",
    provinsi: str = NTT,
    unreadable: tuple[bool, bool, bool] = (False, False, False),
) -> None:
    con.execute(
        "insert into merit_status (period, instansi, jenis_instansi, provinsi, status, status_unreadable, "
        "nilai_mandiri, mandiri_unreadable, nilai_verifikasi, verifikasi_unreadable) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            period,
            instansi,
            jenis,
            provinsi,
            status,
            unreadable[0],
            mandiri,
            unreadable[1],
            verifikasi,
            unreadable[2],
        ],
    )


def scaled(factor: float) -> dict[str, float]:
    """The NTT aspect scores times ``factor`` (still within each maximum for factor <= 1)."""
    return {a: s * factor for a, s in ASPECTS.items()}


def row(table: pd.DataFrame, instansi: str) -> dict:
    rec = table[table["instansi"] == instansi]
    assert len(rec) == 1, instansi
    return {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in rec.iloc[0].items()}


# --- golden figures and bands --------------------------------------------------------------------


def test_ntt_province_2022_golden(con: duckdb.DuckDBPyConnection) -> None:
    add_scores(con, "Pemerintah Provinsi Nusa Tenggara Timur", "Verifikasi Akhir", ASPECTS, jenis="Provinsi")
    gov = m.province_government(con, NTT, 2022)
    assert gov is not None
    assert gov["nilai_verifikasi"] == 282.5
    assert gov["max_total"] == 410
    assert round(gov["indeks"], 2) == 0.69
    assert gov["kategori"] == "Baik"
    assert gov["tahap_verifikasi"] == "Verifikasi Akhir"
    assert m.index_scale(con, 2022).max_total == 410


@pytest.mark.parametrize(
    ("score", "category"),
    [(0, "Buruk"), (174.5, "Buruk"), (175, "Kurang"), (249.5, "Kurang"), (250, "Baik"), (324.5, "Baik"),
     (325, "Sangat Baik"), (410, "Sangat Baik")],
)  # fmt: skip
def test_category_band_edges(con: duckdb.DuckDBPyConnection, score: float, category: str) -> None:
    assert m.merit_category(con, score) == category
    add_status(con, "Pemerintah Kabupaten Uji", "Selesai Input", 300.0, float(score))
    assert row(m.regency_comparison(con, NTT, 2022), "Pemerintah Kabupaten Uji")["kategori"] == category


def test_missing_score_has_no_category(con: duckdb.DuckDBPyConnection) -> None:
    assert m.merit_category(con, None) is None


# --- the NTT slide from the demo -----------------------------------------------------------------


def test_demo_reproduces_the_ntt_2022_slide(demo_con: duckdb.DuckDBPyConnection) -> None:
    table = m.regency_comparison(demo_con, NTT, 2022)
    assert list(table.columns[:8]) == list(m.TABLE_COLUMNS)
    assert len(table) == 22
    for name, status, mandiri, verif, rank in NTT_2022:
        r = row(table, f"Pemerintah {name}")
        assert r["status"] == (None if status == U else status), name
        assert r["status_state"] == ("unreadable" if status == U else "ok"), name
        for value, col, state_col in (
            (mandiri, "nilai_mandiri", "mandiri_state"),
            (verif, "nilai_verifikasi", "verifikasi_state"),
        ):
            if isinstance(value, float):
                assert r[col] == value and r[state_col] == "ok", (name, col)
            else:
                assert r[col] is None and r[state_col] == value, (name, col)
        assert r["peringkat"] == rank, name
        if isinstance(mandiri, float) and isinstance(verif, float):
            assert r["selisih"] == mandiri - verif
        else:
            assert r["selisih"] is None
    kupang = row(table, "Pemerintah Kota Kupang")
    assert kupang["selisih"] == 88.0 and kupang["kategori"] == "Kurang"
    assert math.isclose(kupang["indeks"], 240.5 / 410)
    # ranked rows first in rank order, then every unranked row
    ranks = list(table["peringkat"])
    assert ranks[:6] == [1, 2, 3, 4, 5, 6] and all(pd.isna(r) for r in ranks[6:])
    gov = m.province_government(demo_con, NTT, 2022)
    assert gov is not None and gov["nilai_verifikasi"] == 282.5 and gov["kategori"] == "Baik"


def test_demo_counts_per_status_and_category(demo_con: duckdb.DuckDBPyConnection) -> None:
    table = m.regency_comparison(demo_con, NTT, 2022)
    counts = m.status_counts(table, m.sipinter_statuses(demo_con))
    assert list(zip(counts["status"], counts["n"], strict=True)) == [
        ("Belum Input", 2), ("Sedang Input", 5), ("Selesai Input", 6), ("unreadable", 9),
    ]  # fmt: skip
    cats = m.category_counts(table, m.categories(demo_con))
    got = {
        (k if isinstance(k, str) else s): n
        for k, s, n in zip(cats["kategori"], cats["state"], cats["n"], strict=True)
    }
    assert got == {"Buruk": 5, "Kurang": 1, "Baik": 0, "Sangat Baik": 0, "unreadable": 10, "missing": 6}


# --- totals: stages, completeness, status totals -------------------------------------------------


def test_latest_verification_stage_gives_the_verified_total(con: duckdb.DuckDBPyConnection) -> None:
    name = "Pemerintah Kabupaten Uji"
    add_scores(con, name, "Mandiri", scaled(1.0))
    add_scores(con, name, "Verifikasi Awal", scaled(0.4))
    add_scores(con, name, "Asistensi 1", scaled(0.6))
    r = row(m.regency_comparison(con, NTT, 2022), name)
    assert r["nilai_mandiri"] == 282.5
    assert math.isclose(r["nilai_verifikasi"], 282.5 * 0.6)
    assert r["tahap_verifikasi"] == "Asistensi 1"
    add_scores(con, name, "Verifikasi Akhir", scaled(0.8))
    r = row(m.regency_comparison(con, NTT, 2022), name)
    assert math.isclose(r["nilai_verifikasi"], 282.5 * 0.8) and r["tahap_verifikasi"] == "Verifikasi Akhir"
    assert math.isclose(r["selisih"], 282.5 * 0.2)
    progression = m.stage_progression(con, name, 2022)
    assert list(progression["stage"]) == list(STAGES)
    assert list(progression["state"]) == ["ok", "ok", "ok", "missing", "ok"]
    assert pd.isna(progression.loc[3, "total"])


def test_incomplete_stage_gives_no_total(con: duckdb.DuckDBPyConnection) -> None:
    name = "Pemerintah Kabupaten Uji"
    seven = dict(list(ASPECTS.items())[:7])
    add_scores(con, name, "Mandiri", seven)
    add_scores(con, name, "Asistensi 2", scaled(0.5))
    add_scores(con, name, "Verifikasi Akhir", seven)
    r = row(m.regency_comparison(con, NTT, 2022), name)
    # no partial sum, and no fall-back to the earlier complete stage
    assert r["nilai_mandiri"] is None and r["mandiri_state"] == "incomplete"
    assert r["nilai_verifikasi"] is None and r["verifikasi_state"] == "incomplete"
    assert r["peringkat"] is None and r["kategori"] is None
    progression = m.stage_progression(con, name, 2022).set_index("stage")
    assert progression.loc["Verifikasi Akhir", "state"] == "incomplete"
    assert pd.isna(progression.loc["Verifikasi Akhir", "total"])
    assert progression.loc["Verifikasi Akhir", "n_aspects"] == 7


def test_status_totals_used_only_without_aspect_rows(con: duckdb.DuckDBPyConnection) -> None:
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 200.0, 150.0)
    add_status(con, "Pemerintah Kabupaten B", "Selesai Input", 999.0 / 3, 100.0)
    add_scores(con, "Pemerintah Kabupaten B", "Verifikasi Akhir", ASPECTS)
    table = m.regency_comparison(con, NTT, 2022)
    a, b = row(table, "Pemerintah Kabupaten A"), row(table, "Pemerintah Kabupaten B")
    assert (a["nilai_mandiri"], a["nilai_verifikasi"], a["tahap_verifikasi"]) == (200.0, 150.0, None)
    assert b["nilai_verifikasi"] == 282.5 and b["tahap_verifikasi"] == "Verifikasi Akhir"
    assert math.isclose(b["nilai_mandiri"], 333.0)  # no Mandiri aspect rows: the status total


def test_only_regencies_of_the_province(con: duckdb.DuckDBPyConnection) -> None:
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 200.0, 150.0)
    add_status(con, "Pemerintah Kota B", "Selesai Input", 200.0, 150.0, jenis="Kota")
    add_status(
        con, "Pemerintah Provinsi Nusa Tenggara Timur", "Selesai Input", 300.0, 282.5, jenis="Provinsi"
    )
    add_status(con, "Pemerintah Kabupaten Bogor", "Selesai Input", 300.0, 280.0, provinsi="Jawa Barat")
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 300.0, 280.0, period=2023)
    assert set(m.regency_comparison(con, NTT, 2022)["instansi"]) == {
        "Pemerintah Kabupaten A",
        "Pemerintah Kota B",
    }
    assert len(m.regency_comparison(con, None, 2022)) == 3


# --- ranks ---------------------------------------------------------------------------------------


def test_ties_share_a_rank_and_missing_rank_last(con: duckdb.DuckDBPyConnection) -> None:
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 250.0, 200.0)
    add_status(con, "Pemerintah Kabupaten B", "Selesai Input", 210.0, 200.0)
    add_status(con, "Pemerintah Kabupaten C", "Selesai Input", 300.0, 150.0)
    add_status(con, "Pemerintah Kabupaten D", "Sedang Input", 400.0, None)  # high self score, no verified
    add_status(con, "Pemerintah Kabupaten E", None, None, None, unreadable=(True, True, True))
    add_status(con, "Pemerintah Kabupaten F", "Selesai Input", 100.0, 0.0)  # a real 0 is ranked
    table = m.regency_comparison(con, NTT, 2022)
    assert list(table["instansi"].str.removeprefix("Pemerintah Kabupaten ")) == ["A", "B", "C", "F", "D", "E"]
    assert list(table["peringkat"].astype("object").where(table["peringkat"].notna(), None)) == [
        1, 1, 3, 4, None, None,
    ]  # fmt: skip
    e = row(table, "Pemerintah Kabupaten E")
    assert (e["status_state"], e["mandiri_state"], e["verifikasi_state"]) == ("unreadable",) * 3
    assert row(table, "Pemerintah Kabupaten D")["verifikasi_state"] == "missing"


# --- one instansi, national picture, provinces, periods ------------------------------------------


def test_instansi_aspects_against_maximum(con: duckdb.DuckDBPyConnection) -> None:
    name = "Pemerintah Provinsi Nusa Tenggara Timur"
    add_scores(con, name, "Verifikasi Akhir", ASPECTS, jenis="Provinsi")
    add_scores(con, name, "Mandiri", {"Pengadaan": 40.0})
    assert m.default_stage(con, name, 2022) == "Verifikasi Akhir"
    aspects = m.instansi_aspects(con, name, 2022)
    assert list(aspects["aspect"]) == list(ASPECTS)
    assert list(aspects["max_score"]) == [40, 40, 130, 40, 80, 40, 16, 24]
    assert aspects["max_score"].sum() == 410 and aspects["score"].sum() == 282.5
    assert aspects.loc[1, "mandiri"] == 40.0 and pd.isna(aspects.loc[0, "mandiri"])
    mandiri = m.instansi_aspects(con, name, 2022, "Mandiri")
    assert mandiri["score"].notna().sum() == 1


def test_national_picture_and_targets(con: duckdb.DuckDBPyConnection) -> None:
    add_status(con, "Kementerian X", "Selesai Input", 380.0, 330.0, jenis="Kementerian", provinsi=None)  # type: ignore[arg-type]
    add_status(con, "Kementerian Y", "Selesai Input", 300.0, 240.0, jenis="Kementerian", provinsi=None)  # type: ignore[arg-type]
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 260.0, 250.0)
    add_status(con, "Pemerintah Kota B", "Selesai Input", 200.0, 120.0, jenis="Kota")
    add_status(con, "Pemerintah Kabupaten C", "Belum Input")
    add_status(con, "Pemerintah Kabupaten D", "Selesai Input", 300.0, 100.0, provinsi="Jawa Barat")
    picture = m.national_picture(con, 2022).set_index("group_name")
    assert list(picture.index) == ["Kementerian", "LPNK", "Provinsi", "Kabupaten/Kota"]
    assert picture.loc["Kementerian", "share_baik_keatas"] == 0.5
    kk = picture.loc["Kabupaten/Kota"]
    assert (kk["n_instansi"], kk["n_dinilai"], kk["n_baik_keatas"]) == (4, 3, 1)
    assert math.isclose(kk["share_baik_keatas"], 1 / 3)
    assert (
        kk["target_share"] == 0.15 and kk["target_note"] == "pairing_uncertain"
    )  # a labels key (merit.target_note.*)
    assert picture.loc["LPNK", "n_instansi"] == 0 and pd.isna(picture.loc["LPNK", "share_baik_keatas"])
    assert (
        m.national_picture(con, 2022, "kasn_2022_wilayah1")
        .set_index("group_name")
        .loc["LPNK", "target_share"]
        == 0.95
    )
    dist = m.category_distribution(con, 2022)
    assert len(dist) == 16 and dist["n"].sum() == 5
    ranked = m.provinces_ranked(con, 2022)
    assert list(ranked["provinsi"]) == [NTT, "Jawa Barat"]
    assert list(ranked["peringkat"]) == [1, 2] and ranked.loc[0, "share_baik_keatas"] == 0.5


def test_period_comparison(con: duckdb.DuckDBPyConnection) -> None:
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 200.0, 150.0)
    add_status(con, "Pemerintah Kabupaten A", "Selesai Input", 260.0, 255.0, period=2023)
    add_status(con, "Pemerintah Kabupaten B", "Selesai Input", 200.0, 180.0)
    add_status(con, "Pemerintah Kabupaten B", "Selesai Input", 200.0, 170.5, period=2023)
    add_status(con, "Pemerintah Kabupaten C", None, unreadable=(True, True, True))
    add_status(con, "Pemerintah Kabupaten C", "Selesai Input", 200.0, 190.0, period=2023)
    assert m.merit_periods(con, NTT) == [2022, 2023]
    comparison = m.period_comparison(con, NTT, 2022, 2023)
    assert list(comparison["instansi"].str[-1]) == ["A", "B", "C"]
    assert list(comparison["arah"]) == ["naik", "turun", "tidak_diketahui"]
    assert comparison.loc[0, "perubahan"] == 105.0
    assert (comparison.loc[0, "kategori_awal"], comparison.loc[0, "kategori_akhir"]) == ("Buruk", "Baik")
    assert comparison.loc[2, "verifikasi_state_awal"] == "unreadable"
    assert m.direction_counts(comparison) == {"naik": 1, "turun": 1, "tetap": 0, "tidak_diketahui": 1}


# --- command line --------------------------------------------------------------------------------


def test_cli_merit_csv_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.duckdb"
    c = db.connect(path)
    demo.build_demo(c, employees=500)
    c.close()
    args = ["merit", "--db", str(path), "--province", NTT, "--period", "2022", "--format", "csv"]
    assert cli.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",")[:8] == list(m.TABLE_COLUMNS)
    assert lines[1] == "Pemerintah Kota Kupang,Sedang Input,328.5,240.5,88.0,0.5866,Kurang,1,ok,ok,ok"
    assert sum(",unreadable" in line for line in lines) == 10
    assert cli.main([*args[:-1], "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    flores = next(r for r in records if r["instansi"] == "Pemerintah Kabupaten Flores Timur")
    assert flores["nilai_verifikasi"] is None and flores["verifikasi_state"] == "unreadable"
    assert cli.main(["merit", "--db", str(path), "--province", "Atlantis"]) == 1
    assert "Atlantis" in capsys.readouterr().err
    assert cli.main(["merit", "--db", str(path), "--period", "1999"]) == 1
    assert cli.main(["merit", "--db", str(path), "--format", "xml"]) == 2


# --- bad merit files (beyond tests/test_ingest.py: wide form, totals above 410, bad stage) -------


def _snapshot(c: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    rows = c.execute("select * exclude (import_id) from merit_scores order by all").fetchall()
    rows += c.execute("select * exclude (import_id) from merit_status order by all").fetchall()
    rows += c.execute("select count(*) from import_log").fetchall()
    return rows


WIDE_HEADER = "Instansi;Periode;Tahap;" + ";".join(ASPECTS)


@pytest.mark.parametrize(
    ("content", "code", "row", "words"),
    [
        (  # wide form: Sistem Informasi 25 of 24
            f"{WIDE_HEADER}\nPemerintah Kabupaten Ende;2022;Verifikasi Akhir;37,5;40;62,5;25;57,5;30;14;25\n",
            "score_above_max", 2, "maksimum aspek Sistem Informasi (24)",
        ),
        (  # status file: a verified total above the instrument's 410
            "Instansi;Periode;Status SIPINTER;Nilai Mandiri;Nilai Verifikasi\n"
            "Pemerintah Kabupaten Ende;2022;Selesai Input;105,5;33\nPemerintah Kota Kupang;2022;Sedang Input;328,5;411\n",
            "total_above_max", 3, "maksimum instrumen (410)",
        ),
        (
            "Instansi;Periode;Tahap;Aspek;Nilai\nPemerintah Kabupaten Ende;2022;Verifikasi Final;Pengadaan;10\n",
            "bad_stage", 2, "tahap penilaian tidak dikenal",
        ),
        (
            "Instansi;Periode;Tahap;Aspek;Nilai\nPemerintah Kabupaten Ende;2022;Mandiri;Pengadaan;empat puluh\n",
            "not_a_number", 2, "",
        ),
    ],
)  # fmt: skip
def test_bad_merit_files_rejected_database_unchanged(
    con: duckdb.DuckDBPyConnection, content: str, code: str, row: int, words: str
) -> None:
    add_status(con, "Pemerintah Kabupaten Belu", "Belum Input")
    add_scores(con, "Pemerintah Provinsi Nusa Tenggara Timur", "Verifikasi Akhir", ASPECTS, jenis="Provinsi")
    before = _snapshot(con)
    table_before = m.regency_comparison(con, NTT, 2022)
    v = ingest.validate(content.encode(), "merit_bad.csv", con, kind="merit")
    problems = v.problems[v.problems["code"] == code]
    assert len(problems) >= 1, v.problems
    assert row in set(problems["row"])
    message = ingest.describe(problems[problems["row"] == row].iloc[0], v.file_name, "id")
    assert f"baris {row}" in message and words in message and "merit_bad.csv" in message
    with pytest.raises(ValueError):
        ingest.load(con, v)
    assert _snapshot(con) == before
    pd.testing.assert_frame_equal(m.regency_comparison(con, NTT, 2022), table_before)


def test_good_wide_file_loads_and_totals(con: duckdb.DuckDBPyConnection) -> None:
    wide = f"{WIDE_HEADER}\nPemerintah Provinsi Nusa Tenggara Timur;2022;Verifikasi Akhir;37,5;40;62,5;25;57,5;30;14;16\n"
    v = ingest.validate(wide.encode(), "wide.csv", con, kind="merit")
    assert not v.error_rows and not v.fatal, v.problems
    ingest.load(con, v)
    totals = m.instansi_totals(con, 2022)
    assert totals.loc[0, "nilai_verifikasi"] == 282.5 and totals.loc[0, "kategori"] == "Baik"


def test_csv_download_keeps_unreadable_apart_from_missing(demo_con: duckdb.DuckDBPyConnection) -> None:
    """Issue 19.10: the regency CSV wrote an unreadable and a missing score as the same empty cell."""
    from analytics.core.export import to_csv

    table = m.regency_comparison(demo_con, NTT, 2022)
    out = m.csv_table(table, "id")
    assert list(out.columns[:4]) == ["instansi", "status", "nilai_mandiri", "keterangan_mandiri"]
    for name, status, mandiri, verif, _ in NTT_2022:
        r = out[out["instansi"] == f"Pemerintah {name}"].iloc[0]
        assert r["status"] == ("tidak terbaca" if status == U else status), name
        for value, col in ((mandiri, "mandiri"), (verif, "verifikasi")):
            expected = (
                {U: "tidak terbaca", B: "belum ada"}.get(value, "") if not isinstance(value, float) else ""
            )
            assert r[f"keterangan_{col}"] == expected, (name, col)
    sumba_barat = out[out["instansi"] == "Pemerintah Kabupaten Sumba Barat"].iloc[0]
    assert (
        pd.isna(sumba_barat["nilai_verifikasi"]) and sumba_barat["keterangan_verifikasi"] == "tidak terbaca"
    )
    text = to_csv(out).decode("utf-8-sig")
    assert "tidak terbaca" in text and "belum ada" in text and "218,5" in text  # numbers stay numbers
    assert m.csv_table(table, "en")["keterangan_verifikasi"].isin(["unreadable", "none yet", ""]).all()
