"""The what-if transition matrix chart (analytics.whatif_charts)."""

from __future__ import annotations

import numpy as np

from analytics import whatif, whatif_charts


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
