"""Issue 19.10: the training page's exercise never opens with the worked example shown above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core import db
from analytics.core.formats import fmt_number
from analytics.ninebox import boxes as nb
from analytics.ninebox import scoring, training

ROOT = Path(__file__).resolve().parents[2]


def test_first_exercise_item_is_not_the_worked_example(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = db.connect(demo_db)
    try:
        rules = nb.Rules.default(con)
        nips = training.exercise_nips(con, 2025, rules=rules)
        example, first_quiz = (training.walkthrough(con, n, 2025, rules=rules) for n in (nips[0], nips[9]))
    finally:
        con.close()
    assert example.kinerja.score != first_quiz.kinerja.score  # two different people to tell apart
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/training.py").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="train_nip").value == nips[0]  # the worked example, step by step
    shown = next(m.value for m in at.metric if m.label == "Kinerja")  # the exercise's first person
    assert shown == fmt_number(first_quiz.kinerja.score, 2, "id")
    assert shown != fmt_number(example.kinerja.score, 2, "id")


def test_the_exercise_answers_when_the_scoring_table_moved_under_the_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process holds the block of 2025 (the app's warm-up: the block and its first key columns)
    while ``employee_scores`` is written under it (one row deleted and inserted again: the table's order
    is not the block's); the exercise's hashes, read by scan order, would be other rows': the page still
    answers, with the SQL path's exercise."""
    from analytics.ninebox import arrays
    from tests.pages.apptest import start_app
    from tests.stores import demo_file

    path = demo_file(tmp_path / "moved.duckdb", 1500)
    con = db.connect(path)
    try:
        rules = nb.Rules.default(con)
        arrays.clear()
        held = arrays.warm(con)  # what the app loads when it opens the database
        assert held is not None and held.period == 2025
        moved = con.execute("select nip from employee_scores where period = 2025 limit 1").fetchall()[0][0]
        cur = con.cursor()
        cur.execute(
            "create temp table moved as select * from employee_scores where period = 2025 and nip = ?",
            [moved],
        )
        cur.execute("delete from employee_scores where period = 2025 and nip = ?", [moved])
        cur.execute("insert into employee_scores select * from moved")
        with monkeypatch.context() as m:
            m.setattr(scoring, "fresh_stats", lambda con: None)  # the SQL path's exercise
            nips = training.exercise_nips(con, 2025, rules=rules)
    finally:
        con.close()
    at = start_app(path, monkeypatch, "app_pages/training.py")
    assert not at.exception, at.exception
    assert at.selectbox(key="train_nip").value == nips[0]  # the worked example: the SQL path's first pick
    assert len(at.metric) > 0  # the exercise's first person is shown
