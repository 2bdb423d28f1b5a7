"""Merit-principle fairness audit: do women and men, age bands, position types and regions reach
boxes 7-8-9 at comparable rates? Groups only, never a personal row; groups under 5 people hidden."""

from ui import fairness as ui_fair
from ui import talent
from ui.page import open_page

page = open_page("fair.title", "fair.caption", needs="period")
results = talent.audits(page.path, page.filters)
ui_fair.summary(page, results)  # the rule, the headline, one line per attribute
for audit in results:
    ui_fair.attribute(page, audit)  # chart, PNG, table and test note of each attribute
ui_fair.downloads(page, results)
