"""Period movement: the transition counts equal two independent nine-box computations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.ninebox import arrays, movement, scoring
from analytics.ninebox import boxes as nb
from tests.fast_paths import on_sql, point_rowids_at_the_next_person

KEPKA = nb.Weights(
    kinerja={"kinerja_utama": 60, "penghargaan": 15, "tim_kerja": 15, "umpan_balik": 10},
    potensial={c: 1 for c in db.POTENSIAL_COMPONENTS},
)
DEFAULT = nb.Thresholds()
BOTH_PERIODS: dict[str, Any] = {  # 2024 -> 2025 over every unit, KEPKA's weights
    "before": 2024,
    "after": 2025,
    "rules": nb.Rules(KEPKA, DEFAULT),
    "filters": Filters(),
}


def emp(period: int, nip: int, k: float | None, p: float, unit: str = "Dinas A") -> dict[str, Any]:
    """Every kinerja component ``k`` (so the kinerja score is ``k``), every potensial component ``p``."""
    row: dict[str, Any] = {
        "period": period, "nip": f"{nip:018d}", "nama": f"Pegawai {nip}", "instansi": "Kabupaten Contoh",
        "unit_kerja": unit, "jabatan": "Analis", "jenis_jabatan": "Fungsional",
    }  # fmt: skip
    row.update({c: k for c in db.KINERJA_COMPONENTS})
    row.update({c: p for c in db.POTENSIAL_COMPONENTS})
    return row


ROWS = [
    emp(2024, 1, 90, 90), emp(2025, 1, 90, 90),  # 9 -> 9
    emp(2024, 2, 70, 70), emp(2025, 2, 85, 70),  # 5 -> 7 (enters the pool)
    emp(2024, 3, 85, 85), emp(2025, 3, 50, 85),  # 9 -> 6 (leaves the pool)
    emp(2024, 4, 50, 50), emp(2025, 4, 50, 50, unit="Dinas B"),  # 1 -> 1, moved unit
    emp(2024, 5, 70, 85), emp(2025, 5, None, 85),  # 8 -> unmappable (leaves the pool)
    emp(2024, 6, 90, 70),  # 7, gone in 2025 (leaves the pool)
    emp(2025, 7, 90, 90, unit="Dinas B"),  # new in 2025, box 9 (enters the pool)
]  # fmt: skip

# Rows = 2024 box 1..9 then unmappable; columns = 2025 box; only NIPs present in both periods.
EXPECTED = np.zeros((10, 10), dtype=int)
for _from, _to in [(9, 9), (5, 7), (9, 6), (1, 1), (8, 10)]:
    EXPECTED[_from - 1, _to - 1] += 1


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path / "m.duckdb")
    cols = sorted({k for r in ROWS for k in r})
    frame = pd.DataFrame([{k: r.get(k) for k in cols} for r in ROWS], columns=cols)
    cur = c.cursor()
    cur.register("new_rows", frame)
    cur.execute("insert into employees by name select * from new_rows")
    yield c
    c.close()


def independent(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """The matrix from two separate assign_boxes runs joined by NIP in pandas."""
    boxes = {
        p: nb.assign_boxes(con, rules=nb.Rules(KEPKA, DEFAULT), filters=Filters(period=p)).set_index("nip")[
            "box"
        ]
        for p in (2024, 2025)
    }
    out = np.zeros((10, 10), dtype=int)
    for nip in boxes[2024].index.intersection(boxes[2025].index):
        a, b = boxes[2024][nip], boxes[2025][nip]
        out[9 if pd.isna(a) else int(a) - 1, 9 if pd.isna(b) else int(b) - 1] += 1
    return out


def test_transition_counts_equal_two_independent_nine_box_computations(
    con: duckdb.DuckDBPyConnection,
) -> None:
    m = movement.box_movement(
        con, before=2024, after=2025, rules=nb.Rules(KEPKA, DEFAULT), filters=Filters(period=2025)
    )
    np.testing.assert_array_equal(m.matrix, EXPECTED)
    np.testing.assert_array_equal(m.matrix, independent(con))
    assert (m.n_both, m.n_new, m.n_gone, m.n_moved) == (5, 1, 1, 2)
    assert sorted(m.entered["nip"].str[-1]) == ["2", "7"]
    assert sorted(m.left["nip"].str[-1]) == ["3", "5", "6"]
    assert dict(zip(m.entered["nip"].str[-1], m.entered["status"], strict=True)) == {"2": "moved", "7": "new"}
    assert (m.pool_before, m.pool_after, m.n_entered, m.n_left) == (4, 3, 2, 3)
    units = m.units.set_index("unit_kerja")
    assert units.loc["Dinas A", ["pool_before", "pool_after", "net"]].tolist() == [4, 2, -2]
    assert units.loc["Dinas B", ["pool_before", "pool_after", "net"]].tolist() == [0, 1, 1]
    assert "2 dari 5 pegawai berpindah kotak" in movement.headline(m)


def test_unit_filter_applies_to_both_periods(con: duckdb.DuckDBPyConnection) -> None:
    m = movement.box_movement(
        con, before=2024, after=2025, rules=nb.Rules(KEPKA, DEFAULT),
        filters=Filters(period=2025, unit_kerja=("Dinas A",)),
    )  # fmt: skip
    assert (m.n_both, m.n_gone) == (4, 2)  # NIP 4 moved to Dinas B: gone from Dinas A's view


# --- the in-memory path equals the SQL path --------------------------------------------------------


def _must_not_run(*args: Any, **kw: Any) -> None:
    raise AssertionError("this path must not run here")


def assert_same_movement(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, **kw: Any
) -> movement.Movement:
    """The in-memory path (checked to be the one taken) gives exactly the SQL path's Movement."""
    assert scoring.ensure_fresh(con)
    with monkeypatch.context() as m:
        m.setattr(movement, "_sql_movement", _must_not_run)
        fast = movement.box_movement(con, **kw)
    slow = on_sql(monkeypatch, movement.box_movement, con, **kw)
    np.testing.assert_array_equal(fast.matrix, slow.matrix)
    for name in ("before", "after", "n_both", "n_new", "n_gone", "n_entered", "n_left", "pool_before",
                 "pool_after", "pool_boxes", "n_moved"):  # fmt: skip
        assert getattr(fast, name) == getattr(slow, name), name
    for name in ("entered", "left", "units"):
        pd.testing.assert_frame_equal(getattr(fast, name), getattr(slow, name), obj=name, check_exact=True)
    return fast


def test_in_memory_path_equals_the_sql_path(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = set()
    for filters in (Filters(period=2025), Filters(unit_kerja=("Dinas A",)), Filters(unit_kerja=("Dinas B",))):
        for before, after in ((2024, 2025), (2025, 2024)):
            for limit in (movement.CHANGES_LIMIT, 1):
                m = assert_same_movement(
                    con, monkeypatch, before=before, after=after, rules=nb.Rules(KEPKA, DEFAULT),
                    filters=filters, limit=limit,
                )  # fmt: skip
                seen.add((m.n_both, m.n_new, m.n_gone, len(m.entered), len(m.left)))
    assert len(seen) > 3  # the selections differ (Dinas B alone: nobody in both periods)
    m = assert_same_movement(
        con,
        monkeypatch,
        before=2024,
        after=2025,
        rules=nb.Rules(KEPKA, DEFAULT),
        filters=Filters(period=2025),
    )
    np.testing.assert_array_equal(m.matrix, EXPECTED)
    assert (m.n_entered, m.n_left, len(m.units)) == (2, 3, 2)


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    from analytics.demo import employees as demo

    c = db.connect(tmp_path_factory.mktemp("movement") / "demo.duckdb")
    demo.build_demo(c, employees=3000)
    yield c
    c.close()


@pytest.mark.parametrize("scheme", ["permenpanrb", "kemenkeu"])
def test_demo_movement_equals_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    periods = [r[0] for r in demo_con.execute("select distinct period from employees order by 1").fetchall()]
    instansi = demo_con.execute("select min(instansi) from employees").fetchone()[0]  # type: ignore[index]
    zeros = nb.Weights(
        kinerja={"penghargaan": 3, "umpan_balik": 1.5}, potensial={"kompetensi": 0.1, "potensi": 7}
    )
    listed = 0
    for weights in (nb.preset_weights(demo_con, "kepka411"), zeros):
        rules = nb.Rules(weights, nb.default_thresholds(demo_con)).with_scheme(scheme)
        for filters in (Filters(), Filters(instansi=(instansi,)), Filters(jenis_jabatan=("Fungsional",))):
            for limit in (movement.CHANGES_LIMIT, 7):
                m = assert_same_movement(
                    demo_con, monkeypatch, before=periods[-2], after=periods[-1], rules=rules,
                    filters=filters, limit=limit,
                )  # fmt: skip
                assert m.n_both > 0 and m.n_moved > 0
                listed += len(m.entered) + len(m.left)
                if limit == 7:
                    assert len(m.entered) == min(7, m.n_entered) and len(m.left) == min(7, m.n_left)
    assert listed > 0


def test_nips_of_any_form_pair_as_the_join_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NIPs that are not all digits of one length are paired by their strings: '0123' is not '123'."""
    rows = [
        {**emp(2024, 1, 90, 90), "nip": "0123"}, {**emp(2025, 1, 50, 90), "nip": "123"},
        {**emp(2024, 2, 70, 70), "nip": "PPPK-2"}, {**emp(2025, 2, 85, 70), "nip": "PPPK-2"},
        {**emp(2024, 3, 85, 85), "nip": "0123 "}, {**emp(2025, 3, 50, 85), "nip": "0123"},
    ]  # fmt: skip
    c = db.connect(tmp_path / "n.duckdb")
    cols = sorted({k for r in rows for k in r})
    cur = c.cursor()
    cur.register("new_rows", pd.DataFrame([{k: r.get(k) for k in cols} for r in rows], columns=cols))
    cur.execute("insert into employees by name select * from new_rows")
    m = assert_same_movement(
        c, monkeypatch, before=2024, after=2025, rules=nb.Rules(KEPKA, DEFAULT), filters=Filters()
    )
    assert (m.n_both, m.n_new, m.n_gone) == (2, 1, 1)  # '0123' (2024) = '0123' (2025, NIP 3's row)
    c.close()


def test_the_nip_match_is_kept_beside_the_fast_files(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = assert_same_movement(con, monkeypatch, **BOTH_PERIODS)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    root = arrays.files_root(con)
    assert root is not None
    stored = root / stats.build_id / "match_p2024_p2025.npy"
    assert stored.exists()
    arrays.clear()  # a new process: the match comes from the file, not computed again
    monkeypatch.setattr(arrays, "_match_numbers", _must_not_run)
    monkeypatch.setattr(arrays, "_match_strings", _must_not_run)
    again = movement.box_movement(con, **BOTH_PERIODS)
    np.testing.assert_array_equal(again.matrix, first.matrix)
    pd.testing.assert_frame_equal(again.entered, first.entered)


def test_names_come_by_key_when_a_row_is_not_where_the_build_left_it(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = movement._NAMES_SQL
    monkeypatch.setitem(
        movement._NAMES_BY_ROWID, "join_a", "ea.rid = m.rid_a and ea.period = $before and false"
    )
    monkeypatch.setitem(
        movement._NAMES_BY_ROWID, "join_b", "eb.rid = m.rid_b and eb.period = $after and false"
    )
    monkeypatch.setattr(movement, "_NAMES_SQL", _Recording(original, calls))
    m = assert_same_movement(con, monkeypatch, **BOTH_PERIODS)
    assert len(calls) == 2 and "rowid in" in calls[0] and "rowid in" not in calls[1]  # the key join answered
    assert set(m.entered["nama"]) == {"Pegawai 2", "Pegawai 7"}


def test_a_rowid_that_points_at_another_person_is_not_taken_for_the_listed_one(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the build's rowids no longer point at its rows (a rebuild whose checkpoint could not run,
    then compacted), a name found by rowid is another person's: the NIP check refuses it and the key
    join answers, so every listed NIP keeps its own name."""
    assert scoring.ensure_fresh(con)
    point_rowids_at_the_next_person(con, 2025)  # the blocks come from the table, with these rowids
    m = assert_same_movement(con, monkeypatch, **BOTH_PERIODS)
    assert len(m.entered) > 0
    assert all(
        name == f"Pegawai {int(nip)}" for nip, name in zip(m.entered["nip"], m.entered["nama"], strict=True)
    )


class _Recording(str):
    """The SQL text, recording every formatted statement."""

    def __new__(cls, text: str, calls: list[str]) -> _Recording:
        obj = super().__new__(cls, text)
        obj.calls = calls  # type: ignore[attr-defined]
        return obj

    def format(self, *args: Any, **kw: Any) -> str:
        sql = super().format(*args, **kw)
        self.calls.append(sql)  # type: ignore[attr-defined]
        return sql


def test_equal_changes_are_listed_by_nip_on_both_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten people make the same change: the first ``limit`` by NIP, as the SQL path lists them."""
    rows = []
    for i in (17, 3, 11, 5, 19, 2, 13, 7, 23, 29):  # not in NIP order in the table
        rows += [emp(2024, i, 70, 70), emp(2025, i, 85, 70)]  # 5 -> 7: all enter, by the same change
        rows += [emp(2024, 100 + i, 85, 85), emp(2025, 100 + i, 50, 85)]  # 9 -> 6: all leave alike
    c = db.connect(tmp_path / "t.duckdb")
    cols = sorted({k for r in rows for k in r})
    cur = c.cursor()
    cur.register("new_rows", pd.DataFrame([{k: r.get(k) for k in cols} for r in rows], columns=cols))
    cur.execute("insert into employees by name select * from new_rows")
    m = assert_same_movement(c, monkeypatch, limit=3, **BOTH_PERIODS)
    assert m.entered["nip"].str.lstrip("0").tolist() == ["2", "3", "5"]
    assert m.left["nip"].str.lstrip("0").tolist() == ["102", "103", "105"]
    assert (m.n_entered, m.n_left) == (10, 10)
    c.close()


def test_the_warm_up_readies_the_older_period_only_from_its_files(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    stats = scoring.fresh_stats(con)
    assert stats is not None
    arrays.clear()
    movement.warm(con)  # no fast files yet: nothing is loaded in the background
    assert arrays.LOADED_FROM == {}
    rules = nb.Rules.default(con)
    first = movement.box_movement(con, before=2024, after=2025, rules=rules, filters=Filters(period=2025))
    arrays.wait_for_files()
    arrays.clear()  # a new process over the same file
    movement.warm(con)
    assert arrays.LOADED_FROM == {(stats.build_id, 2024): "files", (stats.build_id, 2025): "files"}
    assert (stats.build_id, 2024, 2025) in arrays._MATCHES
    monkeypatch.setattr(arrays, "axis_scores", _must_not_run)  # the page's view: both periods scored already
    again = movement.box_movement(con, before=2024, after=2025, rules=rules, filters=Filters(period=2025))
    np.testing.assert_array_equal(again.matrix, first.matrix)
    pd.testing.assert_frame_equal(again.left, first.left)


def test_listed_names_come_from_the_blocks_kept_people(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the warm-up has kept the blocks' people (arrays.Block.people), the movers' names are taken
    from them, with no read of employees, and equal the SQL path's."""
    from analytics.ninebox import engine as nb_engine

    assert scoring.ensure_fresh(demo_con)
    periods = [r[0] for r in demo_con.execute("select distinct period from employees order by 1").fetchall()]
    rules = nb.Rules(nb.preset_weights(demo_con, "kepka411"), nb.default_thresholds(demo_con))
    for period in periods[-2:]:
        memory = nb_engine.prepare(demo_con, rules, Filters(period=period))
        assert memory is not None
        arrays.wait_for_files()  # the block's fast files, written in the background
        assert memory.blocks[0].people(demo_con, compute=True) is not None
    with monkeypatch.context() as m:  # only the kept people can answer
        m.setitem(movement._NAMES_BY_ROWID, "source", "select 1 / 0")  # the other ways fail
        m.setitem(movement._NAMES_BY_KEY, "source", "select 1 / 0")
        found = assert_same_movement(
            demo_con,
            monkeypatch,
            before=periods[-2],
            after=periods[-1],
            rules=rules,
            filters=Filters(),
            limit=50,
        )
    assert len(found.entered) == 50 and found.entered["nama"].notna().all()
