"""The numbers behind a table's text, so a table sorts by value while it shows the UI's formats.

Display builders write numbers the way the reader reads them ('1.234,5', '41,7%', 'belum ada'). A
grid that receives that text sorts it as text (107, 114, 240,5, 33). :func:`sort_values` reads each
column back: a column whose cells are all numbers in the UI's format (or gaps: a cell without digits
such as '–' or 'tidak terbaca', or a suppressed '< 5') becomes numbers, gaps NaN (a grid sorts them
last); every other column is left as it is. Codes written in digits (an 18-digit NIP, a 0-led code)
stay text: they are names, not quantities.
"""

from __future__ import annotations

import re

import pandas as pd

_NUMBER = {
    "id": re.compile(r"^[+\-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s?%?$"),
    "en": re.compile(r"^[+\-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s?%?$"),
}
_CODE = re.compile(r"^(0\d+|\d{12,})$")  # a NIP or a 0-led code: digits that name, not count


def parse_number(text: str, lang: str = "id") -> float | None:
    """``text`` as a number when it is one in ``lang``'s format ('1.234,5' -> 1234.5, '−3' -> -3,
    '41,7%' -> 41.7), else None."""
    text = text.strip()
    if not _NUMBER[lang].match(text) or _CODE.match(text):
        return None
    plain = text.replace("−", "-").rstrip("%").strip()
    plain = plain.replace(".", "").replace(",", ".") if lang == "id" else plain.replace(",", "")
    return float(plain)


def _is_gap(text: str) -> bool:
    return not any(ch.isdigit() for ch in text) or text.strip().startswith("<")


def sort_values(shown: pd.DataFrame, lang: str = "id") -> dict[str, pd.Series]:
    """For every column of ``shown`` that holds numbers written as text: the numbers (NaN for gaps),
    keyed by column. A column qualifies when at least one cell is a number and every other cell is a
    gap; text columns and columns that are already numbers are not in the result."""
    out: dict[str, pd.Series] = {}
    for column in shown.columns:
        cells = shown[column]
        if pd.api.types.is_numeric_dtype(cells) or pd.api.types.is_bool_dtype(cells):
            continue
        numbers: list[float] = []
        found = False
        for cell in cells:
            if cell is None or (isinstance(cell, float) and pd.isna(cell)):
                numbers.append(float("nan"))
                continue
            if not isinstance(cell, str):
                break
            value = parse_number(cell, lang)
            if value is not None:
                numbers.append(value)
                found = True
            elif _is_gap(cell):
                numbers.append(float("nan"))
            else:
                break
        else:
            if found:
                out[str(column)] = pd.Series(numbers, index=shown.index, dtype="float64")
    return out
