"""Tables that sort by value and show the UI's formats (issue 19.3): one call for every st.dataframe."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

from analytics.tables import sort_values

MAX_STYLED_CELLS = 60_000  # past this a Styler costs more than it gives; the grid then sorts the text


def sortable(
    shown: pd.DataFrame | Styler, lang: str = "id", values: dict[str, pd.Series] | None = None
) -> Styler | pd.DataFrame:
    """``shown`` with its number columns holding numbers, each cell still drawing its own text: the
    grid sorts 33 < 107 < 240,5 and puts 'belum ada' last. ``values`` gives a column's numbers when the
    caller has them; otherwise they are read back from the text (analytics.tables)."""
    if isinstance(shown, Styler):  # already drawn its own way (its numbers are numbers)
        return shown
    numbers = sort_values(shown, lang) if values is None else values
    if not numbers or shown.size > MAX_STYLED_CELLS:
        return shown
    frame = shown.copy()
    for column, series in numbers.items():
        frame[column] = series.to_numpy(dtype="float64")
    styler = frame.style
    for column in numbers:
        texts = shown[column].astype("object").where(shown[column].notna(), "–")
        gaps = frame[column].isna()
        lookup = dict(zip(frame.loc[~gaps, column], texts[~gaps], strict=True))
        styler = styler.format(lambda v, lookup=lookup: lookup.get(v, ""), subset=[column])
        for text in pd.unique(texts[gaps]):
            rows = frame.index[gaps & (texts == text)]
            styler = styler.format(lambda _v, text=text: text, subset=pd.IndexSlice[rows, [column]])
    return styler
