"""Charts built from plain specs without plotly's validation (``charts.figure_from_spec``) are exactly
what plotly would validate: rebuilding each through ``go.Figure`` (which validates every property)
raises nothing and gives the same JSON."""

from __future__ import annotations

import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from analytics.ninebox import charts
from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif


def validated_json(fig: go.Figure) -> object:
    return json.loads(pio.to_json(go.Figure(fig.to_dict()), validate=False))


MATRICES = {
    "random": np.random.default_rng(7).integers(0, 900, size=(10, 10)),
    "nobody moved": np.diag(np.arange(1, 11)),
    "empty": np.zeros((10, 10), dtype=int),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", sorted(MATRICES))
def test_transition_matrix_spec_is_valid_and_unchanged_by_validation(name: str, lang: str) -> None:
    fig = whatif_charts.transition_heatmap(MATRICES[name], boxes=whatif.BOXES, lang=lang)
    assert json.loads(pio.to_json(fig, validate=False)) == validated_json(fig)
    heatmap = fig.data[0]
    assert heatmap.type == "heatmap" and len(heatmap.x) == 10
    assert isinstance(heatmap.colorscale[0], tuple | list)  # spelled out: plotly.js has no 'OrRd'


def test_an_invalid_spec_is_caught_by_the_check() -> None:
    """The check above can fail: a property plotly does not know passes figure_from_spec unchecked,
    and the validated rebuild refuses it."""
    fig = charts.figure_from_spec([{"type": "heatmap", "z": [[1]], "colour": "red"}], {"height": 300})
    assert fig.to_dict()["data"][0]["colour"] == "red"
    with pytest.raises(ValueError, match="colour"):
        validated_json(fig)


NINE_BOX_CASES = {
    "sampled over a density layer": dict(max_points=100, n=400),
    "everyone, English": dict(n=30, lang="en", cutoffs={"kinerja": (55, 85), "potensial": (60, 80)}),
    "masked, many points": dict(n=3500, show_identity=False),
    "coloured by an attribute": dict(n=200, color_by="jenis_kelamin"),
    "with calibrated people": dict(n=50, calibrated=True),
}


@pytest.mark.parametrize("name", sorted(NINE_BOX_CASES))
def test_nine_box_spec_is_valid_and_unchanged_by_validation(name: str) -> None:
    from tests.test_charts import cells, points

    case = dict(NINE_BOX_CASES[name])
    frame = points(int(case.pop("n")))
    if case.pop("calibrated", False):
        frame = frame.assign(
            calibrated=[i % 7 == 0 for i in range(len(frame))],
            computed_box=frame["box"],
            calibrated_box=frame["box"],
        )
    case.setdefault("cutoffs", {"kinerja": (60, 80), "potensial": (60, 80)})
    fig = charts.nine_box(frame, cells=cells(), **case)
    assert json.loads(pio.to_json(fig, validate=False)) == validated_json(fig)
    assert charts.points_drawn(fig) > 0
    assert {trace.meta for trace in fig.data} >= {"points", "legend"}
