"""Nine-box: the talent matrix of the filtered population, its piling-up flags, drill-down to people,
and a regional comparison of aggregates."""

import streamlit as st

from analytics.core.export import to_csv, to_xlsx
from analytics.core.formats import fmt_number, fmt_percent
from analytics.core.overview import TALENT_POOL_TARGET
from analytics.ninebox import charts
from ui import access, exports, tables, urlstate
from ui import ninebox as ui_nb
from ui.state import filters, lang, meeting, plain, tr

L = lang()
st.title(tr("nbpage.title"))
st.caption(tr("nbpage.purpose"))
path = st.session_state.get("db_path")
current = filters()
if not path:
    st.info(tr("home.no_source"))
    st.stop()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()

# --- controls ---------------------------------------------------------------------------------------
c1, c2, c3 = st.columns([1.3, 1.2, 1.2])
color_by = c1.selectbox(
    tr("nbpage.color_by"), options=["box", "unit_kerja", "jenis_jabatan", "jenis_kelamin"],
    format_func=lambda v: tr(f"nbpage.color.{v}"), key="nb_color", bind="query-params",
)  # fmt: skip
mode = c2.segmented_control(
    tr("nbpage.mode"), options=["absolute", "relative"], format_func=lambda v: tr(f"nbpage.mode.{v}"),
    key="nb_mode", default="absolute", required=True, bind="query-params", help=tr("nbpage.mode_help"),
)  # fmt: skip
scheme = c3.selectbox(
    tr("nbpage.scheme"), options=ui_nb.schemes(path), format_func=lambda v: tr(f"nbpage.scheme.{v}"),
    key="nb_scheme", bind="query-params", help=tr("nbpage.scheme_help"),
)  # fmt: skip
meeting_on = meeting()  # the sidebar switch: initials, masked NIPs, large type
v1, v2 = st.columns([1.3, 2.6], vertical_alignment="bottom")
box_view = ui_nb.box_view_control(v1, "nb_box_view")
show_identity = not meeting_on
deck = exports.Deck(tr("nbpage.title"))

view = ui_nb.View(
    path=path,
    filters=current,
    weights=ui_nb.default_weights(path),
    thresholds=ui_nb.default_thresholds(path, mode == "relative"),
    scheme=scheme,
    lang=L,
    box_view=box_view,
)
with v2:  # calibrations of the talent-review meeting: how many, which box the counts follow
    st.markdown(
        tr("nbpage.calibrated_line", n=fmt_number(ui_nb.n_calibrated(view), 0, L))
        + " "
        + tr(f"nbpage.calibrated_view.{box_view}")
    )
    st.page_link("app_pages/calibration.py", label=tr("nbpage.calibrated_link"), icon=":material/edit_note:")
cut = ui_nb.cutoffs(view)
cut_text = {axis: " / ".join(fmt_number(v, 1, L) for v in cut[axis] if v is not None) for axis in cut}
st.caption(
    tr(f"nbpage.cutoff_caption.{mode}", kinerja=cut_text["kinerja"], potensial=cut_text["potensial"])
    + " "
    + tr("nbpage.weights_caption")
)

# The open tab in the URL as a stable code (tab=wilayah), not its label: a link works in both languages.
tab_by_code = urlstate.tabs(
    {"matriks": "nbpage.tab.matrix", "wilayah": "nbpage.tab.regions"}, key="nb_tab", param="tab"
)
tab_matrix, tab_regions = tab_by_code["matriks"], tab_by_code["wilayah"]

# --- the matrix -------------------------------------------------------------------------------------
# Lazy tabs: only the open one runs (the matrix when the state is unknown, e.g. in AppTest).
if tab_matrix.open or not tab_regions.open:
    with tab_matrix:
        cells, n_unmappable = ui_nb.cells(view)
        mapped = int(cells["n"].sum())
        if mapped + n_unmappable == 0:
            st.info(tr("nbpage.empty"))
            st.stop()

        # Piling-up banners (docs/rules.md §6): the strongest first, the rest in an expander.
        flags = ui_nb.piling(view)
        rule = ui_nb.rule(path)
        for i, flag in enumerate(flags.head(3).to_dict("records")):  # strongest = most excess people
            b1, b2 = st.columns([4, 1], vertical_alignment="center")
            b1.error(plain(flag["sentence"]), icon=":material/warning:")
            b2.button(
                tr(f"nbpage.piling.narrow.{flag['by']}"), key=f"nb_narrow_{i}", on_click=ui_nb.narrow_to,
                help=tr("nbpage.piling.narrow_help", group=flag["group"], instansi=flag["instansi"]),
                args=(flag,), disabled=ui_nb.is_narrowed_to(current, flag), width="stretch",
            )  # fmt: skip
        if len(flags) > 3:
            with st.expander(tr("nbpage.piling.more", n=fmt_number(len(flags) - 3, 0, L))):
                st.dataframe(
                    tables.sortable(ui_nb.flags_table(flags.iloc[3:]), L), hide_index=True, width="stretch"
                )
        if len(flags):
            st.caption(
                tr(
                    "nbpage.piling.rule_caption",
                    share=fmt_percent(rule["max_share"], 0, L),
                    min_group=fmt_number(rule["min_group"], 0, L),
                    p=fmt_number(rule["p_value"], 2, L),
                )
            )

        # Headline figures.
        if not access.may("rows"):  # aggregates only: small groups withheld, no individual points
            cells = ui_nb.suppress_small(cells)
        withheld = cells.attrs.get("withheld", {})
        pool = int(cells.loc[cells["talent_pool"], "n"].sum())
        pool_share = pool / mapped if mapped else None
        low, high = TALENT_POOL_TARGET
        m1, m2, m3, m4 = st.columns(4)
        m1.metric(tr("nbpage.metric.mapped"), "< 5" if withheld.get("all") else fmt_number(mapped, 0, L))
        m2.metric(
            tr("nbpage.metric.pool"),
            "< 5" if withheld.get("pool") else f"{fmt_number(pool, 0, L)} · {fmt_percent(pool_share, 1, L)}",
            help=tr("nbpage.metric.pool_help", low=fmt_percent(low, 0, L), high=fmt_percent(high, 0, L)),
        )
        m3.metric(tr("nbpage.metric.box9"), ui_nb.shown_count(cells, 9, L))
        m4.metric(
            tr("nbpage.metric.unmappable"),
            fmt_number(n_unmappable, 0, L),
            help=tr("nbpage.metric.unmappable_help"),
        )

        # The chart and the counts beside it.
        large = mapped > charts.DENSITY_ABOVE
        pts = ui_nb.points(view, charts.MAX_POINTS if large else charts.DENSITY_ABOVE)
        if not access.may("rows"):
            pts, large = pts.iloc[0:0], True  # the density of everyone, not one point per person
        fig = charts.nine_box(
            pts, cells=cells, cutoffs=cut, lang=L, color_by=None if color_by == "box" else color_by,
            density=ui_nb.density(view) if large else None, total=mapped, show_identity=show_identity,
            show_computed=box_view == "both",
        )  # fmt: skip
        pool_sentence = tr("nbpage.counts.pool", n=fmt_number(pool, 0, L), share=fmt_percent(pool_share, 1, L),
                           low=fmt_percent(low, 0, L), high=fmt_percent(high, 0, L))  # fmt: skip
        event = exports.chart_with_download(
            fig, f"ninebox_{current.period}", key="nb_chart", on_select="rerun",
            selection_mode=("points", "box", "lasso"), deck=deck, title=tr("nbpage.title"),
            sentence="\n".join([*(f["sentence"] for f in flags.head(3).to_dict("records")), pool_sentence]),
            config={"displaylogo": False, "locale": "id" if L == "id" else "en"},
        )  # fmt: skip
        st.caption(tr("nbpage.sample_caption" if large else "nbpage.jitter_caption",
                      shown=fmt_number(charts.points_drawn(fig), 0, L), total=fmt_number(mapped, 0, L)))  # fmt: skip
        left, right = st.columns([2, 1])
        with left:
            st.markdown(f"**{tr('nbpage.counts.title')}**")
            counts = ui_nb.counts_table(cells, L, box_view)
            st.dataframe(tables.sortable(counts, L), hide_index=True, width="stretch", height=38 + 35 * 9)
            exports.table_download(counts, f"ninebox_counts_{current.period}", key="nb_counts_xlsx")
        with right:
            st.markdown(pool_sentence)
            if pool_share is not None and pool_share < low:
                st.warning(tr("nbpage.counts.pool_below", low=fmt_percent(low, 0, L)))
            else:
                st.success(tr("nbpage.counts.pool_within", low=fmt_percent(low, 0, L)))
            st.caption(tr("nbpage.counts.unmappable", n=fmt_number(n_unmappable, 0, L)))

        # Drill-down: a chart selection and/or a whole box.
        st.subheader(tr("nbpage.list.title"))
        selected = tuple(pts.loc[charts.selected_rows(event.selection if event else None), "nip"]) or None
        box_choice = st.selectbox(
            tr("nbpage.list.box"), options=[None, *cells["box"].tolist()], key="nb_box",
            format_func=lambda b: tr("nbpage.list.box_none") if b is None else
            f"{tr('nbpage.chart.box')} {b} — {cells.set_index('box').at[b, 'label']}",
        )  # fmt: skip
        people = (
            None if selected is None and box_choice is None else ui_nb.members(view, box_choice, selected)
        )
        if people is None:
            st.info(tr("nbpage.list.hint"))
        elif access.show_people("ninebox.members", len(people)):
            if selected is not None:
                st.caption(tr("nbpage.list.selected", n=fmt_number(len(selected), 0, L)))
            st.markdown(tr("nbpage.list.count", n=fmt_number(len(people), 0, L)))
            for b in sorted(people["box"].unique(), reverse=True):
                cell = cells.set_index("box").loc[int(b)]
                st.info(f"**{tr('nbpage.chart.box')} {int(b)} — {cell['label']}.** {tr('nbpage.list.action')}: {cell['action']}", icon=":material/lightbulb:")  # fmt: skip
            table = ui_nb.member_table(people, cells, show_identity=show_identity)
            st.dataframe(
                tables.sortable(ui_nb.number_style(table, L), L), hide_index=True, width="stretch",
                height=min(520, 38 + 35 * max(len(table), 1)),
                column_config={tr("nbpage.col.calibration"): st.column_config.TextColumn(width="medium")},
            )  # fmt: skip
            if len(people) == 1:
                if st.button(tr("nbpage.calibrate_one"), key="nb_calibrate_one", icon=":material/edit_note:"):
                    st.session_state[ui_nb.CALIBRATE_NIP_KEY] = str(people["nip"].iloc[0])
                    st.switch_page("app_pages/calibration.py")
            d1, d2, _ = st.columns([1, 1, 3])
            name = f"ninebox_{current.period}" + (f"_kotak{box_choice}" if box_choice else "")
            d1.download_button(
                tr("nbpage.download.xlsx"), data=to_xlsx({"nine_box": table}), file_name=f"{name}.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="nb_dl_xlsx",
            )  # fmt: skip
            d2.download_button(
                tr("nbpage.download.csv"),
                data=to_csv(table),
                file_name=f"{name}.csv",
                mime="text/csv",
                key="nb_dl_csv",
            )

        # Small multiples: where does the population pile up?
        st.subheader(tr("nbpage.units.title"))
        st.caption(tr("nbpage.units.caption", share=fmt_percent(rule["max_share"], 0, L)))
        boxes = tuple(cells["box"].tolist())
        shares = ui_nb.units(view, boxes)
        if shares.empty:
            st.info(tr("nbpage.empty"))
        else:
            exports.chart_with_download(
                charts.box_share_heatmap(shares, boxes=boxes, lang=L, highlight_above=rule["max_share"]),
                f"ninebox_units_{current.period}", key="nb_units", deck=deck, title=tr("nbpage.units.title"),
                sentence=tr("nbpage.units.caption", share=fmt_percent(rule["max_share"], 0, L)),
            )  # fmt: skip

        # Unmappable employees: counted above, listed here with the reason.
        with st.expander(tr("nbpage.unmappable.title", n=fmt_number(n_unmappable, 0, L))):
            lost, n_lost = ui_nb.unmappable(view)
            if not n_lost:
                st.write(tr("nbpage.unmappable.none"))
            elif access.show_people("ninebox.unmappable", len(lost)):
                table = ui_nb.unmappable_table(lost, show_identity=show_identity)
                st.dataframe(tables.sortable(table, L), hide_index=True, width="stretch")
                if n_lost > len(lost):
                    st.caption(
                        tr(
                            "nbpage.unmappable.more",
                            shown=fmt_number(len(lost), 0, L),
                            n=fmt_number(n_lost, 0, L),
                        )
                    )

# --- regional comparison: aggregates only, never a personal row ---------------------------------------
if tab_regions.open:
    with tab_regions:
        by = st.radio(
            tr("nbpage.region.by"), options=["instansi", "kab_kota", "provinsi"], horizontal=True,
            format_func=lambda v: tr(f"nbpage.region.by.{v}"), key="nb_region_by", bind="query-params",
        )  # fmt: skip
        province = None
        if by == "kab_kota":
            options = ui_nb.provinces(path, current.period)
            preset = (
                current.provinsi[0] if len(current.provinsi) == 1 and current.provinsi[0] in options else None
            )
            province = st.selectbox(
                tr("nbpage.region.province"), options=options, key="nb_region_prov", bind="query-params",
                index=options.index(preset) if preset else 0,
            )  # fmt: skip
        st.caption(tr(f"nbpage.region.scope.{by}"))
        boxes = tuple(ui_nb.cells(view)[0]["box"].tolist())
        wide, side, n_small = ui_nb.regional(
            view.with_filters(ui_nb.region_scope(current, by, province)), by, boxes
        )
        if wide.empty:
            st.info(tr("nbpage.region.empty"))
        else:
            exports.chart_with_download(
                charts.box_share_heatmap(wide, boxes=boxes, lang=L, highlight_above=ui_nb.rule(path)["max_share"]),
                f"ninebox_regions_{by}_{current.period}", key="nb_regions", deck=deck,
                title=tr("nbpage.tab.regions"), sentence=tr(f"nbpage.region.scope.{by}"),
            )  # fmt: skip
            st.dataframe(
                tables.sortable(side, L),
                hide_index=True,
                width="stretch",
                height=min(700, 38 + 35 * len(side)),
            )
            exports.table_download(side, f"ninebox_regions_{by}_{current.period}", key="nb_regions_xlsx")
        st.caption(tr("nbpage.region.suppressed", n=fmt_number(n_small, 0, L)))

n_calibrated = ui_nb.n_calibrated(view)
calibration_note = (
    [
        tr(
            "export.deck.calibrations",
            n=fmt_number(n_calibrated, 0, L),
            view=tr(f"nbpage.calibrated_view.{box_view}"),
        )
    ]
    if n_calibrated
    else []
)  # the title slide says the deck's counts include (or set aside) the meeting's calibrations
exports.deck_buttons(
    deck, f"ninebox_{current.period}", key="nb_deck", current=current, notes=calibration_note
)
