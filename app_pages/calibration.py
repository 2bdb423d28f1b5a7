"""Kalibrasi: the talent-review meeting moves a person to another box with a reason; the trail keeps
every move, undo, lock and unlock for evaluators."""

import streamlit as st

from analytics.core.export import to_xlsx
from analytics.core.formats import fmt_number
from analytics.ninebox import charts
from ui import access, exports, tables
from ui import calibration as ui_cal
from ui import ninebox as ui_nb
from ui.state import filters, lang, meeting, plain, tr

L = lang()
st.title(tr("calpage.title"))
st.caption(tr("calpage.purpose"))
path = st.session_state.get("db_path")
current = filters()
if not path:
    st.info(tr("home.no_source"))
    st.stop()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()
period = int(current.period)
if not access.may("calibrate"):
    st.info(tr("access.no_right"), icon=":material/block:")
    st.stop()

c1, _ = st.columns([2, 1])
box_view = ui_nb.box_view_control(c1, "cal_box_view")
masked = meeting()  # the sidebar's meeting switch
view = ui_nb.View(
    path=path, filters=current, weights=ui_nb.default_weights(path),
    thresholds=ui_nb.default_thresholds(path, False), lang=L, box_view=box_view,
)  # fmt: skip
st.caption(tr("calpage.rules_caption", period=period))
is_locked = ui_cal.locked(path, period)
if is_locked:
    st.warning(tr("calpage.locked_banner", period=period), icon=":material/lock:")

flash = st.session_state.pop(ui_cal.FLASH, None)
if flash and flash[0] == "success":
    st.toast(flash[1], icon=":material/check_circle:")
    st.success(flash[1], icon=":material/check_circle:")

# --- calibrate one employee ------------------------------------------------------------------------
st.subheader(tr("calpage.form.title"))
preset = st.session_state.pop(ui_nb.CALIBRATE_NIP_KEY, None)
if preset:  # "Kalibrasi pegawai ini" on the nine-box page
    st.session_state[ui_cal.PERSON] = preset
    st.session_state["cal_search"] = ""
search = st.text_input(
    tr("calpage.form.search"), key="cal_search", placeholder=tr("calpage.form.search_hint")
)
found = ui_nb.people(view, search or None, st.session_state.get(ui_cal.PERSON), masked=masked)
rows = {str(r["nip"]): r for r in found.to_dict("records")}
if st.session_state.get(ui_cal.PERSON) not in rows:
    st.session_state[ui_cal.PERSON] = None
# One widget per display mode: the browser keeps a chosen option's text while its key stays the same.
nip = st.selectbox(
    tr("calpage.form.person"), options=list(rows), index=None,
    placeholder=tr("calpage.form.person_hint", n=fmt_number(len(rows), 0, L)),
    format_func=lambda n: ui_cal.person_label(rows[n], masked=masked),
    **ui_nb.shared_control(ui_cal.PERSON, "cal_nip_masked" if masked else "cal_nip", None),
)  # fmt: skip
if len(rows) >= 1000:
    st.caption(tr("calpage.form.more"))
cells, _ = ui_nb.cells(view)
labels = dict(zip(cells["box"], cells["label"], strict=True))
if nip is None:
    st.info(tr("calpage.form.pick"))
else:
    person = rows[nip]
    computed = int(person["computed_box"])
    calibrated = person["calibrated_box"]
    p1, p2, p3, p4 = st.columns(4)
    p1.metric(tr("nbpage.axis.kinerja"), fmt_number(person["kinerja_score"], 2, L))
    p2.metric(tr("nbpage.axis.potensial"), fmt_number(person["potensial_score"], 2, L))
    p3.metric(tr("calpage.col.computed_box"), ui_nb.box_text(computed))
    p4.metric(tr("calpage.col.calibrated_box"), ui_nb.box_text(calibrated))
    st.caption(" · ".join(plain(person[c]) for c in ("jabatan", "unit_kerja", "instansi")))
    to_box = st.selectbox(
        tr("calpage.form.to_box"), options=list(range(1, 10)), key="cal_to_box", disabled=is_locked,
        format_func=lambda b: f"{tr('nbpage.chart.box')} {b} — {labels.get(b, '')}",
    )  # fmt: skip
    distance = ui_cal.far_move(
        path, float(person["kinerja_score"]), float(person["potensial_score"]), int(to_box)
    )
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
    ui_cal.decided_by_input("cal_by", disabled=is_locked, placeholder=tr("calpage.form.by_hint"))
    st.button(
        tr("calpage.form.submit"), type="primary", key="cal_submit", icon=":material/edit_note:",
        disabled=is_locked or not confirmed, on_click=ui_cal.submit_calibration,
        args=(ui_cal.Target(path, period, nip, computed),),
    )  # fmt: skip
    if is_locked:
        st.caption(tr("calpage.form.locked", period=period))
if flash and flash[0] == "error":
    st.error(flash[1], icon=":material/error:")

# --- how calibration changed the distribution -------------------------------------------------------
st.subheader(tr("calpage.change.title"))
change = ui_nb.change_table(cells)
n_moved = ui_nb.n_calibrated(view)
st.markdown(tr("calpage.change.summary", n=fmt_number(n_moved, 0, L)))
left, right = st.columns([1, 2])
left.dataframe(
    tables.sortable(ui_cal.change_display(change, L), L), hide_index=True, width="stretch", height=38 + 35 * 9
)
with right:
    exports.chart_with_download(
        charts.calibration_change(change, lang=L), f"kalibrasi_{period}", key="cal_change"
    )

# --- undo an entry --------------------------------------------------------------------------------
entries = ui_cal.trail(path)
in_period = entries[entries["period"] == period]
with st.expander(tr("calpage.undo.title"), icon=":material/undo:"):
    undone = set(in_period["undoes"].dropna().astype(int))
    open_entries = in_period[~in_period["entry_id"].isin(undone)].iloc[::-1]
    options = {int(r["entry_id"]): r for r in open_entries.to_dict("records")}
    if not options:
        st.write(tr("calpage.undo.none"))
    else:
        if st.session_state.get(ui_cal.UNDO_ENTRY) not in options:
            st.session_state[ui_cal.UNDO_ENTRY] = next(iter(options))
        st.selectbox(
            tr("calpage.undo.entry"), options=list(options), disabled=is_locked,
            format_func=lambda e: ui_cal.undo_label(options[e], masked=masked),
            **ui_nb.shared_control(ui_cal.UNDO_ENTRY, "cal_undo_masked" if masked else "cal_undo_entry", None),
        )  # fmt: skip
        st.text_input(tr("calpage.form.reason"), key="cal_undo_reason", disabled=is_locked)
        ui_cal.decided_by_input("cal_undo_by", disabled=is_locked)
        st.button(
            tr("calpage.undo.submit"), key="cal_undo_submit", disabled=is_locked,
            on_click=ui_cal.submit_undo, args=(path,),
        )  # fmt: skip

# --- lock / unlock the period ---------------------------------------------------------------------
with st.expander(tr("calpage.lock.title", period=period), icon=":material/lock:"):
    st.write(tr("calpage.lock.state_locked" if is_locked else "calpage.lock.state_open", period=period))
    st.text_input(tr("calpage.form.reason"), key="cal_lock_reason")
    ui_cal.decided_by_input("cal_lock_by")
    st.button(
        tr("calpage.lock.unlock" if is_locked else "calpage.lock.lock", period=period), key="cal_lock_submit",
        icon=":material/lock_open:" if is_locked else ":material/lock:",
        on_click=ui_cal.submit_lock, args=(path, period, not is_locked),
    )  # fmt: skip

# --- the trail -------------------------------------------------------------------------------------
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
    tr("calpage.col.kind"), list(ui_cal.KINDS), key="cal_trail_kind", placeholder=tr("sidebar.all"),
    format_func=lambda k: tr(f"calpage.kind.{k}"),
)  # fmt: skip
shown = ui_cal.filter_trail(
    entries, period=trail_period, instansi=instansi, unit_kerja=units, decided_by=deciders, kinds=kinds
)
n_orphaned = int(shown["orphaned"].sum())
st.markdown(tr("calpage.trail.count", n=fmt_number(len(shown), 0, L)))
if n_orphaned:
    st.warning(tr("calpage.trail.orphaned_note", n=fmt_number(n_orphaned, 0, L)), icon=":material/link_off:")
if shown.empty:
    st.info(tr("calpage.trail.empty"))
else:
    table = ui_cal.trail_table(shown, masked=masked)
    st.dataframe(
        tables.sortable(table, L), hide_index=True, width="stretch", height=min(520, 38 + 35 * len(table))
    )
    locks = ui_cal.lock_table(ui_cal.lock_trail(path))
    st.download_button(
        tr("calpage.trail.download"), data=to_xlsx({"kalibrasi": table, "kunci_periode": locks}),
        file_name=f"jejak_kalibrasi_{trail_period or 'semua'}.xlsx", key="cal_dl_xlsx", icon=":material/download:",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )  # fmt: skip

st.markdown(f"**{tr('calpage.locks.title')}**")
locks_frame = ui_cal.lock_trail(path)
if locks_frame.empty:
    st.caption(tr("calpage.locks.none"))
else:
    st.dataframe(tables.sortable(ui_cal.lock_table(locks_frame), L), hide_index=True, width="stretch")
