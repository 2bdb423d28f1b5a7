"""The data-quality panel (analytics.core.quality) for Beranda: four dimensions per instansi and the
rows behind a figure (personal rows only with row rights, recorded, masked in meeting mode)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core import quality
from analytics.core.export import to_csv
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from ui import access, tables
from ui.data import connection
from ui.page import Page
from ui.state import tr


@st.cache_data(show_spinner=False)
def dimensions(path: str, filters: Filters) -> pd.DataFrame:
    """analytics.core.quality.dimensions, cached."""
    return quality.dimensions(connection(path), filters)


@st.cache_data(show_spinner=False)
def by_region(path: str, filters: Filters, by: str) -> pd.DataFrame:
    """analytics.core.quality.dimensions per instansi, kab_kota or provinsi, cached."""
    return quality.dimensions(connection(path), filters, by=by)


@st.cache_data(show_spinner=False)
def problem_rows(path: str, filters: Filters, dimension: str) -> pd.DataFrame:
    """analytics.core.quality.problem_rows, cached."""
    return quality.problem_rows(connection(path), filters, dimension)


def _problem_text(codes: str, dimension: str) -> str:
    """A row's problem codes in words ('kosong: Kompetensi' / 'jenis kelamin ≠ NIP')."""
    parts = [c.strip() for c in codes.split(",") if c.strip()]
    if dimension == "completeness":
        names = ", ".join(tr(f"ninebox.component.{c}") for c in parts)
        return tr("quality.problem.empty", components=names)
    return "; ".join(tr(f"quality.problem.{c}") for c in parts)


def dimensions_table(frame: pd.DataFrame, lang: str, by: str = "instansi") -> pd.DataFrame:
    """The per-instansi (or per-region) table as shown: percentages in the UI's format, the latest period."""
    out = {
        tr(f"nbpage.region.by.{by}") if by != "instansi" else tr("quality.col.instansi"): frame[by],
        tr("quality.col.n"): [fmt_number(int(n), 0, lang) for n in frame["n"]],
    }
    for dimension in quality.DIMENSIONS:
        out[tr(f"quality.col.{dimension}")] = [fmt_percent(float(v), 1, lang) for v in frame[dimension]]
    out[tr("quality.col.latest_period")] = [str(int(p)) for p in frame["latest_period"]]
    return pd.DataFrame(out)


TABLE_KEY = "quality_table"  # Beranda's switch for the table per instansi


def summary(frame: pd.DataFrame, lang: str) -> str:
    """One sentence over the per-instansi table: how many instansi fall short (< 100 %) on each
    dimension, of how many."""
    short = {d: fmt_number(int((frame[d] < 1.0).sum()), 0, lang) for d in quality.DIMENSIONS}
    return tr("quality.summary", n=fmt_number(len(frame), 0, lang), **short)


def section(page: Page) -> None:
    """The panel: the table, then one dimension's rows behind its figure."""
    st.subheader(tr("quality.heading"))
    st.caption(tr("quality.caption"))
    frame = dimensions(page.path, page.filters)
    if frame.empty:
        return
    st.markdown(summary(frame, page.lang))
    # The sortable table when asked for: Beranda is a cold start's first page, and the table's script
    # in the browser (the data grid, ~1,2 MB) held back the headline figures (issue 18).
    if st.toggle(
        tr("quality.table.show", n=fmt_number(len(frame), 0, page.lang)),
        key=TABLE_KEY,
        help=tr("quality.table.help"),
    ):
        shown = dimensions_table(frame, page.lang)
        st.dataframe(
            tables.sortable(shown, page.lang),
            hide_index=True,
            width="stretch",
            height=min(420, 38 + 35 * len(shown)),
            column_config={
                tr(f"quality.col.{d}"): st.column_config.Column(help=tr(f"quality.help.{d}"))
                for d in quality.DIMENSIONS
            },
        )
    with st.expander(tr("quality.rows.heading")):
        dimension = st.segmented_control(
            tr("quality.rows.pick"), options=list(quality.DIMENSIONS), format_func=lambda d: tr(f"quality.col.{d}"),
            default=None, key="quality_dim",
        )  # fmt: skip
        if dimension is None:  # the rows are read when asked for (a national database: seconds)
            st.caption(tr("quality.rows.ask"))
            return
        rows = problem_rows(page.path, page.filters, str(dimension))
        if rows.empty:
            st.success(tr("quality.rows.none"))
            return
        st.caption(tr("quality.rows.count", n=fmt_number(len(rows), 0, page.lang)))
        if dimension == "timeliness":  # agencies, not people
            table = rows.rename(
                columns={
                    "instansi": tr("quality.col.instansi"),
                    "latest_period": tr("quality.col.latest_period"),
                }
            ).drop(columns=["latest"])
            st.dataframe(tables.sortable(table, page.lang), hide_index=True, width="stretch")
            return
        if not access.show_people(f"quality:{dimension}", len(rows)):
            return
        people = page.shown(rows).assign(
            problems=[_problem_text(c, str(dimension)) for c in rows["problems"]]
        )
        people = people[["period", "nip", "nama", "problems", "instansi", "unit_kerja"]]
        people = people.rename(columns={c: tr(f"quality.col.{c}") for c in people.columns})
        st.dataframe(
            tables.sortable(people, page.lang),
            hide_index=True,
            width="stretch",
            height=min(420, 38 + 35 * len(people)),
        )
        st.download_button(
            tr("quality.download"), data=to_csv(people), file_name=f"kualitas_data_{dimension}.csv",
            mime="text/csv", key="quality_download",
        )  # fmt: skip


def regional(page: Page, filters: Filters, by: str) -> None:
    """The four dimensions per region beside the regional comparison: aggregates only; a region with
    fewer than 5 rows is left out (docs/rules.md §14), and the caption says how many."""
    from analytics.core.access import MIN_GROUP

    st.markdown(f"**{tr('quality.region.heading', by=tr(f'nbpage.region.by.{by}'))}**")
    frame = by_region(page.path, filters, by)
    small = int((frame["n"] < MIN_GROUP).sum())
    frame = frame[frame["n"] >= MIN_GROUP]
    if not frame.empty:
        shown = dimensions_table(frame, page.lang, by)
        st.dataframe(
            tables.sortable(shown, page.lang), hide_index=True, width="stretch",
            height=min(420, 38 + 35 * len(shown)), key=f"quality_region_{by}",
        )  # fmt: skip
    st.caption(tr("quality.region.note", n=fmt_number(small, 0, page.lang)))
