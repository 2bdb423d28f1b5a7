"""Calibration in the talent-review meeting: the room moves a person to another box, with a reason.

Why an append-only trail: evaluators audit whether calibration was used to bypass merit (UU 20/2023,
the merit principle). Every move, undo, step, lock and unlock is a new row; nothing in this module (or
any other) updates or deletes a row of ``calibration_log``, ``calibration_steps`` or ``period_locks``.

The decision flow (PMK 38/2025 pasal 21(2)(d-e): the leadership forum may move a candidate up or down
a box after discussion and then sets the boxes again; docs/rules.md §8). A move or an undo is an entry
of ``calibration_log`` that starts as a **draft** (the panel proposes), is **reviewed** by the talent
committee and **set** by the PPK (or whom the agency names). Each step is a row of
``calibration_steps`` with who, when and a note; an entry's state is its latest step. A step follows
only the one before it: a draft can be withdrawn by the panel or sent back (returned) by the
committee, a reviewed entry can be sent back by the one who sets; withdrawn and returned entries are
closed (the panel drafts anew). A person has at most one open (draft or reviewed) entry at a time.
Setting is done for the whole period at once: every reviewed entry becomes set and the period is
locked (``period_locks``), and it is refused while a draft is still open. Nothing can be changed in a
locked period; unlocking needs a reason and the right to set.

Only set entries count: the calibrated box of an employee is the ``to_box`` of the latest *set* entry
for that (period, NIP); ``to_box`` NULL means "back to the computed box". An undo is an entry that,
once set, restores the box in force before the entry it undoes. Calibrations attach to (period, NIP),
so they survive restarts and re-imports of the same period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.core import db, lake
from analytics.core.access import Grant, Scope
from analytics.core.filters import Filters
from analytics.labels import t
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import rules as nbrules

MIN_REASON_WORDS = 4  # "at least a sentence"
FAR_POINTS = 10.0  # warn when a move into the talent pool is this far (points) from the target cell
REGULATION = "PMK 38/2025 pasal 21"  # the leadership forum's power to move a box, then set them again

STATES = ("draft", "reviewed", "set", "withdrawn", "returned")
OPEN_STATES = ("draft", "reviewed")
# A step: the states it may follow and the state it leads to (docs/rules.md §8).
STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    "review": (("draft",), "reviewed"),
    "withdraw": (("draft",), "withdrawn"),
    "return": (("draft", "reviewed"), "returned"),
    "set": (("reviewed",), "set"),
}
# Who may do a step (access.RIGHTS): drafting and withdrawing a draft is the panel's, reviewing and
# returning a draft the committee's, setting and returning a reviewed entry (and unlocking) the PPK's.
STEP_RIGHTS = {"draft": "calibrate.draft", "withdraw": "calibrate.draft", "review": "calibrate.review"}
SET_RIGHT = "calibrate.set"

_DDL = db.CALIBRATION_DDL
_TABLES = ("calibration_log", "calibration_steps", "period_locks")

# The state of every entry: its latest step.
STATE_SQL = "select entry_id, arg_max(step, step_id) as state from calibration_steps group by entry_id"
# The entries that count in the calibrated view: those whose latest step is 'set'.
SET_ENTRIES_SQL = (
    f"select l.* from calibration_log l join ({STATE_SQL}) st on st.entry_id = l.entry_id"  # noqa: S608 constant
    " where st.state = 'set'"
)


class CalibrationRefused(ValueError):
    """A calibration, undo, step, lock or unlock that the rules refuse; ``str()`` is the user message."""


@dataclass(frozen=True)
class Decision:
    """Who decided and why: the reason of a move, or the note of a step (on a local app the name or
    role is typed in; when signed in it is the identity)."""

    reason: str
    decided_by: str


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the trail tables when missing (serialised: sessions are threads)."""
    db.ensure_tables(con, _DDL, _TABLES)


def _check_decision(decision: Decision, lang: str) -> None:
    if len(decision.reason.split()) < MIN_REASON_WORDS:
        raise CalibrationRefused(t("calibration.error.reason", lang, n=MIN_REASON_WORDS))
    if not decision.decided_by.strip():
        raise CalibrationRefused(t("calibration.error.by", lang))


def _check_right(actor: Grant | None, right: str, lang: str) -> None:
    """Refused when ``actor`` (None: no check, e.g. a local app or the command line) lacks ``right``."""
    if actor is not None and not actor.can(right):
        raise CalibrationRefused(
            t("calibration.error.right", lang, step=t(f"calibration.right.{right}", lang), role=actor.role)
        )


def required_right(step: str, state: str | None = None) -> str:
    """The access right a step needs: 'draft', 'review', 'withdraw', 'set', or 'return' (which needs the
    committee's right on a draft and the setter's on a reviewed entry)."""
    if step == "return":
        return STEP_RIGHTS["review"] if state == "draft" else SET_RIGHT
    return STEP_RIGHTS.get(step, SET_RIGHT)


def is_locked(con: duckdb.DuckDBPyConnection, period: int) -> bool:
    """Whether the latest lock entry of the period closes it."""
    ensure_tables(con)
    rows = (
        con.cursor()
        .execute("select locked from period_locks where period = ? order by entry_id desc limit 1", [period])
        .fetchall()
    )
    return bool(rows and rows[0][0])


def _refuse_if_locked(con: duckdb.DuckDBPyConnection, period: int, lang: str) -> None:
    if is_locked(con, period):
        raise CalibrationRefused(t("calibration.error.locked", lang, period=period))


def _effective_box(
    cur: duckdb.DuckDBPyConnection, period: int, nip: str, before: int | None = None
) -> int | None:
    """The to_box of the latest set entry of (period, NIP) (before entry ``before`` when given)."""
    rows = cur.execute(
        f"select to_box from ({SET_ENTRIES_SQL}) where period = ? and nip = ? and (? is null or entry_id < ?)"  # noqa: S608 constant
        " order by entry_id desc limit 1",
        [period, nip, before, before],
    ).fetchall()
    return rows[0][0] if rows else None


def _open_entry(cur: duckdb.DuckDBPyConnection, period: int, nip: str) -> tuple[int, str] | None:
    """The person's open (draft or reviewed) entry and its state, if any."""
    rows = cur.execute(
        f"select l.entry_id, st.state from calibration_log l join ({STATE_SQL}) st on st.entry_id = l.entry_id"  # noqa: S608 constant
        " where l.period = ? and l.nip = ? and st.state in ('draft', 'reviewed') order by l.entry_id desc limit 1",
        [period, nip],
    ).fetchall()
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def _state(cur: duckdb.DuckDBPyConnection, entry_id: int) -> str | None:
    rows = cur.execute(
        "select arg_max(step, step_id) from calibration_steps where entry_id = ?", [entry_id]
    ).fetchall()
    return rows[0][0] if rows else None


def _step_row(
    cur: duckdb.DuckDBPyConnection, entry_id: int, step: str, decision: Decision, role: str | None
) -> int:
    step_id = db.next_id(cur, "calibration_step_seq")
    cur.execute(
        "insert into calibration_steps values (?, ?, ?, ?, ?, ?, ?)",
        [
            step_id,
            entry_id,
            step,
            decision.reason.strip(),
            decision.decided_by.strip(),
            role,
            dt.datetime.now(),
        ],
    )
    return step_id


def _draft(cur: duckdb.DuckDBPyConnection, row: list[object], decision: Decision, role: str | None) -> int:
    """Append an entry and its draft step in one transaction; returns the entry id. On a lake also the
    snapshot the decision was made on (the data as the meeting saw it, read back with
    ``lake.connect(store, snapshot=made_on(...))``), in the same transaction."""
    seen = lake.snapshot_id(cur) if lake.is_lake(cur) else None  # before the ids: taking one is a write
    cur.execute("begin transaction")
    try:
        entry = db.next_id(cur, "calibration_seq")
        cur.execute("insert into calibration_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [entry, *row])
        _step_row(cur, entry, "draft", decision, role)
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


def _refuse_if_open(cur: duckdb.DuckDBPyConnection, period: int, nip: str, lang: str) -> None:
    found = _open_entry(cur, period, nip)
    if found:
        raise CalibrationRefused(
            t("calibration.error.open", lang, entry=found[0], state=t(f"calibration.state.{found[1]}", lang))
        )


def calibrate(
    con: duckdb.DuckDBPyConnection,
    *,
    period: int,
    nip: str,
    to_box: int | str,
    decision: Decision,
    computed_box: int | None,
    lang: str = "id",
    actor: Grant | None = None,
) -> int:
    """Propose (draft) a move of one employee to ``to_box``; returns the entry id. It counts only once
    set. Refused without a reason, without the right to draft, in a locked period, while the person
    has an open entry, or to a box that does not exist or is the box in force.

    ``to_box`` as an int is a box of the default numbering (the page's select, labelled with its
    levels); as text, the external form of a box (docs/rules.md §3a): its level pair 'atas/tinggi'
    or a number with its scheme 'opensource:7'; a bare number as text is refused."""
    ensure_tables(con)
    _check_right(actor, STEP_RIGHTS["draft"], lang)
    _check_decision(decision, lang)
    if isinstance(to_box, str):
        try:
            to_box = nbrules.parse_box(con, to_box, field="to_box", lang=lang)
        except ValueError as exc:
            raise CalibrationRefused(str(exc)) from exc
    if not 1 <= int(to_box) <= 9:
        raise CalibrationRefused(t("calibration.error.box", lang))
    _refuse_if_locked(con, period, lang)
    cur = con.cursor()
    _refuse_if_open(cur, period, nip, lang)
    current = _effective_box(cur, period, nip)
    from_box = current if current is not None else computed_box
    if from_box == to_box:
        raise CalibrationRefused(t("calibration.error.same_box", lang, box=to_box))
    stored_to = None if to_box == computed_box else to_box
    return _draft(
        cur,
        [period, nip, from_box, stored_to, computed_box, decision.reason.strip(), decision.decided_by.strip(),
         "calibrate", None, dt.datetime.now()],
        decision, actor.role if actor else None,
    )  # fmt: skip


def undo(
    con: duckdb.DuckDBPyConnection,
    *,
    entry_id: int,
    decision: Decision,
    lang: str = "id",
    actor: Grant | None = None,
) -> int:
    """Propose (draft) the undo of a set entry: a new entry that, once set, restores the box in force
    before it (never a deletion). An entry not yet set is withdrawn or returned instead."""
    ensure_tables(con)
    _check_right(actor, STEP_RIGHTS["draft"], lang)
    _check_decision(decision, lang)
    cur = con.cursor()
    rows = cur.execute(
        "select period, nip, computed_box from calibration_log where entry_id = ?", [entry_id]
    ).fetchall()
    if not rows:
        raise CalibrationRefused(t("calibration.error.no_entry", lang, entry=entry_id))
    period, nip, computed = rows[0]
    _refuse_if_locked(con, period, lang)
    state = _state(cur, entry_id)
    if state != "set":
        raise CalibrationRefused(
            t(
                "calibration.error.undo_not_set",
                lang,
                entry=entry_id,
                state=t(f"calibration.state.{state}", lang),
            )
        )
    _refuse_if_open(cur, period, nip, lang)
    restored = _effective_box(cur, period, nip, before=entry_id)
    current = _effective_box(cur, period, nip)
    return _draft(
        cur,
        [period, nip, current if current is not None else computed, restored, computed,
         decision.reason.strip(), decision.decided_by.strip(), "undo", entry_id, dt.datetime.now()],
        decision, actor.role if actor else None,
    )  # fmt: skip


def step(
    con: duckdb.DuckDBPyConnection,
    *,
    entry_id: int,
    action: str,
    decision: Decision,
    lang: str = "id",
    actor: Grant | None = None,
) -> int:
    """One step on one entry: 'review' (draft -> reviewed), 'withdraw' (draft -> withdrawn) or
    'return' (draft or reviewed -> returned), with who, when and a note; returns the step id. Setting
    is done for a whole period (``set_period``). Refused out of order, in a locked period, without the
    right for the step or without a note."""
    if action not in STEPS or action == "set":
        raise ValueError(action)
    ensure_tables(con)
    cur = con.cursor()
    rows = cur.execute("select period from calibration_log where entry_id = ?", [entry_id]).fetchall()
    if not rows:
        raise CalibrationRefused(t("calibration.error.no_entry", lang, entry=entry_id))
    state = _state(cur, entry_id)
    _check_right(actor, required_right(action, state), lang)
    _check_decision(decision, lang)
    _refuse_if_locked(con, int(rows[0][0]), lang)
    follows, leads_to = STEPS[action]
    if state not in follows:
        raise CalibrationRefused(
            t("calibration.error.order", lang, entry=entry_id, state=t(f"calibration.state.{state}", lang),
              step=t(f"calibration.step.{action}", lang))
        )  # fmt: skip
    cur.execute("begin transaction")
    try:
        if _state(cur, entry_id) != state:  # another session stepped in between
            raise CalibrationRefused(t("calibration.error.changed", lang, entry=entry_id))
        step_id = _step_row(cur, entry_id, leads_to, decision, actor.role if actor else None)
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return step_id


_OPEN_IN_PERIOD_SQL = f"""
select l.entry_id, st.state, e.instansi, e.provinsi
from calibration_log l
join ({STATE_SQL}) st on st.entry_id = l.entry_id
left join employees e on e.period = l.period and e.nip = l.nip
where l.period = ? and st.state in ('draft', 'reviewed')
order by l.entry_id
"""  # noqa: S608 constant


def set_period(
    con: duckdb.DuckDBPyConnection,
    *,
    period: int,
    decision: Decision,
    lang: str = "id",
    actor: Grant | None = None,
) -> list[int]:
    """Set the boxes of the period (PMK 38/2025 pasal 21): every reviewed entry becomes set and the
    period is locked, in one transaction; returns the entries set. With no reviewed entry it locks the
    computed boxes as they are. Refused while a draft is open, in a locked period, without the right to
    set, or when an open entry lies outside the actor's scope (the lock closes the whole period)."""
    ensure_tables(con)
    _check_right(actor, SET_RIGHT, lang)
    _check_decision(decision, lang)
    _refuse_if_locked(con, period, lang)
    cur = con.cursor()
    open_rows = cur.execute(_OPEN_IN_PERIOD_SQL, [period]).fetchall()
    drafts = [r[0] for r in open_rows if r[1] == "draft"]
    if drafts:
        raise CalibrationRefused(
            t(
                "calibration.error.drafts_open",
                lang,
                n=len(drafts),
                entries=", ".join(f"#{e}" for e in drafts),
            )
        )
    scope: Scope | None = actor.scope if actor else None
    if scope is not None and any(not scope.allows(instansi=r[2], provinsi=r[3]) for r in open_rows):
        raise CalibrationRefused(t("calibration.error.scope", lang, period=period))
    reviewed = [int(r[0]) for r in open_rows]
    role = actor.role if actor else None
    cur.execute("begin transaction")
    try:
        for entry in reviewed:
            if _state(cur, entry) != "reviewed":
                raise CalibrationRefused(t("calibration.error.changed", lang, entry=entry))
            _step_row(cur, entry, "set", decision, role)
        _lock_row(cur, period, True, decision)
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return reviewed


def _lock_row(cur: duckdb.DuckDBPyConnection, period: int, locked: bool, decision: Decision) -> int:
    entry = db.next_id(cur, "period_lock_seq")
    cur.execute(
        "insert into period_locks values (?, ?, ?, ?, ?, ?)",
        [entry, period, locked, decision.reason.strip(), decision.decided_by.strip(), dt.datetime.now()],
    )
    return entry


def set_lock(
    con: duckdb.DuckDBPyConnection,
    *,
    period: int,
    locked: bool,
    decision: Decision,
    lang: str = "id",
    actor: Grant | None = None,
) -> None:
    """Close (lock: the same as ``set_period``) or reopen (unlock) a period; both need a reason and the
    right to set, and are kept. Entries set before an unlock stay set."""
    ensure_tables(con)
    if locked:
        set_period(con, period=period, decision=decision, lang=lang, actor=actor)
        return
    _check_right(actor, SET_RIGHT, lang)
    _check_decision(decision, lang)
    if not is_locked(con, period):
        raise CalibrationRefused(t("calibration.error.lock_state", lang, period=period))
    _lock_row(con.cursor(), period, False, decision)


_CURRENT_SQL = f"""
with latest as (
    select period, nip, to_box, entry_id,
        row_number() over (partition by period, nip order by entry_id desc) as rn
    from ({SET_ENTRIES_SQL}) where period = ?
)
select nip, to_box as calibrated_box from latest where rn = 1 and to_box is not null
"""  # noqa: S608 constant


def current_calibrations(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """nip, calibrated_box for everyone whose box the meeting changed (set, and not undone) in ``period``."""
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


_TRAIL_SQL = f"""
select c.entry_id, c.period, c.nip, e.nama, e.instansi, e.provinsi, e.unit_kerja, c.from_box, c.to_box, c.computed_box,
    c.kind, c.undoes, c.reason, c.decided_by, c.created_at, e.nip is null as orphaned, st.state
from calibration_log c
left join employees e on e.period = c.period and e.nip = c.nip
left join ({STATE_SQL}) st on st.entry_id = c.entry_id
where (? is null or c.period = ?)
order by c.entry_id
"""  # noqa: S608 constant


def trail(con: duckdb.DuckDBPyConnection, period: int | None = None) -> pd.DataFrame:
    """Every entry, oldest first, with the employee's name and unit and the entry's ``state`` (its
    latest step); ``orphaned`` when the person is no longer in the period's data (e.g. a re-import
    removed them)."""
    ensure_tables(con)
    return con.cursor().execute(_TRAIL_SQL, [period, period]).df()


def pending(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """The period's open entries (draft or reviewed): proposed, not counted until set."""
    frame = trail(con, period)
    return frame[frame["state"].isin(OPEN_STATES)].reset_index(drop=True)


_STEPS_SQL = """
select s.step_id, s.entry_id, c.period, c.nip, e.nama, e.instansi, e.provinsi, e.unit_kerja, s.step, s.note,
    s.decided_by, s.role, s.created_at
from calibration_steps s
join calibration_log c on c.entry_id = s.entry_id
left join employees e on e.period = c.period and e.nip = c.nip
where (? is null or c.period = ?)
order by s.step_id
"""


def steps(con: duckdb.DuckDBPyConnection, period: int | None = None) -> pd.DataFrame:
    """Every step of the decision flow, oldest first: the entry, the step (the state it led to), its
    note, who did it (and in which role, when signed in) and when."""
    ensure_tables(con)
    return con.cursor().execute(_STEPS_SQL, [period, period]).df()


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
    "OPEN_STATES",
    "REGULATION",
    "SET_ENTRIES_SQL",
    "STATES",
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
    "pending",
    "required_right",
    "set_lock",
    "set_period",
    "step",
    "steps",
    "trail",
    "undo",
]
