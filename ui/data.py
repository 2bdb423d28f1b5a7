"""The cached DuckDB connection and cached queries. The only place that uses st.cache_*."""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd
import streamlit as st

# At the top, not inside the functions: many sessions of a cold process run these functions at once,
# and imports made there raced each other (tests/test_import_threads.py).
from analytics import ingest
from analytics.core import db, lake
from analytics.core import overview as ov
from analytics.core.export import to_csv, to_xlsx
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.core.summary import database_summary
from analytics.ingest import templates
from analytics.ninebox import arrays, movement
from ui import access, serving, tables
from ui import upload as ui_upload
from ui.state import lang, tr

if TYPE_CHECKING:
    from ui.page import Page

_BUILD_LOCK = threading.Lock()


def ensure_demo_database(path: Path) -> None:
    """Build the demo database at ``path`` when it does not exist, showing progress (first start).

    Built into a temporary file and renamed into place, so a crash mid-build never leaves a half file.
    A failure (e.g. a read-only folder) is shown as a message, not a traceback.
    """
    if path.exists():
        return
    with _BUILD_LOCK:
        if path.exists():
            return
        from analytics.demo import (
            employees as demo,  # only for a first start: keeps the usual start's imports small
        )

        with st.status(tr("app.building_demo"), expanded=True) as status:
            bar = st.progress(0.0)
            tmp = path.with_name(path.stem + ".building.duckdb")
            try:
                tmp.unlink(missing_ok=True)
                con = db.connect(tmp)
                try:
                    demo.build_demo(con, progress=lambda share, msg: _show(bar, share, msg))
                    con.execute("checkpoint")
                finally:
                    con.close()
                os.replace(tmp, path)
            except (OSError, duckdb.Error, db.DatabaseProblem) as exc:
                status.update(state="error", expanded=True)
                st.error(tr("faults.build_failed", path=str(path), error=str(exc).splitlines()[0]))
                st.stop()
            status.update(label=tr("app.demo_ready"), state="complete", expanded=False)


APP_MEMORY_LIMIT = "2GB"  # DuckDB's share of the app process (see connection)


@st.cache_resource(show_spinner=False)
def connection(path: str) -> duckdb.DuckDBPyConnection:
    """One connection per database file per process; every query takes its own cursor.

    Opens an existing file only (``db.open_checked``): a missing, held, damaged or outdated file
    raises a ``db.DatabaseProblem`` (not cached), which ``database_ready`` explains. DuckDB may use
    at most APP_MEMORY_LIMIT (it spills to ``<file>.tmp`` beyond): rebuilding ``employee_scores`` for
    two national periods otherwise peaks near 5 GB; with the limit about 2 GB, and no slower.
    """
    con = db.open_checked(path)
    con.execute(f"set memory_limit = '{APP_MEMORY_LIMIT}'")  # noqa: S608 - a constant
    warm_up(con)
    return con


WARMING: dict[int, threading.Thread] = {}  # the warm-up thread per connection (tests wait on it)
FIRST_PAGE_DRAWN = threading.Event()  # set by app.py when a run of the process has ended (page_drawn)
FIRST_PAGE_WAIT = 20.0  # seconds the warm-up's second part waits for it at most (e.g. no browser yet)


def page_drawn() -> None:
    """A script run of this process has ended: the warm-up may go on with what other pages need."""
    FIRST_PAGE_DRAWN.set()


# Modules the nine-box page's first run would import itself (0,2-0,4 s of it on a busy server): the
# piling-up check's chi-square p-values (scipy.special), DuckDB's reading of an Arrow table it is
# given (pyarrow.dataset) and the page's own code (ui.ninebox with the views and charts it imports).
# Imported by the warm-up instead, once the first page is drawn. Each package before its submodule,
# as the pages' own `from scipy import special` does: the other order can deadlock against a page
# importing the same module at that moment (tests/test_import_threads.py imports ui.ninebox so).
PRELOAD = ("scipy", "scipy.special", "pyarrow", "pyarrow.dataset", "ui.ninebox")


def warm_up(con: duckdb.DuckDBPyConnection) -> threading.Thread:
    """Load the newest period's nine-box arrays in the background (analytics.ninebox.arrays.warm), so
    the first page's figures do not wait for them: the script's run goes on meanwhile."""

    def run() -> None:
        try:
            newest = arrays.warm(con, spares=False)  # what the first page needs
            # What other pages need waits until the first page is drawn: the Python threads of one
            # process take turns (one runs at a time), so work here slows the first page's run.
            FIRST_PAGE_DRAWN.wait(timeout=FIRST_PAGE_WAIT)
            for name in PRELOAD:  # while the user reads the first page
                importlib.import_module(name)
            if newest is not None:  # the names of the nine-box scatter's sample (Block.people)
                arrays.wait_for_files()  # beside its fast files, written in the background
                newest.people(con, compute=True)
            movement.warm(con)  # the movement page's older period, from its fast files
            if newest is not None:  # the what-if's first slider move (0,3 s of page faults otherwise)
                arrays.touch_spares(newest.n)
        except (duckdb.Error, RuntimeError, ValueError):
            pass  # data changing under it: the page's own query meets and explains the problem

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    WARMING[id(con)] = thread
    thread.start()
    return thread


def database_ready(
    path: str, *, default: bool, may_move_aside: bool = True, within: Path | None = None
) -> bool:
    """Open the file (cached) or show what is wrong with it and the way forward; True when usable.

    ``default`` is true for the bundled file (data/talenta.duckdb or $TALENTA_DB): only that one may be
    rebuilt from the demo; a user's own file is never replaced, at most moved aside, and only where
    ``may_move_aside`` (analytics.core.serving: the local user, or a served app's admin inside its data
    folder). A browser user of a served app can never rename a server file.
    """
    try:
        con = connection(path)
        _follow_store(path, con)
        return True
    except db.DatabaseProblem as exc:
        _explain(exc, default=default, may_move_aside=may_move_aside, within=within)
        return False


_SEEN: dict[str, int] = {}  # store -> the lake snapshot this process's cached queries were made on
_SEEN_LOCK = threading.Lock()


def snapshot_seen(path: str) -> int | None:
    """The shared store's snapshot this run reads: the one a ``?snapshot=N`` link asked for, else the
    latest this process has seen; None for a DuckDB file (no snapshots). A meeting deck names it, so
    "the data as it was in that meeting" is one link away (docs/data-contract.md §8)."""
    _, mark, number = str(path).partition(lake.SNAPSHOT_MARK)
    if mark and number.isdigit():
        return int(number)
    with _SEEN_LOCK:
        return _SEEN.get(str(path))


def _follow_store(path: str, con: duckdb.DuckDBPyConnection) -> None:
    """A shared store (a DuckLake, analytics/core/lake.py) changes under this process: on every run
    its latest snapshot id is read (one catalog query) and, when another process (or this one) has
    committed since, the cached queries are dropped, so this run shows the new data. The in-memory
    nine-box columns reload only when the scoring table was rebuilt (analytics/ninebox/arrays.py).
    A catalog that stopped answering is DatabaseUnavailable; the lake reconnects by itself once it is
    back, so the next run recovers without restarting the app. A DuckDB file: nothing to do."""
    try:
        version = db.data_version(con)
    except duckdb.Error as exc:
        raise db.DatabaseUnavailable(db.db_path(path), str(exc).splitlines()[0]) from exc
    if version is None:
        return
    with _SEEN_LOCK:
        before = _SEEN.get(path, version)
        _SEEN[path] = version
    if before == version:
        return
    try:
        changed = lake.changed_tables(con, before, version)
    except duckdb.Error:
        changed = {"?"}
    if not changed <= lake.QUIET_TABLES:  # an audit entry or an id taken changes no figure
        st.cache_data.clear()


def _explain(
    problem: db.DatabaseProblem, *, default: bool, may_move_aside: bool, within: Path | None
) -> None:
    st.error(problem.message(lang(), where="app"), icon=":material/error:")
    target = Path(problem.path)
    cols = st.columns(3)
    if isinstance(problem, db.DatabaseBusy | db.DatabaseUnavailable):
        if cols[0].button(tr("faults.button.retry"), key="faults_retry"):
            st.rerun()
        return
    if isinstance(problem, db.DatabaseOutdated):
        if cols[0].button(tr("faults.button.migrate"), key="faults_migrate", type="primary"):
            db.migrate(target)
            st.cache_data.clear()
            st.rerun()
    if not may_move_aside:
        return
    if isinstance(problem, db.DatabaseCorrupt) and not default:
        if cols[1].button(tr("faults.button.move_aside"), key="faults_move_aside"):
            aside = db.move_aside(target, within=within)
            st.toast(tr("faults.moved_aside", path=str(target), aside=str(aside)))
            st.rerun()
    if default:
        if cols[2].button(tr("faults.button.rebuild"), key="faults_rebuild"):
            if target.exists():
                aside = db.move_aside(target, within=within)  # never deleted: the user may want it back
                st.toast(tr("faults.moved_aside", path=str(target), aside=str(aside)))
            st.cache_data.clear()
            ensure_demo_database(target)
            st.rerun()


def cursor(path: str) -> duckdb.DuckDBPyConnection:
    """A fresh cursor on the cached connection (Streamlit sessions are threads)."""
    return connection(path).cursor()


def data_changed() -> None:
    """Forget every cached query after an import so all pages show the new data."""
    st.cache_data.clear()


@st.cache_data(show_spinner=False)
def summary(path: str) -> dict[str, Any]:
    """database_summary of the file (cached until the next import)."""
    return database_summary(connection(path))


_OPTIONS_SQL = {
    "provinsi": "select distinct provinsi from employees where {where} and provinsi is not null order by 1",
    "instansi": "select distinct instansi from employees where {where} order by 1",
    "unit_kerja": "select distinct unit_kerja from employees where {where} order by 1",
    "jenis_jabatan": (
        "select e.jenis_jabatan from employees e left join ref_position_types r "
        "on r.position_type = e.jenis_jabatan where {where} group by e.jenis_jabatan order by min(r.rank), 1"
    ),
}


@st.cache_data(show_spinner=False)
def filter_options(path: str, field: str, within: Filters) -> list[str]:
    """Distinct values of a filter field among the employees matching the upstream filters."""
    where, params = within.where("e" if field == "jenis_jabatan" else "")
    sql = _OPTIONS_SQL[field].format(where=where)
    con = connection(path)
    # kept beside the fast files: a national database's distinct values cost a scan of every row,
    # which a server's first view would otherwise wait for after each start
    options = arrays.stored(
        con,
        "filter_options",
        [field, where, params],
        lambda: [r[0] for r in con.cursor().execute(sql, params).fetchall()],
    )
    return list(options)


@st.cache_data(show_spinner=False)
def employees_frame(path: str, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """The stored employee rows matching the filters (for the data download)."""
    where, params = filters.where()
    sql = (
        f"select * exclude (extra, import_id) from employees where {where} order by instansi, unit_kerja, nip"  # noqa: S608
    )
    if limit:
        sql += " limit ?"
        params = [*params, limit]
    return cursor(path).execute(sql, params).fetchdf()


@st.cache_data(show_spinner=False)
def count_employees(path: str, filters: Filters) -> int:
    """Number of employee rows matching the filters."""
    where, params = filters.where()
    return int(cursor(path).execute(f"select count(*) from employees where {where}", params).fetchall()[0][0])  # noqa: S608


@st.cache_data(show_spinner=False)
def overview(path: str, filters: Filters) -> dict[str, Any]:
    """Headline figures for Beranda: employees, instansi, units, box counts with default rules."""
    return ov.headline(connection(path), filters)


def offer_new_database() -> None:
    """The Data page without a database: on a local app, when the sidebar names a file that does not
    exist yet, offer to create it there, empty (schema and reference tables), then import into it."""
    typed = str(st.session_state.get("custom_path") or "").strip()
    if serving.current().served or st.session_state.get("source") != "custom" or not typed:
        st.info(tr("home.no_source"))
        return
    target = Path(typed).expanduser()
    problem = new_database_problem(target)
    st.subheader(tr("data.new.title"))
    if problem:
        st.error(problem, icon=":material/error:")
        return
    st.write(tr("data.new.text", path=str(target)))
    if st.button(tr("data.new.button"), type="primary", key="data_new_db"):
        db.connect(target).close()  # creates the file with every table, nothing else
        st.cache_data.clear()
        st.rerun()


def new_database_problem(target: Path) -> str | None:
    """Why a new database cannot be created at ``target`` (in the UI language), or None."""
    if target.suffix != ".duckdb":
        return tr("data.new.bad_suffix", path=str(target))
    if target.exists():
        return tr("data.new.exists", path=str(target))
    if not target.parent.is_dir():
        return tr("data.new.no_folder", folder=str(target.parent))
    if not os.access(target.parent, os.W_OK):
        return tr("data.new.no_write", folder=str(target.parent))
    return None


def _show(bar: Any, share: float, message: str) -> None:
    """One step of a progress bar (share clamped to 0..1)."""
    bar.progress(min(max(share, 0.0), 1.0), message)


# --- the Data page (app_pages/data.py) -----------------------------------------------------------------

XLSX_MAX_ROWS = 1_048_575  # rows of one Excel sheet (less the header)


@dataclass(frozen=True)
class UploadChoice:
    """What the upload tab's widgets hold: the kind, the period, the two switches and the file."""

    kind: str
    period: int
    replace: bool
    skip_invalid: bool
    upload: Any  # the uploaded file (UploadedFile) or None
    instrument: str | None = (
        None  # a merit file's version chosen on import (None: the file's or the period's)
    )


def upload_form(page: Page) -> UploadChoice | None:
    """The upload tab's widgets; None (after the reason) when imports are closed or not the user's right."""
    if not serving.imports_allowed(serving.current()):
        st.info(tr("serving.import_needs_signin"), icon=":material/lock:")
        return None
    if not access.may("import"):
        st.info(tr("access.no_right"), icon=":material/block:")
        return None
    chosen = page.filters.periods()
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
        value=int(chosen[0] if chosen else 2025), help=tr("data.period_help"), key="upload_period",
    )  # fmt: skip
    instrument = None
    if kind != "employees":  # the merit instrument version (docs/data-contract.md §2)
        versions = merit_versions(page.path)
        picked = c2.selectbox(
            tr("data.instrument"), options=["auto", *versions], key="upload_instrument",
            format_func=lambda v: tr("data.instrument.auto") if v == "auto" else versions[v],
            help=tr("data.instrument_help"),
        )  # fmt: skip
        instrument = None if picked == "auto" else str(picked)
    replace = c3.checkbox(tr("data.replace"), help=tr("data.replace_help"), key="upload_replace")
    skip_invalid = c3.checkbox(tr("data.skip_invalid"), help=tr("data.skip_invalid_help"), key="upload_skip")
    upload = ui_upload.file_uploader(  # no xls: the import refuses it (ingest.old_excel)
        tr("data.file"),
        ["xlsx", "xlsm", "csv", "txt", "parquet"],
        help=tr("data.file_help"),
        key="upload_file",
    )
    return UploadChoice(str(kind), int(period), bool(replace), bool(skip_invalid), upload, instrument)


@st.cache_data(show_spinner=False)
def merit_versions(path: str) -> dict[str, str]:
    """The merit instrument versions (code -> regulation, oldest first), cached."""
    rows = (
        connection(path)
        .cursor()
        .execute("select instrument, regulation from ref_merit_instruments order by valid_from")
    )
    return {str(code): str(regulation) for code, regulation in rows.fetchall()}


def upload_report(page: Page, choice: UploadChoice) -> None:
    """The uploaded file checked before anything is stored (once per file and choice), its report, a
    preview, the import button and what the import did."""
    upload = choice.upload
    if upload is None:
        return
    raw = upload.getvalue()
    token = (
        hashlib.sha256(raw).hexdigest(), upload.name, choice.kind, choice.period, choice.replace, choice.instrument
    )  # fmt: skip
    if st.session_state.get("upload_token") != token:
        with st.spinner(tr("data.checking", file=upload.name)):
            st.session_state["upload_report"] = ingest.validate(
                raw, upload.name, connection(page.path),
                kind=None if choice.kind == "auto" else choice.kind, period=choice.period, replace=choice.replace,
                instrument=choice.instrument,
            )  # fmt: skip
        st.session_state["upload_token"] = token
        st.session_state.pop("upload_result", None)
    report: ingest.Validated = st.session_state["upload_report"]
    n_err = _report_summary(page, upload.name, report)
    _import(page, choice, report, n_err)


def _report_summary(page: Page, name: str, report: Any) -> int:
    """The report's figures, its verdict, one line per kind of problem and a preview; the errors' count."""
    L = page.lang
    problems = report.problems
    n_err = int((problems["severity"] == "error").sum()) if not problems.empty else 0
    n_warn = int((problems["severity"] == "warning").sum()) if not problems.empty else 0
    st.subheader(tr("data.report", file=name))
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
        with st.expander(tr("data.preview"), expanded=not n_err and not page.meeting):
            st.dataframe(
                tables.sortable(page.shown(report.rows.head(50)), L), hide_index=True, width="stretch"
            )
    return n_err


def _import(page: Page, choice: UploadChoice, report: Any, n_err: int) -> None:
    """The import button (when the file may be imported), the import, and what it did."""
    L = page.lang
    can_import = not report.fatal and report.n_valid > 0 and (n_err == 0 or choice.skip_invalid)
    outside = access.rows_outside_scope(report.rows)
    if outside:
        st.error(tr("access.import_outside", rows=outside), icon=":material/block:")
        can_import = False
    if st.button(tr("data.import"), type="primary", disabled=not can_import, key="upload_go"):
        with st.status(tr("data.importing"), expanded=True) as status:
            bar = st.progress(0.2, tr("data.importing"))
            loaded = ingest.load(
                connection(page.path), report, replace=choice.replace, skip_invalid=choice.skip_invalid
            )
            bar.progress(1.0, tr("data.imported", n=fmt_number(loaded.rows_loaded, 0, L)))
            status.update(label=tr("data.imported", n=fmt_number(loaded.rows_loaded, 0, L)), state="complete")
        st.session_state["upload_result"] = loaded
        access.record(
            "import", choice.upload.name, n_rows=loaded.rows_loaded, detail=f"import {loaded.import_id}"
        )
        data_changed()
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


def templates_tab(page: Page) -> None:
    """The templates of both kinds of file (XLSX with every sheet, a CSV per sheet) and their columns."""
    for kind_key, frames in (
        ("employees", {"pegawai": templates.employee_template()}),
        (
            "merit",
            {
                "nilai_aspek": templates.merit_template(),
                "status_sipinter": templates.merit_status_template(),
                "nilai_pertanyaan_2026": templates.merit_2026_template(),
            },
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
            tables.sortable(templates.column_guide(kind_key, page.lang), page.lang),
            hide_index=True,
            width="stretch",
        )


def download_tab(page: Page) -> None:
    """The current data as XLSX (masked in meeting mode; prepared on request, dropped when the mode
    changes), within the row rights and Excel's sheet size."""
    L, current = page.lang, page.filters
    n = count_employees(page.path, current)
    st.write(tr("data.download_text", n=fmt_number(n, 0, L), period=current.period))
    if page.meeting:
        st.info(tr("meeting.data_masked"), icon=":material/visibility_off:")
    if not access.show_people("data.download", n):
        pass
    elif n > XLSX_MAX_ROWS:
        st.warning(tr("data.download_too_big", max=fmt_number(XLSX_MAX_ROWS, 0, L)))
    elif n:
        if st.button(tr("data.download_prepare"), key="prep_download"):
            with st.spinner(tr("data.download_preparing")):
                rows = employees_frame(page.path, current)
                st.session_state["download_bytes"] = to_xlsx({"pegawai": page.shown(rows)})
                st.session_state["download_masked"] = page.meeting
        if st.session_state.get("download_masked", False) != page.meeting:  # prepared in the other mode
            st.session_state.pop("download_bytes", None)
        if "download_bytes" in st.session_state:
            st.download_button(
                tr("data.download_button"), data=st.session_state["download_bytes"],
                file_name=f"data_pegawai_{current.period}.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )  # fmt: skip
