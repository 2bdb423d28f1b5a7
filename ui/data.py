"""The cached DuckDB connection and cached queries. The only place that uses st.cache_*."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics.core import db
from analytics.core.filters import Filters
from analytics.core.summary import database_summary
from ui.state import lang, tr

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
    return con


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
        connection(path)
        return True
    except db.DatabaseProblem as exc:
        _explain(exc, default=default, may_move_aside=may_move_aside, within=within)
        return False


def _explain(
    problem: db.DatabaseProblem, *, default: bool, may_move_aside: bool, within: Path | None
) -> None:
    st.error(problem.message(lang(), where="app"), icon=":material/error:")
    target = Path(problem.path)
    cols = st.columns(3)
    if isinstance(problem, db.DatabaseBusy):
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
    return [r[0] for r in cursor(path).execute(sql, params).fetchall()]


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
    from analytics.core import overview as ov

    return ov.headline(connection(path), filters)


def offer_new_database() -> None:
    """The Data page without a database: on a local app, when the sidebar names a file that does not
    exist yet, offer to create it there, empty (schema and reference tables), then import into it."""
    from ui.serving import current

    typed = str(st.session_state.get("custom_path") or "").strip()
    if current().served or st.session_state.get("source") != "custom" or not typed:
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
