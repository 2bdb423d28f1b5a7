"""Sistem Merit: a province's regencies side by side, one agency's aspects and stages, the national
picture, and the change between periods. Regions and agencies only: no personal rows on this page."""

import streamlit as st

from analytics import merit_charts as charts
from analytics.export import to_csv
from analytics.formats import fmt_number
from analytics.merit import category_counts, csv_table, direction_counts, status_counts
from ui import exports
from ui import merit as data
from ui.state import lang, tr

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
for key in KEPT:
    if key not in ss and f"_{key}" in ss:
        ss[key] = ss[f"_{key}"]


def choose(key: str, options: list, default: object) -> None:
    """Put a valid value under ``key`` before its widget is drawn (the kept one, else ``default``)."""
    if ss.get(key) not in options:
        ss[key] = default if default in options else (options[-1] if options else None)


provinces = data.provinces(path)
all_periods = data.periods(path)
if not provinces and not all_periods:
    st.info(tr("merit.no_data"))
    st.page_link("app_pages/data.py", label=tr("home.go_data"), icon=":material/upload_file:")
    st.stop()

deck = exports.Deck(tr("merit.title"))
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

    shown = charts.regency_display(table, max_total=scale.max_total, lang=L)
    st.dataframe(
        data.coloured_by_category(shown, table["warna"], tr("merit.col.kategori")),
        hide_index=True,
        width="stretch",
        height=38 + 35 * len(shown),
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
            st.dataframe(charts.aspects_display(aspects, lang=L), hide_index=True, width="stretch")
        st.subheader(tr("merit.progress_heading"))
        exports.chart_with_download(
            charts.stage_line(progression, cats, lang=L), f"merit_tahap_{name}_{period}", width="stretch",
            key="merit_stages", deck=deck, title=charts.short_name(name), sentence=tr("merit.progress_heading"),
        )  # fmt: skip
        st.dataframe(charts.progression_display(progression, lang=L), hide_index=True, width="stretch")

elif view == "nasional":
    sets = data.target_sets(path)
    choose("merit_target", sets, sets[0] if sets else None)
    target = c3.radio(
        tr("merit.target_set"), options=sets, key="merit_target", horizontal=True,
        format_func=lambda s: tr(f"merit.target_set.{s}"),
    )  # fmt: skip
    st.subheader(tr("merit.national_heading", period=period))
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
    st.dataframe(charts.national_display(picture, lang=L), hide_index=True, width="stretch")
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
    st.dataframe(charts.provinces_display(ranked, lang=L), hide_index=True, width="stretch")

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
                charts.period_display(comparison, before=before, after=after, lang=L),
                hide_index=True,
                width="stretch",
                height=38 + 35 * len(comparison),
            )
            st.caption(tr("merit.period.note"))

exports.deck_buttons(deck, f"merit_{view}", key="merit_deck")

for key in KEPT:  # keep the selections for the next visit, and in the URL
    if key in ss:
        ss[f"_{key}"] = ss[key]
st.query_params.from_dict({p: str(ss[k]) for p, k in QUERY.items() if ss.get(k) is not None})
