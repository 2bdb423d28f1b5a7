"""Perpindahan antarperiode: how the same employees (same NIP) moved between boxes from one period
to the next, who entered or left the talent pool, and which units gained or lost pool members."""

import dataclasses

from ui import exports
from ui import movement as ui_mv
from ui.page import open_page

page = open_page("move.title", "move.purpose", needs="two_periods", deck_title="move.title")
before, after = ui_mv.period_pair(page)  # stops when both are the same period

scope = dataclasses.replace(page.filters, period=after)
result = ui_mv.box_movement(page.path, scope, before, after)
sentence = ui_mv.headline(page, result)
ui_mv.transitions(page, result, before, after, sentence)
ui_mv.pool_changes(page, result, before, after)
ui_mv.unit_changes(page, result, before, after)

exports.deck_buttons(page.deck, f"perpindahan_{before}_{after}", key="mv_deck", current=scope)
