"""Dasbor Talenta & Sistem Merit ASN: the router. Pages hold no business rules."""

import streamlit as st

from ui import sidebar
from ui.state import tr

st.set_page_config(page_title="Dasbor Talenta ASN", page_icon="🧭", layout="wide")

PAGES = [
    st.Page("pages/home.py", title=tr("nav.home"), icon="🏠", url_path="beranda", default=True),
    st.Page("pages/data.py", title=tr("nav.data"), icon="📥", url_path="data"),
]

navigation = st.navigation(PAGES)
sidebar.language_switch()
st.session_state["db_path"] = sidebar.data_source()
if st.session_state["db_path"]:
    sidebar.population_filters(st.session_state["db_path"])
navigation.run()
