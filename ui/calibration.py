"""Cached queries, write actions and tables of the Kalibrasi page.

Writes go through the one cached read-write connection (``ui.data.connection``) inside widget
callbacks, then ``data_changed()`` forgets every cached query so the nine-box and this page show the
new boxes on the rerun that follows. A callback leaves its outcome under ``FLASH`` for the page to
show once (an error stays beside the form; nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.formats import fmt_number
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration
from analytics.ninebox.calibration import CalibrationRefused, Decision
from ui.data import connection, data_changed
from ui.state import lang, tr

FLASH = "cal_flash"  # (kind, text) left by a callback, shown once by the page
KINDS = ("calibrate", "undo")
PERSON = "cal_person"  # the NIP chosen in the form (kept apart from its widgets, see the page)
UNDO_ENTRY = "cal_undo_pick"  # the entry chosen for an undo


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
def lock_trail(path: str) -> pd.DataFrame:
    """Every lock/unlock entry, oldest first."""
    return calibration.lock_trail(connection(path))


@st.cache_data(show_spinner=False)
def far_move(path: str, kinerja: float, potensial: float, to_box: int) -> float | None:
    """Points between the scores and a talent-pool target box when that is far (else None)."""
    con = connection(path)
    return calibration.needs_warning(
        con, kinerja_score=kinerja, potensial_score=potensial, to_box=to_box,
        thresholds=ninebox.default_thresholds(con),
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


def submit_calibration(target: Target) -> None:
    """on_click of the calibrate button: record the move from the form's widgets."""
    to_box = int(st.session_state.get("cal_to_box") or 0)
    try:
        entry = calibration.calibrate(
            connection(target.path), period=target.period, nip=target.nip, to_box=to_box,
            decision=_decision("cal"), computed_box=target.computed_box, lang=lang(),
        )  # fmt: skip
    except CalibrationRefused as refused:
        st.session_state[FLASH] = ("error", str(refused))
        return
    st.session_state["cal_confirm"] = False
    from ui.access import record

    record("calibrate", f"{target.nip} -> {to_box}", detail=f"entry {entry}")
    _done(tr("calpage.saved", entry=entry, box=to_box), "cal_reason")


def submit_undo(path: str) -> None:
    """on_click of the undo button: undo the chosen entry by a new one."""
    entry = st.session_state.get(UNDO_ENTRY)
    if entry is None:
        st.session_state[FLASH] = ("error", tr("calpage.undo.pick"))
        return
    try:
        new = calibration.undo(
            connection(path), entry_id=int(entry), decision=_decision("cal_undo"), lang=lang()
        )
    except CalibrationRefused as refused:
        st.session_state[FLASH] = ("error", str(refused))
        return
    _done(tr("calpage.undo.saved", entry=int(entry), new=new), "cal_undo_reason")


def submit_lock(path: str, period: int, lock: bool) -> None:
    """on_click of the lock/unlock button."""
    try:
        calibration.set_lock(
            connection(path), period=period, locked=lock, decision=_decision("cal_lock"), lang=lang()
        )
    except CalibrationRefused as refused:
        st.session_state[FLASH] = ("error", str(refused))
        return
    _done(tr("calpage.lock.locked" if lock else "calpage.lock.unlocked", period=period), "cal_lock_reason")


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
            tr("calpage.col.from_box"): frame["from_box"].map(_box),
            tr("calpage.col.to_box"): to_box,
            tr("calpage.col.computed_box"): frame["computed_box"].map(_box),
            tr("calpage.col.undoes"): frame["undoes"].map(_box),
            tr("calpage.col.reason"): frame["reason"],
            tr("calpage.col.by"): frame["decided_by"],
            tr("calpage.col.at"): pd.to_datetime(frame["created_at"]).dt.strftime("%Y-%m-%d %H:%M"),
            tr("calpage.col.orphaned"): frame["orphaned"].map(
                lambda v: tr("calpage.trail.orphaned") if v else ""
            ),
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
            tr("calpage.col.at"): pd.to_datetime(frame["created_at"]).dt.strftime("%Y-%m-%d %H:%M"),
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
