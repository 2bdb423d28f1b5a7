"""The calibration page's list of people to pick (ninebox_views.people without a search) on the in-memory
path equals the SQL path's: the same rows in the same order, scores, computed, calibrated and in-force
boxes, with set calibrations (also of an employee without a computed box) on the demo at a few thousand rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb
import pandas as pd
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.demo import employees as demo
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine, scoring
from analytics.ninebox import views as ninebox_views
from tests.calibrations import SET, calibrate_set
from tests.fast_paths import on_sql


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    con = db.connect(tmp_path_factory.mktemp("people") / "demo.duckdb")
    demo.build_demo(con, employees=3000)
    rules = nb.Rules.default(con)
    assert scoring.ensure_fresh(con)
    b = nb.assign_boxes(con, rules=rules, filters=Filters(period=2025))
    mapped = b[b["box"].notna()].sort_values("nip")
    for row in mapped.head(3).itertuples():  # three set moves of mappable employees
        to = 9 if int(row.box) != 9 else 1
        calibrate_set(con, period=2025, nip=row.nip, to_box=to, decision=SET, computed_box=int(row.box))
    yield con
    con.close()


def people_lists(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    first = con.execute("select nip from employees where period = 2025 order by nama desc limit 1").fetchone()
    assert first is not None
    default = nb.Rules.default(con)
    strict = nb.Rules(
        default.weights, nb.Thresholds(kinerja=(85, 95), potensial=(85, 95))
    )  # many unboxed? no: cut-offs
    return [
        {"rules": default, "filters": Filters(period=2025)},
        {"rules": default, "filters": Filters(period=2025), "nip": first[0]},
        {"rules": default, "filters": Filters(period=2024, jenis_jabatan=("Fungsional",)), "limit": 40},
        {"rules": default.with_scheme("kemenkeu"), "filters": Filters(period=2025), "limit": 25},
        {"rules": strict, "filters": Filters(), "limit": 300},
        {
            "rules": default,
            "filters": Filters(period=2025, instansi=("Pemerintah Kabupaten Ende",)),
            "limit": 5000,
        },
    ]


def test_people_without_a_search_equal_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    calibrated = 0
    for kw in people_lists(demo_con):
        assert engine.prepare(demo_con, kw["rules"], kw["filters"]) is not None  # the in-memory path is taken
        fast = ninebox_views.people(demo_con, **kw)
        slow = on_sql(monkeypatch, ninebox_views.people, demo_con, **kw)
        assert len(fast) > 0
        if kw["filters"].period is None:  # one NIP in two periods: equal keys may come in either order
            key = ["nip", "nama", "jabatan", "unit_kerja", "kinerja_score", "potensial_score"]
            fast, slow = fast.sort_values(key, ignore_index=True), slow.sort_values(key, ignore_index=True)
        pd.testing.assert_frame_equal(fast, slow)
        calibrated += int(fast["calibrated_box"].notna().sum())
        if "nip" in kw:
            assert fast["nip"].iloc[0] == kw["nip"]
    assert calibrated > 0  # the set moves are among the rows compared


def test_people_read_further_when_many_have_no_box(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most of a period without a box (a weighted component left blank): the first rows read by name
    hold too few with a box, so more are read; one calibrated employee without a computed box counts."""
    con = db.connect(tmp_path / "blank.duckdb")
    demo.build_demo(con, employees=3000)
    con.execute("update employees set potensi = null where period = 2024 and right(nip, 1) not in ('1', '2')")
    rules = nb.Rules.default(con)
    assert scoring.ensure_fresh(con)
    b = nb.assign_boxes(con, rules=rules, filters=Filters(period=2024))
    unboxed = b[b["box"].isna()].sort_values("nama")
    assert len(unboxed) > len(b) / 2
    tables = "select count(*) from duckdb_tables() where table_name = 'calibration_log'"
    assert con.execute(tables).fetchone() == (0,)  # no trail yet: the fast path creates it, empty
    first = ninebox_views.people(con, rules=rules, filters=Filters(period=2024), limit=10)
    assert len(first) == 10 and first["calibrated_box"].isna().all()
    pd.testing.assert_frame_equal(
        first,
        on_sql(monkeypatch, ninebox_views.people, con, rules=rules, filters=Filters(period=2024), limit=10),
    )
    calibrate_set(con, period=2024, nip=unboxed["nip"].iloc[0], to_box=5, decision=SET, computed_box=None)
    for limit in (10, 200, 5000):
        kw: dict[str, Any] = {"rules": rules, "filters": Filters(period=2024), "limit": limit}
        fast = ninebox_views.people(con, **kw)
        slow = on_sql(monkeypatch, ninebox_views.people, con, **kw)
        assert len(fast) == min(limit, int(b["box"].notna().sum()) + 1)
        pd.testing.assert_frame_equal(fast, slow)
    assert unboxed["nip"].iloc[0] in set(fast["nip"])
    # the order kept with the fast files follows the data: a new employee whose name sorts first
    cur = con.cursor()
    row = cur.execute("select * from employees where period = 2024 and right(nip, 1) = '1' limit 1").df()
    row["nip"], row["nama"] = "199901012024011001", "Aaron Abdi"
    cur.register("new_row", row)
    cur.execute("insert into employees select * from new_row")
    assert scoring.ensure_fresh(con)
    kw = {"rules": rules, "filters": Filters(period=2024), "limit": 10}
    again = ninebox_views.people(con, **kw)
    assert again["nip"].iloc[0] == "199901012024011001"
    pd.testing.assert_frame_equal(again, on_sql(monkeypatch, ninebox_views.people, con, **kw))
    con.close()
