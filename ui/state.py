"""Session state shared by all pages: language, data source and filters."""

from __future__ import annotations

from typing import Any

import streamlit as st

from analytics.filters import Filters
from analytics.labels import DEFAULT_LANG, LANGS, t


def lang() -> str:
    """The UI language chosen in the sidebar (Bahasa Indonesia by default)."""
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def tr(key: str, **params: Any) -> str:
    """The label ``key`` in the session's language."""
    return t(key, lang(), **params)


def filters() -> Filters:
    """The sidebar's current filters."""
    return Filters(
        period=st.session_state.get("f_period"),
        provinsi=tuple(st.session_state.get("f_provinsi") or ()),
        instansi=tuple(st.session_state.get("f_instansi") or ()),
        unit_kerja=tuple(st.session_state.get("f_unit_kerja") or ()),
        jenis_jabatan=tuple(st.session_state.get("f_jenis_jabatan") or ()),
    )
