"""The most-used open-source nine-box tool's numbering as a selectable scheme (issue 17.2,
docs/rules.md §3): its box 7 is low performance / high potential; the rest is inferred from the
common row-major grid and says so."""

from __future__ import annotations

import dataclasses

import duckdb
import pandas as pd

from analytics.core import db
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.ninebox import rules, views

NIP = "198501012010011001"


def cells(con: duckdb.DuckDBPyConnection, scheme: str) -> pd.DataFrame:
    sql = "select kinerja_level, potensial_level, box, talent_pool, label_id, action_id, source from ref_boxes where scheme = ?"
    return con.cursor().execute(sql, [scheme]).df()


def test_the_scheme_loads_with_nine_cells_and_box_7_is_low_performance_high_potential(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rules.check_scheme(con, "opensource")
    osrc = cells(con, "opensource")
    assert len(osrc) == 9 and sorted(osrc["box"]) == list(range(1, 10))
    seven = osrc[osrc["box"] == 7].iloc[0]
    assert (seven["kinerja_level"], seven["potensial_level"]) == (1, 3)
    # box = (potensial - 1) * 3 + kinerja, everywhere
    assert ((osrc["potensial_level"] - 1) * 3 + osrc["kinerja_level"] == osrc["box"]).all()
    assert osrc["source"].str.contains("belum terverifikasi").all()
    # the pool is PermenPANRB's cells (by levels), and each cell keeps PermenPANRB's label and action
    perm = cells(con, "permenpanrb")
    key = ["kinerja_level", "potensial_level"]
    pool = {tuple(r) for r in osrc[osrc["talent_pool"]][key].itertuples(index=False)}
    assert pool == {tuple(r) for r in perm[perm["talent_pool"]][key].itertuples(index=False)}
    assert pool == {(3, 2), (2, 3), (3, 3)}
    both = osrc.merge(perm, on=key, suffixes=("_os", "_perm"))
    assert len(both) == 9
    assert (both["label_id_os"] == both["label_id_perm"]).all()
    assert (both["action_id_os"] == both["action_id_perm"]).all()
    # selectable wherever a numbering is chosen, with a label in both languages
    assert "opensource" in views.schemes(con)
    assert "belum terverifikasi" in t("nbpage.scheme.opensource", "id")
    assert "unverified" in t("nbpage.scheme.opensource", "en")


def test_one_employee_same_levels_different_box_number(con: duckdb.DuckDBPyConnection) -> None:
    row: dict[str, object] = {c: 90.0 for c in db.POTENSIAL_COMPONENTS}
    row.update({c: 30.0 for c in db.KINERJA_COMPONENTS}, predikat_kinerja="Sangat Kurang")
    frame = pd.DataFrame(
        [
            {
                "period": 2025, "nip": NIP, "nama": "Pegawai Contoh", "instansi": "Instansi A",
                "unit_kerja": "Direktorat A", "jabatan": "Analis", "jenis_jabatan": "Fungsional", **row,
            }
        ]
    )  # fmt: skip
    cur = con.cursor()
    cur.register("one_row", frame)
    cur.execute("insert into employees by name select * from one_row")
    cur.unregister("one_row")
    base = nb.Rules.default(con)
    got = {}
    for scheme in ("permenpanrb", "opensource"):
        r = dataclasses.replace(base, scheme=scheme)
        got[scheme] = nb.assign_boxes(con, rules=r, filters=nb.Filters(period=2025)).set_index("nip").loc[NIP]
    perm, osrc = got["permenpanrb"], got["opensource"]
    assert (perm["kinerja_level"], perm["potensial_level"]) == (1, 3)
    assert (osrc["kinerja_level"], osrc["potensial_level"]) == (1, 3)
    assert (int(perm["box"]), int(osrc["box"])) == (6, 7)
    assert not perm["talent_pool"] and not osrc["talent_pool"]
