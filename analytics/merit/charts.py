"""Figure builders for the merit-system page: pure functions from analytics.merit.scores frames to plotly figures.

Category colours and bands come from ``ref_merit_categories`` (passed in as ``cats``); numbers use the
language's separators (Indonesian 1.234,5). Names from the frames (instansi and provinces from the
merit files, aspects, stages, agency types) reach plotly through ``charts.plotly_text``: plotly draws
them as HTML otherwise.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analytics.core.formats import fmt_number, fmt_percent, plotly_separators
from analytics.labels import t
from analytics.ninebox.charts import plotly_text

SELF_COLOUR = "#6a3d9a"  # self-assessment markers: purple, apart from the red–green category bands
VERIFIED_COLOUR = "#1f2d3d"  # verified markers: near-black
MAX_COLOUR = "#e6e6e6"
NOTE_COLOUR = "#6b6b6b"
_PREFIX = "Pemerintah "


def short_name(instansi: str) -> str:
    """The instansi as a chart/table label: 'Pemerintah Kota Kupang' → 'Kota Kupang'."""
    return instansi[len(_PREFIX) :] if instansi.startswith(_PREFIX) else instansi


def _num(value: object, lang: str, decimals: int = 1) -> str:
    """A score as read: '282,5', '40'; '–' when missing."""
    if value is None or not isinstance(value, (int, float)) or math.isnan(value):
        return "–"
    return fmt_number(value, 0 if float(value).is_integer() else decimals, lang)


def fmt_score(value: object, lang: str = "id") -> str:
    """A score as read on the slides: '282,5', '40'; '–' when missing."""
    return _num(value, lang)


def band_sentence(cats: pd.DataFrame, lang: str = "id") -> str:
    """The category bands in one line: 'Buruk < 175 ≤ Kurang < 250 ≤ Baik < 325 ≤ Sangat Baik'."""
    names = [_category_name(row, lang) for _, row in cats.iterrows()]
    edges = [_num(float(v), lang) for v in cats["lower"].iloc[1:]]
    parts = [names[0]]
    for edge, name in zip(edges, names[1:], strict=True):
        parts.append(f"< {edge} ≤ {name}")
    return " ".join(parts)


def target_notes(picture: pd.DataFrame) -> list[tuple[str, str]]:
    """The distinct (note, source) pairs of the targets shown, for the uncertainty warning."""
    pairs = picture.loc[picture["target_note"].notna(), ["target_note", "target_source"]].drop_duplicates()
    return [(str(n), str(s)) for n, s in pairs.itertuples(index=False)]


def _category_name(row: pd.Series, lang: str) -> str:
    return str(row["category_en"] if lang == "en" else row["category_id"])


def _band_shapes(fig: go.Figure, cats: pd.DataFrame, max_total: float, lang: str, *, axis: str) -> None:
    """Category bands as light background areas with their names (x bands or y bands)."""
    for _, band in cats.iterrows():
        lo, hi = float(band["lower"]), min(float(band["upper"]), max_total)
        if lo >= hi:
            continue
        name = plotly_text(_category_name(band, lang))
        if axis == "x":
            fig.add_vrect(x0=lo, x1=hi, fillcolor=band["color"], opacity=0.16, line_width=0, layer="below")
            fig.add_annotation(
                x=(lo + hi) / 2, y=1.0, xref="x", yref="paper", yanchor="bottom", text=f"<b>{name}</b>",
                showarrow=False, font={"color": band["color"], "size": 12},
            )  # fmt: skip
        else:
            fig.add_hrect(y0=lo, y1=hi, fillcolor=band["color"], opacity=0.16, line_width=0, layer="below")
            fig.add_annotation(
                y=(lo + hi) / 2, x=1.0, xref="paper", yref="y", xanchor="left", text=name,
                showarrow=False, font={"color": band["color"], "size": 11},
            )  # fmt: skip


def _state_text(state: object, lang: str) -> str:
    return t(f"merit.state.{state}", lang)


def regency_dumbbell(
    table: pd.DataFrame, cats: pd.DataFrame, *, max_total: float, lang: str = "id"
) -> go.Figure:
    """Self vs verified score per regency (one row each, highest verified on top) over the category bands.

    Rows without a score say why ("tidak terbaca", "belum ada", "belum lengkap") instead of a marker at 0.
    """
    rows = table.reset_index(drop=True)
    labels = [plotly_text(short_name(str(n))) for n in rows["instansi"]]
    fig = go.Figure()
    _band_shapes(fig, cats, max_total, lang, axis="x")
    xs: list[float | None] = []
    ys: list[str | None] = []
    for label, m, v in zip(labels, rows["nilai_mandiri"], rows["nilai_verifikasi"], strict=True):
        if pd.notna(m) and pd.notna(v):
            xs += [float(m), float(v), None]
            ys += [label, label, None]
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line={"color": "#9a9a9a", "width": 3},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    for col, colour, symbol, key in (
        ("nilai_mandiri", SELF_COLOUR, "circle-open", "merit.chart.mandiri"),
        ("nilai_verifikasi", VERIFIED_COLOUR, "circle", "merit.chart.verifikasi"),
    ):
        present = rows[col].notna()
        fig.add_trace(
            go.Scatter(
                x=rows.loc[present, col],
                y=[labels[i] for i in rows.index[present]],
                mode="markers",
                name=t(key, lang),
                marker={
                    "color": colour,
                    "size": 12,
                    "symbol": symbol,
                    "line": {"width": 2.5, "color": colour},
                },
                customdata=[
                    [
                        _num(r["nilai_mandiri"], lang),
                        _num(r["nilai_verifikasi"], lang),
                        _num(r["selisih"], lang),
                    ]
                    for r in rows[present].to_dict("records")
                ],
                hovertemplate=(
                    f"<b>%{{y}}</b><br>{t('merit.chart.mandiri', lang)}: %{{customdata[0]}}<br>"
                    f"{t('merit.chart.verifikasi', lang)}: %{{customdata[1]}}<br>"
                    f"{t('merit.col.selisih', lang)}: %{{customdata[2]}}<extra></extra>"
                ),
            )
        )
    notes_x: list[float] = []
    notes_y: list[str] = []
    notes: list[str] = []
    for label, rec in zip(labels, rows.to_dict("records"), strict=True):
        m, v = rec["nilai_mandiri"], rec["nilai_verifikasi"]
        parts = []
        if pd.isna(m) and pd.isna(v):
            states = {rec["mandiri_state"], rec["verifikasi_state"]}
            state = next((s for s in ("unreadable", "incomplete") if s in states), "missing")
            parts.append(_state_text(state, lang))
        elif pd.isna(v):
            verified = t("merit.chart.verifikasi", lang).lower()
            parts.append(f"{verified}: {_state_text(rec['verifikasi_state'], lang)}")
        elif pd.isna(m):
            self_score = t("merit.chart.mandiri", lang).lower()
            parts.append(f"{self_score}: {_state_text(rec['mandiri_state'], lang)}")
        else:
            parts.append(t("merit.chart.gap", lang, gap=_num(float(m) - float(v), lang)))
        known = [float(x) for x in (m, v) if pd.notna(x)]
        notes_x.append(max(known) + max_total * 0.015 if known else max_total * 0.005)
        notes_y.append(label)
        notes.append(" · ".join(parts))
    fig.add_trace(
        go.Scatter(
            x=notes_x, y=notes_y, text=notes, mode="text", textposition="middle right",
            textfont={"color": NOTE_COLOUR, "size": 11}, hoverinfo="skip", showlegend=False,
        )
    )  # fmt: skip
    fig.update_layout(
        separators=plotly_separators(lang),
        height=150 + 30 * len(rows),
        margin={"l": 10, "r": 20, "t": 70, "b": 50},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.06, "x": 0},
        xaxis={
            "title": t("merit.chart.score_axis", lang, max=_num(max_total, lang)),
            "range": [0, max_total * 1.12],
        },
        yaxis={"categoryorder": "array", "categoryarray": labels, "autorange": "reversed", "title": None},
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=True, gridcolor="#eeeeee", zeroline=False)
    return fig


def aspect_bars(aspects: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """The eight aspects: the score of the stage as a bar over the aspect's maximum (grey), self score marked."""
    names = [plotly_text(a) for a in aspects["aspect"]]
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=names, x=aspects["max_score"], orientation="h", name=t("merit.chart.max", lang),
            marker={"color": MAX_COLOUR}, text=[_num(v, lang) for v in aspects["max_score"]],
            textposition="outside", hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )  # fmt: skip
    fig.add_trace(
        go.Bar(
            y=names, x=aspects["score"], orientation="h", name=t("merit.chart.score", lang),
            marker={"color": VERIFIED_COLOUR}, width=0.5,
            text=[f"{_num(s, lang)} / {_num(m, lang)}" if pd.notna(s) else "–"
                  for s, m in zip(aspects["score"], aspects["max_score"], strict=True)],
            textposition="inside", insidetextanchor="end", textfont={"color": "white"},
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )  # fmt: skip
    if aspects["mandiri"].notna().any():
        fig.add_trace(
            go.Scatter(
                y=names, x=aspects["mandiri"], mode="markers", name=t("merit.chart.mandiri", lang),
                marker={"color": SELF_COLOUR, "symbol": "line-ns-open", "size": 22, "line": {"width": 3}},
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(
        barmode="overlay",
        separators=plotly_separators(lang),
        height=120 + 42 * len(names),
        margin={"l": 10, "r": 40, "t": 30, "b": 40},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        yaxis={"autorange": "reversed"},
        xaxis={"title": t("merit.chart.score", lang)},
        plot_bgcolor="white",
    )
    return fig


def stage_line(progression: pd.DataFrame, cats: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Total per stage (Mandiri, Verifikasi Awal … Verifikasi Akhir) over the category bands; gaps stay gaps."""
    # The instrument's maximum (ref_merit_instruments, joined into the progression); without one, the
    # start of the highest category band or the highest total, whichever is larger, bounds the chart.
    known = progression["max_total"].dropna()
    fallback = pd.concat([cats["lower"].astype(float), progression["total"].dropna().astype(float)]).max()
    max_total = float(known.iloc[0]) if len(known) else float(fallback)
    fig = go.Figure()
    _band_shapes(fig, cats, max_total, lang, axis="y")
    stages = [plotly_text(s) for s in progression["stage"]]
    texts = [
        _num(v, lang) if pd.notna(v) else _state_text(str(s), lang)
        for v, s in zip(progression["total"], progression["state"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=stages, y=progression["total"], mode="lines+markers+text", text=texts, textposition="top center",
            line={"color": VERIFIED_COLOUR, "width": 3}, marker={"size": 11}, connectgaps=False,
            name=t("merit.chart.total", lang), hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )  # fmt: skip
    missing = progression["total"].isna()
    if missing.any():
        fig.add_trace(
            go.Scatter(
                x=[s for s, gone in zip(stages, missing, strict=True) if gone], y=[max_total * 0.04] * int(missing.sum()),
                text=[_state_text(str(s), lang) for s in progression.loc[missing, "state"]], mode="text",
                textfont={"color": NOTE_COLOUR}, hoverinfo="skip", showlegend=False,
            )
        )  # fmt: skip
    fig.update_layout(
        separators=plotly_separators(lang),
        height=380,
        margin={"l": 10, "r": 90, "t": 20, "b": 40},
        showlegend=False,
        yaxis={
            "range": [0, max_total],
            "title": t("merit.chart.score_axis", lang, max=_num(max_total, lang)),
        },
        xaxis={"categoryorder": "array", "categoryarray": stages},
        plot_bgcolor="white",
    )
    return fig


def national_distribution(distribution: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Instansi per agency type, stacked by category (colours of the bands)."""
    fig = go.Figure()
    groups = [plotly_text(g) for g in dict.fromkeys(distribution["group_name"])]
    for (cat, cat_en, colour), part in distribution.groupby(["kategori", "kategori_en", "warna"], sort=False):
        name = plotly_text(cat_en if lang == "en" else cat)
        fig.add_trace(
            go.Bar(
                y=[plotly_text(g) for g in part["group_name"]], x=part["n"], orientation="h", name=name,
                marker={"color": colour}, text=[str(n) if n else "" for n in part["n"]], textposition="inside",
                hovertemplate=f"%{{y}}: %{{x}}<extra>{name}</extra>",
            )
        )  # fmt: skip
    fig.update_layout(
        barmode="stack",
        separators=plotly_separators(lang),
        height=120 + 50 * len(groups),
        margin={"l": 10, "r": 20, "t": 40, "b": 40},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"},
        yaxis={"categoryorder": "array", "categoryarray": groups, "autorange": "reversed"},
        xaxis={"title": t("merit.chart.count", lang)},
        plot_bgcolor="white",
    )
    return fig


def share_vs_target(picture: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Share at Baik or better per agency type (bar) against its target (diamond)."""
    fig = go.Figure()
    groups = [plotly_text(g) for g in picture["group_name"]]
    fig.add_trace(
        go.Bar(
            y=groups, x=picture["share_baik_keatas"], orientation="h", name=t("merit.col.share_good", lang),
            marker={"color": "#91cf60"}, text=[fmt_percent(s, 0, lang) for s in picture["share_baik_keatas"]],
            textposition="outside", hovertemplate="%{y}: %{x:.0%}<extra></extra>",
        )
    )  # fmt: skip
    fig.add_trace(
        go.Scatter(
            y=groups, x=picture["target_share"], mode="markers", name=t("merit.col.target", lang),
            marker={"symbol": "diamond", "size": 14, "color": VERIFIED_COLOUR},
            hovertemplate="%{y}: %{x:.0%}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_layout(
        separators=plotly_separators(lang),
        height=120 + 50 * len(groups),
        margin={"l": 10, "r": 40, "t": 40, "b": 40},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        xaxis={"range": [0, 1.25], "tickformat": ".0%", "tickvals": [0, 0.25, 0.5, 0.75, 1]},
        yaxis={"autorange": "reversed"},
        plot_bgcolor="white",
    )
    return fig


def provinces_bar(ranked: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Provinces by the share of their assessed regencies at Baik or better, best on top."""
    fig = go.Figure(
        go.Bar(
            y=[plotly_text(p) for p in ranked["provinsi"]], x=ranked["share_baik_keatas"], orientation="h", marker={"color": "#91cf60"},
            text=[f"{fmt_percent(s, 0, lang)} ({n}/{d})" for s, n, d in
                  zip(ranked["share_baik_keatas"], ranked["n_baik_keatas"], ranked["n_dinilai"], strict=True)],
            textposition="outside", hovertemplate="%{y}: %{x:.0%}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_layout(
        separators=plotly_separators(lang),
        height=100 + 40 * len(ranked),
        margin={"l": 10, "r": 40, "t": 20, "b": 40},
        xaxis={
            "range": [0, 1.25],
            "tickformat": ".0%",
            "tickvals": [0, 0.25, 0.5, 0.75, 1],
            "title": t("merit.col.share_good", lang),
        },
        yaxis={"autorange": "reversed"},
        plot_bgcolor="white",
    )
    return fig


def period_change(comparison: pd.DataFrame, *, lang: str = "id") -> go.Figure:
    """Change in verified score per regency between two periods: green up, red down; only comparable rows."""
    rows = comparison[comparison["perubahan"].notna()]
    colours = ["#1a9850" if c > 0 else "#d73027" if c < 0 else "#9a9a9a" for c in rows["perubahan"]]
    fig = go.Figure(
        go.Bar(
            y=[plotly_text(short_name(str(n))) for n in rows["instansi"]], x=rows["perubahan"], orientation="h",
            marker={"color": colours}, text=[_num(c, lang) for c in rows["perubahan"]], textposition="outside",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_layout(
        separators=plotly_separators(lang),
        height=100 + 30 * len(rows),
        margin={"l": 10, "r": 40, "t": 20, "b": 40},
        xaxis={"title": t("merit.chart.change", lang), "zeroline": True, "zerolinecolor": "#444"},
        yaxis={"autorange": "reversed"},
        plot_bgcolor="white",
    )
    return fig


# --- tables as shown: formatted strings, headers in the language ---------------------------------


def _score_or_state(value: float | None, state: str, lang: str) -> str:
    return _num(value, lang) if pd.notna(value) else _state_text(state if state != "ok" else "missing", lang)


def regency_display(table: pd.DataFrame, *, max_total: float, lang: str = "id") -> pd.DataFrame:
    """The regency comparison as shown: Indonesian numbers, 'belum ada' / 'tidak terbaca' for gaps."""
    status = [
        str(s) if st == "ok" else _state_text(str(st), lang)
        for s, st in zip(table["status"], table["status_state"], strict=True)
    ]
    out = {
        t("merit.col.peringkat", lang): [str(int(r)) if pd.notna(r) else "–" for r in table["peringkat"]],
        t("merit.col.instansi", lang): [short_name(str(n)) for n in table["instansi"]],
        t("merit.col.status", lang): status,
        t("merit.col.nilai_mandiri", lang): [
            _score_or_state(v, s, lang)
            for v, s in zip(table["nilai_mandiri"], table["mandiri_state"], strict=True)
        ],
        t("merit.col.nilai_verifikasi", lang): [
            _score_or_state(v, s, lang)
            for v, s in zip(table["nilai_verifikasi"], table["verifikasi_state"], strict=True)
        ],
        t("merit.col.selisih", lang): [_num(v, lang) for v in table["selisih"]],
        t("merit.col.indeks", lang, max=_num(max_total, lang)): [
            fmt_number(v, 2, lang) if pd.notna(v) else "–" for v in table["indeks"]
        ],
        t("merit.col.kategori", lang): [
            (str(en) if lang == "en" else str(k)) if pd.notna(k) else "–"
            for k, en in zip(table["kategori"], table["kategori_en"], strict=True)
        ],
    }
    return pd.DataFrame(out)


# The regency table's column widths in pixels, in its column order (rank, instansi, status, self score,
# verified score, gap, index, category): wide enough for 'tidak terbaca' and the longest short name.
REGENCY_WIDTHS = (75, 205, 125, 105, 125, 75, 100, 95)


def regency_sortable(
    table: pd.DataFrame, *, max_total: float, lang: str = "id"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The regency comparison for a sortable table: the numbers kept as numbers (NaN for a gap), and
    beside it the text each cell shows (Indonesian numbers, 'belum ada' / 'tidak terbaca'), so a
    click on a header sorts by value (gaps last) while the reader sees the formatted text."""
    shown = regency_display(table, max_total=max_total, lang=lang)
    values = shown.copy()
    numeric = {
        t("merit.col.peringkat", lang): table["peringkat"],
        t("merit.col.nilai_mandiri", lang): table["nilai_mandiri"],
        t("merit.col.nilai_verifikasi", lang): table["nilai_verifikasi"],
        t("merit.col.selisih", lang): table["selisih"],
        t("merit.col.indeks", lang, max=_num(max_total, lang)): table["indeks"],
    }
    for column, raw in numeric.items():
        values[column] = pd.to_numeric(raw, errors="coerce").astype("float64").to_numpy()
    return values, shown


def aspects_display(aspects: pd.DataFrame, *, lang: str = "id") -> pd.DataFrame:
    """The eight aspects as shown: score, maximum, attainment, self score."""
    return pd.DataFrame(
        {
            t("merit.col.aspect", lang): aspects["aspect"],
            t("merit.col.score", lang): [_num(v, lang) for v in aspects["score"]],
            t("merit.col.max_score", lang): [_num(v, lang) for v in aspects["max_score"]],
            t("merit.col.share", lang): [
                fmt_percent(v, 0, lang) if pd.notna(v) else "–" for v in aspects["share"]
            ],
            t("merit.col.mandiri", lang): [_num(v, lang) for v in aspects["mandiri"]],
        }
    )


def progression_display(progression: pd.DataFrame, *, lang: str = "id") -> pd.DataFrame:
    """Totals per stage as shown: total or why there is none, aspects scored, index, category."""
    return pd.DataFrame(
        {
            t("merit.col.stage", lang): progression["stage"],
            t("merit.col.total", lang): [
                _score_or_state(v, str(s), lang)
                for v, s in zip(progression["total"], progression["state"], strict=True)
            ],
            t("merit.col.aspects_present", lang): [
                f"{int(n)}/{int(r)}"
                for n, r in zip(progression["n_aspects"], progression["n_required"], strict=True)
            ],
            t("merit.col.indeks", lang, max=_num(float(progression["max_total"].iloc[0]), lang)): [
                fmt_number(v, 2, lang) if pd.notna(v) else "–" for v in progression["indeks"]
            ],
            t("merit.col.kategori", lang): [str(k) if pd.notna(k) else "–" for k in progression["kategori"]],
        }
    )


def national_display(picture: pd.DataFrame, *, lang: str = "id") -> pd.DataFrame:
    """Per agency type: instansi, with verified score, Baik or better, share, target, target met."""
    yes, no = t("common.yes", lang), "–"
    meets = [
        (yes if s >= tg else no) if pd.notna(s) and pd.notna(tg) else "–"
        for s, tg in zip(picture["share_baik_keatas"], picture["target_share"], strict=True)
    ]
    return pd.DataFrame(
        {
            t("merit.col.group", lang): picture["group_name"],
            t("merit.col.n_instansi", lang): [fmt_number(v, 0, lang) for v in picture["n_instansi"]],
            t("merit.col.n_dinilai", lang): [fmt_number(v, 0, lang) for v in picture["n_dinilai"]],
            t("merit.col.n_baik", lang): [fmt_number(v, 0, lang) for v in picture["n_baik_keatas"]],
            t("merit.col.share_good", lang): [fmt_percent(v, 0, lang) for v in picture["share_baik_keatas"]],
            t("merit.col.target", lang): [fmt_percent(v, 0, lang) for v in picture["target_share"]],
            t("merit.col.meets", lang): meets,
        }
    )


def provinces_display(ranked: pd.DataFrame, *, lang: str = "id") -> pd.DataFrame:
    """Provinces ranked: rank, regencies, with verified score, Baik or better, share, median."""
    return pd.DataFrame(
        {
            t("merit.col.peringkat", lang): [
                str(int(r)) if pd.notna(r) else "–" for r in ranked["peringkat"]
            ],
            t("merit.col.provinsi", lang): ranked["provinsi"],
            t("merit.col.n_kab_kota", lang): [fmt_number(v, 0, lang) for v in ranked["n_kab_kota"]],
            t("merit.col.n_dinilai", lang): [fmt_number(v, 0, lang) for v in ranked["n_dinilai"]],
            t("merit.col.n_baik", lang): [fmt_number(v, 0, lang) for v in ranked["n_baik_keatas"]],
            t("merit.col.share_good", lang): [fmt_percent(v, 0, lang) for v in ranked["share_baik_keatas"]],
            t("merit.col.median", lang): [_num(v, lang) for v in ranked["median_verifikasi"]],
        }
    )


def period_display(comparison: pd.DataFrame, *, before: int, after: int, lang: str = "id") -> pd.DataFrame:
    """Two periods side by side: scores (or why missing), categories, change and direction."""
    return pd.DataFrame(
        {
            t("merit.col.instansi", lang): [short_name(str(n)) for n in comparison["instansi"]],
            t("merit.col.before", lang, period=before): [
                _score_or_state(v, str(s), lang)
                for v, s in zip(
                    comparison["nilai_verifikasi_awal"], comparison["verifikasi_state_awal"], strict=True
                )
            ],
            t("merit.col.after", lang, period=after): [
                _score_or_state(v, str(s), lang)
                for v, s in zip(
                    comparison["nilai_verifikasi_akhir"], comparison["verifikasi_state_akhir"], strict=True
                )
            ],
            t("merit.col.change", lang): [
                ("+" if v > 0 else "") + _num(v, lang) if pd.notna(v) else "–"
                for v in comparison["perubahan"]
            ],
            t("merit.col.arah", lang): [t(f"merit.arah.{a}", lang) for a in comparison["arah"]],
            t("merit.col.cat_before", lang, period=before): [
                str(k) if pd.notna(k) else "–" for k in comparison["kategori_awal"]
            ],
            t("merit.col.cat_after", lang, period=after): [
                str(k) if pd.notna(k) else "–" for k in comparison["kategori_akhir"]
            ],
        }
    )


def maturity_sortable(wide: pd.DataFrame, *, lang: str = "id") -> tuple[pd.DataFrame, pd.DataFrame]:
    """A version scored per question (PermenPANRB 19/2025) in its own units: one row per instansi, its
    stage, each aspect's mean maturity (0–4; '–' where no question applies) and the category as 'belum
    ditetapkan' (docs/rules.md §16). Returns (values for sorting, the text shown)."""
    aspects = [c for c in wide.columns if c not in ("instansi", "tahap")]
    shown = pd.DataFrame(
        {
            t("merit.col.instansi", lang): [short_name(str(n)) for n in wide["instansi"]],
            t("merit.v2.col.tahap", lang): wide["tahap"].astype(str),
        }
    )
    shown[t("merit.v2.col.kategori", lang)] = t("merit.state.not_set", lang)  # beside the name, in view
    values = shown.copy()
    for aspect in aspects:
        shown[aspect] = [fmt_number(v, 2, lang) if pd.notna(v) else "–" for v in wide[aspect]]
        values[aspect] = wide[aspect].astype("float64")
    return values, shown
