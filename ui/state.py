"""Session state shared by all pages: language, data source and filters."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from analytics.core.filters import FILTER_FIELDS, Filters
from analytics.labels import DEFAULT_LANG, LANGS, t


def lang() -> str:
    """The UI language chosen in the sidebar (Bahasa Indonesia by default)."""
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def tr(key: str, **params: Any) -> str:
    """The label ``key`` in the session's language."""
    return t(key, lang(), **params)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+.!|<>~$:])")


def plain(value: object) -> str:
    """Text from the data made inert for Streamlit's markdown (st.markdown, st.caption, st.error …):
    a unit named ``[klik](http://…)`` or ``![x](…)`` shows as typed, never as a link or an image."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))


def filters() -> Filters:
    """The sidebar's current filters, narrowed to the user's access scope (never wider than it)."""
    chosen = Filters(
        st.session_state.get("f_period"),
        **{field: tuple(st.session_state.get(f"f_{field}") or ()) for field in FILTER_FIELDS},
    )
    return within_scope(chosen)


SCOPE_NOTE_KEY = "_scope_note"  # values a link or widget asked for outside the scope (the sidebar says so)


def within_scope(chosen: Filters) -> Filters:
    """``chosen`` narrowed to this run's access scope (analytics.core.access.Scope.narrow); what was dropped
    is kept for the sidebar's note. Every page's and export's filters pass through here."""
    from ui.access import current

    narrowed, dropped = current().scope.narrow(chosen)
    if dropped:
        st.session_state[SCOPE_NOTE_KEY] = dropped
    return narrowed


MEETING_KEY = "meeting_mode"  # the sidebar's meeting switch; read by every page that shows people


def meeting() -> bool:
    """Whether meeting mode is on (initials, masked NIPs, no birth dates, large type)."""
    return bool(st.session_state.get(MEETING_KEY, False))
