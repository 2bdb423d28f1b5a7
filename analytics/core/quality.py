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
- **consistency**: the same NIP with another birth date or gender than in its previous period.

Every value is bound; identifiers come from db.COMPONENTS (a whitelist).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.core import db
from analytics.core.filters import Filters

DIMENSIONS = ("completeness", "timeliness", "accuracy", "consistency")
GROUPS = ("instansi", "provinsi", "kab_kota")  # what the figures are per (a whitelist of identifiers)


def _component_checks() -> tuple[str, str]:
    """SQL: a row's empty present components (completeness) and its out-of-range ones (accuracy)."""
    empty, out_of_range = [], []
    for c in db.COMPONENTS:  # identifiers from a whitelist
        value = "coalesce(kinerja_utama::varchar, predikat_kinerja)" if c == "kinerja_utama" else c
        empty.append(
            f"case when {value} is null and count({value}) over (partition by period, instansi) > 0"
            f" then '{c}' end"
        )
        out_of_range.append(f"case when {c} < 0 or {c} > 100 then '{c}' end")
    return (
        "list_filter([" + ", ".join(empty) + "], lambda x: x is not null)",
        "list_filter([" + ", ".join(out_of_range) + "], lambda x: x is not null)",
    )


def _rows_sql(filters: Filters) -> tuple[str, list[object]]:
    """One row per employee in ``filters`` with the problems each check finds (lists, empty = none)."""
    where, params = filters.where("e")
    empty, out_of_range = _component_checks()
    inner = f"""
    with e as (
        select e.*, {empty} as empty_components, {out_of_range} as out_of_range
        from employees e
        where e.instansi in (select distinct instansi from employees e where {where})
    ),
    parsed as (
        select e.*,
            try_strptime(substr(nip, 1, 8), '%Y%m%d')::date as nip_birth,
            case substr(nip, 15, 1) when '1' then 'L' when '2' then 'P' end as nip_gender,
            case when try_cast(substr(nip, 13, 2) as integer) >= 13 then 'PPPK' else 'PNS' end as nip_type,
            lag(tanggal_lahir) over (partition by nip order by period) as before_birth,
            lag(jenis_kelamin) over (partition by nip order by period) as before_gender,
            lag(period) over (partition by nip order by period) as before_period,
            max(period) over (partition by instansi) as instansi_latest,
            max(period) over () as latest
        from e
    )
    select period, nip, nama, instansi, unit_kerja, provinsi, kab_kota,
        empty_components,
        list_filter([
            case when len(out_of_range) > 0 then 'out_of_range' end,
            case when tanggal_lahir is not null and nip_birth is not null and tanggal_lahir <> nip_birth
                then 'birth_date_nip' end,
            case when jenis_kelamin in ('L', 'P') and nip_gender is not null and jenis_kelamin <> nip_gender
                then 'gender_nip' end,
            case when asn_type in ('PNS', 'PPPK') and length(nip) = 18 and asn_type <> nip_type
                then 'asn_type_nip' end
        ], lambda x: x is not null) as accuracy_problems,
        list_filter([
            case when before_birth is not null and tanggal_lahir is not null and before_birth <> tanggal_lahir
                then 'birth_date_changed' end,
            case when before_gender is not null and jenis_kelamin is not null and before_gender <> jenis_kelamin
                then 'gender_changed' end
        ], lambda x: x is not null) as consistency_problems,
        before_period,
        instansi_latest,
        latest
    from parsed
    """  # noqa: S608 - identifiers from db.COMPONENTS; values bound
    wanted, wanted_params = filters.where()
    return f"select * from ({inner}) where {wanted}", [*params, *wanted_params]  # noqa: S608 - bound


def dimensions(con: duckdb.DuckDBPyConnection, filters: Filters, by: str = "instansi") -> pd.DataFrame:
    """Per instansi (or per ``by``: provinsi, kab_kota) in ``filters``: rows, then each dimension's share
    that passes (0–1) and the number of rows (or, for timeliness, periods) behind its gap;
    ``latest_period`` of its data. Per region, timeliness is the share of rows whose instansi is up to
    date."""
    if by not in GROUPS:
        raise ValueError(f"unknown grouping {by!r}; one of {', '.join(GROUPS)}")
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
