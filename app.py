"""Dasbor Talenta & Sistem Merit ASN: the router. Pages hold no business rules."""

import streamlit as st

from ui import data, sidebar
from ui.navigation import PAGES
from ui.state import tr

st.set_page_config(page_title="Dasbor Talenta ASN", page_icon=":material/grid_view:", layout="wide")

navigation = st.navigation(
    [
        st.Page(p.file, title=tr(f"nav.{p.key}"), icon=p.icon, url_path=p.url, default=i == 0)
        for i, p in enumerate(PAGES)
    ]
)
sidebar.filters_from_url()
sidebar.keep_across_pages()
sidebar.language_switch()
sidebar.meeting_switch()
st.session_state["db_path"] = sidebar.data_source()
if st.session_state["db_path"]:
    # A missing, held, damaged or outdated file: the message and the way forward instead of the page.
    if not data.database_ready(
        st.session_state["db_path"], default=st.session_state.get("source") != "custom"
    ):
        st.stop()
    sidebar.population_filters(st.session_state["db_path"])
try:
    navigation.run()
finally:  # also after st.stop(): the link keeps ?rapat=1 while meeting mode is on
    sidebar.meeting_to_url()
