"""Exports: spreadsheets (formatted headers, NIP kept as text, formula-looking cells made inert) and
chart images (PNG)."""

from __future__ import annotations

import io
import struct
import threading
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell starting like a formula gets a leading apostrophe so no spreadsheet evaluates it."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_xlsx(sheets: dict[str, pd.DataFrame], *, notes: Mapping[str, Sequence[str]] | None = None) -> bytes:
    """An .xlsx workbook with one sheet per frame, bold frozen header, text cells neutralised.
    ``notes`` (by sheet name): lines of text written above that sheet's table, a blank row between."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        book = writer.book
        header_fmt = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True})
        text_fmt = book.add_format({"num_format": "@"})
        note_fmt = book.add_format({"italic": True})
        for name, frame in sheets.items():
            lines = list((notes or {}).get(name, ()))
            top = len(lines) + 1 if lines else 0  # the header's row
            safe = frame.copy()
            for col in safe.columns:
                if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
                    safe[col] = safe[col].map(neutralise)
            safe.to_excel(writer, sheet_name=name[:31], index=False, startrow=top)
            sheet = writer.sheets[name[:31]]
            for row, line in enumerate(lines):
                sheet.write_string(row, 0, str(neutralise(line)), note_fmt)
            for i, col in enumerate(safe.columns):
                sheet.write(top, i, str(col), header_fmt)
                width = min(40, max(10, len(str(col)) + 2))
                sheet.set_column(i, i, width, text_fmt if str(col).upper().startswith("NIP") else None)
            sheet.freeze_panes(top + 1, 0)
    return buffer.getvalue()


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV as Indonesian Excel opens it: ';' separator, decimal comma, UTF-8 with BOM; cells neutralised."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
            safe[col] = safe[col].map(neutralise)
    return safe.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")


# --- chart images (plotly via kaleido) ---------------------------------------------------------------

PNG_WIDTH = 1400
PNG_HEIGHT = 800
_KALEIDO_LOCK = threading.Lock()
_kaleido_started = False


def figure_png(fig: Any, *, width: int = PNG_WIDTH, height: int | None = None, scale: float = 1.0) -> bytes:
    """The plotly figure as PNG bytes, rendered by kaleido 1.x in the system's Chromium.

    One browser process is kept for the whole Python process (kaleido's sync server): the first
    image takes seconds, later ones about one. Calls are serialised, Streamlit sessions being threads.
    """
    global _kaleido_started
    import kaleido  # type: ignore[import-untyped]
    import plotly.io as pio

    h = int(height or (fig.layout.height if fig.layout.height else PNG_HEIGHT))
    with _KALEIDO_LOCK:
        if not _kaleido_started:
            kaleido.start_sync_server(silence_warnings=True)
            _kaleido_started = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "kopts ... ignored if using a server"
            data = pio.to_image(fig, format="png", width=width, height=h, scale=scale)
    return bytes(data)


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; ValueError when ``data`` is not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
