"""Akses & jejak audit (admin only): who may see what, and the append-only record of who saw what."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics.core import access as rules
from analytics.core.export import to_csv
from ui import access, data, tables
from ui.state import lang, tr

L = lang()
st.title(tr("nav.access"))
st.caption(tr("access.page.caption"))
path = st.session_state.get("db_path")
if not path or not access.may("admin"):  # the router hides this page from others; a deep link too
    st.info(tr("access.no_right"), icon=":material/block:")
    st.stop()
con = data.connection(path)

# --- grants -------------------------------------------------------------------------------------------
st.subheader(tr("access.page.grants"))
grants = rules.grants(con)
st.dataframe(
    tables.sortable(
        pd.DataFrame(
            {
                tr("access.col.identity"): [g.identity for g in grants],
                tr("access.col.role"): [tr(f"access.role.{g.role}") for g in grants],
                tr("access.col.scope"): [access.scope_text(g) for g in grants],
                tr("access.col.rows"): [tr("common.yes") if g.can("rows") else "–" for g in grants],
            }
        ),
        L,
    ),
    hide_index=True,
    width="stretch",
)
with st.form("access_grant_form", clear_on_submit=True):
    st.markdown(f"**{tr('access.page.grant')}**")
    c1, c2 = st.columns(2)
    identity = c1.text_input(tr("access.col.identity"), placeholder="nama@instansi.go.id")
    role = c2.selectbox(
        tr("access.col.role"), options=rules.ROLES, format_func=lambda r: tr(f"access.role.{r}")
    )
    kind = c1.radio(
        tr("access.col.scope"), options=rules.SCOPE_KINDS, horizontal=True,
        format_func=lambda k: tr("access.scope.national") if k == "national" else tr(f"filter.{k}"),
    )  # fmt: skip
    values = c2.multiselect(
        tr("access.page.scope_values"),
        options=sorted(
            {
                *data.filter_options(path, "instansi", rules.Filters()),
                *data.filter_options(path, "provinsi", rules.Filters()),
            }
        ),
    )
    row_rights = st.checkbox(tr("access.page.rows"))
    if st.form_submit_button(tr("access.page.grant"), type="primary"):
        try:
            scope = rules.Scope(
                kind, () if kind == "national" else tuple(values[:1] if kind == "provinsi" else values)
            )
            rules.grant(con, identity, role, scope, by=access.current().identity, row_rights=row_rights)
            st.success(tr("access.page.granted", identity=identity))
            st.rerun()
        except rules.AccessRefused as exc:
            st.error(tr("access.page.refused", reason=str(exc)))
if grants:
    r1, r2 = st.columns([3, 1])
    who = r1.selectbox(
        tr("access.page.revoke_who"), options=[g.identity for g in grants], key="access_revoke_who"
    )
    if r2.button(tr("access.page.revoke"), key="access_revoke"):
        rules.revoke(con, who, by=access.current().identity)
        st.rerun()

# --- the audit trail ------------------------------------------------------------------------------------
st.subheader(tr("access.page.audit"))
st.caption(tr("access.page.audit_caption"))
f1, f2, f3 = st.columns([2, 1, 1])
person = f1.text_input(tr("access.page.person"), key="audit_person")
today = dt.date.today()
since = f2.date_input(tr("access.page.since"), value=today - dt.timedelta(days=30), format="DD/MM/YYYY")
until = f3.date_input(tr("access.page.until"), value=today, format="DD/MM/YYYY")
rows = rules.audit_trail(con, identity=person or None, since=since, until=until)
trail = pd.DataFrame(rows, columns=list(rules.AUDIT_COLUMNS))
trail["logged_at"] = pd.to_datetime(trail["logged_at"]).dt.strftime("%d/%m/%Y %H:%M:%S")
shown = trail.astype(object).where(trail.notna(), "–").rename(columns=lambda c: tr(f"access.audit.{c}"))
st.dataframe(
    tables.sortable(shown, L), hide_index=True, width="stretch", height=min(560, 38 + 35 * max(len(shown), 1))
)
st.download_button(
    tr("access.page.audit_download"), data=to_csv(trail), file_name=f"jejak_audit_{today:%Y%m%d}.csv",
    mime="text/csv", key="audit_download",
)  # fmt: skip
