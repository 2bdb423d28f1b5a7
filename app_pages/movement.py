"""Perpindahan antarperiode: how the same employees (same NIP) moved between boxes from one period
to the next, who entered or left the talent pool, and which units gained or lost pool members."""

import dataclasses

import streamlit as st

from analytics.core.formats import fmt_number
from analytics.merit.charts import short_name
from analytics.ninebox import charts, movement
from analytics.whatif import charts as whatif_charts
from ui import access, data, exports, tables, urlstate
from ui import movement as ui_mv
from ui import whatif as ui_wi
from ui.state import filters, lang, meeting, tr

L = lang()
st.title(tr("move.title"))
st.caption(tr("move.purpose"))
path = st.session_state.get("db_path")
current = filters()
if not path:
    st.info(tr("home.no_source"))
    st.stop()
periods = [p["period"] for p in data.summary(path)["periods"]]
if len(periods) < 2:
    st.info(tr("move.need_two", periods=", ".join(map(str, periods)) or "–"))
    st.stop()
masked = meeting()

c1, c2, _ = st.columns([1, 1, 2])
after_default = current.period if current.period in periods[1:] else periods[-1]
urlstate.initial("mv_after", "sesudah", periods)  # a link names the two periods (issue 19.4)
urlstate.initial("mv_before", "sebelum", periods)
if st.session_state.get("mv_after") not in periods:
    st.session_state["mv_after"] = after_default
if st.session_state.get("mv_before") not in periods:
    st.session_state["mv_before"] = periods[max(periods.index(st.session_state["mv_after"]) - 1, 0)]
before = c1.selectbox(
    tr("move.before"), options=periods, key="mv_before", on_change=urlstate.writer("mv_before", "sebelum")
)
after = c2.selectbox(
    tr("move.after"), options=periods, key="mv_after", on_change=urlstate.writer("mv_after", "sesudah")
)
if before == after:
    st.info(tr("move.same"))
    st.stop()
st.caption(tr("move.rules_caption"))

scope = dataclasses.replace(current, period=after)
result = ui_mv.box_movement(path, scope, int(before), int(after))
headline = movement.headline(result, L)
deck = exports.Deck(tr("move.title"))
st.subheader(headline)
m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("move.metric.both"), fmt_number(result.n_both, 0, L))
m2.metric(tr("move.metric.moved"), fmt_number(result.n_moved, 0, L))
m3.metric(
    tr("move.metric.pool"),
    f"{fmt_number(result.pool_before, 0, L)} → {fmt_number(result.pool_after, 0, L)}",
    delta=fmt_number(result.pool_after - result.pool_before, 0, L) if result.pool_after != result.pool_before else None,
)  # fmt: skip
m4.metric(
    tr("move.metric.new_gone"), f"+{fmt_number(result.n_new, 0, L)} / −{fmt_number(result.n_gone, 0, L)}"
)

st.markdown(f"#### {tr('move.matrix.title', before=before, after=after)}")
exports.chart_with_download(
    whatif_charts.transition_heatmap(result.matrix, boxes=movement.BOXES, lang=L),
    f"perpindahan_{before}_{after}", key="mv_matrix", deck=deck,
    title=tr("move.matrix.title", before=before, after=after), sentence=headline,
)  # fmt: skip
st.caption(tr("move.matrix.caption", before=before, after=after))

st.markdown(f"#### {tr('move.sankey.title')}")
if result.n_moved:
    levels = ui_wi.box_levels(ui_wi.box_reference(path, "permenpanrb", L))
    exports.chart_with_download(
        whatif_charts.movers_sankey(result.matrix, boxes=movement.BOXES, levels=levels, lang=L),
        f"perpindahan_sankey_{before}_{after}", key="mv_sankey", deck=deck, title=tr("move.sankey.title"),
        sentence=tr("move.sankey.caption", before=before, after=after),
    )  # fmt: skip
    st.caption(tr("move.sankey.caption", before=before, after=after))
else:
    st.info(tr("move.none"))

st.markdown(f"#### {tr('move.pool.title')}")
st.markdown(
    tr("move.pool.sentence", entered=fmt_number(result.n_entered, 0, L), left=fmt_number(result.n_left, 0, L),
       boxes="-".join(map(str, result.pool_boxes)))
)  # fmt: skip
for key, frame, total in (
    ("entered", result.entered, result.n_entered),
    ("left", result.left, result.n_left),
):
    table = ui_mv.changes_table(frame, masked=masked, lang=L)
    label = tr(f"move.pool.{key}", n=fmt_number(total, 0, L))
    with st.expander(label, expanded=not masked):  # meeting mode: raw tables closed
        if table.empty:
            st.write(tr("move.pool.empty"))
        elif access.show_people(f"movement.{key}", len(table)):
            st.dataframe(
                tables.sortable(table, L),
                hide_index=True,
                width="stretch",
                height=min(420, 38 + 35 * len(table)),
            )
            if total > len(table):
                st.caption(
                    tr("move.pool.more", shown=fmt_number(len(table), 0, L), n=fmt_number(total, 0, L))
                )
            exports.table_download(table, f"talent_pool_{key}_{before}_{after}", key=f"mv_{key}_xlsx")

st.markdown(f"#### {tr('move.units.title')}")
st.caption(tr("move.units.caption", before=before, after=after))
units = result.units
changed = units[units["net"] != 0]
if changed.empty:
    st.info(tr("move.units.none"))
else:
    top = changed.reindex(changed["net"].abs().sort_values(ascending=False).index).head(15)
    bars = top.assign(label=top["unit_kerja"] + " · " + top["instansi"].map(short_name))
    exports.chart_with_download(
        charts.pool_net_change(bars, lang=L), f"perpindahan_unit_{before}_{after}", key="mv_units",
        deck=deck, title=tr("move.units.title"), sentence=tr("move.units.caption", before=before, after=after),
    )  # fmt: skip
    shown_units = ui_mv.units_table(units, lang=L)
    with st.expander(tr("move.units.table", n=fmt_number(len(units), 0, L)), expanded=False):
        st.dataframe(tables.sortable(shown_units, L), hide_index=True, width="stretch")
        exports.table_download(shown_units, f"talent_pool_unit_{before}_{after}", key="mv_units_xlsx")

exports.deck_buttons(deck, f"perpindahan_{before}_{after}", key="mv_deck", current=scope)
