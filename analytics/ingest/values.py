"""Vectorised cell parsing shared by the employee and merit validators."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from analytics.ingest.columns import normalize_header


def as_text(col: pd.Series) -> pd.Series:
    """Cells as stripped text; empty string for blanks. Excel whole numbers lose their '.0'."""

    def one(v: object) -> str:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        if isinstance(v, dt.datetime):
            return v.date().isoformat()
        return str(v).strip()

    if col.dtype == object and not all(isinstance(v, str) for v in col.head(1000)):
        return col.map(one).astype("str").fillna("")
    return col.astype("str").fillna("").str.strip()


_NUMBER = r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"


def _text_to_number(text: pd.Series) -> pd.Series:
    """Vectorised in Arrow: '87,5' and '1.234,5' use a decimal comma; anything else not a number -> NaN."""
    import pyarrow as pa
    import pyarrow.compute as pc

    original = arr = pa.array(text.astype("str").fillna("").array)
    comma = pc.fill_null(pc.match_substring(arr, ","), False)
    if pc.any(comma).as_py():
        if pc.any(pc.and_(comma, pc.match_substring(arr, "."))).as_py():
            return _checked_text_to_number(original, comma, text.index)
        arr = pc.replace_substring(arr, ",", ".")  # a decimal comma without thousands dots
    # Fast path: Arrow's cast takes every string _NUMBER accepts; it refuses the whole column when
    # one cell is not a number, and it also reads 'nan'/'inf', so both cases take the checked path.
    try:
        values = pc.cast(pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr), pa.float64())
    except pa.ArrowInvalid:
        return _checked_text_to_number(original, comma, text.index)
    if not pc.all(pc.is_finite(values)).as_py():
        return _checked_text_to_number(original, comma, text.index)
    return pd.Series(values.to_numpy(zero_copy_only=False), index=text.index, dtype="float64")


def _checked_text_to_number(arr: Any, comma: Any, index: pd.Index) -> pd.Series:
    """Every cell checked against _NUMBER: '1.234,5' loses its thousands dots; not a number -> NaN."""
    import pyarrow as pa
    import pyarrow.compute as pc

    dotted = pc.replace_substring(pc.replace_substring(arr, ".", ""), ",", ".")
    cleaned = pc.if_else(comma, dotted, arr)
    ok = pc.fill_null(pc.match_substring_regex(cleaned, _NUMBER), False)
    values = pc.cast(pc.if_else(ok, cleaned, pa.scalar(None, cleaned.type)), pa.float64())
    return pd.Series(values.to_numpy(zero_copy_only=False), index=index, dtype="float64")


def as_number(col: pd.Series, text: pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """(numbers, bad) where numbers has NaN for blanks and bad marks non-blank cells that are not numbers.

    Accepts a decimal comma ('87,5') and Indonesian thousands dots ('1.234,5'). ``text`` is
    ``as_text(col)`` when the caller has it already.
    """
    if pd.api.types.is_numeric_dtype(col.dtype):
        nums = pd.to_numeric(col, errors="coerce").astype("float64")
        return nums, pd.Series(False, index=col.index)
    if col.dtype == object and not all(isinstance(v, str) for v in col.dropna().head(1000)):
        direct = pd.to_numeric(col.where(col.map(lambda v: isinstance(v, (int, float)))), errors="coerce")
    else:
        direct = pd.Series(np.nan, index=col.index)
    text = as_text(col) if text is None else text
    nums = direct.astype("float64").fillna(_text_to_number(text))
    bad = nums.isna() & (text != "")
    return nums, bad.astype(bool)


DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d")


def as_date(col: pd.Series, text: pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """(dates as datetime64, bad): Excel dates as they are; text in dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd, dd.mm.yyyy.

    ``text`` is ``as_text(col)`` when the caller has it already.
    """
    if col.dtype == object:
        typed = pd.to_datetime(
            col.map(lambda v: v if isinstance(v, dt.date) else None), errors="coerce"
        ).astype("datetime64[ns]")
    else:
        typed = pd.Series(pd.NaT, index=col.index, dtype="datetime64[ns]")
    text = (as_text(col) if text is None else text).where(typed.isna(), "")
    parsed = typed
    for fmt in DATE_FORMATS:
        todo = parsed.isna() & (text != "")
        if not todo.any():
            break
        parsed = parsed.fillna(pd.to_datetime(text.where(todo), format=fmt, errors="coerce"))
    bad = parsed.isna() & (text != "")
    return parsed, bad.astype(bool)


def match_category(text: pd.Series, allowed: dict[str, str]) -> tuple[pd.Series, pd.Series]:
    """(canonical, bad): map loosely written values (case, spaces, punctuation) to canonical ones."""
    lookup = {value: allowed.get(normalize_header(value)) for value in text.unique()}
    canonical = text.map(lookup)
    bad = canonical.isna() & (text != "")
    return canonical.astype(object).where(canonical.notna(), None), bad.astype(bool)
