"""What-if weights: sliders re-box everyone live against a baseline, and show who moves where."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics.core import db
from analytics.core.export import to_csv, to_xlsx
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.ninebox import boxes as nb
from analytics.ninebox import charts
from analytics.ninebox import views as ninebox_views
from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif
from ui import access, exports, tables
from ui import ninebox as ui_nb
from ui import whatif as ui_wi
from ui.data import connection
from ui.state import filters, lang, meeting, plain, tr

L = lang()
st.title(tr("whatif.title"))
st.caption(tr("whatif.purpose"))
path = st.session_state.get("db_path")
current = filters()
if not path:
    st.info(tr("home.no_source"))
    st.stop()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()

presets = ui_wi.preset_names(path)
ui_wi.prepare(path, current, presets)
notes = st.session_state.get(ui_wi.NOTES_KEY) or []
if notes:
    st.warning(tr("whatif.url.ignored", items=plain("; ".join(notes))), icon=":material/link_off:")
link_filters = ui_wi.pending_link_filters(current)
if link_filters is not None:
    n1, n2 = st.columns([4, 1], vertical_alignment="center")
    n1.info(tr("whatif.url.filters", filters=ui_wi.describe_filters(link_filters)), icon=":material/link:")
    n2.button(tr("whatif.url.apply"), on_click=ui_wi.apply_link_filters, key="wi_apply_link", width="stretch")


# Everything below reruns alone when one of its widgets changes (a slider, a tab): a fragment, so a
# slider move neither reruns the sidebar nor makes the browser redraw it.
@st.fragment
def scenario(path: str, current: Filters, link_filters: Filters | None) -> None:
    """The sliders and the results."""
    presets = ui_wi.preset_names(path)  # again: a weight set saved in the fragment shows at once
    info = ui_wi.presence(path, current)
    names = ui_wi.component_names(path, L)
    scheme = nb.DEFAULT_SCHEME

    # --- controls ---------------------------------------------------------------------------------------
    controls, results = st.columns([1, 2.3], gap="large")
    # The sliders scroll inside a box of their own, so the page itself never scrolls away from the
    # headline and the open result while a slider moves (issue 19.1: at 1366x768 in meeting mode).
    controls = controls.container(height=ui_wi.CONTROLS_HEIGHT, border=False)
    with controls:
        st.selectbox(
            tr("whatif.baseline"),
            options=presets,
            key=ui_wi.BASELINE_KEY,
            help=tr("whatif.baseline_help"),
            format_func=ui_wi.preset_label,
        )
        st.selectbox(
            tr("whatif.preset"), options=presets, index=None, key=ui_wi.PRESET_KEY, placeholder=tr("whatif.preset_placeholder"),
            format_func=ui_wi.preset_label,
            on_change=ui_wi.on_preset_chosen, args=(path,), help=tr("whatif.preset_help"),
        )  # fmt: skip
        st.button(
            tr("whatif.reset"), on_click=ui_wi.reset, args=(path,), key="wi_reset", width="stretch",
            icon=":material/restart_alt:",
        )  # fmt: skip

        for axis, comps in (("kinerja", db.KINERJA_COMPONENTS), ("potensial", db.POTENSIAL_COMPONENTS)):
            st.markdown(f"**{tr(f'whatif.axis_heading.{axis}')}**")
            axis_name = tr(f"ninebox.axis.{axis}")
            ready = info["ready"][axis]
            ready_all = info["n"] > 0 and ready == info["n"]
            if ready_all:
                st.info(tr("whatif.ready_all", axis=axis_name), icon=":material/block:")
            elif ready:
                st.caption(tr("whatif.ready_some", n=fmt_number(ready, 0, L), axis=axis_name))
            live = [c for c in comps if info["present"][c] and not ready_all]
            total = sum(st.session_state[ui_wi.slider_key(c)] for c in live)
            for comp in comps:
                absent = not info["present"][comp]
                st.slider(
                    names[comp], min_value=0, max_value=100, step=1, key=ui_wi.slider_key(comp),
                    disabled=absent or ready_all, help=tr("whatif.absent") if absent else None,
                )  # fmt: skip
                points = st.session_state[ui_wi.slider_key(comp)]
                if absent:
                    st.caption(tr("whatif.absent"))
                elif not ready_all:
                    share = points / total if total else 0.0
                    st.caption(
                        tr("whatif.share", points=fmt_number(points, 0, L), share=fmt_percent(share, 1, L))
                    )
            st.slider(
                tr("whatif.cutoffs", axis=axis_name.capitalize()), min_value=0, max_value=100, step=1,
                key=ui_wi.cut_key(axis), help=tr("whatif.cutoffs_help"),
            )  # fmt: skip
            low, high = st.session_state[ui_wi.cut_key(axis)]
            if low == high:
                st.caption(tr("whatif.cutoffs_equal", axis=axis_name))
        show_identity = not meeting()  # the sidebar's meeting switch

    ui_wi.remember()
    baseline_name = st.session_state[ui_wi.BASELINE_KEY]
    base_frozen, th_base = ui_wi.resolved(path, baseline_name)
    weights, th_scn = ui_wi.scenario_from_state()
    ui_wi.write_url(baseline_name, weights, th_scn, link_filters or current, ui_wi.keep_view())

    with controls:
        with st.expander(tr("whatif.save.title")):
            with st.form("wi_save_form", border=False):
                name = st.text_input(tr("whatif.save.name"), key="wi_save_name", max_chars=whatif.MAX_NAME)
                saved = st.form_submit_button(tr("whatif.save.button"))
            if saved:
                try:
                    stored = ui_wi.save(path, name, weights, th_scn, L)
                except Exception as exc:  # a bad name or a read-only file: say why, keep the page
                    st.error(tr("whatif.save.failed", error=str(exc)))
                else:
                    st.success(tr("whatif.save.done", name=stored))

    # --- results ----------------------------------------------------------------------------------------
    # The headline and the numbers always; below them one tab at a time. Only the open tab is computed and
    # drawn (``st.tabs(on_change="rerun")``), so a slider move redraws one chart, not five.
    with results:
        try:
            nb.validate_weights(weights, L)
        except ValueError as exc:
            st.error(str(exc))
            st.stop()
        scenario = ui_wi.freeze(weights)
        result = ui_wi.transitions(
            path, current, base_frozen, scenario, th_base, th_scn, scheme, movers_limit=0
        )
        if result.n_total == 0:
            st.info(tr("nbpage.empty"))
            st.stop()
        headline = whatif.headline(result, L)
        deck = exports.Deck(tr("whatif.title"))
        st.subheader(headline)
        if result.n_mappability:
            st.caption(tr("whatif.mappability", n=fmt_number(result.n_mappability, 0, L)))
        if scenario == base_frozen and th_scn == th_base:
            st.caption(tr("whatif.same_rules"))
        reference = ui_wi.box_reference(path, scheme, L)
        cells = ui_wi.scenario_cells(reference, result)
        mapped = int(cells["n"].sum())
        pool_sentence = (
            tr("whatif.metric.pool")
            + f": {fmt_number(result.pool_before, 0, L)} → {fmt_number(result.pool_after, 0, L)}"
        )
        m1, m2, m3 = st.columns(3)
        m1.metric(tr("whatif.metric.movers"), fmt_number(result.n_movers, 0, L))
        m2.metric(
            tr("whatif.metric.pool"),
            f"{fmt_number(result.pool_before, 0, L)} → {fmt_number(result.pool_after, 0, L)}",
            delta=fmt_number(result.pool_after - result.pool_before, 0, L) if result.pool_after != result.pool_before else None,
        )  # fmt: skip
        m3.metric(tr("whatif.metric.mapped"), fmt_number(mapped, 0, L))

        view = ui_nb.View(
            path=path, filters=current, weights=weights, thresholds=th_scn, scheme=scheme, lang=L
        )
        large = mapped > ui_wi.SCATTER_POINTS
        levels = ui_wi.box_levels(reference)
        sens_auto = info["n"] <= ui_wi.SENSITIVITY_AUTO

        def matrix_figure() -> go.Figure:
            return whatif_charts.transition_heatmap(result.matrix, boxes=whatif.BOXES, lang=L)

        def sankey_figure() -> go.Figure:
            return whatif_charts.movers_sankey(result.matrix, boxes=whatif.BOXES, levels=levels, lang=L)

        def ninebox_figure(pts: pd.DataFrame, dens: pd.DataFrame | None) -> go.Figure:
            return charts.nine_box(
                pts, cells=cells, cutoffs={"kinerja": th_scn.kinerja, "potensial": th_scn.potensial}, lang=L,
                density=dens, total=mapped, show_identity=show_identity, max_points=ui_wi.SCATTER_POINTS, height=600,
            )  # fmt: skip

        def sens_figure(sens: pd.DataFrame) -> go.Figure:
            sens = sens[[info["present"][c] for c in sens["component"]]]
            return whatif_charts.sensitivity_bars(sens, names=names, lang=L)

        tabs = st.tabs(
            [ui_wi.view_label(code) for code in ui_wi.VIEWS], key=ui_wi.VIEW_KEY, on_change="rerun"
        )
        st.caption(tr("whatif.tabs.caption"))
        shown = dict(zip(ui_wi.VIEWS, tabs, strict=True))
        titles = {code: tr(f"whatif.{code}.title") for code in ui_wi.VIEWS}
        sens_sentence = tr("whatif.sens.caption", step=fmt_number(whatif.SENSITIVITY_STEP, 0, L))

        with shown["matrix"]:
            if shown["matrix"].open:
                # an HTML heatmap table: it redraws at once; the PNG is the plotly heatmap, drawn on click
                with st.container(key="wi_matrix"):
                    st.markdown(
                        whatif_charts.transition_table_html(result.matrix, boxes=whatif.BOXES, lang=L),
                        unsafe_allow_html=True,
                    )
                    exports.png_download(
                        matrix_figure, f"whatif_matrix_{current.period}", key="wi_matrix_png"
                    )
                st.caption(tr("whatif.matrix.caption"))

        with shown["ninebox"]:
            if shown["ninebox"].open:
                fig = ninebox_figure(
                    ui_nb.points(view, ui_wi.SCATTER_POINTS), ui_nb.density(view) if large else None
                )
                exports.chart_with_download(
                    fig, f"whatif_ninebox_{current.period}", key="wi_ninebox", title=titles["ninebox"]
                )

        with shown["sankey"]:
            if shown["sankey"].open:
                if result.movers_total:
                    exports.chart_with_download(
                        sankey_figure(),
                        f"whatif_sankey_{current.period}",
                        key="wi_sankey",
                        title=titles["sankey"],
                    )
                    st.caption(tr("whatif.sankey.caption"))
                else:
                    st.info(tr("whatif.sankey.none"))

        sens_on = sens_auto
        with shown["sens"]:
            if shown["sens"].open:
                st.caption(sens_sentence)
                sens_on = sens_auto or st.toggle(tr("whatif.sens.title"), key="wi_sens_on")
                if sens_on:
                    sens = ui_wi.sensitivity(path, current, scenario, th_scn, scheme)
                    exports.chart_with_download(
                        sens_figure(sens),
                        f"whatif_sensitivity_{current.period}",
                        key="wi_sens",
                        title=titles["sens"],
                    )

        with shown["movers"]:
            if shown["movers"].open:
                if not result.movers_total:
                    st.info(tr("whatif.movers.none"))
                elif access.show_people("whatif.movers", result.movers_total):
                    full = ui_wi.transitions(path, current, base_frozen, scenario, th_base, th_scn, scheme)
                    st.markdown(tr("whatif.movers.count", n=fmt_number(full.movers_total, 0, L)))
                    table = ui_wi.movers_table(full.movers, show_identity=show_identity)
                    rows = table.head(ui_wi.MOVERS_SHOWN)  # the downloads below hold all of ``table``
                    if full.movers_total > len(rows):
                        st.caption(
                            tr("whatif.movers.more", shown=fmt_number(len(rows), 0, L), n=fmt_number(full.movers_total, 0, L))
                            + " " + tr("whatif.movers.download", n=fmt_number(len(table), 0, L))
                        )  # fmt: skip
                    st.dataframe(
                        tables.sortable(rows, L),
                        hide_index=True,
                        width="stretch",
                        height=min(520, 38 + 35 * len(rows)),
                    )
                    d1, d2, _ = st.columns([1, 1, 2])
                    file_name = f"whatif_{current.period}"
                    d1.download_button(
                        tr("nbpage.download.xlsx"), data=lambda: to_xlsx({"whatif": table}), file_name=f"{file_name}.xlsx",
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="wi_dl_xlsx",
                    )  # fmt: skip
                    d2.download_button(
                        tr("nbpage.download.csv"), data=lambda: to_csv(table), file_name=f"{file_name}.csv",
                        mime="text/csv", key="wi_dl_csv",
                    )  # fmt: skip

        # The meeting summary holds every chart, whichever tab is open: each is built when it is downloaded
        # (the nine-box reads its points then), from values captured here.
        con = connection(path)
        rules = view.rules()
        deck.add_later(matrix_figure, titles["matrix"], headline)
        deck.add_later(
            lambda: ninebox_figure(
                ninebox_views.scatter_points(con, limit=ui_wi.SCATTER_POINTS, box_view=view.box_view, **rules),
                ninebox_views.density(con, bin_size=charts.DENSITY_BIN, **rules) if large else None,
            ),
            titles["ninebox"], pool_sentence,
        )  # fmt: skip
        if result.movers_total:
            deck.add_later(sankey_figure, titles["sankey"], tr("whatif.sankey.caption"))
        if sens_on:
            sens_weights = ui_wi.thaw(scenario)
            deck.add_later(
                lambda: sens_figure(
                    whatif.sensitivity(con, weights=sens_weights, thresholds=th_scn, filters=current, scheme=scheme)
                ),
                titles["sens"], sens_sentence,
            )  # fmt: skip
    exports.deck_buttons(deck, f"whatif_{current.period}", key="wi_deck", current=current)


scenario(path, current, link_filters)
