"""Merit-principle fairness audit (docs/rules.md §11) on tiny populations in a real DuckDB file."""

from __future__ import annotations

import datetime as dt
from itertools import count
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics.core import db
from analytics.ninebox import boxes as nb
from analytics.ninebox import fairness
from analytics.talent import charts as talent_charts
from tests.fast_paths import on_sql, point_rowids_at_the_next_person

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


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    cur = con.cursor()
    cur.register("new_rows", pd.DataFrame(rows))
    cur.execute("insert into employees by name select * from new_rows")
    cur.unregister("new_rows")


def run(con: duckdb.DuckDBPyConnection, attribute: str) -> fairness.Audit:
    return fairness.audit(
        con,
        attribute,
        rules=nb.Rules.default(con),
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


# --- issue 20: every rate with its 95 % interval ---------------------------------------------------


def test_wilson_interval_matches_the_hand_worked_value() -> None:
    # 3 of 10, z = 1.96: centre (0.3 + 1.9208/10) / 1.38415 = 0.35551,
    # half-width 1.96 / 1.38415 * sqrt(0.021 + 0.0096040) = 0.24771 -> 0.1078 .. 0.6032
    lo, hi = fairness.wilson_interval(3, 10)
    assert float(lo) == pytest.approx(0.1078, abs=5e-5)
    assert float(hi) == pytest.approx(0.6032, abs=5e-5)
    # 0 of 20 stays inside [0, 1] and is not empty (a Wald interval would be 0 .. 0)
    lo0, hi0 = fairness.wilson_interval(0, 20)
    assert float(lo0) == 0.0 and float(hi0) == pytest.approx(0.1611, abs=5e-4)


def test_katz_ratio_interval_matches_the_hand_worked_value() -> None:
    # 10/100 against 20/100: r = 0.5, se = sqrt(1/10 - 1/100 + 1/20 - 1/100) = sqrt(0.13) = 0.36056,
    # exp(ln 0.5 -/+ 1.96 * 0.36056) = 0.2467 .. 1.0136
    lo, hi = fairness.ratio_interval(np.array([10]), np.array([100]), 20, 100)
    assert float(lo[0]) == pytest.approx(0.2467, abs=5e-4)
    assert float(hi[0]) == pytest.approx(1.0136, abs=5e-4)


def test_audit_gives_every_rate_an_interval_and_says_when_the_flag_is_unclear(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # men 20/100 (box 9), women 10/100 -> ratio 0.5, below 0.8, but its interval 0.25..1.01 includes 0.8
    insert(con, people("L", 100, 20) + people("P", 100, 10) + people("L", 3, 0, kab_kota="Kecil"))
    result = run(con, "jenis_kelamin")
    table = result.table.set_index("group")
    lo, hi = fairness.wilson_interval(20, 103)  # 103 men: the three of 'Kecil' count by gender
    assert table.loc["L", "pool_lo"] == pytest.approx(float(lo))
    assert table.loc["L", "pool_hi"] == pytest.approx(float(hi))
    assert table.loc["P", "box1_lo"] == pytest.approx(0.0, abs=1e-12) and table.loc["P", "box1_hi"] > 0
    assert table.loc["P", "flag"] and table.loc["P", "ratio_unclear"]
    assert pd.isna(table.loc["L", "ratio_lo"])  # the reference group: no ratio interval
    shown = fairness.display_table(result, "id")
    assert "belum dapat disimpulkan" in shown["Tanda"].iloc[1]
    assert shown["IK 95 % kotak 7-8-9"].iloc[1] == "5,5–17,4%"
    assert "belum dapat disimpulkan" in fairness.summary(result, "id")
    regional = run(con, "kab_kota").table.set_index("group")
    assert "Kecil" not in regional.index  # under 5 people: hidden, intervals or not


def test_a_clear_gap_is_flagged_without_doubt(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, people("L", 100, 40) + people("P", 100, 10))
    result = run(con, "jenis_kelamin")
    row = result.table.set_index("group").loc["P"]
    assert row["flag"] and not row["ratio_unclear"] and row["ratio_hi"] < fairness.RATIO_WARNING
    assert fairness.display_table(result, "en")["Flag"].iloc[1] == "⚠ < 0.8"


# --- the in-memory path (analytics.ninebox.engine) against the SQL path --------------------------------


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from analytics.demo import employees as demo

    c = db.connect(tmp_path_factory.mktemp("fairness_demo") / "demo.duckdb")
    demo.build_demo(c, employees=3000)
    # blanks the in-memory path must leave out as SQL does: no birth date, no gender
    c.execute("update employees set tanggal_lahir = null where nip in (select nip from employees limit 40)")
    c.execute("update employees set jenis_kelamin = null where nip in (select nip from employees limit 25)")
    yield c
    c.close()


@pytest.mark.parametrize(
    "filters",
    [
        nb.Filters(period=2025),
        nb.Filters(),  # both periods: ages at each row's own period, counts summed
        nb.Filters(period=2024, jenis_jabatan=("Fungsional",)),
        nb.Filters(period=2025, provinsi=("Nusa Tenggara Timur",)),
    ],
    ids=["2025", "all", "2024-fungsional", "2025-ntt"],
)
def test_in_memory_counts_and_audits_equal_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, filters: nb.Filters
) -> None:
    from analytics.ninebox import engine

    for rules in (nb.Rules.default(demo_con), nb.Rules.default(demo_con).with_scheme("kemenkeu")):
        assert engine.prepare(demo_con, rules, filters) is not None  # the in-memory path is taken
        for attribute in fairness.ATTRIBUTES:
            kw: dict[str, Any] = {"rules": rules, "filters": filters}
            fast = fairness.group_counts(demo_con, attribute, **kw)
            slow = on_sql(monkeypatch, fairness.group_counts, demo_con, attribute, **kw)
            assert len(fast) >= 1 and fast["n"].sum() > 100  # real groups compared, not two empty frames
            assert slow["grp"].notna().all()
            pd.testing.assert_frame_equal(
                fast.sort_values("grp", ignore_index=True),
                slow.sort_values("grp", ignore_index=True),
                check_dtype=False,
            )
            a = fairness.audit(demo_con, attribute, **kw)
            b = on_sql(monkeypatch, fairness.audit, demo_con, attribute, **kw)
            pd.testing.assert_frame_equal(a.table, b.table)
            assert (a.suppressed, a.p_pool, a.test_pool, a.p_box1, a.test_box1) == (
                b.suppressed, b.p_pool, b.test_pool, b.p_box1, b.test_box1,
            )  # fmt: skip


def test_age_bands_are_not_read_from_rows_that_are_not_the_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the build's rowids no longer point at its rows (a rebuild whose checkpoint could not run,
    then compacted), the age bands by rowid would be other people's: the NIP check refuses them, the
    SQL path answers; with the rows in place again the bands are read by rowid and agree."""
    from analytics.demo import employees as demo
    from analytics.ninebox import arrays, engine, scoring

    c = db.connect(tmp_path / "bands.duckdb")
    demo.build_demo(c, employees=1500)
    rules, filters = nb.Rules.default(c), nb.Filters(period=2025)
    point_rowids_at_the_next_person(c, 2025)  # the blocks come from the table, with these rowids
    memory = engine.prepare(c, rules, filters)
    assert memory is not None  # the in-memory path is offered
    assert fairness.age_bands(c, memory.blocks[0]) is None
    fast = fairness.group_counts(c, "age_band", rules=rules, filters=filters)
    slow = on_sql(monkeypatch, fairness.group_counts, c, "age_band", rules=rules, filters=filters)
    assert fast["n"].sum() > 100
    pd.testing.assert_frame_equal(
        fast.sort_values("grp", ignore_index=True),
        slow.sort_values("grp", ignore_index=True),
        check_dtype=False,
    )

    scoring.refresh(c)  # a fresh build: its rowids are its rows again
    arrays.clear()
    memory = engine.prepare(c, rules, filters)
    assert memory is not None
    bands = fairness.age_bands(c, memory.blocks[0])
    assert bands is not None and len(bands) == memory.blocks[0].n and (bands >= 0).any()
    again = fairness.group_counts(c, "age_band", rules=rules, filters=filters)
    pd.testing.assert_frame_equal(
        again.sort_values("grp", ignore_index=True),
        slow.sort_values("grp", ignore_index=True),
        check_dtype=False,
    )
    c.close()


def test_relative_cut_offs_take_the_sql_path(demo_con: duckdb.DuckDBPyConnection) -> None:
    from analytics.ninebox import engine

    relative = nb.Rules.default(demo_con).relative()
    filters = nb.Filters(period=2025)
    assert engine.prepare(demo_con, relative, filters) is None
    result = fairness.audit(demo_con, "age_band", rules=relative, filters=filters)
    assert result.table["n"].sum() > 100 and list(result.table["group"]) == sorted(
        result.table["group"], key=fairness.AGE_BANDS.index
    )


_AUDIT_IN_A_NEW_PROCESS = """
import sys
from analytics.core import db
from analytics.ninebox import boxes as nb, fairness
con = db.connect(sys.argv[1])
r = fairness.audit(con, "jenis_kelamin", rules=nb.Rules.default(con), filters=nb.Filters(period=2025))
print(repr((r.p_pool, r.test_pool, r.p_box1, r.test_box1)), "scipy.stats" in sys.modules)
"""


def test_a_later_process_reads_the_kept_test_without_importing_scipy(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "kept.duckdb"
    c = db.connect(path)
    insert(c, people("L", 100, 40) + people("P", 100, 10))
    c.close()

    def audit_in_a_new_process() -> tuple[str, bool]:
        cmd = [sys.executable, "-c", _AUDIT_IN_A_NEW_PROCESS, str(path)]
        out = subprocess.run(
            cmd, capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent
        )
        text, imported = out.stdout.strip().rsplit(" ", 1)
        return text, imported == "True"

    first, imported = audit_in_a_new_process()
    assert imported and "'chi2'" in first  # computed: scipy imported where the statistic is computed
    assert list(tmp_path.glob("kept.duckdb.arrays/*/results/fairness_gap_test-*.json"))
    again, imported = audit_in_a_new_process()
    assert again == first and not imported  # the same p-values, read back, scipy never imported


def test_kept_tests_follow_the_counts(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert(con, people("L", 100, 40) + people("P", 100, 10))
    first = run(con, "jenis_kelamin")
    computed = fairness.gap_test(first.table["n_pool"].to_numpy(), first.table["n"].to_numpy())
    assert (first.p_pool, first.test_pool) == computed

    def never(*_: Any, **__: Any) -> Any:
        raise AssertionError("computed again")

    with monkeypatch.context() as m:
        m.setattr(fairness, "gap_test", never)
        again = run(con, "jenis_kelamin")
    assert (again.p_pool, again.test_pool, again.p_box1, again.test_box1) == (
        first.p_pool, first.test_pool, first.p_box1, first.test_box1,
    )  # fmt: skip
    insert(con, people("P", 20, 0))  # other counts: another test, computed
    other = run(con, "jenis_kelamin")
    assert other.p_pool != first.p_pool and other.table["n"].sum() == 220
