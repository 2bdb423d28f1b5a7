"""Beranda: what is loaded, headline figures, and the way to each analysis."""

import streamlit as st

from analytics.core.formats import fmt_number, fmt_percent
from analytics.core.overview import TALENT_POOL_TARGET
from analytics.ninebox import charts
from ui import data, prefetch, quality
from ui.navigation import PAGES
from ui.page import open_page
from ui.state import tr

page = open_page("home.title", "home.purpose", needs="period")
L = page.lang
info = data.summary(page.path)
current = page.filters
figures = data.overview(page.path, current)
st.subheader(tr("home.loaded", period=current.period))
c1, c2, c3, c4 = st.columns(4)
c1.metric(tr("home.employees"), fmt_number(figures["employees"], 0, L))
c2.metric(tr("home.instansi"), fmt_number(figures["instansi"], 0, L))
c3.metric(tr("home.units"), fmt_number(figures["units"], 0, L))
c4.metric(tr("home.periods"), ", ".join(str(p["period"]) for p in info["periods"]))

c1, c2, c3, c4 = st.columns(4)
share = figures["talent_pool_share"]
low, high = TALENT_POOL_TARGET
c1.metric(
    tr("home.talent_pool"),
    fmt_percent(share, 1, L),
    help=tr("home.talent_pool_help", low=fmt_percent(low, 0, L), high=fmt_percent(high, 0, L)),
)
c2.metric(tr("home.box9"), fmt_number(figures["boxes"].get(9, 0), 0, L))
c3.metric(tr("home.unmappable"), fmt_number(figures["unmappable"], 0, L), help=tr("home.unmappable_help"))
c4.metric(tr("home.merit_instansi"), fmt_number(figures["merit_instansi"], 0, L))
if share is not None and share < low:
    st.warning(tr("home.pool_below", share=fmt_percent(share, 1, L), low=fmt_percent(low, 0, L)))
if figures["mapped"]:
    st.markdown(f"**{tr('home.box_chart.title', pool='-'.join(str(b) for b in figures['pool_boxes']))}**")
    st.markdown(
        charts.box_distribution_html(figures["boxes"], pool_boxes=figures["pool_boxes"], lang=L),
        unsafe_allow_html=True,
    )

quality.section(page)  # BKN's four data-quality dimensions per instansi, and the rows behind them

st.subheader(tr("home.analyses"))
cols = st.columns(3)
for i, spec in enumerate(p for p in PAGES if p.card):
    with cols[i % 3].container(border=True):
        st.page_link(spec.file, label=tr(f"home.card.{spec.key}.title"), icon=spec.icon)
        st.caption(tr(f"home.card.{spec.key}.text"))
prefetch.element_scripts()  # the next pages' chart scripts, once the browser is idle (ui/prefetch.py)
