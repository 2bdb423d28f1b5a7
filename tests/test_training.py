"""Trainer mode: the step-by-step numbers are assign_boxes' numbers; the exercise checks right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.demo import employees as demo
from analytics.ninebox import boxes as nb
from analytics.ninebox import scoring, training
from tests.fast_paths import on_sql


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path_factory.mktemp("train") / "demo.duckdb")
    demo.build_demo(c, employees=1500)
    yield c
    c.close()


def rules(con: duckdb.DuckDBPyConnection) -> nb.Rules:
    return nb.Rules.default(con)


def test_walkthrough_numbers_equal_assign_boxes(con: duckdb.DuckDBPyConnection) -> None:
    r = rules(con)
    nips = training.exercise_nips(con, 2025, rules=r)
    assert len(nips) == 20
    everyone = nb.assign_boxes(con, rules=r, filters=Filters(period=2025)).set_index("nip")
    seen_boxes = set()
    for nip in nips:
        walk = training.walkthrough(con, nip, 2025, rules=r)
        row = everyone.loc[nip]
        assert walk.agrees
        assert walk.box == int(row["box"]) and walk.kinerja.score == pytest.approx(row["kinerja_score"])
        assert walk.potensial.score == pytest.approx(row["potensial_score"])
        # the formula as written: Σ value × weight ÷ Σ weights present
        k = walk.kinerja
        counted = [x for x in k.terms if x.weight > 0]
        assert k.weight_sum == sum(x.weight for x in counted)
        assert k.score == pytest.approx(sum(x.weight * x.value for x in counted) / k.weight_sum)  # type: ignore[operator]
        seen_boxes.add(walk.box)
    assert len(seen_boxes) >= 5  # the examples spread over the boxes
    one = training.walkthrough(con, nips[0], 2025, rules=r)
    text = training.formula(one.kinerja, {}, "id")
    assert text.startswith("(60 × ") and text.endswith(f"**{one.kinerja.score:.2f}**".replace(".", ","))


def test_exercise_check_for_a_known_employee(con: duckdb.DuckDBPyConnection) -> None:
    r = rules(con)
    nip = training.exercise_nips(con, 2025, rules=r)[0]
    walk = training.walkthrough(con, nip, 2025, rules=r)
    assert walk.box is not None
    right, why = training.check_guess(walk.box, walk, "id")
    assert right and why.startswith(f"Benar: Kotak {walk.box}.")
    wrong = walk.box % 9 + 1
    right, why = training.check_guess(wrong, walk, "id")
    assert not right and f"bukan Kotak {wrong}, melainkan Kotak {walk.box}" in why
    assert f"tingkat {walk.kinerja.level}" in why and f"tingkat {walk.potensial.level}" in why


def test_merit_example_is_the_ntt_golden_figure(con: duckdb.DuckDBPyConnection) -> None:
    example = training.merit_example(con)
    assert example is not None
    assert example.total == pytest.approx(282.5) and example.max_total == 410
    assert round(example.index, 2) == 0.69 and example.category == "Baik"
    assert len(example.aspects) == 8


def test_piling_example_and_glossary(con: duckdb.DuckDBPyConnection) -> None:
    r = rules(con)
    rule, flag = training.piling_example(con, 2025, rules=r)
    assert rule["max_share"] == 0.4 and rule["min_group"] == 20
    assert flag is not None and flag["group"] == "Dinas Pendidikan"
    gloss = training.glossary("en")
    assert {"term", "other", "meaning", "source"} <= set(gloss.columns)
    assert gloss["source"].str.len().gt(0).all() and (gloss["term"] == "Talent pool (boxes 7-8-9)").any()


# --- the in-memory path (analytics.ninebox.engine) against the SQL path --------------------------------


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """The demo with what the walk-through must explain alike on both paths: a component absent from
    one instansi's file, ready axis scores, blanks (unmappable rows) and predicates instead of scores."""
    c = db.connect(tmp_path_factory.mktemp("train_varied") / "demo.duckdb")
    demo.build_demo(c, employees=1500)
    first, second = (r[0] for r in c.execute(
        "select instansi from employees where period = 2025 group by 1 order by count(*) desc limit 2"
    ).fetchall())  # fmt: skip
    c.execute("update employees set penghargaan = null where period = 2025 and instansi = ?", [first])
    c.execute(
        "update employees set skor_sumbu_kinerja = 85.5 where period = 2025 and instansi = ?"
        " and nip in (select nip from employees where period = 2025 and instansi = ? order by nip limit 7)",
        [second, second],
    )
    c.execute(
        "update employees set tim_kerja = null where period = 2025 and instansi = ?"
        " and nip in (select nip from employees where period = 2025 and instansi = ? order by nip desc limit 5)",
        [second, second],
    )
    c.execute(
        "update employees set kinerja_utama = null, predikat_kinerja = 'Sangat Baik' where period = 2025"
        " and nip in (select nip from employees where period = 2025 order by hash(nip) limit 30)"
    )
    scoring.refresh(c)
    yield c
    c.close()


def test_walkthroughs_in_memory_equal_the_sql_path(
    varied: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics.ninebox import engine

    for r in (rules(varied), rules(varied).with_scheme("kemenkeu")):
        assert engine.prepare(varied, r, Filters(period=2025)) is not None  # the in-memory path is taken
        sample = [
            str(n)
            for (n,) in varied.execute(
                "select nip from employees where period = 2025 order by"
                " (skor_sumbu_kinerja is not null or tim_kerja is null or penghargaan is null"
                "  or predikat_kinerja = 'Sangat Baik') desc, hash(nip) limit 120"
            ).fetchall()
        ]
        picked = training.exercise_nips(varied, 2025, rules=r)  # their block positions are remembered
        sample = list(dict.fromkeys([*picked[:10], *sample]))
        fast = training.walkthroughs(varied, [*sample, "000000000000000000"], 2025, rules=r)
        slow = on_sql(monkeypatch, training.walkthroughs, varied, sample, 2025, rules=r)
        assert list(fast) == sample and list(slow) == sample  # the unknown NIP is left out by both
        assert fast == slow
        walks = list(fast.values())
        assert any(w.kinerja.ready for w in walks) and any(w.box is None for w in walks)
        assert any(not t.present for w in walks for t in w.kinerja.terms)
        assert all(w.agrees for w in walks)
        with pytest.raises(KeyError):
            training.walkthrough(varied, "000000000000000000", 2025, rules=r)


@pytest.mark.parametrize(("seed", "candidates"), [(7, 4096), (11, 4096), (7, 2), (7, 20)])
def test_exercise_in_memory_equals_the_sql_path(
    varied: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, seed: int, candidates: int
) -> None:
    """Also with few candidates per example wanted (the national case): boxes with too few of them
    are ranked over all their rows."""
    monkeypatch.setattr(training, "EXERCISE_CANDIDATES", candidates)
    instansi = varied.execute("select min(instansi) from employees where period = 2025").fetchall()[0][0]
    for within in (None, Filters(instansi=(instansi,)), Filters(jenis_jabatan=("Fungsional",))):
        for n in (20, 5, 40):
            kw: dict[str, Any] = {"rules": rules(varied), "n": n, "seed": seed, "within": within}
            fast = training.exercise_nips(varied, 2025, **kw)
            slow = on_sql(monkeypatch, training.exercise_nips, varied, 2025, **kw)
            assert len(fast) >= min(n, 9) and fast == slow
    assert any(key[1:] == (2025, str(seed)) for key in training._HASHES)  # the in-memory path ranked them


def test_the_nip_hashes_are_kept_beside_the_fast_files(
    varied: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics.ninebox import arrays

    r = rules(varied)
    training.exercise_nips(varied, 2025, rules=r, seed=5)
    arrays.wait_for_files()  # the block's folder is written in the background
    monkeypatch.setattr(training, "_HASHES", {})
    first = training.exercise_nips(varied, 2025, rules=r, seed=5)  # hashes read from DuckDB and kept
    assert len(first) == 20
    monkeypatch.setattr(training, "_HASHES", {})
    monkeypatch.setattr(training, "_HASH_SQL", "select no_such_column")  # a later process: from the file
    assert training.exercise_nips(varied, 2025, rules=r, seed=5) == first
    monkeypatch.setattr(training, "_HASHES", {})
    with pytest.raises(duckdb.Error):  # another seed is not in the file: read from DuckDB, which fails here
        training.exercise_nips(varied, 2025, rules=r, seed=6)


def test_the_exercise_is_not_ranked_by_hashes_of_rows_that_are_not_the_blocks(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When ``employee_scores`` no longer holds its rows in the block's order (the table written under
    a running page: here one row deleted and inserted again, which moves it to the end), the hashes read
    by scan order would be other people's: the NIP check refuses them and the SQL path answers, with
    the same picks; with a fresh build the hashes are read for the block again and agree."""
    from analytics.ninebox import arrays, engine

    c = db.connect(tmp_path / "hashes.duckdb")
    demo.build_demo(c, employees=1500)
    r = rules(c)
    arrays.clear()
    memory = engine.prepare(c, r, nb.Filters(period=2025))
    assert memory is not None  # the block is loaded in this process, in the table's order
    moved = c.execute("select nip from employee_scores where period = 2025 limit 1").fetchall()[0][0]
    cur = c.cursor()
    cur.execute(
        "create temp table moved as select * from employee_scores where period = 2025 and nip = ?", [moved]
    )
    cur.execute("delete from employee_scores where period = 2025 and nip = ?", [moved])
    cur.execute("insert into employee_scores select * from moved")
    last = c.execute("select last(nip) from employee_scores where period = 2025").fetchall()[0][0]
    assert last == moved and memory.blocks[0].nip[0].as_py() == moved  # the table's order is not the block's
    assert training.nip_hashes(c, memory.blocks[0], "7") is None
    assert not any(key[1:] == (2025, "7") for key in training._HASHES)  # nothing kept of the refused read
    slow = on_sql(monkeypatch, training.exercise_nips, c, 2025, rules=r, seed=7)
    assert len(slow) == 20
    assert training.exercise_nips(c, 2025, rules=r, seed=7) == slow

    scoring.refresh(c)  # a fresh build: its block is read in its table's order
    arrays.clear()
    memory = engine.prepare(c, r, nb.Filters(period=2025))
    assert memory is not None
    hashes = training.nip_hashes(c, memory.blocks[0], "7")
    assert hashes is not None and len(hashes) == memory.blocks[0].n
    assert training.exercise_nips(c, 2025, rules=r, seed=7) == slow
    c.close()
