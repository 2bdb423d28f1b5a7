"""The sidebar shared by every page: language, data source, period and population filters."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analytics.core import db, lake
from analytics.core.filters import FILTER_FIELDS, Filters
from analytics.core.formats import fmt_number
from analytics.core.serving import Deployment
from analytics.labels import LANGS
from ui import data
from ui.state import MEETING_KEY, SCOPE_NOTE_KEY, filters, lang, meeting, tr, within_scope
from ui.urlstate import filters_to_url, set_param

PERSISTENT_KEYS = (
    "lang", "source", "custom_path", "served_db", "f_period", MEETING_KEY, *(f"f_{f}" for f in FILTER_FIELDS),
)  # fmt: skip


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


MEETING_URL_KEY = "_url_meeting_applied"
MEETING_PARAM = "rapat"
# Meeting mode on a projector: larger type and black text. A fixed string, never user input.
# Every run: a headline figure wraps onto a second line instead of ending in "…" ("3.762 → 3.…").
# A fixed string, never user input.
METRIC_CSS = """
<style>
[data-testid="stMain"] [data-testid="stMetricValue"] div,
[data-testid="stMain"] [data-testid="stMetricValue"] p { white-space: normal !important; overflow: visible; text-overflow: clip; }
</style>
"""
MEETING_CSS = """
<style>
[data-testid="stMain"] { color: #000; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] li { font-size: 1.3rem; line-height: 1.45; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { font-size: 1.05rem; color: #222; }
[data-testid="stMain"] h1 { font-size: 2.9rem; }
[data-testid="stMain"] h2, [data-testid="stMain"] h3 { font-size: 2.1rem; }
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; color: #000; }
[data-testid="stMain"] table.wi-matrix { font-size: 1.05rem !important; color: #000; }
[data-testid="stMetricValue"] { font-size: 3rem; color: #000; }
[data-testid="stMain"] [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p,
[data-testid="stMain"] [data-testid="stMetricValue"] p { font-size: 2.6rem; line-height: 1.15; }
[data-testid="stMain"] [data-testid="stMetricValue"] div,
[data-testid="stMain"] [data-testid="stMetricValue"] p { white-space: normal !important; overflow: visible; text-overflow: clip; }
[data-testid="stAlertContainer"] p { font-size: 1.3rem; }
</style>
"""


def meeting_switch() -> bool:
    """The one meeting-mode switch (sidebar): initials instead of names, masked NIPs, no birth dates,
    large type and high-contrast charts on every page. A link with ``?rapat=1`` opens with it on (read
    on the session's first run); the URL follows the switch."""
    if not st.session_state.get(MEETING_URL_KEY):
        st.session_state[MEETING_URL_KEY] = True
        if st.query_params.get(MEETING_PARAM) in ("1", "true", "ya", "yes"):
            st.session_state[MEETING_KEY] = True
    st.session_state.setdefault(MEETING_KEY, False)
    st.sidebar.toggle(tr("meeting.switch"), key=MEETING_KEY, help=tr("meeting.switch_help"))
    st.markdown(METRIC_CSS, unsafe_allow_html=True)
    if meeting():
        st.markdown(MEETING_CSS, unsafe_allow_html=True)
        st.sidebar.caption(tr("meeting.on_caption"))
    return meeting()


def meeting_to_url() -> None:
    """Keep ``?rapat=1`` in the URL while meeting mode is on (pages may rewrite their own parameters)."""
    try:
        wanted = "1" if meeting() else None
        if st.query_params.get(MEETING_PARAM) != wanted:
            if wanted:
                st.query_params[MEETING_PARAM] = wanted
            else:
                del st.query_params[MEETING_PARAM]
    except Exception:  # noqa: BLE001 - the URL is a convenience; a failure must not break the page
        pass


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


def data_source(dep: Deployment, *, admin: bool = False) -> str | None:
    """The database file the app reads.

    Local (loopback): the bundled demo/default file, or any file the user names (they own the
    machine). Served: never a typed path. The deployment's file (TALENTA_DB), or for an administrator
    one of the ``*.duckdb`` files inside TALENTA_DATA_DIR, chosen from a list (analytics.core.serving).
    """
    default = db.db_path()
    if dep.served:
        return _served_source(dep, default, admin=admin)
    choice = st.sidebar.radio(
        tr("sidebar.source"),
        options=["default", "custom"],
        format_func=lambda v: tr(f"sidebar.source.{v}"),
        key="source",
        horizontal=True,
    )
    if choice == "default":
        data.ensure_demo_database(default)
        return as_of(default)
    path = st.sidebar.text_input(
        tr("sidebar.custom_path"), key="custom_path", placeholder="/data/instansi.duckdb"
    )
    if not path:
        st.sidebar.info(tr("sidebar.custom_hint"))
        return None
    if not Path(path).is_file():
        st.sidebar.error(tr("sidebar.custom_missing", path=path))
        st.sidebar.page_link("app_pages/data.py", label=tr("data.new.link"), icon=":material/add:")
        return None
    return path


def _served_source(dep: Deployment, default: Path, *, admin: bool) -> str:
    # Whatever a session carried (a typed path, a forged widget value) is dropped, never opened.
    st.session_state["source"] = "default"
    st.session_state.pop("custom_path", None)
    choices = [str(default), *(str(p) for p in dep.databases() if p.resolve() != default.resolve())]
    if admin and len(choices) > 1:
        if st.session_state.get("served_db") not in choices:
            st.session_state["served_db"] = choices[0]
        chosen = st.sidebar.selectbox(
            tr("serving.source.choose"), options=choices, format_func=lambda p: Path(p).name, key="served_db"
        )
        return str(chosen)
    data.ensure_demo_database(default)  # a workshop server on the demo, as in the local mode
    st.sidebar.caption(tr("serving.source.configured", name=default.name))
    return as_of(default)


SNAPSHOT_PARAM = "snapshot"
SNAPSHOT_KEY = "_as_of_snapshot"  # the snapshot this session reads, kept across pages
MAX_FILTER_OPTIONS = 2_000  # a filter with more choices asks for a narrower filter above it first


def as_of(store: Path) -> str:
    """The store to read: on a shared store (a DuckLake) a link with ``snapshot=N`` shows the data as it
    was at snapshot N (e.g. the one a talent-review meeting's calibrations recorded), read-only, with a
    note in the sidebar; anything else, or a DuckDB file, is the store as it is. The snapshot stays for
    the session (moving to another page keeps it, ``snapshot_to_url``) until the note's button goes
    back to the latest data."""
    if not isinstance(store, db.StorePath):
        return str(store)
    wanted = str(st.query_params.get(SNAPSHOT_PARAM) or "")
    if wanted.isdigit():
        st.session_state[SNAPSHOT_KEY] = int(wanted)
    chosen = st.session_state.get(SNAPSHOT_KEY)
    if chosen is None:
        return str(store)
    st.sidebar.info(tr("lake.as_of", snapshot=chosen), icon=":material/history:")
    st.sidebar.button(
        tr("lake.as_of_latest"), key="snapshot_latest", on_click=_latest, icon=":material/update:"
    )
    return f"{store}{lake.SNAPSHOT_MARK}{int(chosen)}"


def _latest() -> None:
    """The note's button: leave the snapshot, back to the latest data."""
    st.session_state.pop(SNAPSHOT_KEY, None)
    set_param(SNAPSHOT_PARAM, None)


def snapshot_to_url() -> None:
    """Keep ``?snapshot=N`` in the URL while the session reads a snapshot (a page switch drops the
    link's parameters; pages may rewrite their own)."""
    chosen = st.session_state.get(SNAPSHOT_KEY)
    if chosen is not None:
        set_param(SNAPSHOT_PARAM, str(chosen))


def population_filters(path: str) -> Filters:
    """Period and cascading filters (province → instansi → unit, position type); kept across pages."""
    info = data.summary(path)
    periods = [p["period"] for p in info["periods"]]
    if not periods:
        st.sidebar.warning(tr("sidebar.no_employees"))
        st.session_state["f_period"] = None
        return filters()
    filters()  # narrows what a link or the last run asked for, and notes what lay outside the scope
    if st.session_state.get(SCOPE_NOTE_KEY):
        from ui.access import current, scope_text

        dropped = st.session_state.pop(SCOPE_NOTE_KEY)
        st.sidebar.warning(tr("access.scope_note", values=", ".join(dropped), scope=scope_text(current())))
    if st.session_state.get("_url_note") is not None:
        st.sidebar.warning(tr("sidebar.url_period", value=st.session_state.pop("_url_note")))
    if st.session_state.get("f_period") not in periods:
        st.session_state["f_period"] = periods[-1]
    st.sidebar.selectbox(tr("sidebar.period"), options=periods, key="f_period", on_change=filters_to_url)
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
            # At national scale the units number in the tens of thousands: sent with every run of every
            # page they cost the first view and each rerun. Then the list waits for a narrower filter
            # above (a chosen value, e.g. from a link, stays shown and removable).
            crowded = len(options) > MAX_FILTER_OPTIONS
            st.multiselect(
                tr(f"filter.{field}"),
                options=chosen if crowded else options,
                key=key,
                placeholder=tr("sidebar.narrow_first", n=fmt_number(len(options), 0, lang()))
                if crowded
                else tr("sidebar.all"),
                disabled=crowded and not chosen,
                on_change=filters_to_url,
            )
        st.button(tr("sidebar.reset"), on_click=_reset, width="stretch")
    return filters()


def _upstream(field: str) -> Filters:
    """The filters above ``field`` in the cascade, narrowed to the access scope (its options too)."""
    current = filters()
    if field == "provinsi":
        upstream = Filters(period=current.period)
    elif field == "instansi":
        upstream = Filters(period=current.period, provinsi=current.provinsi)
    elif field == "unit_kerja":
        upstream = Filters(period=current.period, provinsi=current.provinsi, instansi=current.instansi)
    else:
        upstream = Filters(
            period=current.period,
            provinsi=current.provinsi,
            instansi=current.instansi,
            unit_kerja=current.unit_kerja,
        )
    return within_scope(upstream)


def _reset() -> None:
    for field in FILTER_FIELDS:
        st.session_state[f"f_{field}"] = []
    filters_to_url()


__all__ = ["language_switch", "meeting_switch", "meeting_to_url", "data_source", "population_filters", "lang"]
