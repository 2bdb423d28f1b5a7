"""Data quality of the loaded employees, per instansi, in the four dimensions of BKN's data-quality
index (docs/rules.md §18): completeness, timeliness, accuracy, consistency.

Each dimension is a share of rows (or, for timeliness, of the instansi's data) that passes its check;
:func:`problem_rows` lists the rows behind a figure. The checks (ours; BKN publishes the dimensions,
not the formulas):

- **completeness**: a row with an empty component that its instansi's file holds for others in the
  same period (a component absent from the whole file is not a gap: docs/rules.md §4);
- **timeliness**: the instansi's newest period is the newest period in the database;
- **accuracy**: a value out of range (a component outside 0–100) or a row that disagrees with its own
  NIP (birth date, gender digit, PNS/PPPK: docs/rules.md §1);
- **consistency**: the same NIP with another birth date or gender than in the database's previous period.

Every value is bound; identifiers come from db.COMPONENTS (a whitelist).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.core import db
from analytics.core.filters import Filters

DIMENSIONS = ("completeness", "timeliness", "accuracy", "consistency")
GROUPS = ("instansi", "provinsi", "kab_kota")  # what the figures are per (a whitelist of identifiers)


def _component_checks() -> tuple[str, str, str]:
    """SQL: each component's presence per (period, instansi), a row's empty present components
    (completeness) and its out-of-range ones (accuracy)."""
    presence, empty, out_of_range = [], [], []
    for c in db.COMPONENTS:  # identifiers from a whitelist
        value = "coalesce(kinerja_utama::varchar, predikat_kinerja)" if c == "kinerja_utama" else c
        presence.append(f"count({value}) > 0 as has_{c}")
        row_value = (
            "coalesce(s.kinerja_utama::varchar, s.predikat_kinerja)" if c == "kinerja_utama" else f"s.{c}"
        )
        empty.append(f"case when {row_value} is null and pr.has_{c} then '{c}' end")
        out_of_range.append(f"case when s.{c} < 0 or s.{c} > 100 then '{c}' end")
    return (
        ", ".join(presence),
        "list_filter([" + ", ".join(empty) + "], lambda x: x is not null)",
        "list_filter([" + ", ".join(out_of_range) + "], lambda x: x is not null)",
    )


def _rows_sql(filters: Filters) -> tuple[str, list[object]]:
    """One row per employee in ``filters`` with the problems each check finds (lists, empty = none).

    Aggregates first, so a national database stays quick: the components present per (period,
    instansi), each instansi's newest period, and the same NIP in the previous period by a hash join
    (no window over 13 M rows)."""
    where, params = filters.where("e")
    presence, empty, out_of_range = _component_checks()
    inner = f"""
    with sel as materialized (select e.* from employees e where {where}),
    pr as (
        select period, instansi, {presence}
        from employees
        where instansi in (select distinct instansi from sel) and period in (select distinct period from sel)
        group by period, instansi
    ),
    newest as (select max(period) as latest from employees),
    per_instansi as (
        select instansi, max(period) as instansi_latest
        from employees where instansi in (select distinct instansi from sel) group by instansi
    ),
    periods as (select period, lag(period) over (order by period) as before_period from (select distinct period from employees)),
    prev as (
        select s.period, s.nip, b.period as before_period, b.tanggal_lahir as before_birth,
            b.jenis_kelamin as before_gender
        from sel s join periods p on p.period = s.period
        join employees b on b.nip = s.nip and b.period = p.before_period
    )
    select s.period, s.nip, s.nama, s.instansi, s.unit_kerja, s.provinsi, s.kab_kota,
        {empty} as empty_components,
        list_filter([
            case when len({out_of_range}) > 0 then 'out_of_range' end,
            case when s.tanggal_lahir is not null
                and try_strptime(substr(s.nip, 1, 8), '%Y%m%d')::date <> s.tanggal_lahir then 'birth_date_nip' end,
            case when s.jenis_kelamin in ('L', 'P') and substr(s.nip, 15, 1) in ('1', '2')
                and s.jenis_kelamin <> (case substr(s.nip, 15, 1) when '1' then 'L' else 'P' end)
                then 'gender_nip' end,
            case when s.asn_type in ('PNS', 'PPPK') and length(s.nip) = 18
                and s.asn_type <> (case when try_cast(substr(s.nip, 13, 2) as integer) >= 13 then 'PPPK' else 'PNS' end)
                then 'asn_type_nip' end
        ], lambda x: x is not null) as accuracy_problems,
        list_filter([
            case when v.before_birth is not null and s.tanggal_lahir is not null and v.before_birth <> s.tanggal_lahir
                then 'birth_date_changed' end,
            case when v.before_gender is not null and s.jenis_kelamin is not null
                and v.before_gender <> s.jenis_kelamin then 'gender_changed' end
        ], lambda x: x is not null) as consistency_problems,
        v.before_period,
        i.instansi_latest,
        n.latest
    from sel s
    join pr on pr.period = s.period and pr.instansi = s.instansi
    join per_instansi i on i.instansi = s.instansi
    cross join newest n
    left join prev v on v.period = s.period and v.nip = s.nip
    """  # noqa: S608 - identifiers from db.COMPONENTS; values bound
    return inner, params


def dimensions(con: duckdb.DuckDBPyConnection, filters: Filters, by: str = "instansi") -> pd.DataFrame:
    """Per instansi (or per ``by``: provinsi, kab_kota) in ``filters``: rows, then each dimension's share
    that passes (0–1) and the number of rows (or, for timeliness, periods) behind its gap;
    ``latest_period`` of its data. Per region, timeliness is the share of rows whose instansi is up to
    date."""
    if by not in GROUPS:
        raise ValueError(f"unknown grouping {by!r}; one of {', '.join(GROUPS)}")
    from analytics.ninebox import arrays  # kept with the fast files of the same data (seconds nationally)

    frame: pd.DataFrame = arrays.stored(
        con, "quality", [by, repr(filters)], lambda: _dimensions(con, filters, by)
    )
    return frame


def _dimensions(con: duckdb.DuckDBPyConnection, filters: Filters, by: str) -> pd.DataFrame:
    inner, params = _rows_sql(filters)
    return (
        con.cursor()
        .execute(
            f"""
            select {by},
                count(*) as n,
                avg((len(empty_components) = 0)::int) as completeness,
                count(*) filter (where len(empty_components) > 0) as completeness_gaps,
                avg((instansi_latest = latest)::int) as timeliness,
                count(distinct instansi) filter (where instansi_latest < latest) as timeliness_gaps,
                avg((len(accuracy_problems) = 0)::int) as accuracy,
                count(*) filter (where len(accuracy_problems) > 0) as accuracy_gaps,
                coalesce(avg((len(consistency_problems) = 0)::int) filter (where before_period is not null), 1.0)
                    as consistency,
                count(*) filter (where len(consistency_problems) > 0) as consistency_gaps,
                max(instansi_latest) as latest_period
            from ({inner})
            where {by} is not null
            group by {by}
            order by {by}
            """,  # noqa: S608 - the inner statement is built above from whitelists
            params,
        )
        .df()
    )


def problem_rows(con: duckdb.DuckDBPyConnection, filters: Filters, dimension: str) -> pd.DataFrame:
    """The rows behind one dimension's figure: period, nip, nama, instansi, unit_kerja and ``problems``
    (the checks each row fails, comma-separated codes). Timeliness lists the instansi, not people."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}; one of {', '.join(DIMENSIONS)}")
    inner, params = _rows_sql(filters)
    if dimension == "timeliness":
        return (
            con.cursor()
            .execute(
                f"select distinct instansi, instansi_latest as latest_period, latest from ({inner})"  # noqa: S608
                " where instansi_latest < latest order by instansi",
                params,
            )
            .df()
        )
    column = {
        "completeness": "empty_components",
        "accuracy": "accuracy_problems",
        "consistency": "consistency_problems",
    }[dimension]
    return (
        con.cursor()
        .execute(
            f"select period, nip, nama, instansi, unit_kerja, array_to_string({column}, ', ') as problems"  # noqa: S608
            f" from ({inner}) where len({column}) > 0 order by instansi, nip",
            params,
        )
        .df()
    )
