"""Issue 19.3: every table in the app sorts numbers by value (no column of numbers written as text)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["home", "ninebox", "calibration", "whatif", "movement", "talent", "fairness", "merit", "training"]
NUMBER_TABLES = {"ninebox", "calibration", "movement", "talent", "fairness", "merit"}
NUMBER_TEXT = re.compile(r"^[+\-−]?[\d.]+(,\d+)?\s?%?$")
CODE = re.compile(r"^(0\d+|\d{12,})$")  # NIPs are names written in digits: they stay text


def _frames(app: AppTest) -> list[pd.DataFrame]:
    out = []
    for element in app.dataframe:
        value = element.value
        out.append(value if isinstance(value, pd.DataFrame) else value.data)
    return out


def _numbers_as_text(frame: pd.DataFrame) -> list[str]:
    bad = []
    for column in frame.columns:
        cells = frame[column].dropna()
        if pd.api.types.is_numeric_dtype(cells) or cells.empty:
            continue
        text = cells.astype(str)
        numeric = text.map(lambda c: bool(NUMBER_TEXT.match(c)) and not CODE.match(c))
        if numeric.mean() > 0.6 and text.nunique() > 2:
            bad.append(str(column))
    return bad


@pytest.mark.parametrize("page", PAGES)
def test_no_table_sorts_numbers_as_text(demo_db: Path, page: str) -> None:
    os.environ["TALENTA_DB"] = str(demo_db)
    try:
        app = AppTest.from_file(APP, default_timeout=120)
        app.run()
        app.switch_page(f"app_pages/{page}.py")
        app.session_state["f_period"] = 2025
        app.run()
    finally:
        os.environ.pop("TALENTA_DB", None)
    assert not app.exception
    frames = _frames(app)
    offenders = {i: cols for i, frame in enumerate(frames) if (cols := _numbers_as_text(frame))}
    assert not offenders, f"{page}: numbers held as text in {offenders}"
    # An empty number cell is drawn as "None" by the grid (and sorted first): gaps must hold a value.
    empty = {
        i: [c for c in f.columns if pd.api.types.is_float_dtype(f[c]) and f[c].isna().any()]
        for i, f in enumerate(frames)
    }
    assert not any(empty.values()), f"{page}: number cells the grid would draw as None: {empty}"
    numeric_columns = sum(pd.api.types.is_numeric_dtype(f[c]) for f in frames for c in f.columns)
    if page in NUMBER_TABLES:  # the positive side: these pages' tables do hold numbers, as numbers
        assert numeric_columns > 0, f"{page}: no table column holds numbers"
