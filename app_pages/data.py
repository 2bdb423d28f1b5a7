"""Data: upload and check a file before anything is stored, import it, download templates and data."""

import streamlit as st

from ui import data
from ui.page import open_page
from ui.state import tr

# local mode without a database: a path typed in the sidebar that does not exist yet is offered as new
page = open_page("data.title", "data.caption", without_database=data.offer_new_database)

tab_upload, tab_templates, tab_download = st.tabs(
    [tr("data.tab.upload"), tr("data.tab.templates"), tr("data.tab.download")]
)
with tab_upload:
    choice = data.upload_form(page)  # kind, period, switches, the file (None: imports closed here)
    if choice is not None:
        st.caption(tr("data.limit"))  # 200 MB; bigger files through the command line
        data.upload_report(page, choice)  # the check, the report, the import
with tab_templates:
    data.templates_tab(page)
with tab_download:
    data.download_tab(page)
