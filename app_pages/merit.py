"""Sistem Merit: a province's regencies side by side, one agency's aspects and stages, the national
picture, and the change between periods. Regions and agencies only: no personal rows on this page.

The address holds the view (README "Merit: the linked views and their address"): read on the
session's first visit, written after every run (ui.merit.read_link / write_link, through ui.urlstate)."""

import streamlit as st

from ui import exports
from ui import merit as data
from ui.page import open_page
from ui.state import tr

page = open_page("merit.title", "merit.caption", deck_title="merit.title")
data.read_link()  # the link's view and selections (first visit), else the values kept from the last

provinces = data.provinces(page.path)
all_periods = data.periods(page.path)
if not provinces and not all_periods:
    st.info(tr("merit.no_data"))
    st.page_link("app_pages/data.py", label=tr("home.go_data"), icon=":material/upload_file:")
    st.stop()

view = data.view_picker()  # provinsi, instansi, nasional, periode
c1, c2, c3 = st.columns([2, 1, 2])
province = data.province_picker(c1, view, provinces)  # None in the national view
periods = data.periods(page.path, province) if province else all_periods
if not periods:
    st.info(tr("merit.no_period", province=province))
    st.stop()
period = data.period_picker(c2, view, periods)  # None in the change between two periods

selection: data.Selection = {}  # the linked views' selection, for the address
if view == "provinsi":
    selection = data.province_view(page, province, period)  # regencies side by side, linked profile
elif view == "instansi":
    data.instansi_view(page, c3, province, period)  # aspects in a stage, totals per stage
elif view == "nasional":
    selection = data.national_view(page, c3, period)  # every instansi linked, targets, provinces
else:
    data.period_view(page, (c2, c3), province, periods)  # the change between two periods

exports.deck_buttons(page.deck, f"merit_{view}", key="merit_deck")
data.write_link(selection)  # keep the selections for the next visit, and in the address
