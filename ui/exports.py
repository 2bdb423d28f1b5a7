"""Download buttons: every chart as PNG, every table as XLSX, and the meeting summary (PPTX/PDF).

Files are built only when the button is pressed (Streamlit's deferred ``data`` callables), so a page
run never pays for kaleido. The callables capture plain values: they run outside the script thread.
In meeting mode charts are drawn for the projector (``charts.meeting_layout``) and every text that
goes into the summary has its NIPs masked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from analytics.core import deck as deck_files
from analytics.core import masking
from analytics.core.export import figure_png, to_xlsx
from analytics.core.filters import Filters
from analytics.ninebox import charts
from ui import data
from ui.state import filters, meeting, tr

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DECK_TEXTS_KEY = "_deck_texts"  # the summary's titles and sentences of the last run (tests read them)


@st.cache_data(show_spinner=False, max_entries=64)
def _png(fig_json: str) -> bytes:
    return figure_png(pio.from_json(fig_json))  # JSON in: a hashable cache key


def png_of(fig: go.Figure) -> bytes:
    """The figure as PNG (cached per figure)."""
    return _png(fig.to_json())


@dataclasses.dataclass
class Deck:
    """The charts of one page run, each with its title and headline sentence, for the summary."""

    page_title: str
    items: list[tuple[str, str, go.Figure | Callable[[], go.Figure]]] = dataclasses.field(
        default_factory=list
    )

    def add(self, fig: go.Figure, title: str, sentence: str) -> None:
        """Put a chart into the summary."""
        self.items.append((title, sentence, fig))

    def add_later(self, build: Callable[[], go.Figure], title: str, sentence: str) -> None:
        """Put a chart the run does not draw into the summary: ``build`` runs only when the summary is
        downloaded, outside the script thread (it must capture plain values, no session state)."""
        self.items.append((title, sentence, styled_later(build)))


def styled_later(build: Callable[[], go.Figure]) -> Callable[[], go.Figure]:
    """``build`` for a download made later, outside the script thread: projector style when meeting
    mode is on now (read here, in the script thread)."""
    projector = meeting()
    return lambda: charts.meeting_layout(build()) if projector else build()


def chart_with_download(
    fig: go.Figure,
    name: str,
    *,
    key: str,
    deck: Deck | None = None,
    title: str | None = None,
    sentence: str = "",
    **plotly_kwargs: Any,
) -> Any:
    """Draw a plotly figure (projector style in meeting mode) with a 'PNG' download under it; with
    ``deck``, the chart also goes into the meeting summary under ``title`` and ``sentence``. Returns
    st.plotly_chart's value (the selection event when ``on_select`` is given)."""
    shown = charts.meeting_layout(fig) if meeting() else fig
    plotly_kwargs.setdefault("config", {"displaylogo": False})
    event = st.plotly_chart(shown, key=key, **plotly_kwargs)
    st.download_button(
        tr("export.png"), data=lambda: png_of(shown), file_name=f"{_safe(name)}.png", mime="image/png",
        key=f"{key}_png", icon=":material/image:", type="tertiary",
    )  # fmt: skip
    if deck is not None:
        deck.add(shown, title or name, sentence)
    return event


def png_download(build: Callable[[], go.Figure], name: str, *, key: str) -> None:
    """The 'PNG' download of a chart the page shows otherwise (as a table): ``build`` makes the plotly
    figure only when the button is pressed (projector style in meeting mode)."""
    figure = styled_later(build)
    st.download_button(
        tr("export.png"), data=lambda: png_of(figure()),
        file_name=f"{_safe(name)}.png", mime="image/png", key=key, icon=":material/image:", type="tertiary",
    )  # fmt: skip


def table_download(
    frame: pd.DataFrame, name: str, *, key: str, label: str | None = None, notes: Sequence[str] = ()
) -> None:
    """An XLSX download of a table as shown (headers formatted, formula-looking text made inert);
    personal columns masked in meeting mode; ``notes`` are lines above the table (e.g. the scheme)."""
    shown = masking.mask_frame(frame) if meeting() else frame
    sheet = _safe(name)[:31] or "data"
    st.download_button(
        label or tr("export.xlsx"), data=lambda: to_xlsx({sheet: shown}, notes={sheet: list(notes)}),
        file_name=f"{_safe(name)}.xlsx", mime=XLSX_MIME, key=key, icon=":material/download:",
    )  # fmt: skip


def cover_lines(current: Filters | None = None) -> list[str]:
    """The summary's title-slide lines: period, instansi and the other filters in words."""
    f = current or filters()
    lines = [f"{tr('sidebar.period')}: {f.period if f.period is not None else '–'}"]
    for field in ("provinsi", "instansi", "unit_kerja", "jenis_jabatan"):
        values = getattr(f, field)
        lines.append(f"{tr(f'filter.{field}')}: {', '.join(values) if values else tr('sidebar.all')}")
    if meeting():
        lines.append(tr("export.deck.meeting_note"))
    snapshot = data.snapshot_seen(str(st.session_state.get("db_path") or ""))
    if snapshot is not None:  # a shared store: the deck records the data it was made on
        lines.append(tr("export.deck.snapshot", snapshot=snapshot))
    return lines


def deck_buttons(
    deck: Deck, name: str, *, key: str, current: Filters | None = None, notes: Sequence[str] = ()
) -> None:
    """'Unduh ringkasan rapat': the page's charts and sentences as PPTX and as PDF (built on click);
    ``notes`` are further lines of the title slide (e.g. that calibrations are included)."""
    if not deck.items:
        return
    masked = meeting()

    def clean(text: str) -> str:
        plain = str(text).replace("**", "")
        return masking.mask_text(plain) if masked else plain

    title = clean(tr("export.deck.title", page=deck.page_title))
    lines = [clean(x) for x in [*cover_lines(current), *notes]]
    texts = [(clean(t), clean(s)) for t, s, _ in deck.items]
    figures = [fig for _, _, fig in deck.items]
    st.session_state[DECK_TEXTS_KEY] = {"title": title, "lines": lines, "slides": texts}

    def slides() -> list[deck_files.Slide]:
        return [
            (t, s, png_of(fig() if callable(fig) else fig))
            for (t, s), fig in zip(texts, figures, strict=True)
        ]

    st.markdown(f"**{tr('export.deck.heading')}**")
    st.caption(tr("export.deck.caption", n=len(figures)))
    c1, c2, _ = st.columns([1, 1, 2])
    c1.download_button(
        tr("export.deck.pptx"), data=lambda: deck_files.build_pptx(title, lines, slides()),
        file_name=f"ringkasan_rapat_{_safe(name)}.pptx", mime=PPTX_MIME, key=f"{key}_pptx",
        icon=":material/slideshow:",
    )  # fmt: skip
    c2.download_button(
        tr("export.deck.pdf"), data=lambda: deck_files.build_pdf(title, lines, slides()),
        file_name=f"ringkasan_rapat_{_safe(name)}.pdf", mime="application/pdf", key=f"{key}_pdf",
        icon=":material/picture_as_pdf:",
    )  # fmt: skip


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in str(name)).strip("_") or "data"
