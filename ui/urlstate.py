"""The page's address as state: stable keys in the URL, never translated labels (issue 19.4).

Widgets whose options are keys bind themselves (``bind="query-params"``). Two things cannot: tabs
(Streamlit binds a tab by its label, which changes with the language) and the sidebar's shared state
(language, period, filters), which every page shows. This module handles both, so a link opened by a
colleague, in either language, shows the same view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st

from ui.state import MEETING_KEY, tr

FILTER_FIELDS = ("provinsi", "instansi", "unit_kerja", "jenis_jabatan")
# Pages that write their whole address themselves (what-if: the scenario; merit: its own views).
OWN_ADDRESS = ("whatif", "merit")


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
    """The language (``lang=en``; Indonesian is the default) on every page, and the period and filters
    on pages that do not write their own address: after "Lihat unit ini" the link carries the unit.
    The session's first run leaves the link as it came (the page it opens still reads it)."""
    if not st.session_state.get("_url_first_run_done"):
        st.session_state["_url_first_run_done"] = True
        return
    set_param("lang", "en" if st.session_state.get("lang") == "en" else None)
    set_param("rapat", "1" if st.session_state.get(MEETING_KEY) else None)
    if page in OWN_ADDRESS:
        return
    period = st.session_state.get("f_period")
    set_param("period", str(period) if period is not None else None)
    for field in FILTER_FIELDS:
        set_param(field, [str(v) for v in st.session_state.get(f"f_{field}") or []])
