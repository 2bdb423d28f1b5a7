"""Import: every bad-input class gets its message and leaves the database unchanged; good variants load."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analytics import ingest
from analytics.core import db
from tests.stores import seeded, stored

DATA = Path(__file__).parent / "data"
EXPECTED_NIPS = {"199703062021091001", "198502142010012003", "197811202005011002"}


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    """A database already holding one good file (stored under 2024, so the 2025 test files do not
    collide), so 'unchanged' is checked against real data."""
    return seeded(tmp_path / "t.duckdb")


def check(c: duckdb.DuckDBPyConnection, name: str, **kw: object) -> ingest.Validated:
    path = (DATA / "bad" / name) if (DATA / "bad" / name).exists() else (DATA / "good" / name)
    return ingest.validate(path.read_bytes(), path.name, c, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("comma_utf8.csv", {"199703062021091001": (87.5, 70.0)}),
        (
            "semicolon_decimal_comma.csv",
            {"199703062021091001": (87.5, 70.0), "198502142010012003": (72.0, 64.5)},
        ),
        ("semicolon_bom.csv", {"199703062021091001": (87.5, 70.0)}),
        ("semicolon_cp1252.csv", {"198502142010012003": (72.0, 64.5)}),
        ("aliases.csv", {"197811202005011002": (81.0, 83.0)}),
        ("titles_numbers.xlsx", {"199703062021091001": (87.5, 70.0)}),
        ("plain.parquet", {"198502142010012003": (72.0, 64.5)}),
    ],
)
def test_good_variants_load_expected_rows(con: duckdb.DuckDBPyConnection, name: str, expected: dict) -> None:
    v = check(con, name)
    assert not v.fatal and not v.error_rows, ingest.problem_messages(v)
    result = ingest.load(con, v)
    assert result.rows_loaded == 3
    got = dict(
        ((n, (k, p)) for n, k, p in con.execute(
            "select nip, kinerja_utama, kompetensi from employees where period = 2025"
        ).fetchall())
    )  # fmt: skip
    assert set(got) == EXPECTED_NIPS
    for nip, values in expected.items():
        assert got[nip] == values


def test_cp1252_name_decoded(con: duckdb.DuckDBPyConnection) -> None:
    ingest.load(con, check(con, "semicolon_cp1252.csv"))
    names = {r[0] for r in con.execute("select nama from employees where period = 2025").fetchall()}
    assert "Maria Goreti Bría" in names


def test_all_columns_aliases_and_nip_derivations(con: duckdb.DuckDBPyConnection) -> None:
    v = check(con, "all_columns.csv")
    assert not v.error_rows
    infos = [m for s, m in ingest.problem_messages(v) if s == "info"]
    assert any("Catatan BKD" in m for m in infos)
    ingest.load(con, v)
    row = con.execute(
        "select jenis_instansi, kab_kota, golongan, jenis_kelamin, tanggal_lahir::varchar, predikat_kinerja,"
        " tim_kerja, integritas, extra from employees where nip = '198502142010012003' and period = 2025"
    ).fetchall()[0]
    assert row == (
        "Kabupaten",
        "Kabupaten Ende",
        "III/c",
        "P",
        "1985-02-14",
        "Kurang",
        55.5,
        40.0,
        '{"Catatan BKD":""}',
    )


BAD_CASES = [
    # (file, expected code, expected row or None, expected column or None, words in the message)
    ("empty.csv", "empty_file", None, None, "berkas kosong"),
    ("header_only.csv", "no_rows", None, None, "tidak ada baris data"),
    ("missing_required.csv", "missing_column", 1, "Unit Kerja", "Tambahkan kolom 'Unit Kerja'"),
    ("csv_named_xlsx.xlsx", "extension_mismatch", None, None, "terdeteksi: teks CSV"),
    ("zip_named_xlsx.xlsx", "wrong_content", None, None, "arsip ZIP"),
    ("binary.csv", "wrong_content", None, None, "data biner"),
    ("truncated.xlsx", "corrupt_file", None, None, "rusak atau terpotong"),
    ("truncated.csv", "truncated_csv", None, None, "terpotong"),
    ("ragged.csv", "csv_parse", None, None, "baris 5"),
    ("no_header.csv", "no_header", None, None, "judul kolom tidak ditemukan"),
    ("old_excel.xls", "old_excel", None, None, ".xlsx"),
    ("nip_form.csv", "nip_length", 2, "NIP", "18 digit"),
    ("nip_form.csv", "nip_digits", 3, "NIP", "hanya boleh berisi angka"),
    ("nip_form.csv", "nip_birth_date", 4, "NIP", "tanggal lahir"),
    ("nip_gender.csv", "nip_gender", 2, "NIP", "jenis kelamin"),
    ("nip_scientific.csv", "nip_scientific", 2, "NIP", "Format kolom NIP sebagai Teks"),
    ("nip_float.xlsx", "nip_scientific", 2, "NIP", "Format kolom NIP sebagai Teks"),
    ("score_range.csv", "score_range", 2, "Nilai Kinerja", "antara 0 dan 100"),
    ("score_range.csv", "score_range", 3, "Kompetensi", "antara 0 dan 100"),
    ("score_range.csv", "not_a_number", 4, "Nilai Kinerja", "bukan angka"),
    ("bad_category.csv", "bad_position_type", 2, "Jenis Jabatan", "Gunakan salah satu"),
    ("duplicate_nip.csv", "duplicate_nip", 5, "NIP", "pertama di baris 2"),
    ("required_blank.csv", "required_blank", 3, "Unit Kerja", "sel wajib kosong"),
    ("merit_bad.csv", "score_above_max", 2, "Nilai", "maksimum aspek Perlindungan dan Pelayanan (16)"),
    ("merit_bad.csv", "unknown_aspect", 3, "Aspek", "aspek sistem merit tidak dikenal"),
]


@pytest.mark.parametrize(("name", "code", "row", "column", "words"), BAD_CASES)
def test_bad_input_reported_and_database_unchanged(
    con: duckdb.DuckDBPyConnection, name: str, code: str, row: int | None, column: str | None, words: str
) -> None:
    before = stored(con)
    v = check(con, name)
    problems = v.problems[v.problems["code"] == code]
    assert len(problems) >= 1, v.problems
    p = problems.iloc[0]
    if row is not None:
        assert row in set(problems["row"])
        p = problems[problems["row"] == row].iloc[0]
    if column is not None:
        assert p["column"] == column
    message = ingest.describe(p, v.file_name, "id")
    assert name in message and words in message
    if row is not None:
        assert f"baris {row}" in message
    assert v.fatal or v.error_rows
    with pytest.raises(ValueError):
        ingest.load(con, v)
    assert stored(con) == before


def test_messages_in_english(con: duckdb.DuckDBPyConnection) -> None:
    v = check(con, "nip_form.csv")
    text = " ".join(m for _, m in ingest.problem_messages(v, "en"))
    assert "row 2" in text and "must have 18 digits" in text


def test_mismatch_with_nip_is_a_warning_not_an_error(con: duckdb.DuckDBPyConnection) -> None:
    v = check(con, "nip_mismatch_warning.csv")
    assert not v.error_rows
    assert set(v.problems["code"]) >= {"gender_mismatch", "birth_date_mismatch"}
    assert set(v.problems.loc[v.problems["code"].str.endswith("mismatch"), "severity"]) == {"warning"}
    ingest.load(con, v)
    assert con.execute("select jenis_kelamin from employees where period = 2025").fetchall() == [("P",)]


def test_already_stored_needs_replace(con: duckdb.DuckDBPyConnection) -> None:
    ingest.load(con, check(con, "semicolon_decimal_comma.csv"))
    again = check(con, "semicolon_decimal_comma.csv")
    assert set(again.problems["code"]) == {"already_stored"}
    replaced = check(con, "semicolon_decimal_comma.csv", replace=True)
    assert not replaced.error_rows
    ingest.load(con, replaced, replace=True)
    assert con.execute("select count(*) from employees where period = 2025").fetchall() == [(3,)]


def test_skip_invalid_loads_valid_rows_and_writes_rejects(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    v = check(con, "nip_gender.csv")
    result = ingest.load(con, v, skip_invalid=True)
    assert (result.rows_loaded, result.rows_rejected) == (2, 1)
    out = tmp_path / "rejects.csv"
    assert ingest.write_rejects(v, out) == 1
    text = out.read_text(encoding="utf-8")
    assert "199703062021093001" in text and "digit ke-15" in text


def test_failed_write_rolls_back(con: duckdb.DuckDBPyConnection) -> None:
    """A failure inside the transaction (here: a row the table refuses) leaves every table as it was."""
    before = stored(con)
    v = check(con, "semicolon_decimal_comma.csv")
    v.rows.loc[1, "nama"] = None  # employees.nama is NOT NULL: the insert fails half-way
    with pytest.raises(duckdb.Error):
        ingest.load(con, v)
    assert stored(con) == before


def test_period_option_used_when_file_has_none(con: duckdb.DuckDBPyConnection) -> None:
    data = (DATA / "good" / "semicolon_decimal_comma.csv").read_text(encoding="utf-8")
    lines = [";".join(c for i, c in enumerate(line.split(";")) if i != 6) for line in data.splitlines()]
    raw = ("\n".join(lines) + "\n").encode()
    missing = ingest.validate(raw, "noperiod.csv", con)
    assert set(missing.problems["code"]) == {"period_missing"}
    v = ingest.validate(raw, "noperiod.csv", con, period=2023)
    ingest.load(con, v)
    assert con.execute("select count(*) from employees where period = 2023").fetchall() == [(3,)]


def test_merit_long_and_status_files_load(con: duckdb.DuckDBPyConnection) -> None:
    long = (
        b"Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n"
        b"Pemerintah Kabupaten Ende;Kabupaten;Nusa Tenggara Timur;2025;Mandiri;perencanaan kebutuhan;37,5\n"
        b"Pemerintah Kabupaten Ende;Kabupaten;Nusa Tenggara Timur;2025;verifikasi akhir;Sistem Informasi;16\n"
    )
    v = ingest.validate(long, "merit.csv", con)
    assert v.kind == "merit" and not v.error_rows, v.problems
    ingest.load(con, v)
    assert con.execute("select stage, aspect, score from merit_scores order by score").fetchall() == [
        ("Verifikasi Akhir", "Sistem Informasi", 16.0),
        ("Mandiri", "Perencanaan Kebutuhan", 37.5),
    ]
    status = (
        b"Instansi;Periode;Status SIPINTER;Nilai Mandiri;Nilai Verifikasi\n"
        b"Kabupaten Sumba Barat;2022;Selesai Input;218,5;tidak terbaca\n"
        b"Kabupaten Belu;2022;Belum Input;;\n"
    )
    s = ingest.validate(status, "status.csv", con)
    assert not s.error_rows, s.problems
    ingest.load(con, s)
    assert con.execute(
        "select instansi, status, nilai_mandiri, nilai_verifikasi, verifikasi_unreadable from merit_status order by 1"
    ).fetchall() == [
        ("Kabupaten Belu", "Belum Input", None, None, False),
        ("Kabupaten Sumba Barat", "Selesai Input", 218.5, None, True),
    ]


def test_cli_reports_a_database_held_by_another_process(tmp_path: Path) -> None:
    """A second process cannot open the file while the app holds it: a clear message, exit 1."""
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    holder = db.connect(path)
    try:
        out = subprocess.run(
            [sys.executable, "-m", "analytics", "summary", "--db", str(path)],
            capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=False,
        )  # fmt: skip
    finally:
        holder.close()
    assert out.returncode == 1
    assert "sedang dipakai proses lain" in out.stderr and "Traceback" not in out.stderr
    free = subprocess.run(
        [sys.executable, "-m", "analytics", "summary", "--db", str(path)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=False,
    )  # fmt: skip
    assert free.returncode == 0 and "Baris pegawai" in free.stdout


def test_a_failed_insert_reports_its_own_error(con: duckdb.DuckDBPyConnection) -> None:
    """The constraint that refused the row is what the user sees, not a follow-up transaction error."""
    v = check(con, "semicolon_decimal_comma.csv")
    v.rows.loc[1, "nama"] = None
    with pytest.raises(duckdb.ConstraintException, match="nama"):
        ingest.load(con, v)


def test_load_refuses_a_duplicate_period_nip_whatever_the_caller(con: duckdb.DuckDBPyConnection) -> None:
    """The (period, nip) key is DuckDB's own: a direct ``load`` that skips the checks cannot store a twin."""
    before = stored(con)
    twins = check(con, "semicolon_decimal_comma.csv")
    twins.rows.loc[1, "nip"] = twins.rows.loc[0, "nip"]  # two rows of one NIP in one file
    with pytest.raises(duckdb.ConstraintException):
        ingest.load(con, twins)
    assert stored(con) == before
    again = check(con, "semicolon_decimal_comma.csv")
    again.rows["period"] = 2024  # rows the database holds already (the fixture stored them as 2024)
    with pytest.raises(duckdb.ConstraintException):
        ingest.load(con, again)
    assert stored(con) == before


def test_insert_order_does_not_need_digit_nips() -> None:
    """The rows go in ordered by (period, nip); NIPs that are not all digits are ordered as text."""
    import pyarrow as pa

    from analytics.ingest import _key_order

    table = pa.table({"period": [2025, 2024, 2025, 2025], "nip": ["b", "z", "a", "c"]})
    assert list(table.take(_key_order(table)).column("nip").to_pylist()) == ["z", "a", "b", "c"]
    digits = pa.table({"period": [2025, 2024, 2025], "nip": ["200001012020011002", "3" * 18, "1" * 18]})
    assert list(digits.take(_key_order(digits)).column("nip").to_pylist()) == [
        "3" * 18,
        "1" * 18,
        "200001012020011002",
    ]


@pytest.mark.parametrize(
    ("cells", "numbers", "bad"),
    [
        (["87,5", "70", ""], [87.5, 70.0, None], [False, False, False]),
        (["1.234,5", "3,5"], [1234.5, 3.5], [False, False]),
        (["1,234", "2.5"], [1.234, 2.5], [False, False]),
        (["87,5", "abc", "1,2,3"], [87.5, None, None], [False, True, True]),
        (["nan", "inf", "-Infinity", "5"], [None, None, None, 5.0], [True, True, True, False]),
        (["+.5", "1e2", "0x1A", "1_0"], [0.5, 100.0, None, None], [False, False, True, True]),
    ],
)
def test_numbers_with_decimal_commas(cells: list[str], numbers: list[float | None], bad: list[bool]) -> None:
    import pandas as pd

    from analytics.ingest.values import as_number

    got, flagged = as_number(pd.Series(cells, dtype="str"))
    assert [None if pd.isna(v) else v for v in got] == numbers
    assert flagged.tolist() == bad


def test_nip_dates_are_real_calendar_dates() -> None:
    """30 February or month 13 in the birth part is an implausible birth date; a PPPK code is no month."""
    import pandas as pd

    from analytics.core.nip import check_nips

    nips = pd.Series(["199002301990011001", "199013011990011001", "200002292024211001", "19900101199001100x"])
    got = check_nips(nips, pd.Series([2025] * 4, dtype="Int64"))
    assert got["problem"].tolist() == ["nip_birth_date", "nip_birth_date", None, "nip_digits"]
    assert got["asn_type"].tolist()[2] == "PPPK"
    assert got["birth_date"].iloc[2] == pd.Timestamp("2000-02-29")


def test_nip_with_spaces_inside_is_cleaned(con: duckdb.DuckDBPyConnection) -> None:
    """A NIP pasted with ordinary, no-break or thin spaces inside is read as its 18 digits."""
    header = "NIP;Nama;Instansi;Unit Kerja;Jabatan;Jenis Jabatan;Periode;Nilai Kinerja;Kompetensi\n"
    rows = [
        "1997 0306 2021091001;A;Pemda;Dinas;Analis;Pelaksana;2025;80;70\n",
        "19850214\u00a02010012003;B;Pemda;Dinas;Analis;Pelaksana;2025;80;70\n",
        "'19781120\u20092005011002;C;Pemda;Dinas;Analis;Pelaksana;2025;80;70\n",
    ]
    v = ingest.validate((header + "".join(rows)).encode(), "spasi.csv", con)
    assert not v.error_rows, v.problems
    assert set(v.rows["nip"]) == EXPECTED_NIPS
