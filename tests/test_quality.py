"""Data quality in BKN's four dimensions (analytics/core/quality.py) on a hand-built real DuckDB file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from analytics.core import db, quality
from analytics.core.filters import Filters
from tests.test_ninebox import insert

BASE = {
    "unit_kerja": "U",
    "jabatan": "J",
    "jenis_jabatan": "Fungsional",
    "kinerja_utama": 80.0,
    "kompetensi": 70.0,
}


def person(period: int, nip: str, instansi: str, **kw: Any) -> dict[str, Any]:
    return {**BASE, "period": period, "nip": nip, "nama": f"Orang {nip[-3:]}", "instansi": instansi, **kw}


# NIPs: birth 1980-01-02, TMT 2005-03, gender digit 1 (L) or 2 (P); PPPK: appointment 2022, code 21
MAN = "198001022005031001"
WOMAN = "198001022005032002"
PPPK = "198001022022211003"


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path / "q.duckdb")
    insert(
        c,
        [
            # A: complete and correct in 2024 and 2025, except one empty component in 2025
            person(2024, MAN, "A", jenis_kelamin="L", tanggal_lahir=dt.date(1980, 1, 2), asn_type="PNS"),
            person(2025, MAN, "A", jenis_kelamin="L", tanggal_lahir=dt.date(1980, 1, 2), asn_type="PNS"),
            person(2025, WOMAN, "A", jenis_kelamin="P", kompetensi=None),
            # B: in 2025 the woman's gender says L (NIP: P) and the PPPK is typed PNS; in 2024 she was P
            person(2024, "198001022005032004", "B", jenis_kelamin="P", tanggal_lahir=dt.date(1980, 1, 2)),
            person(2025, "198001022005032004", "B", jenis_kelamin="L", tanggal_lahir=dt.date(1980, 1, 2)),
            person(2025, PPPK, "B", asn_type="PNS"),
            # C: stopped sending after 2024
            person(2024, "198001022005031005", "C"),
        ],
    )
    yield c
    c.close()


def test_each_dimension_counts_what_fails_its_check(con: duckdb.DuckDBPyConnection) -> None:
    table = quality.dimensions(con, Filters(period=2025)).set_index("instansi")
    assert list(table.index) == ["A", "B"]  # C has no row in 2025
    a, b = table.loc["A"], table.loc["B"]
    assert a["n"] == 2 and a["completeness"] == 0.5 and a["completeness_gaps"] == 1  # the empty kompetensi
    assert a["accuracy"] == 1.0 and a["consistency"] == 1.0 and a["timeliness"] == 1.0
    assert b["completeness"] == 1.0
    assert b["accuracy"] == 0.0 and b["accuracy_gaps"] == 2  # gender against the NIP; PPPK typed PNS
    assert b["consistency"] == 0.0 and b["consistency_gaps"] == 1  # P in 2024, L in 2025 (1 of 1 seen twice)
    every = quality.dimensions(con, Filters()).set_index("instansi")
    assert every.loc["C", "timeliness"] == 0.0 and every.loc["C", "timeliness_gaps"] == 1
    assert every.loc["A", "timeliness"] == 1.0


def test_the_rows_behind_each_figure(con: duckdb.DuckDBPyConnection) -> None:
    empty = quality.problem_rows(con, Filters(period=2025), "completeness")
    assert list(empty["nip"]) == [WOMAN] and list(empty["problems"]) == ["kompetensi"]
    wrong = quality.problem_rows(con, Filters(period=2025), "accuracy").set_index("nip")
    assert wrong.loc["198001022005032004", "problems"] == "gender_nip"
    assert wrong.loc[PPPK, "problems"] == "asn_type_nip"
    changed = quality.problem_rows(con, Filters(period=2025), "consistency")
    assert list(changed["problems"]) == ["gender_changed"]
    late = quality.problem_rows(con, Filters(), "timeliness")
    assert list(late["instansi"]) == ["C"] and int(late["latest_period"].iloc[0]) == 2024
    assert quality.problem_rows(con, Filters(period=2025, instansi=("A",)), "accuracy").empty
    with pytest.raises(ValueError, match="unknown dimension"):
        quality.problem_rows(con, Filters(), "beauty")


def test_the_figures_per_region(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("update employees set provinsi = case instansi when 'C' then 'Q' else 'P' end")
    every = quality.dimensions(con, Filters(), by="provinsi").set_index("provinsi")
    assert list(every.index) == ["P", "Q"]
    assert (
        every.loc["P", "n"] == 6
        and every.loc["Q", "timeliness"] == 0.0
        and every.loc["P", "timeliness"] == 1.0
    )
    assert every.loc["Q", "timeliness_gaps"] == 1  # one instansi (C) behind
    assert every.loc["P", "accuracy_gaps"] == 2
    with pytest.raises(ValueError, match="unknown grouping"):
        quality.dimensions(con, Filters(), by="nama; drop table employees")
