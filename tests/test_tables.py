"""Reading a table's numbers back from the text it shows (analytics/tables.py, issue 19.3)."""

from __future__ import annotations

import math

import pandas as pd

from analytics.core.tables import parse_number, sort_values
from ui.tables import sortable


def test_parse_number_reads_each_language_format() -> None:
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("41,7%") == 41.7
    assert parse_number("−3") == -3.0 and parse_number("+12") == 12.0
    assert parse_number("1,234.5", "en") == 1234.5
    assert parse_number("1.234,5", "en") is None  # an Indonesian number is not an English one
    assert parse_number("198701012015031001") is None  # a NIP names a person, it does not count
    assert parse_number("0123") is None and parse_number("belum ada") is None


def test_sort_values_turns_number_columns_into_numbers_and_leaves_text() -> None:
    shown = pd.DataFrame(
        {
            "Kabupaten": ["Ende", "Sikka", "Alor", "Ngada"],
            "Nilai verifikasi": ["107", "240,5", "tidak terbaca", "33"],
            "Jabatan": ["12", "Eselon 3", "3", "4"],  # text with a number inside: not a number column
            "Rahasia": ["< 5", "12", "7", "–"],
        }
    )
    values = sort_values(shown)
    assert set(values) == {"Nilai verifikasi", "Rahasia"}
    assert values["Nilai verifikasi"].tolist()[:2] == [107.0, 240.5]
    assert math.isnan(values["Nilai verifikasi"].iloc[2]) and math.isnan(values["Rahasia"].iloc[0])


def test_sortable_sorts_by_value_and_draws_the_text() -> None:
    shown = pd.DataFrame({"Nama": ["a", "b", "c", "d"], "Nilai": ["107", "240,5", "tidak terbaca", "33"]})
    styler = sortable(shown)
    assert styler.data["Nilai"].dtype.kind == "f"
    assert styler.data["Nilai"].iloc[2] == float("inf")  # a null cell would draw "None" and sort first
    ordered = styler.data.sort_values("Nilai", na_position="last")["Nama"].tolist()
    assert ordered == ["d", "a", "b", "c"]  # 33 < 107 < 240,5, the unreadable one last
    html = styler.to_html()
    assert "240,5" in html and "tidak terbaca" in html and "240.5" not in html and "nan" not in html


def test_sortable_writes_number_columns_the_uis_way() -> None:
    shown = pd.DataFrame(
        {"Unit": ["a", "b", "c"], "Jumlah": [1234, 5, 60], "Rata-rata": [87.5, float("nan"), 60.25]}
    )
    html = sortable(shown, "id").to_html()
    assert "1.234" in html and "87,50" in html and "60,25" in html and "–" in html
    assert "87.500000" not in html and "nan" not in html
    assert "1,234" in sortable(shown, "en").to_html()
    periods = sortable(pd.DataFrame({"Periode": [2024, 2025], "Jumlah": [1500, 20]}), "id").to_html()
    assert ">2025<" in periods and "2.025" not in periods and "1.500" in periods  # a year is no quantity
