"""The what-if transition matrix chart (analytics.whatif.charts)."""

from __future__ import annotations

import numpy as np
import pytest

from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif


def test_matrix_with_nobody_moved_keeps_its_grid() -> None:
    """Nobody moved: every coloured cell is empty (NaN), yet the axes keep the ten categories in order
    and each diagonal count sits on its own cell (plotly drops categories it only sees as NaN)."""
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.fill_diagonal(matrix, [11410, 23243, 8338, 3338, 32980, 915, 8789, 6542, 3421, 1024])
    fig = whatif_charts.transition_heatmap(matrix, boxes=whatif.BOXES, lang="id")
    labels = list(fig.data[0].x)
    assert len(labels) == 10 and labels[0] == "Kotak 1"
    assert list(fig.layout.xaxis.categoryarray) == labels
    assert list(fig.layout.yaxis.categoryarray) == labels
    placed = {(a.x, a.y): a.text for a in fig.layout.annotations}
    assert len(placed) == 10  # ten distinct cells, not one pile
    assert placed[("Kotak 5", "Kotak 5")] == "32.980"
    assert all(x == y for x, y in placed)


def test_matrix_annotates_movers_off_the_diagonal() -> None:
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.fill_diagonal(matrix, 100)
    matrix[1, 4] = 6014
    fig = whatif_charts.transition_heatmap(matrix, boxes=whatif.BOXES, lang="id")
    placed = {(a.x, a.y): a.text for a in fig.layout.annotations}
    assert placed[("Kotak 5", "Kotak 2")] == "6.014"
    assert np.nanmax(np.asarray(fig.data[0].z, dtype=float)) == 6014
    assert len(placed) == 11


def table_cells(markup: str) -> list[list[tuple[str, str]]]:
    """(style, text) of every body cell of ``transition_table_html``, row by row (totals row last)."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[tuple[str, str]]] = []
            self.style: str | None = None
            self.in_body = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "tbody":
                self.in_body = True
            elif tag == "tr" and self.in_body:
                self.rows.append([])
            elif tag == "td":
                self.style = dict(attrs).get("style") or ""
                self.rows[-1].append((self.style, ""))

        def handle_data(self, data: str) -> None:
            if self.style is not None:
                style, text = self.rows[-1][-1]
                self.rows[-1][-1] = (style, text + data)

        def handle_endtag(self, tag: str) -> None:
            if tag == "td":
                self.style = None

    parser = Cells()
    parser.feed(markup)
    return parser.rows


def test_matrix_table_holds_the_counts_colours_and_totals() -> None:
    """The page's matrix (an HTML heatmap table): each count in its cell in the Indonesian format,
    movers coloured and the strongest in white ink, empty cells blank, the diagonal grey, and the box
    sizes before (row totals) and after (column totals)."""
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.fill_diagonal(matrix, 100)
    matrix[1, 4] = 6014
    matrix[4, 7] = 12
    rows = table_cells(whatif_charts.transition_table_html(matrix, boxes=whatif.BOXES, lang="id"))
    assert len(rows) == 11 and all(len(r) == 11 for r in rows)  # 10 rows + totals; 10 columns + total
    style, text = rows[1][4]
    assert text == "6.014" and "color:#ffffff" in style and "background:rgb(" in style
    assert rows[4][7][1] == "12" and "color:#263238" in rows[4][7][0] and "background:rgb(" in rows[4][7][0]
    assert rows[0][1] == ("padding:4px 6px;text-align:right;font-variant-numeric:tabular-nums;"
                          "border:1px solid #fff;background:#ffffff", "")  # fmt: skip
    assert rows[4][4][1] == "100" and whatif_charts.DIAGONAL_FILL in rows[4][4][0]
    assert rows[1][10][1] == "6.114"  # Kotak 2 before: 100 stayed + 6.014 moved
    assert rows[10][4][1] == "6.114"  # Kotak 5 after: 100 + 6.014
    assert rows[10][7][1] == "112" and rows[10][10][1] == "7.026"


def test_matrix_table_in_english_and_of_the_wrong_shape() -> None:
    matrix = np.full((10, 10), 1500, dtype=np.int64)
    markup = whatif_charts.transition_table_html(matrix, boxes=whatif.BOXES, lang="en")
    assert "Unmappable" in markup and "Box 1" in markup and "1,500" in markup and "15,000" in markup
    assert "title='Box 2 → Box 5: 1,500 employees'" in markup
    with pytest.raises(ValueError, match="10x10"):
        whatif_charts.transition_table_html(matrix[:9, :9], boxes=whatif.BOXES, lang="en")


def test_matrix_table_takes_numbers_only() -> None:
    """The table goes to st.markdown as HTML (tests/test_hostile.py lists it as safe): its cells are
    integers, so text smuggled into the matrix is refused rather than rendered."""
    matrix = np.full((10, 10), "<img src=x onerror=alert(1)>", dtype=object)
    with pytest.raises(ValueError):
        whatif_charts.transition_table_html(matrix, boxes=whatif.BOXES)
