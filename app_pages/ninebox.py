"""Nine-box: the talent matrix of the filtered population, its piling-up flags, drill-down to people,
and a regional comparison of aggregates."""

from ui import ninebox as ui_nb
from ui import urlstate
from ui.page import open_page

page = open_page("nbpage.title", "nbpage.purpose", needs="period", deck_title="nbpage.title")
choices = ui_nb.controls(page)  # colour, cut-off mode, numbering, box view; meeting mode from the sidebar
view = choices.view

# The open tab in the URL as a stable code (tab=wilayah), not its label: a link works in both languages.
tab_by_code = urlstate.tabs(
    {"matriks": "nbpage.tab.matrix", "wilayah": "nbpage.tab.regions"}, key="nb_tab", param="tab"
)
tab_matrix, tab_regions = tab_by_code["matriks"], tab_by_code["wilayah"]

# Lazy tabs: only the open one runs (the matrix when the state is unknown, e.g. in AppTest).
if tab_matrix.open or not tab_regions.open:
    with tab_matrix:
        matrix = ui_nb.matrix(view)  # stops with a message when nobody is in the view
        ui_nb.piling_banners(page, matrix)
        ui_nb.headline(page, matrix)
        selection = ui_nb.chart_and_counts(page, choices, matrix)
        ui_nb.drill_down(page, view, matrix, selection)
        ui_nb.unit_shares(page, view, matrix)
        ui_nb.unmappable_list(page, view, matrix)

if tab_regions.open:  # aggregates only, never a personal row
    with tab_regions:
        ui_nb.regional_comparison(page, view)

ui_nb.deck_buttons(page, view)
