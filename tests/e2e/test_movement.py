"""Perpindahan antarperiode in the browser: the units' net-change chart keeps every label readable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

# Every text of a plotly chart that names or labels a row: the axes' ticks (y, y2 …), bar texts,
# annotations. Returns their on-screen boxes.
_TEXT_BOXES = """el => Array.from(el.querySelectorAll(
    'g[class$="tick"] text, g[class$="tick2"] text, text.bartext, g.annotation text'))
  .filter(t => t.textContent.trim())
  .map(t => { const r = t.getBoundingClientRect();
              return {text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}; })"""


def _overlaps(boxes: list[dict[str, float | str]]) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes intersect (by more than a pixel: rounding)."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            dx = min(float(a["x1"]), float(b["x1"])) - max(float(a["x0"]), float(b["x0"]))
            dy = min(float(a["y1"]), float(b["y1"])) - max(float(a["y0"]), float(b["y0"]))
            if dx > 1 and dy > 1:
                found.append((str(a["text"]), str(b["text"])))
    return found


@pytest.mark.parametrize("rapat", ["", "?rapat=1"], ids=["normal", "meeting"])
def test_unit_labels_never_overlap_names(
    page: Page,
    open_page: Callable[[Page, str], None],
    screenshot: Callable[[Page, str], Path],
    rapat: str,
) -> None:
    """Issue 19 point 6: the largest bar's 'before → after' label printed over its unit's name."""
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(page, f"movement{rapat}")
    chart = page.get_by_test_id("stPlotlyChart").last
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    boxes = chart.evaluate(_TEXT_BOXES)
    texts = [str(b["text"]) for b in boxes]
    assert any("Kabupaten Ende" in t for t in texts), texts  # the planted finding is a row
    assert any("→" in t for t in texts), texts  # and its 'before → after' label is drawn
    assert _overlaps(boxes) == []
    chart.screenshot(
        path=str(screenshot(page, f"movement_units{rapat and '_meeting'}").with_suffix(".chart.png"))
    )
