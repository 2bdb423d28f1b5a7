"""Agency schemes (issue 17.2, docs/rules.md §4a): one employee worked out by hand under each shipped
scheme (ref_agency_schemes), and the engine keeps its two paths equal under a scheme of its own."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from analytics.core import db
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine, rules, scoring

NIP = "198501012010011001"


def one_employee(
    con: duckdb.DuckDBPyConnection, predicate: str, skp: float | None, *, nip: str = NIP,
    instansi: str = "Kementerian Pekerjaan Umum",
) -> None:  # fmt: skip
    """SKP 72 with the predicate 'Baik' (or as given); every other component 70."""
    row = {c: 70.0 for c in db.COMPONENTS}
    row.update(kinerja_utama=skp, predikat_kinerja=predicate)
    frame = pd.DataFrame(
        [
            {
                "period": 2025, "nip": nip, "nama": "Pegawai Contoh", "instansi": instansi,
                "unit_kerja": "Direktorat A", "jabatan": "Analis", "jenis_jabatan": "Fungsional", **row,
            }
        ]
    )  # fmt: skip
    cur = con.cursor()
    cur.register("one_row", frame)
    cur.execute("insert into employees by name select * from one_row")
    cur.unregister("one_row")


def box_of(con: duckdb.DuckDBPyConnection, agency: str) -> pd.Series:
    r = nb.Rules.for_agency(con, agency)
    return nb.assign_boxes(con, rules=r, filters=nb.Filters(period=2025)).set_index("nip").loc[NIP]


def test_the_shipped_schemes_and_the_default(con: duckdb.DuckDBPyConnection) -> None:
    assert rules.agency_schemes(con) == ["kepka411", "kemenkeu", "pu"]
    assert rules.DEFAULT_AGENCY == "kepka411"
    assert nb.Rules.default(con) == nb.Rules.for_agency(con, "kepka411")
    pu = nb.Rules.for_agency(con, "pu")
    assert pu.weights.kinerja == {
        "kinerja_utama": 100.0,
        "penghargaan": 0.0,
        "tim_kerja": 0.0,
        "umpan_balik": 0.0,
    }
    # potential and competence 65 + qualification 20 + integrity and morality 15
    p = pu.weights.potensial
    assert p["kompetensi"] + p["pengembangan_kompetensi"] + p["pengalaman_jabatan"] + p["potensi"] == 65
    assert p["pendidikan_formal"] + p["kesesuaian_bidang_ilmu"] == 20 and p["integritas"] == 15
    assert (pu.thresholds.kinerja, pu.thresholds.potensial) == ((60.0, 80.0), (60.0, 80.0))
    assert (pu.agency, pu.predicate_map) == ("pu", "pu")
    with pytest.raises(ValueError, match="tidak dikenal"):
        nb.Rules.for_agency(con, "nope")


def test_one_employee_under_each_scheme_by_hand(con: duckdb.DuckDBPyConnection) -> None:
    one_employee(con, "Baik", 72.0)
    # Kepka BKN 411/2025: kinerja = (60 x 72 + 15 x 70 + 15 x 70 + 10 x 70) / 100 = 71,2 -> level 2;
    # potensial = 70 -> level 2; (2, 2) = box 5 in PermenPANRB 3/2020's numbering.
    kepka = box_of(con, "kepka411")
    assert kepka["kinerja_score"] == pytest.approx(71.2) and kepka["potensial_score"] == pytest.approx(70)
    assert (kepka["kinerja_level"], kepka["potensial_level"], kepka["box"]) == (2, 2, 5)
    # Kementerian PU: kinerja = the predicate alone, Baik = 80 -> level 3 (di atas ekspektasi);
    # potensial = 70 -> level 2; (3, 2) = box 7, in the talent pool.
    pu = box_of(con, "pu")
    assert pu["kinerja_score"] == pytest.approx(80.0) and pu["potensial_score"] == pytest.approx(70)
    assert (pu["kinerja_level"], pu["potensial_level"], pu["box"], pu["talent_pool"]) == (3, 2, 7, True)
    # Kemenkeu: Kepka's weights and cut-offs (its own are not public), its own numbering: (2, 2) = box 6.
    kemenkeu = box_of(con, "kemenkeu")
    assert kemenkeu["kinerja_score"] == pytest.approx(71.2)
    assert (kemenkeu["kinerja_level"], kemenkeu["potensial_level"], kemenkeu["box"]) == (2, 2, 6)


@pytest.mark.parametrize(
    ("predicate", "skp", "kepka_level", "pu_score", "pu_level"),
    [
        # by default the predicate only stands in for a missing SKP score, weighted 60 of 100:
        ("Sangat Baik", None, 3, 100.0, 3),  # default (60 x 90 + 2.800) / 100 = 82 -> 3; PU 100 -> 3
        ("Butuh Perbaikan", None, 2, 60.0, 2),  # default (60 x 55 + 2.800) / 100 = 61 -> 2; PU 60 -> 2
        ("Sangat Kurang", 95.0, 3, 20.0, 1),  # the SKP score counts by default; under PU the predicate
        ("Kurang/Misconduct", None, 1, 40.0, 1),  # an alias of Kurang (ref_predicates) maps to 40
    ],
)
def test_the_pu_predicate_map(
    con: duckdb.DuckDBPyConnection, predicate: str, skp: float | None, kepka_level: int, pu_score: float,
    pu_level: int,
) -> None:  # fmt: skip
    one_employee(con, predicate, skp)
    assert box_of(con, "kepka411")["kinerja_level"] == kepka_level
    pu = box_of(con, "pu")
    assert pu["kinerja_score"] == pytest.approx(pu_score) and pu["kinerja_level"] == pu_level


def test_the_engine_keeps_the_paths_equal_under_a_scheme_of_its_own(con: duckdb.DuckDBPyConnection) -> None:
    for i, predicate in enumerate(["Baik", "Sangat Baik", "Butuh Perbaikan", "Baik", "Kurang"]):
        frame = pd.DataFrame(
            [{"period": 2025, "nip": f"{i:018d}", "nama": "x", "instansi": "I", "unit_kerja": "U", "jabatan": "J",
              "jenis_jabatan": "Fungsional", "predikat_kinerja": predicate,
              **{c: 65.0 + 3 * i for c in db.COMPONENTS if c != "kinerja_utama"}}]
        )  # fmt: skip
        cur = con.cursor()
        cur.register("r", frame)
        cur.execute("insert into employees by name select * from r")
        cur.unregister("r")
    assert scoring.ensure_fresh(con)
    pu = nb.Rules.for_agency(con, "pu")
    kepka = nb.Rules.default(con)
    # the scoring table holds the default predicate substitution: a scheme with its own map is boxed in SQL
    assert engine.prepare(con, pu, nb.Filters()) is None
    assert engine.prepare(con, kepka, nb.Filters()) is not None
    for r in (pu, kepka):
        counts = nb.box_counts(con, rules=r, filters=nb.Filters())
        rows = nb.assign_boxes(con, rules=r, filters=nb.Filters())
        per_box = rows["box"].value_counts()
        got = counts.dropna(subset=["box"]).set_index("box")["n"]
        assert {int(b): int(n) for b, n in got.items() if n} == {int(b): int(n) for b, n in per_box.items()}
    assert int(nb.box_counts(con, rules=pu, filters=nb.Filters()).set_index("box")["n"].get(7, 0)) >= 1


def test_each_instansi_is_boxed_by_its_own_scheme_in_one_query(con: duckdb.DuckDBPyConnection) -> None:
    """ref_instansi_schemes binds Kementerian PU to 'pu': the same person (Baik, SKP 72, the rest 70)
    lands in box 7 there and in box 5 in a regency that follows the default, in one assign_boxes."""
    one_employee(con, "Baik", 72.0, nip="1" * 18, instansi="Kementerian Pekerjaan Umum")
    one_employee(con, "Baik", 72.0, nip="2" * 18, instansi="Pemerintah Kabupaten Ende")
    mixed = nb.Rules.per_instansi(con)
    assert [(names, r.agency) for names, r in mixed.bound] == [
        (("Kementerian Keuangan",), "kemenkeu"), (("Kementerian Pekerjaan Umum",), "pu"),
    ]  # fmt: skip
    assert all(r.scheme == nb.DEFAULT_SCHEME for _, r in mixed.bound)  # one numbering in one view
    rows = nb.assign_boxes(con, rules=mixed, filters=nb.Filters(period=2025)).set_index("nip")
    assert rows.loc["1" * 18, ["kinerja_score", "box"]].tolist() == [80.0, 7]
    assert rows.loc["2" * 18, "kinerja_score"] == pytest.approx(71.2) and rows.loc["2" * 18, "box"] == 5
    # the default rules box both alike
    plain = nb.assign_boxes(con, rules=nb.Rules.default(con), filters=nb.Filters(period=2025))
    assert plain["box"].tolist() == [5, 5]
    # a filter on one instansi keeps the binding
    only_pu = nb.assign_boxes(con, rules=mixed, filters=nb.Filters(instansi=("Kementerian Pekerjaan Umum",)))
    assert only_pu["box"].tolist() == [7]
    counts = nb.box_counts(con, rules=mixed, filters=nb.Filters(period=2025)).set_index("box")["n"]
    assert (int(counts[5]), int(counts[7])) == (1, 1)
    # the regional comparison's note: the selection's instansi follow two schemes, one of them alone one
    assert rules.schemes_in(con, nb.Filters(period=2025)) == ["kepka411", "pu"]
    assert rules.schemes_in(con, nb.Filters(instansi=("Pemerintah Kabupaten Ende",))) == ["kepka411"]
    assert rules.schemes_of(con, ["Kementerian Pekerjaan Umum", "Pemerintah Kabupaten Ende"]) == {
        "Kementerian Pekerjaan Umum": "pu", "Pemerintah Kabupaten Ende": "kepka411",
    }  # fmt: skip
