"""Period movement: the transition counts equal two independent nine-box computations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics.core import db
from analytics.core.filters import Filters
from analytics.ninebox import boxes as nb
from analytics.ninebox import movement

KEPKA = nb.Weights(
    kinerja={"kinerja_utama": 60, "penghargaan": 15, "tim_kerja": 15, "umpan_balik": 10},
    potensial={c: 1 for c in db.POTENSIAL_COMPONENTS},
)
DEFAULT = nb.Thresholds()


def emp(period: int, nip: int, k: float | None, p: float, unit: str = "Dinas A") -> dict[str, Any]:
    """Every kinerja component ``k`` (so the kinerja score is ``k``), every potensial component ``p``."""
    row: dict[str, Any] = {
        "period": period, "nip": f"{nip:018d}", "nama": f"Pegawai {nip}", "instansi": "Kabupaten Contoh",
        "unit_kerja": unit, "jabatan": "Analis", "jenis_jabatan": "Fungsional",
    }  # fmt: skip
    row.update({c: k for c in db.KINERJA_COMPONENTS})
    row.update({c: p for c in db.POTENSIAL_COMPONENTS})
    return row


ROWS = [
    emp(2024, 1, 90, 90), emp(2025, 1, 90, 90),  # 9 -> 9
    emp(2024, 2, 70, 70), emp(2025, 2, 85, 70),  # 5 -> 7 (enters the pool)
    emp(2024, 3, 85, 85), emp(2025, 3, 50, 85),  # 9 -> 6 (leaves the pool)
    emp(2024, 4, 50, 50), emp(2025, 4, 50, 50, unit="Dinas B"),  # 1 -> 1, moved unit
    emp(2024, 5, 70, 85), emp(2025, 5, None, 85),  # 8 -> unmappable (leaves the pool)
    emp(2024, 6, 90, 70),  # 7, gone in 2025 (leaves the pool)
    emp(2025, 7, 90, 90, unit="Dinas B"),  # new in 2025, box 9 (enters the pool)
]  # fmt: skip

# Rows = 2024 box 1..9 then unmappable; columns = 2025 box; only NIPs present in both periods.
EXPECTED = np.zeros((10, 10), dtype=int)
for _from, _to in [(9, 9), (5, 7), (9, 6), (1, 1), (8, 10)]:
    EXPECTED[_from - 1, _to - 1] += 1


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path / "m.duckdb")
    cols = sorted({k for r in ROWS for k in r})
    frame = pd.DataFrame([{k: r.get(k) for k in cols} for r in ROWS], columns=cols)
    cur = c.cursor()
    cur.register("new_rows", frame)
    cur.execute("insert into employees by name select * from new_rows")
    yield c
    c.close()


def independent(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """The matrix from two separate assign_boxes runs joined by NIP in pandas."""
    boxes = {
        p: nb.assign_boxes(con, rules=nb.Rules(KEPKA, DEFAULT), filters=Filters(period=p)).set_index("nip")[
            "box"
        ]
        for p in (2024, 2025)
    }
    out = np.zeros((10, 10), dtype=int)
    for nip in boxes[2024].index.intersection(boxes[2025].index):
        a, b = boxes[2024][nip], boxes[2025][nip]
        out[9 if pd.isna(a) else int(a) - 1, 9 if pd.isna(b) else int(b) - 1] += 1
    return out


def test_transition_counts_equal_two_independent_nine_box_computations(
    con: duckdb.DuckDBPyConnection,
) -> None:
    m = movement.box_movement(
        con, before=2024, after=2025, rules=nb.Rules(KEPKA, DEFAULT), filters=Filters(period=2025)
    )
    np.testing.assert_array_equal(m.matrix, EXPECTED)
    np.testing.assert_array_equal(m.matrix, independent(con))
    assert (m.n_both, m.n_new, m.n_gone, m.n_moved) == (5, 1, 1, 2)
    assert sorted(m.entered["nip"].str[-1]) == ["2", "7"]
    assert sorted(m.left["nip"].str[-1]) == ["3", "5", "6"]
    assert dict(zip(m.entered["nip"].str[-1], m.entered["status"], strict=True)) == {"2": "moved", "7": "new"}
    assert (m.pool_before, m.pool_after, m.n_entered, m.n_left) == (4, 3, 2, 3)
    units = m.units.set_index("unit_kerja")
    assert units.loc["Dinas A", ["pool_before", "pool_after", "net"]].tolist() == [4, 2, -2]
    assert units.loc["Dinas B", ["pool_before", "pool_after", "net"]].tolist() == [0, 1, 1]
    assert "2 dari 5 pegawai berpindah kotak" in movement.headline(m)


def test_unit_filter_applies_to_both_periods(con: duckdb.DuckDBPyConnection) -> None:
    m = movement.box_movement(
        con, before=2024, after=2025, rules=nb.Rules(KEPKA, DEFAULT),
        filters=Filters(period=2025, unit_kerja=("Dinas A",)),
    )  # fmt: skip
    assert (m.n_both, m.n_gone) == (4, 2)  # NIP 4 moved to Dinas B: gone from Dinas A's view
