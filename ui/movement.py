"""Cached queries of the period-movement page and its tables as shown."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.ninebox import boxes as nb
from analytics.ninebox import movement
from ui.data import connection
from ui.page import Page
from ui.state import tr


@st.cache_data(show_spinner=False, max_entries=16)
def box_movement(path: str, filters: Filters, before: int, after: int) -> movement.Movement:
    """analytics.ninebox.movement.box_movement under the default rules (Kepka BKN 411/2025, ref_cutoffs)."""
    con = connection(path)
    return movement.box_movement(
        con, before=before, after=after, rules=nb.Rules.default(con), filters=filters
    )


STATUSES = ("moved", "new", "gone")  # analytics.ninebox.movement's status values (labels move.status.*)


def _box(value: object) -> str:
    return "–" if value is None or pd.isna(value) else str(int(value))  # type: ignore[call-overload]


def changes_table(frame: pd.DataFrame, *, masked: bool, lang: str) -> pd.DataFrame:
    """People who entered or left the talent pool: identity (initials and masked NIPs in meeting
    mode), unit, position, box before and after, talent score before and after, status."""
    return pd.DataFrame(
        {
            tr("nbpage.col.nama"): frame["nama"].map(masking.initials) if masked else frame["nama"],
            tr("nbpage.col.nip"): frame["nip"].map(masking.mask_nip) if masked else frame["nip"],
            tr("nbpage.col.unit"): frame["unit_kerja"],
            tr("nbpage.col.jabatan"): frame["jabatan"],
            tr("nbpage.col.instansi"): frame["instansi"],
            tr("move.col.from_box"): frame["from_box"].map(_box),
            tr("move.col.to_box"): frame["to_box"].map(_box),
            tr("move.col.nilai_before"): frame["nilai_before"].map(lambda v: fmt_number(v, 2, lang)),
            tr("move.col.nilai_after"): frame["nilai_after"].map(lambda v: fmt_number(v, 2, lang)),
            tr("move.col.status"): frame["status"].map({s: tr(f"move.status.{s}") for s in STATUSES}),
        }
    )


def units_table(units: pd.DataFrame, *, lang: str) -> pd.DataFrame:
    """Work units × talent pool before, after and the net change (largest losses first)."""
    return pd.DataFrame(
        {
            tr("nbpage.col.instansi"): units["instansi"],
            tr("nbpage.col.unit"): units["unit_kerja"],
            tr("move.col.pool_before"): units["pool_before"].astype(int),
            tr("move.col.pool_after"): units["pool_after"].astype(int),
            tr("move.col.net"): units["net"].map(
                lambda n: ("+" if n > 0 else "") + fmt_number(int(n), 0, lang)
            ),
        }
    )


# --- the page's sections (app_pages/movement.py reads as a list of these) ----------------------


def period_pair(page: Page) -> tuple[int, int]:
    """The 'before' and 'after' pickers (named in a link as sebelum/sesudah); stops when they are the
    same period."""
    from ui import urlstate

    periods, current = page.periods, page.filters
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
    return int(before), int(after)


def headline(page: Page, result: movement.Movement) -> str:
    """The headline sentence and the four figures under it; returns the sentence (for the deck)."""
    L = page.lang
    sentence = movement.headline(result, L)
    st.subheader(sentence)
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
    return sentence


def transitions(page: Page, result: movement.Movement, before: int, after: int, sentence: str) -> None:
    """The box-to-box matrix, then the movers as a Sankey (or a note that nobody moved)."""
    from analytics.whatif import charts as whatif_charts
    from ui import exports
    from ui import whatif as ui_wi

    L = page.lang
    st.markdown(f"#### {tr('move.matrix.title', before=before, after=after)}")
    exports.chart_with_download(
        whatif_charts.transition_heatmap(result.matrix, boxes=movement.BOXES, lang=L),
        f"perpindahan_{before}_{after}", key="mv_matrix", deck=page.deck,
        title=tr("move.matrix.title", before=before, after=after), sentence=sentence,
    )  # fmt: skip
    st.caption(tr("move.matrix.caption", before=before, after=after))

    st.markdown(f"#### {tr('move.sankey.title')}")
    if not result.n_moved:
        st.info(tr("move.none"))
        return
    levels = ui_wi.box_levels(ui_wi.box_reference(page.path, nb.DEFAULT_SCHEME, L))
    exports.chart_with_download(
        whatif_charts.movers_sankey(result.matrix, boxes=movement.BOXES, levels=levels, lang=L),
        f"perpindahan_sankey_{before}_{after}", key="mv_sankey", deck=page.deck, title=tr("move.sankey.title"),
        sentence=tr("move.sankey.caption", before=before, after=after),
    )  # fmt: skip
    st.caption(tr("move.sankey.caption", before=before, after=after))


def pool_changes(page: Page, result: movement.Movement, before: int, after: int) -> None:
    """Who entered and who left the talent pool, a table each (closed in meeting mode)."""
    from ui import access, exports, tables

    L = page.lang
    st.markdown(f"#### {tr('move.pool.title')}")
    st.markdown(
        tr("move.pool.sentence", entered=fmt_number(result.n_entered, 0, L), left=fmt_number(result.n_left, 0, L),
           boxes="-".join(map(str, result.pool_boxes)))
    )  # fmt: skip
    for key, frame, total in (
        ("entered", result.entered, result.n_entered),
        ("left", result.left, result.n_left),
    ):
        table = changes_table(frame, masked=page.meeting, lang=L)
        label = tr(f"move.pool.{key}", n=fmt_number(total, 0, L))
        with st.expander(label, expanded=not page.meeting):  # meeting mode: raw tables closed
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


def unit_changes(page: Page, result: movement.Movement, before: int, after: int) -> None:
    """Units that gained or lost talent-pool members: the largest changes as bars, all in a table."""
    from analytics.merit.charts import short_name
    from analytics.ninebox import charts
    from ui import exports, tables

    L = page.lang
    st.markdown(f"#### {tr('move.units.title')}")
    st.caption(tr("move.units.caption", before=before, after=after))
    units = result.units
    changed = units[units["net"] != 0]
    if changed.empty:
        st.info(tr("move.units.none"))
        return
    top = changed.reindex(changed["net"].abs().sort_values(ascending=False).index).head(15)
    bars = top.assign(label=top["unit_kerja"] + " · " + top["instansi"].map(short_name))
    exports.chart_with_download(
        charts.pool_net_change(bars, lang=L), f"perpindahan_unit_{before}_{after}", key="mv_units",
        deck=page.deck, title=tr("move.units.title"), sentence=tr("move.units.caption", before=before, after=after),
    )  # fmt: skip
    shown_units = units_table(units, lang=L)
    with st.expander(tr("move.units.table", n=fmt_number(len(units), 0, L)), expanded=False):
        st.dataframe(tables.sortable(shown_units, L), hide_index=True, width="stretch")
        exports.table_download(shown_units, f"talent_pool_unit_{before}_{after}", key="mv_units_xlsx")
