"""Cached merit-system queries for the merit page, keyed on the database path (cleared after an import)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from analytics.merit import scores as merit
from ui import tables
from ui.data import connection

T = TypeVar("T")


def in_scope(fn: Callable[..., T]) -> Callable[..., T]:
    """Keep only what lies inside the user's access scope from a (cached) merit query: a frame's rows
    (by its instansi column), a list of instansi or provinces, a province government's totals.
    Applied outside the cache, so every user's scope is applied to the shared cached result."""

    @functools.wraps(fn)
    def scoped(path: str, *args: Any, **kwargs: Any) -> T:
        from ui.access import current

        scope = current().scope
        result = fn(path, *args, **kwargs)
        if scope.national:
            return result
        if isinstance(result, pd.DataFrame) and "instansi" in result.columns:
            narrowed = (
                scope.rows(result) if scope.kind == "instansi" else result[_in_provinces(path, scope, result)]
            )
            return cast(T, narrowed)
        if isinstance(result, dict):
            permitted = scope.allows(instansi=result.get("instansi"), provinsi=result.get("provinsi"))
            return cast(T, result if permitted else None)
        if isinstance(result, list) and fn.__name__ == "provinces":
            return [p for p in result if p in _scope_provinces(path, scope.values, scope.kind)]  # type: ignore[return-value]
        if isinstance(result, list):
            allowed = set(_scope_instansi(path, scope.values, scope.kind))
            return [i for i in result if i in allowed]  # type: ignore[return-value]
        return result

    return scoped


def _in_provinces(path: str, scope: Any, frame: pd.DataFrame) -> pd.Series:
    return frame["instansi"].isin(_scope_instansi(path, scope.values, scope.kind))


@st.cache_data(show_spinner=False)
def _scope_instansi(path: str, values: tuple[str, ...], kind: str) -> list[str]:
    """Instansi with merit data inside a scope (itself, or those of its provinces)."""
    column = "instansi" if kind == "instansi" else "provinsi"
    sql = f"select distinct instansi from merit_status where {column} in (select unnest(?::varchar[])) union select distinct instansi from merit_scores where {column} in (select unnest(?::varchar[]))"  # noqa: S608 - whitelisted column
    return [r[0] for r in connection(path).cursor().execute(sql, [list(values), list(values)]).fetchall()]


@st.cache_data(show_spinner=False)
def _scope_provinces(path: str, values: tuple[str, ...], kind: str) -> list[str]:
    """Provinces a scope touches (its own, or those of its instansi)."""
    if kind == "provinsi":
        return list(values)
    sql = "select distinct provinsi from merit_status where instansi in (select unnest(?::varchar[])) and provinsi is not null union select distinct provinsi from merit_scores where instansi in (select unnest(?::varchar[])) and provinsi is not null"
    return [r[0] for r in connection(path).cursor().execute(sql, [list(values), list(values)]).fetchall()]


@in_scope
@st.cache_data(show_spinner=False)
def provinces(path: str) -> list[str]:
    """Provinces with merit data."""
    return merit.merit_provinces(connection(path))


@st.cache_data(show_spinner=False)
def periods(path: str, province: str | None = None) -> list[int]:
    """Periods with merit data (for the province when given), oldest first."""
    return merit.merit_periods(connection(path), province)


@in_scope
@st.cache_data(show_spinner=False)
def instansi(path: str, period: int, province: str | None) -> list[str]:
    """Instansi with merit data in the period and province."""
    return merit.merit_instansi(connection(path), period, province)


@in_scope
@st.cache_data(show_spinner=False)
def regency_comparison(path: str, province: str | None, period: int) -> pd.DataFrame:
    """analytics.merit.scores.regency_comparison, cached."""
    return merit.regency_comparison(connection(path), province, period)


@in_scope
@st.cache_data(show_spinner=False)
def province_government(path: str, province: str, period: int) -> dict[str, Any] | None:
    """The provincial government's own totals, cached."""
    return merit.province_government(connection(path), province, period)


@st.cache_data(show_spinner=False)
def index_scale(path: str, period: int) -> merit.IndexScale:
    """The index's denominator for the period, cached."""
    return merit.index_scale(connection(path), period)


@st.cache_data(show_spinner=False)
def categories(path: str) -> pd.DataFrame:
    """Category bands and colours, cached."""
    return merit.categories(connection(path))


@st.cache_data(show_spinner=False)
def sipinter_statuses(path: str) -> list[str]:
    """SIPINTER statuses in order, cached."""
    return merit.sipinter_statuses(connection(path))


@st.cache_data(show_spinner=False)
def aspects(path: str, name: str, period: int, stage: str | None) -> pd.DataFrame:
    """The eight aspects of one instansi in a stage, cached."""
    return merit.instansi_aspects(connection(path), name, period, stage)


@st.cache_data(show_spinner=False)
def default_stage(path: str, name: str, period: int) -> str | None:
    """Latest verification stage with aspect rows (else Mandiri), cached."""
    return merit.default_stage(connection(path), name, period)


@st.cache_data(show_spinner=False)
def stage_progression(path: str, name: str, period: int) -> pd.DataFrame:
    """Totals per stage for one instansi, cached."""
    return merit.stage_progression(connection(path), name, period)


@st.cache_data(show_spinner=False)
def national_picture(path: str, period: int, target_set: str) -> pd.DataFrame:
    """Share at Baik or better per agency type vs targets, cached."""
    return merit.national_picture(connection(path), period, target_set)


@st.cache_data(show_spinner=False)
def category_distribution(path: str, period: int) -> pd.DataFrame:
    """Instansi per agency type and category, cached."""
    return merit.category_distribution(connection(path), period)


@st.cache_data(show_spinner=False)
def target_sets(path: str) -> list[str]:
    """Target sets in ref_merit_targets, cached."""
    return merit.target_sets(connection(path))


@st.cache_data(show_spinner=False)
def provinces_ranked(path: str, period: int) -> pd.DataFrame:
    """Provinces ranked by share of regencies at Baik or better, cached."""
    return merit.provinces_ranked(connection(path), period)


@in_scope
@st.cache_data(show_spinner=False)
def period_comparison(path: str, province: str | None, before: int, after: int) -> pd.DataFrame:
    """Regencies' verified scores in two periods, cached."""
    return merit.period_comparison(connection(path), province, before, after)


def _text_colour(hex_colour: str) -> str:
    """Black or white text, whichever reads better on the background colour."""
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def sortable(values: pd.DataFrame, shown: pd.DataFrame) -> Styler:
    """``values`` (numbers as numbers) showing the text of ``shown``: st.dataframe sorts by the values
    and draws the text (issue 19.3: '240,5' after '114', 'tidak terbaca' last)."""
    numbers = {str(c): values[c] for c in values.columns if values[c].dtype.kind == "f"}
    styled = tables.sortable(shown, values=numbers)
    return styled if isinstance(styled, Styler) else styled.style


def coloured_by_category(display: pd.DataFrame | Styler, colours: pd.Series, column: str) -> Styler:
    """``display`` with the ``column`` cells painted in each row's category colour (none when missing)."""
    paint = [
        f"background-color: {c}; color: {_text_colour(c)}" if isinstance(c, str) and c.startswith("#") else ""
        for c in colours
    ]

    def style(col: pd.Series) -> list[str]:
        return paint if col.name == column else [""] * len(col)

    styler = display if isinstance(display, Styler) else display.style
    return styler.apply(style, axis=0)


@in_scope
@st.cache_data(show_spinner=False)
def instansi_totals(path: str, period: int) -> pd.DataFrame:
    """Every instansi assessed in the period with its index and category (the national linked view)."""
    return merit.instansi_totals(connection(path), period)


@st.cache_data(show_spinner=False)
def aspect_profile(
    path: str, names: tuple[str, ...], period: int, province_instansi: str | None
) -> pd.DataFrame:
    """The selected instansi's mean aspect scores against the province government's, cached."""
    return merit.aspect_profile(connection(path), list(names), period, province_instansi)
