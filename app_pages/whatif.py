"""What-if weights: sliders re-box everyone live against a baseline, and show who moves where.

The address holds the whole scenario (README "What-if: the page and its address"): read on the
session's first visit, written after every change (ui.whatif, through ui.urlstate)."""

from ui import whatif
from ui.page import open_page

page = open_page("whatif.title", "whatif.purpose", needs="period")
link_filters = whatif.open_link(page)  # what the link asked for: ignored parts named, its filters offered
whatif.scenario(page, link_filters)  # a fragment: the sliders, the headline and the open result tab
