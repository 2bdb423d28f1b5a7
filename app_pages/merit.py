"""Sistem Merit: a province's regencies side by side, one agency's aspects and stages, the national
picture, and the change between periods. Regions and agencies only: no personal rows on this page."""

import pandas as pd
import streamlit as st

from analytics.core.export import to_csv
from analytics.core.formats import fmt_number
from analytics.merit import charts, linked
from analytics.merit.scores import category_counts, csv_table, direction_counts, status_counts
from ui import exports, tables
from ui import merit as data
from ui.state import lang, meeting, tr

VIEWS = ("provinsi", "instansi", "nasional", "periode")
DEFAULT_PROVINCE = "Nusa Tenggara Timur"
# Widget keys kept across page switches (Streamlit forgets the state of widgets not drawn in a run)
# and shareable as URL query parameters (journey 2: a colleague opening the URL sees the same view).
KEPT = ("merit_view", "merit_province", "merit_period", "merit_instansi", "merit_stage", "merit_target",
        "merit_before", "merit_after")  # fmt: skip
QUERY = {
    "tampilan": "merit_view",
    "provinsi": "merit_province",
    "periode": "merit_period",
    "instansi": "merit_instansi",
}

L = lang()
ss = st.session_state
st.title(tr("merit.title"))
st.caption(tr("merit.caption"))
path = ss.get("db_path")
if not path:
    st.info(tr("home.no_source"))
    st.stop()

if not ss.get("_merit_query_read"):  # first visit in this session: the URL wins
    ss["_merit_query_read"] = True
    for param, key in QUERY.items():
        if param in st.query_params:
            value = st.query_params[param]
            ss[f"_{key}"] = int(value) if key == "merit_period" and value.isdigit() else value
    # the linked views' selections (stable keys, README "Merit: the page and its address")
    ss["_merit_url_selection"] = {
        k: st.query_params.get_all(k)
        for k in (linked.URL_INDEX_MIN, linked.URL_INDEX_MAX, linked.URL_TYPE, linked.URL_REGENCY)
        if k in st.query_params
    }
for key in KEPT:
    if key not in ss and f"_{key}" in ss:
        ss[key] = ss[f"_{key}"]


def choose(key: str, options: list, default: object) -> None:
    """Put a valid value under ``key`` before its widget is drawn (the kept one, else ``default``)."""
    if ss.get(key) not in options:
        ss[key] = default if default in options else (options[-1] if options else None)


def national_linked(period: int) -> None:
    """The national linked view: every instansi's index (brush a range, pick a type in the legend), the
    selected instansi beside it, their counts per category, a download of exactly them."""
    st.markdown(f"**{tr('merit.linked.heading')}**")
    st.caption(tr("merit.linked.help"))
    totals = data.instansi_totals(path, period)
    scored = totals[totals["indeks"].notna()]
    if scored.empty:
        st.info(tr("merit.linked.none"))
        return
    types = list(dict.fromkeys(scored["group_name"].dropna()))
    if "_merit_nat_selection" not in ss:  # first draw in this session: the address's selection
        interval, picked, ignored = linked.selection_from_url(ss.get("_merit_url_selection", {}), types=types)
        ss["_merit_nat_selection"] = (interval, picked)
        ss["_merit_nat_initial"] = (interval, picked)
        if ignored:
            st.warning(tr("merit.linked.bad_url", params=", ".join(ignored)), icon=":material/info:")
    key = f"merit_national_{period}"
    fresh = key not in ss  # a chart mounted anew starts from the selection kept in this session
    if fresh:
        ss["_merit_nat_initial"] = ss["_merit_nat_selection"]
    initial_interval, initial_types = ss["_merit_nat_initial"]
    chart = linked.national_index(
        scored, lang=L, meeting=meeting(), interval=initial_interval, types=initial_types
    )
    left, right = st.columns([3, 2])
    with left:
        event = chart_selection(key, chart, "_merit_nat_event", fresh=fresh)
    if event is not None:
        picked = [v for v in linked.selected_points(event, linked.TYPE_PICK, "jenis") if v in types]
        ss["_merit_nat_selection"] = (linked.selected_interval(event), picked)
    interval, picked = ss["_merit_nat_selection"]
    chosen = linked.filter_national(scored, interval, picked)
    url_selection.update(linked.selection_to_url(interval, picked))
    span = (
        tr("merit.linked.range", lo=fmt_number(interval[0], 2, L), hi=fmt_number(interval[1], 2, L))
        if interval
        else ""
    )
    right.markdown(
        tr(
            "merit.linked.selection",
            n=fmt_number(len(chosen), 0, L),
            total=fmt_number(len(scored), 0, L),
            range=span,
            types=tr("merit.linked.types", types=", ".join(picked)) if picked else "",
        ),
        help=None,
    )
    chosen = chosen.sort_values("indeks", ascending=False)
    shown = pd.DataFrame(
        {
            tr("merit.col.instansi"): [charts.short_name(str(n)) for n in chosen["instansi"]],
            tr("merit.linked.col.jenis"): chosen["group_name"].astype(str),
            tr("merit.linked.index"): chosen["indeks"].map(lambda v: fmt_number(v, 2, L)),
            tr("merit.col.kategori"): chosen["kategori_en" if L == "en" else "kategori"].astype(str),
        }
    )
    right.dataframe(
        tables.sortable(shown, L), hide_index=True, width="stretch", height=320, key="merit_national_table"
    )
    right.markdown(f"**{tr('merit.linked.counts')}**")
    counts = category_counts(chosen, data.categories(path))
    counts = counts[counts["state"] == "ok"]
    for col, row in zip(right.columns(len(counts)), counts.itertuples(), strict=True):
        col.metric(str(row.kategori), fmt_number(row.n, 0, L))
    right.download_button(
        tr("merit.linked.download"),
        data=to_csv(chosen[["instansi", "group_name", "provinsi", "nilai_verifikasi", "indeks", "kategori"]]),
        file_name=f"sistem_merit_terpilih_{period}.csv",
        mime="text/csv",
        key="merit_national_download",
    )


def province_linked(table: pd.DataFrame, province: str, period: int, government: str | None) -> None:
    """The province linked view: click regencies (index bars) and see their mean aspect profile against
    the provincial government's and the aspects' maximums."""
    st.subheader(tr("merit.linked.province_heading"))
    st.caption(tr("merit.linked.province_help"))
    names = list(table.loc[table["indeks"].notna(), "instansi"])
    if "_merit_prov_selection" not in ss:
        raw = ss.get("_merit_url_selection", {}).get(linked.URL_REGENCY, [])
        ss["_merit_prov_selection"] = [n for n in raw if n in names]
        ss["_merit_prov_initial"] = list(ss["_merit_prov_selection"])
        if len(ss["_merit_prov_selection"]) < len(raw):
            st.warning(tr("merit.linked.bad_url", params=linked.URL_REGENCY), icon=":material/info:")
    key = f"merit_province_{province}_{period}"
    fresh = key not in ss
    if fresh:
        ss["_merit_prov_initial"] = list(ss["_merit_prov_selection"])
    initial = [n for n in ss["_merit_prov_initial"] if n in names]
    left, right = st.columns([1, 1])
    with left:
        chart = linked.regency_index_picker(table, lang=L, meeting=meeting(), picked=initial)
        event = chart_selection(key, chart, "_merit_prov_event", fresh=fresh, width="stretch")
    if event is not None:
        ss["_merit_prov_selection"] = linked.selected_points(event, linked.REGENCY_PICK, "instansi")
    picked = [n for n in ss["_merit_prov_selection"] if n in names]
    url_selection.update({linked.URL_REGENCY: picked} if picked else {})
    profile = data.aspect_profile(path, tuple(picked or names), period, government)
    with right:
        n_scored = int(profile["n_selected"].max()) if len(profile) else 0
        if picked:
            st.markdown(
                tr(
                    "merit.linked.province_selection",
                    names=", ".join(charts.short_name(n) for n in picked),
                    n=fmt_number(n_scored, 0, L),
                )
            )
        else:
            st.markdown(tr("merit.linked.province_none", n=fmt_number(n_scored, 0, L)))
        if n_scored == 0:
            st.info(tr("merit.linked.no_aspects"))
        st.altair_chart(linked.aspect_profile(profile, lang=L, meeting=meeting()), width="stretch")


provinces = data.provinces(path)
all_periods = data.periods(path)
if not provinces and not all_periods:
    st.info(tr("merit.no_data"))
    st.page_link("app_pages/data.py", label=tr("home.go_data"), icon=":material/upload_file:")
    st.stop()

deck = exports.Deck(tr("merit.title"))
url_selection: dict[str, list[str]] = {}  # the linked views' selection, written to the address below


def chart_selection(
    key: str, chart: object, memory: str, *, fresh: bool, width: str = "content"
) -> dict | None:
    """Draw an altair chart whose selection reruns the page; return its selection state when the user
    changed it since the last run (None when unchanged or when the chart was just mounted: the kept or
    URL selection stays)."""
    state = st.altair_chart(chart, on_select="rerun", key=key, width=width)
    current = dict(state.get("selection", {})) if state else {}
    last = ss.get(memory)
    ss[memory] = current
    if fresh or last is None or last == current:
        return None
    return {"selection": current}


choose("merit_view", list(VIEWS), "provinsi")
st.segmented_control(
    tr("merit.view"), options=VIEWS, format_func=lambda v: tr(f"merit.view.{v}"), key="merit_view"
)
view = ss.get("merit_view") or "provinsi"

c1, c2, c3 = st.columns([2, 1, 2])
province = None
if view != "nasional":
    choose("merit_province", provinces, DEFAULT_PROVINCE)
    province = c1.selectbox(tr("merit.province"), options=provinces, key="merit_province")
periods = data.periods(path, province) if province else all_periods
if not periods:
    st.info(tr("merit.no_period", province=province))
    st.stop()
if view != "periode":
    choose("merit_period", periods, periods[-1])
    period = c2.selectbox(tr("merit.period"), options=periods, key="merit_period")

if view == "provinsi":
    scale = data.index_scale(path, period)
    cats = data.categories(path)
    max_txt = fmt_number(scale.max_total, 0, L)
    gov = data.province_government(path, province, period)
    if gov and gov["nilai_verifikasi"] is not None:
        g1, g2, g3 = st.columns(3)
        g1.metric(
            tr("merit.gov.verified", instansi=charts.short_name(gov["instansi"])),
            f"{charts.fmt_score(gov['nilai_verifikasi'], L)} / {max_txt}",
            help=tr("merit.gov.stage", stage=gov["tahap_verifikasi"]) if gov["tahap_verifikasi"] else None,
        )
        g2.metric(tr("merit.gov.index"), fmt_number(gov["indeks"], 2, L))
        g3.metric(tr("merit.gov.category"), gov["kategori_en"] if L == "en" else gov["kategori"])
    st.subheader(tr("merit.province_heading", province=province, period=period))
    st.caption(
        tr("merit.scale", max=max_txt, instrument=scale.instrument, bands=charts.band_sentence(cats, L)),
        help=tr("merit.scale_source", source=scale.source),
    )
    table = data.regency_comparison(path, province, period)
    if table.empty:
        st.info(tr("merit.no_regencies", province=province, period=period))
        st.stop()

    st.markdown(f"**{tr('merit.counts.status')}**")
    counts = status_counts(table, data.sipinter_statuses(path))
    for col, row in zip(st.columns(len(counts)), counts.itertuples(), strict=True):
        label = row.status if row.state == "ok" else tr(f"merit.count.status.{row.state}")
        col.metric(label, fmt_number(row.n, 0, L))
    st.markdown(f"**{tr('merit.counts.category')}**")
    counts = category_counts(table, cats)
    for col, row in zip(st.columns(len(counts)), counts.itertuples(), strict=True):
        name = row.kategori_en if L == "en" else row.kategori
        label = name if row.state == "ok" else tr(f"merit.count.no_score.{row.state}")
        col.metric(label, fmt_number(row.n, 0, L))

    values, shown = charts.regency_sortable(table, max_total=scale.max_total, lang=L)
    st.dataframe(  # numbers sort as numbers, shown in Indonesian format; gaps as their state, last
        tables.sortable(
            data.coloured_by_category(data.sortable(values, shown), table["warna"], tr("merit.col.kategori")),
            L,
        ),
        hide_index=True,
        width="stretch",
        height=38 + 35 * len(shown),
        column_config={
            c: st.column_config.Column(width=w) for c, w in zip(shown, charts.REGENCY_WIDTHS, strict=True)
        },
    )
    st.caption(tr("merit.table.note"))
    st.download_button(
        tr("merit.download"), data=to_csv(csv_table(table, L)),
        file_name=f"sistem_merit_{province}_{period}.csv".replace(" ", "_"), mime="text/csv",
    )  # fmt: skip
    st.subheader(tr("merit.chart.dumbbell"))
    exports.chart_with_download(
        charts.regency_dumbbell(table, cats, max_total=scale.max_total, lang=L), f"merit_{province}_{period}",
        width="stretch", key="merit_dumbbell", deck=deck,
        title=tr("merit.province_heading", province=province, period=period), sentence=tr("merit.chart.dumbbell"),
    )  # fmt: skip
    exports.table_download(shown, f"sistem_merit_{province}_{period}", key="merit_table_xlsx")
    province_linked(table, province, period, gov["instansi"] if gov else None)

elif view == "instansi":
    names = data.instansi(path, period, province)
    gov = data.province_government(path, province, period)
    choose("merit_instansi", names, gov["instansi"] if gov else (names[0] if names else None))
    name = c3.selectbox(
        tr("merit.instansi"), options=names, key="merit_instansi", format_func=charts.short_name
    )
    if name:
        cats = data.categories(path)
        progression = data.stage_progression(path, name, period)
        present = [
            s
            for s, state in zip(progression["stage"], progression["state"], strict=True)
            if state != "missing"
        ]
        if not present:
            st.info(tr("merit.no_aspects"))
        else:
            choose("merit_stage", present, data.default_stage(path, name, period))
            stage = st.selectbox(tr("merit.stage"), options=present, key="merit_stage")
            st.subheader(tr("merit.aspects_heading", stage=stage))
            aspects = data.aspects(path, name, period, stage)
            exports.chart_with_download(
                charts.aspect_bars(aspects, lang=L), f"merit_aspek_{name}_{period}", width="stretch",
                key="merit_aspects", deck=deck, title=charts.short_name(name), sentence=tr("merit.aspects_heading", stage=stage),
            )  # fmt: skip
            st.dataframe(
                tables.sortable(charts.aspects_display(aspects, lang=L), L), hide_index=True, width="stretch"
            )
        st.subheader(tr("merit.progress_heading"))
        exports.chart_with_download(
            charts.stage_line(progression, cats, lang=L), f"merit_tahap_{name}_{period}", width="stretch",
            key="merit_stages", deck=deck, title=charts.short_name(name), sentence=tr("merit.progress_heading"),
        )  # fmt: skip
        st.dataframe(
            tables.sortable(charts.progression_display(progression, lang=L), L),
            hide_index=True,
            width="stretch",
        )

elif view == "nasional":
    sets = data.target_sets(path)
    choose("merit_target", sets, sets[0] if sets else None)
    target = c3.radio(
        tr("merit.target_set"), options=sets, key="merit_target", horizontal=True,
        format_func=lambda s: tr(f"merit.target_set.{s}"),
    )  # fmt: skip
    st.subheader(tr("merit.national_heading", period=period))
    national_linked(period)
    picture = data.national_picture(path, period, target)
    left, right = st.columns(2)
    left.markdown(f"**{tr('merit.chart.distribution')}**")
    with left:
        exports.chart_with_download(
            charts.national_distribution(data.category_distribution(path, period), lang=L), f"merit_nasional_{period}",
            width="stretch", key="merit_distribution", deck=deck, title=tr("merit.national_heading", period=period),
            sentence=tr("merit.chart.distribution"),
        )  # fmt: skip
    right.markdown(f"**{tr('merit.chart.share_target')}**")
    with right:
        exports.chart_with_download(
            charts.share_vs_target(picture, lang=L), f"merit_target_{period}", width="stretch", key="merit_targets",
            deck=deck, title=tr("merit.chart.share_target"), sentence=tr("merit.share_note"),
        )  # fmt: skip
    st.dataframe(
        tables.sortable(charts.national_display(picture, lang=L), L), hide_index=True, width="stretch"
    )
    st.caption(tr("merit.share_note"))
    for note, source in charts.target_notes(picture):
        # the note is a key (data/reference/merit_targets.csv), its text in the labels
        st.warning(
            tr("merit.target_note", note=tr(f"merit.target_note.{note}"), source=source),
            icon=":material/info:",
        )
    st.subheader(tr("merit.provinces_heading"))
    ranked = data.provinces_ranked(path, period)
    exports.chart_with_download(
        charts.provinces_bar(ranked, lang=L), f"merit_provinsi_{period}", width="stretch", key="merit_provinces",
        deck=deck, title=tr("merit.provinces_heading"), sentence=tr("merit.provinces_heading"),
    )  # fmt: skip
    st.dataframe(
        tables.sortable(charts.provinces_display(ranked, lang=L), L), hide_index=True, width="stretch"
    )

else:  # periode
    if len(periods) < 2:
        st.info(tr("merit.period.need_two", periods=", ".join(map(str, periods))))
    else:
        choose("merit_before", periods, periods[-2])
        choose("merit_after", periods, periods[-1])
        before = c2.selectbox(tr("merit.period.before"), options=periods, key="merit_before")
        after = c3.selectbox(tr("merit.period.after"), options=periods, key="merit_after")
        if before == after:
            st.info(tr("merit.period.same"))
        else:
            st.subheader(tr("merit.period_heading", province=province, before=before, after=after))
            comparison = data.period_comparison(path, province, before, after)
            moves = direction_counts(comparison)
            for col, (direction, n) in zip(st.columns(len(moves)), moves.items(), strict=True):
                col.metric(tr(f"merit.arah.{direction}"), fmt_number(n, 0, L))
            exports.chart_with_download(
                charts.period_change(comparison, lang=L), f"merit_perubahan_{province}_{before}_{after}",
                width="stretch", key="merit_change", deck=deck,
                title=tr("merit.period_heading", province=province, before=before, after=after),
                sentence=tr("merit.period.note"),
            )  # fmt: skip
            st.dataframe(
                tables.sortable(charts.period_display(comparison, before=before, after=after, lang=L), L),
                hide_index=True,
                width="stretch",
                height=38 + 35 * len(comparison),
            )
            st.caption(tr("merit.period.note"))

exports.deck_buttons(deck, f"merit_{view}", key="merit_deck")

for key in KEPT:  # keep the selections for the next visit, and in the URL
    if key in ss:
        ss[f"_{key}"] = ss[key]
st.query_params.from_dict(
    {**{p: str(ss[k]) for p, k in QUERY.items() if ss.get(k) is not None}, **url_selection}
)
