"""Meeting mode's projector style (``charts.meeting_layout``) works on the figure's plain dict: the
result must equal what plotly's validated route gives (the former implementation, kept here as the
reference) for every kind of chart the app draws."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from plotly.subplots import make_subplots

from analytics.ninebox import charts
from analytics.ninebox.charts import MEETING_FONT_SCALE, MEETING_INK, MEETING_MIN_FONT
from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif
from tests.test_charts import cells, points


def reference(fig: go.Figure) -> go.Figure:
    """The projector style through plotly's validated API (the implementation before 23/11/2026)."""
    out = go.Figure(fig)
    base = out.layout.font.size or 13
    out.update_layout(
        font=dict(size=max(MEETING_MIN_FONT, round(base * MEETING_FONT_SCALE)), color=MEETING_INK),
        hoverlabel=dict(font_size=MEETING_MIN_FONT + 2),
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    if out.layout.height:
        out.update_layout(height=round(out.layout.height * 1.15))
    if out.layout.legend and out.layout.legend.font and out.layout.legend.font.size:
        out.update_layout(legend_font_size=round(out.layout.legend.font.size * MEETING_FONT_SCALE))
    for ann in out.layout.annotations or ():
        size = ann.font.size if ann.font and ann.font.size else base
        ann.update(font_size=round(size * MEETING_FONT_SCALE))
        if ann.text and "font-size:" in ann.text:
            ann.update(
                text=charts._INLINE_SIZE.sub(
                    lambda m: f"font-size:{round(int(m[1]) * MEETING_FONT_SCALE)}px", ann.text
                )
            )
    out.update_xaxes(linecolor=MEETING_INK, tickfont_color=MEETING_INK, title_font_color=MEETING_INK)
    out.update_yaxes(linecolor=MEETING_INK, tickfont_color=MEETING_INK, title_font_color=MEETING_INK)
    if out.layout.title and out.layout.title.text:
        out.update_layout(title_font=dict(size=MEETING_MIN_FONT + 2, color=MEETING_INK))
    return out


def as_json(fig: go.Figure) -> object:
    return json.loads(pio.to_json(fig, validate=False))


def subplots() -> go.Figure:
    fig = make_subplots(rows=1, cols=2, subplot_titles=("a", "b"))
    fig.add_trace(go.Bar(x=["a", "b"], y=[1, 2]), row=1, col=1)
    fig.add_trace(go.Scatter(x=[1, 2], y=[3, 4]), row=1, col=2)
    return fig.update_layout(title="Dua panel", legend=dict(font=dict(size=12)))


FIGURES = {
    "bar": lambda: go.Figure(go.Bar(x=["a", "b"], y=[3, 4])).update_layout(height=400),
    "nine-box sampled with density": lambda: charts.nine_box(
        points(400), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)}, max_points=100
    ),
    "nine-box small": lambda: charts.nine_box(
        points(30), cells=cells(), cutoffs={"kinerja": (55, 85), "potensial": (60, 80)}, lang="en"
    ),
    "box shares": lambda: charts.box_share_heatmap(
        pd.DataFrame({1: [0.1, 0.2], 5: [0.9, 0.8], "n": [10, 25]}, index=["A", "B"]), boxes=[1, 5]
    ),
    "transition matrix (a spec)": lambda: whatif_charts.transition_heatmap(
        np.random.default_rng(3).integers(0, 90, size=(10, 10)), boxes=whatif.BOXES
    ),
    "sankey (no axes)": lambda: whatif_charts.movers_sankey(
        np.random.default_rng(4).integers(0, 90, size=(10, 10)),
        boxes=whatif.BOXES,
        levels={b: (1 + (b - 1) // 3, 1 + (b - 1) % 3) for b in whatif.BOXES},
    ),  # fmt: skip
    "two subplots with a title": subplots,
    "no layout at all": lambda: go.Figure(go.Pie(labels=["a", "b"], values=[1, 2])),
}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_projector_style_equals_plotlys_validated_route(name: str) -> None:
    fig = FIGURES[name]()
    before = as_json(fig)
    styled = charts.meeting_layout(fig)
    assert as_json(styled) == as_json(reference(fig))
    assert as_json(fig) == before  # the figure passed in is not changed
    layout = styled.layout
    assert layout.font.size >= MEETING_MIN_FONT and layout.font.color == MEETING_INK
    assert layout.paper_bgcolor == "white"


def test_projector_style_enlarges_inline_sizes_in_annotations() -> None:
    fig = FIGURES["nine-box small"]()
    sized = [a.text for a in fig.layout.annotations if "font-size:10px" in (a.text or "")]
    assert sized, "the nine-box labels carry an inline font size"
    styled = charts.meeting_layout(fig)
    texts = [a.text for a in styled.layout.annotations]
    assert not any("font-size:10px" in t for t in texts if t)
    assert any(f"font-size:{round(10 * MEETING_FONT_SCALE)}px" in t for t in texts if t)
