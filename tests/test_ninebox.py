"""Nine-box rules (docs/rules.md §2–5) on tiny populations in a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics import cli
from analytics.core import db
from analytics.ninebox import boxes as nb
from tests.weights import KEPKA

DEFAULT = nb.Thresholds()
ALL = nb.Filters()

# PermenPANRB 3/2020 numbering, (kinerja level, potensial level) -> box (docs/rules.md §3 table).
PERMENPANRB = {
    (3, 1): 4, (3, 2): 7, (3, 3): 9,
    (2, 1): 2, (2, 2): 5, (2, 3): 8,
    (1, 1): 1, (1, 2): 3, (1, 3): 6,
}  # fmt: skip
# Kemenkeu numbering (docs/rules.md §3, unverified).
KEMENKEU = {
    (3, 1): 5, (3, 2): 8, (3, 3): 9,
    (2, 1): 4, (2, 2): 6, (2, 3): 7,
    (1, 1): 1, (1, 2): 2, (1, 3): 3,
}  # fmt: skip
LEVEL_SCORE = {1: 50.0, 2: 70.0, 3: 90.0}  # a score inside each level with the 60/80 cut-offs


_counter = iter(range(1, 10**9))


def emp(**values: Any) -> dict[str, Any]:
    """One employees row with harmless defaults (every component 70 unless given)."""
    row: dict[str, Any] = {
        "period": 2025,
        "nip": f"{next(_counter):018d}",
        "nama": "Pegawai",
        "instansi": "Kabupaten Contoh",
        "unit_kerja": "Dinas A",
        "jabatan": "Analis",
        "jenis_jabatan": "Fungsional",
    }
    row.update({c: 70.0 for c in db.COMPONENTS})
    row.update(values)
    return row


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts of employees columns) in one statement."""
    cols = sorted({k for r in rows for k in r})
    frame = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    cur = con.cursor()
    cur.register("new_rows", frame)
    cur.execute(f"insert into employees by name select * from new_rows")  # noqa: S608, F541


def boxes(
    con: duckdb.DuckDBPyConnection,
    *,
    weights: nb.Weights = KEPKA,
    thresholds: nb.Thresholds = DEFAULT,
    scheme: str = nb.DEFAULT_SCHEME,
    **kw: Any,
) -> pd.DataFrame:
    kw.setdefault("filters", ALL)
    return nb.assign_boxes(con, rules=nb.Rules(weights, thresholds, scheme), **kw).set_index("nip")


# --- boxes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("scheme", "table"), [("permenpanrb", PERMENPANRB), ("kemenkeu", KEMENKEU)])
def test_each_level_pair_lands_in_the_documented_box(
    con: duckdb.DuckDBPyConnection, scheme: str, table: dict
) -> None:
    rows = [
        emp(nip=f"{k}{p}".zfill(18), skor_sumbu_kinerja=LEVEL_SCORE[k], skor_sumbu_potensial=LEVEL_SCORE[p])
        for k, p in table
    ]
    insert(con, rows)
    df = boxes(con, scheme=scheme)
    for (k, p), box in table.items():
        row = df.loc[f"{k}{p}".zfill(18)]
        assert (row.kinerja_level, row.potensial_level, row.box) == (k, p, box)
        assert row.talent_pool == (box in (7, 8, 9))  # Kepka BKN 411/2025: kotak 7, 8, 9


def test_kemenkeu_numbering_differs_from_permenpanrb(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, [emp(nip="1".zfill(18), skor_sumbu_kinerja=90, skor_sumbu_potensial=50)])
    assert boxes(con).box.iloc[0] == 4
    assert boxes(con, scheme="kemenkeu").box.iloc[0] == 5
    with pytest.raises(ValueError, match="tidak dikenal"):
        boxes(con, scheme="nope")


@pytest.mark.parametrize(("score", "level"), [(59.99, 1), (60.0, 2), (79.99, 2), (80.0, 3), (0, 1), (100, 3)])
def test_cutoff_boundaries(con: duckdb.DuckDBPyConnection, score: float, level: int) -> None:
    insert(con, [emp(skor_sumbu_kinerja=score, skor_sumbu_potensial=score)])
    row = boxes(con).iloc[0]
    assert (row.kinerja_level, row.potensial_level) == (level, level)


def test_exact_cutoff_from_a_weighted_mean_is_not_lost_to_float_noise(con: duckdb.DuckDBPyConnection) -> None:
    # 60 everywhere: the weighted mean is 60 (maybe 59.999...); it must be 'sesuai ekspektasi'.
    insert(con, [emp(**{c: 60.0 for c in db.COMPONENTS}), emp(**{c: 80.0 for c in db.COMPONENTS})])
    df = boxes(con)
    assert df.kinerja_level.tolist() == [2, 3]
    assert df.potensial_level.tolist() == [2, 3]
    assert df.kinerja_score.tolist() == pytest.approx([60.0, 80.0])


def test_custom_cutoffs(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, [emp(skor_sumbu_kinerja=65, skor_sumbu_potensial=85)])
    th = nb.Thresholds(kinerja=(50, 65), potensial=(70, 90))
    row = boxes(con, thresholds=th).iloc[0]
    assert (row.kinerja_level, row.potensial_level, row.box) == (3, 2, 7)


# --- scores ----------------------------------------------------------------------------------------


def test_weighted_mean_with_all_components(con: duckdb.DuckDBPyConnection) -> None:
    insert(
        con,
        [
            emp(
                kinerja_utama=90, penghargaan=50, tim_kerja=80, umpan_balik=60,
                kompetensi=70, pengembangan_kompetensi=60, pengalaman_jabatan=80, potensi=90,
                pendidikan_formal=100, kesesuaian_bidang_ilmu=50, integritas=80,
            )
        ],
    )  # fmt: skip
    row = boxes(con).iloc[0]
    # (60*90 + 15*50 + 15*80 + 10*60) / 100 = 79.5 ; (20*70+10*60+10*80+25*90+10*100+10*50+15*80)/100 = 77.5
    assert row.kinerja_score == pytest.approx(79.5)
    assert row.potensial_score == pytest.approx(77.5)
    assert row.nilai_talenta == pytest.approx(78.5)  # Kepka BKN 411/2025: 50% + 50%
    assert (row.kinerja_level, row.potensial_level, row.box) == (2, 2, 5)
    assert pd.isna(row.reason)


def test_predicate_only_file_uses_the_substitute_scores(con: duckdb.DuckDBPyConnection) -> None:
    predicates = {
        "Sangat Baik": 90,
        "baik": 70,
        " Butuh Perbaikan ": 55,
        "KURANG/MISCONDUCT": 40,
        "Misconduct": 40,
        "sangat kurang": 25,
    }
    rows = [
        emp(
            nip=str(i).zfill(18),
            kinerja_utama=None,
            predikat_kinerja=p,
            penghargaan=None,
            tim_kerja=None,
            umpan_balik=None,
        )
        for i, p in enumerate(predicates)
    ]
    rows.append(
        emp(
            nip="99".zfill(18),
            kinerja_utama=None,
            predikat_kinerja="Luar Biasa",
            penghargaan=None,
            tim_kerja=None,
            umpan_balik=None,
        )
    )
    insert(con, rows)
    df = boxes(con)
    for i, score in enumerate(predicates.values()):
        assert df.loc[str(i).zfill(18), "kinerja_score"] == score
    levels = [df.loc[str(i).zfill(18), "kinerja_level"] for i in range(len(predicates))]
    assert levels == [3, 2, 1, 1, 1, 1]  # Sangat Baik = di atas, Baik = sesuai, the rest = di bawah
    unknown = df.loc["99".zfill(18)]
    assert pd.isna(unknown.box)
    assert unknown.reason == "Belum dinilai: Penilaian Kinerja"


def test_ready_axis_scores_are_used_as_is(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, [emp(skor_sumbu_kinerja=81.5, skor_sumbu_potensial=42, kinerja_utama=10, penghargaan=None)])
    row = boxes(con).iloc[0]
    assert (row.kinerja_score, row.potensial_score, row.box) == (81.5, 42.0, 4)
    assert pd.isna(row.reason)


def test_absent_component_is_rescaled_but_a_blank_in_a_present_one_is_unmappable(
    con: duckdb.DuckDBPyConnection,
) -> None:
    insert(
        con,
        [
            # Kota A's file has no 'penghargaan' column at all -> weight 0, the rest rescaled.
            emp(
                nip="1".zfill(18),
                instansi="Kota A",
                kinerja_utama=90,
                penghargaan=None,
                tim_kerja=80,
                umpan_balik=60,
            ),
            emp(
                nip="2".zfill(18),
                instansi="Kota A",
                kinerja_utama=70,
                penghargaan=None,
                tim_kerja=70,
                umpan_balik=70,
            ),
            # Kota B has the column; one employee's cell is blank -> not assessed, never 0.
            emp(
                nip="3".zfill(18),
                instansi="Kota B",
                kinerja_utama=90,
                penghargaan=100,
                tim_kerja=80,
                umpan_balik=60,
            ),
            emp(
                nip="4".zfill(18),
                instansi="Kota B",
                kinerja_utama=90,
                penghargaan=None,
                tim_kerja=80,
                umpan_balik=None,
            ),
        ],
    )
    df = boxes(con)
    assert df.loc["1".zfill(18), "kinerja_score"] == pytest.approx((60 * 90 + 15 * 80 + 10 * 60) / 85)
    assert df.loc["2".zfill(18), "kinerja_score"] == pytest.approx(70)
    assert df.loc["3".zfill(18), "kinerja_score"] == pytest.approx(87)
    blank = df.loc["4".zfill(18)]
    assert pd.isna(blank.box) and pd.isna(blank.kinerja_score) and not blank.talent_pool
    assert blank.potensial_score == pytest.approx(70)
    assert blank.reason == "Belum dinilai: Penghargaan, Umpan Balik 360°"
    en = nb.assign_boxes(con, rules=nb.Rules(KEPKA, DEFAULT), filters=ALL, lang="en").set_index("nip")
    assert en.loc["4".zfill(18), "reason"] == "Not assessed: Awards, 360° feedback"
    # Unmappable rows come last.
    assert list(df.index)[-1] == "4".zfill(18)


def test_presence_is_judged_on_the_whole_instansi_not_the_selected_unit(
    con: duckdb.DuckDBPyConnection,
) -> None:
    insert(
        con,
        [
            emp(nip="1".zfill(18), unit_kerja="Dinas A", penghargaan=80),
            emp(nip="2".zfill(18), unit_kerja="Dinas B", penghargaan=None),
        ],
    )
    df = boxes(con, filters=nb.Filters(unit_kerja="Dinas B"))
    assert list(df.index) == ["2".zfill(18)]
    assert df.iloc[0].reason == "Belum dinilai: Penghargaan"


def test_axis_without_any_weighted_component(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, [emp(penghargaan=None)])
    w = nb.Weights(kinerja={"penghargaan": 1}, potensial={"kompetensi": 1})
    row = boxes(con, weights=w).iloc[0]
    assert pd.isna(row.box)
    assert row.reason == "Tidak ada komponen sumbu kinerja yang berbobot dalam data"


def test_filters_single_and_multi_select(con: duckdb.DuckDBPyConnection) -> None:
    insert(
        con,
        [
            emp(instansi="A", period=2024),
            emp(instansi="A"),
            emp(instansi="B"),
            emp(instansi="C"),
        ],
    )
    assert len(boxes(con, filters=nb.Filters(period=2025))) == 3
    assert len(boxes(con, filters=nb.Filters(period=2025, instansi="A"))) == 1
    assert len(boxes(con, filters=nb.Filters(instansi=("A", "B")))) == 3
    assert len(boxes(con, filters=nb.Filters(instansi=()))) == 4  # empty selection = everyone


# --- relative mode ---------------------------------------------------------------------------------


def test_relative_mode_thirds(con: duckdb.DuckDBPyConnection) -> None:
    insert(
        con,
        [
            emp(nip=str(i).zfill(18), skor_sumbu_kinerja=10.0 * i, skor_sumbu_potensial=50)
            for i in range(1, 10)
        ],
    )
    df = boxes(con, thresholds=nb.Thresholds(relative=True))
    assert df.sort_values("kinerja_score").kinerja_level.tolist() == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    # All potential scores tie: ties share the lowest rank, so everyone gets the same level.
    assert set(df.potensial_level) == {1}


def test_relative_mode_ties_share_a_level(con: duckdb.DuckDBPyConnection) -> None:
    # rank 1,2,3,3,3,6,7 of 7 -> percent_rank 0, 1/6, 1/3, 1/3, 1/3, 5/6, 1 -> 1,1,2,2,2,3,3
    scores = [1, 2, 3, 3, 3, 6, 7]
    insert(
        con,
        [
            emp(nip=str(i).zfill(18), skor_sumbu_kinerja=s, skor_sumbu_potensial=s)
            for i, s in enumerate(scores)
        ],
    )
    df = boxes(con, thresholds=nb.Thresholds(relative=True)).sort_index()
    assert df.kinerja_level.tolist() == [1, 1, 2, 2, 2, 3, 3]


def test_relative_mode_ranks_within_the_filtered_population(con: duckdb.DuckDBPyConnection) -> None:
    rows = [emp(instansi="A", skor_sumbu_kinerja=s, skor_sumbu_potensial=s) for s in (10, 20, 30)]
    rows += [emp(instansi="B", skor_sumbu_kinerja=s, skor_sumbu_potensial=s) for s in (91, 92, 93)]
    insert(con, rows)
    rel = nb.Thresholds(relative=True)
    a = boxes(con, thresholds=rel, filters=nb.Filters(instansi="A")).sort_values("kinerja_score")
    assert a.kinerja_level.tolist() == [1, 2, 3]
    both = boxes(con, thresholds=rel).sort_values("kinerja_score")
    assert both.kinerja_level.tolist() == [1, 1, 2, 2, 3, 3]


# --- counts and composition ------------------------------------------------------------------------


def test_box_counts_match_the_assignment(con: duckdb.DuckDBPyConnection) -> None:
    rows = [emp(unit_kerja="U1", skor_sumbu_kinerja=90, skor_sumbu_potensial=90) for _ in range(3)]
    rows += [emp(unit_kerja="U2", skor_sumbu_kinerja=70, skor_sumbu_potensial=70)]
    rows += [emp(unit_kerja="U2", kinerja_utama=None, skor_sumbu_potensial=70)]  # unmappable
    insert(con, rows)
    total = nb.box_counts(con, rules=nb.Rules(KEPKA, DEFAULT), filters=ALL)
    assert len(total) == 10  # nine boxes + the unmappable row
    assert dict(zip(total.box.dropna().astype(int), total.n[total.box.notna()], strict=True))[9] == 3
    assert total.loc[total.box.isna(), "n"].item() == 1
    assert total.loc[total.box.notna(), "share"].sum() == pytest.approx(1.0)
    by_unit = nb.box_counts(con, rules=nb.Rules(KEPKA, DEFAULT), filters=ALL, by="unit_kerja")
    u2 = by_unit[by_unit.unit_kerja == "U2"].set_index("box", drop=False)
    assert u2.loc[5, "n"] == 1 and u2.loc[5, "share"] == 1.0
    assert u2[u2.box.isna()].share.item() == 0.5  # 1 of the unit's 2 employees is unmappable
    with pytest.raises(ValueError):
        nb.box_counts(con, rules=nb.Rules(KEPKA, DEFAULT), filters=ALL, by="nama; drop table x")


def test_two_assignments_compose_into_a_transition_matrix_in_one_query(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = [
        emp(kinerja_utama=k, penghargaan=h, kompetensi=c, potensi=p)
        for k, h, c, p in [(90, 20, 90, 40), (50, 100, 60, 60), (85, 85, 85, 85), (40, 40, 95, 95)]
    ]
    insert(con, rows)
    setara = nb.preset_weights(con, "setara")
    a = nb.boxes_sql(rules=nb.Rules(KEPKA, DEFAULT), filters=ALL, prefix="a_")
    b = nb.boxes_sql(rules=nb.Rules(setara, DEFAULT), filters=ALL, prefix="b_")
    sql = f"""
        with a as ({a.sql}), b as ({b.sql})
        select a.box as box_a, b.box as box_b, count(*) as n
        from a join b using (period, nip) group by all order by all
    """  # noqa: S608
    got = con.cursor().execute(sql, {**a.params, **b.params}).fetchall()
    da = boxes(con)
    db_ = boxes(con, weights=setara)
    expected = pd.crosstab(da.box, db_.box).stack()
    assert [(int(x), int(y), int(n)) for x, y, n in got] == [
        (int(x), int(y), int(n)) for (x, y), n in expected.items() if n
    ]


# --- weights and presets ---------------------------------------------------------------------------


def test_presets_and_thresholds_come_from_the_reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    w = nb.preset_weights(con)
    assert dict(w.kinerja) == KEPKA.kinerja and dict(w.potensial) == KEPKA.potensial
    assert set(nb.preset_weights(con, "setara").kinerja.values()) == {25}
    assert nb.default_thresholds(con) == nb.Thresholds(kinerja=(60, 80), potensial=(60, 80))
    with pytest.raises(ValueError, match="kepka411"):
        nb.preset_weights(con, "unknown")


def test_parse_weights() -> None:
    w = nb.parse_weights("kinerja_utama=60, penghargaan=40,kompetensi=1.5")
    assert w.kinerja["kinerja_utama"] == 60 and w.kinerja["umpan_balik"] == 0
    assert w.potensial["kompetensi"] == 1.5
    for bad, message in [
        ("foo=1,kinerja_utama=1,kompetensi=1", "tidak dikenal: 'foo'"),
        ("kinerja_utama=-5,kompetensi=1", "negatif"),
        ("kinerja_utama=abc,kompetensi=1", "angka"),
        ("kinerja_utama,kompetensi=1", "kunci=nilai"),
        ("kinerja_utama=1,kinerja_utama=2,kompetensi=1", "lebih dari sekali"),
        ("kinerja_utama=1", "potensial"),
        ("kinerja_utama=nan,kompetensi=1", "angka"),
    ]:
        with pytest.raises(ValueError, match=message):
            nb.parse_weights(bad)
    with pytest.raises(ValueError, match="Unknown weight component"):
        nb.parse_weights("x=1", lang="en")


def test_parse_cutoffs() -> None:
    assert nb.parse_cutoffs("55,75") == nb.Thresholds(kinerja=(55, 75), potensial=(55, 75))
    for bad in ("80,60", "60", "a,b", "60,80,90", "-1,50", "50,101"):
        with pytest.raises(ValueError):
            nb.parse_cutoffs(bad)


# --- properties ------------------------------------------------------------------------------------

score = st.one_of(st.none(), st.integers(0, 1000).map(lambda v: v / 10))
employee = st.fixed_dictionaries({c: score for c in db.COMPONENTS})


@pytest.fixture(scope="module")
def shared_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path_factory.mktemp("prop") / "p.duckdb")
    yield c
    c.close()


def _reload(con: duckdb.DuckDBPyConnection, people: list[dict[str, Any]]) -> None:
    con.cursor().execute("delete from employees")
    insert(con, [emp(nip=str(i).zfill(18), **p) for i, p in enumerate(people)])


PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(people=st.lists(employee, min_size=1, max_size=12))
def test_every_mappable_row_is_in_exactly_one_box(
    shared_con: duckdb.DuckDBPyConnection, people: list[dict]
) -> None:
    _reload(shared_con, people)
    df = boxes(shared_con)
    assert len(df) == len(people) and df.index.is_unique
    mappable = df.kinerja_score.notna() & df.potensial_score.notna()
    assert df.box[mappable].isin(range(1, 10)).all()
    assert df.box[~mappable].isna().all() and df.reason[~mappable].notna().all()
    assert df.reason[mappable].isna().all()
    for row in df[mappable].itertuples():
        assert PERMENPANRB[(row.kinerja_level, row.potensial_level)] == row.box
        assert 0 <= row.kinerja_score <= 100 and 0 <= row.potensial_score <= 100


@PROPERTY
@given(
    pairs=st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 1000)), min_size=2, max_size=10),
    cut=st.tuples(st.integers(1, 50), st.integers(51, 99)),
)
def test_levels_are_monotone_in_each_score(
    shared_con: duckdb.DuckDBPyConnection, pairs: list, cut: tuple
) -> None:
    _reload(shared_con, [{"skor_sumbu_kinerja": k / 10, "skor_sumbu_potensial": p / 10} for k, p in pairs])
    for th in (nb.Thresholds(kinerja=cut, potensial=cut), nb.Thresholds(relative=True)):
        df = boxes(shared_con, thresholds=th)
        for axis in ("kinerja", "potensial"):
            ordered = df.sort_values([f"{axis}_score", f"{axis}_level"])
            assert ordered[f"{axis}_level"].is_monotonic_increasing


@PROPERTY
@given(
    people=st.lists(employee, min_size=1, max_size=8),
    raw=st.lists(st.integers(0, 20), min_size=11, max_size=11),
    factor=st.sampled_from([0.01, 0.37, 3.0, 250.0]),
)
def test_only_the_ratios_of_weights_within_an_axis_matter(
    shared_con: duckdb.DuckDBPyConnection, people: list[dict], raw: list[int], factor: float
) -> None:
    k = dict(zip(db.KINERJA_COMPONENTS, raw[:4], strict=True))
    p = dict(zip(db.POTENSIAL_COMPONENTS, raw[4:], strict=True))
    k["kinerja_utama"] += 1  # at least one positive weight per axis
    p["kompetensi"] += 1
    _reload(shared_con, people)
    base = boxes(shared_con, weights=nb.Weights(kinerja=k, potensial=p))
    # Weights that sum to 100% are respected: any scale of one axis gives the same result.
    scaled = nb.Weights(kinerja={c: v * factor for c, v in k.items()}, potensial=p)
    other = boxes(shared_con, weights=scaled)
    assert other.box.equals(base.box)
    assert other.reason.equals(base.reason)
    pd.testing.assert_series_equal(other.kinerja_score, base.kinerja_score, rtol=1e-9)


# --- command line ----------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path) -> str:
    path = tmp_path / "cli.duckdb"
    c = db.connect(path)
    insert(
        c,
        [
            emp(nip="2".zfill(18), kinerja_utama=None, predikat_kinerja=None),  # unmappable
            emp(nip="1".zfill(18), skor_sumbu_kinerja=90, skor_sumbu_potensial=90),
            emp(nip="3".zfill(18), period=2024, skor_sumbu_kinerja=50, skor_sumbu_potensial=50),
        ],
    )
    c.close()
    return str(path)


def test_cli_csv(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ninebox", "--db", cli_db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == [
        "nip",
        "kinerja_score",
        "potensial_score",
        "kinerja_level",
        "potensial_level",
        "box",
        "reason",
    ]
    assert [(r["nip"][-1], r["box"]) for r in rows] == [
        ("1", "9"),
        ("2", ""),
    ]  # latest period; unmappable last
    assert rows[0]["reason"] == "" and rows[1]["reason"] == "Belum dinilai: Penilaian Kinerja"


def test_cli_json_period_cutoffs_and_out(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.json"
    args = [
        "ninebox",
        "--db",
        cli_db,
        "--period",
        "2024",
        "--cutoffs",
        "40,45",
        "--format",
        "json",
        "--out",
        str(out),
    ]
    assert cli.main(args) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == [
        {
            "nip": "3".zfill(18),
            "kinerja_score": 50.0,
            "potensial_score": 50.0,
            "kinerja_level": 3,
            "potensial_level": 3,
            "box": 9,
            "reason": None,
        }
    ]
    assert cli.main(["ninebox", "--db", cli_db, "--preset", "setara", "--relative"]) == 0


@pytest.mark.parametrize(
    "bad",
    [
        ["--weights", "foo=1"],
        ["--weights", "kinerja_utama=-1,kompetensi=1"],
        ["--cutoffs", "80,60"],
        ["--preset", "nope"],
        ["--preset", "kepka411", "--weights", "kinerja_utama=1"],
        ["--cutoffs", "60,80", "--relative"],
    ],
)
def test_cli_bad_usage_exits_2(cli_db: str, bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ninebox", "--db", cli_db, *bad]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() and not captured.out
