"""Figure builders for the talent-pool and fairness pages: pure functions from frames to plotly figures.

Numbers use the language's separators (Indonesian 1.234,5); group sizes are always on the bars.
Fairness charts receive only the groups the audit shows (at least 5 people), never the suppressed ones.
Names from the data (instansi, position types, provinces and regencies of the fairness groups) reach
plotly through ``charts.plotly_text``: plotly draws them as HTML otherwise.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.core.formats import fmt_number, fmt_percent, plotly_separators
from analytics.labels import t
from analytics.ninebox import fairness
from analytics.ninebox.charts import plotly_text
from analytics.talent.succession import POOL_TARGET

POOL_COLOUR = "#2e7d32"
OTHER_COLOUR = "#9e9e9e"
FLAG_COLOUR = "#e65100"
OK_COLOUR = "#1565c0"
TARGET_COLOUR = "rgba(46, 125, 50, 0.12)"
LINE_COLOUR = "#6b6b6b"
ROW_HEIGHT = 34


def _layout(fig: go.Figure, *, height: int, lang: str) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 30, "t": 30, "b": 40},
        separators=plotly_separators(lang),
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.15},
        font={"size": 14},
    )
    return fig


def pool_share_bars(summary: pd.DataFrame, *, lang: str = "id", names: pd.Series | None = None) -> go.Figure:
    """Talent-pool share of each instansi's ASN as horizontal bars, the recommended 5-10% as a band."""
    frame = summary.sort_values("share", ascending=True, na_position="first")
    labels = [
        plotly_text(n) for n in (names if names is not None else frame["instansi"]).reindex(frame.index)
    ]
    low, high = POOL_TARGET
    # seed 002/003: "at least 5-10%": below the band is the warning, above it is fine
    colours = [FLAG_COLOUR if s < low else POOL_COLOUR for s in frame["share"].fillna(0)]
    text = [
        t(
            "tchart.pool_text",
            lang,
            share=fmt_percent(s, 1, lang),
            pool=fmt_number(p, 0, lang),
            asn=fmt_number(a, 0, lang),
        )
        for s, p, a in zip(frame["share"], frame["pool"], frame["asn"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=frame["share"],
            y=labels,
            orientation="h",
            marker_color=colours,
            text=text,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.add_vrect(x0=low, x1=high, fillcolor=TARGET_COLOUR, line_width=0, layer="below")
    fig.add_annotation(
        x=(low + high) / 2, y=1.02, yref="paper", showarrow=False, font={"color": POOL_COLOUR, "size": 12},
        text=t("tchart.pool_target", lang, low=fmt_percent(low, 0, lang), high=fmt_percent(high, 0, lang)),
    )  # fmt: skip
    top = max(float(frame["share"].max() or 0), high) * 1.45
    fig.update_xaxes(range=[0, top], tickformat=".0%", title=t("tchart.pool_axis", lang), gridcolor="#eeeeee")
    fig.update_yaxes(automargin=True)
    return _layout(fig, height=max(220, 80 + ROW_HEIGHT * len(frame)), lang=lang)


def pool_by_position_bars(frame: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Per position type: employees in the pool and the rest, stacked, with the pool share as text."""
    rest = frame["asn"] - frame["pool"]
    groups = [plotly_text(g) for g in frame["jenis_jabatan"]]  # as the employee rows write them
    fig = go.Figure()
    fig.add_bar(
        y=groups, x=frame["pool"], orientation="h", name=t("tchart.in_pool", lang),
        marker_color=POOL_COLOUR,
        text=[fmt_percent(s, 1, lang) for s in frame["share"]], textposition="inside",
    )  # fmt: skip
    fig.add_bar(
        y=groups, x=rest, orientation="h", name=t("tchart.not_in_pool", lang),
        marker_color=OTHER_COLOUR,
    )  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=t("tchart.employees", lang), gridcolor="#eeeeee")
    return _layout(fig, height=max(220, 100 + ROW_HEIGHT * len(frame)), lang=lang)


def fairness_bars(result: fairness.Audit, *, lang: str = "id") -> go.Figure:
    """One attribute's groups: the rate of reaching boxes 7-8-9 per group (n on each bar) with its 95 %
    Wilson interval, groups below 0.8 of the highest rate in orange, a dashed line at 0.8 of the highest
    rate. The page draws the altair interval chart; this figure is its PNG download."""
    table = result.table
    labels = [  # groups are values from the data (a province, a regency): escaped for plotly
        f"{plotly_text(fairness.group_label(result.attribute, str(g), lang))} (n={fmt_number(int(n), 0, lang)})"
        for g, n in zip(table["group"], table["n"], strict=True)
    ]
    colours = [FLAG_COLOUR if f else OK_COLOUR for f in table["flag"]]
    fig = go.Figure(
        go.Bar(
            x=table["rate_pool"],
            y=labels,
            orientation="h",
            marker_color=colours,
            error_x={  # the 95 % Wilson interval (fairness.wilson_interval)
                "type": "data",
                "symmetric": False,
                "array": (table["pool_hi"] - table["rate_pool"]).tolist(),
                "arrayminus": (table["rate_pool"] - table["pool_lo"]).tolist(),
                "color": LINE_COLOUR,
            }
            if "pool_lo" in table
            else None,
            text=[fmt_percent(r, 1, lang) for r in table["rate_pool"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    top = float(table["rate_pool"].max()) if len(table) else 0.0
    if top > 0 and len(table) >= 2:
        line = top * fairness.RATIO_WARNING
        fig.add_vline(x=line, line_dash="dash", line_color=LINE_COLOUR)
        fig.add_annotation(
            x=line, y=1.0, yref="paper", yanchor="bottom", showarrow=False,
            text=t("tchart.fair_line", lang, ratio=fmt_number(fairness.RATIO_WARNING, 1, lang)),
            font={"color": LINE_COLOUR, "size": 12},
        )  # fmt: skip
    fig.update_xaxes(
        range=[
            0,
            max(float(table["pool_hi"].max()) if "pool_hi" in table and len(table) else top, top, 0.01) * 1.3,
        ],
        tickformat=".0%",
        title=t("tchart.fair_axis", lang),
        gridcolor="#eeeeee",
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    return _layout(fig, height=max(200, 90 + ROW_HEIGHT * len(table)), lang=lang)
