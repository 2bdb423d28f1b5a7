"""Calibration in the talent-review meeting: the room moves a person to another box, with a reason.

Why an append-only trail: evaluators audit whether calibration was used to bypass merit (UU 20/2023,
the merit principle). Every move, undo, lock and unlock is a new row; nothing in this module (or any
other) updates or deletes a row of ``calibration_log`` or ``period_locks``. The calibrated box of an
employee is the ``to_box`` of the latest entry for that (period, NIP); ``to_box`` NULL means "back to
the computed box". An undo is an entry that restores the box in force before the entry it undoes.
Calibrations attach to (period, NIP), so they survive restarts and re-imports of the same period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.core import db, lake
from analytics.core.filters import Filters
from analytics.labels import t
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import rules as nbrules

MIN_REASON_WORDS = 4  # "at least a sentence"
FAR_POINTS = 10.0  # warn when a move into the talent pool is this far (points) from the target cell

_DDL = """
create sequence if not exists calibration_seq start 1;
create table if not exists calibration_log (
    entry_id integer primary key,
    period integer not null,
    nip varchar not null,
    from_box integer,
    to_box integer,
    computed_box integer,
    reason varchar not null,
    decided_by varchar not null,
    kind varchar not null,          -- calibrate | undo
    undoes integer,
    created_at timestamp not null
);
create sequence if not exists period_lock_seq start 1;
create table if not exists period_locks (
    entry_id integer primary key,
    period integer not null,
    locked boolean not null,
    reason varchar not null,
    decided_by varchar not null,
    created_at timestamp not null
);
"""


class CalibrationRefused(ValueError):
    """A calibration, undo, lock or unlock that the rules refuse; ``str()`` is the user message."""


@dataclass(frozen=True)
class Decision:
    """Who decided and why (there is no login yet: the name/role is typed in)."""

    reason: str
    decided_by: str


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the trail tables when missing (serialised: sessions are threads)."""
    db.ensure_tables(con, _DDL, ("calibration_log", "period_locks"))


def _check_decision(decision: Decision, lang: str) -> None:
    if len(decision.reason.split()) < MIN_REASON_WORDS:
        raise CalibrationRefused(t("calibration.error.reason", lang, n=MIN_REASON_WORDS))
    if not decision.decided_by.strip():
        raise CalibrationRefused(t("calibration.error.by", lang))


def is_locked(con: duckdb.DuckDBPyConnection, period: int) -> bool:
    """Whether the latest lock entry of the period closes it."""
    ensure_tables(con)
    rows = (
        con.cursor()
        .execute("select locked from period_locks where period = ? order by entry_id desc limit 1", [period])
        .fetchall()
    )
    return bool(rows and rows[0][0])


def _effective_box(cur: duckdb.DuckDBPyConnection, period: int, nip: str) -> int | None:
    rows = cur.execute(
        "select to_box from calibration_log where period = ? and nip = ? order by entry_id desc limit 1",
        [period, nip],
    ).fetchall()
    return rows[0][0] if rows else None


def _append(cur: duckdb.DuckDBPyConnection, row: list[object]) -> int:
    """Append one entry; on a lake also the snapshot the decision was made on (the data as the meeting
    saw it, read back with ``lake.connect(store, snapshot=made_on(...))``), in the same transaction."""
    seen = lake.snapshot_id(cur) if lake.is_lake(cur) else None  # before the id: that is a write too
    entry = db.next_id(cur, "calibration_seq")
    cur.execute("begin transaction")
    try:
        cur.execute("insert into calibration_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [entry, *row])
        if seen is not None:
            lake.record_snapshot(cur, "calibration", str(entry), seen)
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return entry


def made_on(con: duckdb.DuckDBPyConnection, entry_id: int) -> int | None:
    """The lake snapshot a calibration entry was made on; None in a DuckDB file (no snapshots)."""
    if not lake.is_lake(con):
        return None
    return lake.recorded_snapshot(con.cursor(), "calibration", str(entry_id))


def calibrate(
    con: duckdb.DuckDBPyConnection,
    *,
    period: int,
    nip: str,
    to_box: int,
    decision: Decision,
    computed_box: int | None,
    lang: str = "id",
) -> int:
    """Record a move of one employee to ``to_box``; returns the entry id. Refused without a reason,
    in a locked period, or to a box that does not exist."""
    ensure_tables(con)
    _check_decision(decision, lang)
    if not 1 <= int(to_box) <= 9:
        raise CalibrationRefused(t("calibration.error.box", lang))
    if is_locked(con, period):
        raise CalibrationRefused(t("calibration.error.locked", lang, period=period))
    cur = con.cursor()
    current = _effective_box(cur, period, nip)
    from_box = current if current is not None else computed_box
    if from_box == to_box:
        raise CalibrationRefused(t("calibration.error.same_box", lang, box=to_box))
    stored_to = None if to_box == computed_box else to_box
    return _append(
        cur,
        [period, nip, from_box, stored_to, computed_box, decision.reason.strip(), decision.decided_by.strip(),
         "calibrate", None, dt.datetime.now()],
    )  # fmt: skip


def undo(con: duckdb.DuckDBPyConnection, *, entry_id: int, decision: Decision, lang: str = "id") -> int:
    """Undo an entry by a new entry that restores the box in force before it (never a deletion)."""
    ensure_tables(con)
    _check_decision(decision, lang)
    cur = con.cursor()
    rows = cur.execute(
        "select period, nip, computed_box from calibration_log where entry_id = ?", [entry_id]
    ).fetchall()
    if not rows:
        raise CalibrationRefused(t("calibration.error.no_entry", lang, entry=entry_id))
    period, nip, computed = rows[0]
    if is_locked(con, period):
        raise CalibrationRefused(t("calibration.error.locked", lang, period=period))
    before = cur.execute(
        "select to_box from calibration_log where period = ? and nip = ? and entry_id < ? "
        "order by entry_id desc limit 1",
        [period, nip, entry_id],
    ).fetchall()
    restored = before[0][0] if before else None
    current = _effective_box(cur, period, nip)
    return _append(
        cur,
        [period, nip, current if current is not None else computed, restored, computed,
         decision.reason.strip(), decision.decided_by.strip(), "undo", entry_id, dt.datetime.now()],
    )  # fmt: skip


def set_lock(
    con: duckdb.DuckDBPyConnection, *, period: int, locked: bool, decision: Decision, lang: str = "id"
) -> int:
    """Close (lock) or reopen (unlock) a period's calibration; both need a reason and are kept."""
    ensure_tables(con)
    _check_decision(decision, lang)
    if is_locked(con, period) == locked:
        raise CalibrationRefused(t("calibration.error.lock_state", lang, period=period))
    cur = con.cursor()
    entry = db.next_id(cur, "period_lock_seq")
    cur.execute(
        "insert into period_locks values (?, ?, ?, ?, ?, ?)",
        [entry, period, locked, decision.reason.strip(), decision.decided_by.strip(), dt.datetime.now()],
    )
    return entry


_CURRENT_SQL = """
with latest as (
    select period, nip, to_box, entry_id,
        row_number() over (partition by period, nip order by entry_id desc) as rn
    from calibration_log where period = ?
)
select nip, to_box as calibrated_box from latest where rn = 1 and to_box is not null
"""


def current_calibrations(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """nip, calibrated_box for everyone whose box the meeting changed (and not undone) in ``period``."""
    ensure_tables(con)
    return con.cursor().execute(_CURRENT_SQL, [period]).df()


def apply_calibrations(con: duckdb.DuckDBPyConnection, boxes: pd.DataFrame, period: int) -> pd.DataFrame:
    """``boxes`` (from ninebox.assign_boxes) with computed_box, box (calibrated where set) and calibrated."""
    cal = current_calibrations(con, period)
    out = boxes.rename(columns={"box": "computed_box"}).merge(cal, on="nip", how="left")
    out["calibrated"] = out["calibrated_box"].notna()
    out["box"] = out["calibrated_box"].astype("Int64").fillna(out["computed_box"]).astype("Int64")
    pool = set(nbrules.pool_boxes(con))
    out["talent_pool"] = out["box"].isin(pool).fillna(False).astype(bool)
    return out.drop(columns=["calibrated_box"])


def distribution_change(boxes: pd.DataFrame) -> pd.DataFrame:
    """Counts per box before (computed) and after (calibrated) calibration: box, before, after, change."""
    before = boxes["computed_box"].value_counts()
    after = boxes["box"].value_counts()
    out = pd.DataFrame({"box": range(1, 10)})
    out["before"] = out["box"].map(before).fillna(0).astype(int)
    out["after"] = out["box"].map(after).fillna(0).astype(int)
    out["change"] = out["after"] - out["before"]
    return out


def distance_to_box(
    con: duckdb.DuckDBPyConnection,
    *,
    kinerja_score: float,
    potensial_score: float,
    to_box: int,
    rules: ninebox.Rules,
) -> float:
    """How many points the scores lie outside the target box's cell (0 when inside), the larger axis."""
    rows = (
        con.cursor()
        .execute(
            "select kinerja_level, potensial_level from ref_boxes where scheme = ? and box = ?",
            [rules.scheme, to_box],
        )
        .fetchall()
    )
    k_level, p_level = rows[0]

    def gap(score: float, level: int, cut: tuple[float, float]) -> float:
        low, high = (0.0, cut[0]) if level == 1 else (cut[0], cut[1]) if level == 2 else (cut[1], 100.0)
        return max(0.0, low - score, score - high if level < 3 else 0.0)

    return max(
        gap(kinerja_score, k_level, rules.thresholds.kinerja),
        gap(potensial_score, p_level, rules.thresholds.potensial),
    )


def needs_warning(
    con: duckdb.DuckDBPyConnection, *, kinerja_score: float, potensial_score: float, to_box: int,
    rules: ninebox.Rules,
) -> float | None:  # fmt: skip
    """The distance in points when a move into the talent pool is far from the scores, else None."""
    if to_box not in nbrules.pool_boxes(con, rules.scheme) or rules.thresholds.relative:
        return None
    d = distance_to_box(
        con,
        kinerja_score=kinerja_score,
        potensial_score=potensial_score,
        to_box=to_box,
        rules=rules,
    )
    return d if d >= FAR_POINTS else None


_TRAIL_SQL = """
select c.entry_id, c.period, c.nip, e.nama, e.instansi, e.provinsi, e.unit_kerja, c.from_box, c.to_box, c.computed_box,
    c.kind, c.undoes, c.reason, c.decided_by, c.created_at, e.nip is null as orphaned
from calibration_log c
left join employees e on e.period = c.period and e.nip = c.nip
where (? is null or c.period = ?)
order by c.entry_id
"""


def trail(con: duckdb.DuckDBPyConnection, period: int | None = None) -> pd.DataFrame:
    """Every entry, oldest first, with the employee's name and unit; ``orphaned`` when the person is no
    longer in the period's data (e.g. a re-import removed them)."""
    ensure_tables(con)
    return con.cursor().execute(_TRAIL_SQL, [period, period]).df()


def lock_trail(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every lock/unlock entry, oldest first."""
    ensure_tables(con)
    return con.cursor().execute("select * from period_locks order by entry_id").df()


def orphaned(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """Current calibrations whose employee is not in the period's data any more."""
    cal = current_calibrations(con, period)
    if cal.empty:
        return cal
    present = {
        r[0] for r in con.cursor().execute("select nip from employees where period = ?", [period]).fetchall()
    }
    return cal[~cal["nip"].isin(present)]


__all__ = [
    "Decision",
    "CalibrationRefused",
    "Filters",
    "apply_calibrations",
    "calibrate",
    "current_calibrations",
    "distribution_change",
    "is_locked",
    "needs_warning",
    "orphaned",
    "set_lock",
    "trail",
    "undo",
]
