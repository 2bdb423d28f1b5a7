"""The sections of the merit-fairness audit page: groups only, never a personal row."""

from __future__ import annotations

import streamlit as st

from analytics.core.export import to_csv, to_xlsx
from analytics.core.formats import fmt_number
from analytics.ninebox import fairness
from analytics.talent import charts, fairness_chart
from ui import exports, tables
from ui.page import Page
from ui.state import plain, tr


def summary(page: Page, results: list[fairness.Audit]) -> None:
    """The rule in words, then the headline (a warning when any group is flagged) and one line per
    attribute."""
    L = page.lang
    st.caption(
        tr(
            "fair.rule",
            min=fairness.MIN_GROUP,
            ratio=fmt_number(fairness.RATIO_WARNING, 1, L),
            alpha=fmt_number(fairness.SIGNIFICANCE, 2, L),
        )
    )
    st.caption(tr("fair.interval_note"))
    st.subheader(tr("fair.summary_heading", period=page.filters.period))
    headline = fairness.headline(results, L)
    (st.warning if any(not r.flagged.empty for r in results) else st.success)(headline)
    st.markdown("\n".join(f"- {plain(fairness.summary(r, L))}" for r in results))


def attribute(page: Page, r: fairness.Audit) -> None:
    """One attribute (sex, age band, position type, region): the interval chart, its PNG, the table
    and the test's note."""
    L = page.lang
    st.subheader(tr(f"fair.attr.{r.attribute}"))
    if r.table.empty:
        st.info(tr("fair.no_groups", min=fairness.MIN_GROUP))
        return
    spec = fairness_chart.fairness_intervals(r, lang=L, meeting=page.meeting)  # Vega-Lite, no altair
    st.vega_lite_chart(spec, key=f"fair_chart_{r.attribute}")
    exports.png_download(
        lambda: charts.fairness_bars(r, lang=L), f"kesetaraan_{r.attribute}_{page.filters.period}",
        key=f"fair_png_{r.attribute}",
    )  # fmt: skip
    right = st.container()
    right.dataframe(tables.sortable(fairness.display_table(r, L), L), hide_index=True, width="stretch")
    notes = [
        tr(
            "fair.test",
            test=tr(f"fair.method.{r.test_pool}") if r.test_pool else "–",
            p=fairness.fmt_p(r.p_pool, L),
            p_box1=fairness.fmt_p(r.p_box1, L),
        )
    ]
    if r.suppressed:
        notes.append(tr("fair.suppressed", n=r.suppressed, min=fairness.MIN_GROUP))
    right.caption(" ".join(notes))


def downloads(page: Page, results: list[fairness.Audit]) -> None:
    """The whole audit as CSV and Excel."""
    export = fairness.export_frame(results, page.lang)
    period = page.filters.period
    c1, c2 = st.columns(2)
    c1.download_button(
        tr("fair.download_csv"), data=to_csv(export),
        file_name=f"audit_kesetaraan_{period}.csv", mime="text/csv",
    )  # fmt: skip
    c2.download_button(
        tr("fair.download_xlsx"), data=to_xlsx({"audit": export}),
        file_name=f"audit_kesetaraan_{period}.xlsx",
    )  # fmt: skip
