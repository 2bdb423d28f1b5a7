"""The fast path (analytics.ninebox.scoring's employee_scores) gives exactly the counts and transitions of the
general boxes_sql path; the table follows the data (imports, direct inserts)."""

from __future__ import annotations

import dataclasses
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.core import db
from analytics.core.filters import Filters
from analytics.demo import employees as demo
from analytics.ninebox import arrays as scorearrays
from analytics.ninebox import boxes as nb
from analytics.ninebox import scoring
from analytics.whatif import engine as whatif
from tests.fast_paths import point_rowids_at_the_next_person
from tests.weights import KEPKA

ROOT = Path(__file__).resolve().parent.parent

SCHEMES = ("permenpanrb", "kemenkeu")
ZEROS = nb.Weights(
    kinerja={"kinerja_utama": 0, "penghargaan": 3, "tim_kerja": 0, "umpan_balik": 1.5},
    potensial={"kompetensi": 0.1, "integritas": 0, "potensi": 7},
)
ONE_EACH = nb.Weights(kinerja={"penghargaan": 1}, potensial={"pendidikan_formal": 1})


def _general(monkeypatch: pytest.MonkeyPatch, fn: Any, *args: Any, **kw: Any) -> Any:
    """``fn`` on the general SQL path (the fast path believes the scoring table is stale)."""
    with monkeypatch.context() as m:
        m.setattr(scoring, "fresh_stats", lambda con: None)
        return fn(*args, **kw)


def general_counts(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, **kw: Any
) -> pd.DataFrame:
    return _general(monkeypatch, nb.box_counts, con, **kw)


def general_transitions(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, **kw: Any
) -> whatif.Result:
    return _general(monkeypatch, whatif.transitions, con, **kw)


def assert_same_counts(con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> None:
    assert scoring.ensure_fresh(con)
    fast = nb.box_counts(con, **kw)
    slow = general_counts(con, monkeypatch, **kw)
    pd.testing.assert_frame_equal(fast, slow)


def assert_same_transitions(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, **kw: Any
) -> whatif.Result:
    assert scoring.ensure_fresh(con)
    fast = whatif.transitions(con, **kw)
    slow = general_transitions(con, monkeypatch, **kw)
    np.testing.assert_array_equal(fast.matrix, slow.matrix)
    assert (fast.movers_total, fast.n_movers, fast.n_mappability, fast.n_total) == (
        slow.movers_total,
        slow.n_movers,
        slow.n_mappability,
        slow.n_total,
    )
    assert (fast.pool_before, fast.pool_after, fast.pool_boxes) == (
        slow.pool_before,
        slow.pool_after,
        slow.pool_boxes,
    )
    # ties in the mover order (same change, same nip in two periods) may come in either order
    key = ["nip", "from_box", "to_box", "kinerja_before"]
    f = fast.movers.sort_values(key, ignore_index=True)
    s = slow.movers.sort_values(key, ignore_index=True)
    pd.testing.assert_frame_equal(f, s, check_dtype=False)
    assert list(fast.movers.columns) == list(slow.movers.columns)
    return fast


# --- the demo ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    con = db.connect(tmp_path_factory.mktemp("scoring") / "demo.duckdb")
    demo.build_demo(con, employees=3000)
    yield con
    con.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("by", [None, "instansi", "unit_kerja", "jenis_kelamin", "period", "kab_kota"])
def test_demo_counts_equal_the_general_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, scheme: str, by: str | None
) -> None:
    for weights in (nb.preset_weights(demo_con, "kepka411"), nb.preset_weights(demo_con, "setara"), ZEROS):
        for th in (nb.default_thresholds(demo_con), nb.Thresholds(kinerja=(65, 70), potensial=(50, 90))):
            for filters in (
                nb.Filters(),
                nb.Filters(period=2025),
                Filters(period=2024, jenis_jabatan=("Fungsional",)),
            ):
                assert_same_counts(
                    demo_con,
                    monkeypatch,
                    rules=nb.Rules(weights, th, scheme),
                    filters=filters,
                    by=by,
                )


def test_demo_transitions_equal_the_general_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    kepka = nb.preset_weights(demo_con, "kepka411")
    setara = nb.preset_weights(demo_con, "setara")
    raised = nb.Weights(kinerja=kepka.kinerja, potensial={**kepka.potensial, "integritas": 25.0})
    th = nb.default_thresholds(demo_con)
    for scn, th_scn, limit, scheme in (
        (setara, th, None, "permenpanrb"),
        (raised, th, 20, "kemenkeu"),
        (kepka, nb.Thresholds(kinerja=(70, 85), potensial=(55, 75)), 5, "permenpanrb"),
        (kepka, th, None, "permenpanrb"),  # nobody moves
        (ZEROS, th, 0, "permenpanrb"),
    ):
        for filters in (Filters(period=2025), Filters()):
            res = assert_same_transitions(
                demo_con,
                monkeypatch,
                baseline=nb.Rules(kepka, th, scheme),
                scenario=nb.Rules(scn, th_scn, scheme),
                filters=filters,
                movers_limit=limit,
            )
            if limit is not None:
                assert len(res.movers) <= limit


def test_relative_mode_keeps_the_general_path(demo_con: duckdb.DuckDBPyConnection) -> None:
    assert nb.fast_path(demo_con, nb.Rules.default(demo_con).relative()) is None
    assert nb.fast_path(demo_con, nb.Rules.default(demo_con)) is not None


# --- generated populations -----------------------------------------------------------------------

VALUES = st.sampled_from(
    [None, 0.0, 40.0, 55.5, 59.9, 60.0, 60.1, 64.2, 70.0, 73.3, 79.9, 80.0, 80.1, 91.7, 100.0]
)
PREDICATES = st.sampled_from([None, "Sangat Baik", "Baik", " baik ", "Butuh Perbaikan", "Misconduct", "???"])
READY = st.one_of(st.none(), st.none(), st.sampled_from([59.999999, 60.0, 75.0, 80.0, 95.0]))
WEIGHTS = st.one_of(
    st.just(KEPKA),
    st.just(ZEROS),
    st.just(ONE_EACH),
    st.builds(
        lambda k, p: nb.Weights(
            kinerja=dict(zip(db.KINERJA_COMPONENTS, k, strict=True)),
            potensial=dict(zip(db.POTENSIAL_COMPONENTS, p, strict=True)),
        ),
        st.lists(st.sampled_from([0, 0, 1, 2.5, 10, 15, 33.3, 60]), min_size=4, max_size=4).filter(any),
        st.lists(st.sampled_from([0, 0, 1, 2.5, 10, 15, 33.3, 60]), min_size=7, max_size=7).filter(any),
    ),
)
CUTS = st.sampled_from([(60, 80), (0, 100), (55.5, 73.3), (70, 70), (80, 60), (64.2, 91.7)])


@st.composite
def populations(draw: st.DrawFn) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    n_inst = draw(st.integers(1, 4))
    for inst in range(n_inst):
        for period in draw(st.sampled_from([(2025,), (2024, 2025)])):
            absent = draw(st.sets(st.sampled_from(db.COMPONENTS)))
            predicates_only = draw(st.booleans())
            for k in range(draw(st.integers(1, 6))):
                row: dict[str, Any] = {
                    "period": period,
                    "nip": f"{inst:03d}{k:015d}",
                    "nama": f"P{inst}-{k}",
                    "instansi": f"Instansi {inst}",
                    "unit_kerja": draw(st.sampled_from(["Unit A", "Unit B"])),
                    "jabatan": "Analis",
                    "jenis_jabatan": draw(st.sampled_from(["Fungsional", "Pelaksana"])),
                    "jenis_kelamin": draw(st.sampled_from(["L", "P", None])),
                    "provinsi": draw(st.sampled_from(["Aceh", "Bali"])),
                    "predikat_kinerja": draw(PREDICATES),
                    "skor_sumbu_kinerja": draw(READY),
                    "skor_sumbu_potensial": draw(READY),
                }
                for c in db.COMPONENTS:
                    row[c] = None if c in absent else draw(VALUES)
                if predicates_only:
                    row["kinerja_utama"] = None
                rows.append(row)
    return rows


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    cols = sorted({k for r in rows for k in r})
    frame = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    for c in (*db.COMPONENTS, *db.AXIS_SCORE_COLUMNS):
        if c in frame:
            frame[c] = frame[c].astype("float64")
    cur = con.cursor()
    cur.register("new_rows", frame)
    cur.execute("insert into employees by name select * from new_rows")
    cur.unregister("new_rows")


@pytest.fixture(scope="module")
def gen_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    con = db.connect(tmp_path_factory.mktemp("scoring") / "gen.duckdb")
    yield con
    con.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=populations(),
    weights=WEIGHTS,
    scenario=WEIGHTS,
    cuts=st.tuples(CUTS, CUTS),
    scheme=st.sampled_from(SCHEMES),
    by=st.sampled_from([None, "instansi", "unit_kerja", "jenis_kelamin", "period"]),
    filt=st.sampled_from(
        [
            nb.Filters(),
            nb.Filters(period=2025),
            nb.Filters(instansi="Instansi 0"),
            nb.Filters(unit_kerja=("Unit B",), provinsi=("Aceh",)),
            Filters(period=2025, jenis_jabatan=("Fungsional",)),
        ]
    ),
)
def test_generated_populations_counts_and_transitions_equal_the_general_path(
    gen_con: duckdb.DuckDBPyConnection,
    monkeypatch: pytest.MonkeyPatch,
    rows: list[dict[str, Any]],
    weights: nb.Weights,
    scenario: nb.Weights,
    cuts: tuple[tuple[float, float], tuple[float, float]],
    scheme: str,
    by: str | None,
    filt: Any,
) -> None:
    gen_con.cursor().execute("delete from employees")
    insert(gen_con, rows)
    # the fingerprint is cheap, not a content hash: equal-sized replacements may need an explicit refresh
    scoring.refresh(gen_con)
    th = nb.Thresholds(kinerja=cuts[0], potensial=cuts[1])
    th2 = nb.Thresholds(kinerja=cuts[1], potensial=cuts[0])
    assert_same_counts(gen_con, monkeypatch, rules=nb.Rules(weights, th, scheme), filters=filt, by=by)
    assert_same_transitions(
        gen_con,
        monkeypatch,
        baseline=nb.Rules(weights, th, scheme),
        scenario=nb.Rules(scenario, th2, scheme),
        filters=filt,
        movers_limit=None,
    )


def test_weighted_mean_on_an_exact_cutoff(
    gen_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """59.99999999999999-style float noise: the fast path levels exactly like boxes_sql."""
    gen_con.cursor().execute("delete from employees")
    rows = []
    for i, (a, b) in enumerate(
        itertools.product([59.7, 60.3, 70.1, 49.9, 60.0], [60.3, 59.7, 80.1, 79.9, 100.0])
    ):
        row = {c: 70.0 for c in db.COMPONENTS}
        row.update(period=2025, nip=f"{i:018d}", nama="x", instansi="I", unit_kerja="U", jabatan="J")
        row.update(jenis_jabatan="Fungsional", kinerja_utama=a, penghargaan=b, kompetensi=a, integritas=b)
        rows.append(row)
    insert(gen_con, rows)
    for w in (
        KEPKA,
        ONE_EACH,
        nb.Weights(
            kinerja={"kinerja_utama": 1, "penghargaan": 1}, potensial={"kompetensi": 3, "integritas": 7}
        ),
    ):
        assert_same_counts(gen_con, monkeypatch, rules=nb.Rules(w, nb.Thresholds()), filters=nb.Filters())


# --- staleness -----------------------------------------------------------------------------------


def test_the_table_follows_imports_and_direct_inserts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics import ingest

    con = db.connect(tmp_path / "s.duckdb")
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": nb.Filters()}
    base = {c: 70.0 for c in db.COMPONENTS}
    insert(
        con,
        [
            {
                **base,
                "period": 2025,
                "nip": "1",
                "nama": "a",
                "instansi": "I",
                "unit_kerja": "U",
                "jabatan": "J",
                "jenis_jabatan": "Fungsional",
            }
        ],
    )
    assert_same_counts(con, monkeypatch, **kw)
    fp = scoring.stored_fingerprint(con)
    assert fp == scoring.fingerprint(con)
    # a direct insert: stale, rebuilt on the next count
    insert(
        con,
        [
            {
                **base,
                "kinerja_utama": 95.0,
                "period": 2025,
                "nip": "2",
                "nama": "b",
                "instansi": "I",
                "unit_kerja": "U",
                "jabatan": "J",
                "jenis_jabatan": "Fungsional",
            }
        ],
    )
    assert scoring.stored_fingerprint(con) != scoring.fingerprint(con)
    counts = nb.box_counts(con, **kw)
    assert int(counts["n"].sum()) == 2
    assert scoring.stored_fingerprint(con) == scoring.fingerprint(con)
    assert_same_counts(con, monkeypatch, **kw)
    # an import (analytics.ingest.load) replacing the instansi
    header = ["nip", "nama", "instansi", "unit_kerja", "jabatan", "jenis_jabatan", *db.COMPONENTS]
    lines = [",".join(header)]
    for i in range(5):
        lines.append(
            ",".join(
                [
                    f"19800101200001100{i}",
                    f"Nama {i}",
                    "I",
                    "U",
                    "J",
                    "Fungsional",
                    *(["85"] * len(db.COMPONENTS)),
                ]
            )
        )
    validated = ingest.validate(
        ("\n".join(lines) + "\n").encode(), "pegawai.csv", con, period=2025, replace=True
    )
    result = ingest.load(con, validated, replace=True, skip_invalid=True)
    assert result.rows_loaded > 0, validated.problems
    counts = nb.box_counts(con, **kw)
    assert int(counts["n"].sum()) == result.rows_loaded  # instansi I replaced by the file
    assert scoring.stored_fingerprint(con) == scoring.fingerprint(con)
    assert_same_counts(con, monkeypatch, **kw)
    n = result.rows_loaded
    # a read-only connection on a stale table falls back to the general path
    insert(
        con,
        [
            {
                **base,
                "period": 2025,
                "nip": "9",
                "nama": "c",
                "instansi": "J",
                "unit_kerja": "U",
                "jabatan": "J",
                "jenis_jabatan": "Fungsional",
            }
        ],
    )
    con.close()
    ro = db.connect(tmp_path / "s.duckdb", read_only=True)
    assert not scoring.ensure_fresh(ro)
    assert int(nb.box_counts(ro, **kw)["n"].sum()) == n + 1
    ro.close()


# --- the in-memory blocks (analytics.ninebox.arrays) and the freshness memo --------------------------


def _one(nip: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {c: 70.0 for c in db.COMPONENTS}
    row.update(period=2025, nip=nip, nama=f"N{nip}", instansi="I", unit_kerja="U", jabatan="J")
    row.update(jenis_jabatan="Fungsional", **values)
    return row


def _count_fingerprints(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one at every fingerprint scan of employees."""
    calls: list[int] = []
    real = scoring.fingerprint

    def counting(c: duckdb.DuckDBPyConnection) -> str:
        calls.append(1)
        return real(c)

    monkeypatch.setattr(scoring, "fingerprint", counting)
    return calls


def test_a_fresh_check_is_remembered_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = db.connect(tmp_path / "m.duckdb")
    insert(con, [_one("1"), _one("2", kinerja_utama=95.0)])
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": nb.Filters()}
    monkeypatch.setattr(scoring, "STABLE_SECONDS", 0.0)
    assert scoring.fresh_stats(con) is not None  # builds the table
    assert scoring.fresh_stats(con) is not None  # checks the fingerprint, remembers the file state
    calls = _count_fingerprints(monkeypatch)
    assert int(nb.box_counts(con, **kw)["n"].sum()) == 2
    assert calls == []  # the memo answered
    insert(con, [_one("3")])  # a committed write changes the write-ahead log
    assert int(nb.box_counts(con, **kw)["n"].sum()) == 3
    assert calls  # the file changed: the fingerprint was checked again
    con.close()


def test_a_fresh_check_is_left_for_the_next_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server's cold start does not scan every employee again when the file has not changed since
    the last process checked it (the memo beside the file); any write, or a damaged memo, and it does."""
    path = tmp_path / "next.duckdb"
    con = db.connect(path)
    insert(con, [_one("1"), _one("2", kinerja_utama=95.0)])
    monkeypatch.setattr(scoring, "STABLE_SECONDS", 0.0)
    built = scoring.fresh_stats(con)  # builds the table: the file changes again when it is closed
    con.close()
    calls = _count_fingerprints(monkeypatch)

    def next_process() -> duckdb.DuckDBPyConnection:
        monkeypatch.setattr(scoring, "_MEMO", {})  # nothing remembered in memory
        return db.connect(path)

    con = next_process()
    first = scoring.fresh_stats(con)
    assert first == built and calls == [1]  # checked once, and left beside the file
    con.close()
    memo = Path(str(path) + scoring.FILES_SUFFIX) / scoring.MEMO_FILE
    assert memo.exists()
    con = next_process()
    assert scoring.fresh_stats(con) == first
    assert scoring.fresh_build(con) == first.build_id
    assert calls == [1]  # the memo beside the file answered: no scan
    con.close()
    memo.write_text("{not json", encoding="utf-8")
    con = next_process()
    assert scoring.fresh_stats(con) == first
    assert calls == [1, 1]  # a damaged memo: checked again
    insert(con, [_one("3")])
    monkeypatch.setattr(scoring, "_MEMO", {})
    changed = scoring.fresh_stats(con)
    assert changed is not None and changed.build_id != first.build_id  # the write was seen: rebuilt
    assert len(calls) > 2
    con.close()


def test_a_stored_nan_keeps_the_sql_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = db.connect(tmp_path / "n.duckdb")
    insert(con, [_one("1"), _one("2", tim_kerja=float("nan")), _one("3", kinerja_utama=95.0)])
    con.cursor().execute("update employees set tim_kerja = 'nan'::double where nip = '2'")
    stats = scoring.fresh_stats(con)
    assert stats is not None
    assert scorearrays.block(con, stats, 2025) is None  # SQL ranks a NaN above every cut-off
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": nb.Filters()}
    fast = nb.box_counts(con, **kw)
    assert int(fast["n"].sum()) == 3
    pd.testing.assert_frame_equal(fast, general_counts(con, monkeypatch, **kw))
    con.cursor().execute("update employees set tim_kerja = 70.0 where nip = '2'")
    scoring.refresh(con)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    loaded = scorearrays.block(con, stats, 2025)
    assert loaded is not None and loaded.n == 3
    con.close()


def test_blocks_follow_the_filters(demo_con: duckdb.DuckDBPyConnection) -> None:
    stats = scoring.fresh_stats(demo_con)
    assert stats is not None
    assert [b.period for b in scorearrays.blocks_for(demo_con, stats, nb.Filters()) or []] == [2024, 2025]
    only = scorearrays.blocks_for(demo_con, stats, Filters(period=2025)) or []
    assert [b.period for b in only] == [2025]
    rows = scorearrays.selection(demo_con, only[0], Filters(period=2025, jenis_jabatan=("Fungsional",)))
    expected = demo_con.execute(
        "select count(*) from employees where period = 2025 and jenis_jabatan = 'Fungsional'"
    ).fetchall()[0][0]
    assert rows is not None and len(rows) == expected > 0
    assert scorearrays.selection(demo_con, only[0], Filters(period=2025)) is None  # everyone


def test_movers_keep_their_names_when_rows_moved_without_a_rebuild(tmp_path: Path) -> None:
    con = db.connect(tmp_path / "r.duckdb")
    insert(con, [_one(f"{i:018d}") for i in range(6)])
    kw: dict[str, Any] = {
        "baseline": nb.Rules(KEPKA, nb.Thresholds()),
        "scenario": nb.Rules(KEPKA, nb.Thresholds(kinerja=(75, 90), potensial=(75, 90))),
        "filters": nb.Filters(),
    }
    first = whatif.transitions(con, **kw)
    assert first.movers_total == 6 and first.movers["nama"].tolist() == [f"N{i:018d}" for i in range(6)]
    # the same row deleted and inserted again: the fingerprint is unchanged (no rebuild), its rowid is not
    con.cursor().execute("delete from employees where nip = '000000000000000002'")
    insert(con, [_one("000000000000000002")])
    con.cursor().execute("checkpoint")
    again = whatif.transitions(con, **kw)
    assert sorted(again.movers["nip"]) == [f"{i:018d}" for i in range(6)]
    assert (again.movers["nama"] == "N" + again.movers["nip"]).all()
    con.close()


@pytest.mark.parametrize("box_view", ["computed", "calibrated"])
def test_scatter_points_and_density_equal_the_general_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, box_view: str
) -> None:
    from analytics.ninebox import views as nv

    kw: dict[str, Any] = {
        "rules": nb.Rules(
            nb.preset_weights(demo_con, "setara"),
            nb.Thresholds(kinerja=(65, 70), potensial=(50, 90)),
            "kemenkeu",
        ),
        "filters": Filters(period=2025),
    }
    assert scoring.ensure_fresh(demo_con)
    fast = nv.scatter_points(demo_con, limit=10_000, box_view=box_view, **kw)
    slow = _general(monkeypatch, nv.scatter_points, demo_con, limit=10_000, box_view=box_view, **kw)
    assert len(fast) > 1000
    key = ["nip"]
    pd.testing.assert_frame_equal(
        fast.sort_values(key, ignore_index=True), slow.sort_values(key, ignore_index=True), check_dtype=False
    )
    some = nv.scatter_points(demo_con, limit=100, box_view=box_view, **kw)
    assert len(some) == 100 and some["box"].notna().all()
    assert set(some["nip"]) <= set(slow["nip"])
    again = nv.scatter_points(demo_con, limit=100, box_view=box_view, **kw)
    assert sorted(again["nip"]) == sorted(some["nip"])  # the same filters draw the same points
    dens = nv.density(demo_con, bin_size=2.0, **kw)
    ref = _general(monkeypatch, nv.density, demo_con, bin_size=2.0, **kw)
    assert int(dens["n"].sum()) == len(slow)
    pd.testing.assert_frame_equal(
        dens.sort_values(["x", "y"], ignore_index=True), ref.sort_values(["x", "y"], ignore_index=True)
    )


def test_the_scatter_names_come_from_the_blocks_kept_people(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the warm-up has kept the newest block's people (arrays.Block.people: a page never computes
    them), the scatter's sample takes its names from them, with no read of employees, as the SQL path
    reads them; a later process reads the kept file."""
    from analytics.ninebox import engine as nb_engine
    from analytics.ninebox import views as nv

    kw: dict[str, Any] = {"rules": nb.Rules.default(demo_con), "filters": Filters(period=2025)}
    assert scoring.ensure_fresh(demo_con)
    memory = nb_engine.prepare(demo_con, kw["rules"], kw["filters"])
    assert memory is not None
    scorearrays.wait_for_files()  # the block's fast files, written in the background
    blk = memory.blocks[0]
    assert blk.people(demo_con) is None  # not there yet, and not made by a page
    made = blk.people(demo_con, compute=True)
    assert made is not None and made.num_rows == blk.n and blk.folder is not None
    assert (blk.folder / scorearrays.PEOPLE_FILE).exists()
    with monkeypatch.context() as m:  # only the kept people can answer
        m.setattr(nv, "_SAMPLE_SQLS", ())
        everyone = nv.scatter_points(demo_con, limit=10_000, **kw)
        sample = nv.scatter_points(demo_con, limit=500, **kw)
    slow = _general(monkeypatch, nv.scatter_points, demo_con, limit=10_000, **kw)
    assert len(everyone) > 1000 and everyone["nama"].notna().all()
    pd.testing.assert_frame_equal(
        everyone.sort_values("nip", ignore_index=True), slow.sort_values("nip", ignore_index=True)
    )
    with monkeypatch.context() as m:  # the same sample with its names read by rowid
        m.setattr(nv, "_sample_people", lambda con, picked: None)
        by_rowid = nv.scatter_points(demo_con, limit=500, **kw)
    assert len(sample) == 500
    pd.testing.assert_frame_equal(sample, by_rowid)
    again = nb_engine.prepare(demo_con, kw["rules"], kw["filters"])
    assert again is not None
    kept = again.blocks[0].people(demo_con)
    assert kept is not None and kept.equals(made)


def test_a_block_whose_rows_point_at_other_people_keeps_no_people(tmp_path: Path) -> None:
    con = db.connect(tmp_path / "p.duckdb")
    insert(con, [_one(f"{i:018d}", nama=f"N{i}") for i in range(8)])
    assert scoring.ensure_fresh(con)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    blk = scorearrays.block(con, stats, 2025)
    scorearrays.wait_for_files()
    assert blk is not None
    people = blk.people(con, compute=True)
    assert people is not None  # the positive case: every row's rowid holds its NIP
    names = dict(zip(blk.nip.to_pylist(), people.column("nama").to_pylist(), strict=True))
    assert names == {f"{i:018d}": f"N{i}" for i in range(8)}
    point_rowids_at_the_next_person(con, 2025)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    moved = scorearrays.block(con, stats, 2025)
    scorearrays.wait_for_files()
    assert moved is not None and moved.folder is not None and moved.people(con, compute=True) is None
    con.close()


# --- piling-up and unit shares on the in-memory path (counts per group x box) ------------------------


@pytest.mark.parametrize("by", ["unit_kerja", "jenis_jabatan", "instansi"])
def test_piling_up_equals_the_general_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    from analytics.ninebox import clustering, engine

    kepka = nb.preset_weights(demo_con, "kepka411")
    flagged = 0
    for weights in (kepka, nb.preset_weights(demo_con, "setara"), ZEROS):
        for filters in (Filters(period=2025), Filters(), Filters(period=2024, jenis_jabatan=("Fungsional",))):
            th = nb.default_thresholds(demo_con)
            kw: dict[str, Any] = {"rules": nb.Rules(weights, th), "filters": filters, "by": by}
            assert engine.prepare(demo_con, kw["rules"], filters) is not None  # the in-memory path is taken
            for p in (None, 0.2):  # the default rule, and a looser one that flags more groups
                fast = clustering.detect_piling(demo_con, max_share=p, **kw)
                slow = _general(monkeypatch, clustering.detect_piling, demo_con, max_share=p, **kw)
                pd.testing.assert_frame_equal(fast, slow)
                flagged += len(fast)
            kemenkeu = {**kw, "rules": kw["rules"].with_scheme("kemenkeu")}
            counts = clustering.group_box_counts(demo_con, **kemenkeu)
            general = _general(monkeypatch, clustering.group_box_counts, demo_con, **kemenkeu)
            key = ["instansi", "grp", "box"]
            pd.testing.assert_frame_equal(
                counts.sort_values(key, ignore_index=True),
                general.sort_values(key, ignore_index=True),
                check_dtype=False,
            )
    assert flagged > 0  # not only empty results compared


def test_unit_box_shares_equal_the_general_path(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics.ninebox import views

    for weights in (nb.preset_weights(demo_con, "kepka411"), ZEROS):
        for filters in (Filters(period=2025), Filters(), Filters(period=2024, jenis_jabatan=("Fungsional",))):
            for top in (1, 12, 1000):
                kw: dict[str, Any] = {
                    "rules": nb.Rules(weights, nb.default_thresholds(demo_con)),
                    "filters": filters,
                    "top": top,
                }
                fast = views.unit_box_shares(demo_con, **kw)
                slow = _general(monkeypatch, views.unit_box_shares, demo_con, **kw)
                assert len(fast) > 0
                pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    # A whole period's shares are kept with the fast files; a later process reads them without counting.
    root = scorearrays.files_root(demo_con)
    assert root is not None and list(root.glob("*/results/unit_shares-*.arrow"))
    whole: dict[str, Any] = {"rules": nb.Rules.default(demo_con), "filters": Filters(period=2025), "top": 5}
    first = views.unit_box_shares(demo_con, **whole)
    scorearrays.clear()
    with monkeypatch.context() as m:
        m.setattr(nb, "fast_group_boxes", _refuse)
        again = views.unit_box_shares(demo_con, **whole)
    pd.testing.assert_frame_equal(again, first)


def test_pairs_of_keys_in_any_row_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same unit name in two instansi is two groups, wherever its rows lie in the table."""
    from analytics.ninebox import clustering

    con = db.connect(tmp_path / "p.duckdb")
    rows = []
    for i in range(60):
        inst, unit = ("A", "B")[i % 2], ("Dinas X", "Dinas Y", "Dinas Z")[i % 3]
        rows.append(_one(str(1000 + i), instansi=inst, unit_kerja=unit, kinerja_utama=50.0 + (i * 7) % 50))
    insert(con, rows)
    assert scoring.ensure_fresh(con)
    con.cursor().execute(  # the scoring table in another order than it is built in
        "create or replace table employee_scores as select * from employee_scores order by nip desc"
    )
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": Filters(), "by": "unit_kerja"}
    monkeypatch.setattr(scorearrays, "MAX_BLOCKS", 2)
    scorearrays.clear()
    counts = clustering.group_box_counts(con, **kw)
    general = _general(monkeypatch, clustering.group_box_counts, con, **kw)
    key = ["instansi", "grp", "box"]
    pd.testing.assert_frame_equal(
        counts.sort_values(key, ignore_index=True),
        general.sort_values(key, ignore_index=True),
        check_dtype=False,
    )
    assert len(counts.groupby(["instansi", "grp"])) == 6
    con.close()


# --- the fast files beside the database and the warm-up ------------------------------------------


def test_blocks_come_back_from_the_fast_files_until_the_data_changes(tmp_path: Path) -> None:
    con = db.connect(tmp_path / "f.duckdb")
    insert(con, [_one("1"), _one("2", kinerja_utama=95.0), _one("3", potensi=40.0)])
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": nb.Filters()}
    scorearrays.clear()
    first = nb.box_counts(con, **kw)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    assert scorearrays.LOADED_FROM == {(stats.build_id, 2025): "database"}
    scorearrays.block(con, stats, 2025).key(con, "unit_kerja")  # type: ignore[union-attr]
    scorearrays.wait_for_files()
    folder = tmp_path / "f.duckdb.arrays" / stats.build_id / "p2025"
    assert (folder / "done").exists() and (folder / "kompetensi.npy").exists()
    assert (folder / "key_unit_kerja.npy").exists()
    pair = scorearrays.block(con, stats, 2025).pair(con, "instansi", "unit_kerja")  # type: ignore[union-attr]
    assert (folder / "pair_instansi__unit_kerja_group.npy").exists()

    scorearrays.clear()  # a new process: the block is mapped from the files
    pd.testing.assert_frame_equal(nb.box_counts(con, **kw), first)
    assert scorearrays.LOADED_FROM == {(stats.build_id, 2025): "files"}
    blk = scorearrays.block(con, stats, 2025)
    assert blk is not None and blk.n == 3 and isinstance(blk.comps["kompetensi"], np.memmap)
    assert blk.key(con, "unit_kerja")[1] == ["U"]
    again = blk.pair(con, "instansi", "unit_kerja")
    assert isinstance(again[0], np.memmap)  # read from the files, not grouped again
    for computed, read in zip(pair, again, strict=True):
        np.testing.assert_array_equal(computed, read)

    insert(con, [_one("4", kinerja_utama=30.0)])  # the data changed: another build, read from DuckDB
    scorearrays.clear()
    assert int(nb.box_counts(con, **kw)["n"].sum()) == 4
    new = scoring.fresh_stats(con)
    assert new is not None and new.build_id != stats.build_id
    assert scorearrays.LOADED_FROM == {(new.build_id, 2025): "database"}
    scorearrays.wait_for_files()
    assert not (tmp_path / "f.duckdb.arrays" / stats.build_id).exists()  # the old build's files are gone
    assert (tmp_path / "f.duckdb.arrays" / new.build_id / "p2025" / "done").exists()
    con.close()


def test_group_counts_of_a_whole_period_are_kept_with_the_fast_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts per (unit, cell) of a whole period are read back by a later process (no scoring at
    all), per weighting; a filtered selection is counted each time and leaves no file."""
    from analytics.ninebox import clustering

    con = db.connect(tmp_path / "g.duckdb")
    rows = [
        _one(str(100 + i), unit_kerja=("Dinas X", "Dinas Y")[i % 2], kinerja_utama=40.0 + (i * 13) % 60)
        for i in range(40)
    ]
    insert(con, rows)
    assert scoring.ensure_fresh(con)
    kw: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "by": "unit_kerja"}
    whole = {**kw, "filters": Filters(period=2025)}
    _memory(con, **whole)
    scorearrays.clear()
    first = clustering.group_box_counts(con, **whole)
    general = _general(monkeypatch, clustering.group_box_counts, con, **whole)
    assert int(first["n"].sum()) > 0 and first["grp"].nunique() == 2
    pd.testing.assert_frame_equal(_sorted(first), _sorted(general), check_dtype=False)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    results = tmp_path / "g.duckdb.arrays" / stats.build_id / "results"
    assert len(sorted(results.glob("group_cells-*.arrow"))) == 1

    scorearrays.clear()  # a later process: the counts come from the file, nothing is scored
    with monkeypatch.context() as m:
        m.setattr(scorearrays, "score", _refuse)
        again = clustering.group_box_counts(con, **whole)
    pd.testing.assert_frame_equal(again, first)

    other = {**whole, "rules": nb.Rules(ZEROS, nb.Thresholds())}  # another weighting: counted, kept apart
    pd.testing.assert_frame_equal(
        _sorted(clustering.group_box_counts(con, **other)),
        _sorted(_general(monkeypatch, clustering.group_box_counts, con, **other)),
        check_dtype=False,
    )
    assert len(sorted(results.glob("group_cells-*.arrow"))) == 2

    narrow = {**kw, "filters": Filters(period=2025, unit_kerja=("Dinas X",))}
    _memory(con, **narrow)
    with monkeypatch.context() as m:  # a narrower selection is counted now, and leaves no file
        scored: list[int] = []
        real = scorearrays.score
        m.setattr(scorearrays, "score", lambda *a, **k: scored.append(1) or real(*a, **k))
        part = clustering.group_box_counts(con, **narrow)
    assert scored and set(part["grp"]) == {"Dinas X"}
    assert len(sorted(results.glob("group_cells-*.arrow"))) == 2
    con.close()


def _memory(con: duckdb.DuckDBPyConnection, *, rules: nb.Rules, filters: Filters, **_: Any) -> Any:
    from analytics.ninebox import engine

    memory = engine.prepare(con, rules, filters)
    assert memory is not None  # the in-memory path is taken
    return memory


def _refuse(*args: Any, **kw: Any) -> Any:
    raise AssertionError("scored again: the kept counts were not read")


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns), ignore_index=True)


def test_the_app_warms_the_newest_period_when_it_opens_a_database(tmp_path: Path) -> None:
    from ui import data as ui_data

    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    insert(con, [_one("1"), _one("2", period=2024)])
    con.close()
    scorearrays.clear()
    ui_data.connection.clear()
    opened = ui_data.connection(str(path))  # what app.py calls first
    ui_data.page_drawn()  # as app.py does after a run: the warm-up goes on to the other pages' work
    ui_data.WARMING[id(opened)].join(timeout=60)
    stats = scoring.fresh_stats(opened)
    assert stats is not None
    assert (stats.build_id, 2025) in scorearrays._BLOCKS and (stats.build_id, 2024) not in scorearrays._BLOCKS
    blk = scorearrays._BLOCKS[(stats.build_id, 2025)]
    assert blk is not None and "instansi" in blk._keys and "unit_kerja" in blk._keys
    ui_data.connection.clear()


def test_the_warm_up_imports_what_the_nine_box_page_needs_once_the_first_page_is_drawn(
    tmp_path: Path,
) -> None:
    """In a fresh process (this one has scipy loaded by other tests): no scipy before the database is
    opened; the newest period in memory but still no scipy while the first page runs; scipy.special
    and pyarrow.dataset once a run has ended (app.py calls data.page_drawn)."""
    path = tmp_path / "p.duckdb"
    con = db.connect(path)
    insert(con, [_one("1")])
    con.close()
    probe = (
        "import sys, json\n"
        "from ui import data\n"
        "from analytics.ninebox import arrays\n"
        "def scipy(): return sorted(m for m in sys.modules if m.split('.')[0] == 'scipy')\n"
        "before = scipy()\n"
        f"opened = data.connection({str(path)!r})\n"
        "warm = data.WARMING[id(opened)]\n"
        "warm.join(timeout=3)\n"
        "running = {'alive': warm.is_alive(), 'blocks': len(arrays._BLOCKS), 'scipy': scipy()}\n"
        "data.page_drawn()\n"
        "warm.join(timeout=60)\n"
        "after = [m for m in data.PRELOAD if m in sys.modules]\n"
        "print(json.dumps({'before': before, 'running': running, 'after': after}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found["before"] == []
    assert found["running"] == {"alive": True, "blocks": 1, "scipy": []}
    assert found["after"] == ["scipy", "scipy.special", "pyarrow", "pyarrow.dataset", "ui.ninebox"]


def test_whole_table_aggregates_are_kept_with_the_fast_files(tmp_path: Path) -> None:
    from analytics.core import quality
    from analytics.core.summary import database_summary

    con = db.connect(tmp_path / "r.duckdb")
    insert(con, [_one("199001012020011001"), _one("199001012020012002", period=2024)])
    assert scoring.ensure_fresh(con)
    build = scoring.fresh_build(con)
    assert build is not None
    first = database_summary(con)
    assert first["employees"] == 2 and [p["period"] for p in first["periods"]] == [2024, 2025]
    results = tmp_path / "r.duckdb.arrays" / build / "results"
    assert [p.name.split("-")[0] for p in results.iterdir()] == ["summary"]
    assert database_summary(con) == first  # read back from the file
    filters = Filters(period=2025)
    dims = quality.dimensions(con, filters)
    assert len(list(results.glob("quality-*.arrow"))) == 1
    pd.testing.assert_frame_equal(quality.dimensions(con, filters), dims)  # read back from the file
    pd.testing.assert_frame_equal(dims, quality._dimensions(con, filters, "instansi"))

    insert(con, [_one("199001012020011003")])  # the data changed: not the stored figures any more
    assert scoring.fresh_build(con) is None
    assert database_summary(con)["employees"] == 3
    assert int(quality.dimensions(con, filters)["n"].sum()) == 2
    assert scoring.ensure_fresh(con)  # rebuilt: stored under the new build
    assert database_summary(con)["employees"] == 3
    new = scoring.fresh_build(con)
    assert new is not None and new != build
    assert (tmp_path / "r.duckdb.arrays" / new / "results").exists()
    con.close()


def test_per_instansi_schemes_keep_the_paths_equal(demo_con: duckdb.DuckDBPyConnection) -> None:
    """Issue 17.2: with instansi bound to their agency schemes (ref_instansi_schemes) the engine boxes
    on the SQL path, and the counts equal the rows; instansi bound to nothing are boxed exactly as
    by the default rules on the fast path."""
    from analytics.ninebox import engine

    inst = demo_con.cursor().execute("select min(instansi) from employees").fetchall()[0][0]
    mixed = nb.Rules.per_instansi(demo_con)
    bound = [(names, r) for names, r in mixed.bound]
    # bind one demo instansi to the PU scheme for this test
    mixed = dataclasses.replace(mixed, bound=(((inst,), nb.Rules.for_agency(demo_con, "pu")), *bound))
    filters = Filters(period=2025)
    assert engine.prepare(demo_con, mixed, filters) is None
    counts = nb.box_counts(demo_con, rules=mixed, filters=filters)
    rows = nb.assign_boxes(demo_con, rules=mixed, filters=filters)
    per_box = rows["box"].value_counts()
    got = counts.dropna(subset=["box"]).set_index("box")["n"]
    assert {int(b): int(n) for b, n in got.items() if n} == {int(b): int(n) for b, n in per_box.items()}
    default = nb.Rules.default(demo_con)
    others = Filters(period=2025, instansi=tuple(
        r[0] for r in demo_con.cursor().execute("select distinct instansi from employees where instansi <> ?", [inst]).fetchall()
    ))  # fmt: skip
    assert scoring.ensure_fresh(demo_con) and engine.prepare(demo_con, default, others) is not None
    pd.testing.assert_frame_equal(
        nb.box_counts(demo_con, rules=mixed, filters=others),
        nb.box_counts(demo_con, rules=default, filters=others),
    )
    pu_rows = rows[rows["instansi"] == inst]
    pu_alone = nb.assign_boxes(
        demo_con, rules=nb.Rules.for_agency(demo_con, "pu"), filters=Filters(period=2025, instansi=(inst,))
    )
    assert pu_rows["box"].tolist() == pu_alone["box"].tolist() and len(pu_rows) > 0


def _sample_by_index(masks: list[np.ndarray], limit: int, seed: int) -> list[np.ndarray]:
    """The scatter sample as the fast path drew it before: the index of every True entry, then the draw."""
    picked = [np.flatnonzero(m) for m in masks]
    total = sum(len(i) for i in picked)
    if total <= limit:
        return picked
    chosen = np.sort(np.random.default_rng(seed).choice(total, size=limit, replace=False))
    offsets = np.cumsum([0, *(len(i) for i in picked)])
    return [
        i[chosen[(chosen >= lo) & (chosen < hi)] - lo]
        for i, lo, hi in zip(picked, offsets[:-1], offsets[1:], strict=True)
    ]


@given(
    masks=st.lists(st.lists(st.booleans(), max_size=300), min_size=1, max_size=3),
    limit=st.integers(0, 400),
    chunk=st.integers(1, 64),
)
@settings(max_examples=150, deadline=None)
def test_the_scatter_sample_is_drawn_without_an_index_of_everyone(
    masks: list[list[bool]], limit: int, chunk: int
) -> None:
    from analytics.ninebox import views

    arrays_ = [np.array(m, dtype=bool) for m in masks]
    expected = _sample_by_index(arrays_, limit, 2025)
    drawn = views.sample_true(arrays_, limit, 2025)
    assert [d.tolist() for d in drawn] == [e.tolist() for e in expected]
    assert sum(len(d) for d in drawn) == min(limit, sum(int(a.sum()) for a in arrays_))
    for mask in arrays_:  # the chunked walk over one mask, with chunks of any size
        ranks = np.arange(int(mask.sum()))[::2]
        assert views._nth_true(mask, ranks, chunk=chunk).tolist() == np.flatnonzero(mask)[::2].tolist()


def test_piling_flags_of_a_whole_period_are_kept_with_the_fast_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The piling-up flags of a whole period are read back by a later process (no flag computed), with
    the sentences made in the reader's language; other settings and a filtered selection are computed."""
    from analytics.ninebox import clustering

    con = db.connect(tmp_path / "f.duckdb")
    rows = [
        _one(
            str(100 + i),
            unit_kerja=("Dinas X", "Dinas Y", "Dinas Z")[i % 3],
            kinerja_utama=(95.0 if i % 3 else 40.0 + i),
        )
        for i in range(90)
    ]
    insert(con, rows)
    assert scoring.ensure_fresh(con)
    whole: dict[str, Any] = {
        "rules": nb.Rules(KEPKA, nb.Thresholds()),
        "by": "unit_kerja",
        "filters": Filters(period=2025),
    }
    first = clustering.detect_piling(con, **whole)
    general = _general(monkeypatch, clustering.detect_piling, con, **whole)
    assert len(first) >= 1 and first["sentence"].str.startswith("Penumpukan").all()
    pd.testing.assert_frame_equal(first, general)
    stats = scoring.fresh_stats(con)
    assert stats is not None
    results = tmp_path / "f.duckdb.arrays" / stats.build_id / "results"
    assert len(sorted(results.glob("piling-*.arrow"))) == 1

    scorearrays.clear()  # a later process: the flags come from the file
    with monkeypatch.context() as m:
        m.setattr(clustering, "_flags", _refuse)
        again = clustering.detect_piling(con, **whole)
        english = clustering.detect_piling(con, **whole, lang="en")
    pd.testing.assert_frame_equal(again, first)
    assert english.drop(columns="sentence").equals(first.drop(columns="sentence"))
    assert english["sentence"].str.startswith("Piling up").all()

    stricter = clustering.detect_piling(con, **whole, max_share=0.9)  # other settings: computed, kept apart
    pd.testing.assert_frame_equal(
        stricter, _general(monkeypatch, clustering.detect_piling, con, **whole, max_share=0.9)
    )
    assert len(sorted(results.glob("piling-*.arrow"))) == 2
    narrow = {**whole, "filters": Filters(period=2025, unit_kerja=("Dinas X", "Dinas Y"))}
    pd.testing.assert_frame_equal(
        clustering.detect_piling(con, **narrow),
        _general(monkeypatch, clustering.detect_piling, con, **narrow),
    )
    assert len(sorted(results.glob("piling-*.arrow"))) == 2  # a filtered selection leaves no file
    con.close()


def test_box_counts_of_a_whole_period_are_kept_with_the_fast_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beranda's counts per box of a whole period are read back by a later process with no scoring at
    all; another weighting and a filtered selection are counted."""
    con = db.connect(tmp_path / "b.duckdb")
    insert(con, [_one(str(100 + i), unit_kerja=("A", "B")[i % 2], kinerja_utama=30.0 + i) for i in range(60)])
    assert scoring.ensure_fresh(con)
    whole: dict[str, Any] = {"rules": nb.Rules(KEPKA, nb.Thresholds()), "filters": Filters(period=2025)}
    first = nb.box_counts(con, **whole)
    assert int(first["n"].sum()) == 60 and first["box"].notna().sum() == 9
    pd.testing.assert_frame_equal(
        first, _general(monkeypatch, nb.box_counts, con, **whole), check_dtype=False
    )
    scorearrays.clear()  # a later process: the counts come from the file, nothing is scored
    with monkeypatch.context() as m:
        m.setattr(scorearrays, "score", _refuse)
        again = nb.box_counts(con, **whole)
    pd.testing.assert_frame_equal(again, first)
    for other in (
        {**whole, "rules": nb.Rules(ZEROS, nb.Thresholds())},
        {**whole, "filters": Filters(period=2025, unit_kerja=("A",))},
    ):
        pd.testing.assert_frame_equal(
            nb.box_counts(con, **other), _general(monkeypatch, nb.box_counts, con, **other), check_dtype=False
        )
    con.close()
