"""Tables that sort by value and show the UI's formats (issue 19.3): every st.dataframe goes through here.

st.dataframe sorts a column by its values and draws each cell's Styler text, except for an empty
(null) cell, which it always draws as "None" and sorts first. So a gap ('belum ada', 'tidak terbaca',
'–') is stored as +inf: it draws its own text and sorts after every number when sorted ascending.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd
from pandas.io.formats.style import Styler

from analytics.core.formats import fmt_number
from analytics.core.tables import sort_values

MAX_STYLED_CELLS = 60_000  # past this a Styler costs more than it gives; the grid then sorts the text
GAP = math.inf  # a gap's sort value: after every number (ascending)


def _decimals(values: pd.Series) -> int:
    """The fewest decimals (0-2) that write every value of a float column exactly."""
    finite = values[np.isfinite(values)]
    for places in (0, 1, 2):
        if np.allclose(finite, finite.round(places)):
            return places
    return 2


def _looked_up(lookup: dict[object, str]) -> Callable[[object], str]:
    return lambda value: lookup.get(value, "")


def _constant(text: str) -> Callable[[object], str]:
    return lambda _value: text


def _is_year(values: pd.Series) -> bool:
    """A column of whole numbers 1900–2100 (a period or year): written as 2025, never 2.025."""
    known = values.dropna()
    return bool(len(known)) and bool((known == known.round()).all() and known.between(1900, 2100).all())


def sortable(
    shown: pd.DataFrame | Styler, lang: str = "id", values: dict[str, pd.Series] | None = None
) -> Styler | pd.DataFrame:
    """``shown`` with its number columns holding numbers, each cell still drawing its own text: the
    grid sorts 33 < 107 < 240,5 and puts 'belum ada' after them. ``values`` gives a column's numbers
    when the caller has them; otherwise they are read back from the text (analytics.core.tables). Columns
    that already hold numbers are written in the UI's format ('1.234', '87,5', '–' when empty)."""
    if isinstance(shown, Styler) or shown.size > MAX_STYLED_CELLS:  # drawn its own way, or too large
        return shown
    numbers = sort_values(shown, lang) if values is None else dict(values)
    native = [
        str(c)
        for c in shown.columns
        if str(c) not in numbers
        and pd.api.types.is_numeric_dtype(shown[c])
        and not pd.api.types.is_bool_dtype(shown[c])
    ]
    if not numbers and not native:
        return shown
    frame = shown.copy()
    texts: dict[str, pd.Series] = {}
    for column, series in numbers.items():
        texts[column] = shown[column].astype("object").where(shown[column].notna(), "–")
        frame[column] = series.to_numpy(dtype="float64")
    for column in native:
        raw = shown[column].astype("float64")
        if _is_year(raw):
            written = ["–" if pd.isna(v) else str(int(v)) for v in raw]
        else:
            places = _decimals(raw) if pd.api.types.is_float_dtype(shown[column]) else 0
            written = [fmt_number(v, places, lang) for v in raw]
        texts[column] = pd.Series(written, index=shown.index, dtype="object")
        frame[column] = raw.to_numpy()
    gaps_of = {column: frame[column].isna() for column in texts}
    for column, gaps in gaps_of.items():
        frame.loc[gaps, column] = GAP
    styler = frame.style
    for column, text in texts.items():
        gaps = gaps_of[column]
        lookup = dict(zip(frame.loc[~gaps, column], text[~gaps], strict=True))
        styler = styler.format(_looked_up(lookup), subset=[column])
        for gap_text in pd.unique(text[gaps]):
            rows = frame.index[gaps & (text == gap_text)]
            styler = styler.format(_constant(str(gap_text)), subset=pd.IndexSlice[rows, [column]])
    return styler
