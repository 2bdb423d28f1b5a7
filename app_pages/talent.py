"""Talent pool and succession: the pool of each instansi against the 5–10% recommendation, one
instansi's succession readiness check (KASN's five notes), its critical positions and successors,
its pool by position type, and the import of a critical-position file."""

import streamlit as st

from ui import evidence, talent
from ui.page import open_page
from ui.state import tr

page = open_page("talent.title", "talent.caption", needs="period")
talent.ensure_demo_succession(page.path)  # a fresh demo database: its critical positions, once

# --- the talent pool of every instansi in the selection (drawn in section 2) ---------------------
summary = talent.pool_summary(page.path, page.filters)
if summary.empty:
    st.info(tr("talent.pool.none"))
    st.stop()

# --- 1. one instansi: readiness, succession, pool ---------------------------------------------------
chosen = talent.choose_instansi(page, summary)  # the picker (in the link) and its pool in figures
evidence.pack_buttons(page, chosen)  # the 2026 merit evaluation's evidence pack (PDF + XLSX)
plan = talent.plan(page.path, chosen, page.period)
talent.readiness_section(page, chosen, plan)  # KASN's five notes
talent.plan_section(page, chosen, plan)  # critical positions and successors
talent.programmes_section(page, chosen)
talent.position_section(page, chosen)  # the pool by position type and its members

# --- 2. the talent pool of every instansi in the selection ----------------------------------------
talent.pool_section(page, summary)

# --- 3. import a critical-position file (docs/data-contract.md §5) -------------------------------
talent.import_section(page)
