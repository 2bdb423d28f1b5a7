"""Names from the data reach plotly escaped: plotly draws a subset of HTML in hover texts, tick labels
of category axes, legend names, annotations and Sankey labels, so a unit, instansi, province or
person typed as ``<a href=…>`` must show as typed, never as a link or markup.

Each builder gets a small frame whose text columns hold hostile values. The figure's JSON is decoded
first: plotly's ``to_json`` writes ``<`` as ``\\u003c``, so a raw ``<a href=`` would never show in the
encoded text even when it is drawn as markup."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analytics.merit import charts as merit_charts
from analytics.ninebox import charts, fairness
from analytics.talent import charts as talent_charts
from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif
from tests.test_charts import cells, points

LINK = '<a href="javascript:alert(1)">X</a>'
IMG = "<img src=x onerror=alert(1)>"
# As plotly must receive them: '<' and '>' (and '&') as entities, which plotly decodes when drawing.
LINK_SHOWN = '&lt;a href="javascript:alert(1)"&gt;X&lt;/a&gt;'
IMG_SHOWN = "&lt;img src=x onerror=alert(1)&gt;"


def drawn_text(fig: go.Figure) -> str:
    """Every string of the figure as plotly.js receives it (JSON decoded, so '<' is '<')."""
    return json.dumps(json.loads(fig.to_json()), ensure_ascii=False)


def strings(values: Iterable[object] | None) -> list[str]:
    return [str(v) for v in (values if values is not None else [])]


def cats() -> pd.DataFrame:
    """ref_merit_categories as analytics.merit.scores.categories returns it."""
    return pd.DataFrame(
        {
            "category_id": ["Buruk", "Kurang", "Baik", "Sangat Baik"],
            "category_en": ["Poor", "Fair", "Good", "Very good"],
            "lower": [0.0, 175.0, 250.0, 325.0],
            "upper": [175.0, 250.0, 325.0, 1000.0],
            "color": ["#d73027", "#fc8d59", "#91cf60", "#1a9850"],
        }
    )


# --- the builders, each with a hostile frame and where its names must show -------------------------


def box_share_heatmap() -> tuple[go.Figure, list[str]]:
    shares = pd.DataFrame({1: [0.1, 0.2], 5: [0.9, 0.8], "n": [10, 25]}, index=[LINK, IMG])
    fig = charts.box_share_heatmap(shares, boxes=[1, 5], highlight_above=0.85)
    return fig, strings(fig.data[0].y)  # the y tick labels (and the hover's %{y})


def pool_net_change() -> tuple[go.Figure, list[str]]:
    units = pd.DataFrame({"label": [LINK, IMG], "pool_before": [3, 5], "pool_after": [4, 2], "net": [1, -3]})
    fig = charts.pool_net_change(units)
    return fig, strings(fig.data[0].y)


def nine_box_colour_by_unit() -> tuple[go.Figure, list[str]]:
    pts = points(30)
    pts["unit_kerja"] = [LINK, IMG, "BKPSDM"] * 10
    fig = charts.nine_box(
        pts, cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)}, color_by="unit_kerja"
    )
    return fig, [str(tr.name) for tr in fig.data if tr.meta == "points"]  # the legend entries


def regency_dumbbell() -> tuple[go.Figure, list[str]]:
    table = pd.DataFrame(
        {
            "instansi": [f"Pemerintah {LINK}", IMG],
            "nilai_mandiri": [300.0, np.nan],
            "nilai_verifikasi": [280.0, np.nan],
            "selisih": [20.0, np.nan],
            "mandiri_state": ["ok", "missing"],
            "verifikasi_state": ["ok", "unreadable"],
        }
    )
    fig = merit_charts.regency_dumbbell(table, cats(), max_total=410.0)
    markers = [tr for tr in fig.data if tr.mode == "markers"]
    notes = [tr for tr in fig.data if tr.mode == "text"]
    shown = strings(fig.layout.yaxis.categoryarray)
    shown += [y for tr in markers + notes for y in strings(tr.y)]
    return fig, shown


def aspect_bars() -> tuple[go.Figure, list[str]]:
    aspects = pd.DataFrame(
        {
            "aspect": [LINK, IMG],
            "max_score": [40.0, 130.0],
            "score": [30.0, np.nan],
            "mandiri": [35.0, 100.0],
        }
    )
    fig = merit_charts.aspect_bars(aspects)
    return fig, strings(fig.data[0].y)


def stage_line() -> tuple[go.Figure, list[str]]:
    progression = pd.DataFrame(
        {
            "stage": [LINK, IMG],
            "total": [282.5, np.nan],
            "state": ["ok", "missing"],
            "max_total": [410.0, 410.0],
        }
    )
    fig = merit_charts.stage_line(progression, cats())
    return fig, strings(fig.data[0].x) + strings(fig.layout.xaxis.categoryarray)


def national_distribution() -> tuple[go.Figure, list[str]]:
    distribution = pd.DataFrame(
        {
            "group_name": [LINK, IMG, LINK, IMG],
            "kategori": ["Baik", "Baik", IMG, IMG],
            "kategori_en": ["Good", "Good", IMG, IMG],
            "warna": ["#91cf60", "#91cf60", "#1a9850", "#1a9850"],
            "n": [3, 4, 1, 0],
        }
    )
    fig = merit_charts.national_distribution(distribution)
    shown = strings(fig.layout.yaxis.categoryarray) + [str(tr.name) for tr in fig.data]
    return fig, shown + [y for tr in fig.data for y in strings(tr.y)]


def share_vs_target() -> tuple[go.Figure, list[str]]:
    picture = pd.DataFrame(
        {"group_name": [LINK, IMG], "share_baik_keatas": [0.5, 0.2], "target_share": [0.6, 0.4]}
    )
    fig = merit_charts.share_vs_target(picture)
    return fig, strings(fig.data[0].y) + strings(fig.data[1].y)


def provinces_bar() -> tuple[go.Figure, list[str]]:
    ranked = pd.DataFrame(
        {
            "provinsi": [LINK, IMG],
            "share_baik_keatas": [0.5, 0.25],
            "n_baik_keatas": [11, 3],
            "n_dinilai": [22, 12],
        }
    )
    fig = merit_charts.provinces_bar(ranked)
    return fig, strings(fig.data[0].y)


def period_change() -> tuple[go.Figure, list[str]]:
    comparison = pd.DataFrame({"instansi": [f"Pemerintah {LINK}", IMG], "perubahan": [12.5, -4.0]})
    fig = merit_charts.period_change(comparison)
    return fig, strings(fig.data[0].y)


def pool_share_frame() -> pd.DataFrame:
    return pd.DataFrame({"instansi": [LINK, IMG], "asn": [100, 200], "pool": [4, 30], "share": [0.04, 0.15]})


def pool_share_bars() -> tuple[go.Figure, list[str]]:
    fig = talent_charts.pool_share_bars(pool_share_frame())
    return fig, strings(fig.data[0].y)


def pool_share_bars_with_names() -> tuple[go.Figure, list[str]]:
    summary = pool_share_frame().assign(instansi=["Pemerintah Kota A", "Pemerintah Kota B"])
    names = pd.Series([LINK, IMG], index=summary.index)  # the page passes short names
    fig = talent_charts.pool_share_bars(summary, names=names)
    return fig, strings(fig.data[0].y)


def pool_by_position_bars() -> tuple[go.Figure, list[str]]:
    frame = pd.DataFrame(
        {"jenis_jabatan": [LINK, IMG], "asn": [100, 50], "pool": [10, 2], "share": [0.1, 0.04]}
    )
    fig = talent_charts.pool_by_position_bars(frame)
    return fig, strings(fig.data[0].y) + strings(fig.data[1].y)


def fairness_bars() -> tuple[go.Figure, list[str]]:
    table = pd.DataFrame(
        {"group": [LINK, IMG], "n": [40, 25], "rate_pool": [0.3, 0.1], "flag": [False, True]}
    )
    audit = fairness.Audit("provinsi", table, 0, None, None, None, None)
    fig = talent_charts.fairness_bars(audit)
    return fig, strings(fig.data[0].y)


def sensitivity_bars() -> tuple[go.Figure, list[str]]:
    frame = pd.DataFrame(
        {"component": ["kompetensi", "integritas"], "axis": ["potensial", "potensial"], "moved": [3, 5]}
    )
    fig = whatif_charts.sensitivity_bars(frame, names={"kompetensi": LINK, "integritas": IMG})
    return fig, strings(fig.data[0].y)


BUILDERS: dict[str, Callable[[], tuple[go.Figure, list[str]]]] = {
    "charts.box_share_heatmap": box_share_heatmap,
    "charts.pool_net_change": pool_net_change,
    "charts.nine_box colour by unit": nine_box_colour_by_unit,
    "merit_charts.regency_dumbbell": regency_dumbbell,
    "merit_charts.aspect_bars": aspect_bars,
    "merit_charts.stage_line": stage_line,
    "merit_charts.national_distribution": national_distribution,
    "merit_charts.share_vs_target": share_vs_target,
    "merit_charts.provinces_bar": provinces_bar,
    "merit_charts.period_change": period_change,
    "talent_charts.pool_share_bars": pool_share_bars,
    "talent_charts.pool_share_bars names": pool_share_bars_with_names,
    "talent_charts.pool_by_position_bars": pool_by_position_bars,
    "talent_charts.fairness_bars": fairness_bars,
    "whatif_charts.sensitivity_bars": sensitivity_bars,
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_hostile_names_reach_plotly_escaped(name: str) -> None:
    fig, shown = BUILDERS[name]()
    payload = drawn_text(fig)
    assert "&lt;a href=" in payload and "&lt;img" in payload
    assert "<a href=" not in payload and "<img" not in payload
    # ... and the names are still there, escaped, where the reader looks for them.
    assert any(LINK_SHOWN in s for s in shown), shown
    assert any(IMG_SHOWN in s for s in shown), shown
    assert not any("<a href=" in s or "<img" in s for s in shown), shown


# --- builders that take no text from the data -------------------------------------------------------


def test_calibration_change_and_sankey_draw_only_our_labels() -> None:
    """Box numbers, counts and analytics.labels texts: nothing from the data reaches these figures."""
    change = pd.DataFrame(
        {"box": [1, 5, 9], "before": [10, 20, 5], "after": [8, 22, 5], "change": [-2, 2, 0]}
    )
    fig = charts.calibration_change(change)
    assert [list(tr.x) for tr in fig.data] == [["Kotak 1", "Kotak 5", "Kotak 9"]] * 2
    assert [a.text for a in fig.layout.annotations] == ["<b>−2</b>", "<b>+2</b>"]  # our markup kept
    matrix = np.zeros((10, 10), dtype=np.int64)
    matrix[0, 4] = 3
    matrix[9, 8] = 2
    sankey = whatif_charts.movers_sankey(
        matrix, boxes=whatif.BOXES, levels={b: (1 + (b - 1) // 3, 1 + (b - 1) % 3) for b in whatif.BOXES}
    )
    assert list(sankey.data[0].node.label) == [
        "Kotak 1 (semula)",
        "Tak terpetakan (semula)",
        "Kotak 5 (baru)",
        "Kotak 9 (baru)",
    ]


# --- the helper -------------------------------------------------------------------------------------

_PLOTLY_ENTITIES = {"mu": "μ", "amp": "&", "lt": "<", "gt": ">", "nbsp": "\xa0", "times": "×", "plusmn": "±", "deg": "°"}  # fmt: skip
_ENTITY = re.compile(r"&(#\d+|#x[\da-fA-F]+|[a-z]+);")


def plotly_decode(text: str) -> str:
    """What plotly.js draws for a text without tags (its ``convertEntities``: numeric entities and
    only these eight named ones; ``&quot;`` stays as it is)."""

    def one(m: re.Match[str]) -> str:
        code = m[1]
        if code.startswith("#"):
            return chr(int(code[2:], 16) if code[1] == "x" else int(code[1:]))
        return _PLOTLY_ENTITIES.get(code, m[0])

    return _ENTITY.sub(one, text)


@pytest.mark.parametrize(
    "typed",
    [
        "Dinas P & K",
        'Dinas "Pendidikan"',
        "Jum'at",
        "<b>tebal</b>",
        "A &amp; B",
        "&#60;b&#62;",
        LINK,
        IMG,
        "Kab. Timor Tengah Selatan",
    ],
)
def test_plotly_text_shows_as_typed(typed: str) -> None:
    escaped = charts.plotly_text(typed)
    assert "<" not in escaped and ">" not in escaped
    assert plotly_decode(escaped) == typed


def test_plotly_text_of_missing_values_and_plain_names() -> None:
    assert charts.plotly_text(None) == "" and charts.plotly_text(pd.NA) == ""
    assert charts.plotly_text("Dinas Pendidikan") == "Dinas Pendidikan"
    assert charts.plotly_text(12) == "12"
    assert charts.plotly_text("<b>") == "&lt;b&gt;"


def test_our_own_markup_is_kept_around_escaped_names() -> None:
    fig, _ = regency_dumbbell()
    assert any(a.text.startswith("<b>") for a in fig.layout.annotations)  # category bands, bold
    assert all(tr.hovertemplate.startswith("<b>%{y}</b><br>") for tr in fig.data if tr.mode == "markers")
    nine, legend = nine_box_colour_by_unit()
    assert any(a.text.startswith("<b>Kotak 1</b><br>") for a in nine.layout.annotations)
    assert "BKPSDM" in legend
