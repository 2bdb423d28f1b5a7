"""Merit-principle fairness audit (domain.md §6) on tiny populations in a real DuckDB file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics import db, fairness, talent_charts
from analytics import ninebox as nb

_seq = count(1)


def person(gender: str, pool: bool, **values: Any) -> dict[str, Any]:
    """A mapped employee in box 9 (pool) or box 5 (not), with a given gender."""
    score = 90.0 if pool else 70.0
    row: dict[str, Any] = {
        "period": 2025,
        "nip": f"{next(_seq):018d}",
        "nama": "Pegawai",
        "instansi": "Kabupaten Contoh",
        "provinsi": "Nusa Tenggara Timur",
        "kab_kota": "Kabupaten Contoh",
        "unit_kerja": "Dinas A",
        "jabatan": "Analis",
        "jenis_jabatan": "Fungsional",
        "jenis_kelamin": gender,
        "tanggal_lahir": dt.date(1985, 1, 1),
    }
    row.update({c: score for c in db.COMPONENTS})
    row.update(values)
    return row


def people(gender: str, n: int, in_pool: int, **values: Any) -> list[dict[str, Any]]:
    return [person(gender, i < in_pool, **values) for i in range(n)]


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path / "t.duckdb")
    yield c
    c.close()


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    cur = con.cursor()
    cur.register("new_rows", pd.DataFrame(rows))
    cur.execute("insert into employees by name select * from new_rows")
    cur.unregister("new_rows")


def run(con: duckdb.DuckDBPyConnection, attribute: str) -> fairness.Audit:
    return fairness.audit(
        con,
        attribute,
        weights=nb.preset_weights(con),
        thresholds=nb.default_thresholds(con),
        filters=nb.Filters(period=2025),
    )


def test_a_planted_gender_gap_is_flagged_and_unlikely_to_be_chance(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, people("L", 100, 40) + people("P", 100, 10))
    result = run(con, "jenis_kelamin")
    table = result.table.set_index("group")
    assert list(table.index) == ["L", "P"]
    assert table.loc["L", "rate_pool"] == pytest.approx(0.40)
    assert table.loc["P", "rate_pool"] == pytest.approx(0.10)
    assert table.loc["P", "ratio"] == pytest.approx(0.25)
    assert list(table["flag"]) == [False, True]
    assert result.test_pool == "chi2" and result.p_pool is not None and result.p_pool < 0.001
    text = fairness.summary(result)
    assert text.startswith("Jenis kelamin: kesenjangan — Perempuan (100 pegawai) 10,0%, rasio 0,25")
    assert "kecil kemungkinannya kebetulan (p < 0,001)" in text
    assert fairness.headline([result]).startswith("1 dari 1 atribut menunjukkan kesenjangan")


def test_an_equal_population_is_not_flagged(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, people("L", 60, 12) + people("P", 60, 12))
    result = run(con, "jenis_kelamin")
    assert not result.table["flag"].any()
    assert list(result.table["ratio"]) == pytest.approx([1.0, 1.0])
    assert result.p_pool == pytest.approx(1.0)
    assert fairness.summary(result).startswith("Jenis kelamin: setara — rasio terendah 1,00")
    assert fairness.headline([result]).startswith("Tidak ada kesenjangan")


def test_small_tables_use_fisher_exact(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, people("L", 6, 4) + people("P", 6, 0))
    result = run(con, "jenis_kelamin")
    assert result.test_pool == "fisher"
    assert result.p_pool == pytest.approx(0.0606, abs=1e-3)  # Fisher exact, two-sided, [[4, 2], [0, 6]]
    assert bool(result.table["flag"].iloc[1])  # 0% against 67%: flagged, yet could be chance
    assert "bisa saja kebetulan" in fairness.summary(result)


def test_groups_under_five_never_appear(con: duckdb.DuckDBPyConnection) -> None:
    rows = people("L", 30, 10) + people("P", 30, 9)
    rows += people("L", 4, 4, jenis_jabatan="JPT Pratama", kab_kota="Kota Kecil")  # 4 people: hidden
    rows += people("P", 3, 0, jenis_jabatan="Pengawas", tanggal_lahir=dt.date(1999, 5, 5))
    insert(con, rows)
    results = [run(con, a) for a in fairness.ATTRIBUTES]
    by = {r.attribute: r for r in results}
    assert list(by["jenis_jabatan"].table["group"]) == ["Fungsional"]
    assert by["jenis_jabatan"].suppressed == 2
    assert not by["jenis_jabatan"].comparable and by["jenis_jabatan"].p_pool is None
    assert list(by["kab_kota"].table["group"]) == ["Kabupaten Contoh"] and by["kab_kota"].suppressed == 1
    assert list(by["age_band"].table["group"]) == ["40–49"] and by["age_band"].suppressed == 1
    assert (by["jenis_kelamin"].table["n"] >= 5).all()
    export = fairness.export_frame(results)
    groups = set(export["Kelompok"])
    assert not groups & {"JPT Pratama", "Pengawas", "Kota Kecil", "usia < 30"}
    assert (export["Pegawai terpetakan"] >= 5).all()
    for r in results:  # the chart draws the shown groups only
        labels = list(talent_charts.fairness_bars(r).data[0].y)
        assert len(labels) == len(r.table)
        assert not any("JPT Pratama" in label or "Kota Kecil" in label for label in labels)
    shown = fairness.display_table(by["jenis_kelamin"])
    assert list(shown.columns)[:3] == ["Kelompok", "Pegawai terpetakan", "Di kotak 7-8-9"]


def test_box1_rate_and_age_bands(con: duckdb.DuckDBPyConnection) -> None:
    low = {c: 50.0 for c in db.COMPONENTS}  # box 1
    rows = [person("L", False, tanggal_lahir=dt.date(1998, 1, 1), **low) for _ in range(6)]
    rows += [person("L", True, tanggal_lahir=dt.date(1970, 1, 1)) for _ in range(6)]
    insert(con, rows)
    result = run(con, "age_band")
    assert list(result.table["group"]) == ["< 30", "50+"]
    assert list(result.table["rate_box1"]) == [1.0, 0.0]
    assert list(result.table["rate_pool"]) == [0.0, 1.0]


def test_gap_test_edge_cases() -> None:
    assert fairness.gap_test(np.array([3]), np.array([10])) == (None, None)
    assert fairness.gap_test(np.array([0, 0]), np.array([10, 10])) == (None, None)  # nobody in the pool
    p, method = fairness.gap_test(np.array([1, 2, 9]), np.array([10, 10, 10]))
    assert method == "chi2_monte_carlo" and p is not None and p < 0.01


def test_unknown_attribute_is_refused(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ValueError, match="unknown attribute"):
        run(con, "agama")
