"""The page's address as state: stable keys in the URL, never translated labels (issue 19.4).

Widgets whose options are keys bind themselves (``bind="query-params"``). Two things cannot: tabs
(Streamlit binds a tab by its label, which changes with the language) and the sidebar's shared state
(language, period, filters), which every page shows. This module handles both, so a link opened by a
colleague, in either language, shows the same view.

It is also the one place a page reads or writes its address: one widget's value (``initial`` before
it is drawn, ``writer`` as its ``on_change``), one parameter (``set_param``), the link as it came on the
session's first visit (``first_visit``, ``asked``: every value of a repeated parameter), and a page's
whole address (``write_all``: the merit and what-if pages, whose address is their view).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import streamlit as st

from analytics.core.filters import FILTER_FIELDS
from ui.state import tr


def tabs(codes: Mapping[str, str], *, key: str, param: str) -> dict[str, Any]:
    """``st.tabs`` whose open tab lives in the URL as a stable code (``param=code``; the first is the
    default and left out). ``codes`` maps code -> label key. Returns the tab containers by code."""
    order = list(codes)
    remembered = f"_{key}_code"
    if remembered not in st.session_state:  # the session's first visit: the link decides
        asked = st.query_params.get(param)
        st.session_state[remembered] = asked if asked in codes else order[0]
    labels = {code: tr(label) for code, label in codes.items()}
    st.session_state[key] = labels[st.session_state[remembered]]  # the label in today's language

    def keep() -> None:
        chosen = st.session_state.get(key)
        st.session_state[remembered] = next((c for c, lab in labels.items() if lab == chosen), order[0])

    containers = st.tabs([labels[c] for c in order], key=key, on_change=keep)
    opened = next((c for c, t in zip(order, containers, strict=True) if t.open), order[0])
    st.session_state[remembered] = opened
    set_param(param, None if opened == order[0] else opened)
    return dict(zip(order, containers, strict=True))


def set_param(name: str, value: str | Sequence[str] | None) -> None:
    """Put one parameter into the URL (None or empty: remove it); leaves the others alone."""
    try:
        if not value:
            if name in st.query_params:
                del st.query_params[name]
            return
        wanted = [value] if isinstance(value, str) else list(value)
        if st.query_params.get_all(name) != wanted:
            st.query_params[name] = wanted if len(wanted) > 1 else wanted[0]
    except Exception:  # noqa: BLE001 - the URL is a convenience; a failure must not break the page
        pass


def sidebar_to_url(page: str | None) -> None:
    """The language (``lang=en``; Indonesian is the default) on every page (meeting mode's ``rapat=1``
    is sidebar.meeting_to_url's).
    The session's first run leaves the link as it came (the page it opens still reads it)."""
    if not st.session_state.get("_url_first_run_done"):
        st.session_state["_url_first_run_done"] = True
        return
    set_param("lang", "en" if st.session_state.get("lang") == "en" else None)
    # The period and the filters are written by the callbacks that change them (filters_to_url), not
    # after every run: writing them on each run raced a sidebar change in the browser under load.


def filters_to_url() -> None:
    """The period and the sidebar filters into the link, as the values themselves (names of places
    and units are data, not labels). Called from the callbacks that change them: a filter or the
    period chosen in the sidebar, "Lihat unit ini", the reset button."""
    period = st.session_state.get("f_period")
    set_param("period", str(period) if period is not None else None)
    for field in FILTER_FIELDS:
        set_param(field, [str(v) for v in st.session_state.get(f"f_{field}") or []])


def initial(key: str, param: str, options: Sequence[Any]) -> None:
    """Before a page widget is drawn: on the session's first visit, a valid ``param`` in the link
    chooses its value (options match by their text, so a period 2025 matches ``?param=2025``)."""
    seen = f"_url_{key}_read"
    if st.session_state.get(seen):
        return
    st.session_state[seen] = True
    asked = st.query_params.get(param)
    match = next((o for o in options if str(o) == asked), None) if asked is not None else None
    if match is not None:
        st.session_state[key] = match


def writer(key: str, param: str) -> Any:
    """An ``on_change`` callback that puts the widget's new value into the link as ``param``."""

    def write() -> None:
        value = st.session_state.get(key)
        set_param(param, None if value is None else str(value))

    return write


def first_visit(flag: str) -> bool:
    """True on the session's first call with ``flag`` (the time a page takes its view from the link),
    False ever after."""
    if st.session_state.get(flag):
        return False
    st.session_state[flag] = True
    return True


def asked(names: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The link's parameters with every value of each (a repeated parameter, e.g. ``jenis=A&jenis=B``,
    gives both): all of them, or those of ``names`` the link holds."""
    present = list(st.query_params) if names is None else [n for n in names if n in st.query_params]
    return {name: st.query_params.get_all(name) for name in present}


def sidebar_params() -> tuple[str, ...]:
    """The parameters the sidebar owns on every page: the language, meeting mode and the lake snapshot
    being read."""
    from ui.sidebar import MEETING_PARAM, SNAPSHOT_PARAM  # the sidebar imports this module

    return ("lang", MEETING_PARAM, SNAPSHOT_PARAM)


def write_all(wanted: Mapping[str, str | Sequence[str]]) -> None:
    """A page's whole address: ``wanted`` (a list for a repeated parameter, in the order given) and the
    sidebar's own parameters as they are; every other parameter goes. Written only when it changed."""
    lists = {k: [v] if isinstance(v, str) else list(v) for k, v in wanted.items()}
    lists = {k: v for k, v in lists.items() if v}
    for name in sidebar_params():
        if name in st.query_params and name not in lists:
            lists[name] = st.query_params.get_all(name)
    if asked() != lists:
        st.query_params.from_dict({k: v[0] if len(v) == 1 else v for k, v in lists.items()})
