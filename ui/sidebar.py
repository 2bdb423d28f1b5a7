"""The sidebar shared by every page: language, data source, period and population filters."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analytics import db
from analytics.filters import Filters
from analytics.labels import LANGS
from ui import data
from ui.state import filters, lang, tr

FILTER_FIELDS = ("provinsi", "instansi", "unit_kerja", "jenis_jabatan")


PERSISTENT_KEYS = ("lang", "source", "custom_path", "f_period", *(f"f_{f}" for f in FILTER_FIELDS))


def keep_across_pages() -> None:
    """Re-assign the sidebar's widget values so Streamlit keeps them when the user changes page.

    Streamlit drops a widget's state in a run where the widget was not yet drawn; writing the value
    back at the top of the run is the documented way to make such state persist across pages.
    """
    for key in PERSISTENT_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


URL_APPLIED_KEY = "_url_filters_applied"


def filters_from_url() -> None:
    """On a session's first run, take lang, period and filters from the link (st.query_params), so a
    shared URL opens the same population on any page. Unknown values are dropped later against the
    options; a bad period is ignored with a note."""
    if st.session_state.get(URL_APPLIED_KEY):
        return
    st.session_state[URL_APPLIED_KEY] = True
    params = st.query_params
    if params.get("lang") in LANGS:
        st.session_state["lang"] = params["lang"]
    if "period" in params:
        raw = params["period"]
        if raw.isdigit():
            st.session_state["f_period"] = int(raw)
        else:
            st.session_state["_url_note"] = raw
    for field in FILTER_FIELDS:
        values = [v for v in params.get_all(field) if v]
        if values:
            st.session_state[f"f_{field}"] = values


def language_switch() -> None:
    """Bahasa Indonesia (default) or English; the choice applies to every page."""
    if st.session_state.get("lang") not in LANGS:
        st.session_state["lang"] = "id"
    st.sidebar.segmented_control(
        tr("app.lang"),
        options=list(LANGS),
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        key="lang",
    )


def data_source() -> str | None:
    """The database file the app reads: the bundled demo/default file, or one the user names."""
    default = db.db_path()
    choice = st.sidebar.radio(
        tr("sidebar.source"),
        options=["default", "custom"],
        format_func=lambda v: tr(f"sidebar.source.{v}"),
        key="source",
        horizontal=True,
    )
    if choice == "default":
        data.ensure_demo_database(default)
        return str(default)
    path = st.sidebar.text_input(
        tr("sidebar.custom_path"), key="custom_path", placeholder="/data/instansi.duckdb"
    )
    if not path:
        st.sidebar.info(tr("sidebar.custom_hint"))
        return None
    if not Path(path).is_file():
        st.sidebar.error(tr("sidebar.custom_missing", path=path))
        return None
    return path


def population_filters(path: str) -> Filters:
    """Period and cascading filters (province → instansi → unit, position type); kept across pages."""
    info = data.summary(path)
    periods = [p["period"] for p in info["periods"]]
    if not periods:
        st.sidebar.warning(tr("sidebar.no_employees"))
        st.session_state["f_period"] = None
        return filters()
    if st.session_state.get("_url_note") is not None:
        st.sidebar.warning(tr("sidebar.url_period", value=st.session_state.pop("_url_note")))
    if st.session_state.get("f_period") not in periods:
        st.session_state["f_period"] = periods[-1]
    st.sidebar.selectbox(tr("sidebar.period"), options=periods, key="f_period")
    with st.sidebar.expander(
        tr("sidebar.filters"), expanded=any(st.session_state.get(f"f_{f}") for f in FILTER_FIELDS)
    ):
        for field in FILTER_FIELDS:
            key = f"f_{field}"
            upstream = _upstream(field)
            options = data.filter_options(path, field, upstream)
            chosen = [v for v in (st.session_state.get(key) or []) if v in options]
            if chosen != (st.session_state.get(key) or []):
                st.session_state[key] = chosen
            st.multiselect(tr(f"filter.{field}"), options=options, key=key, placeholder=tr("sidebar.all"))
        st.button(tr("sidebar.reset"), on_click=_reset, width="stretch")
    return filters()


def _upstream(field: str) -> Filters:
    current = filters()
    if field == "provinsi":
        return Filters(period=current.period)
    if field == "instansi":
        return Filters(period=current.period, provinsi=current.provinsi)
    if field == "unit_kerja":
        return Filters(period=current.period, provinsi=current.provinsi, instansi=current.instansi)
    return Filters(
        period=current.period,
        provinsi=current.provinsi,
        instansi=current.instansi,
        unit_kerja=current.unit_kerja,
    )


def _reset() -> None:
    for field in FILTER_FIELDS:
        st.session_state[f"f_{field}"] = []


__all__ = ["language_switch", "data_source", "population_filters", "lang"]
