"""The fairness page's interval chart as a Vega-Lite spec (a dict), built without altair.

Why not altair: the page draws one chart per attribute on its first view, and building, validating and
converting five altair charts (plus importing altair) took about 1 s of the 2 s a first view may take
on the national demo. The spec here is what ``alt.hconcat(...).to_dict()`` gave for the same chart
(tests/test_linked_charts.py compares the two and validates this one against the Vega-Lite schema);
Streamlit draws it with ``st.vega_lite_chart``. No streamlit import.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from analytics.core.formats import fmt_number, fmt_percent
from analytics.labels import t
from analytics.ninebox import fairness

POINT_COLOUR = "#1565c0"
FLAG_COLOUR = "#e65100"
UNCLEAR_COLOUR = "#8d6e63"
RULE_COLOUR = "#6b6b6b"
NUMBER_LOCALE = {
    "id": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["Rp", ""]},
}
PANEL_WIDTH = 230


def fairness_frame(result: fairness.Audit, lang: str = "id") -> pd.DataFrame:
    """One row per shown group and measure (pool rate, box-1 rate, ratio to the highest): the value,
    its 95 % interval, the flag state and the texts a tooltip shows (Indonesian number format)."""
    rows: list[dict[str, Any]] = []
    for _, g in result.table.iterrows():
        label = fairness.group_label(result.attribute, str(g["group"]), lang)
        n = fmt_number(int(g["n"]), 0, lang)
        state = "unclear" if g["ratio_unclear"] else ("flag" if g["flag"] else "ok")
        for measure, value, lo, hi in (
            ("pool", g["rate_pool"], g["pool_lo"], g["pool_hi"]),
            ("box1", g["rate_box1"], g["box1_lo"], g["box1_hi"]),
            ("ratio", g["ratio"], g["ratio_lo"], g["ratio_hi"]),
        ):
            pct = measure != "ratio"
            rows.append(
                {
                    "group": f"{label} (n={n})",
                    "measure": measure,
                    "value": float(value) if not pd.isna(value) else np.nan,
                    "lo": float(lo) if not pd.isna(lo) else np.nan,
                    "hi": float(hi) if not pd.isna(hi) else np.nan,
                    "state": state if measure != "box1" else "ok",
                    "value_text": (fmt_percent(value, 1, lang) if pct else fmt_number(value, 2, lang))
                    if not pd.isna(value)
                    else "–",
                    "ci_text": fairness.fmt_interval(lo, hi, lang, percent=pct),
                    "n": int(g["n"]),
                }
            )
    return pd.DataFrame(rows)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON values (NaN as null), as altair's data transformer writes them."""
    out = []
    for row in frame.to_dict("records"):
        out.append(
            {str(k): None if isinstance(v, float) and math.isnan(v) else _plain(v) for k, v in row.items()}
        )
    return out


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def fairness_intervals(result: fairness.Audit, *, lang: str = "id", meeting: bool = False) -> dict[str, Any]:
    """One attribute's groups in three panels sharing the group axis: the rate of boxes 7-8-9, the rate
    of box 1 (each a dot with its 95 % Wilson interval as a rule) and the ratio to the highest group
    with its 95 % Katz interval against a dashed rule at 0.8. Flagged groups orange, unclear brown."""
    frame = fairness_frame(result, lang)
    order = list(dict.fromkeys(frame["group"])) if len(frame) else []
    colour = {
        "field": "state",
        "legend": None,
        "scale": {"domain": ["ok", "flag", "unclear"], "range": [POINT_COLOUR, FLAG_COLOUR, UNCLEAR_COLOUR]},
        "type": "nominal",
    }
    tooltip = [
        {"field": "group", "title": t("fair.col.group", lang), "type": "nominal"},
        {"field": "value_text", "title": t("fair.chart.rate", lang), "type": "nominal"},
        {"field": "ci_text", "title": "IK 95 %" if lang == "id" else "95 % CI", "type": "nominal"},
    ]
    height = max(90, 34 * len(order))
    panels: list[dict[str, Any]] = []
    for i, (measure, title, fmt) in enumerate(
        (
            ("pool", t("fair.chart.pool", lang), ".0%"),
            ("box1", t("fair.chart.box1", lang), ".0%"),
            ("ratio", t("fair.col.ratio", lang), ".1f"),
        )
    ):
        data = {"values": _records(frame[frame["measure"] == measure] if len(frame) else frame)}
        y = {
            "axis": {"labelLimit": 260, "labels": i == 0, "ticks": i == 0},
            "field": "group",
            "sort": order,
            "title": None,
            "type": "nominal",
        }
        interval = {
            "mark": {"type": "rule", "opacity": 0.7, "strokeWidth": 3},
            "encoding": {
                "color": colour,
                "tooltip": tooltip,
                "x": {"axis": {"format": fmt}, "field": "lo", "title": None, "type": "quantitative"},
                "x2": {"field": "hi"},
                "y": y,
            },
            "title": title,
        }
        dot = {
            "mark": {"type": "point", "filled": True, "opacity": 1, "size": 90},
            "encoding": {
                "color": colour,
                "tooltip": tooltip,
                "x": {"field": "value", "type": "quantitative"},
                "y": y,
            },
            "title": title,
        }
        panel: dict[str, Any] = {"layer": [interval, dot], "height": height, "width": PANEL_WIDTH}
        if measure == "ratio":  # the 0.8 line has data of its own: each layer carries its data
            line = {
                "data": {"values": [{"x": fairness.RATIO_WARNING}]},
                "mark": {"type": "rule", "color": RULE_COLOUR, "strokeDash": [5, 4], "strokeWidth": 2},
                "encoding": {"x": {"field": "x", "type": "quantitative"}},
            }
            panel["layer"] = [{"data": data, **interval}, {"data": data, **dot}, line]
        else:
            panel["data"] = data
        panels.append(panel)
    axis = (
        {"labelFontSize": 18, "titleFontSize": 20, "labelColor": "#000", "titleColor": "#000"}
        if meeting
        else {"labelFontSize": 12, "titleFontSize": 13}
    )
    config: dict[str, Any] = {
        "axis": axis,
        "locale": {"number": NUMBER_LOCALE.get(lang, NUMBER_LOCALE["id"])},
    }
    if meeting:
        config |= {
            "legend": {"labelFontSize": 18, "titleFontSize": 20},
            "header": {"labelFontSize": 20, "titleFontSize": 20},
            "title": {"fontSize": 22},
        }
    return {"config": config, "hconcat": panels, "spacing": 12}
