"""Issue 19.10: the training page's exercise never opens with the worked example shown above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core import db
from analytics.core.formats import fmt_number
from analytics.ninebox import boxes as nb
from analytics.ninebox import training

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
