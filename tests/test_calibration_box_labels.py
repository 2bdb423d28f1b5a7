"""A box from outside is its level pair, never a bare number (issue 17.2, docs/rules.md §3a): the
calibration's target given as 'atas/tinggi' or 'opensource:7' stores the right cell; '7' alone is
refused with a message naming the option and what to write instead, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analytics.core import db
from analytics.ninebox import boxes as ninebox
from analytics.ninebox import calibration
from analytics.ninebox import rules as nbrules
from analytics.ninebox import views as ninebox_views
from analytics.ninebox.calibration import CalibrationRefused, Decision
from tests.calibrations import calibrate_set

OK = Decision("Rapat menilai kontribusi lapangan belum tercermin di nilai.", "Kepala BKPSDM")
NIP = "199001012015031001"  # kinerja 70, potensial 70: sesuai/menengah, box 5 in every numbering


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = db.connect(tmp_path / "labels.duckdb")
    c.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan, kinerja_utama, kompetensi)"
        " values (2025, ?, 'Nama Contoh', 'Pemerintah Kabupaten Ende', 'Dinas Pendidikan', 'Guru', 'Fungsional', 70, 70)",
        [NIP],
    )
    return c


def cell_in(con: duckdb.DuckDBPyConnection, scheme: str) -> tuple[int, int, int]:
    r = ninebox.Rules.default(con).with_scheme(scheme)
    pts = ninebox_views.scatter_points(
        con, box_view="calibrated", rules=r, filters=ninebox.Filters(period=2025)
    )
    row = pts.set_index("nip").loc[NIP]
    ref = ninebox_views.box_reference(con, scheme).set_index("box")
    box = int(row["box"])
    return box, int(ref.at[box, "kinerja_level"]), int(ref.at[box, "potensial_level"])


@pytest.mark.parametrize(
    "given", ["bawah/tinggi", "Di bawah ekspektasi / Tinggi", "opensource:7", "permenpanrb:6", "kemenkeu:3"]
)
def test_the_label_form_and_a_scheme_qualified_number_store_the_same_cell(
    con: duckdb.DuckDBPyConnection, given: str
) -> None:
    calibrate_set(con, period=2025, nip=NIP, to_box=given, decision=OK, computed_box=5)
    stored = calibration.trail(con)["to_box"].dropna().tolist()
    assert stored == [6]  # bawah/tinggi in the default (PermenPANRB) numbering
    assert cell_in(con, "permenpanrb") == (6, 1, 3)
    assert cell_in(con, "opensource") == (7, 1, 3)
    assert cell_in(con, "kemenkeu") == (3, 1, 3)


def test_atas_tinggi_is_box_9_in_every_numbering(con: duckdb.DuckDBPyConnection) -> None:
    for scheme in ("permenpanrb", "kemenkeu", "opensource"):
        assert nbrules.parse_box(con, "atas/tinggi", field="--to", scheme=scheme) == 9
    assert nbrules.parse_box(con, "sesuai/menengah", field="--to") == 5
    assert nbrules.parse_box(con, "opensource:3", field="--to") == 4  # atas/rendah


def test_a_bare_number_is_refused_and_nothing_is_stored(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(CalibrationRefused) as err:
        calibration.calibrate(con, period=2025, nip=NIP, to_box="7", decision=OK, computed_box=5)
    msg = str(err.value)
    assert msg.startswith("to_box: kotak '7' tanpa skema penomoran ditolak")
    assert "'atas/tinggi'" in msg and "'permenpanrb:9'" in msg
    assert calibration.trail(con).empty
    # the same call with the level pair is stored (the refusal was the number, not the person)
    calibration.calibrate(con, period=2025, nip=NIP, to_box="atas/tinggi", decision=OK, computed_box=5)
    assert calibration.trail(con)["to_box"].tolist() == [9]


@pytest.mark.parametrize("bad", ["9", "tinggi/atas", "atas", "lain:7", "opensource:10", ""])
def test_what_is_not_a_box_is_refused_with_the_field(con: duckdb.DuckDBPyConnection, bad: str) -> None:
    with pytest.raises(ValueError, match=r"^kolom kotak: "):
        nbrules.parse_box(con, bad, field="kolom kotak")
    with pytest.raises(ValueError, match=r"^--to: .*without its numbering scheme|^--to: .*is not a box"):
        nbrules.parse_box(con, bad, field="--to", lang="en")
