"""Merit-principle fairness audit: do women and men, age bands, position types and regions reach
boxes 7-8-9 at comparable rates? Groups only, never a personal row; groups under 5 people hidden."""

import streamlit as st

from analytics.core.export import to_csv, to_xlsx
from analytics.core.formats import fmt_number
from analytics.merit import linked as linked_charts
from analytics.ninebox import fairness
from analytics.talent import charts
from ui import exports, tables
from ui import talent as data
from ui.state import filters, lang, meeting, plain, tr

L = lang()
st.title(tr("fair.title"))
st.caption(tr("fair.caption"))
path = st.session_state.get("db_path")
if not path:
    st.info(tr("home.no_source"))
    st.stop()
current = filters()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()

results = data.audits(path, current)
st.caption(
    tr(
        "fair.rule",
        min=fairness.MIN_GROUP,
        ratio=fmt_number(fairness.RATIO_WARNING, 1, L),
        alpha=fmt_number(fairness.SIGNIFICANCE, 2, L),
    )
)
st.caption(tr("fair.interval_note"))
st.subheader(tr("fair.summary_heading", period=current.period))
headline = fairness.headline(results, L)
(st.warning if any(not r.flagged.empty for r in results) else st.success)(headline)
st.markdown("\n".join(f"- {plain(fairness.summary(r, L))}" for r in results))

for r in results:
    st.subheader(tr(f"fair.attr.{r.attribute}"))
    if r.table.empty:
        st.info(tr("fair.no_groups", min=fairness.MIN_GROUP))
        continue
    st.altair_chart(
        linked_charts.fairness_intervals(r, lang=L, meeting=meeting()), key=f"fair_chart_{r.attribute}"
    )
    exports.png_download(
        lambda r=r: charts.fairness_bars(r, lang=L), f"kesetaraan_{r.attribute}_{current.period}",
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

export = fairness.export_frame(results, L)
c1, c2 = st.columns(2)
c1.download_button(
    tr("fair.download_csv"), data=to_csv(export),
    file_name=f"audit_kesetaraan_{current.period}.csv", mime="text/csv",
)  # fmt: skip
c2.download_button(
    tr("fair.download_xlsx"), data=to_xlsx({"audit": export}),
    file_name=f"audit_kesetaraan_{current.period}.xlsx",
)  # fmt: skip
