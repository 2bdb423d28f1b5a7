"""The talent page's figures on the in-memory path (analytics.ninebox.engine: pool counts from the cells,
successors' boxes by NIP, members' names by row) equal the SQL path's (boxes_sql) on the demo at a few
thousand rows, with planted successors outside the data and without a box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.demo import employees as demo
from analytics.demo import succession as succession_demo
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine, scoring
from analytics.talent import succession
from tests.fast_paths import on_sql

ENDE, NTT = succession_demo.DEMO_INSTANSI
ZEROS = nb.Weights(
    kinerja={"kinerja_utama": 0, "penghargaan": 3, "tim_kerja": 0, "umpan_balik": 1.5},
    potensial={"kompetensi": 0.1, "integritas": 0, "potensi": 7},
)
MISSING_NIP = "199001012020011999"  # a successor who is in no period's data


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    con = db.connect(tmp_path_factory.mktemp("talent") / "demo.duckdb")
    demo.build_demo(con, employees=3000)
    succession_demo.build_succession_demo(con)
    cur = con.cursor()
    first = cur.execute(
        "select jabatan, unit_kerja from critical_positions where instansi = ? order by all limit 1", [ENDE]
    ).fetchone()
    assert first is not None
    # planted: a successor in no period, and one whose 2025 row has no box (a weighted component blank)
    blank = cur.execute(
        "select nip from employees where instansi = ? and period = 2025 and jenis_jabatan = 'Fungsional' "
        "order by nip limit 1",
        [ENDE],
    ).fetchone()
    assert blank is not None
    cur.execute("update employees set potensi = null where nip = ? and period = 2025", [blank[0]])
    for nip in (MISSING_NIP, blank[0]):
        cur.execute(
            "insert into successors values (?, ?, ?, ?, '3_tahun', 'impor', null)", [ENDE, *first, nip]
        )
    assert scoring.ensure_fresh(con)
    yield con
    con.close()


def rule_sets(con: duckdb.DuckDBPyConnection) -> list[nb.Rules]:
    default = succession.Rules.default(con)
    return [
        default,
        nb.Rules(nb.preset_weights(con, "setara"), nb.default_thresholds(con)),
        nb.Rules(ZEROS, nb.Thresholds(kinerja=(65, 70), potensial=(50, 90))),
        default.with_scheme("kemenkeu"),
    ]


FILTERS = (
    Filters(period=2025, instansi=("Tidak ada",)),  # nobody: empty results of the same shape
    Filters(period=2025),
    Filters(),
    Filters(period=2024, jenis_jabatan=("Fungsional",)),
    Filters(period=2025, instansi=(ENDE,)),
)


def test_pool_counts_equal_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    pooled = 0
    for rules in rule_sets(demo_con):
        for filters in FILTERS:
            assert engine.prepare(demo_con, rules, filters) is not None  # the in-memory path is taken
            for fn in (succession.pool_summary, succession.pool_by_position):
                fast = fn(demo_con, rules=rules, filters=filters)
                slow = on_sql(monkeypatch, fn, demo_con, rules=rules, filters=filters)
                assert len(fast) > 0 or filters.instansi == ("Tidak ada",)
                pd.testing.assert_frame_equal(fast, slow)
                pooled += int(fast["pool"].sum())
    assert pooled > 0  # not only empty pools compared


@pytest.mark.parametrize("limit", [2000, 7])
def test_pool_members_equal_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    listed = 0
    for rules in rule_sets(demo_con):
        for filters in FILTERS:
            fast = succession.pool_members(demo_con, rules=rules, filters=filters, limit=limit)
            slow = on_sql(
                monkeypatch, succession.pool_members, demo_con, rules=rules, filters=filters, limit=limit
            )
            assert list(fast.columns) == list(slow.columns)
            if filters.period is None:  # one NIP in two periods: equal keys may come in either order
                key = list(fast.columns)
                fast, slow = (
                    fast.sort_values(key, ignore_index=True),
                    slow.sort_values(key, ignore_index=True),
                )
            pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
            listed += len(fast)
    assert listed > 0


@pytest.mark.parametrize("period", [2025, 2024])
@pytest.mark.parametrize("instansi", [ENDE, NTT])
def test_succession_plan_and_readiness_equal_the_sql_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, instansi: str, period: int
) -> None:
    warnings: set[str] = set()
    for rules in rule_sets(demo_con):
        assert engine.prepare(demo_con, rules, Filters(period=period)) is not None
        fast = succession.succession_plan(demo_con, instansi, period=period, rules=rules)
        slow = on_sql(monkeypatch, succession.succession_plan, demo_con, instansi, period=period, rules=rules)
        assert len(fast) > 0
        pd.testing.assert_frame_equal(fast, slow)
        warnings |= {w for w in fast["warning"] if isinstance(w, str)}
        checks = succession.readiness_check(demo_con, instansi, rules=rules, period=period, plan=fast)
        general = on_sql(
            monkeypatch, succession.readiness_check, demo_con, instansi, rules=rules, period=period
        )
        assert checks == general
    if instansi == ENDE and period == 2025:  # the planted successors and the demo's flaws
        assert {"not_in_period", "unmapped", "outside_pool", "no_successor"} <= warnings


def test_names_follow_rows_that_moved_without_a_rebuild(tmp_path: Path) -> None:
    """A member's or successor's row deleted and inserted again keeps the fingerprint (no rebuild) but
    not its rowid: the names are found by period and NIP instead."""
    con = db.connect(tmp_path / "moved.duckdb")
    demo.build_demo(con, employees=3000)
    succession_demo.build_succession_demo(con)
    rules = succession.Rules.default(con)
    one = Filters(period=2025, instansi=(ENDE,))
    members = succession.pool_members(con, rules=rules, filters=one)
    plan = succession.succession_plan(con, ENDE, period=2025, rules=rules)
    nip = str(plan["successor_nip"].dropna().iloc[0])
    assert nip in set(members["nip"])
    cur = con.cursor()
    row = cur.execute("select * from employees where nip = ? and period = 2025", [nip]).df()
    cur.execute("delete from employees where nip = ? and period = 2025", [nip])
    cur.register("moved_row", row)
    cur.execute("insert into employees select * from moved_row")
    cur.execute("checkpoint")
    assert engine.prepare(con, rules, one) is not None  # still the same build: the stored rowid is stale
    again = succession.pool_members(con, rules=rules, filters=one)
    pd.testing.assert_frame_equal(again, members)
    pd.testing.assert_frame_equal(succession.succession_plan(con, ENDE, period=2025, rules=rules), plan)
    scorearrays.clear()
    con.close()


def test_the_demo_succession_is_seeded_again_when_a_holder_left_the_data(tmp_path: Path) -> None:
    """The stale check semi-joins the few holders (not every NIP of the table), is kept per build and
    holder list, and still sees one gone."""
    con = db.connect(tmp_path / "seed.duckdb")
    demo.build_demo(con, employees=3000)
    assert scoring.ensure_fresh(con)  # the check's answer is kept with the fast files of this build
    assert succession_demo.ensure_demo_succession(con)  # a fresh demo: seeded
    assert not succession_demo.ensure_demo_succession(con)  # every holder is an employee: kept
    cur = con.cursor()
    holders = cur.execute("select count(*) from critical_positions where holder_nip is not null").fetchone()
    assert holders is not None and holders[0] > 0
    cur.execute("update critical_positions set holder_nip = ? where rowid = 0", [MISSING_NIP])
    assert succession_demo.ensure_demo_succession(con)  # a holder left the data: seeded again
    known = "select count(*) from critical_positions where holder_nip = ?"
    assert cur.execute(known, [MISSING_NIP]).fetchone() == (0,)
    assert not succession_demo.ensure_demo_succession(con)
    con.close()
