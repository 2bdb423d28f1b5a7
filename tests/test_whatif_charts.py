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


def test_ninebox_grid_lays_the_boxes_out_as_the_chart_with_counts_and_changes() -> None:
    """Performance up, potential right (PermenPANRB numbering: 9 top right, 1 bottom left); each box
    with its count, its share and the change against the baseline in Indonesian number format."""
    import re

    import pandas as pd

    layout = {
        (1, 1): 1,
        (1, 2): 2,
        (2, 1): 3,
        (1, 3): 4,
        (2, 2): 5,
        (3, 1): 6,
        (2, 3): 7,
        (3, 2): 8,
        (3, 3): 9,
    }
    names_k = {1: "Di bawah ekspektasi", 2: "Sesuai ekspektasi", 3: "Di atas ekspektasi"}
    names_p = {1: "Rendah", 2: "Menengah", 3: "Tinggi"}
    cells = pd.DataFrame(
        [
            {"box": b, "kinerja_level": k, "potensial_level": p, "n": 1000 * b, "share": b / 45,
             "label": f"L{b}", "kinerja_name": names_k[k], "potensial_name": names_p[p]}
            for (k, p), b in layout.items()
        ]
    )  # fmt: skip
    before = {b: 1000 * b for b in range(1, 10)} | {9: 10_500, 5: 4_000}
    markup = whatif_charts.ninebox_grid_html(cells, before, lang="id")
    rows = re.findall(r"<tr>(.*?)</tr>", markup)
    boxes = [[int(x) for x in re.findall(r">Kotak (\d)<", row)] for row in rows[:3]]
    assert boxes == [[6, 8, 9], [3, 5, 7], [1, 2, 4]]
    assert ">9.000<" in rows[0] and ">−1.500<" not in rows[0] and ">-1.500<" in rows[0]
    assert ">+1.000<" in rows[1]  # box 5: 5.000 now, 4.000 before
    assert ">20,0%<" in rows[0]  # box 9: 9/45
    assert "Di atas ekspektasi" in rows[0] and "Tinggi" in rows[3]


def test_flows_list_the_largest_moves_first_and_count_the_rest() -> None:
    import re

    matrix = np.zeros((10, 10), dtype=np.int64)
    np.fill_diagonal(matrix, 500)
    matrix[4, 7] = 1_200  # box 5 -> box 8
    matrix[4, 1] = 300  # box 5 -> box 2
    matrix[9, 4] = 40  # unmappable -> box 5
    levels = {1: (1, 1), 2: (1, 2), 5: (2, 2), 8: (3, 2)}
    markup = whatif_charts.flows_html(matrix, boxes=whatif.BOXES, levels=levels, lang="id", top=2)
    rows = re.findall(r"<tr>(.*?)</tr>", markup)
    assert len(rows) == 3
    assert (
        re.findall(r">(Kotak \d|Tidak terpetakan)<", rows[0]) == ["Kotak 5", "Kotak 8"]
        and ">1.200<" in rows[0]
    )
    assert ">300<" in rows[1] and "width:25.0%" in rows[1]
    assert "1 arus lain (40 pegawai)" in rows[2]
    assert whatif_charts.flows_html(np.eye(10, dtype=np.int64), boxes=whatif.BOXES, levels=levels) == ""
