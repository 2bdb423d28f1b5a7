"""The import report (issue 19.7): repeated problems grouped with a count and their rows, the distinct
problems first, and a problem without a column names the part of the file it concerns."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analytics import ingest
from analytics.core import db

DATA = Path(__file__).parent / "data"
HEADER = "NIP,Nama,Instansi,Unit Kerja,Jabatan,Jenis Jabatan,Periode,Nilai Kinerja,Kompetensi"


def _nip(i: int) -> str:
    return f"198501012010011{i:03d}"  # born 1985-01-01, appointed 2010-01, male, number i


def _row(i: int, kinerja: str = "80") -> str:
    return (
        f"{_nip(i)},Pegawai {i},Pemerintah Kabupaten Ende,Dinas Pendidikan,Guru,Fungsional,2025,{kinerja},70"
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    """A database holding employees 1..30 of 2025."""
    c = db.connect(tmp_path / "t.duckdb")
    stored = "\n".join([HEADER, *(_row(i) for i in range(1, 31))]).encode()
    ingest.load(c, ingest.validate(stored, "awal.csv", c))
    return c


def test_one_real_error_comes_first_and_repeats_are_one_line(con: duckdb.DuckDBPyConnection) -> None:
    """The same 30 people again plus one new person with a score of 150: two lines, the 150 first."""
    body = "\n".join([HEADER + ",Catatan", *(_row(i) + ",x" for i in range(1, 31)), _row(31, "150") + ",x"])
    v = ingest.validate(body.encode(), "ulang.csv", con)
    groups = ingest.problem_groups(v, "id")
    assert [g.severity for g in groups] == ["error", "error", "info"]
    first, repeated, extra = groups
    assert first.count == 1 and "baris 32" in first.message and "kolom 'Nilai Kinerja'" in first.message
    assert "nilai '150'" in first.message and "antara 0 dan 100" in first.message
    assert repeated.count == 30
    assert "30 baris (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 … dan 18 lainnya)" in repeated.message
    assert "sudah tersimpan" in repeated.message and "(--replace)" in repeated.message
    assert len(v.problems) == 32  # every problem is still there; only the report groups them
    # the header-row problem has no column: it says it concerns the header row
    assert "baris judul kolom" in extra.message and "Catatan" in extra.message
    en = ingest.problem_groups(v, "en")
    assert "30 rows (2, 3" in en[1].message and "… and 18 more" in en[1].message


def test_a_problem_of_the_whole_file_says_so(con: duckdb.DuckDBPyConnection) -> None:
    v = ingest.validate((DATA / "bad" / "empty.csv").read_bytes(), "empty.csv", con)
    (group,) = ingest.problem_groups(v, "id")
    assert group.count == 1 and "seluruh berkas" in group.message and "kosong" in group.message
    (en,) = ingest.problem_groups(v, "en")
    assert "the whole file" in en.message


def test_repeated_values_are_listed_when_few(con: duckdb.DuckDBPyConnection) -> None:
    body = "\n".join([HEADER, _row(40, "abc"), _row(41, "abc"), _row(42, "80")])
    v = ingest.validate(body.encode(), "huruf.csv", con)
    (group,) = ingest.problem_groups(v, "id")
    assert group.count == 2 and "2 baris (2, 3)" in group.message and "nilai 'abc'" in group.message
