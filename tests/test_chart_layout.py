"""Charts as the deck draws them (kaleido, with Streamlit's plotly template that importing streamlit
makes the default): an axis title never overlaps its tick labels (issue 19.10)."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import plotly.io as pio
import pytest

from analytics.core.export import figure_png
from analytics.ninebox import charts


def _title_and_ticks(svg: str) -> tuple[float, float, list[tuple[float, float]]]:
    """(title top, title baseline) and each x tick label's (top, baseline), in page pixels."""
    m = re.search(
        r'class="g-xtitle"(?: transform="translate\(([-\d.]+),([-\d.]+)\)")?><text class="xtitle"[^>]* y="([-\d.]+)"'
        r"[^>]*font-size: ([\d.]+)px",
        svg,
    )
    assert m, "no x axis title"
    base = float(m[2] or 0) + float(m[3])
    ticks = [
        (float(y) - 0.8 * float(size), float(y))  # cap height ≈ 0.8 em
        for y, size in re.findall(r'<g class="xtick"><text[^>]* y="([-\d.]+)"[^>]*font-size: ([\d.]+)px', svg)
    ]
    return base - 0.8 * float(m[4]), base, ticks


@pytest.mark.parametrize("template", ["plotly", "streamlit"])
def test_box_share_heatmap_title_clears_its_ticks(template: str) -> None:
    import streamlit.elements.plotly_chart  # noqa: F401 - registers the 'streamlit' template

    shares = pd.DataFrame(
        {b: [0.1] * 12 for b in range(1, 10)} | {"n": [10] * 12}, index=[f"U{i}" for i in range(12)]
    )
    fig = charts.box_share_heatmap(shares, boxes=list(range(1, 10)), n_column="n")
    fig.update_layout(template=template)
    figure_png(fig)  # starts kaleido's server once
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        svg = pio.to_image(fig, format="svg", width=1400).decode()
    top, base, ticks = _title_and_ticks(svg)
    assert len(ticks) == 9
    assert top >= 0  # the title is on the image
    assert all(base + 2 <= tick_top for tick_top, _ in ticks), (base, ticks)  # side="top": title above ticks
