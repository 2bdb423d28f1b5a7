"""Trainer mode: the step-by-step numbers are assign_boxes' numbers; the exercise checks right."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.demo import employees as demo
from analytics.ninebox import boxes as nb
from analytics.ninebox import training


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
