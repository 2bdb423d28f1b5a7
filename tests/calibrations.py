"""Calibrations that count: a proposal taken through the whole decision flow (draft -> reviewed ->
set, PMK 38/2025 pasal 21) and the period opened again, for tests about what a set calibration does."""

from __future__ import annotations

from typing import Any

import duckdb

from analytics.ninebox import calibration
from analytics.ninebox.calibration import Decision

NOTE = Decision("Komite talenta membahas usulan ini dalam rapat.", "Komite Talenta")
SET = Decision("PPK menetapkan kembali kotak hasil rapat talenta.", "Bupati Ende")
REOPEN = Decision("Dibuka lagi untuk usulan berikutnya dalam rapat.", "Bupati Ende")


def settle(con: duckdb.DuckDBPyConnection, entry: int) -> int:
    """Review ``entry``, set its period (which locks it) and unlock the period again; returns ``entry``."""
    period = int(calibration.trail(con).set_index("entry_id").at[entry, "period"])
    calibration.step(con, entry_id=entry, action="review", decision=NOTE)
    calibration.set_period(con, period=period, decision=SET)
    calibration.set_lock(con, period=period, locked=False, decision=REOPEN)
    return entry


def calibrate_set(con: duckdb.DuckDBPyConnection, **kwargs: Any) -> int:
    """``calibration.calibrate`` taken to 'set'; returns the entry id."""
    return settle(con, calibration.calibrate(con, **kwargs))


def undo_set(con: duckdb.DuckDBPyConnection, **kwargs: Any) -> int:
    """``calibration.undo`` taken to 'set'; returns the new entry id."""
    return settle(con, calibration.undo(con, **kwargs))
