"""Figure builders of the what-if page: the transition matrix, the Sankey of movers, sensitivity bars.

Pure functions (frames and arrays in, plotly figures out); numbers as the reader writes them
(``separators`` ',.' in Indonesian); every text from ``analytics.labels``. The nine-box itself is
``analytics.ninebox.charts.nine_box``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import get_colorscale, sample_colorscale

from analytics.core.formats import fmt_number, fmt_percent, plotly_separators
from analytics.labels import t
from analytics.ninebox.charts import CELL_COLORS, OTHER_COLOR, figure_from_spec, plotly_text

DIAGONAL_FILL = "#eceff1"
MATRIX_COLORS = get_colorscale("OrRd")


def _box_labels(boxes: Sequence[int], lang: str, *, wrap: bool = False) -> list[str]:
    word = t("nbpage.chart.box", lang)
    unmappable = t("whatif.unmappable_short", lang)
    sep = "<br>" if wrap else " "
    return [f"{word}{sep}{b}" for b in boxes] + [unmappable.replace(" ", sep, 1)]


def transition_heatmap(
    matrix: np.ndarray, *, boxes: Sequence[int], lang: str = "id", height: int = 520
) -> go.Figure:
    """The (len(boxes)+1)² transition counts (rows = baseline box, columns = new box, last =
    unmappable) as an annotated heatmap: off-diagonal cells coloured by count, the diagonal (stayed)
    grey, every count written in the cell."""
    labels = _box_labels(boxes, lang)
    ticks = _box_labels(boxes, lang, wrap=True)  # the columns are narrow: two lines for 'unmappable'
    counts = np.asarray(matrix, dtype=float)
    moved = counts.copy()
    np.fill_diagonal(moved, np.nan)
    moved[moved == 0] = np.nan  # empty cells stay white
    text = [[fmt_number(int(v), 0, lang) for v in row] for row in counts]
    zmax = float(np.nanmax(moved)) if np.isfinite(moved).any() else 1.0
    heatmap = dict(
        type="heatmap",
        z=moved,
        x=labels,
        y=labels,
        customdata=text,
        colorscale=MATRIX_COLORS,  # spelled out: plotly.js knows no 'OrRd' (plotly.py expands names)
        zmin=0,
        zmax=max(zmax, 1.0),
        xgap=2,
        ygap=2,
        hoverongaps=False,
        hovertemplate=t("whatif.matrix.hover", lang).replace("%{text}", "%{customdata}") + "<extra></extra>",
        colorbar=dict(thickness=12, title=dict(text="n", side="top")),
    )
    n = len(labels)
    shapes = [
        dict(type="rect", x0=i - 0.5, x1=i + 0.5, y0=i - 0.5, y1=i + 0.5, fillcolor=DIAGONAL_FILL,
             line=dict(width=0), layer="below")
        for i in range(n)
    ]  # fmt: skip
    annotations = []
    for i in range(n):
        for j in range(n):
            value = counts[i, j]
            if value == 0 and i != j:
                continue
            strong = i != j and value > 0.55 * zmax
            annotations.append(
                dict(x=labels[j], y=labels[i], text=text[i][j], showarrow=False,
                     font=dict(size=12, color="#ffffff" if strong else "#263238"))
            )  # fmt: skip
    layout = dict(
        height=height,
        separators=plotly_separators(lang),
        shapes=shapes,
        annotations=annotations,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(
            title=dict(text=t("whatif.matrix.to", lang)),
            side="top",
            tickangle=0,
            type="category",
            # the categories spelled out: with nobody moved every z is NaN and the axes would
            # otherwise have no categories (annotations piled up in one spot, no tick labels)
            categoryorder="array",
            categoryarray=labels,
            tickmode="array",
            tickvals=labels,
            ticktext=ticks,
        ),
        yaxis=dict(
            title=dict(text=t("whatif.matrix.from", lang)),
            autorange="reversed",
            type="category",
            categoryorder="array",
            categoryarray=labels,
        ),
        plot_bgcolor="white",
    )
    # Built unvalidated: it is redrawn on every slider move (tests validate it).
    return figure_from_spec([heatmap], layout)


def transition_table_html(matrix: np.ndarray, *, boxes: Sequence[int], lang: str = "id") -> str:
    """The transition matrix as an HTML heatmap table, what the page shows: the same cells, colours
    and counts as ``transition_heatmap`` (rows = baseline box, columns = new box, last = unmappable;
    movers coloured by count, the diagonal grey, empty cells blank), plus each row's and column's total
    (the box sizes before and after). A table redraws in milliseconds where the plotly heatmap took
    about 0,25 s of the browser's time per slider move; the PNG download still draws the heatmap."""
    counts = np.asarray(matrix, dtype=np.int64)
    n = len(boxes) + 1
    if counts.shape != (n, n):
        raise ValueError(f"the matrix must be {n}x{n}, not {counts.shape}")
    raw = _box_labels(boxes, lang)
    labels = [html.escape(x) for x in raw]
    off = counts.astype(float)
    np.fill_diagonal(off, 0)
    zmax = max(float(off.max()), 1.0)
    hover = t("whatif.matrix.hover_plain", lang)
    corner = html.escape(t("whatif.matrix.corner", lang))
    total_word = html.escape(t("whatif.matrix.total", lang))
    cell = "padding:4px 6px;text-align:right;font-variant-numeric:tabular-nums;border:1px solid #fff"
    head = "padding:4px 6px;font-weight:600;font-size:0.85em;color:#455a64;text-align:center"
    rows = [
        "<table class='wi-matrix' style='border-collapse:collapse;width:100%;font-size:0.9em'>",
        f"<thead><tr><th style='{head};text-align:left'>{corner}</th>"
        + "".join(f"<th style='{head}'>{label}</th>" for label in labels)
        + f"<th style='{head}'>{total_word}</th></tr></thead><tbody>",
    ]
    for i in range(n):
        tds = []
        for j in range(n):
            value = int(counts[i, j])
            title = html.escape(hover.format(before=raw[i], after=raw[j], n=fmt_number(value, 0, lang)))
            if i == j:
                style, text = f"background:{DIAGONAL_FILL};color:#263238", fmt_number(value, 0, lang)
            elif value == 0:
                style, text = "background:#ffffff", ""
            else:
                share = value / zmax
                colour = sample_colorscale(MATRIX_COLORS, [share])[0]
                ink = "#ffffff" if share > 0.55 else "#263238"
                style, text = f"background:{colour};color:{ink};font-weight:600", fmt_number(value, 0, lang)
            tds.append(f"<td title='{title}' style='{cell};{style}'>{text}</td>")
        row_total = fmt_number(int(counts[i].sum()), 0, lang)
        rows.append(
            f"<tr><th style='{head};text-align:left'>{labels[i]}</th>{''.join(tds)}"
            f"<td style='{cell};font-weight:600'>{row_total}</td></tr>"
        )
    column_totals = "".join(
        f"<td style='{cell};font-weight:600'>{fmt_number(int(v), 0, lang)}</td>" for v in counts.sum(axis=0)
    )
    rows.append(
        f"<tr><th style='{head};text-align:left'>{total_word}</th>{column_totals}"
        f"<td style='{cell};font-weight:700'>{fmt_number(int(counts.sum()), 0, lang)}</td></tr></tbody></table>"
    )
    return "".join(rows)


def ninebox_grid_html(cells: pd.DataFrame, before: Mapping[int, int], *, lang: str = "id") -> str:
    """The scenario's nine boxes as an HTML grid, performance up and potential right (the nine-box
    chart's layout and colours): per box its label, employees under the new rules, their share of
    the mapped and the change against the baseline. What the what-if page shows while the sliders
    move: a table redraws in milliseconds where the WebGL chart with its density layer took about a
    second of the browser's time per move; the points are drawn on demand."""
    word = html.escape(t("nbpage.chart.box", lang))
    by_level = {
        (int(k), int(p)): row
        for k, p, row in zip(
            cells["kinerja_level"], cells["potensial_level"], cells.to_dict("records"), strict=True
        )
    }
    head = "padding:4px 6px;font-weight:600;font-size:0.85em;color:#455a64;text-align:center"
    rows = [
        "<table class='wi-ninebox' style='border-collapse:separate;border-spacing:4px;width:100%;"
        "table-layout:fixed;font-size:0.95em'>"
    ]
    for k in (3, 2, 1):
        name = next((r["kinerja_name"] for (kk, _), r in by_level.items() if kk == k), "")
        tds = [f"<th style='{head};text-align:right;width:14%'>{html.escape(str(name))}</th>"]
        for p in (1, 2, 3):
            row = by_level.get((k, p))
            if row is None:
                tds.append("<td></td>")
                continue
            box, n = int(row["box"]), int(row["n"])
            change = n - int(before.get(box, 0))
            sign = "+" if change > 0 else ""
            delta = (
                f"<div style='font-size:0.85em;opacity:0.9'>{sign}{html.escape(fmt_number(change, 0, lang))}</div>"
                if change
                else ""
            )
            colour = CELL_COLORS.get((k, p), OTHER_COLOR)
            tds.append(
                f"<td title='{html.escape(str(row['label']))}' style='background:{colour};color:#ffffff;"
                "padding:10px 8px;text-align:center;border-radius:4px;font-variant-numeric:tabular-nums'>"
                f"<div style='font-size:0.8em'>{word} {box}</div>"
                f"<div style='font-size:1.4em;font-weight:700'>{html.escape(fmt_number(n, 0, lang))}</div>"
                f"<div style='font-size:0.85em'>{html.escape(fmt_percent(float(row['share']), 1, lang))}</div>"
                f"{delta}</td>"
            )
        rows.append(f"<tr>{''.join(tds)}</tr>")
    names = {int(p): r["potensial_name"] for (_, p), r in by_level.items()}
    footer = "".join(f"<th style='{head}'>{html.escape(str(names.get(p, '')))}</th>" for p in (1, 2, 3))
    rows.append(f"<tr><th></th>{footer}</tr>")
    rows.append("</table>")
    return "".join(rows)


def _colour(box: int | None, levels: Mapping[int, tuple[int, int]]) -> str:
    if box is None or box not in levels:
        return OTHER_COLOR
    return CELL_COLORS.get(levels[box], OTHER_COLOR)


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def flows_html(
    matrix: np.ndarray,
    *,
    boxes: Sequence[int],
    levels: Mapping[int, tuple[int, int]],
    lang: str = "id",
    top: int = 12,
) -> str:
    """The movers' largest box -> box flows as an HTML list (the Sankey's links, largest first, each
    box coloured as its nine-box cell, a bar as long as the flow): what the Sankey tab shows while the
    sliders move; a table redraws at once where the plotly Sankey took about 0,75 s of the browser's
    time per move. The rest of the flows are counted in the last line."""
    labels = _box_labels(boxes, lang)
    keys: list[int | None] = [*boxes, None]
    counts = np.asarray(matrix, dtype=np.int64)
    flows = sorted(
        (
            (int(counts[i, j]), i, j)
            for i in range(len(keys))
            for j in range(len(keys))
            if i != j and counts[i, j]
        ),
        key=lambda f: (-f[0], f[1], f[2]),
    )
    if not flows:
        return ""
    largest = flows[0][0]
    cell = "padding:3px 6px;white-space:nowrap"

    def chip(k: int) -> str:
        return (
            f"<span style='background:{_colour(keys[k], levels)};color:#ffffff;border-radius:3px;"
            f"padding:1px 6px'>{html.escape(labels[k])}</span>"
        )

    rows = ["<table class='wi-flows' style='border-collapse:collapse;width:100%;font-size:0.9em'>"]
    for n, i, j in flows[:top]:
        width = max(1.0, 100 * n / largest)
        bar = f"<div style='background:{_rgba(_colour(keys[i], levels), 0.55)};height:0.9em;width:{width:.1f}%'></div>"
        rows.append(
            f"<tr><td style='{cell}'>{chip(i)} → {chip(j)}</td>"
            f"<td style='{cell};text-align:right;font-variant-numeric:tabular-nums;font-weight:600'>"
            f"{html.escape(fmt_number(n, 0, lang))}</td><td style='{cell};width:55%'>{bar}</td></tr>"
        )
    rest = flows[top:]
    if rest:
        text = t(
            "whatif.flows.rest",
            lang,
            k=fmt_number(len(rest), 0, lang),
            n=fmt_number(sum(f[0] for f in rest), 0, lang),
        )
        rows.append(f"<tr><td colspan='3' style='{cell};color:#455a64'>{html.escape(text)}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def movers_sankey(
    matrix: np.ndarray,
    *,
    boxes: Sequence[int],
    levels: Mapping[int, tuple[int, int]],
    lang: str = "id",
    height: int = 480,
) -> go.Figure:
    """Box -> box flows of the movers only (the diagonal is left out): baseline boxes on the left,
    new boxes on the right, each coloured as its nine-box cell (``levels``: box -> (kinerja level,
    potensial level)); the unmappable node grey."""
    labels = _box_labels(boxes, lang)
    keys: list[int | None] = [*boxes, None]
    counts = np.asarray(matrix, dtype=np.int64)
    n = len(keys)
    used_from = [i for i in range(n) if any(counts[i, j] for j in range(n) if j != i)]
    used_to = [j for j in range(n) if any(counts[i, j] for i in range(n) if i != j)]
    node_index: dict[tuple[str, int], int] = {}
    node_labels: list[str] = []
    node_colours: list[str] = []
    for side, used in (("from", used_from), ("to", used_to)):
        for k in used:
            node_index[(side, k)] = len(node_labels)
            key = "whatif.sankey.before" if side == "from" else "whatif.sankey.after"
            node_labels.append(t(key, lang, box=labels[k]))
            node_colours.append(_colour(keys[k], levels))
    src, dst, val, col = [], [], [], []
    for i in used_from:
        for j in used_to:
            if i != j and counts[i, j]:
                src.append(node_index[("from", i)])
                dst.append(node_index[("to", j)])
                val.append(int(counts[i, j]))
                col.append(_rgba(_colour(keys[i], levels), 0.45))
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            valueformat=",d",
            node=dict(
                label=node_labels,
                color=node_colours,
                pad=14,
                thickness=16,
                line=dict(color="#ffffff", width=0.5),
            ),
            link=dict(source=src, target=dst, value=val, color=col),
        )  # fmt: skip
    )
    fig.update_layout(
        height=height,
        separators=plotly_separators(lang),
        margin=dict(l=10, r=10, t=10, b=10),
        font=dict(size=12),
    )
    return fig


def sensitivity_bars(
    frame: pd.DataFrame, *, names: Mapping[str, str], lang: str = "id", height: int | None = None
) -> go.Figure:
    """One horizontal bar per component (``frame``: component, axis, moved), the most sensitive on
    top: how many employees would change box if that weight rose (``analytics.whatif.engine.sensitivity``)."""
    data = frame.sort_values("moved", ascending=True)
    axis_colour = {"kinerja": "#1565c0", "potensial": "#6a1b9a"}
    text = [fmt_number(int(v), 0, lang) for v in data["moved"]]
    y = [  # component names from ref_weights (our reference file), escaped all the same
        f"{plotly_text(names.get(c, c))} ({t(f'ninebox.axis.{a}', lang)})"
        for c, a in zip(data["component"], data["axis"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=data["moved"].to_numpy(),
            y=y,
            orientation="h",
            text=text,
            textposition="outside",
            cliponaxis=False,
            marker=dict(color=[axis_colour.get(a, OTHER_COLOR) for a in data["axis"]]),
            hovertemplate=t("whatif.sens.hover", lang) + "<extra></extra>",
        )
    )
    fig.update_layout(
        height=height or max(260, 60 + 30 * len(data)),
        separators=plotly_separators(lang),
        margin=dict(l=10, r=40, t=10, b=40),
        xaxis=dict(title=t("whatif.sens.axis", lang), rangemode="tozero", tickformat=",d"),
        yaxis=dict(automargin=True),
        plot_bgcolor="white",
        showlegend=False,
    )
    fig.update_xaxes(showgrid=True, gridcolor="#eceff1")
    return fig
