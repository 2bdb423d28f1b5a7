"""Merit-system assessment (PermenPANRB 40/2018; KASN SIPINTER): totals, index, category, rank.

Every rule comes from a reference table, never a literal: aspect maximums (``ref_merit_aspects``),
the instrument's maximum total (``ref_merit_instruments``), category bands (``ref_merit_categories``),
the stage order (``ref_merit_stages``), agency groups (``ref_instansi_types``) and targets
(``ref_merit_targets``).

Totals (docs/rules.md §9): ``nilai_mandiri`` is the sum of the self-assessment stage's aspects;
``nilai_verifikasi`` is the sum of the latest verification stage present (highest ``stage_order``).
A stage with some aspects missing gives no total (state ``incomplete``), never a partial sum. Where an
instansi has no aspect rows for a side, the total given in ``merit_status`` is used, with its
``*_unreadable`` flag. A missing value stays missing (state ``missing`` or ``unreadable``): it is never
counted as 0, never ranked, and sorts last.

Rank: standard competition ("min") rank on the verified score, highest first, so ties share a rank
and the next rank skips (1, 2, 2, 4), as league tables do. Instansi without a verified score get no
rank. Index = verified total / the instrument's maximum total (0–1 scale, e.g. 282,5 / 410 = 0,69);
the category always comes from the raw verified score (docs/rules.md §9).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from analytics.labels import t

# Keys into reference tables (values, bound as parameters; the rules themselves live in the tables).
REGENCY_GROUP = "Kabupaten/Kota"  # ref_instansi_types.group_name of regencies and cities
PROVINCE_GROUP = "Provinsi"  # ref_instansi_types.group_name of provincial governments
GOOD_CATEGORY = "Baik"  # ref_merit_categories.category_id: "Baik or better" = bands from this one up
DEFAULT_TARGET_SET = "rpjmn_2020_2024"  # ref_merit_targets.target_set shown by default

TABLE_COLUMNS = (
    "instansi",
    "status",
    "nilai_mandiri",
    "nilai_verifikasi",
    "selisih",
    "indeks",
    "kategori",
    "peringkat",
)  # docs/data-contract.md §4, in this order
STATE_COLUMNS = (
    "status_state",
    "mandiri_state",
    "verifikasi_state",
)  # ok | missing | unreadable | incomplete


@dataclass(frozen=True)
class IndexScale:
    """The scale the index is shown on: total / ``max_total`` of ``instrument`` (0–1). A version with
    no total yet (PermenPANRB 19/2025: ``max_total`` None) is scored per question on 0–``question_max``
    and shown in those units, never on another version's scale (docs/rules.md §16)."""

    instrument: str
    max_total: float | None
    source: str
    regulation: str = ""
    question_max: float | None = None
    bands_set: bool = True

    @property
    def has_total(self) -> bool:
        """Whether this version defines a total, an index and category bands."""
        return self.max_total is not None


# --- per-instansi totals for one period ----------------------------------------------------------

# One row per instansi with merit data in $period. Steps: the instrument valid for the period; sums
# per stage with completeness; the self-assessment and latest verification stage; the status file's
# totals where no aspect rows exist; category from the raw verified score.
_TOTALS_SQL = """
with period_instrument as (
    select instrument, max_total::double as max_total from ref_merit_instruments
    order by ($period between valid_from and valid_to) desc, valid_from
    limit 1
),
required as (
    select instrument, count(*) as n_required from ref_merit_aspects group by instrument
),
stage_sums as (
    select s.instansi, s.stage, r.stage_order, r.is_verification, s.instrument,
           count(a.aspect) as n_aspects, sum(s.score) as total
    from merit_scores s
    join ref_merit_stages r on r.stage = s.stage
    left join ref_merit_aspects a on a.instrument = s.instrument and a.aspect = s.aspect
    where s.period = $period
    group by s.instansi, s.stage, r.stage_order, r.is_verification, s.instrument
),
stage_totals as (
    select ss.*, coalesce(ss.n_aspects >= rq.n_required, false) as complete
    from stage_sums ss left join required rq using (instrument)
),
self_stage as (
    select instansi, total, complete from stage_totals where not is_verification
    qualify row_number() over (partition by instansi order by stage_order desc) = 1
),
verif_stage as (
    select instansi, stage, total, complete from stage_totals where is_verification
    qualify row_number() over (partition by instansi order by stage_order desc) = 1
),
score_meta as (
    select instansi, any_value(jenis_instansi) as jenis_instansi, any_value(provinsi) as provinsi,
           any_value(instrument) as instrument
    from merit_scores where period = $period
    group by instansi
),
status as (
    select * from merit_status where period = $period
),
has_total as (  -- a version without a total yet (PermenPANRB 19/2025: docs/rules.md §16) gives none
    select instrument, max_total is not null as has_total from ref_merit_instruments
),
base0 as (
    select coalesce(st.instansi, sm.instansi) as instansi,
           coalesce(st.jenis_instansi, sm.jenis_instansi) as jenis_instansi,
           coalesce(st.provinsi, sm.provinsi) as provinsi,
           st.status,
           case when st.status is not null then 'ok'
                when coalesce(st.status_unreadable, false) then 'unreadable'
                else 'missing' end as status_state,
           case when m.instansi is not null then (case when m.complete then m.total end)
                else st.nilai_mandiri end as nilai_mandiri,
           case when m.instansi is not null then (case when m.complete then 'ok' else 'incomplete' end)
                when st.nilai_mandiri is not null then 'ok'
                when coalesce(st.mandiri_unreadable, false) then 'unreadable'
                else 'missing' end as mandiri_state,
           case when v.instansi is not null then (case when v.complete then v.total end)
                else st.nilai_verifikasi end as nilai_verifikasi,
           case when v.instansi is not null then (case when v.complete then 'ok' else 'incomplete' end)
                when st.nilai_verifikasi is not null then 'ok'
                when coalesce(st.verifikasi_unreadable, false) then 'unreadable'
                else 'missing' end as verifikasi_state,
           case when v.instansi is not null then v.stage end as tahap_verifikasi,
           sm.instrument as score_instrument
    from status st
    full join score_meta sm on sm.instansi = st.instansi
    left join self_stage m on m.instansi = coalesce(st.instansi, sm.instansi)
    left join verif_stage v on v.instansi = coalesce(st.instansi, sm.instansi)
),
base as (
    select b0.* replace (
        case when ht.has_total then b0.nilai_mandiri end as nilai_mandiri,
        case when ht.has_total then b0.mandiri_state else 'not_set' end as mandiri_state,
        case when ht.has_total then b0.nilai_verifikasi end as nilai_verifikasi,
        case when ht.has_total then b0.verifikasi_state else 'not_set' end as verifikasi_state
    )
    from base0 b0
    cross join period_instrument pi
    join has_total ht on ht.instrument = coalesce(b0.score_instrument, pi.instrument)
)
select b.instansi, b.jenis_instansi, g.group_name, b.provinsi, b.status,
       b.nilai_mandiri, b.nilai_verifikasi,
       b.nilai_mandiri - b.nilai_verifikasi as selisih,
       b.nilai_verifikasi / coalesce(i.max_total, pi.max_total) as indeks,
       c.category_id as kategori, c.category_en as kategori_en, c.color as warna,
       b.status_state, b.mandiri_state, b.verifikasi_state, b.tahap_verifikasi,
       coalesce(i.instrument, pi.instrument) as instrument,
       coalesce(i.max_total, pi.max_total)::double as max_total
from base b
cross join period_instrument pi
left join ref_merit_instruments i on i.instrument = b.score_instrument
left join ref_instansi_types g on g.jenis_instansi = b.jenis_instansi
left join ref_merit_categories c on c.instrument = coalesce(i.instrument, pi.instrument)
    and b.nilai_verifikasi >= c.lower and b.nilai_verifikasi < c.upper
where ($province::varchar is null or b.provinsi = $province)
  and ($group::varchar is null or g.group_name = $group)
"""


def instansi_totals(
    con: duckdb.DuckDBPyConnection, period: int, *, province: str | None = None, group: str | None = None
) -> pd.DataFrame:
    """One row per instansi assessed in ``period``: totals, their states, index, category, colour.

    ``group`` is a ``ref_instansi_types.group_name`` (e.g. "Kabupaten/Kota"); None keeps every type.
    """
    params = {"period": int(period), "province": province, "group": group}
    return con.cursor().execute(_TOTALS_SQL, params).df()


def _rank(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``peringkat`` (min rank on the verified score, ties share) and sort: ranked first, then the rest."""
    out = frame.copy()
    out["peringkat"] = out["nilai_verifikasi"].rank(method="min", ascending=False).astype("Int64")
    out = out.sort_values(
        ["peringkat", "nilai_mandiri", "instansi"], ascending=[True, False, True], na_position="last"
    )
    return out.reset_index(drop=True)


def regency_comparison(con: duckdb.DuckDBPyConnection, province: str | None, period: int) -> pd.DataFrame:
    """The province's regencies and cities side by side (the KASN slide), ranked by verified score.

    Columns: ``instansi, status, nilai_mandiri, nilai_verifikasi, selisih, indeks, kategori, peringkat``
    (docs/data-contract.md §4), then ``status_state, mandiri_state, verifikasi_state`` (ok, missing,
    unreadable, incomplete: "belum ada" vs "tidak terbaca" as the data says), ``tahap_verifikasi``
    (stage that gave the verified total; empty when it came from the status file), ``warna`` (category
    colour), ``kategori_en``, ``jenis_instansi``, ``provinsi``, ``instrument`` and ``max_total`` (index
    scale).
    ``province`` None compares every regency and city in the period.
    """
    frame = _rank(instansi_totals(con, period, province=province, group=REGENCY_GROUP))
    rest = [c for c in frame.columns if c not in TABLE_COLUMNS]
    return frame[[*TABLE_COLUMNS, *rest]]


# --- choices for the page and the CLI ------------------------------------------------------------

_PERIODS_SQL = """
select distinct period from (
    select period, provinsi from merit_status union all select period, provinsi from merit_scores
) where $province::varchar is null or provinsi = $province
order by period
"""


def merit_periods(con: duckdb.DuckDBPyConnection, province: str | None = None) -> list[int]:
    """Periods with merit data (for ``province`` when given), oldest first."""
    return [int(r[0]) for r in con.cursor().execute(_PERIODS_SQL, {"province": province}).fetchall()]


_PROVINCES_SQL = """
select distinct provinsi from (
    select provinsi from merit_status union all select provinsi from merit_scores
) where provinsi is not null
order by provinsi
"""


def merit_provinces(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Provinces with merit data, alphabetically."""
    return [str(r[0]) for r in con.cursor().execute(_PROVINCES_SQL).fetchall()]


_INSTANSI_SQL = """
select instansi from (
    select instansi, provinsi, period from merit_status union all
    select instansi, provinsi, period from merit_scores
) where period = $period and ($province::varchar is null or provinsi = $province)
group by instansi
order by instansi
"""


def merit_instansi(con: duckdb.DuckDBPyConnection, period: int, province: str | None = None) -> list[str]:
    """Instansi with merit data in ``period`` (in ``province`` when given), alphabetically."""
    params = {"period": int(period), "province": province}
    return [str(r[0]) for r in con.cursor().execute(_INSTANSI_SQL, params).fetchall()]


def index_scale(con: duckdb.DuckDBPyConnection, period: int) -> IndexScale:
    """The instrument valid in ``period`` (the earliest when none is) and its scale: the index's
    denominator, or for a version scored per question its maturity scale."""
    rows = (
        con.cursor()
        .execute(
            "select instrument, max_total::double, source, regulation, question_max::double, bands_set "
            "from ref_merit_instruments "
            "order by (? between valid_from and valid_to) desc, valid_from limit 1",
            [int(period)],
        )
        .fetchall()
    )
    instrument, max_total, source, regulation, question_max, bands_set = rows[0]
    return IndexScale(
        str(instrument),
        None if max_total is None else float(max_total),
        str(source or ""),
        str(regulation or ""),
        None if question_max is None else float(question_max),
        bool(bands_set),
    )


_MATURITY_SQL = """
with chosen as (  -- each instansi's latest verification stage with aspect rows, else its self-assessment
    select s.instansi, s.stage from merit_scores s join ref_merit_stages r on r.stage = s.stage
    where s.period = $period and s.instrument = $instrument
      and ($province::varchar is null or s.provinsi = $province)
    group by s.instansi, s.stage, r.stage_order, r.is_verification
    qualify row_number() over (partition by s.instansi order by r.is_verification desc, r.stage_order desc) = 1
),
counts as (
    select a.instansi, a.stage, a.aspect, count(*) filter (where a.applies) as n_berlaku,
           count(*) filter (where not a.applies) as n_tidak_berlaku
    from merit_answers a join chosen c using (instansi, stage)
    where a.period = $period
    group by a.instansi, a.stage, a.aspect
)
select s.instansi, any_value(s.jenis_instansi) over (partition by s.instansi) as jenis_instansi,
       g.group_name, s.stage as tahap, ra.aspect_order, s.aspect, s.score as maturitas,
       coalesce(n.n_berlaku, 0) as n_berlaku, coalesce(n.n_tidak_berlaku, 0) as n_tidak_berlaku
from merit_scores s
join chosen c using (instansi, stage)
join ref_merit_aspects ra on ra.instrument = s.instrument and ra.aspect = s.aspect
left join ref_instansi_types g on g.jenis_instansi = s.jenis_instansi
left join counts n on n.instansi = s.instansi and n.stage = s.stage and n.aspect = s.aspect
where s.period = $period
  and ($group::varchar is null or g.group_name = $group)
order by s.instansi, ra.aspect_order
"""


def maturity_by_aspect(
    con: duckdb.DuckDBPyConnection, province: str | None, period: int, *, group: str | None = REGENCY_GROUP
) -> pd.DataFrame:
    """For a version scored per question (PermenPANRB 19/2025): each instansi's aspects in its own unit,
    the mean maturity (0–4) over the questions that apply, in its latest verification stage (else
    Mandiri). Long form: instansi, jenis_instansi, group_name, tahap, aspect_order, aspect, maturitas,
    n_berlaku (questions that apply), n_tidak_berlaku (switched off by a gate). No total, index,
    category or rank: none is set yet (docs/rules.md §16)."""
    scale = index_scale(con, period)
    params = {"period": int(period), "province": province, "group": group, "instrument": scale.instrument}
    return con.cursor().execute(_MATURITY_SQL, params).df()


def maturity_table(long: pd.DataFrame) -> pd.DataFrame:
    """``maturity_by_aspect`` as one row per instansi and one column per aspect (in the instrument's order)."""
    if long.empty:
        return pd.DataFrame(columns=["instansi", "tahap"])
    order = long.drop_duplicates("aspect").sort_values("aspect_order")["aspect"].tolist()
    wide = long.pivot_table(
        index=["instansi", "tahap"], columns="aspect", values="maturitas", aggfunc="first"
    )
    return wide.reindex(columns=order).reset_index().rename_axis(columns=None)


def categories(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The category bands (PermenPANRB 40/2018 I–IV): band, category_id, category_en, lower, upper, color."""
    return (
        con.cursor()
        .execute(
            "select band, category_id, category_en, lower::double as lower, upper::double as upper, color, "
            "source from ref_merit_categories order by lower"
        )
        .df()
    )


def merit_category(con: duckdb.DuckDBPyConnection, score: float | None, lang: str = "id") -> str | None:
    """The category (Buruk, Kurang, Baik, Sangat Baik; in English with ``lang="en"``) of a raw total
    score; None for a missing score."""
    if score is None:
        return None
    rows = (
        con.cursor()
        .execute(
            "select case when ? = 'en' then category_en else category_id end from ref_merit_categories "
            "where ? >= lower and ? < upper",
            [lang, float(score), float(score)],
        )
        .fetchall()
    )
    return str(rows[0][0]) if rows else None


def province_government(con: duckdb.DuckDBPyConnection, province: str, period: int) -> dict[str, Any] | None:
    """The provincial government's own totals (e.g. NTT 2022: 282,5 → 0,69 → Baik), or None."""
    frame = instansi_totals(con, period, province=province, group=PROVINCE_GROUP)
    if frame.empty:
        return None
    return _records(frame.head(1))[0]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return list(clean.to_dict(orient="records"))  # type: ignore[arg-type]


# --- counts for the province view ----------------------------------------------------------------


def status_counts(table: pd.DataFrame, order: list[str] | None = None) -> pd.DataFrame:
    """Regencies per SIPINTER status (in ``order``, e.g. sipinter_statuses), then unreadable and missing."""
    key = table["status"].where(table["status_state"] == "ok", table["status_state"])
    counts = key.value_counts(sort=False).rename_axis("status").reset_index(name="n")
    counts["state"] = counts["status"].where(counts["status"].isin(["unreadable", "missing"]), "ok")
    rank = {s: i for i, s in enumerate([*(order or []), "unreadable", "missing"])}
    counts["_o"] = counts["status"].map(rank).fillna(len(rank) - 2.5)
    return counts.sort_values("_o", kind="stable").drop(columns="_o").reset_index(drop=True)


def sipinter_statuses(con: duckdb.DuckDBPyConnection) -> list[str]:
    """SIPINTER input statuses in their order (Belum Input, Sedang Input, Selesai Input)."""
    rows = con.cursor().execute("select status from ref_sipinter_status order by status_order").fetchall()
    return [str(r[0]) for r in rows]


def csv_table(table: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The regency table as its CSV download: the columns of docs/data-contract.md §4, a status that could
    not be read or is absent written as such ('tidak terbaca', 'belum ada'), and beside each score a note
    column saying why its cell is empty, so an unreadable value and a missing one stay apart."""
    out = table[[*TABLE_COLUMNS]].copy()

    def why(states: pd.Series) -> list[str]:
        return ["" if s == "ok" else t(f"merit.state.{s}", lang) for s in states]

    out["status"] = [
        s if st == "ok" else t(f"merit.state.{st}", lang)
        for s, st in zip(table["status"], table["status_state"], strict=True)
    ]
    out.insert(
        list(out.columns).index("nilai_mandiri") + 1, "keterangan_mandiri", why(table["mandiri_state"])
    )
    out.insert(
        list(out.columns).index("nilai_verifikasi") + 1,
        "keterangan_verifikasi",
        why(table["verifikasi_state"]),
    )
    return out


def category_counts(table: pd.DataFrame, cats: pd.DataFrame) -> pd.DataFrame:
    """Regencies per category in band order (kategori and its English name kategori_en), then those
    without a verified score (by state)."""
    n = table["kategori"].value_counts()
    rows = [
        {"kategori": c, "kategori_en": e, "state": "ok", "n": int(n.get(c, 0)), "warna": w}
        for c, e, w in zip(cats["category_id"], cats["category_en"], cats["color"], strict=True)
    ]
    no_score = table.loc[table["nilai_verifikasi"].isna(), "verifikasi_state"].value_counts()
    for state in ("unreadable", "incomplete", "missing"):
        if no_score.get(state, 0):
            rows.append(
                {
                    "kategori": None,
                    "kategori_en": None,
                    "state": state,
                    "n": int(no_score[state]),
                    "warna": None,
                }
            )
    return pd.DataFrame(rows)


# --- one instansi: aspects and stages ------------------------------------------------------------

_ASPECTS_SQL = """
with instrument as (
    select coalesce(
        (select any_value(instrument) from merit_scores where period = $period and instansi = $instansi),
        (select instrument from ref_merit_instruments
         order by ($period between valid_from and valid_to) desc, valid_from limit 1)
    ) as instrument
)
select a.aspect_order, a.aspect, a.max_score::double as max_score, s.score,
       s.score / a.max_score as share, m.score as mandiri
from ref_merit_aspects a
join instrument i on i.instrument = a.instrument
left join merit_scores s on s.aspect = a.aspect and s.period = $period and s.instansi = $instansi
    and s.stage = $stage
left join merit_scores m on m.aspect = a.aspect and m.period = $period and m.instansi = $instansi
    and m.stage = (select stage from ref_merit_stages where not is_verification order by stage_order limit 1)
order by a.aspect_order
"""


def instansi_aspects(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int, stage: str | None = None
) -> pd.DataFrame:
    """The instrument's aspects for one instansi: score in ``stage`` against its maximum (NaN = no score).

    ``stage`` None takes the latest verification stage present, else the self-assessment. Columns:
    aspect_order, aspect, max_score, score, share (score / max), mandiri (the self-assessed score).
    """
    stage = stage or default_stage(con, instansi, period)
    params = {"period": int(period), "instansi": instansi, "stage": stage}
    return con.cursor().execute(_ASPECTS_SQL, params).df()


_DEFAULT_STAGE_SQL = """
select r.stage from merit_scores s join ref_merit_stages r on r.stage = s.stage
where s.period = ? and s.instansi = ?
group by r.stage, r.stage_order, r.is_verification
order by r.is_verification desc, r.stage_order desc
limit 1
"""


def default_stage(con: duckdb.DuckDBPyConnection, instansi: str, period: int) -> str | None:
    """The latest verification stage with aspect rows, else the self-assessment stage, else None."""
    rows = con.cursor().execute(_DEFAULT_STAGE_SQL, [int(period), instansi]).fetchall()
    return str(rows[0][0]) if rows else None


def aspect_profile(
    con: duckdb.DuckDBPyConnection, instansi: list[str], period: int, province_instansi: str | None
) -> pd.DataFrame:
    """The aspect profile of a selection of instansi against the province's own government: one row per
    aspect with ``aspect_order, aspect, max_score``, ``selected`` (the mean score of the selected
    instansi that have one, each in its latest verification stage; NaN when none has), ``n_selected``
    (how many have a score) and ``province`` (the province government's score, NaN when none)."""
    frames = [
        instansi_aspects(con, name, period)[["aspect_order", "aspect", "max_score", "score"]]
        for name in instansi
    ]
    reference = instansi_aspects(con, province_instansi, period) if province_instansi else None
    base = frames[0] if frames else reference if reference is not None else None
    if base is None:
        scale = (
            con.cursor().execute(_ASPECTS_SQL, {"period": int(period), "instansi": "", "stage": None}).df()
        )
        base = scale
    out = base[["aspect_order", "aspect", "max_score"]].copy()
    if frames:
        scores = pd.concat([f.set_index("aspect")["score"] for f in frames], axis=1)
        out["selected"] = out["aspect"].map(scores.mean(axis=1, skipna=True))
        out["n_selected"] = out["aspect"].map(scores.notna().sum(axis=1)).astype("int64")
    else:
        out["selected"] = np.nan
        out["n_selected"] = 0
    out["province"] = (
        out["aspect"].map(reference.set_index("aspect")["score"]) if reference is not None else np.nan
    )
    return out.reset_index(drop=True)


_PROGRESSION_SQL = """
with instrument as (
    select coalesce(
        (select any_value(instrument) from merit_scores where period = $period and instansi = $instansi),
        (select instrument from ref_merit_instruments
         order by ($period between valid_from and valid_to) desc, valid_from limit 1)
    ) as instrument
),
required as (  -- no total for a version without one (PermenPANRB 19/2025, docs/rules.md §16)
    select case when any_value(ri.max_total) is not null then count(*) end as n_required
    from ref_merit_aspects a join instrument i using (instrument)
    join ref_merit_instruments ri using (instrument)
),
sums as (
    select s.stage, count(*) as n_aspects, sum(s.score) as total
    from merit_scores s where s.period = $period and s.instansi = $instansi
    group by s.stage
)
select r.stage_order, r.stage, r.is_verification, coalesce(s.n_aspects, 0) as n_aspects,
       (select n_required from required) as n_required,
       case when s.n_aspects >= (select n_required from required) then s.total end as total,
       case when s.stage is null then 'missing'
            when (select n_required from required) is null then 'not_set'
            when s.n_aspects >= (select n_required from required) then 'ok'
            else 'incomplete' end as state,
       case when s.n_aspects >= (select n_required from required) then s.total end
           / ri.max_total as indeks,
       c.category_id as kategori, c.color as warna, ri.max_total::double as max_total
from ref_merit_stages r
left join sums s on s.stage = r.stage
cross join instrument i
left join ref_merit_instruments ri on ri.instrument = i.instrument
left join ref_merit_categories c
    on case when s.n_aspects >= (select n_required from required) then s.total end >= c.lower
   and case when s.n_aspects >= (select n_required from required) then s.total end < c.upper
order by r.stage_order
"""


def stage_progression(con: duckdb.DuckDBPyConnection, instansi: str, period: int) -> pd.DataFrame:
    """Totals per stage (Mandiri, Verifikasi Awal … Verifikasi Akhir) for one instansi; no partial sums.

    ``state``: ok, incomplete (some aspects missing: no total) or missing (no rows for the stage).
    """
    params = {"period": int(period), "instansi": instansi}
    return con.cursor().execute(_PROGRESSION_SQL, params).df()


# --- the national picture ------------------------------------------------------------------------

_NATIONAL_SQL = """
with totals as ({totals}),
good as (
    select lower from ref_merit_categories where category_id = $good
),
groups as (
    select group_name, min(rowid) as group_order from ref_instansi_types group by group_name
),
per_group as (
    select t.group_name, count(*) as n_instansi, count(t.nilai_verifikasi) as n_dinilai,
           count(*) filter (where t.nilai_verifikasi >= (select lower from good)) as n_baik_keatas
    from totals t where t.group_name is not null
    group by t.group_name
)
select g.group_name, coalesce(p.n_instansi, 0) as n_instansi, coalesce(p.n_dinilai, 0) as n_dinilai,
       coalesce(p.n_baik_keatas, 0) as n_baik_keatas,
       p.n_baik_keatas / nullif(p.n_dinilai, 0) as share_baik_keatas,
       tg.target_share::double as target_share, tg.note as target_note, tg.source as target_source
from groups g
left join per_group p using (group_name)
left join ref_merit_targets tg on tg.jenis_instansi = g.group_name and tg.target_set = $target_set
order by g.group_order
"""


def national_picture(
    con: duckdb.DuckDBPyConnection, period: int, target_set: str = DEFAULT_TARGET_SET
) -> pd.DataFrame:
    """Per agency group (Kementerian, LPNK, Provinsi, Kab/Kota): instansi assessed and the share at Baik
    or better (of those with a verified score) against the target of ``target_set`` (with its note).
    """
    sql = _NATIONAL_SQL.format(totals=_TOTALS_SQL)
    params = {
        "period": int(period),
        "province": None,
        "group": None,
        "good": GOOD_CATEGORY,
        "target_set": target_set,
    }
    return con.cursor().execute(sql, params).df()


_DISTRIBUTION_SQL = """
with totals as ({totals}),
groups as (
    select group_name, min(rowid) as group_order from ref_instansi_types group by group_name
)
select g.group_name, c.category_id as kategori, c.category_en as kategori_en, c.color as warna,
       count(t.instansi) as n
from groups g
cross join ref_merit_categories c
left join totals t on t.group_name = g.group_name and t.kategori = c.category_id
group by g.group_name, g.group_order, c.category_id, c.category_en, c.color, c.lower
order by g.group_order, c.lower
"""


def category_distribution(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """Instansi per agency group and category (verified score), every pair present (n may be 0)."""
    sql = _DISTRIBUTION_SQL.format(totals=_TOTALS_SQL)
    return con.cursor().execute(sql, {"period": int(period), "province": None, "group": None}).df()


def target_sets(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The target sets in ref_merit_targets (RPJMN 2020–2024 first)."""
    rows = con.cursor().execute(
        "select target_set from ref_merit_targets group by target_set order by min(rowid)"
    )
    return [str(r[0]) for r in rows.fetchall()]


_PROVINCES_RANKED_SQL = """
with totals as ({totals}),
good as (
    select lower from ref_merit_categories where category_id = $good
)
select provinsi, count(*) as n_kab_kota, count(nilai_verifikasi) as n_dinilai,
       count(*) filter (where nilai_verifikasi >= (select lower from good)) as n_baik_keatas,
       count(*) filter (where nilai_verifikasi >= (select lower from good)) / nullif(count(nilai_verifikasi), 0)
           as share_baik_keatas,
       median(nilai_verifikasi) as median_verifikasi
from totals
where provinsi is not null
group by provinsi
"""


def provinces_ranked(con: duckdb.DuckDBPyConnection, period: int) -> pd.DataFrame:
    """Provinces ranked by the share of their assessed regencies/cities at Baik or better (min rank).

    A province with no verified regency gets no rank and sorts last.
    """
    sql = _PROVINCES_RANKED_SQL.format(totals=_TOTALS_SQL)
    params = {"period": int(period), "province": None, "group": REGENCY_GROUP, "good": GOOD_CATEGORY}
    frame = con.cursor().execute(sql, params).df()
    frame["peringkat"] = frame["share_baik_keatas"].rank(method="min", ascending=False).astype("Int64")
    frame = frame.sort_values(
        ["peringkat", "median_verifikasi", "provinsi"], ascending=[True, False, True], na_position="last"
    )
    return frame.reset_index(drop=True)


# --- two periods ---------------------------------------------------------------------------------


def period_comparison(
    con: duckdb.DuckDBPyConnection, province: str | None, before: int, after: int
) -> pd.DataFrame:
    """Regencies/cities in both periods: verified score before and after, change, category move.

    ``arah``: naik (improved), turun (fell), tetap (same), or tidak_diketahui when either score is
    missing (never compared against 0). Sorted by change, biggest rise first, unknowns last.
    """
    a = instansi_totals(con, before, province=province, group=REGENCY_GROUP)
    b = instansi_totals(con, after, province=province, group=REGENCY_GROUP)
    if not same_scale(con, before, after):  # two versions: never one scale (docs/rules.md §16)
        keep = ["instansi", "nilai_verifikasi", "kategori", "verifikasi_state", "warna"]
        merged = a[keep].merge(b[keep], on="instansi", how="outer", suffixes=("_awal", "_akhir"))
        merged["perubahan"] = np.nan
        merged["arah"] = "beda_instrumen"
        for col in ("verifikasi_state_awal", "verifikasi_state_akhir"):
            merged[col] = merged[col].fillna("missing")
        return merged.sort_values("instansi").reset_index(drop=True)
    keep = ["instansi", "nilai_verifikasi", "kategori", "verifikasi_state", "warna"]
    merged = a[keep].merge(b[keep], on="instansi", how="outer", suffixes=("_awal", "_akhir"))
    merged["perubahan"] = merged["nilai_verifikasi_akhir"] - merged["nilai_verifikasi_awal"]
    change = merged["perubahan"]
    merged["arah"] = "tidak_diketahui"
    merged.loc[change > 0, "arah"] = "naik"
    merged.loc[change < 0, "arah"] = "turun"
    merged.loc[change == 0, "arah"] = "tetap"
    for col in ("verifikasi_state_awal", "verifikasi_state_akhir"):
        merged[col] = merged[col].fillna("missing")
    merged = merged.sort_values(["perubahan", "instansi"], ascending=[False, True], na_position="last")
    return merged.reset_index(drop=True)


def same_scale(con: duckdb.DuckDBPyConnection, before: int, after: int) -> bool:
    """Whether two periods were assessed with the same instrument version (and so can be compared)."""
    return index_scale(con, before).instrument == index_scale(con, after).instrument


DIRECTIONS = ("naik", "turun", "tetap", "tidak_diketahui")


def direction_counts(comparison: pd.DataFrame) -> dict[str, int]:
    """How many regencies improved, fell, stayed, or cannot be compared (period_comparison's ``arah``)."""
    counts = comparison["arah"].value_counts()
    return {d: int(counts.get(d, 0)) for d in DIRECTIONS}


# --- command line --------------------------------------------------------------------------------
