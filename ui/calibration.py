"""Cached queries, write actions and tables of the Kalibrasi page.

Writes go through the one cached read-write connection (``ui.data.connection``) inside widget
callbacks, then ``data_changed()`` forgets every cached query so the nine-box and this page show the
new boxes on the rerun that follows. A callback leaves its outcome under ``FLASH`` for the page to
show once (an error stays beside the form; nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.access import Grant
from analytics.core.formats import fmt_date, fmt_number
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration
from analytics.ninebox.calibration import CalibrationRefused, Decision
from ui import ninebox as ui_nb
from ui.data import connection, data_changed
from ui.page import Page
from ui.state import lang, plain, tr

FLASH = "cal_flash"  # (kind, text) left by a callback, shown once by the page
KINDS = ("calibrate", "undo")
PERSON = "cal_person"  # the NIP chosen in the form (kept apart from its widgets, see the page)
UNDO_ENTRY = "cal_undo_pick"  # the entry chosen for an undo
STEP_ENTRY = "cal_step_pick"  # the pending entry chosen for a step
ERROR_FLOW, ERROR_LOCK = "cal_error_flow", "cal_error_lock"  # a refused step, shown beside its buttons


@st.cache_data(show_spinner=False)
def locked(path: str, period: int) -> bool:
    """Whether the meeting closed the period's calibration."""
    return calibration.is_locked(connection(path), period)


def trail(path: str) -> pd.DataFrame:
    """Every calibration entry of every period within the user's access scope, oldest first."""
    from ui.access import current

    return current().scope.rows(_trail(path))


@st.cache_data(show_spinner=False)
def _trail(path: str) -> pd.DataFrame:
    return calibration.trail(connection(path))


@st.cache_data(show_spinner=False)
def made_on(path: str) -> dict[int, int]:
    """Entry id -> the lake snapshot the entry was made on (``calibration.made_on``); empty on a DuckDB
    file, which has no snapshots."""
    from analytics.core import lake

    con = connection(path)
    if not lake.is_lake(con):
        return {}
    rows = (
        con.cursor()
        .execute("select ref, min(snapshot_id) from store_snapshots where kind = 'calibration' group by ref")
        .fetchall()
    )
    return {int(ref): int(snap) for ref, snap in rows if str(ref).isdigit()}


def made_on_links(path: str, shown: pd.DataFrame) -> None:
    """For each shown entry that recorded its snapshot (a lake only), a link to the nine-box page as
    the data was then (``?snapshot=N``, ui/sidebar.as_of)."""
    snapshots = made_on(path)
    lines = [
        f"- #{entry}: [{tr('calpage.trail.as_of', snapshot=snapshots[entry])}]"
        f"(ninebox?snapshot={snapshots[entry]})"
        for entry in shown["entry_id"].astype(int).tolist()[::-1]
        if entry in snapshots
    ]
    if lines:
        st.markdown(f"**{tr('calpage.trail.as_of_title')}**\n\n" + "\n".join(lines))


def steps(path: str) -> pd.DataFrame:
    """Every step of the decision flow within the user's access scope, oldest first."""
    from ui.access import current

    return current().scope.rows(_steps(path))


@st.cache_data(show_spinner=False)
def _steps(path: str) -> pd.DataFrame:
    return calibration.steps(connection(path))


@st.cache_data(show_spinner=False)
def lock_trail(path: str) -> pd.DataFrame:
    """Every lock/unlock entry, oldest first."""
    return calibration.lock_trail(connection(path))


@st.cache_data(show_spinner=False)
def far_move(path: str, kinerja: float, potensial: float, to_box: int) -> float | None:
    """Points between the scores and a talent-pool target box when that is far (else None)."""
    con = connection(path)
    return calibration.needs_warning(
        con, kinerja_score=kinerja, potensial_score=potensial, to_box=to_box,
        rules=ninebox.Rules.default(con),
    )  # fmt: skip


# --- write actions (widget callbacks) -----------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """Whom a calibration moves: the file, period, NIP and the computed box kept beside it."""

    path: str
    period: int
    nip: str
    computed_box: int | None


def _decision(prefix: str) -> Decision:
    """The reason typed in and who decided: the signed-in identity, or the name typed in (local app)."""
    who = signed_in_identity() or str(st.session_state.get(f"{prefix}_by") or "")
    return Decision(str(st.session_state.get(f"{prefix}_reason") or ""), who)


def signed_in_identity() -> str | None:
    """The signed-in identity (None on a local app or a served workshop without sign-in)."""
    from analytics.core.access import LOCAL_IDENTITY
    from ui.access import current

    who = current().identity
    return None if who in (LOCAL_IDENTITY, "workshop") else who


def decided_by_input(key: str, **kwargs: Any) -> None:
    """'Diputuskan oleh': typed in on a local app; the signed-in identity, not editable, when served."""
    who = signed_in_identity()
    if who is None:
        st.text_input(tr("calpage.form.by"), key=key, **kwargs)
    else:
        st.text_input(tr("calpage.form.by"), value=who, disabled=True, key=f"{key}_signed_in")


def _done(text: str, *clear: str) -> None:
    data_changed()
    for key in clear:
        st.session_state[key] = ""
    st.session_state[FLASH] = ("success", text)


def _actor() -> Grant | None:
    """The signed-in user's grant, whose role decides which steps they may take; None on a local app,
    where the one user acts as every role (the panel, the committee and the PPK)."""
    from ui.access import current

    return current() if signed_in_identity() else None


def may_step(right: str) -> bool:
    """True when this run's user may take a step needing ``right`` (every step on a local app)."""
    from ui.access import may

    return may(right)


def _audit(what: str, detail: str) -> None:
    from ui.access import record

    record("calibrate", what, detail=detail)


def submit_calibration(target: Target) -> None:
    """on_click of the propose button: record the move from the form's widgets as a draft."""
    to_box = int(st.session_state.get("cal_to_box") or 0)
    try:
        entry = calibration.calibrate(
            connection(target.path), period=target.period, nip=target.nip, to_box=to_box,
            decision=_decision("cal"), computed_box=target.computed_box, lang=lang(), actor=_actor(),
        )  # fmt: skip
    except CalibrationRefused as refused:
        st.session_state[FLASH] = ("error", str(refused))
        return
    st.session_state["cal_confirm"] = False
    st.session_state[STEP_ENTRY] = entry
    _audit(f"draft #{entry}: {target.nip} -> {to_box}", f"entry {entry}, period {target.period}")
    _done(tr("calpage.saved", entry=entry, box=to_box), "cal_reason")


def submit_undo(path: str) -> None:
    """on_click of the undo button: propose (draft) the undo of the chosen set entry."""
    entry = st.session_state.get(UNDO_ENTRY)
    if entry is None:
        st.session_state[FLASH] = ("error", tr("calpage.undo.pick"))
        return
    try:
        new = calibration.undo(
            connection(path), entry_id=int(entry), decision=_decision("cal_undo"), lang=lang(), actor=_actor()
        )
    except CalibrationRefused as refused:
        st.session_state[FLASH] = ("error", str(refused))
        return
    st.session_state[STEP_ENTRY] = new
    _audit(f"draft #{new}: undo #{int(entry)}", f"entry {new}")
    _done(tr("calpage.undo.saved", entry=int(entry), new=new), "cal_undo_reason")


def submit_step(path: str, action: str) -> None:
    """on_click of review / return / withdraw: one step on the chosen pending entry."""
    entry = st.session_state.get(STEP_ENTRY)
    if entry is None:
        st.session_state[FLASH] = ("error", tr("calpage.flow.pick"))
        return
    try:
        calibration.step(
            connection(path), entry_id=int(entry), action=action, decision=_decision("cal_step"), lang=lang(),
            actor=_actor(),
        )  # fmt: skip
    except CalibrationRefused as refused:
        st.session_state[ERROR_FLOW] = str(refused)
        return
    _audit(f"{action} #{int(entry)}", f"entry {int(entry)}")
    _done(tr(f"calpage.flow.done.{action}", entry=int(entry)), "cal_step_reason")


def submit_set(path: str, period: int) -> None:
    """on_click of 'set the period': every reviewed entry becomes set and the period is locked."""
    try:
        done = calibration.set_period(
            connection(path), period=period, decision=_decision("cal_lock"), lang=lang(), actor=_actor()
        )
    except CalibrationRefused as refused:
        st.session_state[ERROR_LOCK] = str(refused)
        return
    _audit(f"set period {period}", "entries " + (", ".join(f"#{e}" for e in done) or "-"))
    _done(tr("calpage.lock.locked", period=period, n=len(done)), "cal_lock_reason")


def submit_lock(path: str, period: int, lock: bool) -> None:
    """on_click of the lock/unlock button: locking sets the period (``submit_set``)."""
    if lock:
        submit_set(path, period)
        return
    try:
        calibration.set_lock(
            connection(path), period=period, locked=False, decision=_decision("cal_lock"), lang=lang(),
            actor=_actor(),
        )  # fmt: skip
    except CalibrationRefused as refused:
        st.session_state[ERROR_LOCK] = str(refused)
        return
    _audit(f"unlock period {period}", "")
    _done(tr("calpage.lock.unlocked", period=period), "cal_lock_reason")


# --- tables -------------------------------------------------------------------------------------


def identity(nama: pd.Series, nip: pd.Series, *, masked: bool) -> tuple[pd.Series, pd.Series]:
    """Names and NIPs as shown: initials and masked NIPs in meeting mode."""
    if masked:
        return nama.map(masking.initials), nip.map(masking.mask_nip)
    return nama.fillna("–"), nip


def person_label(row: dict[str, Any], *, masked: bool) -> str:
    """'Siti Nurhaliza · 198501012010012001 · Dinas Pendidikan' (initials and masked NIP in meetings)."""
    name = masking.initials(row["nama"]) if masked else str(row["nama"])
    nip = masking.mask_nip(row["nip"]) if masked else str(row["nip"])
    return f"{name} · {nip} · {row['unit_kerja']}"


def filter_trail(
    frame: pd.DataFrame,
    *,
    period: int | None,
    instansi: list[str],
    unit_kerja: list[str],
    decided_by: list[str],
    kinds: list[str],
) -> pd.DataFrame:
    """The entries matching every chosen filter (an empty choice keeps all)."""
    keep = pd.Series(True, index=frame.index)
    if period is not None:
        keep &= frame["period"] == period
    for column, chosen in (
        ("instansi", instansi),
        ("unit_kerja", unit_kerja),
        ("decided_by", decided_by),
        ("kind", kinds),
    ):
        if chosen:
            keep &= frame[column].isin(chosen)
    return frame[keep]


def when(times: pd.Series) -> pd.Series:
    """Times as 'dd/mm/yyyy hh:mm' in the Indonesian UI ('yyyy-mm-dd hh:mm' in English)."""
    return pd.to_datetime(times).map(lambda v: f"{fmt_date(v, lang())} {v:%H:%M}")


def _box(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))  # type: ignore[call-overload]


def trail_table(frame: pd.DataFrame, *, masked: bool) -> pd.DataFrame:
    """The trail as shown and exported: one row per entry, orphaned entries marked."""
    nama, nip = identity(frame["nama"], frame["nip"], masked=masked)
    to_box = [
        _box(t) if t is not None and not pd.isna(t) else tr("calpage.trail.back", box=_box(c))
        for t, c in zip(frame["to_box"], frame["computed_box"], strict=True)
    ]
    return pd.DataFrame(
        {
            tr("calpage.col.entry"): frame["entry_id"].astype(int),
            tr("calpage.col.period"): frame["period"].astype(int),
            tr("nbpage.col.nama"): nama.to_numpy(),
            tr("nbpage.col.nip"): nip.to_numpy(),
            tr("nbpage.col.instansi"): frame["instansi"].fillna("–"),
            tr("nbpage.col.unit"): frame["unit_kerja"].fillna("–"),
            tr("calpage.col.kind"): frame["kind"].map(lambda k: tr(f"calpage.kind.{k}")),
            tr("calpage.col.state"): frame["state"].map(state_text),
            tr("calpage.col.from_box"): frame["from_box"].map(_box),
            tr("calpage.col.to_box"): to_box,
            tr("calpage.col.computed_box"): frame["computed_box"].map(_box),
            tr("calpage.col.undoes"): frame["undoes"].map(_box),
            tr("calpage.col.reason"): frame["reason"],
            tr("calpage.col.by"): frame["decided_by"],
            tr("calpage.col.at"): when(frame["created_at"]),
            tr("calpage.col.orphaned"): frame["orphaned"].map(
                lambda v: tr("calpage.trail.orphaned") if v else ""
            ),
        }
    )


def state_text(state: object) -> str:
    """'draf', 'ditinjau', 'ditetapkan', 'ditarik', 'dikembalikan'."""
    return tr(f"calibration.state.{state}")


def pending_table(frame: pd.DataFrame, *, masked: bool) -> pd.DataFrame:
    """The open entries as shown: entry, person, the move, its state, who proposed it and why."""
    nama, nip = identity(frame["nama"], frame["nip"], masked=masked)
    box = tr("nbpage.chart.box")
    moves = [
        f"{box} {_box(f)} → " + (f"{box} {_box(t)}" if t is not None and not pd.isna(t) else tr("calpage.trail.back", box=_box(c)))
        for f, t, c in zip(frame["from_box"], frame["to_box"], frame["computed_box"], strict=True)
    ]  # fmt: skip
    return pd.DataFrame(
        {
            tr("calpage.col.entry"): frame["entry_id"].astype(int),
            tr("nbpage.col.nama"): nama.to_numpy(),
            tr("nbpage.col.nip"): nip.to_numpy(),
            tr("nbpage.col.unit"): frame["unit_kerja"].fillna("–"),
            tr("calpage.col.kind"): frame["kind"].map(lambda k: tr(f"calpage.kind.{k}")),
            tr("calpage.col.move"): moves,
            tr("calpage.col.state"): frame["state"].map(state_text),
            tr("calpage.col.proposed_by"): frame["decided_by"],
            tr("calpage.col.reason"): frame["reason"],
        }
    )


def steps_table(frame: pd.DataFrame, *, masked: bool) -> pd.DataFrame:
    """The decision steps as shown and exported: entry, person, step, note, who (role), when."""
    nama, nip = identity(frame["nama"], frame["nip"], masked=masked)
    return pd.DataFrame(
        {
            tr("calpage.col.entry"): frame["entry_id"].astype(int),
            tr("calpage.col.period"): frame["period"].astype(int),
            tr("nbpage.col.nama"): nama.to_numpy(),
            tr("nbpage.col.nip"): nip.to_numpy(),
            tr("calpage.col.step"): frame["step"].map(state_text),
            tr("calpage.col.note"): frame["note"],
            tr("calpage.col.by"): frame["decided_by"],
            tr("calpage.col.role"): frame["role"].map(lambda r: "" if r is None or pd.isna(r) else str(r)),
            tr("calpage.col.at"): when(frame["created_at"]),
        }
    )


def lock_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Lock/unlock entries as shown."""
    return pd.DataFrame(
        {
            tr("calpage.col.entry"): frame["entry_id"].astype(int),
            tr("calpage.col.period"): frame["period"].astype(int),
            tr("calpage.col.lock_state"): frame["locked"].map(
                lambda v: tr("calpage.lock.state.locked") if v else tr("calpage.lock.state.open")
            ),
            tr("calpage.col.reason"): frame["reason"],
            tr("calpage.col.by"): frame["decided_by"],
            tr("calpage.col.at"): when(frame["created_at"]),
        }
    )


def change_display(change: pd.DataFrame, lang_code: str) -> pd.DataFrame:
    """The before/after table as shown: 'Kotak N', label, before, after, change with a sign."""
    return pd.DataFrame(
        {
            tr("nbpage.col.box"): change["box"].map(lambda b: f"{tr('nbpage.chart.box')} {b}"),
            tr("calpage.col.before"): change["before"].map(lambda n: fmt_number(n, 0, lang_code)),
            tr("calpage.col.after"): change["after"].map(lambda n: fmt_number(n, 0, lang_code)),
            tr("calpage.col.change"): change["change"].map(
                lambda n: ("+" if n > 0 else "") + fmt_number(n, 0, lang_code) if n else "0"
            ),
        }
    )


def undo_label(row: dict[str, Any], *, masked: bool) -> str:
    """'#12 · S. N. · Kotak 5 → 8 · Kepala BKD' for the undo picker."""
    name = masking.initials(row["nama"]) if masked else str(row["nama"] or row["nip"])
    target = _box(row["to_box"]) or tr("calpage.trail.back", box=_box(row["computed_box"]))
    return f"#{int(row['entry_id'])} · {name} · {tr('nbpage.chart.box')} {_box(row['from_box'])} → {target} · {row['decided_by']}"


# --- the page's sections (app_pages/calibration.py reads as a list of these) -------------------


def view(page: Page) -> ui_nb.View:
    """The 'box view' switch and the nine-box view under the default rules; the rules caption."""
    c1, _ = st.columns([2, 1])
    box_view = ui_nb.box_view_control(c1, "cal_box_view")
    chosen = ui_nb.View(
        path=page.path, filters=page.filters, rules=ui_nb.default_rules(page.path), lang=page.lang,
        box_view=box_view,
    )  # fmt: skip
    st.caption(tr("calpage.rules_caption", period=page.period))
    return chosen


def lock_banner(page: Page) -> bool:
    """Whether the period is locked (and a banner saying so when it is)."""
    is_locked = locked(page.path, page.period)
    if is_locked:
        st.warning(tr("calpage.locked_banner", period=page.period), icon=":material/lock:")
    return is_locked


def flash_success() -> tuple[str, str] | None:
    """The outcome a callback left (shown once): a success as a toast and a banner here; an error is
    returned for the form to show beside it."""
    flash: tuple[str, str] | None = st.session_state.pop(FLASH, None)
    if flash and flash[0] == "success":
        st.toast(flash[1], icon=":material/check_circle:")
        st.success(flash[1], icon=":material/check_circle:")
    return flash


def form(page: Page, chosen: ui_nb.View, is_locked: bool, flash: tuple[str, str] | None) -> None:
    """Calibrate one employee: search, pick, scores and boxes, the target box, reason and who decided."""
    L, masked = page.lang, page.meeting
    st.subheader(tr("calpage.form.title"))
    preset = st.session_state.pop(ui_nb.CALIBRATE_NIP_KEY, None)
    if preset:  # "Kalibrasi pegawai ini" on the nine-box page
        st.session_state[PERSON] = preset
        st.session_state["cal_search"] = ""
    search = st.text_input(
        tr("calpage.form.search"), key="cal_search", placeholder=tr("calpage.form.search_hint")
    )
    found = ui_nb.people(chosen, search or None, st.session_state.get(PERSON), masked=masked)
    rows: dict[str, dict[str, Any]] = {str(r["nip"]): cast(Any, r) for r in found.to_dict("records")}
    if st.session_state.get(PERSON) not in rows:
        st.session_state[PERSON] = None
    # One widget per display mode: the browser keeps a chosen option's text while its key stays the same.
    nip = st.selectbox(
        tr("calpage.form.person"), options=list(rows), index=None,
        placeholder=tr("calpage.form.person_hint", n=fmt_number(len(rows), 0, L)),
        format_func=lambda n: person_label(rows[n], masked=masked),
        **ui_nb.shared_control(PERSON, "cal_nip_masked" if masked else "cal_nip", None),
    )  # fmt: skip
    if len(rows) >= 1000:
        st.caption(tr("calpage.form.more"))
    cells, _ = ui_nb.cells(chosen)
    labels = dict(zip(cells["box"], cells["label"], strict=True))
    if nip is None:
        st.info(tr("calpage.form.pick"))
    else:
        _move(page, rows[nip], labels, is_locked)
    if flash and flash[0] == "error":
        st.error(flash[1], icon=":material/error:")


def _move(page: Page, person: dict[str, Any], labels: dict[Any, Any], is_locked: bool) -> None:
    """One picked employee: scores and boxes, the target box, the far-move check, reason and submit."""
    L, path, period = page.lang, page.path, page.period
    computed = int(person["computed_box"])
    p1, p2, p3, p4 = st.columns(4)
    p1.metric(tr("nbpage.axis.kinerja"), fmt_number(person["kinerja_score"], 2, L))
    p2.metric(tr("nbpage.axis.potensial"), fmt_number(person["potensial_score"], 2, L))
    p3.metric(tr("calpage.col.computed_box"), ui_nb.box_text(computed))
    p4.metric(tr("calpage.col.calibrated_box"), ui_nb.box_text(person["calibrated_box"]))
    st.caption(" · ".join(plain(person[c]) for c in ("jabatan", "unit_kerja", "instansi")))
    entries = trail(path)
    waiting = entries[
        (entries["period"] == period)
        & (entries["nip"] == str(person["nip"]))
        & entries["state"].isin(calibration.OPEN_STATES)
    ]
    for row in waiting.to_dict("records"):  # at most one: a person has one open proposal at a time
        target = _box(row["to_box"]) or _box(row["computed_box"])
        st.info(
            tr(
                "calpage.form.pending", entry=int(row["entry_id"]), box=target, state=state_text(row["state"])
            ),
            icon=":material/pending:",
        )
    to_box = st.selectbox(
        tr("calpage.form.to_box"), options=list(range(1, 10)), key="cal_to_box", disabled=is_locked,
        format_func=lambda b: f"{tr('nbpage.chart.box')} {b} — {labels.get(b, '')}",
    )  # fmt: skip
    distance = far_move(path, float(person["kinerja_score"]), float(person["potensial_score"]), int(to_box))
    confirmed = True
    if distance is not None:
        st.warning(
            tr("calpage.form.far", box=to_box, distance=fmt_number(distance, 1, L)), icon=":material/warning:"
        )
        confirmed = st.checkbox(tr("calpage.form.confirm"), key="cal_confirm", disabled=is_locked)
    st.text_area(
        tr("calpage.form.reason"),
        key="cal_reason",
        disabled=is_locked,
        placeholder=tr("calpage.form.reason_hint"),
    )
    decided_by_input("cal_by", disabled=is_locked, placeholder=tr("calpage.form.by_hint"))
    allowed = may_step(calibration.STEP_RIGHTS["draft"])
    st.button(
        tr("calpage.form.submit"), type="primary", key="cal_submit", icon=":material/edit_note:",
        disabled=is_locked or not confirmed or not allowed or not waiting.empty, on_click=submit_calibration,
        args=(Target(path, period, str(person["nip"]), computed),),
    )  # fmt: skip
    if is_locked:
        st.caption(tr("calpage.form.locked", period=period))
    elif not allowed:
        st.caption(tr("calpage.flow.no_right", step=tr("calibration.right.calibrate.draft")))


def distribution_change(page: Page, chosen: ui_nb.View) -> None:
    """How calibration changed the distribution: before/after per box, table and chart."""
    from analytics.ninebox import charts
    from ui import exports, tables

    L = page.lang
    st.subheader(tr("calpage.change.title"))
    change = ui_nb.change_table(ui_nb.cells(chosen)[0])
    st.markdown(tr("calpage.change.summary", n=fmt_number(ui_nb.n_calibrated(chosen), 0, L)))
    left, right = st.columns([1, 2])
    left.dataframe(
        tables.sortable(change_display(change, L), L), hide_index=True, width="stretch", height=38 + 35 * 9
    )
    with right:
        exports.chart_with_download(
            charts.calibration_change(change, lang=L), f"kalibrasi_{page.period}", key="cal_change"
        )


def undo_form(page: Page, entries: pd.DataFrame, is_locked: bool) -> None:
    """Undo an entry of the period (by a new entry), in an expander."""
    masked = page.meeting
    in_period = entries[entries["period"] == page.period]
    with st.expander(tr("calpage.undo.title"), icon=":material/undo:"):
        # set entries can be undone (an undo is a proposal too); not those an open or set undo covers
        live = in_period["state"].isin(("draft", "reviewed", "set"))
        undone = set(in_period.loc[live, "undoes"].dropna().astype(int))
        is_set = in_period["state"] == "set"
        open_entries = in_period[is_set & ~in_period["entry_id"].isin(undone)].iloc[::-1]
        options: dict[int, dict[str, Any]] = {
            int(r["entry_id"]): cast(Any, r) for r in open_entries.to_dict("records")
        }
        if not options:
            st.write(tr("calpage.undo.none"))
            return
        if st.session_state.get(UNDO_ENTRY) not in options:
            st.session_state[UNDO_ENTRY] = next(iter(options))
        st.selectbox(
            tr("calpage.undo.entry"), options=list(options), disabled=is_locked,
            format_func=lambda e: undo_label(options[e], masked=masked),
            **ui_nb.shared_control(UNDO_ENTRY, "cal_undo_masked" if masked else "cal_undo_entry", None),
        )  # fmt: skip
        st.text_input(tr("calpage.form.reason"), key="cal_undo_reason", disabled=is_locked)
        decided_by_input("cal_undo_by", disabled=is_locked)
        st.button(
            tr("calpage.undo.submit"), key="cal_undo_submit",
            disabled=is_locked or not may_step(calibration.STEP_RIGHTS["draft"]),
            on_click=submit_undo, args=(page.path,),
        )  # fmt: skip


def pending_section(page: Page, entries: pd.DataFrame, is_locked: bool) -> None:
    """The proposals of the period not yet set (PMK 38/2025 pasal 21): their state, and the steps the
    user may take on one of them: review, return, withdraw (each with a note)."""
    from ui import tables

    masked = page.meeting
    st.subheader(tr("calpage.flow.title"))
    st.caption(tr("calpage.flow.caption"))
    open_entries = entries[
        (entries["period"] == page.period) & entries["state"].isin(calibration.OPEN_STATES)
    ]
    if open_entries.empty:
        st.info(tr("calpage.flow.none", period=page.period))
        return
    counts = open_entries["state"].value_counts()
    st.markdown(
        tr("calpage.flow.count", n=fmt_number(len(open_entries), 0, page.lang),
           draft=fmt_number(int(counts.get("draft", 0)), 0, page.lang),
           reviewed=fmt_number(int(counts.get("reviewed", 0)), 0, page.lang))
    )  # fmt: skip
    st.dataframe(
        tables.sortable(pending_table(open_entries, masked=masked), page.lang),
        hide_index=True,
        width="stretch",
    )
    options: dict[int, dict[str, Any]] = {
        int(r["entry_id"]): cast(Any, r) for r in open_entries.to_dict("records")
    }
    if st.session_state.get(STEP_ENTRY) not in options:
        st.session_state[STEP_ENTRY] = next(iter(options))
    chosen = st.selectbox(
        tr("calpage.flow.entry"), options=list(options), disabled=is_locked,
        format_func=lambda e: undo_label(options[e], masked=masked) + f" · {state_text(options[e]['state'])}",
        **ui_nb.shared_control(STEP_ENTRY, "cal_step_masked" if masked else "cal_step_entry", None),
    )  # fmt: skip
    state = str(options[int(chosen)]["state"]) if chosen is not None else "draft"
    st.text_input(tr("calpage.flow.note"), key="cal_step_reason", disabled=is_locked,
                  placeholder=tr("calpage.flow.note_hint"))  # fmt: skip
    decided_by_input("cal_step_by", disabled=is_locked)
    b1, b2, b3 = st.columns(3)
    for col, action, icon in (
        (b1, "review", ":material/fact_check:"),
        (b2, "return", ":material/undo:"),
        (b3, "withdraw", ":material/delete_sweep:"),
    ):
        follows, _ = calibration.STEPS[action]
        col.button(
            tr(f"calpage.flow.button.{action}"), key=f"cal_step_{action}", icon=icon,
            type="primary" if action == "review" and state == "draft" else "secondary",
            disabled=is_locked or state not in follows or not may_step(calibration.required_right(action, state)),
            on_click=submit_step, args=(page.path, action),
        )  # fmt: skip
    if state == "reviewed":
        st.caption(tr("calpage.flow.reviewed_hint"))
    next_right = calibration.STEP_RIGHTS["review"] if state == "draft" else calibration.SET_RIGHT
    if not may_step(next_right):  # say whose step the next one is
        st.caption(tr("calpage.flow.no_right", step=tr(f"calibration.right.{next_right}")))
    error = st.session_state.pop(ERROR_FLOW, None)
    if error:
        st.error(error, icon=":material/error:")


def lock_form(page: Page, entries: pd.DataFrame, is_locked: bool) -> None:
    """Set the period's boxes (every reviewed entry becomes set, the period is locked), or unlock it;
    both with a reason, for whoever may set (PMK 38/2025 pasal 21)."""
    period = page.period
    in_period = entries[entries["period"] == period]
    n_reviewed = int((in_period["state"] == "reviewed").sum())
    n_draft = int((in_period["state"] == "draft").sum())
    allowed = may_step(calibration.SET_RIGHT)
    st.subheader(tr("calpage.lock.title", period=period))
    with st.container(border=True, key="cal_set_section"):
        if is_locked:
            st.write(tr("calpage.lock.state_locked", period=period))
        else:
            st.write(tr("calpage.lock.state_open", period=period, n=fmt_number(n_reviewed, 0, page.lang)))
            if n_draft:
                st.warning(
                    tr("calpage.lock.drafts", n=fmt_number(n_draft, 0, page.lang)), icon=":material/pending:"
                )
        st.text_input(tr("calpage.form.reason"), key="cal_lock_reason", disabled=not allowed)
        decided_by_input("cal_lock_by", disabled=not allowed)
        st.button(
            tr("calpage.lock.unlock" if is_locked else "calpage.lock.lock", period=period), key="cal_lock_submit",
            icon=":material/lock_open:" if is_locked else ":material/gavel:", type="secondary" if is_locked else "primary",
            disabled=not allowed or (not is_locked and n_draft > 0),
            on_click=submit_lock, args=(page.path, period, not is_locked),
        )  # fmt: skip
        if not allowed:
            st.caption(tr("calpage.flow.no_right", step=tr("calibration.right.calibrate.set")))
        error = st.session_state.pop(ERROR_LOCK, None)
        if error:
            st.error(error, icon=":material/error:")


def trail_section(page: Page, entries: pd.DataFrame) -> None:
    """The trail: filters (period, instansi, unit, who, kind), the entries and their download."""
    from analytics.core.export import to_xlsx
    from ui import tables

    L, period = page.lang, page.period
    st.subheader(tr("calpage.trail.title"))
    st.caption(tr("calpage.trail.caption"))
    periods = sorted(entries["period"].dropna().astype(int).unique().tolist() or [period])
    f1, f2, f3, f4, f5 = st.columns([0.8, 1.2, 1.2, 1, 1])
    trail_period = f1.selectbox(
        tr("calpage.col.period"), options=[None, *periods], key="cal_trail_period",
        index=[None, *periods].index(period) if period in periods else 0,
        format_func=lambda p: tr("calpage.trail.all_periods") if p is None else str(p),
    )  # fmt: skip
    scope = entries if trail_period is None else entries[entries["period"] == trail_period]
    instansi = f2.multiselect(
        tr("nbpage.col.instansi"), sorted(scope["instansi"].dropna().unique()), key="cal_trail_instansi",
        placeholder=tr("sidebar.all"),
    )  # fmt: skip
    units = f3.multiselect(
        tr("nbpage.col.unit"), sorted(scope["unit_kerja"].dropna().unique()), key="cal_trail_unit",
        placeholder=tr("sidebar.all"),
    )  # fmt: skip
    deciders = f4.multiselect(
        tr("calpage.col.by"),
        sorted(scope["decided_by"].unique()),
        key="cal_trail_by",
        placeholder=tr("sidebar.all"),
    )
    kinds = f5.multiselect(
        tr("calpage.col.kind"), list(KINDS), key="cal_trail_kind", placeholder=tr("sidebar.all"),
        format_func=lambda k: tr(f"calpage.kind.{k}"),
    )  # fmt: skip
    shown = filter_trail(
        entries, period=trail_period, instansi=instansi, unit_kerja=units, decided_by=deciders, kinds=kinds
    )
    n_orphaned = int(shown["orphaned"].sum())
    st.markdown(tr("calpage.trail.count", n=fmt_number(len(shown), 0, L)))
    if n_orphaned:
        st.warning(
            tr("calpage.trail.orphaned_note", n=fmt_number(n_orphaned, 0, L)), icon=":material/link_off:"
        )
    if shown.empty:
        st.info(tr("calpage.trail.empty"))
        return
    table = trail_table(shown, masked=page.meeting)
    st.dataframe(
        tables.sortable(table, L), hide_index=True, width="stretch", height=min(520, 38 + 35 * len(table))
    )
    made_on_links(page.path, shown)
    locks = lock_table(lock_trail(page.path))
    all_steps = steps(page.path)
    shown_steps = all_steps[all_steps["entry_id"].isin(shown["entry_id"])]
    step_rows = steps_table(shown_steps, masked=page.meeting)
    st.markdown(f"**{tr('calpage.steps.title')}**")
    st.dataframe(
        tables.sortable(step_rows, L),
        hide_index=True,
        width="stretch",
        height=min(420, 38 + 35 * len(step_rows)),
    )
    st.download_button(
        tr("calpage.trail.download"),
        data=to_xlsx({"kalibrasi": table, "langkah_keputusan": step_rows, "kunci_periode": locks}),
        file_name=f"jejak_kalibrasi_{trail_period or 'semua'}.xlsx", key="cal_dl_xlsx", icon=":material/download:",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )  # fmt: skip


def locks_section(page: Page) -> None:
    """Every lock and unlock of every period."""
    from ui import tables

    st.markdown(f"**{tr('calpage.locks.title')}**")
    locks_frame = lock_trail(page.path)
    if locks_frame.empty:
        st.caption(tr("calpage.locks.none"))
    else:
        st.dataframe(tables.sortable(lock_table(locks_frame), page.lang), hide_index=True, width="stretch")
