"""Pure figure builders: data frames in, plotly figures out. Pages only render them.

Numbers follow the reader's language (``separators`` ',.' in Indonesian: 1.234,5). Every text comes
from ``analytics.labels``. The nine-box scatter keeps its browser payload bounded: above
``DENSITY_ABOVE`` points it draws a density layer of all points plus a seeded random sample, sized so
the hover texts fit ``PAYLOAD_BUDGET`` (at most ``MAX_POINTS`` points).
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analytics.core.formats import fmt_number, fmt_percent, plotly_separators
from analytics.core.masking import initials, mask_nip  # re-exported: older callers import them from here
from analytics.labels import t

MAX_POINTS = 20_000  # points drawn at most (a seeded sample above that)
DENSITY_ABOVE = 50_000  # above this many points: density layer + sample
PAYLOAD_BUDGET = 1_500_000  # bytes the point traces may take in the figure JSON
# Identical (x, y) pairs are spread by at most this many score points so each stays hoverable; the
# hover always shows the real scores. Distinct points are never moved.
JITTER = 0.3
DENSITY_BIN = 2.0
MAX_COLOR_VALUES = 12  # colour-by: the largest values get their own trace, the rest one "other" trace

# Colour per cell (kinerja_level, potensial_level), so both numbering schemes look alike: reds and
# oranges below expectation, blues/browns in the middle, greens for the talent pool cells.
CELL_COLORS: dict[tuple[int, int], str] = {
    (1, 1): "#c62828",
    (1, 2): "#ef6c00",
    (1, 3): "#ad1457",
    (2, 1): "#8d6e63",
    (2, 2): "#3f51b5",
    (3, 1): "#00838f",
    (2, 3): "#7cb342",
    (3, 2): "#43a047",
    (3, 3): "#1b5e20",
}
ATTRIBUTE_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939",
)  # fmt: skip
OTHER_COLOR = "#9e9e9e"
CALIBRATED_COLOR = "#000000"
POOL_FILL = "rgba(67, 160, 71, 0.10)"
POOL_LINE = "#2e7d32"
BOX_GREY = "#90a4ae"  # Beranda's bars of the boxes outside the talent pool
GRID_LINE = "#37474f"
HOVER_COLUMNS = ("nama", "nip", "jabatan", "unit_kerja")
# Meeting mode on a projector: type this much larger, text and lines black on white.
MEETING_FONT_SCALE = 1.45
MEETING_MIN_FONT = 18
MEETING_INK = "#000000"
_INLINE_SIZE = re.compile(r"font-size:(\d+)px")
_AXIS_KEY = re.compile(r"^[xy]axis\d*$")

__all__ = [
    "initials", "mask_nip", "meeting_layout", "nine_box", "box_share_heatmap", "calibration_change", "plotly_text",
]  # fmt: skip


def figure_from_spec(data: Sequence[Mapping[str, Any]], layout: Mapping[str, Any]) -> go.Figure:
    """A plotly figure from plain trace and layout dicts, built without plotly's per-property
    validation: the transition matrix redrawn on every what-if slider move builds in about 2 ms this
    way against 45 ms through ``go.Heatmap`` and ``update_layout``. The specs are what plotly would
    validate; tests/test_figure_specs.py validates every chart built this way and compares the two."""
    return go.Figure({"data": [dict(trace) for trace in data], "layout": dict(layout)}, _validate=False)


def meeting_layout(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` for a projector (meeting mode): every font larger (at least
    MEETING_MIN_FONT, annotations scaled by MEETING_FONT_SCALE), black text, black axis lines and a
    white background, a taller figure so the larger labels still fit.

    Works on the figure's plain dict and rebuilds it unvalidated (``figure_from_spec``): the values
    set here are plotly's own names, and the copy through plotly's validation cost ≈ 0,3 s a chart
    on every meeting-mode run. tests/test_charts_meeting.py checks the result against plotly's
    validated ``update_layout`` route for each of the app's chart builders."""
    spec = fig.to_dict()  # a deep copy: the caller's figure is left as it is
    layout: dict[str, Any] = spec["layout"]
    font = layout.setdefault("font", {})
    base = font.get("size") or 13
    font.update(size=max(MEETING_MIN_FONT, round(base * MEETING_FONT_SCALE)), color=MEETING_INK)
    layout.setdefault("hoverlabel", {}).setdefault("font", {})["size"] = MEETING_MIN_FONT + 2
    layout.update(paper_bgcolor="white", plot_bgcolor="white")
    if layout.get("height"):
        layout["height"] = round(layout["height"] * 1.15)
    legend_font = (layout.get("legend") or {}).get("font") or {}
    if legend_font.get("size"):
        legend_font["size"] = round(legend_font["size"] * MEETING_FONT_SCALE)
    for ann in layout.get("annotations") or ():
        ann_font = ann.setdefault("font", {})
        ann_font["size"] = round((ann_font.get("size") or base) * MEETING_FONT_SCALE)  # colours kept
        if ann.get("text") and "font-size:" in ann["text"]:
            ann["text"] = _INLINE_SIZE.sub(
                lambda m: f"font-size:{round(int(m[1]) * MEETING_FONT_SCALE)}px", ann["text"]
            )
    axes = [key for key in layout if _AXIS_KEY.match(key)]
    for key in axes or ("xaxis", "yaxis"):  # plotly's update_xaxes/update_yaxes touch the first ones
        axis = layout.setdefault(key, {})
        axis["linecolor"] = MEETING_INK
        axis.setdefault("tickfont", {})["color"] = MEETING_INK
        raw = axis.get("title")
        axis_title: dict[str, Any] = {"text": raw} if isinstance(raw, str) else (raw or {})
        axis["title"] = axis_title
        axis_title.setdefault("font", {})["color"] = MEETING_INK
    title = layout.get("title")
    if title == {}:
        del layout["title"]  # as plotly's copy drops it
    if isinstance(title, dict) and title.get("text"):
        title["font"] = {**(title.get("font") or {}), "size": MEETING_MIN_FONT + 2, "color": MEETING_INK}
    return figure_from_spec(spec.get("data") or [], layout)


def _edges(cut: tuple[float | None, float | None]) -> tuple[float, float, float, float]:
    low, high = cut
    high_v = 100.0 if high is None else float(high)
    low_v = high_v if low is None else float(low)
    return 0.0, low_v, high_v, 100.0


def _wrap(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(text, width=max(width, 8)))


def _jitter(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Spread only exactly identical (x, y) pairs by at most JITTER; every other point stays put."""
    frame = pd.DataFrame({"x": x, "y": y})
    dup = frame.duplicated(keep=False).to_numpy()
    if not dup.any():
        return x, y
    rng = np.random.default_rng(seed)
    x2, y2 = x.astype(float).copy(), y.astype(float).copy()
    x2[dup] += rng.uniform(-JITTER, JITTER, int(dup.sum()))
    y2[dup] += rng.uniform(-JITTER, JITTER, int(dup.sum()))
    return np.clip(x2, 0, 100), np.clip(y2, 0, 100)


def _bytes_per_point(points: pd.DataFrame) -> float:
    """A generous estimate of one point's share of the figure JSON (hover texts, scores, x, y)."""
    text = sum(points[c].astype("string").str.len().mean() or 0 for c in HOVER_COLUMNS if c in points)
    return float(text) + 90.0


def _density_frame(points: pd.DataFrame, bin_size: float) -> pd.DataFrame:
    nbins = int(np.ceil(100 / bin_size))
    xi = np.minimum(np.floor(points["potensial_score"].to_numpy(float) / bin_size), nbins - 1)
    yi = np.minimum(np.floor(points["kinerja_score"].to_numpy(float) / bin_size), nbins - 1)
    grouped = pd.DataFrame({"x": xi * bin_size, "y": yi * bin_size}).value_counts().rename("n")
    return grouped.reset_index()


def _density_trace(density: pd.DataFrame, bin_size: float, lang: str) -> dict[str, Any]:
    nbins = int(np.ceil(100 / bin_size))
    z = np.full((nbins, nbins), np.nan)
    xi = np.clip((density["x"].to_numpy(float) / bin_size).round().astype(int), 0, nbins - 1)
    yi = np.clip((density["y"].to_numpy(float) / bin_size).round().astype(int), 0, nbins - 1)
    z[yi, xi] = density["n"].to_numpy(float)
    centers = (np.arange(nbins) + 0.5) * bin_size
    return dict(
        type="heatmap",
        x=centers,
        y=centers,
        z=z,
        colorscale=[[0, "rgba(120,144,156,0.15)"], [1, "rgba(38,50,56,0.75)"]],
        showscale=False,
        hoverongaps=False,
        name=t("nbpage.chart.density", lang),
        hovertemplate=t("nbpage.chart.density_hover", lang) + "<extra></extra>",
        zsmooth=False,
    )


def plotly_text(value: object) -> str:
    """A text from the data (a name, unit, instansi, province …) as plotly must receive it to draw it
    as typed: plotly renders a subset of HTML in hover texts, category tick labels, legend names,
    annotations, bar texts and Sankey labels, so '<', '>' and '&' become entities, which plotly
    decodes when drawing ('Dinas P &amp; K' shows as 'Dinas P & K'). Quotes are left as they are:
    plotly decodes no '&quot;' (it would show literally), and without '<' no tag can begin. None and
    pd.NA give ''. Escape the data values, then wrap them into our own markup ('<b>', '<br>')."""
    return html.escape(str(value), quote=False) if value is not None and value is not pd.NA else ""


def points_drawn(fig: go.Figure) -> int:
    """How many employees a ``nine_box`` figure draws as points (its sample, not the population)."""
    return sum(len(trace.x) for trace in fig.data if trace.meta == "points" and trace.x is not None)


def nine_box(
    points: pd.DataFrame,
    *,
    cells: pd.DataFrame,
    cutoffs: Mapping[str, tuple[float | None, float | None]],
    lang: str = "id",
    color_by: str | None = None,
    density: pd.DataFrame | None = None,
    total: int | None = None,
    show_identity: bool = True,
    show_computed: bool = False,
    max_points: int = MAX_POINTS,
    seed: int = 2025,
    height: int = 720,
) -> go.Figure:
    """The nine-box scatter: potensial (x, 0-100) against kinerja (y, 0-100), one point per employee at
    the real scores, the 3x3 grid at ``cutoffs`` ({'kinerja': (low, high), 'potensial': (low, high)}),
    each cell labelled 'Kotak N', its label and 'n · share' from ``cells`` (box, kinerja_level,
    potensial_level, talent_pool, label, n, share), the talent-pool cells shaded and outlined.

    ``points``: nip, nama, jabatan, unit_kerja, box, kinerja_score, potensial_score (and ``color_by``);
    each point's customdata ends with its index label in ``points`` (see ``selected_rows``).
    Colour by box (``color_by`` None) or by that column, one trace per value. With more than
    ``DENSITY_ABOVE`` points, or when ``density`` (x, y, n per DENSITY_BIN square) is given, a density
    layer is drawn under a seeded sample of at most ``max_points``. ``total`` = all mappable employees
    (when ``points`` is already a sample). ``show_identity`` False hides names (initials) and NIPs.
    Points with ``calibrated`` True (and computed_box, calibrated_box) get an open diamond ring and a
    hover note; ``show_computed`` adds 'dihitung: n' to a cell whose ``n_computed`` differs from n.
    """
    traces: list[dict[str, Any]] = []
    y_edges = _edges(cutoffs["kinerja"])
    x_edges = _edges(cutoffs["potensial"])
    n_all = int(total if total is not None else len(points))

    # Large populations: a density layer of everyone, then a bounded sample of points.
    if density is None and len(points) > DENSITY_ABOVE:
        density = _density_frame(points, DENSITY_BIN)
    budget_points = int(PAYLOAD_BUDGET // _bytes_per_point(points)) if len(points) else max_points
    limit = min(max_points, budget_points)
    drawn = points
    if len(points) > limit:
        drawn = points.sample(n=limit, random_state=seed)
    sampled = density is not None or len(drawn) < n_all
    if density is not None and len(density):
        traces.append(_density_trace(density, DENSITY_BIN, lang))

    # Cells: pool shading first (below the grid lines), then the grid at the cut-offs in use.
    shapes: list[dict[str, object]] = []
    records: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in cells.to_dict("records")]
    pool_cells = {(int(r["kinerja_level"]), int(r["potensial_level"])) for r in records if r["talent_pool"]}
    for k, p in sorted(pool_cells):
        shapes.append(
            dict(type="rect", layer="below", line=dict(width=0), fillcolor=POOL_FILL,
                 x0=x_edges[p - 1], x1=x_edges[p], y0=y_edges[k - 1], y1=y_edges[k])
        )  # fmt: skip
    if pool_cells == {(3, 2), (3, 3), (2, 3)}:  # the usual L shape: one outline around it
        x0, x1, y0, y1 = x_edges[1], x_edges[2], y_edges[1], y_edges[2]
        path = f"M {x0},100 L 100,100 L 100,{y0} L {x1},{y0} L {x1},{y1} L {x0},{y1} Z"
        shapes.append(dict(type="path", path=path, line=dict(color=POOL_LINE, width=3), layer="above"))
    else:
        for k, p in sorted(pool_cells):
            shapes.append(
                dict(type="rect", layer="above", line=dict(color=POOL_LINE, width=3),
                     x0=x_edges[p - 1], x1=x_edges[p], y0=y_edges[k - 1], y1=y_edges[k])
            )  # fmt: skip
    for x in x_edges[1:3]:
        shapes.append(dict(type="line", x0=x, x1=x, y0=0, y1=100, line=dict(color=GRID_LINE, width=1.5)))
    for y in y_edges[1:3]:
        shapes.append(dict(type="line", x0=0, x1=100, y0=y, y1=y, line=dict(color=GRID_LINE, width=1.5)))
    shapes.append(dict(type="rect", x0=0, x1=100, y0=0, y1=100, line=dict(color=GRID_LINE, width=1.5)))

    # Cell labels: 'Kotak N', the box label (wrapped to the cell, left out when the cell is too
    # narrow), and 'n · share'.
    annotations: list[dict[str, object]] = []
    box_word = t("nbpage.chart.box", lang)
    for cell in records:
        k, p = int(cell["kinerja_level"]), int(cell["potensial_level"])
        x0, x1 = x_edges[p - 1], x_edges[p]
        y0, y1 = y_edges[k - 1], y_edges[k]
        width = x1 - x0
        n = int(cell["n"])
        count = f"{fmt_number(n, 0, lang)} · {fmt_percent(float(cell['share']) if n else 0.0, 1, lang)}"
        if cell.get("count_text"):  # a small group's count withheld (ui.ninebox.suppress_small)
            count = plotly_text(str(cell["count_text"]))
        lines = [f"<b>{box_word} {int(cell['box'])}</b>"]
        if width >= 14 and (y1 - y0) >= 14:
            lines.append(
                f"<span style='font-size:10px'>{_wrap(str(cell['label']), int(width * 1.25))}</span>"
            )
        lines.append(f"<b>{count}</b>")
        if show_computed and "n_computed" in cell and int(cell["n_computed"]) != n:
            computed = fmt_number(int(cell["n_computed"]), 0, lang)
            lines.append(
                f"<span style='font-size:11px'>{t('nbpage.chart.computed_count', lang, n=computed)}</span>"
            )
        annotations.append(
            dict(x=x0 + 0.6, y=y1 - 0.6, xref="x", yref="y", xanchor="left", yanchor="top", align="left",
                 text="<br>".join(lines), showarrow=False, font=dict(size=12, color="#212121"),
                 bgcolor="rgba(255,255,255,0.72)", borderpad=2)
        )  # fmt: skip
    # Level names along the axes (ref_levels): potensial above the plot, kinerja on the right.
    if "potensial_name" in cells and "kinerja_name" in cells:
        potensial_names = {int(r["potensial_level"]): str(r["potensial_name"]) for r in records}
        kinerja_names = {int(r["kinerja_level"]): str(r["kinerja_name"]) for r in records}
        for p, name in sorted(potensial_names.items()):
            x0, x1 = x_edges[p - 1], x_edges[p]
            annotations.append(
                dict(x=(x0 + x1) / 2, y=1.0, xref="x", yref="paper", yanchor="bottom", showarrow=False,
                     text=f"<i>{name}</i>", font=dict(size=12, color="#455a64"))
            )  # fmt: skip
        for k, name in sorted(kinerja_names.items()):
            y0, y1 = y_edges[k - 1], y_edges[k]
            annotations.append(
                dict(x=1.005, y=(y0 + y1) / 2, xref="paper", yref="y", xanchor="left", showarrow=False,
                     textangle=90, text=f"<i>{_wrap(name, 12)}</i>", font=dict(size=11, color="#455a64"))
            )  # fmt: skip

    # Points.
    jx, jy = _jitter(drawn["potensial_score"].to_numpy(float), drawn["kinerja_score"].to_numpy(float), seed)
    drawn = drawn.assign(_x=jx, _y=jy)
    names = drawn["nama"].map(initials) if not show_identity else drawn["nama"].astype("string")
    nip = drawn["nip"].astype("string") if show_identity else pd.Series("", index=drawn.index)
    # Plotly renders hover text as (a subset of) HTML: names from the data are escaped, so a name like
    # '<a href=…>' shows as typed.
    custom = pd.DataFrame(
        {
            "nama": names.map(plotly_text).to_numpy(object),
            "nip": nip.to_numpy(object),
            "jabatan": drawn["jabatan"].map(plotly_text).to_numpy(object),
            "unit": drawn["unit_kerja"].map(plotly_text).to_numpy(object),
            "k": drawn["kinerja_score"].round(2).to_numpy(float),
            "p": drawn["potensial_score"].round(2).to_numpy(float),
            "box": drawn["box"].astype(int).to_numpy(),
            "row": np.asarray(drawn.index),  # the row of ``points``: a selection maps back to it
            "note": _calibration_notes(drawn, lang),
        },
        index=drawn.index,
    )
    nip_line = f"{t('nbpage.col.nip', lang)} %{{customdata[1]}}<br>" if show_identity else ""
    hover = (
        "<b>%{customdata[0]}</b><br>" + nip_line + "%{customdata[2]}<br>%{customdata[3]}<br>"
        f"{t('nbpage.axis.kinerja', lang)}: %{{customdata[4]:.2f}}<br>"
        f"{t('nbpage.axis.potensial', lang)}: %{{customdata[5]:.2f}}<br>"
        f"{box_word} %{{customdata[6]}}%{{customdata[8]}}<extra></extra>"
    )
    many = len(drawn) > 3000
    marker_base = dict(size=5 if many else 8, opacity=0.55 if sampled or many else 0.8, line=dict(width=0))
    if color_by is None:
        by_cell = {int(r["box"]): (int(r["kinerja_level"]), int(r["potensial_level"])) for r in records}
        groups = [(f"{box_word} {b}", drawn["box"] == b, CELL_COLORS.get(by_cell.get(b, (2, 2)), OTHER_COLOR))
                  for b in sorted(by_cell)]  # fmt: skip
    else:
        values = drawn[color_by].astype("string").fillna(t("nbpage.chart.no_value", lang))
        order = values.value_counts().index.tolist()
        top = order[:MAX_COLOR_VALUES] if len(order) > MAX_COLOR_VALUES else order
        groups = [
            (plotly_text(v), values == v, ATTRIBUTE_COLORS[i % len(ATTRIBUTE_COLORS)])
            for i, v in enumerate(top)
        ]
        if len(order) > len(top):
            groups.append((t("nbpage.chart.other", lang), ~values.isin(top), OTHER_COLOR))
    for name, mask, color in groups:
        part = drawn[mask.to_numpy()]
        traces.append(
            dict(
                type="scattergl", x=part["_x"].to_numpy(), y=part["_y"].to_numpy(), mode="markers", name=name,
                marker=dict(color=color, **marker_base), customdata=custom.loc[part.index].to_numpy(object),
                hovertemplate=hover, meta="points",
            )
        )  # fmt: skip
    # Calibrated people: an open diamond ring around their point, above every colour trace.
    if "calibrated" in drawn and drawn["calibrated"].astype(bool).any():
        moved = drawn[drawn["calibrated"].astype(bool).to_numpy()]
        traces.append(
            dict(
                type="scatter", x=moved["_x"].to_numpy(), y=moved["_y"].to_numpy(), mode="markers", meta="calibrated",
                name=t("nbpage.chart.calibrated_legend", lang, n=fmt_number(len(moved), 0, lang)),
                marker=dict(symbol="diamond-open", size=20, color=CALIBRATED_COLOR, line=dict(width=3)),
                customdata=custom.loc[moved.index].to_numpy(object), hovertemplate=hover,
            )
        )  # fmt: skip
    if show_computed and "calibrated" in drawn:  # the 'both' view: where the panel put each of them
        _calibration_arrows(drawn, records, x_edges, y_edges, custom, hover, lang, traces, annotations)
    # Legend note for the talent pool band.
    pool_boxes = sorted(int(b) for b in cells.loc[cells["talent_pool"].astype(bool), "box"])
    traces.append(
        dict(
            type="scatter", x=[None], y=[None], mode="markers", hoverinfo="skip", meta="legend",
            name=t("nbpage.chart.pool_legend", lang, boxes=", ".join(map(str, pool_boxes))),
            marker=dict(symbol="square", size=16, color=POOL_FILL, line=dict(color=POOL_LINE, width=3)),
        )
    )  # fmt: skip

    title = None
    if sampled and len(drawn) == 0:  # the density alone (points on demand, or no row rights)
        title = t("nbpage.chart.density_only", lang, total=fmt_number(n_all, 0, lang))
    elif sampled:
        title = t(
            "nbpage.chart.sampled",
            lang,
            shown=fmt_number(len(drawn), 0, lang),
            total=fmt_number(n_all, 0, lang),
        )
    layout: dict[str, Any] = dict(
        height=height,
        separators=plotly_separators(lang),
        shapes=shapes,
        annotations=annotations,
        margin=dict(l=60, r=50, t=50 if title else 30, b=130),
        xaxis=dict(title=dict(text=t("nbpage.axis.potensial", lang) + " (0–100)"), range=[0, 100], dtick=10,
                   showgrid=False, zeroline=False, fixedrange=False),
        yaxis=dict(title=dict(text=t("nbpage.axis.kinerja", lang) + " (0–100)"), range=[0, 100], dtick=10,
                   showgrid=False, zeroline=False),
        legend=dict(orientation="h", yanchor="top", y=-0.12, x=0, font=dict(size=12),
                    entrywidth=0, itemsizing="constant"),
        plot_bgcolor="white",
        dragmode="lasso",
        hoverlabel=dict(font=dict(size=13)),
    )  # fmt: skip
    if title:
        layout["title"] = dict(text=title, font=dict(size=13), x=0, xanchor="left", y=0.995)
    # Built unvalidated (``figure_from_spec``: ≈ 0,1 s less per drawing; tests validate the spec).
    return figure_from_spec(traces, layout)


def box_share_heatmap(
    shares: pd.DataFrame,
    *,
    boxes: Sequence[int],
    lang: str = "id",
    n_column: str = "n",
    highlight_above: float | None = None,
    row_height: int = 30,
) -> go.Figure:
    """Rows x boxes, each cell the row's share in that box (0-1), annotated '45%'; ``shares`` has one
    row per group (index = the row label), a column per box number and ``n_column`` (the row's size,
    shown in the row label). Cells above ``highlight_above`` are outlined (piling up)."""
    box_word = t("nbpage.chart.box", lang)
    rows = [  # the labels are groups from the data (units, regions): escaped for plotly
        f"{plotly_text(label)}  (n={fmt_number(int(n), 0, lang)})"
        for label, n in zip(shares.index, shares[n_column], strict=True)
    ]
    z = shares[list(boxes)].to_numpy(float) * 100
    text = [[fmt_percent(v / 100, 0, lang) if np.isfinite(v) else "" for v in row] for row in z]
    fig = go.Figure(
        go.Heatmap(
            z=z, x=[str(b) for b in boxes], y=rows, text=text, texttemplate="%{text}",
            colorscale="Blues", zmin=0, zmax=max(60.0, float(np.nanmax(z)) if z.size and np.isfinite(z).any() else 60.0),
            colorbar=dict(title="%", thickness=12), xgap=2, ygap=2,
            hovertemplate="%{y}<br>" + box_word + " %{x}: %{text}<extra></extra>",
        )
    )  # fmt: skip
    shapes = []
    if highlight_above is not None:
        for i, row in enumerate(z):
            for j, v in enumerate(row):
                if np.isfinite(v) and v > highlight_above * 100:
                    shapes.append(dict(type="rect", x0=j - 0.5, x1=j + 0.5, y0=i - 0.5, y1=i + 0.5,
                                       line=dict(color="#c62828", width=3)))  # fmt: skip
    fig.update_layout(
        height=max(220, 90 + row_height * len(rows)),
        separators=plotly_separators(lang),
        margin=dict(l=10, r=10, t=30, b=10),
        # automargin + standoff: the title sits above the tick labels under any template (Streamlit's,
        # which the deck's images get, put it on the ticks)
        xaxis=dict(side="top", title=dict(text=box_word, standoff=8), type="category", automargin=True),
        yaxis=dict(autorange="reversed", automargin=True),
        font=dict(size=13),
        shapes=shapes,
        plot_bgcolor="white",
    )
    return fig


def calibration_change(change: pd.DataFrame, *, lang: str = "id", height: int = 300) -> go.Figure:
    """Employees per box before (computed) and after (calibrated) calibration, grouped bars; ``change``
    as calibration.distribution_change (box, before, after)."""
    box_word = t("nbpage.chart.box", lang)
    x = [f"{box_word} {int(b)}" for b in change["box"]]
    fig = go.Figure()
    for column, color in (("before", "#90a4ae"), ("after", "#1565c0")):
        name = t(f"calpage.col.{column}", lang)
        fig.add_trace(
            go.Bar(
                x=x, y=change[column].to_numpy(int), name=name, marker_color=color,
                hovertemplate=f"%{{x}} · {name}: %{{y:,.0f}}<extra></extra>",
            )
        )  # fmt: skip
    # The change itself is small beside the counts: write it above the boxes that changed.
    top = float(change[["before", "after"]].to_numpy().max()) if len(change) else 0.0
    for label, delta, after in zip(x, change["change"], change["after"], strict=True):
        if int(delta):
            sign = "+" if delta > 0 else "−"
            fig.add_annotation(
                x=label, y=float(after), yshift=14, showarrow=False, font=dict(size=14, color="#c62828"),
                text=f"<b>{sign}{fmt_number(abs(int(delta)), 0, lang)}</b>",
            )  # fmt: skip
    fig.update_layout(
        barmode="group",
        height=height,
        separators=plotly_separators(lang),
        margin=dict(l=10, r=10, t=10, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0),
        yaxis=dict(title=t("nbpage.col.n", lang), range=[0, top * 1.15 or 1]),
        plot_bgcolor="white",
        font=dict(size=13),
    )
    return fig


MAX_CALIBRATION_ARROWS = 60  # beyond this the arrows would hide the chart; the stars still show


def _calibration_arrows(
    drawn: pd.DataFrame,
    records: list[dict[str, Any]],
    x_edges: tuple[float, float, float, float],
    y_edges: tuple[float, float, float, float],
    custom: pd.DataFrame,
    hover: str,
    lang: str,
    traces: list[dict[str, Any]],
    annotations: list[dict[str, object]],
) -> None:
    """Each calibrated person twice: their point stays at the scores (the computed box, ringed), and a
    star stands in the lower right of the box the panel chose (away from the cell's label), with an arrow from
    the one to the other. Several people moved into one box sit side by side in a row."""
    moved = drawn[drawn["calibrated"].astype(bool).to_numpy() & drawn["calibrated_box"].notna().to_numpy()]
    if moved.empty:
        return
    cell_of = {int(r["box"]): (int(r["kinerja_level"]), int(r["potensial_level"])) for r in records}
    xs, ys = [], []
    for box, group in moved.groupby("calibrated_box", sort=False):
        k, p = cell_of.get(int(str(box)), (2, 2))
        x0, x1, y0, y1 = x_edges[p - 1], x_edges[p], y_edges[k - 1], y_edges[k]
        n = len(group)
        for i in range(n):  # in a row in the cell's lower right, away from its top-left label block
            xs.append((group.index[i], x0 + (x1 - x0) * (0.8 if n == 1 else 0.6 + 0.32 * i / (n - 1))))
            ys.append(y0 + (y1 - y0) * 0.12)
    order = [i for i, _ in xs]
    tx = pd.Series([x for _, x in xs], index=order).loc[moved.index]
    ty = pd.Series(ys, index=order).loc[moved.index]
    traces.append(
        dict(
            type="scatter", x=tx.to_numpy(), y=ty.to_numpy(), mode="markers", meta="calibrated_to",
            name=t("nbpage.chart.calibrated_to_legend", lang, n=fmt_number(len(moved), 0, lang)),
            marker=dict(symbol="star", size=22, color=CALIBRATED_COLOR, line=dict(color="white", width=1.5)),
            customdata=custom.loc[moved.index].to_numpy(object), hovertemplate=hover,
        )
    )  # fmt: skip
    ends = zip(
        tx.to_numpy(float),
        ty.to_numpy(float),
        moved["_x"].to_numpy(float),
        moved["_y"].to_numpy(float),
        strict=True,
    )
    for i, (x, y, ax, ay) in enumerate(ends):
        if i >= MAX_CALIBRATION_ARROWS:
            break
        annotations.append(
            dict(x=float(x), y=float(y), ax=float(ax), ay=float(ay), xref="x", yref="y",
                 axref="x", ayref="y", text="", showarrow=True, arrowhead=2, arrowsize=1.2, arrowwidth=2,
                 arrowcolor=CALIBRATED_COLOR, standoff=9, startstandoff=6)
        )  # fmt: skip
    # the stars again as text above every cell label: plotly draws annotations over traces, and in
    # meeting mode's large type a cell's half-white label box covered the star marker
    for x, y in zip(tx.to_numpy(float), ty.to_numpy(float), strict=True):
        annotations.append(
            dict(x=float(x), y=float(y), xref="x", yref="y", text="★", showarrow=False,
                 font=dict(size=22, color=CALIBRATED_COLOR))
        )  # fmt: skip


def _calibration_notes(drawn: pd.DataFrame, lang: str) -> np.ndarray:
    """Per point: '' or '<br>dikalibrasi (dihitung: Kotak 5 → Kotak 8)' for the hover."""
    if "calibrated" not in drawn:
        return np.full(len(drawn), "", dtype=object)
    notes = [
        t("nbpage.chart.calibrated_note", lang, computed=int(c), calibrated=int(k)) if flag else ""
        for flag, c, k in zip(
            drawn["calibrated"].astype(bool),
            drawn["computed_box"].fillna(0),
            drawn["calibrated_box"].fillna(0),
            strict=True,
        )
    ]
    return np.asarray(notes, dtype=object)


def selected_rows(selection: Mapping[str, Any] | None) -> list[int]:
    """The ``points`` index labels of the points chosen in a nine_box figure (a Streamlit selection
    state: click, box or lasso); density cells and legend entries are ignored."""
    if not selection:
        return []
    rows: list[int] = []
    for point in selection.get("points", []) or []:
        custom = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(custom, Sequence) and not isinstance(custom, str) and len(custom) >= 8:
            rows.append(int(custom[7]))
    return sorted(set(rows))


def pool_net_change(units: pd.DataFrame, *, lang: str = "id", row_height: int = 30) -> go.Figure:
    """Net change of the talent pool per work unit between two periods, one horizontal bar per row of
    ``units`` (label, pool_before, pool_after, net): gains green, losses red. The 'net (before →
    after)' labels form a column of their own on the right (a second y axis with plotly's automargin):
    written beside a bar they printed over the unit names whenever a loss reached the left edge."""
    data = units.sort_values("net", ascending=True)
    colours = ["#2e7d32" if n > 0 else "#c62828" for n in data["net"]]
    text = [
        f"{'+' if n > 0 else ''}{fmt_number(int(n), 0, lang)}  ({fmt_number(int(b), 0, lang)} → {fmt_number(int(a), 0, lang)})"
        for n, b, a in zip(data["net"], data["pool_before"], data["pool_after"], strict=True)
    ]
    names = [plotly_text(v) for v in data["label"]]
    fig = go.Figure(
        [
            go.Bar(
                x=data["net"].to_numpy(int), y=names, orientation="h", marker_color=colours,
                customdata=text, hovertemplate="%{y}: %{customdata}<extra></extra>",
            ),
            # an invisible twin on the right axis: it gives y2 the same rows, whose ticks are the labels
            go.Scatter(x=[0] * len(names), y=names, yaxis="y2", mode="markers", marker_opacity=0, hoverinfo="skip"),
        ]
    )  # fmt: skip
    fig.update_layout(
        height=max(240, 80 + row_height * len(data)),
        separators=plotly_separators(lang),
        margin=dict(l=10, r=10, t=10, b=40),
        xaxis=dict(title=t("move.units.axis", lang), zeroline=True, zerolinecolor="#37474f", tickformat=",d"),
        yaxis=dict(automargin=True),
        yaxis2=dict(
            overlaying="y", side="right", matches="y", automargin=True, showgrid=False,
            tickmode="array", tickvals=names, ticktext=text,
        ),
        plot_bgcolor="white",
        font=dict(size=13),
        showlegend=False,
    )  # fmt: skip
    return fig


def box_distribution_html(boxes: Mapping[int, int], *, pool_boxes: Sequence[int], lang: str = "id") -> str:
    """Employees per box (1-9) as HTML bars, the talent-pool boxes in green and the others grey, each
    bar labelled 'n · share': Beranda's glance at the distribution (the nine-box page has the matrix).

    HTML rather than a plotly chart: it is drawn with the page's first figures. Beranda is a cold
    start's first page, and plotly's script (4,7 MB) took 0,86 s of the browser's main thread in
    headless Chromium, during which the headline figures waited (issue 18; README performance table).
    A table, so a screen reader reads box, count and share in order; the bars are its cells' fill."""
    total = sum(int(n) for n in boxes.values())
    order = list(range(1, 10))
    counts = [int(boxes.get(b, 0)) for b in order]
    top = max(counts) if any(counts) else 1
    word = html.escape(t("nbpage.chart.box", lang))
    axis = html.escape(t("home.box_chart.axis", lang))
    pool = {int(b) for b in pool_boxes}
    cells = []
    for box, n in zip(order, counts, strict=True):
        colour = POOL_LINE if box in pool else BOX_GREY
        share = fmt_percent(n / total if total else 0.0, 1, lang)
        height = round(100 * n / top, 1)
        cells.append(
            "<td style='vertical-align:bottom;padding:0 3px;height:180px;border:none'>"
            "<div style='display:flex;flex-direction:column;justify-content:flex-end;height:100%'>"
            f"<div style='font-size:0.8em;text-align:center;white-space:nowrap'>"
            f"{html.escape(fmt_number(n, 0, lang))} · {html.escape(share)}</div>"
            f"<div class='box-bar' data-box='{box}' style='background:{colour};height:{height}%;"
            "min-height:1px;border-radius:3px 3px 0 0'></div></div></td>"
        )
    labels = "".join(
        f"<th scope='col' style='font-weight:400;font-size:0.85em;padding:4px 0 0;border:none;"
        f"border-top:1px solid #b0bec5;text-align:center'>{word} {b}</th>"
        for b in order
    )
    return (
        "<table class='box-distribution' style='width:100%;table-layout:fixed;border-collapse:collapse;border:none;"
        "font-variant-numeric:tabular-nums'>"
        f"<caption style='caption-side:bottom;font-size:0.8em;color:#607d8b'>{axis}</caption>"
        f"<tbody><tr>{''.join(cells)}</tr><tr>{labels}</tr></tbody></table>"
    )
