"""AppTest: the nine-box page over a large population (more mapped employees than
charts.DENSITY_ABOVE): the density of everyone first, the sample of points when asked for (issue 18:
the WebGL points' first draw held the page's first view back)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import pytest

from analytics.core.formats import fmt_number
from analytics.ninebox import charts
from tests.pages.apptest import rerun, start_app
from tests.stores import demo_file

EMPLOYEES = 60_000  # per period; more than charts.DENSITY_ABOVE mappable


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file(tmp_path_factory.mktemp("large") / "large.duckdb", EMPLOYEES)


def drawn_points(at) -> int:  # type: ignore[no-untyped-def]
    """Points of the nine-box chart's sample (traces marked "points") in the figure sent to the browser."""
    spec = json.loads(next(c.proto.spec for c in at.get("plotly_chart") if "points" in c.proto.spec))
    return sum(_length(t.get("x")) for t in spec["data"] if t.get("meta") == "points")


def _length(values: object) -> int:
    """A trace's number of values: a list, or plotly's typed array ({dtype, bdata: base64})."""
    if isinstance(values, dict):
        return len(np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]))
    return len(values) if isinstance(values, list) else 0


def test_a_large_population_shows_the_density_first_and_the_points_on_demand(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = start_app(large_db, monkeypatch, "app_pages/ninebox.py")
    assert charts.DENSITY_ABOVE < EMPLOYEES
    assert drawn_points(at) == 0
    spec = next(c.proto.spec for c in at.get("plotly_chart") if "Kepadatan seluruh" in c.proto.spec)
    assert "heatmap" in spec  # the density layer of everyone
    assert any(
        c.value.startswith("Populasi besar") and "tampilkan sampel titik" in c.value for c in at.caption
    )
    toggle = at.toggle(key="nb_points")
    assert toggle.value is False and toggle.label == "Tampilkan sampel titik pegawai"
    toggle.set_value(True)
    rerun(at)
    shown = drawn_points(at)
    assert 0 < shown <= charts.MAX_POINTS  # the seeded sample (within the payload budget), selectable
    title = f"Sampel acak {fmt_number(shown, 0, 'id')} dari"
    assert any(title in c.proto.spec for c in at.get("plotly_chart"))
