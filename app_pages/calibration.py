"""Kalibrasi: the talent-review meeting proposes moving a person to another box with a reason; the
committee reviews and the PPK sets the period's boxes, which locks it (PMK 38/2025 pasal 21); the trail
keeps every proposal, step, undo, lock and unlock for evaluators."""

from ui import calibration as ui_cal
from ui.page import open_page

page = open_page("calpage.title", "calpage.purpose", needs="period", right="calibrate")
view = ui_cal.view(page)  # the box-view switch; the rules caption
is_locked = ui_cal.lock_banner(page)
flash = ui_cal.flash_success()  # a callback's outcome: a success here, an error beside the form

ui_cal.form(page, view, is_locked, flash)  # propose a move of one employee (a draft)
entries = ui_cal.trail(page.path)
ui_cal.pending_section(page, entries, is_locked)  # proposals not yet set: review, return, withdraw
ui_cal.lock_form(page, entries, is_locked)  # set the period's boxes (locks it), or unlock
ui_cal.distribution_change(page, view)  # how the set calibrations changed the distribution

ui_cal.undo_form(page, entries, is_locked)
ui_cal.trail_section(page, entries)
ui_cal.locks_section(page)
