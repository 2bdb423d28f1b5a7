"""Cached merit-system queries for the merit page, keyed on the database path (cleared after an import),
and the page's views, pickers and address (its view and linked selections, through ui.urlstate)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from analytics.core.export import to_csv
from analytics.core.formats import fmt_number
from analytics.merit import charts, linked
from analytics.merit import scores as merit
from ui import exports, tables, urlstate
from ui.data import connection
from ui.state import tr

if TYPE_CHECKING:
    from ui.page import Page

T = TypeVar("T")


def in_scope(fn: Callable[..., T]) -> Callable[..., T]:
    """Keep only what lies inside the user's access scope from a (cached) merit query: a frame's rows
    (by its instansi column), a list of instansi or provinces, a province government's totals.
    Applied outside the cache, so every user's scope is applied to the shared cached result."""

    @functools.wraps(fn)
    def scoped(path: str, *args: Any, **kwargs: Any) -> T:
        from ui.access import current

        scope = current().scope
        result = fn(path, *args, **kwargs)
        if scope.national:
            return result
        if isinstance(result, pd.DataFrame) and "instansi" in result.columns:
            narrowed = (
                scope.rows(result) if scope.kind == "instansi" else result[_in_provinces(path, scope, result)]
            )
            return cast(T, narrowed)
        if isinstance(result, dict):
            permitted = scope.allows(instansi=result.get("instansi"), provinsi=result.get("provinsi"))
            return cast(T, result if permitted else None)
        if isinstance(result, list) and fn.__name__ == "provinces":
            return [p for p in result if p in _scope_provinces(path, scope.values, scope.kind)]  # type: ignore[return-value]
        if isinstance(result, list):
            allowed = set(_scope_instansi(path, scope.values, scope.kind))
            return [i for i in result if i in allowed]  # type: ignore[return-value]
        return result

    return scoped


def _in_provinces(path: str, scope: Any, frame: pd.DataFrame) -> pd.Series:
    return frame["instansi"].isin(_scope_instansi(path, scope.values, scope.kind))


@st.cache_data(show_spinner=False)
def _scope_instansi(path: str, values: tuple[str, ...], kind: str) -> list[str]:
    """Instansi with merit data inside a scope (itself, or those of its provinces)."""
    column = "instansi" if kind == "instansi" else "provinsi"
    sql = f"select distinct instansi from merit_status where {column} in (select unnest(?::varchar[])) union select distinct instansi from merit_scores where {column} in (select unnest(?::varchar[]))"  # noqa: S608 - whitelisted column
    return [r[0] for r in connection(path).cursor().execute(sql, [list(values), list(values)]).fetchall()]


@st.cache_data(show_spinner=False)
def _scope_provinces(path: str, values: tuple[str, ...], kind: str) -> list[str]:
    """Provinces a scope touches (its own, or those of its instansi)."""
    if kind == "provinsi":
        return list(values)
    sql = "select distinct provinsi from merit_status where instansi in (select unnest(?::varchar[])) and provinsi is not null union select distinct provinsi from merit_scores where instansi in (select unnest(?::varchar[])) and provinsi is not null"
    return [r[0] for r in connection(path).cursor().execute(sql, [list(values), list(values)]).fetchall()]


@in_scope
@st.cache_data(show_spinner=False)
def provinces(path: str) -> list[str]:
    """Provinces with merit data."""
    return merit.merit_provinces(connection(path))


@st.cache_data(show_spinner=False)
def periods(path: str, province: str | None = None) -> list[int]:
    """Periods with merit data (for the province when given), oldest first."""
    return merit.merit_periods(connection(path), province)


@in_scope
@st.cache_data(show_spinner=False)
def instansi(path: str, period: int, province: str | None) -> list[str]:
    """Instansi with merit data in the period and province."""
    return merit.merit_instansi(connection(path), period, province)


@in_scope
@st.cache_data(show_spinner=False)
def regency_comparison(path: str, province: str | None, period: int) -> pd.DataFrame:
    """analytics.merit.scores.regency_comparison, cached."""
    return merit.regency_comparison(connection(path), province, period)


@in_scope
@st.cache_data(show_spinner=False)
def province_government(path: str, province: str, period: int) -> dict[str, Any] | None:
    """The provincial government's own totals, cached."""
    return merit.province_government(connection(path), province, period)


@st.cache_data(show_spinner=False)
def index_scale(path: str, period: int) -> merit.IndexScale:
    """The index's denominator for the period, cached."""
    return merit.index_scale(connection(path), period)


@st.cache_data(show_spinner=False)
def categories(path: str) -> pd.DataFrame:
    """Category bands and colours, cached."""
    return merit.categories(connection(path))


@st.cache_data(show_spinner=False)
def sipinter_statuses(path: str) -> list[str]:
    """SIPINTER statuses in order, cached."""
    return merit.sipinter_statuses(connection(path))


@st.cache_data(show_spinner=False)
def aspects(path: str, name: str, period: int, stage: str | None) -> pd.DataFrame:
    """The eight aspects of one instansi in a stage, cached."""
    return merit.instansi_aspects(connection(path), name, period, stage)


@st.cache_data(show_spinner=False)
def default_stage(path: str, name: str, period: int) -> str | None:
    """Latest verification stage with aspect rows (else Mandiri), cached."""
    return merit.default_stage(connection(path), name, period)


@st.cache_data(show_spinner=False)
def stage_progression(path: str, name: str, period: int) -> pd.DataFrame:
    """Totals per stage for one instansi, cached."""
    return merit.stage_progression(connection(path), name, period)


@st.cache_data(show_spinner=False)
def national_picture(path: str, period: int, target_set: str) -> pd.DataFrame:
    """Share at Baik or better per agency type vs targets, cached."""
    return merit.national_picture(connection(path), period, target_set)


@st.cache_data(show_spinner=False)
def category_distribution(path: str, period: int) -> pd.DataFrame:
    """Instansi per agency type and category, cached."""
    return merit.category_distribution(connection(path), period)


@st.cache_data(show_spinner=False)
def target_sets(path: str) -> list[str]:
    """Target sets in ref_merit_targets, cached."""
    return merit.target_sets(connection(path))


@st.cache_data(show_spinner=False)
def provinces_ranked(path: str, period: int) -> pd.DataFrame:
    """Provinces ranked by share of regencies at Baik or better, cached."""
    return merit.provinces_ranked(connection(path), period)


@in_scope
@st.cache_data(show_spinner=False)
def maturity(path: str, province: str | None, period: int, group: str | None) -> pd.DataFrame:
    """Each instansi's aspects in a version scored per question (PermenPANRB 19/2025), wide, cached."""
    return merit.maturity_table(merit.maturity_by_aspect(connection(path), province, period, group=group))


@st.cache_data(show_spinner=False)
def same_scale(path: str, before: int, after: int) -> bool:
    """Whether two periods share an instrument version, cached."""
    return merit.same_scale(connection(path), before, after)


@in_scope
@st.cache_data(show_spinner=False)
def period_comparison(path: str, province: str | None, before: int, after: int) -> pd.DataFrame:
    """Regencies' verified scores in two periods, cached."""
    return merit.period_comparison(connection(path), province, before, after)


def _text_colour(hex_colour: str) -> str:
    """Black or white text, whichever reads better on the background colour."""
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def sortable(values: pd.DataFrame, shown: pd.DataFrame) -> Styler:
    """``values`` (numbers as numbers) showing the text of ``shown``: st.dataframe sorts by the values
    and draws the text (issue 19.3: '240,5' after '114', 'tidak terbaca' last)."""
    numbers = {str(c): values[c] for c in values.columns if values[c].dtype.kind == "f"}
    styled = tables.sortable(shown, values=numbers)
    return styled if isinstance(styled, Styler) else styled.style


def coloured_by_category(display: pd.DataFrame | Styler, colours: pd.Series, column: str) -> Styler:
    """``display`` with the ``column`` cells painted in each row's category colour (none when missing)."""
    paint = [
        f"background-color: {c}; color: {_text_colour(c)}" if isinstance(c, str) and c.startswith("#") else ""
        for c in colours
    ]

    def style(col: pd.Series) -> list[str]:
        return paint if col.name == column else [""] * len(col)

    styler = display if isinstance(display, Styler) else display.style
    return styler.apply(style, axis=0)


@in_scope
@st.cache_data(show_spinner=False)
def instansi_totals(path: str, period: int) -> pd.DataFrame:
    """Every instansi assessed in the period with its index and category (the national linked view)."""
    return merit.instansi_totals(connection(path), period)


@st.cache_data(show_spinner=False)
def aspect_profile(
    path: str, names: tuple[str, ...], period: int, province_instansi: str | None
) -> pd.DataFrame:
    """The selected instansi's mean aspect scores against the province government's, cached."""
    return merit.aspect_profile(connection(path), list(names), period, province_instansi)


# --- the merit page (app_pages/merit.py) ---------------------------------------------------------------

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
SELECTION_PARAMS = (linked.URL_INDEX_MIN, linked.URL_INDEX_MAX, linked.URL_TYPE, linked.URL_REGENCY)
Selection = dict[str, list[str]]  # the linked views' selection as address parameters


def read_link() -> None:
    """Before any widget: on the session's first visit the link's view and the linked views' selections
    (stable keys, README "Merit: the linked views and their address") win; then the values kept from
    the last visit come back."""
    ss = st.session_state
    if urlstate.first_visit("_merit_query_read"):
        link = urlstate.asked()
        for param, key in QUERY.items():
            if param in link:
                value = link[param][-1] if link[param] else ""
                ss[f"_{key}"] = int(value) if key == "merit_period" and value.isdigit() else value
        ss["_merit_url_selection"] = {k: v for k, v in link.items() if k in SELECTION_PARAMS}
    for key in KEPT:
        if key not in ss and f"_{key}" in ss:
            ss[key] = ss[f"_{key}"]


def write_link(selection: Selection) -> None:
    """After the page: keep the selections for the next visit, and put the view and the linked views'
    selection in the address."""
    ss = st.session_state
    for key in KEPT:
        if key in ss:
            ss[f"_{key}"] = ss[key]
    urlstate.write_all({**{p: str(ss[k]) for p, k in QUERY.items() if ss.get(k) is not None}, **selection})


def choose(key: str, options: list[Any], default: object) -> None:
    """Put a valid value under ``key`` before its widget is drawn (the kept one, else ``default``)."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = default if default in options else (options[-1] if options else None)


def view_picker() -> str:
    """The four views as a segmented control; returns the one chosen."""
    choose("merit_view", list(VIEWS), "provinsi")
    st.segmented_control(
        tr("merit.view"), options=VIEWS, format_func=lambda v: tr(f"merit.view.{v}"), key="merit_view"
    )
    return str(st.session_state.get("merit_view") or "provinsi")


def province_picker(column: Any, view: str, names: list[str]) -> str | None:
    """The province (every view but the national one; the default NTT); None in the national view."""
    if view == "nasional":
        return None
    choose("merit_province", names, DEFAULT_PROVINCE)
    return column.selectbox(tr("merit.province"), options=names, key="merit_province")  # type: ignore[no-any-return]


def period_picker(column: Any, view: str, periods: list[int]) -> int | None:
    """The period (every view but the change between two periods; the latest by default)."""
    if view == "periode":
        return None
    choose("merit_period", periods, periods[-1])
    return column.selectbox(tr("merit.period"), options=periods, key="merit_period")  # type: ignore[no-any-return]


def chart_selection(
    key: str, chart: Any, memory: str, *, fresh: bool, width: Literal["stretch", "content"] = "content"
) -> dict[str, Any] | None:
    """Draw an altair chart whose selection reruns the page; return its selection state when the user
    changed it since the last run (None when unchanged or when the chart was just mounted: the kept or
    URL selection stays)."""
    state = st.altair_chart(chart, on_select="rerun", key=key, width=width)
    current = dict(state.get("selection", {})) if state else {}
    last = st.session_state.get(memory)
    st.session_state[memory] = current
    if fresh or last is None or last == current:
        return None
    return {"selection": current}


def province_view(page: Page, province: str, period: int) -> Selection:
    """A province's regencies side by side: the provincial government's own figures, the counts per
    SIPINTER status and category, the sortable table, the dumbbell chart and the linked view; returns
    the linked view's selection for the address. Stops the run when the province has no regencies."""
    L, path = page.lang, page.path
    scale = index_scale(path, period)
    if scale.max_total is None:  # PermenPANRB 19/2025: its own units, no index or category yet
        st.subheader(tr("merit.province_heading", province=province, period=period))
        own_units(page, province, period, scale, group=merit.REGENCY_GROUP)
        return {}
    cats = categories(path)
    max_total = scale.max_total
    max_txt = fmt_number(max_total, 0, L)
    gov = province_government(path, province, period)
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
    table = regency_comparison(path, province, period)
    if table.empty:
        st.info(tr("merit.no_regencies", province=province, period=period))
        st.stop()

    row: Any  # a row of the counts (itertuples)
    st.markdown(f"**{tr('merit.counts.status')}**")
    counts = merit.status_counts(table, sipinter_statuses(path))
    for col, row in zip(st.columns(len(counts)), counts.itertuples(), strict=True):
        label = row.status if row.state == "ok" else tr(f"merit.count.status.{row.state}")
        col.metric(label, fmt_number(row.n, 0, L))
    st.markdown(f"**{tr('merit.counts.category')}**")
    counts = merit.category_counts(table, cats)
    for col, row in zip(st.columns(len(counts)), counts.itertuples(), strict=True):
        name = row.kategori_en if L == "en" else row.kategori
        label = name if row.state == "ok" else tr(f"merit.count.no_score.{row.state}")
        col.metric(label, fmt_number(row.n, 0, L))

    values, shown = charts.regency_sortable(table, max_total=max_total, lang=L)
    st.dataframe(  # numbers sort as numbers, shown in Indonesian format; gaps as their state, last
        tables.sortable(
            coloured_by_category(sortable(values, shown), table["warna"], tr("merit.col.kategori")), L
        ),
        hide_index=True,
        width="stretch",
        height=38 + 35 * len(shown),
        column_config={
            str(c): st.column_config.Column(width=w)
            for c, w in zip(shown, charts.REGENCY_WIDTHS, strict=True)
        },
    )
    st.caption(tr("merit.table.note"))
    st.download_button(
        tr("merit.download"), data=to_csv(merit.csv_table(table, L)),
        file_name=f"sistem_merit_{province}_{period}.csv".replace(" ", "_"), mime="text/csv",
    )  # fmt: skip
    st.subheader(tr("merit.chart.dumbbell"))
    exports.chart_with_download(
        charts.regency_dumbbell(table, cats, max_total=max_total, lang=L), f"merit_{province}_{period}",
        width="stretch", key="merit_dumbbell", deck=page.deck,
        title=tr("merit.province_heading", province=province, period=period), sentence=tr("merit.chart.dumbbell"),
    )  # fmt: skip
    exports.table_download(shown, f"sistem_merit_{province}_{period}", key="merit_table_xlsx")
    return province_linked(page, table, province, period, gov["instansi"] if gov else None)


def own_units(
    page: Page, province: str | None, period: int, scale: merit.IndexScale, *, group: str | None
) -> None:
    """A period of a version scored per question (PermenPANRB 19/2025, docs/rules.md §16) in its own
    units: the note on what is and is not set, and each instansi's aspects as mean maturity 0–4."""
    L = page.lang
    top = fmt_number(scale.question_max or 0, 0, L)
    st.info(
        tr("merit.v2.note", period=period, regulation=scale.regulation, top=top),
        icon=":material/info:",
    )
    wide = maturity(page.path, province, period, group)
    if wide.empty:
        st.info(tr("merit.v2.none", regulation=scale.regulation, province=province or "", period=period))
        return
    values, shown = charts.maturity_sortable(wide, lang=L)
    st.dataframe(
        tables.sortable(sortable(values, shown), L), hide_index=True, width="stretch",
        height=38 + 35 * len(shown), key=f"merit_maturity_{period}",
    )  # fmt: skip
    st.caption(tr("merit.v2.unit", top=top, regulation=scale.regulation), help=scale.source)
    exports.table_download(
        shown, f"sistem_merit_{province or 'nasional'}_{period}", key=f"merit_maturity_xlsx_{period}"
    )


def points_units(page: Page, province: str | None, period: int, scale: merit.IndexScale) -> None:
    """A period of a version with a total (PermenPANRB 40/2018) in its own units: the regency table."""
    L = page.lang
    table = regency_comparison(page.path, province, period)
    values, shown = charts.regency_sortable(table, max_total=scale.max_total or 0.0, lang=L)
    st.dataframe(
        tables.sortable(coloured_by_category(sortable(values, shown), table["warna"], tr("merit.col.kategori")), L),
        hide_index=True, width="stretch", height=38 + 35 * len(shown), key=f"merit_points_{period}",
    )  # fmt: skip
    st.caption(
        tr("merit.unit.points", max=fmt_number(scale.max_total or 0, 0, L), regulation=scale.regulation),
        help=scale.source,
    )


def province_linked(
    page: Page, table: pd.DataFrame, province: str, period: int, government: str | None
) -> Selection:
    """The province linked view: click regencies (index bars) and see their mean aspect profile against
    the provincial government's and the aspects' maximums; returns the regencies picked for the address."""
    ss, L = st.session_state, page.lang
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
        chart = linked.regency_index_picker(table, lang=L, meeting=page.meeting, picked=initial)
        event = chart_selection(key, chart, "_merit_prov_event", fresh=fresh, width="stretch")
    if event is not None:
        ss["_merit_prov_selection"] = linked.selected_points(event, linked.REGENCY_PICK, "instansi")
    picked = [n for n in ss["_merit_prov_selection"] if n in names]
    profile = aspect_profile(page.path, tuple(picked or names), period, government)
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
        chart_of_aspects: Any = linked.aspect_profile(profile, lang=L, meeting=page.meeting)
        st.altair_chart(chart_of_aspects, width="stretch")
    return {linked.URL_REGENCY: picked} if picked else {}


def instansi_view(page: Page, column: Any, province: str, period: int) -> None:
    """One instansi (the provincial government by default): its eight aspects in a stage, and its totals
    stage by stage."""
    L, path = page.lang, page.path
    names = instansi(path, period, province)
    gov = province_government(path, province, period)
    choose("merit_instansi", names, gov["instansi"] if gov else (names[0] if names else None))
    name = column.selectbox(
        tr("merit.instansi"), options=names, key="merit_instansi", format_func=charts.short_name
    )
    if not name:
        return
    cats = categories(path)
    progression = stage_progression(path, name, period)
    present = [
        s for s, state in zip(progression["stage"], progression["state"], strict=True) if state != "missing"
    ]
    if not present:
        st.info(tr("merit.no_aspects"))
    else:
        choose("merit_stage", present, default_stage(path, name, period))
        stage = st.selectbox(tr("merit.stage"), options=present, key="merit_stage")
        st.subheader(tr("merit.aspects_heading", stage=stage))
        found = aspects(path, name, period, stage)
        exports.chart_with_download(
            charts.aspect_bars(found, lang=L), f"merit_aspek_{name}_{period}", width="stretch",
            key="merit_aspects", deck=page.deck, title=charts.short_name(name), sentence=tr("merit.aspects_heading", stage=stage),
        )  # fmt: skip
        st.dataframe(
            tables.sortable(charts.aspects_display(found, lang=L), L), hide_index=True, width="stretch"
        )
    scale = index_scale(path, period)
    if not scale.has_total:
        st.info(
            tr("merit.v2.note", period=period, regulation=scale.regulation,
               top=fmt_number(scale.question_max or 0, 0, L)),
            icon=":material/info:",
        )  # fmt: skip
        st.caption(tr("merit.v2.stages", regulation=scale.regulation))
        return
    st.subheader(tr("merit.progress_heading"))
    exports.chart_with_download(
        charts.stage_line(progression, cats, lang=L), f"merit_tahap_{name}_{period}", width="stretch",
        key="merit_stages", deck=page.deck, title=charts.short_name(name), sentence=tr("merit.progress_heading"),
    )  # fmt: skip
    st.dataframe(
        tables.sortable(charts.progression_display(progression, lang=L), L), hide_index=True, width="stretch"
    )


def national_view(page: Page, column: Any, period: int) -> Selection:
    """The national picture: the linked view of every instansi, the categories per agency type, the
    share at Baik or better against the chosen targets, and the provinces ranked; returns the linked
    view's selection for the address."""
    L, path = page.lang, page.path
    sets = target_sets(path)
    choose("merit_target", sets, sets[0] if sets else None)
    chosen = column.radio(
        tr("merit.target_set"), options=sets, key="merit_target", horizontal=True,
        format_func=lambda s: tr(f"merit.target_set.{s}"),
    )  # fmt: skip
    st.subheader(tr("merit.national_heading", period=period))
    scale = index_scale(path, period)
    if not scale.has_total:  # PermenPANRB 19/2025: no index, category or target share yet
        st.markdown(f"**{tr('merit.v2.national', period=period, regulation=scale.regulation)}**")
        own_units(page, None, period, scale, group=None)
        return {}
    selection = national_linked(page, period)
    picture = national_picture(path, period, chosen)
    left, right = st.columns(2)
    left.markdown(f"**{tr('merit.chart.distribution')}**")
    with left:
        exports.chart_with_download(
            charts.national_distribution(category_distribution(path, period), lang=L), f"merit_nasional_{period}",
            width="stretch", key="merit_distribution", deck=page.deck, title=tr("merit.national_heading", period=period),
            sentence=tr("merit.chart.distribution"),
        )  # fmt: skip
    right.markdown(f"**{tr('merit.chart.share_target')}**")
    with right:
        exports.chart_with_download(
            charts.share_vs_target(picture, lang=L), f"merit_target_{period}", width="stretch", key="merit_targets",
            deck=page.deck, title=tr("merit.chart.share_target"), sentence=tr("merit.share_note"),
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
    ranked = provinces_ranked(path, period)
    exports.chart_with_download(
        charts.provinces_bar(ranked, lang=L), f"merit_provinsi_{period}", width="stretch", key="merit_provinces",
        deck=page.deck, title=tr("merit.provinces_heading"), sentence=tr("merit.provinces_heading"),
    )  # fmt: skip
    st.dataframe(
        tables.sortable(charts.provinces_display(ranked, lang=L), L), hide_index=True, width="stretch"
    )
    return selection


def national_linked(page: Page, period: int) -> Selection:
    """The national linked view: every instansi's index (brush a range, pick a type in the legend), the
    selected instansi beside it, their counts per category, a download of exactly them; returns the
    selection for the address."""
    ss, L = st.session_state, page.lang
    st.markdown(f"**{tr('merit.linked.heading')}**")
    st.caption(tr("merit.linked.help"))
    totals = instansi_totals(page.path, period)
    scored = totals[totals["indeks"].notna()]
    if scored.empty:
        st.info(tr("merit.linked.none"))
        return {}
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
        scored, lang=L, meeting=page.meeting, interval=initial_interval, types=initial_types
    )
    left, right = st.columns([3, 2])
    with left:
        event = chart_selection(key, chart, "_merit_nat_event", fresh=fresh)
    if event is not None:
        picked = [v for v in linked.selected_points(event, linked.TYPE_PICK, "jenis") if v in types]
        ss["_merit_nat_selection"] = (linked.selected_interval(event), picked)
    interval, picked = ss["_merit_nat_selection"]
    chosen = linked.filter_national(scored, interval, picked)
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
    counts = merit.category_counts(chosen, categories(page.path))
    counts = counts[counts["state"] == "ok"]
    row: Any  # a row of the counts (itertuples)
    for col, row in zip(right.columns(len(counts)), counts.itertuples(), strict=True):
        col.metric(str(row.kategori), fmt_number(row.n, 0, L))
    right.download_button(
        tr("merit.linked.download"),
        data=to_csv(chosen[["instansi", "group_name", "provinsi", "nilai_verifikasi", "indeks", "kategori"]]),
        file_name=f"sistem_merit_terpilih_{period}.csv",
        mime="text/csv",
        key="merit_national_download",
    )
    return linked.selection_to_url(interval, picked)


def period_view(page: Page, columns: tuple[Any, Any], province: str | None, periods: list[int]) -> None:
    """The change between two periods of a province's regencies: counts per direction, the chart and
    the table (needs two periods, and two different ones chosen)."""
    L = page.lang
    if len(periods) < 2:
        st.info(tr("merit.period.need_two", periods=", ".join(map(str, periods))))
        return
    choose("merit_before", periods, periods[-2])
    choose("merit_after", periods, periods[-1])
    before = columns[0].selectbox(tr("merit.period.before"), options=periods, key="merit_before")
    after = columns[1].selectbox(tr("merit.period.after"), options=periods, key="merit_after")
    if before == after:
        st.info(tr("merit.period.same"))
        return
    heading = tr("merit.period_heading", province=province, before=before, after=after)
    st.subheader(heading)
    if not same_scale(page.path, before, after):  # two versions never share a scale (docs/rules.md §16)
        scales = {p: index_scale(page.path, p) for p in (before, after)}
        st.warning(
            tr("merit.period.versions", before=before, after=after,
               reg_before=scales[before].regulation, reg_after=scales[after].regulation),
            icon=":material/warning:",
        )  # fmt: skip
        for p in (before, after):
            st.markdown(f"**{tr('merit.period.own_heading', period=p, regulation=scales[p].regulation)}**")
            if scales[p].has_total:
                points_units(page, province, p, scales[p])
            else:
                own_units(page, province, p, scales[p], group=merit.REGENCY_GROUP)
        return
    comparison = period_comparison(page.path, province, before, after)
    moves = merit.direction_counts(comparison)
    for col, (direction, n) in zip(st.columns(len(moves)), moves.items(), strict=True):
        col.metric(tr(f"merit.arah.{direction}"), fmt_number(n, 0, L))
    exports.chart_with_download(
        charts.period_change(comparison, lang=L), f"merit_perubahan_{province}_{before}_{after}",
        width="stretch", key="merit_change", deck=page.deck, title=heading, sentence=tr("merit.period.note"),
    )  # fmt: skip
    st.dataframe(
        tables.sortable(charts.period_display(comparison, before=before, after=after, lang=L), L),
        hide_index=True,
        width="stretch",
        height=38 + 35 * len(comparison),
    )
    st.caption(tr("merit.period.note"))
