"""Demo critical positions, successors and development programmes for two NTT instansi.

Built from the demo employees (analytics.demo.employees) so every NIP exists: the JPT Pratama / Administrator
posts of **Pemerintah Kabupaten Ende** and **Pemerintah Provinsi Nusa Tenggara Timur**, each with 1-3
successors taken from the instansi's talent pool (boxes 7-8-9 under the default rules) in the latest
period, ranked by nilai talenta. Planted for the readiness check (docs/rules.md §7): in Ende one successor
sits outside boxes 7-8-9 and the last position has no successor, and no development programme is
recorded; the province's list is clean and it has programmes. Deterministic: no random numbers.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.ninebox import arrays
from analytics.ninebox import boxes as nb
from analytics.talent import succession

DEMO_INSTANSI = ("Pemerintah Kabupaten Ende", "Pemerintah Provinsi Nusa Tenggara Timur")
FLAWED_INSTANSI = DEMO_INSTANSI[0]  # one successor outside the pool, one position without successor
PROGRAMME_INSTANSI = DEMO_INSTANSI[1]
MAX_POSITIONS = 5
POSITION_TYPES = ("JPT Madya", "JPT Pratama", "Administrator")
READINESS_CYCLE = ("siap_sekarang", "1_2_tahun", "3_tahun")
PROGRAMMES = (
    ("Pelatihan Kepemimpinan Administrator (PKA) bagi talent pool", "klasikal", "Kotak 7-8-9", 2025, 12),
    ("Coaching dan mentoring oleh pejabat pimpinan tinggi", "nonklasikal", "Kotak 8-9", 2025, 8),
    ("Rotasi dan penugasan lintas OPD (job enrichment)", "nonklasikal", "Kotak 7-8-9", 2026, 6),
)

_HOLDERS_SQL = """
select nip, jabatan, unit_kerja, jenis_jabatan
from employees e join ref_position_types r on r.position_type = e.jenis_jabatan
where instansi = ? and period = ? and jenis_jabatan in (select unnest(?::varchar[]))
order by r.rank, jabatan, unit_kerja, nip
"""


def build_succession_demo(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Replace the demo instansi's critical positions, successors and programmes; return row counts."""
    succession.ensure_tables(con)
    rules = succession.Rules.default(con)
    positions: list[dict[str, object]] = []
    successors: list[dict[str, object]] = []
    programmes: list[dict[str, object]] = []
    for instansi in DEMO_INSTANSI:
        period = succession.latest_period(con, instansi)
        if period is None:
            continue
        p, s = _plan(con, instansi, period, rules, flawed=instansi == FLAWED_INSTANSI)
        positions += p
        successors += s
        if instansi == PROGRAMME_INSTANSI:
            for name, kind, target, year, participants in PROGRAMMES:
                programmes.append(
                    {
                        "instansi": instansi,
                        "programme": name,
                        "kind": kind,
                        "target": target,
                        "start_date": dt.date(year, 2, 1),
                        "end_date": dt.date(year, 11, 30),
                        "participants": participants,
                    }
                )
    cur = con.cursor()
    cur.execute("begin transaction")
    try:
        for table in ("successors", "critical_positions", "development_programmes"):  # fixed whitelist
            cur.execute(
                f"delete from {table} where instansi in (select unnest(?::varchar[]))",  # noqa: S608
                [list(DEMO_INSTANSI)],
            )
        for table, rows, cols in (
            (
                "critical_positions",
                positions,
                "instansi, jabatan, unit_kerja, jenis_jabatan, holder_nip, vacancy_date",
            ),
            ("successors", successors, "instansi, jabatan, unit_kerja, nip, readiness"),
            (
                "development_programmes",
                programmes,
                "instansi, programme, kind, target, start_date, end_date, participants",
            ),
        ):
            if not rows:
                continue
            frame = pd.DataFrame(rows)
            cur.register("demo_rows", frame)
            cur.execute(
                f"insert into {table} ({cols}, source) select {cols}, ? from demo_rows",  # noqa: S608 constants
                [succession.SOURCE_DEMO],
            )
            cur.unregister("demo_rows")
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return {
        "critical_positions": len(positions),
        "successors": len(successors),
        "development_programmes": len(programmes),
    }


def _plan(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int, rules: succession.Rules, *, flawed: bool
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    holders = con.cursor().execute(_HOLDERS_SQL, [instansi, period, list(POSITION_TYPES)]).df()
    # one holder per post (a big demo may give two people the same title in one unit)
    holders = holders.drop_duplicates(["jabatan", "unit_kerja"]).head(MAX_POSITIONS)
    if holders.empty:
        return [], []
    q = nb.boxes_sql(rules=rules, filters=nb.Filters(period=period, instansi=(instansi,)))
    ranked = (
        con.cursor()
        .execute(
            f"select nip, talent_pool from ({q.sql}) where box is not null "  # noqa: S608 built from whitelists
            "order by talent_pool desc, nilai_talenta desc, nip",
            q.params,
        )
        .df()
    )
    ranked = ranked[~ranked["nip"].isin(holders["nip"])]
    pool = list(ranked.loc[ranked["talent_pool"], "nip"])
    outside = list(ranked.loc[~ranked["talent_pool"], "nip"])
    n = len(holders)
    # the flawed instansi's last position gets no successor; the others get 3, 2, 1, 3, ... from the
    # pool, dealt round-robin so that each gets one before any gets a second
    open_ = [i for i in range(n) if not (flawed and n > 1 and i == n - 1)]
    chosen: dict[int, list[str]] = {i: [] for i in range(n)}
    for _ in range(3):
        for i in open_:
            if len(chosen[i]) < 3 - i % 3 and pool:
                chosen[i].append(pool.pop(0))
    if flawed and outside:  # the planted successor outside boxes 7-8-9
        first = chosen[0]
        chosen[0] = [*first[:-1], outside.pop(0)] if len(first) > 1 else [*first, outside.pop(0)]
    positions: list[dict[str, object]] = []
    successors: list[dict[str, object]] = []
    for i, h in enumerate(holders.itertuples(index=False)):
        positions.append(
            {
                "instansi": instansi,
                "jabatan": h.jabatan,
                "unit_kerja": h.unit_kerja,
                "jenis_jabatan": h.jenis_jabatan,
                "holder_nip": h.nip,
                "vacancy_date": dt.date(2026 + i % 3, 1 + (3 * i) % 12, 1),
            }
        )
        for k, nip in enumerate(chosen[i]):
            successors.append(
                {
                    "instansi": instansi,
                    "jabatan": h.jabatan,
                    "unit_kerja": h.unit_kerja,
                    "nip": nip,
                    "readiness": READINESS_CYCLE[(i + k) % 3],
                }
            )
    return positions, successors


def is_demo_database(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the employees are the bundled demo's (every row from the demo generator)."""
    rows = (
        con.cursor()
        .execute(
            "select count(*), count(*) filter (where source = ?) from employees", [succession.SOURCE_DEMO]
        )
        .fetchall()
    )
    total, demo = rows[0]
    return bool(total) and total == demo


_STALE_SQL = (
    "select count(*), count(*) filter (where source = ? and holder_nip not in ("
    # the employees' NIPs that are holders (a semi-join on the few holders, not a set of every NIP of a
    # national table), plus one NIP of any employee: the set is empty exactly when employees is, as the
    # full set is, so NOT IN treats a blank holder alike
    " select nip from employees where nip in (select holder_nip from critical_positions)"
    " union all (select nip from employees limit 1))) "
    "from critical_positions"
)


def ensure_demo_succession(con: duckdb.DuckDBPyConnection) -> bool:
    """Seed the demo succession data when the database holds the demo and no critical positions yet;
    returns whether it did (a fresh ``demo`` build does not know about these tables)."""
    succession.ensure_tables(con)
    cur = con.cursor()
    positions = cur.execute("select holder_nip, source from critical_positions order by all").fetchall()
    # kept with the fast files of the employees' build, keyed by the positions' holders: a first visit
    # of a national database reads it instead of looking the holders up among 13 M rows
    stored, stale = arrays.stored(
        con,
        "demo_succession_stale",
        [list(r) for r in positions],
        lambda: list(cur.execute(_STALE_SQL, [succession.SOURCE_DEMO]).fetchall()[0]),
    )
    # stale: the demo was rebuilt (other NIPs) after its succession data was seeded
    if (stored and not stale) or not is_demo_database(con):
        return False
    build_succession_demo(con)
    return True
