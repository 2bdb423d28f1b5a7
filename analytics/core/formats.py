"""Numbers and dates as users read them: Indonesian 1.234,5 and 23/11/2026; English 1,234.5 and 2026-11-23."""

from __future__ import annotations

import datetime as dt
import math


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = "id") -> str:
    """A number with thousands separators; '–' for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_percent(share: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A share 0..1 as a percentage ('41,7%')."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return fmt_number(share * 100, decimals, lang) + "%"


def fmt_date(value: dt.date | dt.datetime | None, lang: str = "id") -> str:
    """A date as dd/mm/yyyy (id) or yyyy-mm-dd (en)."""
    if value is None:
        return "–"
    return value.strftime("%d/%m/%Y") if lang == "id" else value.strftime("%Y-%m-%d")


def plotly_separators(lang: str = "id") -> str:
    """Plotly's ``separators`` layout value: decimal mark then thousands mark."""
    return ",." if lang == "id" else ".,"
