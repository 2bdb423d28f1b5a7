"""Kalibrasi: the talent-review meeting moves a person to another box with a reason; the trail keeps
every move, undo, lock and unlock for evaluators."""

from ui import calibration as ui_cal
from ui.page import open_page

page = open_page("calpage.title", "calpage.purpose", needs="period", right="calibrate")
view = ui_cal.view(page)  # the box-view switch; the rules caption
is_locked = ui_cal.lock_banner(page)
flash = ui_cal.flash_success()  # a callback's outcome: a success here, an error beside the form

ui_cal.form(page, view, is_locked, flash)  # calibrate one employee
ui_cal.distribution_change(page, view)  # how calibration changed the distribution

entries = ui_cal.trail(page.path)
ui_cal.undo_form(page, entries, is_locked)
ui_cal.lock_form(page, is_locked)
ui_cal.trail_section(page, entries)
ui_cal.locks_section(page)
