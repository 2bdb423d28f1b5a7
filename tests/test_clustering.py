"""Piling-up detection (docs/rules.md §6) on planted populations in a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from itertools import count
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from scipy.stats import chi2_contingency

from analytics import cli
from analytics.core import db
from analytics.ninebox import boxes as nb
from analytics.ninebox.clustering import detect_piling

# PermenPANRB 3/2020 numbering: box -> (kinerja level, potensial level); ready axis scores per level.
BOX_LEVELS = {
    1: (1, 1),
    2: (2, 1),
    3: (1, 2),
    4: (3, 1),
    5: (2, 2),
    6: (1, 3),
    7: (3, 2),
    8: (2, 3),
    9: (3, 3),
}
LEVEL_SCORE = {1: 50.0, 2: 70.0, 3: 90.0}
_nip = count(1)


def people(
    box: int, n: int, *, instansi: str = "Kabupaten Ende", unit: str = "Dinas A", jenis: str = "Fungsional"
) -> list[dict[str, Any]]:
    k, p = BOX_LEVELS[box]
    return [
        {
            "period": 2025,
            "nip": f"{next(_nip):018d}",
            "nama": "Pegawai",
            "instansi": instansi,
            "unit_kerja": unit,
            "jabatan": "Analis",
            "jenis_jabatan": jenis,
            "skor_sumbu_kinerja": LEVEL_SCORE[k],
            "skor_sumbu_potensial": LEVEL_SCORE[p],
        }
        for _ in range(n)
    ]


def uniform(per_box: int, **where: str) -> list[dict[str, Any]]:
    return [row for box in range(1, 10) for row in people(box, per_box, **where)]


def insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    cur = con.cursor()
    cur.register("new_rows", pd.DataFrame(rows))
    cur.execute("insert into employees by name select * from new_rows")


def detect(con: duckdb.DuckDBPyConnection, **kw: Any) -> pd.DataFrame:
    return detect_piling(
        con, rules=nb.Rules(nb.preset_weights(con), nb.Thresholds()), filters=nb.Filters(period=2025), **kw
    )


def planted() -> list[dict[str, Any]]:
    # Dinas Pendidikan: 100 people, 65 in box 5, 5 in each of the other boxes but box 9 (7 x 5 = 35).
    rows = people(5, 65, unit="Dinas Pendidikan")
    for box in (1, 2, 3, 4, 6, 7, 8):
        rows += people(box, 5, unit="Dinas Pendidikan")
    # The rest of the instansi: 2 units of 90, spread evenly (10 per box).
    rows += uniform(10, unit="Dinas Kesehatan") + uniform(10, unit="Sekretariat Daerah")
    return rows


def test_a_planted_pile_up_is_flagged_with_a_sentence_a_leader_reads(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, planted())
    flags = detect(con)
    assert flags.group.tolist() == ["Dinas Pendidikan"]
    row = flags.iloc[0]
    assert (row.instansi, row.box, row.n, row.n_box, row.rule) == ("Kabupaten Ende", 5, 100, 65, "share+chi2")
    assert row.share == pytest.approx(0.65)
    assert row.expected_share == pytest.approx(20 / 180)
    assert row.strength == pytest.approx(0.65 / (20 / 180))
    assert (
        row.sentence
        == "Penumpukan di Kotak 5: Dinas Pendidikan, 65% dari 100 pegawai (bagian lain Kabupaten Ende: 11%)"
    )
    # The p-value is scipy's chi-square test of homogeneity on the group-vs-rest table.
    group = [5, 5, 5, 5, 65, 5, 5, 5, 0]
    rest = [20] * 9
    assert row.p_value == pytest.approx(chi2_contingency([group, rest], correction=False).pvalue)
    assert row.p_value < 0.01
    en = detect(con, lang="en").iloc[0].sentence
    assert en == "Piling up in Box 5: Dinas Pendidikan, 65% of 100 employees (rest of Kabupaten Ende: 11%)"


def test_a_uniform_population_is_not_flagged(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, uniform(10, unit="Dinas A") + uniform(10, unit="Dinas B") + uniform(5, unit="Dinas C"))
    assert detect(con).empty
    assert detect(con, by="jenis_jabatan").empty
    assert detect(con, by="instansi").empty


def test_a_group_below_min_group_is_never_flagged(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, people(9, 10, unit="Biro Kecil") + uniform(10, unit="Dinas A"))
    assert detect(con).empty  # 100% in box 9, but 10 < 20 people (ref_clustering_rule)
    flags = detect(con, min_group=5)
    assert flags.group.tolist() == ["Biro Kecil"] and flags.iloc[0].box == 9 and flags.iloc[0].share == 1.0


def test_chi2_alone_flags_a_skewed_group_under_the_share_threshold(con: duckdb.DuckDBPyConnection) -> None:
    # 30% in box 8 (under 40%), but the rest of the instansi has almost nobody there.
    rows = (
        people(8, 30, unit="Inspektorat")
        + people(5, 35, unit="Inspektorat")
        + people(2, 35, unit="Inspektorat")
    )
    rows += people(5, 100, unit="Dinas A") + people(2, 98, unit="Dinas A") + people(8, 2, unit="Dinas A")
    insert(con, rows)
    flags = detect(con, max_share=0.6).set_index("group")
    assert flags.loc["Inspektorat", "rule"] == "chi2"
    assert flags.loc["Inspektorat", "box"] == 8  # the box with the largest excess over the rest
    # The thresholds are parameters: even a far stricter p-value keeps a difference this clear.
    assert detect(con, max_share=0.6, p_value=1e-6).set_index("group").loc["Inspektorat", "rule"] == "chi2"


def test_by_instansi_compares_with_the_rest_of_the_selection(con: duckdb.DuckDBPyConnection) -> None:
    insert(
        con,
        people(5, 60, instansi="Kota Kupang")
        + uniform(10, instansi="Kabupaten Alor")
        + uniform(10, instansi="Kabupaten Ende"),
    )
    flags = detect(con, by="instansi")
    assert flags.group.tolist() == ["Kota Kupang"]
    assert flags.iloc[0].sentence.endswith("(bagian lain populasi terpilih: 11%)")
    with pytest.raises(ValueError):
        detect(con, by="nama")


def test_groups_are_units_within_their_instansi(con: duckdb.DuckDBPyConnection) -> None:
    # Two regencies both have a 'Dinas Pendidikan': only Ende's piles up.
    insert(
        con,
        planted()
        + uniform(10, instansi="Kabupaten Alor", unit="Dinas Pendidikan")
        + uniform(10, instansi="Kabupaten Alor", unit="Dinas B"),
    )
    flags = detect(con)
    assert flags[["instansi", "group"]].values.tolist() == [["Kabupaten Ende", "Dinas Pendidikan"]]


def test_cli_clustering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.duckdb"
    c = db.connect(path)
    insert(c, planted())
    c.close()
    assert cli.main(["clustering", "--db", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:5] == ["group", "box", "share", "n", "rule"]
    assert [(r["group"], r["box"], r["n"], r["rule"]) for r in rows] == [
        ("Dinas Pendidikan", "5", "100", "share+chi2")
    ]
    assert cli.main(["clustering", "--db", str(path), "--by", "position_type", "--json", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # one position type: nothing to compare with
    assert cli.main(["clustering", "--db", str(path), "--by", "nope"]) == 2


def test_a_rare_box_that_is_merely_unusual_is_not_called_piling_up(con: duckdb.DuckDBPyConnection) -> None:
    """3 of 40 Pengawas in box 9 where the rest has almost none is unusual, not a concentration."""
    rows = people(5, 13, jenis="Pengawas") + people(2, 12, jenis="Pengawas") + people(9, 3, jenis="Pengawas")
    rows += people(8, 12, jenis="Pengawas")
    rest = [r for box in (1, 2, 3, 5, 7, 8) for r in people(box, 60, jenis="Fungsional")]
    insert(con, rows + rest)
    flags = detect(con, by="jenis_jabatan")
    assert 9 not in set(flags.box)
    # positive control: the same group with a real concentration in box 9 is flagged by chi-square
    insert(con, people(9, 25, jenis="Pengawas"))
    flags = detect(con, by="jenis_jabatan")
    assert (flags.group == "Pengawas").any() and 9 in set(flags.box)
