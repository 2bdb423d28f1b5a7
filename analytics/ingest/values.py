"""Vectorised cell parsing shared by the employee and merit validators."""

from __future__ import annotations

import datetime as dt

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
        return col.map(one).astype("string").fillna("")
    return col.astype("string").fillna("").str.strip()


def as_number(col: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(numbers, bad) where numbers has NaN for blanks and bad marks non-blank cells that are not numbers.

    Accepts a decimal comma ('87,5') and Indonesian thousands dots ('1.234,5').
    """
    if pd.api.types.is_numeric_dtype(col.dtype):
        nums = pd.to_numeric(col, errors="coerce").astype("float64")
        return nums, pd.Series(False, index=col.index)
    if col.dtype == object and not all(isinstance(v, str) for v in col.dropna().head(1000)):
        direct = pd.to_numeric(col.where(col.map(lambda v: isinstance(v, (int, float)))), errors="coerce")
    else:
        direct = pd.Series(np.nan, index=col.index)
    text = as_text(col)
    has_comma = text.str.contains(",", regex=False)
    cleaned = text.where(
        ~has_comma, text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    )
    parsed = pd.to_numeric(cleaned.where(cleaned != ""), errors="coerce")
    nums = direct.astype("float64").fillna(parsed.astype("float64"))
    bad = nums.isna() & (text != "")
    return nums, bad.astype(bool)


DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d")


def as_date(col: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(dates, bad): Excel dates as they are, text in dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd or dd.mm.yyyy."""
    typed = col.map(
        lambda v: v.date() if isinstance(v, dt.datetime) else (v if isinstance(v, dt.date) else None)
    )
    text = as_text(col).where(typed.isna(), "")
    parsed = pd.Series(pd.NaT, index=col.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        todo = parsed.isna() & (text != "")
        if not todo.any():
            break
        parsed = parsed.fillna(pd.to_datetime(text.where(todo), format=fmt, errors="coerce"))
    dates = typed.where(typed.notna(), parsed.dt.date.where(parsed.notna(), None))
    bad = dates.isna() & (text != "")
    return dates.astype(object), bad.astype(bool)


def match_category(text: pd.Series, allowed: dict[str, str]) -> tuple[pd.Series, pd.Series]:
    """(canonical, bad): map loosely written values (case, spaces, punctuation) to canonical ones."""
    norm = text.map(normalize_header)
    canonical = norm.map(allowed)
    bad = canonical.isna() & (text != "")
    return canonical.astype(object).where(canonical.notna(), None), bad.astype(bool)
