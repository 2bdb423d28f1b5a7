"""Pelatihan: a guided walk for a bimtek on the demo data — the nine-box, one employee's scores
becoming a box step by step, piling up, the merit index, a glossary, and a short exercise."""

import streamlit as st

from ui import training as ui_tr
from ui.page import open_page
from ui.state import tr

page = open_page("train.title", "train.purpose", needs="period")
ui_tr.what_the_ninebox_is(page)  # 1. the matrix and the talent pool
people = ui_tr.one_employee(page)  # 2. one employee, step by step (stops when there is nobody)
ui_tr.piling_up(page)  # 3. piling up
ui_tr.merit_index(page)  # 4. the merit index
ui_tr.glossary_section(page)  # 5. glossary
ui_tr.exercise(page, people)  # 6. guess the box

st.page_link("app_pages/whatif.py", label=tr("train.next_whatif"), icon=":material/tune:")
