"""The figure builders: grid at the cut-offs, cell labels with counts, bounded payload, colour-by."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from analytics.ninebox import charts

# PermenPANRB 3/2020 lampiran layout: (kinerja_level, potensial_level) -> kotak; 7, 8, 9 = talent pool.
LAYOUT = {(1, 1): 1, (2, 1): 2, (1, 2): 3, (3, 1): 4, (2, 2): 5, (1, 3): 6, (3, 2): 7, (2, 3): 8, (3, 3): 9}
COUNTS = {1: 11, 2: 22, 3: 33, 4: 44, 5: 1234, 6: 6, 7: 77, 8: 88, 9: 99}


def cells() -> pd.DataFrame:
    total = sum(COUNTS.values())
    rows = [
        {
            "box": box, "kinerja_level": k, "potensial_level": p, "talent_pool": box >= 7,
            "label": f"label {box}", "n": COUNTS[box], "share": COUNTS[box] / total,
            "kinerja_name": f"K{k}", "potensial_name": f"P{p}",
        }
        for (k, p), box in LAYOUT.items()
    ]  # fmt: skip
    return pd.DataFrame(rows).sort_values("box", ignore_index=True)


def points(n: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    k = rng.uniform(0, 100, n).round(1)
    p = rng.uniform(0, 100, n).round(1)
    return pd.DataFrame(
        {
            "nip": [f"19800101200501{i:04d}"[-18:] for i in range(n)],
            "nama": [f"Pegawai Nomor {i}" for i in range(n)],
            "jabatan": rng.choice(["Analis Kepegawaian Ahli Muda", "Guru Ahli Pertama", "Kepala Bidang"], n),
            "unit_kerja": rng.choice(["Dinas Pendidikan", "Dinas Kesehatan", "BKPSDM"], n),
            "jenis_kelamin": rng.choice(["L", "P"], n),
            "box": [LAYOUT[(1 + (kk >= 60) + (kk >= 80), 1 + (pp >= 60) + (pp >= 80))] for kk, pp in zip(k, p, strict=True)],
            "kinerja_score": k,
            "potensial_score": p,
        }
    )  # fmt: skip


def lines(fig, orientation: str) -> set[float]:  # type: ignore[no-untyped-def]
    out = set()
    for s in fig.layout.shapes:
        if s.type != "line":
            continue
        if orientation == "v" and s.x0 == s.x1:
            out.add(float(s.x0))
        if orientation == "h" and s.y0 == s.y1:
            out.add(float(s.y0))
    return out


def test_grid_lines_sit_at_the_cut_offs_in_use() -> None:
    fig = charts.nine_box(
        points(300), cells=cells(), cutoffs={"kinerja": (55.0, 75.0), "potensial": (62.5, 81.0)}
    )
    assert lines(fig, "v") == {62.5, 81.0}  # potensial on x
    assert lines(fig, "h") == {55.0, 75.0}  # kinerja on y
    assert fig.layout.xaxis.range == (0, 100) and fig.layout.yaxis.range == (0, 100)


def test_every_cell_is_labelled_with_its_box_count_and_share() -> None:
    fig = charts.nine_box(points(300), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    texts = [a.text for a in fig.layout.annotations]
    for box in range(1, 10):
        label = next(t for t in texts if f"Kotak {box}</b>" in t)
        assert f"{COUNTS[box]:,}".replace(",", ".") in label
    box5 = next(t for t in texts if "Kotak 5</b>" in t)
    assert "1.234 · 76,5%" in box5  # 1234 / 1614, Indonesian number format
    assert fig.layout.separators == ",."
    # Kotak 9 sits top right: its label is in the cell x >= 80, y >= 80
    a9 = next(a for a in fig.layout.annotations if "Kotak 9</b>" in a.text)
    assert a9.x >= 80 and a9.y > 80


def test_english_labels_and_separators() -> None:
    fig = charts.nine_box(
        points(50), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)}, lang="en"
    )
    assert fig.layout.separators == ".,"
    assert any("Box 9</b>" in a.text and "99 · " in a.text for a in fig.layout.annotations)


def test_talent_pool_cells_are_marked() -> None:
    fig = charts.nine_box(points(50), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    fills = [s for s in fig.layout.shapes if s.type == "rect" and s.fillcolor == charts.POOL_FILL]
    assert len(fills) == 3
    assert any(s.type == "path" for s in fig.layout.shapes)  # one outline around boxes 7, 8, 9
    assert any("Talent pool (Kotak 7, 8, 9)" == tr.name for tr in fig.data)


def test_colour_by_attribute_gives_one_trace_per_value() -> None:
    pts = points(400)
    fig = charts.nine_box(
        pts, cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)}, color_by="unit_kerja"
    )
    point_traces = [tr for tr in fig.data if tr.meta == "points"]
    assert sorted(tr.name for tr in point_traces) == sorted(pts["unit_kerja"].unique())
    assert sum(len(tr.x) for tr in point_traces) == len(pts)


def test_colour_by_box_gives_one_trace_per_box() -> None:
    fig = charts.nine_box(points(400), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    assert [tr.name for tr in fig.data if tr.meta == "points"] == [f"Kotak {b}" for b in range(1, 10)]


def test_points_stay_at_their_real_scores_and_hover_shows_them() -> None:
    pts = points(200)
    pts.loc[1, ["kinerja_score", "potensial_score"]] = pts.loc[
        0, ["kinerja_score", "potensial_score"]
    ].to_numpy()
    fig = charts.nine_box(pts, cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    xs = np.concatenate([np.asarray(tr.x) for tr in fig.data if tr.meta == "points"])
    custom = np.concatenate([np.asarray(tr.customdata) for tr in fig.data if tr.meta == "points"])
    rows = custom[:, 7].astype(int)
    moved = np.abs(xs - pts.loc[rows, "potensial_score"].to_numpy()) > 0
    assert set(rows[moved]) <= {0, 1}  # only the identical pair is nudged
    assert np.all(np.abs(xs - pts.loc[rows, "potensial_score"].to_numpy()) <= charts.JITTER)
    assert np.allclose(custom[:, 5].astype(float), pts.loc[rows, "potensial_score"].round(2))


def test_meeting_mode_sends_no_names_or_nips() -> None:
    fig = charts.nine_box(
        points(50), cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)}, show_identity=False
    )
    payload = fig.to_json()
    assert "Pegawai Nomor" not in payload and "19800101" not in payload
    assert "P. N." in payload


@pytest.mark.slow
def test_a_national_population_stays_within_the_payload_budget() -> None:
    pts = points(200_000, seed=7)
    fig = charts.nine_box(pts, cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    size = len(fig.to_json().encode())
    assert size <= 2_000_000, size
    drawn = sum(len(tr.x) for tr in fig.data if tr.meta == "points")
    assert 0 < drawn <= charts.MAX_POINTS
    assert charts.points_drawn(fig) == drawn  # what the page's caption says it drew
    assert f"{drawn:,}".replace(",", ".") in fig.layout.title.text
    heat = [tr for tr in fig.data if tr.type == "heatmap"]
    assert len(heat) == 1 and np.nansum(np.asarray(heat[0].z, dtype=float)) == 200_000  # everyone counted
    assert "200.000" in fig.layout.title.text


def test_selection_maps_back_to_rows() -> None:
    selection = {"points": [{"customdata": ["a", "b", "c", "d", 1, 2, 5, 17]}, {"x": 1}, {"customdata": [1]}]}
    assert charts.selected_rows(selection) == [17]
    assert charts.selected_rows(None) == []


def test_box_share_heatmap_annotates_percentages() -> None:
    shares = pd.DataFrame({1: [0.1, 0.2], 5: [0.9, 0.8], "n": [10, 25]}, index=["Unit A", "Unit B"])
    fig = charts.box_share_heatmap(shares, boxes=[1, 5], highlight_above=0.85)
    assert fig.data[0].text[0] == ["10%", "90%"]
    assert list(fig.data[0].y) == ["Unit A  (n=10)", "Unit B  (n=25)"]
    assert len(fig.layout.shapes) == 1  # 90% > 85%


def test_initials() -> None:
    assert charts.initials("Siti Nurhaliza") == "S. N."
    assert charts.initials(None) == "–"


def test_hover_text_from_the_data_is_escaped() -> None:
    """Plotly renders hover text as HTML: a hostile name shows as typed, never as a link or markup."""
    pts = points(20)
    pts.loc[pts.index[0], "nama"] = '<a href="javascript:alert(1)">Budi</a>'
    pts.loc[pts.index[1], "unit_kerja"] = "<img src=x onerror=alert(1)>"
    fig = charts.nine_box(pts, cells=cells(), cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    payload = str(json.loads(fig.to_json()))  # decoded: to_json writes '<' as \u003c
    assert "&lt;a href=" in payload and "&lt;img src=x" in payload
    assert "<a href=" not in payload and "<img src=x" not in payload


def test_berandas_box_distribution_shows_every_box_with_the_pool_in_green() -> None:
    from analytics.ninebox.charts import BOX_GREY, POOL_LINE, box_distribution_html

    def bars(page: str) -> list[tuple[int, str, float]]:
        found = re.findall(r"data-box='(\d)' style='background:(#[0-9a-f]{6});height:([\d.]+)%", page)
        return [(int(b), c, float(h)) for b, c, h in found]

    page = box_distribution_html({1: 1500, 5: 3000, 7: 250, 9: 250}, pool_boxes=[7, 8, 9], lang="id")
    assert re.findall(r"<th scope='col'[^>]*>(Kotak \d)</th>", page) == [f"Kotak {b}" for b in range(1, 10)]
    found = bars(page)
    assert [b for b, _, _ in found] == list(range(1, 10))
    assert [c for _, c, _ in found] == [BOX_GREY] * 6 + [POOL_LINE] * 3
    assert [h for _, _, h in found] == [50.0, 0.0, 0.0, 0.0, 100.0, 0.0, 8.3, 0.0, 8.3]  # of the largest
    assert "1.500 · 30,0%" in page and "0 · 0,0%" in page and "Pegawai" in page
    english = box_distribution_html({1: 1500, 5: 3000}, pool_boxes=[6, 8, 9], lang="en")
    assert "Box 1" in english and "1,500 · 33.3%" in english and "Employees" in english
    assert [c == POOL_LINE for _, c, _ in bars(english)][5:] == [True, False, True, True]
    empty = box_distribution_html({}, pool_boxes=[7, 8, 9], lang="id")  # nothing mapped: no division by 0
    assert [h for _, _, h in bars(empty)] == [0.0] * 9 and "0 · 0,0%" in empty
