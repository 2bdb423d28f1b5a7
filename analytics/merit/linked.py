"""Altair charts: views that filter each other by selection (the merit pages). Plotly stays where it
serves better (nine-box, Sankey, heatmaps); the fairness page's interval chart is a plain Vega-Lite
spec (analytics.talent.fairness_chart: no altair on that page's first view).

Why altair here: a brush or a click is a selection parameter declared once and shared by every layer
and chart of a view, and Streamlit returns it to Python (``st.altair_chart(on_select="rerun")``), so the
page can filter its tables, downloads and URL by it. The names of the parameters below are stable keys:
the page reads ``selection[BRUSH]`` and ``selection[TYPE_PICK]`` back.
Pure builders: data in, ``alt.Chart`` out; no streamlit import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from analytics.core.formats import fmt_number
from analytics.labels import t
from analytics.merit.charts import short_name

BRUSH = "brush"  # interval selection on the merit index (national view)
TYPE_PICK = "jenis"  # point selection of an agency type (national view)
REGENCY_PICK = "kabupaten"  # point/interval selection of regencies (province view)
INDEX_BIN = 0.05  # the national distribution's bin width on the merit index (0..1)
MUTED = "#cfd8dc"
POINT_COLOUR = "#1565c0"
PROVINCE_COLOUR = "#6b6b6b"
MAX_COLOUR = "#b0bec5"
_NUMBER_LOCALE = {
    "id": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["Rp", ""]},
}


def styled(chart: alt.TopLevelMixin, *, lang: str = "id", meeting: bool = False) -> alt.TopLevelMixin:
    """Indonesian (or English) number format on the axes; large type and black ink in meeting mode."""
    chart = chart.configure(locale={"number": _NUMBER_LOCALE.get(lang, _NUMBER_LOCALE["id"])})
    if meeting:
        chart = (
            chart.configure_axis(labelFontSize=18, titleFontSize=20, labelColor="#000", titleColor="#000")
            .configure_legend(labelFontSize=18, titleFontSize=20)
            .configure_header(labelFontSize=20, titleFontSize=20)
            .configure_title(fontSize=22)
        )
    else:
        chart = chart.configure_axis(labelFontSize=12, titleFontSize=13)
    return chart


# --- merit, national: the index of every instansi, linked to a table and counts -------------------


def selected_interval(selection: Mapping[str, Any] | None, name: str = BRUSH) -> tuple[float, float] | None:
    """The (low, high) of an interval selection in a ``st.altair_chart`` selection state, or None.

    Streamlit returns ``{"selection": {name: {field: [low, high]}}}`` for an interval parameter (an
    empty dict when nothing is brushed)."""
    if not selection:
        return None
    value = (selection.get("selection") or {}).get(name) or {}
    for bounds in value.values() if isinstance(value, Mapping) else ():
        if isinstance(bounds, Sequence) and len(bounds) == 2:
            try:
                lo, hi = sorted(float(b) for b in bounds)
            except (TypeError, ValueError):
                return None
            return lo, hi
    return None


def selected_points(selection: Mapping[str, Any] | None, name: str, field: str) -> list[str]:
    """The values of ``field`` picked in a point selection (``{"selection": {name: [{field: v}, ...]}}``)."""
    if not selection:
        return []
    value = (selection.get("selection") or {}).get(name) or []
    if not isinstance(value, Sequence):
        return []
    return [str(v[field]) for v in value if isinstance(v, Mapping) and v.get(field) is not None]


def national_index(
    totals: pd.DataFrame,
    *,
    lang: str = "id",
    meeting: bool = False,
    interval: tuple[float, float] | None = None,
    types: Sequence[str] = (),
    width: int = 420,
) -> alt.TopLevelMixin:
    """Every assessed instansi's merit index as a strip per agency type (one dot an instansi, coloured
    by category) above the distribution of the index (bins of 0.05, stacked by type).

    Brushing a range of the index (``BRUSH``) keeps those instansi in colour in both charts; clicking a
    type in the legend (``TYPE_PICK``) filters the distribution to that type. ``interval`` and ``types``
    are the selection to start from (from the URL)."""
    data = totals[totals["indeks"].notna()][["instansi", "group_name", "indeks", "kategori", "warna"]].copy()
    data = data.rename(columns={"group_name": "jenis"})
    data["indeks_text"] = data["indeks"].map(lambda v: fmt_number(v, 2, lang))
    type_title = t("merit.linked.type", lang)
    index_title = t("merit.linked.index", lang)
    brush_value: Any = {"x": list(interval)} if interval else alt.Undefined
    brush = alt.selection_interval(name=BRUSH, encodings=["x"], value=brush_value)
    type_value: Any = [{"jenis": v} for v in types] if types else alt.Undefined
    pick = alt.selection_point(name=TYPE_PICK, fields=["jenis"], bind="legend", value=type_value)
    cats = data.drop_duplicates("kategori").sort_values("indeks")
    category_colour = alt.Color(
        "kategori:N",
        title=t("merit.col.kategori", lang),
        scale=alt.Scale(domain=list(cats["kategori"]), range=list(cats["warna"])),
        legend=alt.Legend(orient="bottom", direction="horizontal"),
    )
    x = alt.X("indeks:Q", title=index_title, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format=".2f"))
    strip = (
        alt.Chart(data)
        .mark_tick(thickness=3, size=22)
        .encode(
            x=x,
            y=alt.Y("jenis:N", title=type_title, axis=alt.Axis(labelLimit=240)),
            color=alt.condition(brush, category_colour, alt.value(MUTED)),
            tooltip=[
                alt.Tooltip("instansi:N", title="Instansi"),
                alt.Tooltip("jenis:N", title=type_title),
                alt.Tooltip("indeks_text:N", title=index_title),
                alt.Tooltip("kategori:N", title=t("merit.col.kategori", lang)),
            ],
        )
        .add_params(brush)
        .transform_filter(pick)
        .properties(height=max(120, 40 * data["jenis"].nunique()), width=width)
    )
    types_order = list(dict.fromkeys(totals["group_name"].dropna()))
    histogram = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(
                "indeks:Q",
                bin=alt.Bin(step=INDEX_BIN, extent=[0, 1]),
                title=index_title,
                axis=alt.Axis(format=".2f"),
            ),
            y=alt.Y(
                "count():Q", title=t("merit.linked.count", lang), axis=alt.Axis(format="d", tickMinStep=1)
            ),
            color=alt.Color(
                "jenis:N",
                title=type_title,
                scale=alt.Scale(domain=types_order, scheme="tableau10"),
                legend=alt.Legend(orient="bottom", direction="horizontal", columns=2),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.15)),
        )
        .add_params(pick)
        .transform_filter(brush)
        .properties(height=180, width=width)
    )
    both = alt.vconcat(strip, histogram, spacing=18).resolve_scale(color="independent")
    return styled(both, lang=lang, meeting=meeting)


def filter_national(
    totals: pd.DataFrame, interval: tuple[float, float] | None, types: Sequence[str]
) -> pd.DataFrame:
    """The instansi a selection keeps: index within ``interval`` (both ends included) and of ``types``
    (every row when nothing is selected)."""
    keep = pd.Series(True, index=totals.index)
    if interval is not None:
        keep &= totals["indeks"].between(interval[0], interval[1])
    if types:
        keep &= totals["group_name"].isin(list(types))
    return totals[keep]


# --- merit, province: regencies linked to their aspect profile ------------------------------------


def regency_index_picker(
    table: pd.DataFrame,
    *,
    lang: str = "id",
    meeting: bool = False,
    picked: Sequence[str] = (),
) -> alt.TopLevelMixin:
    """The province's regencies as bars of their verified merit index (sorted), click or shift-click to
    select some (``REGENCY_PICK``); the others fade."""
    data = table[table["indeks"].notna()][["instansi", "indeks", "kategori", "warna"]].copy()
    data["nama"] = data["instansi"].map(short_name)
    data["indeks_text"] = data["indeks"].map(lambda v: fmt_number(v, 2, lang))
    value = [{"instansi": v} for v in picked] if picked else alt.Undefined
    pick = alt.selection_point(name=REGENCY_PICK, fields=["instansi"], value=value)
    cats = data.drop_duplicates("kategori").sort_values("indeks")
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("nama:N", sort="-x", title=None, axis=alt.Axis(labelLimit=240)),
            x=alt.X("indeks:Q", title=t("merit.linked.index", lang), axis=alt.Axis(format=".2f")),
            color=alt.Color(
                "kategori:N",
                title=t("merit.col.kategori", lang),
                scale=alt.Scale(domain=list(cats["kategori"]), range=list(cats["warna"])),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.3)),
            tooltip=[
                alt.Tooltip("instansi:N", title="Instansi"),
                alt.Tooltip("indeks_text:N", title=t("merit.linked.index", lang)),
                alt.Tooltip("kategori:N", title=t("merit.col.kategori", lang)),
            ],
        )
        .add_params(pick)
        .properties(height=(30 if meeting else 22) * len(data) + 40, width="container")
    )
    return styled(chart, lang=lang, meeting=meeting)


def aspect_profile(profile: pd.DataFrame, *, lang: str = "id", meeting: bool = False) -> alt.TopLevelMixin:
    """Aspect scores of the selected regencies (their mean) against the province's own and the aspects'
    maximums: one row per aspect, a grey bar to the maximum, the selection's dot and the province's tick.

    ``profile``: aspect, aspect_order, max_score, selected (mean over the selection, NaN = none),
    province (NaN = none)."""
    data = profile.copy()
    for col in ("max_score", "selected", "province"):
        data[f"{col}_text"] = data[col].map(lambda v: fmt_number(v, 1, lang) if not pd.isna(v) else "–")
    order = list(data.sort_values("aspect_order")["aspect"])
    y = alt.Y("aspect:N", sort=order, title=None, axis=alt.Axis(labelLimit=320))
    score_title = t("merit.linked.aspect_score", lang)
    tooltip = [
        alt.Tooltip("aspect:N", title=t("merit.linked.aspect", lang)),
        alt.Tooltip("selected_text:N", title=t("merit.linked.selected", lang)),
        alt.Tooltip("province_text:N", title=t("merit.linked.province", lang)),
        alt.Tooltip("max_score_text:N", title=t("merit.linked.max", lang)),
    ]
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    maximum = base.mark_bar(color=MAX_COLOUR, opacity=0.5, size=16).encode(
        x=alt.X("max_score:Q", title=score_title)
    )
    province = base.mark_tick(color=PROVINCE_COLOUR, thickness=3, size=24).encode(x="province:Q")
    selected = base.mark_point(filled=True, size=140, color=POINT_COLOUR, opacity=1).encode(x="selected:Q")
    chart = alt.layer(maximum, province, selected).properties(height=36 * len(data) + 30, width="container")
    return styled(chart, lang=lang, meeting=meeting)


# --- the selection in the page's address (stable keys, never translated labels) -------------------

URL_INDEX_MIN = "indeks_min"
URL_INDEX_MAX = "indeks_max"
URL_TYPE = "jenis"
URL_REGENCY = "kabupaten"


def selection_from_url(
    params: Mapping[str, Sequence[str]], *, types: Sequence[str]
) -> tuple[tuple[float, float] | None, list[str], list[str]]:
    """The national view's selection from the address: ``(interval, types, ignored)``.

    ``params`` maps a key to all its values (``indeks_min``, ``indeks_max``: numbers in 0..1, a dot or
    a comma as the decimal mark; ``jenis``, repeatable: an agency type of ``types``). A range needs both
    ends; anything unusable is left out and named in ``ignored``."""
    ignored: list[str] = []
    ends: list[float] = []
    for key in (URL_INDEX_MIN, URL_INDEX_MAX):
        raw = list(params.get(key, []))
        if not raw:
            continue
        try:
            value = float(str(raw[-1]).replace(",", "."))
        except ValueError:
            ignored.append(key)
            continue
        if not 0 <= value <= 1 or np.isnan(value):
            ignored.append(key)
            continue
        ends.append(value)
    interval = None
    if len(ends) == 2:
        interval = (min(ends), max(ends))
    elif ends:
        ignored.append(URL_INDEX_MAX if URL_INDEX_MIN in params else URL_INDEX_MIN)
    picked = [v for v in params.get(URL_TYPE, []) if v in types]
    if len(picked) < len(list(params.get(URL_TYPE, []))):
        ignored.append(URL_TYPE)
    return interval, list(dict.fromkeys(picked)), ignored


def selection_to_url(interval: tuple[float, float] | None, types: Sequence[str]) -> dict[str, list[str]]:
    """The address parameters of a national selection (empty when nothing is selected)."""
    out: dict[str, list[str]] = {}
    if interval is not None:
        out[URL_INDEX_MIN] = [f"{interval[0]:.4f}".rstrip("0").rstrip(".")]
        out[URL_INDEX_MAX] = [f"{interval[1]:.4f}".rstrip("0").rstrip(".")]
    if types:
        out[URL_TYPE] = list(types)
    return out
