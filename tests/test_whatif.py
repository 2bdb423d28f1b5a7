"""What-if weights (analytics.whatif.engine) on a tiny population in a real DuckDB file, expectations inline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics import cli
from analytics.core import db
from analytics.core.filters import Filters
from analytics.ninebox import boxes as nb
from analytics.whatif import engine as whatif
from tests.weights import KEPKA

SETARA = nb.Weights(
    kinerja={"kinerja_utama": 25, "penghargaan": 25, "tim_kerja": 25, "umpan_balik": 25},
    potensial={c: 1 for c in db.POTENSIAL_COMPONENTS},
)
DEFAULT = nb.Thresholds()
ALL = Filters(period=2025)


def emp(nip: int, a: float | None, b: float | None, p: float, **values: Any) -> dict[str, Any]:
    """Kinerja utama ``a``, the three kinerja penguat components ``b``, every potensial component
    ``p`` (so the potensial score is ``p`` under any weights)."""
    row: dict[str, Any] = {
        "period": 2025,
        "nip": f"{nip:018d}",
        "nama": f"Pegawai {nip}",
        "instansi": "Kabupaten Contoh",
        "unit_kerja": "Dinas A",
        "jabatan": "Analis",
        "jenis_jabatan": "Fungsional",
        "kinerja_utama": a,
        "penghargaan": b,
        "tim_kerja": b,
        "umpan_balik": b,
    }
    row.update({c: p for c in db.POTENSIAL_COMPONENTS})
    row.update(values)
    return row


# Kinerja under kepka411 = 0.6a + 0.4b; under setara = 0.25a + 0.75b (cut-offs 60/80).
PEOPLE = [
    emp(1, 90, 90, 90),  # 90 -> 90: box 9 -> 9
    emp(2, 90, 50, 90),  # 74 -> 60: box 8 -> 8
    emp(3, 100, 40, 70),  # 76 -> 55: box 5 -> 3
    emp(4, 50, 100, 90),  # 70 -> 87.5: box 8 -> 9
    emp(5, 70, 95, 50),  # 80 -> 88.75: box 4 -> 4
    emp(6, 95, 60, 70),  # 81 -> 68.75: box 7 -> 5
    emp(7, 80, 80, 80, tim_kerja=None),  # not assessed: unmappable in both
    emp(8, 40, 40, 50),  # 40 -> 40: box 1 -> 1
]

# Rows = kepka411 box 1..9 then unmappable; columns = setara box.
EXPECTED = np.zeros((10, 10), dtype=int)
for _from, _to in [(9, 9), (8, 8), (5, 3), (8, 9), (4, 4), (7, 5), (1, 1)]:
    EXPECTED[_from - 1, _to - 1] += 1
EXPECTED[9, 9] = 1


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    cols = sorted({k for r in rows for k in r})
    frame = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    cur = con.cursor()
    cur.register("new_rows", frame)
    cur.execute("insert into employees by name select * from new_rows")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "w.duckdb"


@pytest.fixture
def con(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(path)
    insert(c, PEOPLE)
    yield c
    c.close()


def run(
    con: duckdb.DuckDBPyConnection,
    scenario: nb.Weights,
    *,
    baseline: nb.Weights = KEPKA,
    thresholds_base: nb.Thresholds = DEFAULT,
    thresholds_scn: nb.Thresholds = DEFAULT,
    **kw: Any,
) -> whatif.Result:
    kw.setdefault("filters", ALL)
    return whatif.transitions(
        con, baseline=nb.Rules(baseline, thresholds_base), scenario=nb.Rules(scenario, thresholds_scn), **kw
    )


def two_assignments(
    con: duckdb.DuckDBPyConnection, before: nb.Weights, after: nb.Weights, th_after: nb.Thresholds = DEFAULT
) -> np.ndarray:
    """The matrix from two independent nine-box computations (assign_boxes twice)."""
    a = nb.assign_boxes(con, rules=nb.Rules(before, DEFAULT), filters=ALL).set_index("nip")["box"]
    b = nb.assign_boxes(con, rules=nb.Rules(after, th_after), filters=ALL).set_index("nip")["box"]
    out = np.zeros((10, 10), dtype=int)
    for nip, box in a.items():
        i = 9 if pd.isna(box) else int(box) - 1
        j = 9 if pd.isna(b[nip]) else int(b[nip]) - 1
        out[i, j] += 1
    return out


def test_transition_counts_match_the_expected_matrix_and_two_assignments(
    con: duckdb.DuckDBPyConnection,
) -> None:
    res = run(con, SETARA)
    np.testing.assert_array_equal(res.matrix, EXPECTED)
    np.testing.assert_array_equal(res.matrix, two_assignments(con, KEPKA, SETARA))
    assert (res.n_total, res.n_movers, res.n_mappability, res.movers_total) == (8, 3, 0, 3)
    assert (res.pool_before, res.pool_after, res.pool_boxes) == (4, 3, (7, 8, 9))
    movers = res.movers.set_index("nip")
    assert set(movers.index) == {f"{n:018d}" for n in (3, 4, 6)}
    m3 = movers.loc[f"{3:018d}"]
    assert (m3.from_box, m3.to_box, m3.nama, m3.unit_kerja, m3.jabatan) == (
        5,
        3,
        "Pegawai 3",
        "Dinas A",
        "Analis",
    )
    assert m3.kinerja_before == pytest.approx(76) and m3.kinerja_after == pytest.approx(55)
    assert m3.kinerja_change == pytest.approx(-21) and m3.potensial_change == pytest.approx(0)
    assert list(res.movers.columns) == list(whatif.MOVER_COLUMNS)
    # largest score change first: 3 (-21), 4 (+17.5), 6 (-12.25)
    assert list(res.movers["nip"]) == [f"{n:018d}" for n in (3, 4, 6)]
    assert whatif.headline(res) == "3 pegawai berpindah kotak; talent pool (kotak 7-8-9) dari 4 menjadi 3"


def test_cutoff_change_alone_and_movers_limit(con: duckdb.DuckDBPyConnection) -> None:
    th = nb.Thresholds(kinerja=(60, 75), potensial=(60, 80))
    res = run(con, KEPKA, thresholds_scn=th, movers_limit=1)
    np.testing.assert_array_equal(res.matrix, two_assignments(con, KEPKA, KEPKA, th))
    # 76 (box 5 -> 7) is the only kinerja score in [75, 80)
    assert res.n_movers == 1 and len(res.movers) == 1 and res.movers_total == 1
    assert (res.movers.from_box[0], res.movers.to_box[0]) == (5, 7)


def test_weights_that_change_no_score_move_no_one(con: duckdb.DuckDBPyConnection) -> None:
    doubled = nb.Weights(kinerja={k: 2 * v for k, v in KEPKA.kinerja.items()}, potensial=KEPKA.potensial)
    res = run(con, doubled)
    assert res.n_movers == 0 and res.movers.empty
    np.testing.assert_array_equal(np.diag(np.diag(res.matrix)), res.matrix)
    # every potensial component equals p: any potensial weights give the same scores
    res = run(con, nb.Weights(kinerja=KEPKA.kinerja, potensial={"integritas": 90, "potensi": 5}))
    assert res.n_movers == 0 and res.movers_total == 0


def test_weight_of_an_absent_component_moves_no_one(path: Path) -> None:
    c = db.connect(path)
    try:
        insert(
            c,
            [
                emp(n, a, b, p, penghargaan=None)
                for n, a, b, p in [(1, 90, 50, 70), (2, 60, 95, 85), (3, 75, 75, 50)]
            ],
        )
        heavy = nb.Weights(kinerja={**KEPKA.kinerja, "penghargaan": 90}, potensial=KEPKA.potensial)
        res = run(c, heavy)
        assert res.n_movers == 0 and res.n_mappability == 0 and res.n_total == 3
        assert whatif.component_presence(c, ALL)["present"]["penghargaan"] is False
    finally:
        c.close()


def test_sensitivity_counts(con: duckdb.DuckDBPyConnection) -> None:
    sens = whatif.sensitivity(con, rules=nb.Rules(KEPKA, DEFAULT), filters=ALL).set_index("component")
    # kinerja_utama 70: employee 5 falls from 80 to 79.09 (box 4 -> 2); each penguat +10: employee 6
    # falls from 81 to 79.09 (box 7 -> 5); potensial components are all equal per employee.
    assert sens["moved"].to_dict() == {
        "kinerja_utama": 1, "penghargaan": 1, "tim_kerja": 1, "umpan_balik": 1,
        **{c: 0 for c in db.POTENSIAL_COMPONENTS},
    }  # fmt: skip
    assert sens.loc["integritas", "axis"] == "potensial" and sens.loc["integritas", "weight"] == 15
    # the same as transitions with that weight raised
    raised = nb.Weights(kinerja={**KEPKA.kinerja, "kinerja_utama": 70}, potensial=KEPKA.potensial)
    assert run(con, raised).movers_total == 1


def test_component_presence_counts_ready_scores(path: Path) -> None:
    c = db.connect(path)
    try:
        insert(c, [emp(1, 80, 80, 80, skor_sumbu_potensial=70), emp(2, 60, 60, 60)])
        info = whatif.component_presence(c, ALL)
        assert info["n"] == 2 and info["ready"] == {"kinerja": 0, "potensial": 1}
        assert all(info["present"].values())
    finally:
        c.close()


def test_saved_weight_sets_round_trip(con: duckdb.DuckDBPyConnection) -> None:
    assert whatif.weight_sets(con) == []
    th = nb.Thresholds(kinerja=(55, 85), potensial=(60, 75))
    name = whatif.save_weight_set(con, "  Integritas  tinggi ", nb.Rules(SETARA, th))
    assert name == "Integritas tinggi"
    assert whatif.weight_sets(con) == ["Integritas tinggi"]
    weights, cut = whatif.load_weight_set(con, name)
    assert dict(weights.kinerja) == dict(SETARA.kinerja) and dict(weights.potensial) == dict(SETARA.potensial)
    assert cut == th
    assert whatif.preset_names(con) == ["kepka411", "pu", "setara", "Integritas tinggi"]
    assert whatif.resolve(con, "setara")[1] is None
    # replacing keeps one row
    whatif.save_weight_set(con, name, nb.Rules(KEPKA, DEFAULT))
    assert whatif.weight_sets(con) == [name]
    assert whatif.load_weight_set(con, name)[1] == DEFAULT
    for bad in ("", " ", "x" * 61, "kepka411", "Setara"):
        with pytest.raises(ValueError):
            whatif.save_weight_set(con, bad, nb.Rules(KEPKA, DEFAULT))
    with pytest.raises(ValueError, match="tidak dikenal"):
        whatif.load_weight_set(con, "nope")


def cli_json(path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli.main(["whatif", "--db", str(path), *args, "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_cli_output_equals_the_function(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = db.connect(path)
    insert(c, PEOPLE)
    res = run(c, SETARA)
    c.close()
    doc = cli_json(path, "--preset", "setara", capsys=capsys)
    assert doc["transitions"] == EXPECTED.tolist() == res.matrix.tolist()
    assert doc["boxes"] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None]
    assert (doc["n_movers"], doc["talent_pool_before"], doc["talent_pool_after"]) == (3, 4, 3)
    assert [m["nip"] for m in doc["movers"]] == list(res.movers["nip"])
    assert [(m["from_box"], m["to_box"]) for m in doc["movers"]] == [(5, 3), (8, 9), (7, 5)]
    weights = ",".join(f"{k}={v}" for k, v in {**SETARA.kinerja, **SETARA.potensial}.items())
    assert (
        cli_json(path, "--weights", weights, "--period", "2025", capsys=capsys)["transitions"]
        == doc["transitions"]
    )
    # text output: the headline, the matrix, the movers
    assert cli.main(["whatif", "--db", str(path), "--preset", "setara", "--baseline", "kepka411"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("3 pegawai berpindah kotak; talent pool (kotak 7-8-9) dari 4 menjadi 3")
    assert "semula\\baru,1,2,3,4,5,6,7,8,9,Tak terpetakan" in text


def test_cli_with_a_saved_set_as_baseline(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = db.connect(path)
    insert(c, PEOPLE)
    whatif.save_weight_set(c, "rata", nb.Rules(SETARA, DEFAULT))
    c.close()
    doc = cli_json(path, "--preset", "kepka411", "--baseline", "rata", capsys=capsys)
    assert doc["transitions"] == EXPECTED.T.tolist()


@pytest.mark.parametrize(
    "args",
    [
        ["--weights", "kinerja_utama=-5,kompetensi=10"],
        ["--weights", "kinerja_utama=abc,kompetensi=10"],
        ["--weights", "nope=10"],
        ["--weights", "kinerja_utama=10"],  # the potensial axis has no weight
        ["--preset", "nope"],
        ["--preset", "setara", "--baseline", "nope"],
        ["--preset", "setara", "--cutoffs", "80,60"],
        [],  # neither --preset nor --weights
    ],
)
def test_cli_bad_usage_exits_2(path: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    db.connect(path).close()
    assert cli.main(["whatif", "--db", str(path), *args]) == 2
    assert capsys.readouterr().err.strip()
