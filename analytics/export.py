"""Spreadsheet exports: formatted headers, NIP kept as text, formula-looking cells made inert."""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell starting like a formula gets a leading apostrophe so no spreadsheet evaluates it."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_xlsx(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An .xlsx workbook with one sheet per frame, bold frozen header, text cells neutralised."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        book = writer.book
        header_fmt = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True})
        text_fmt = book.add_format({"num_format": "@"})
        for name, frame in sheets.items():
            safe = frame.copy()
            for col in safe.columns:
                if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
                    safe[col] = safe[col].map(neutralise)
            safe.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            for i, col in enumerate(safe.columns):
                sheet.write(0, i, str(col), header_fmt)
                width = min(40, max(10, len(str(col)) + 2))
                sheet.set_column(i, i, width, text_fmt if str(col).upper().startswith("NIP") else None)
            sheet.freeze_panes(1, 0)
    return buffer.getvalue()


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV as Indonesian Excel opens it: ';' separator, decimal comma, UTF-8 with BOM; cells neutralised."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
            safe[col] = safe[col].map(neutralise)
    return safe.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")
