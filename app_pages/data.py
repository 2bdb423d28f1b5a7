"""Data: upload and check a file before anything is stored, import it, download templates and data."""

import hashlib

import pandas as pd
import streamlit as st

from analytics import ingest
from analytics.core import masking
from analytics.core.export import to_csv, to_xlsx
from analytics.core.formats import fmt_number
from analytics.ingest import templates
from ui import access, data, serving, tables
from ui import upload as ui_upload
from ui.state import filters, lang, meeting, tr

XLSX_MAX_ROWS = 1_048_575
L = lang()
st.title(tr("data.title"))
st.caption(tr("data.caption"))
path = st.session_state.get("db_path")
if not path:
    data.offer_new_database()  # local mode: a path typed in the sidebar that does not exist yet
    st.stop()

tab_upload, tab_templates, tab_download = st.tabs(
    [tr("data.tab.upload"), tr("data.tab.templates"), tr("data.tab.download")]
)

with tab_upload:
    if not serving.imports_allowed(serving.current()):
        st.info(tr("serving.import_needs_signin"), icon=":material/lock:")
    elif not access.may("import"):
        st.info(tr("access.no_right"), icon=":material/block:")
    else:
        c1, c2, c3 = st.columns([2, 1, 2])
        kind = c1.radio(
            tr("data.kind"),
            options=["auto", "employees", "merit"],
            format_func=lambda k: tr(f"data.kind.{k}"),
            horizontal=True,
            key="upload_kind",
        )
        period = c2.number_input(
            tr("data.period"), min_value=2000, max_value=2100, step=1,
            value=int(filters().period or 2025), help=tr("data.period_help"), key="upload_period",
        )  # fmt: skip
        replace = c3.checkbox(tr("data.replace"), help=tr("data.replace_help"), key="upload_replace")
        skip_invalid = c3.checkbox(
            tr("data.skip_invalid"), help=tr("data.skip_invalid_help"), key="upload_skip"
        )
        upload = ui_upload.file_uploader(  # no xls: the import refuses it (ingest.old_excel)
            tr("data.file"),
            ["xlsx", "xlsm", "csv", "txt", "parquet"],
            help=tr("data.file_help"),
            key="upload_file",
        )
        st.caption(tr("data.limit"))
        if upload is not None:
            raw = upload.getvalue()
            token = (hashlib.sha256(raw).hexdigest(), upload.name, kind, int(period), replace)
            if st.session_state.get("upload_token") != token:
                with st.spinner(tr("data.checking", file=upload.name)):
                    st.session_state["upload_report"] = ingest.validate(
                        raw, upload.name, data.connection(path),
                        kind=None if kind == "auto" else kind, period=int(period), replace=replace,
                    )  # fmt: skip
                st.session_state["upload_token"] = token
                st.session_state.pop("upload_result", None)
            report: ingest.Validated = st.session_state["upload_report"]
            problems = report.problems
            n_err = int((problems["severity"] == "error").sum()) if not problems.empty else 0
            n_warn = int((problems["severity"] == "warning").sum()) if not problems.empty else 0
            st.subheader(tr("data.report", file=upload.name))
            m1, m2, m3, m4 = st.columns(4)
            m1.metric(tr("data.kind_detected"), tr(f"data.kind.{report.kind}"))
            m2.metric(tr("data.rows"), fmt_number(report.n_rows if not report.fatal else 0, 0, L))
            m3.metric(tr("data.rows_valid"), fmt_number(report.n_valid, 0, L))
            m4.metric(
                tr("data.problems"),
                f"{fmt_number(n_err, 0, L)} / {fmt_number(n_warn, 0, L)}",
                help=tr("data.problems_help"),
            )
            if report.fatal:
                st.error(tr("data.fatal"))
            elif n_err:
                st.error(tr("data.has_errors", n=fmt_number(len(report.error_rows), 0, L)))
            else:
                st.success(tr("data.no_errors"))
            if not problems.empty:
                # one line per kind of problem (count and rows), the rarest first; st.table wraps long text
                groups = ingest.problem_groups(report, L)
                st.table(
                    pd.DataFrame(
                        {
                            tr("data.p.severity"): [tr(f"severity.{g.severity}") for g in groups],
                            tr("data.p.count"): [fmt_number(g.count, 0, L) for g in groups],
                            tr("data.p.message"): [g.message for g in groups],
                        }
                    ),
                    hide_index=True,
                )
            if not report.fatal and len(report.rows):
                with st.expander(tr("data.preview"), expanded=not n_err and not meeting()):
                    preview = report.rows.head(50)
                    st.dataframe(
                        tables.sortable(masking.mask_frame(preview) if meeting() else preview, L),
                        hide_index=True,
                        width="stretch",
                    )
            can_import = not report.fatal and report.n_valid > 0 and (n_err == 0 or skip_invalid)
            outside = access.rows_outside_scope(report.rows)
            if outside:
                st.error(tr("access.import_outside", rows=outside), icon=":material/block:")
                can_import = False
            if st.button(tr("data.import"), type="primary", disabled=not can_import, key="upload_go"):
                with st.status(tr("data.importing"), expanded=True) as status:
                    bar = st.progress(0.2, tr("data.importing"))
                    result = ingest.load(
                        data.connection(path), report, replace=replace, skip_invalid=skip_invalid
                    )
                    bar.progress(1.0, tr("data.imported", n=fmt_number(result.rows_loaded, 0, L)))
                    status.update(
                        label=tr("data.imported", n=fmt_number(result.rows_loaded, 0, L)), state="complete"
                    )
                st.session_state["upload_result"] = result
                access.record(
                    "import", upload.name, n_rows=result.rows_loaded, detail=f"import {result.import_id}"
                )
                data.data_changed()
                st.rerun()  # redraw the sidebar and counts with the new data
            result = st.session_state.get("upload_result")
            if result is not None:
                st.success(tr("data.imported", n=fmt_number(result.rows_loaded, 0, L)))
                if result.rows_rejected:
                    rejected = report.rows[report.rows["_row"].isin(report.error_rows)]
                    st.download_button(
                        tr("data.rejects_download", n=fmt_number(result.rows_rejected, 0, L)),
                        data=to_csv(rejected), file_name="baris_ditolak.csv", mime="text/csv",
                    )  # fmt: skip
            elif not can_import and not report.fatal and n_err:
                st.caption(tr("data.fix_hint"))


with tab_templates:
    for kind_key, frames in (
        ("employees", {"pegawai": templates.employee_template()}),
        (
            "merit",
            {"nilai_aspek": templates.merit_template(), "status_sipinter": templates.merit_status_template()},
        ),
    ):
        st.subheader(tr(f"data.template.{kind_key}"))
        cols = st.columns(1 + len(frames))
        cols[0].download_button(
            tr("data.template.xlsx"), data=to_xlsx(frames), file_name=f"templat_{kind_key}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"tpl_xlsx_{kind_key}",
        )  # fmt: skip
        for i, (name, frame) in enumerate(frames.items(), start=1):
            cols[i].download_button(
                tr("data.template.csv", name=tr(f"data.template.sheet.{name}")), data=to_csv(frame), file_name=f"templat_{name}.csv",
                mime="text/csv", key=f"tpl_csv_{name}",
            )  # fmt: skip
        st.dataframe(
            tables.sortable(templates.column_guide(kind_key, L), L), hide_index=True, width="stretch"
        )

with tab_download:
    current = filters()
    n = data.count_employees(path, current)
    st.write(tr("data.download_text", n=fmt_number(n, 0, L), period=current.period))
    if meeting():
        st.info(tr("meeting.data_masked"), icon=":material/visibility_off:")
    if not access.show_people("data.download", n):
        pass
    elif n > XLSX_MAX_ROWS:
        st.warning(tr("data.download_too_big", max=fmt_number(XLSX_MAX_ROWS, 0, L)))
    elif n:
        if st.button(tr("data.download_prepare"), key="prep_download"):
            with st.spinner(tr("data.download_preparing")):
                rows = data.employees_frame(path, current)
                st.session_state["download_bytes"] = to_xlsx(
                    {"pegawai": masking.mask_frame(rows) if meeting() else rows}
                )
                st.session_state["download_masked"] = meeting()
        if st.session_state.get("download_masked", False) != meeting():  # prepared in the other mode
            st.session_state.pop("download_bytes", None)
        if "download_bytes" in st.session_state:
            st.download_button(
                tr("data.download_button"), data=st.session_state["download_bytes"],
                file_name=f"data_pegawai_{current.period}.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )  # fmt: skip
