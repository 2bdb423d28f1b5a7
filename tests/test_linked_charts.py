"""The altair builders of the linked views and the fairness intervals, and the selection state they
hand to Python and to the address."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pytest

from analytics.merit import linked as linked_charts
from analytics.ninebox import fairness
from analytics.talent import fairness_chart


def totals() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "instansi": ["Kab A", "Kab B", "Prov C", "Kementerian D", "Kab E"],
            "group_name": ["Kabupaten/Kota", "Kabupaten/Kota", "Provinsi", "Kementerian", "Kabupaten/Kota"],
            "indeks": [0.42, 0.61, 0.70, 0.85, np.nan],
            "kategori": ["Buruk", "Baik", "Baik", "Sangat Baik", None],
            "warna": ["#d73027", "#91cf60", "#91cf60", "#1a9850", None],
        }
    )


def spec(chart: Any) -> dict[str, Any]:
    return json.loads(chart.to_json())


def test_streamlit_selection_state_becomes_an_interval_and_types() -> None:
    state = {
        "selection": {
            linked_charts.BRUSH: {"indeks": [0.75, 0.5]},
            linked_charts.TYPE_PICK: [{"jenis": "Provinsi"}, {"jenis": "Kementerian"}],
        }
    }
    assert linked_charts.selected_interval(state) == (0.5, 0.75)
    assert linked_charts.selected_points(state, linked_charts.TYPE_PICK, "jenis") == [
        "Provinsi",
        "Kementerian",
    ]
    empty = {"selection": {linked_charts.BRUSH: {}, linked_charts.TYPE_PICK: []}}
    assert linked_charts.selected_interval(empty) is None
    assert linked_charts.selected_points(empty, linked_charts.TYPE_PICK, "jenis") == []
    assert linked_charts.selected_interval(None) is None


def test_filter_national_keeps_the_range_and_the_types() -> None:
    frame = totals()
    assert list(linked_charts.filter_national(frame, (0.6, 0.85), [])["instansi"]) == [
        "Kab B",
        "Prov C",
        "Kementerian D",
    ]
    assert list(linked_charts.filter_national(frame, (0.6, 0.85), ["Provinsi"])["instansi"]) == ["Prov C"]
    assert len(linked_charts.filter_national(frame, None, [])) == len(frame)


def test_the_url_round_trip_and_what_it_ignores() -> None:
    params = linked_charts.selection_to_url((0.5, 0.75), ["Provinsi"])
    assert params == {"indeks_min": ["0.5"], "indeks_max": ["0.75"], "jenis": ["Provinsi"]}
    types = ["Kabupaten/Kota", "Provinsi"]
    assert linked_charts.selection_from_url(params, types=types) == ((0.5, 0.75), ["Provinsi"], [])
    assert linked_charts.selection_to_url(None, []) == {}
    bad = {"indeks_min": ["x"], "indeks_max": ["2"], "jenis": ["Planet", "Provinsi"]}
    assert linked_charts.selection_from_url(bad, types=types) == (
        None,
        ["Provinsi"],
        ["indeks_min", "indeks_max", "jenis"],
    )
    one_end = {"indeks_min": ["0,4"]}  # a decimal comma is fine, but a range needs both ends
    assert linked_charts.selection_from_url(one_end, types=types) == (None, [], ["indeks_max"])


def test_national_chart_declares_the_brush_and_the_type_pick_and_starts_from_the_url() -> None:
    chart = linked_charts.national_index(totals(), interval=(0.5, 0.8), types=["Provinsi"])
    full = spec(chart)
    declared = full.get("params", []) + [p for view in full["vconcat"] for p in view.get("params", [])]
    params = {p["name"]: p for p in declared}
    assert params[linked_charts.BRUSH]["select"]["type"] == "interval"
    assert params[linked_charts.BRUSH]["value"] == {"x": [0.5, 0.8]}
    assert params[linked_charts.TYPE_PICK]["bind"] == "legend"
    assert params[linked_charts.TYPE_PICK]["value"] == [{"jenis": "Provinsi"}]
    data = spec(chart)["datasets"]
    assert all(row["instansi"] != "Kab E" for rows in data.values() for row in rows)  # no index: not drawn
    assert spec(chart)["config"]["locale"]["number"]["decimal"] == ","


def test_fairness_chart_draws_each_rate_as_a_dot_on_its_interval() -> None:
    result = _two_groups()
    frame = fairness_chart.fairness_frame(result, "id")
    pool = frame[(frame["measure"] == "pool")].set_index("group")
    assert pool.loc["Perempuan (n=100)", "ci_text"] == "5,5–17,4%"
    assert pool.loc["Perempuan (n=100)", "state"] == "unclear"
    chart = fairness_chart.fairness_intervals(result, lang="id")
    panels = chart["hconcat"]
    assert len(panels) == 3
    marks = [[layer["mark"]["type"] for layer in p["layer"]] for p in panels]
    assert marks[0] == ["rule", "point"] and marks[2] == ["rule", "point", "rule"]  # 0.8 line on the ratio
    assert panels[0]["layer"][0]["encoding"]["x2"]["field"] == "hi"
    meeting = fairness_chart.fairness_intervals(result, lang="en", meeting=True)
    assert meeting["config"]["axis"]["labelFontSize"] >= 18


def _two_groups() -> fairness.Audit:
    table = pd.DataFrame({"group": ["L", "P"], "n": [100, 100], "n_pool": [20, 10], "n_box1": [5, 0]})
    table["rate_pool"] = table["n_pool"] / table["n"]
    table["rate_box1"] = table["n_box1"] / table["n"]
    table["ratio"] = table["rate_pool"] / table["rate_pool"].max()
    table["flag"] = table["ratio"] < 0.8
    table["pool_lo"], table["pool_hi"] = fairness.wilson_interval(table["n_pool"], table["n"])
    table["box1_lo"], table["box1_hi"] = fairness.wilson_interval(table["n_box1"], table["n"])
    lo, hi = fairness.ratio_interval(table["n_pool"], table["n"], 20, 100)
    table["ratio_lo"], table["ratio_hi"] = [np.nan, lo[1]], [np.nan, hi[1]]
    table["ratio_unclear"] = [False, True]
    return fairness.Audit("jenis_kelamin", table, 0, 0.05, "chi2", None, None)


def _altair_intervals(result: fairness.Audit, *, lang: str, meeting: bool) -> Any:
    """The chart as it was built with altair before the page drew a plain spec (the reference)."""
    import altair as alt

    from analytics.labels import t

    frame = fairness_chart.fairness_frame(result, lang)
    order = list(dict.fromkeys(frame["group"]))
    colour = alt.Color(
        "state:N",
        scale=alt.Scale(domain=["ok", "flag", "unclear"], range=["#1565c0", "#e65100", "#8d6e63"]),
        legend=None,
    )
    tooltip = [
        alt.Tooltip("group:N", title=t("fair.col.group", lang)),
        alt.Tooltip("value_text:N", title=t("fair.chart.rate", lang)),
        alt.Tooltip("ci_text:N", title="IK 95 %" if lang == "id" else "95 % CI"),
    ]
    height = max(90, 34 * len(order))
    panels = []
    for i, (measure, title, fmt) in enumerate(
        (
            ("pool", t("fair.chart.pool", lang), ".0%"),
            ("box1", t("fair.chart.box1", lang), ".0%"),
            ("ratio", t("fair.col.ratio", lang), ".1f"),
        )
    ):
        data = frame[frame["measure"] == measure]
        y = alt.Y(
            "group:N", sort=order, title=None, axis=alt.Axis(labels=i == 0, ticks=i == 0, labelLimit=260)
        )
        base = alt.Chart(data, title=title).encode(y=y, tooltip=tooltip)
        interval = base.mark_rule(strokeWidth=3, opacity=0.7).encode(
            x=alt.X("lo:Q", title=None, axis=alt.Axis(format=fmt)), x2="hi:Q", color=colour
        )
        dot = base.mark_point(filled=True, size=90, opacity=1).encode(x="value:Q", color=colour)
        layers: list[Any] = [interval, dot]
        if measure == "ratio":
            line = pd.DataFrame({"x": [fairness.RATIO_WARNING]})
            layers.append(
                alt.Chart(line).mark_rule(strokeDash=[5, 4], color="#6b6b6b", strokeWidth=2).encode(x="x:Q")
            )
        panels.append(alt.layer(*layers).properties(width=230, height=height))
    return linked_charts.styled(alt.hconcat(*panels, spacing=12), lang=lang, meeting=meeting)


def _inline(chart: dict[str, Any]) -> dict[str, Any]:
    """A spec with its named datasets written in place and the theme's view size left out."""
    chart = json.loads(json.dumps(chart))
    named = chart.pop("datasets", {})
    chart.pop("$schema", None)
    chart.get("config", {}).pop("view", None)

    def walk(x: Any) -> Any:
        if isinstance(x, dict):
            if set(x) == {"name"} and x["name"] in named:
                return {"values": named[x["name"]]}
            return {k: walk(v) for k, v in x.items()}
        return [walk(v) for v in x] if isinstance(x, list) else x

    return dict(walk(chart))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("meeting", [False, True])
def test_fairness_spec_is_the_altair_chart_and_valid_vega_lite(lang: str, meeting: bool) -> None:
    import altair as alt

    one = _two_groups()
    nan_ratio = one.table.assign(ratio=[np.nan, np.nan], flag=[False, False], ratio_unclear=[False, False])
    for result in (one, fairness.Audit("age_band", nan_ratio, 2, None, None, None, None)):
        mine = fairness_chart.fairness_intervals(result, lang=lang, meeting=meeting)
        assert mine == json.loads(json.dumps(mine))  # plain JSON values (no numpy, no NaN)
        assert _inline(mine) == _inline(spec(_altair_intervals(result, lang=lang, meeting=meeting)))
        alt.HConcatChart.from_dict(mine, validate=True)  # the Vega-Lite schema accepts it
    with pytest.raises(Exception, match="nonsense"):
        alt.HConcatChart.from_dict({**mine, "hconcat": [{"mark": "nonsense"}]}, validate=True)


@pytest.mark.parametrize("picked", [[], ["Pemerintah Kota Kupang"]])
def test_regency_picker_and_aspect_profile(picked: list[str]) -> None:
    table = pd.DataFrame(
        {
            "instansi": ["Pemerintah Kota Kupang", "Pemerintah Kabupaten Ende"],
            "indeks": [0.68, 0.4],
            "kategori": ["Baik", "Buruk"],
            "warna": ["#91cf60", "#d73027"],
        }
    )
    chart = spec(linked_charts.regency_index_picker(table, picked=picked))
    param = chart["params"][0]
    assert param["name"] == linked_charts.REGENCY_PICK and param["select"]["fields"] == ["instansi"]
    assert param.get("value", []) == [{"instansi": n} for n in picked]
    profile = pd.DataFrame(
        {
            "aspect_order": [1, 2],
            "aspect": ["A", "B"],
            "max_score": [30.0, 40.0],
            "selected": [20.0, np.nan],
            "province": [25.0, 30.0],
        }
    )
    layers = spec(linked_charts.aspect_profile(profile))["layer"]
    assert [layer["mark"]["type"] for layer in layers] == ["bar", "tick", "point"]
