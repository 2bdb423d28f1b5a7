"""The nine-box views with calibrations: computed, calibrated or both, across numbering schemes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from analytics.core import db
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration, charts
from analytics.ninebox import views as ninebox_views
from analytics.ninebox.calibration import Decision
from tests.calibrations import calibrate_set, undo_set

OK = Decision("Rapat menilai kontribusi lapangan belum tercermin di nilai.", "Kepala BKPSDM")
MOVED = "199001012015031001"  # computed box 5, calibrated to 8


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = db.connect(tmp_path / "views.duckdb")
    for nip, k, p in [
        (MOVED, 70.0, 70.0),
        ("199202022016032002", 85.0, 85.0),
        ("198803032012031003", 50.0, 50.0),
    ]:
        c.execute(
            "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama, kompetensi)"
            " values (2025, ?, 'Nama ' || ?, 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan', 'Guru', 'Fungsional', ?, ?)",
            [nip, nip[-3:], k, p],
        )
    calibrate_set(c, period=2025, nip=MOVED, to_box=8, decision=OK, computed_box=5)
    return c


def rules(c: duckdb.DuckDBPyConnection, scheme: str = ninebox.DEFAULT_SCHEME) -> dict[str, Any]:
    return {"rules": ninebox.Rules.default(c).with_scheme(scheme), "filters": ninebox.Filters(period=2025)}


def test_cells_count_by_the_chosen_view(con: duckdb.DuckDBPyConnection) -> None:
    computed, _ = ninebox_views.cell_table(con, box_view="computed", **rules(con))
    calibrated, _ = ninebox_views.cell_table(con, box_view="calibrated", **rules(con))
    n = computed.set_index("box")["n"]
    m = calibrated.set_index("box")["n"]
    assert (n[5], n[8], m[5], m[8]) == (1, 0, 0, 1)
    assert list(calibrated["n_computed"]) == list(computed["n"])
    assert list(computed["n_calibrated"]) == list(calibrated["n"])


def test_before_after_matches_distribution_change(con: duckdb.DuckDBPyConnection) -> None:
    cells, _ = ninebox_views.cell_table(con, box_view="both", **rules(con))
    boxes = calibration.apply_calibrations(con, ninebox.assign_boxes(con, **rules(con)), 2025)
    expected = calibration.distribution_change(boxes)
    assert list(cells["n_computed"]) == list(expected["before"])
    assert list(cells["n_calibrated"]) == list(expected["after"])


def test_points_and_members_mark_the_calibrated_person(con: duckdb.DuckDBPyConnection) -> None:
    pts = ninebox_views.scatter_points(con, box_view="calibrated", **rules(con)).set_index("nip")
    assert (pts.at[MOVED, "box"], pts.at[MOVED, "computed_box"], pts.at[MOVED, "calibrated_box"]) == (8, 5, 8)
    assert bool(pts.at[MOVED, "calibrated"]) and bool(pts.at[MOVED, "talent_pool"])
    assert int(pts["calibrated"].sum()) == 1
    assert list(ninebox_views.members(con, box=8, box_view="calibrated", **rules(con))["nip"]) == [MOVED]
    assert ninebox_views.members(con, box=8, box_view="computed", **rules(con)).empty
    assert ninebox_views.count_calibrated(con, **rules(con)) == 1


def test_undo_returns_to_the_computed_box(con: duckdb.DuckDBPyConnection) -> None:
    entry = int(calibration.trail(con)["entry_id"].iloc[0])
    undo_set(con, entry_id=entry, decision=OK)
    pts = ninebox_views.scatter_points(con, box_view="calibrated", **rules(con)).set_index("nip")
    assert pts.at[MOVED, "box"] == 5 and not bool(pts.at[MOVED, "calibrated"])


def test_calibrated_box_follows_the_cell_in_another_numbering(con: duckdb.DuckDBPyConnection) -> None:
    ref = ninebox_views.box_reference(con).set_index("box")
    cell = (ref.at[8, "kinerja_level"], ref.at[8, "potensial_level"])
    for scheme in ninebox_views.schemes(con):
        other = ninebox_views.box_reference(con, scheme).set_index(["kinerja_level", "potensial_level"])
        pts = ninebox_views.scatter_points(con, box_view="calibrated", **rules(con, scheme))
        assert pts.set_index("nip").at[MOVED, "box"] == other.at[cell, "box"]


def test_people_search_by_name_or_nip(con: duckdb.DuckDBPyConnection) -> None:
    assert list(ninebox_views.people(con, search="Nama 003", **rules(con))["nip"]) == ["198803032012031003"]
    assert list(ninebox_views.people(con, search="19920202", **rules(con))["nip"]) == ["199202022016032002"]
    found = ninebox_views.people(con, nip=MOVED, **rules(con))
    assert found["nip"].iloc[0] == MOVED and found["box"].iloc[0] == 8 and found["computed_box"].iloc[0] == 5


def test_mask_nip_and_chart_marker(con: duckdb.DuckDBPyConnection) -> None:
    assert charts.mask_nip("198501012010011001") == "1985••••••••••1001"
    cells, _ = ninebox_views.cell_table(con, box_view="calibrated", **rules(con))
    pts = ninebox_views.scatter_points(con, box_view="calibrated", **rules(con))
    fig = charts.nine_box(pts, cells=cells, cutoffs={"kinerja": (60, 80), "potensial": (60, 80)})
    ring = [tr for tr in fig.data if tr.meta == "calibrated"]
    assert len(ring) == 1 and len(ring[0].x) == 1 and ring[0].marker.symbol == "diamond-open"
    notes = [row[8] for tr in fig.data if tr.meta == "points" for row in tr.customdata]
    assert sum("dikalibrasi" in n for n in notes) == 1


def test_unit_shares_regions_and_piling_follow_the_calibrated_view(tmp_path: Path) -> None:
    """Every view counts calibrated boxes when asked: per-unit shares, the regional table, piling-up."""
    from analytics.ninebox import clustering

    c = db.connect(tmp_path / "pile.duckdb")
    rows = []
    for i in range(30):  # Dinas A: 30 people, all computed in box 5 (70/70)
        rows.append((f"1990010120150310{i:02d}", "Dinas A", 70.0, 70.0))
    for i in range(30):  # Dinas B: spread over boxes 1, 5, 9
        score = (50.0, 70.0, 90.0)[i % 3]
        rows.append((f"1991010120150320{i:02d}", "Dinas B", score, score))
    for nip, unit, k, p in rows:
        c.execute(
            "insert into employees (period, nip, nama, instansi, kab_kota, unit_kerja, jabatan, jenis_jabatan,"
            " kinerja_utama, kompetensi) values (2025, ?, 'Nama', 'Pemerintah Kabupaten Ende', 'Kabupaten Ende',"
            " ?, 'Guru', 'Fungsional', ?, ?)",
            [nip, unit, k, p],
        )
    r = rules(c)
    computed = clustering.detect_piling(c, by="unit_kerja", **r)
    assert "Dinas A" in set(computed["group"])
    # the meeting moves 20 of Dinas A's 30 to boxes 1 and 9: now spread like Dinas B, no piling-up
    for i in range(20):
        calibrate_set(
            c, period=2025, nip=f"1990010120150310{i:02d}", to_box=(1, 9)[i % 2], decision=OK, computed_box=5
        )
    calibrated = clustering.detect_piling(c, by="unit_kerja", box_view="calibrated", **r)
    assert "Dinas A" not in set(calibrated["group"])
    assert "Dinas A" in set(clustering.detect_piling(c, by="unit_kerja", **r)["group"])  # computed unchanged

    shares = ninebox_views.unit_box_shares(c, box_view="calibrated", **r)
    a5 = shares[(shares["unit_kerja"] == "Dinas A") & (shares["box"] == 5)]["share"].iloc[0]
    assert a5 == pytest.approx(10 / 30)
    a5_computed = ninebox_views.unit_box_shares(c, **r)
    assert (
        a5_computed[(a5_computed["unit_kerja"] == "Dinas A") & (a5_computed["box"] == 5)]["share"].iloc[0]
        == 1
    )

    table, _ = ninebox_views.regional_comparison(c, by="kab_kota", box_view="calibrated", **r)
    region = table.set_index("region").loc["Kabupaten Ende"]
    assert region["share_5"] == pytest.approx((10 + 10) / 60)
    computed_table, _ = ninebox_views.regional_comparison(c, by="kab_kota", **r)
    assert computed_table.set_index("region").loc["Kabupaten Ende", "share_5"] == pytest.approx(40 / 60)


@pytest.mark.parametrize("scheme", ["permenpanrb", "kemenkeu"])
@pytest.mark.parametrize("box_view", ninebox_views.BOX_VIEWS)
def test_cells_in_memory_equal_the_sql(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch, scheme: str, box_view: str
) -> None:
    from analytics.ninebox import scoring

    # one more calibration, of someone with no computed box (no kompetensi): calibrated into box 4
    con.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama)"
        " values (2025, '199404042018032004', 'Nama 004', 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan',"
        " 'Guru', 'Fungsional', 75.0)"
    )
    calibrate_set(con, period=2025, nip="199404042018032004", to_box=4, decision=OK, computed_box=None)
    assert scoring.ensure_fresh(con)
    fast, fast_unmapped = ninebox_views.cell_table(con, box_view=box_view, **rules(con, scheme))
    with monkeypatch.context() as m:
        m.setattr(scoring, "fresh_stats", lambda c: None)
        slow, slow_unmapped = ninebox_views.cell_table(con, box_view=box_view, **rules(con, scheme))
    assert fast.equals(slow) and fast_unmapped == slow_unmapped
    assert int(fast["n_calibrated"].sum()) == 4 and int(fast["n_computed"].sum()) == 3


def test_both_view_shows_where_the_panel_put_the_person(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 19.9: in the 'both' view the calibrated person is a star in the middle of the box the
    meeting chose (box 8: kinerja middle, potensial high), with an arrow from their point at the scores
    (70/70, box 5)."""
    cells, _ = ninebox_views.cell_table(con, box_view="both", **rules(con))
    pts = ninebox_views.scatter_points(con, box_view="both", **rules(con))
    cut = {"kinerja": (60.0, 80.0), "potensial": (60.0, 80.0)}
    fig = charts.nine_box(pts, cells=cells, cutoffs=cut, show_computed=True)
    (star,) = [tr for tr in fig.data if tr.meta == "calibrated_to"]
    assert star.marker.symbol == "star" and len(star.x) == 1
    box8 = cells.set_index("box").loc[8]
    assert (int(box8["kinerja_level"]), int(box8["potensial_level"])) == (2, 3)
    assert 80 < star.x[0] < 100 and 60 < star.y[0] < 80  # inside box 8's cell (potensial x, kinerja y)
    assert star.y[0] < 80 - 8  # below the cell's 'Kotak 8' label at its top
    assert "Kotak keputusan rapat (1" in star.name
    # drawn as text too, after (above) every cell label, so no label box covers it
    stars = [i for i, a in enumerate(fig.layout.annotations) if a.text == "★"]
    labels = [i for i, a in enumerate(fig.layout.annotations) if "Kotak" in str(a.text)]
    assert len(stars) == 1 and stars[0] > max(labels)
    assert (fig.layout.annotations[stars[0]].x, fig.layout.annotations[stars[0]].y) == (star.x[0], star.y[0])
    (arrow,) = [a for a in fig.layout.annotations if a.showarrow]
    assert (arrow.x, arrow.y) == (star.x[0], star.y[0])
    assert (arrow.ax, arrow.ay) == (70.0, 70.0) and arrow.axref == "x" and arrow.ayref == "y"
    # the other views keep the ring only: no star, no arrow
    plain = charts.nine_box(pts, cells=cells, cutoffs=cut)
    assert not [tr for tr in plain.data if tr.meta == "calibrated_to"]
    assert not [a for a in plain.layout.annotations if a.showarrow or a.text == "★"]
    assert [tr for tr in plain.data if tr.meta == "calibrated"]


def test_meeting_mode_search_matches_only_what_the_screen_shows(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 19.10: in meeting mode typing a full name or a hidden part of an NIP finds no one; the
    initials and the NIP's shown first/last 4 digits still find the person."""
    con.execute("update employees set nama = 'Siti Nurhaliza' where nip = ?", [MOVED])

    def found(search: str, masked: bool) -> list[str]:
        return list(ninebox_views.people(con, search=search, masked=masked, **rules(con))["nip"])

    assert found("Siti", masked=False) == [MOVED]  # outside meeting mode: by name, as before
    assert found("Siti", masked=True) == []
    assert found("Nurhaliza", masked=True) == []
    assert found("S. N.", masked=True) == [MOVED] and found("sn", masked=True) == [MOVED]
    assert found("19900101", masked=True) == []  # the masked middle of the NIP stays hidden
    assert found("1990", masked=True) == [MOVED] and found("1001", masked=True) == [MOVED]
    assert found("19900101", masked=False) == [MOVED]


def test_an_empty_trail_counts_nothing_calibrated_or_pending(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "empty_trail.duckdb")
    c.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama, kompetensi)"
        " values (2025, ?, 'Nama', 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan', 'Guru', 'Fungsional', 70, 70)",
        [MOVED],
    )
    assert ninebox_views.count_calibrated(c, **rules(c)) == 0
    assert ninebox_views.count_pending(c, **rules(c)) == {"draft": 0, "reviewed": 0}
