"""Talent pool and succession: the pool of each instansi against the 5–10% recommendation, one
instansi's succession readiness check (KASN's five notes), its critical positions and successors,
its pool by position type, and the import of a critical-position file."""

import dataclasses

import pandas as pd
import streamlit as st

from analytics import ingest
from analytics.core import masking
from analytics.core.export import to_csv, to_xlsx
from analytics.core.formats import fmt_number, fmt_percent
from analytics.ingest import positions as position_file
from analytics.merit.charts import short_name
from analytics.talent import charts, succession
from ui import access, exports, serving, tables, urlstate
from ui import data as shared
from ui import talent as data
from ui import upload as ui_upload
from ui.state import filters, lang, meeting, plain, tr

L = lang()
ss = st.session_state
masked = meeting()  # the sidebar's meeting switch: initials, masked NIPs
st.title(tr("talent.title"))
st.caption(tr("talent.caption"))
path = ss.get("db_path")
if not path:
    st.info(tr("home.no_source"))
    st.stop()
data.ensure_demo_succession(path)
current = filters()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()

low, high = succession.POOL_TARGET
CHART_MAX = 15  # more instansi than this: the table's bars only
target = {"low": fmt_percent(low, 0, L), "high": fmt_percent(high, 0, L)}

# --- the talent pool of every instansi in the selection (drawn in section 2) ---------------------
summary = data.pool_summary(path, current)
if summary.empty:
    st.info(tr("talent.pool.none"))
    st.stop()
# --- 1. one instansi: readiness, succession, pool ---------------------------------------------------
names = list(summary["instansi"])
with_positions = [n for n in data.instansi_with_positions(path) if n in names]
urlstate.initial("talent_instansi", "instansi_talenta", names)  # a link names the instansi (issue 19.4)
if ss.get("talent_instansi") not in names:
    ss["talent_instansi"] = with_positions[0] if with_positions else names[0]
chosen = st.selectbox(
    tr("talent.instansi"), options=names, key="talent_instansi",
    on_change=urlstate.writer("talent_instansi", "instansi_talenta"),
)  # fmt: skip
one = dataclasses.replace(current, instansi=(chosen,))
row = summary.set_index("instansi").loc[chosen]
c1, c2, c3 = st.columns(3)
c1.metric(tr("talent.col.asn"), fmt_number(row["asn"], 0, L))
c2.metric(tr("talent.col.pool"), fmt_number(row["pool"], 0, L))
c3.metric(tr("talent.col.share"), fmt_percent(row["share"], 1, L), help=tr("talent.pool.rule", **target))

st.subheader(tr("talent.readiness.heading", instansi=chosen))
st.caption(tr("talent.readiness.caption"))
checks = data.readiness(path, chosen, current.period, L)
plan = data.plan(path, chosen, current.period)
people_names = [*plan["successor_nama"].dropna(), *plan["holder_nama"].dropna()] if not plan.empty else []


def shown_text(text: str) -> str:
    """Evidence and warnings as the meeting may read them (names quoted in them as initials)."""
    return masking.mask_names_in_text(text, people_names) if masked else text


passed = sum(c.passed for c in checks)
(st.success if passed == len(checks) else st.warning)(
    tr("talent.readiness.score", passed=passed, total=len(checks))
)
readiness_table = pd.DataFrame(
    {
        tr("talent.col.no"): [c.number for c in checks],
        tr("talent.col.check"): [c.title for c in checks],
        tr("talent.col.status"): [
            tr("talent.status.pass" if c.passed else "talent.status.fail") for c in checks
        ],
        tr("talent.col.evidence"): [shown_text(c.evidence) for c in checks],
        tr("talent.col.action"): [c.action for c in checks],
    }
)
status_col = tr("talent.col.status")
st.table(
    readiness_table.style.hide(axis="index").map(
        lambda v: f"color: {'#1b5e20' if v == tr('talent.status.pass') else '#b71c1c'}; font-weight: 600",
        subset=[status_col],
    )
)
st.download_button(
    tr("talent.readiness.download"),
    data=to_csv(readiness_table),
    file_name=f"kesiapan_suksesi_{chosen}_{current.period}.csv".replace(" ", "_"),
    mime="text/csv",
)

st.subheader(tr("talent.plan.heading"))
if plan.empty:
    st.info(tr("talent.plan.none"))
elif access.show_people("talent.plan", len(plan)):
    positions = succession.plan_positions(plan)
    m1, m2, m3 = st.columns(3)
    m1.metric(tr("talent.plan.positions"), fmt_number(len(positions), 0, L))
    m2.metric(tr("talent.plan.successors"), fmt_number(int(positions["successors"].sum()), 0, L))
    m3.metric(tr("talent.plan.ready_now"), fmt_number(int(positions["ready_now"].sum()), 0, L))
    for _, w in plan[plan["warning"].notna()].iterrows():
        if w["warning"] == "no_successor":
            st.error(
                tr("talent.plan.warn.none", position=plain(w["jabatan"]), unit=plain(w["unit_kerja"])),
                icon=":material/person_off:",
            )
        else:
            st.warning(
                tr(
                    "talent.plan.warn.outside",
                    name=plain(
                        (masking.initials(w["successor_nama"]) if masked else w["successor_nama"])
                        if isinstance(w["successor_nama"], str)
                        else (masking.mask_nip(w["successor_nip"]) if masked else w["successor_nip"])
                    ),
                    position=plain(w["jabatan"]),
                    where=tr("talent.evidence.box", box=int(w["box"]))
                    if not pd.isna(w["box"])
                    else tr(f"talent.warning.{w['warning']}"),
                ),
                icon=":material/warning:",
            )
    shown = pd.DataFrame(
        {
            tr("talent.col.position"): plan["jabatan"],
            tr("talent.col.unit"): plan["unit_kerja"],
            tr("talent.col.holder"): plan["holder_nama"].fillna("–"),
            tr("talent.col.vacancy"): plan["vacancy_date"].map(lambda d: succession.vacancy_text(d, L)),
            tr("talent.col.successor"): plan["successor_nama"].fillna(plan["successor_nip"]).fillna("–"),
            tr("talent.col.successor_nip"): plan["successor_nip"].fillna(""),
            tr("talent.col.successor_position"): plan["successor_jabatan"].fillna("–"),
            tr("talent.col.readiness"): plan["readiness"].map(lambda k: succession.readiness_label(k, L)),
            tr("talent.col.box"): plan["box"].map(lambda b: "–" if pd.isna(b) else str(int(b))),
            tr("talent.col.warning"): plan["warning"].map(
                lambda w: tr(f"talent.warning.{w}") if isinstance(w, str) else ""
            ),
        }
    )
    if masked:
        shown[tr("talent.col.holder")] = plan["holder_nama"].map(
            lambda n: masking.initials(n) if isinstance(n, str) else "–"
        )
        shown[tr("talent.col.successor")] = [
            masking.initials(n)
            if isinstance(n, str)
            else masking.mask_nip(nip)
            if isinstance(nip, str)
            else "–"
            for n, nip in zip(plan["successor_nama"], plan["successor_nip"], strict=True)
        ]
        shown[tr("talent.col.successor_nip")] = plan["successor_nip"].map(masking.mask_nip)
    with st.expander(tr("meeting.table_collapsed")) if masked else st.container():
        st.dataframe(tables.sortable(shown, L), hide_index=True, width="stretch")
    st.download_button(
        tr("talent.plan.download"),
        data=to_xlsx({tr("talent.plan.heading"): shown}),
        file_name=f"suksesi_{chosen}.xlsx".replace(" ", "_"),
    )
programmes = data.programmes(path, chosen)
with st.expander(tr("talent.programmes.heading", n=len(programmes))):
    if programmes.empty:
        st.caption(tr("talent.programmes.none"))
    else:
        st.dataframe(tables.sortable(programmes, L), hide_index=True, width="stretch")

st.subheader(tr("talent.position.heading", instansi=chosen))
by_position = data.pool_by_position(path, one)
exports.chart_with_download(
    charts.pool_by_position_bars(by_position, lang=L), f"talent_pool_jabatan_{chosen}", key="talent_by_position",
    width="stretch",
)  # fmt: skip
members = data.pool_members(path, one)
if not access.show_people("talent.pool_members", len(members)):
    members = members.iloc[0:0]
if masked:
    members = masking.mask_frame(members)
with st.expander(tr("talent.members.heading", n=fmt_number(len(members), 0, L))):
    st.dataframe(
        tables.sortable(
            members.rename(
                columns={
                    "nip": tr("talent.col.successor_nip"),
                    "nama": tr("talent.col.name"),
                    "instansi": tr("talent.col.instansi"),
                    "unit_kerja": tr("talent.col.unit"),
                    "jabatan": tr("talent.col.position"),
                    "jenis_jabatan": tr("filter.jenis_jabatan"),
                    "box": tr("talent.col.box"),
                    "nilai_talenta": tr("talent.col.nilai_talenta"),
                }
            ).round(2),
            L,
        ),
        hide_index=True,
        width="stretch",
    )

# --- 2. the talent pool of every instansi in the selection ----------------------------------------
st.subheader(tr("talent.pool.heading", period=current.period))
st.caption(tr("talent.pool.rule", **target))
below = int((summary["status"] == "below").sum())
if below:
    st.warning(tr("talent.pool.below", n=below, total=len(summary), **target), icon=":material/warning:")
if len(summary) <= CHART_MAX:
    exports.chart_with_download(
        charts.pool_share_bars(summary, lang=L, names=summary["instansi"].map(short_name)),
        f"talent_pool_{current.period}", width="stretch", key="talent_pool_chart",
    )  # fmt: skip
st.dataframe(
    tables.sortable(
        pd.DataFrame(
            {
                tr("talent.col.instansi"): summary["instansi"],
                tr("talent.col.asn"): summary["asn"].map(lambda v: fmt_number(v, 0, L)),
                tr("talent.col.mapped"): summary["mapped"].map(lambda v: fmt_number(v, 0, L)),
                tr("talent.col.pool"): summary["pool"].map(lambda v: fmt_number(v, 0, L)),
                tr("talent.col.share"): summary["share"],
                tr("talent.col.status"): summary["status"].map(
                    lambda s: tr(f"talent.pool.status.{s}", **target)
                ),
            }
        ),
        L,
    ),
    hide_index=True,
    width="stretch",
    column_config={
        tr("talent.col.share"): st.column_config.ProgressColumn(
            format="percent", min_value=0.0, max_value=max(0.2, float(summary["share"].max() or 0))
        )
    },
)

# --- 3. import a critical-position file (docs/data-contract.md §5) -------------------------------
with st.expander(tr("talent.import.heading")):
    st.caption(tr("talent.import.caption"))
    template = position_file.template_frame()
    d1, d2 = st.columns(2)
    d1.download_button(
        tr("talent.import.template_xlsx"), data=to_xlsx({"jabatan_kritikal": template}),
        file_name="templat_jabatan_kritikal.xlsx",
    )  # fmt: skip
    d2.download_button(
        tr("talent.import.template_csv"), data=to_csv(template),
        file_name="templat_jabatan_kritikal.csv", mime="text/csv",
    )  # fmt: skip
    allowed = access.may("import") and serving.imports_allowed(serving.current())
    upload = (
        ui_upload.file_uploader(tr("talent.import.file"), ["xlsx", "csv"], key="talent_upload")
        if allowed
        else None
    )
    if not allowed:
        st.info(tr("access.no_right"), icon=":material/block:")
    if upload is not None:
        validated = position_file.validate_critical_positions(
            upload.getvalue(), upload.name, shared.cursor(path)
        )
        groups = ingest.problem_groups(validated, L)  # each kind of problem once, with its rows
        for group in groups:
            (st.error if group.severity == "error" else st.info)(group.message)
        outside = access.rows_outside_scope(validated.rows)
        if outside:
            st.error(tr("access.import_outside", rows=outside), icon=":material/block:")
        elif any(g.severity == "error" for g in groups) or validated.fatal:
            st.error(tr("talent.import.rejected", n=len(validated.error_rows)))
        elif st.button(tr("talent.import.store", n=len(validated.rows)), type="primary"):
            result = position_file.load_critical_positions(shared.cursor(path), validated)
            access.record("import", upload.name, n_rows=len(validated.rows), detail="jabatan kritikal")
            shared.data_changed()
            st.success(
                tr(
                    "talent.import.done",
                    positions=result.positions,
                    successors=result.successors,
                    instansi=", ".join(result.instansi),
                )
            )
