"""Merit-principle fairness audit of the nine-box mapping (UU ASN; docs/rules.md §11).

For one attribute (gender, age band, position type, province, regency/city) the audit compares each
group's rate of reaching the talent pool (boxes 7-8-9) and of landing in box 1, with the ratio of each
group's pool rate to the highest group's (below 0.8 is the conventional warning, the "four-fifths"
rule) and a test whether the gap could be chance: chi-square of the groups x (in/out) table, Fisher's
exact test for a 2 x 2 table with an expected count under 5, and a seeded Monte Carlo chi-square for a
larger table with small expected counts. Groups under 5 mapped people are suppressed everywhere: they
never leave this module (not in the rates, the test, the charts or the exports); only their number does.
Counting happens over the whole population, in memory when the nine-box engine holds the selection
(analytics.ninebox.engine.prepare: a bincount of group code x cell per period, the groups from the
scoring table's key columns and, for age bands, the bands read once per block) and in DuckDB
otherwise (relative cut-offs, an agency's predicate map...); both give the same counts
(tests/test_fairness.py). Only one row per group crosses into pandas.

Uncertainty: every rate carries a 95 % Wilson score interval (Wilson 1927, JASA 22:209; recommended
over the Wald interval by Brown, Cai & DasGupta 2001, Statistical Science 16:101), and each group's
ratio to the highest group carries a 95 % Katz log interval for a ratio of two proportions (Katz et
al. 1978, Biometrics 34:469: ln(r) +/- z*sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2), with 0.5 added to a count of
0 and its group size). A ratio whose interval straddles 0.8 is "unclear": the 0.8 flag cannot be
concluded either way from groups this small.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.labels import t
from analytics.ninebox import arrays, engine
from analytics.ninebox import boxes as nb

MIN_GROUP = 5  # docs/rules.md §11: never show groups under 5 people
RATIO_WARNING = 0.8  # docs/rules.md §11: ratio of the lower to the higher rate below 0.8 is a warning
SIGNIFICANCE = 0.05
MIN_EXPECTED = 5  # Cochran: chi-square needs expected counts of at least 5
MONTE_CARLO_RESAMPLES = 9999
CONFIDENCE_Z = 1.959963984540054  # two-sided 95 %
SUMMARY_GROUPS = 3  # flagged groups named in the leader's summary (the lowest ratios)
AGE_BANDS = ("< 30", "30–39", "40–49", "50+")
# attribute -> SQL expression over the boxes relation (identifier whitelist; age at the period).
ATTRIBUTES: dict[str, str] = {
    "jenis_kelamin": "jenis_kelamin",
    "age_band": (
        "case when tanggal_lahir is null then null"
        " when period - year(tanggal_lahir) < 30 then '< 30'"
        " when period - year(tanggal_lahir) < 40 then '30–39'"
        " when period - year(tanggal_lahir) < 50 then '40–49' else '50+' end"
    ),
    "jenis_jabatan": "jenis_jabatan",
    "provinsi": "provinsi",
    "kab_kota": "kab_kota",
}
TABLE_COLUMNS = ["group", "n", "n_pool", "rate_pool", "ratio", "flag", "n_box1", "rate_box1"]
INTERVAL_COLUMNS = ["pool_lo", "pool_hi", "box1_lo", "box1_hi", "ratio_lo", "ratio_hi", "ratio_unclear"]

_RATES_SQL = """
with b as ({boxes})
select {expr} as grp,
    count(*) as n,
    count(*) filter (where talent_pool) as n_pool,
    count(*) filter (where kinerja_level = 1 and potensial_level = 1) as n_box1
from b
where box is not null and grp is not null
group by 1
"""


@dataclass(frozen=True)
class Audit:
    """One attribute's audit: the groups shown (``table``, at least MIN_GROUP people each), how many
    groups were suppressed, and the tests of the pool rate and the box-1 rate (p-value and method)."""

    attribute: str
    table: pd.DataFrame
    suppressed: int
    p_pool: float | None
    test_pool: str | None
    p_box1: float | None
    test_box1: str | None
    notes: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> pd.DataFrame:
        """Groups whose pool rate is below 0.8 of the highest group's."""
        return self.table[self.table["flag"]]

    @property
    def comparable(self) -> bool:
        """At least two groups can be compared."""
        return len(self.table) >= 2


def audit(
    con: duckdb.DuckDBPyConnection,
    attribute: str,
    *,
    rules: nb.Rules,
    filters: Filters,
    min_group: int = MIN_GROUP,
) -> Audit:
    """Rates of boxes 7-8-9 and box 1 per group of ``attribute`` among the mapped employees."""
    if attribute not in ATTRIBUTES:
        raise ValueError(f"unknown attribute {attribute!r}; known: {', '.join(ATTRIBUTES)}")
    min_group = max(int(min_group), MIN_GROUP)  # never below the domain's floor
    counts = group_counts(con, attribute, rules=rules, filters=filters)
    for col in ("n", "n_pool", "n_box1"):
        counts[col] = counts[col].astype("int64")
    small = counts["n"] < min_group
    shown = counts[~small].rename(columns={"grp": "group"}).copy()
    shown["group"] = shown["group"].astype(str)
    shown = _ordered(con, attribute, shown)
    shown["rate_pool"] = shown["n_pool"] / shown["n"]
    shown["rate_box1"] = shown["n_box1"] / shown["n"]
    top = shown["rate_pool"].max() if len(shown) else np.nan
    shown["ratio"] = shown["rate_pool"] / top if top and top > 0 else np.nan
    shown["flag"] = (shown["ratio"] < RATIO_WARNING).fillna(False).astype(bool) & (len(shown) >= 2)
    shown["pool_lo"], shown["pool_hi"] = wilson_interval(shown["n_pool"].to_numpy(), shown["n"].to_numpy())
    shown["box1_lo"], shown["box1_hi"] = wilson_interval(shown["n_box1"].to_numpy(), shown["n"].to_numpy())
    shown["ratio_lo"], shown["ratio_hi"] = np.nan, np.nan
    if len(shown) >= 2 and top and top > 0:
        best = int(shown["rate_pool"].to_numpy().argmax())
        lo, hi = ratio_interval(
            shown["n_pool"].to_numpy(), shown["n"].to_numpy(),
            int(shown["n_pool"].iloc[best]), int(shown["n"].iloc[best]),
        )  # fmt: skip
        lo[best], hi[best] = np.nan, np.nan  # the reference group against itself: no interval
        shown["ratio_lo"], shown["ratio_hi"] = lo, hi
    shown["ratio_unclear"] = (shown["ratio_lo"] < RATIO_WARNING) & (shown["ratio_hi"] >= RATIO_WARNING)
    table = shown[TABLE_COLUMNS + INTERVAL_COLUMNS].reset_index(drop=True)
    p_pool, test_pool = kept_gap_test(con, table["n_pool"].to_numpy(), table["n"].to_numpy())
    p_box1, test_box1 = kept_gap_test(con, table["n_box1"].to_numpy(), table["n"].to_numpy())
    return Audit(attribute, table, int(small.sum()), p_pool, test_pool, p_box1, test_box1)


def group_counts(
    con: duckdb.DuckDBPyConnection, attribute: str, *, rules: nb.Rules, filters: Filters
) -> pd.DataFrame:
    """Mapped employees per group of ``attribute`` (grp, n, n_pool, n_box1; groups with nobody and a
    NULL group left out), every group however small: in memory when the engine holds the selection,
    else in SQL (_RATES_SQL). The caller suppresses the small groups."""
    memory = engine.prepare(con, rules, filters)  # the engine chooses the path
    fast = None if memory is None else _fast_counts(con, memory, attribute, rules=rules, filters=filters)
    if fast is not None:
        return fast
    q = nb.boxes_sql(rules=rules, filters=filters)
    return con.cursor().execute(_RATES_SQL.format(boxes=q.sql, expr=ATTRIBUTES[attribute]), q.params).df()


BOX1_CELL = 1 << 2 | 1  # kinerja level 1, potensial level 1 (cell codes: analytics.ninebox.arrays)


def _fast_counts(
    con: duckdb.DuckDBPyConnection,
    memory: engine.InMemory,
    attribute: str,
    *,
    rules: nb.Rules,
    filters: Filters,
) -> pd.DataFrame | None:
    """_RATES_SQL's counts from the in-memory arrays: one bincount of (group code, cell) per period; None
    when the age bands cannot be read for the block's rows (the SQL path answers)."""
    box_of, pool_of = nb.cell_lookup(con, rules.scheme)
    mapped, in_pool = box_of >= 0, pool_of & (box_of >= 0)
    totals: dict[Any, np.ndarray] = {}
    for scored in memory.scored(con, filters, rules):
        grouped = _group_codes(con, scored.block, attribute)
        if grouped is None:
            return None
        codes, values = grouped
        table = _cell_table(codes, scored.rows, scored.cell, len(values))[1:]  # row 0: NULL, never counted
        box1 = table[:, BOX1_CELL] * int(mapped[BOX1_CELL])  # box 1 = both levels 1 (a box, as in SQL)
        found = np.column_stack([table[:, mapped].sum(axis=1), table[:, in_pool].sum(axis=1), box1])
        for value, row in zip(values, found.astype(np.int64), strict=True):
            totals[value] = totals[value] + row if value in totals else row
    shown = [(v, *r) for v, r in totals.items() if r[0] > 0]
    frame = pd.DataFrame(shown, columns=["grp", "n", "n_pool", "n_box1"])
    return frame.astype({"grp": object, "n": "int64", "n_pool": "int64", "n_box1": "int64"})


def _cell_table(codes: np.ndarray, rows: np.ndarray | None, cell: np.ndarray, groups: int) -> np.ndarray:
    """Selected rows per (group code + 1, cell code): a (groups + 1) x 16 table, counted in parallel
    chunks (``codes`` follow the block's rows, ``cell`` the selection's, ``rows`` maps one to the other)."""
    n, width = len(cell), 16 * (groups + 1)
    bounds = [(a, min(a + arrays.CHUNK, n)) for a in range(0, n, arrays.CHUNK)]

    def run(ab: tuple[int, int]) -> np.ndarray:
        a, b = ab
        k = (codes[a:b] if rows is None else codes[rows[a:b]]).astype(np.intp)
        k += 1
        k <<= 4
        k += cell[a:b]
        return np.bincount(k, minlength=width)

    total = np.zeros(width, dtype=np.int64)
    for part in arrays.parallel(run, bounds):
        total += part
    return total.reshape(groups + 1, 16)


def _group_codes(
    con: duckdb.DuckDBPyConnection, blk: arrays.Block, attribute: str
) -> tuple[np.ndarray, list[Any]] | None:
    """Group codes (-1 = NULL) of the block's rows and their values: a key column of the scoring table,
    or the age band at the period (age_bands; None when its rows cannot be trusted)."""
    if attribute != "age_band":
        return blk.key(con, ATTRIBUTES[attribute])
    bands = age_bands(con, blk)
    return None if bands is None else (bands, list(AGE_BANDS))


_BANDS: dict[tuple[str, int], np.ndarray] = {}
_BANDS_LOCK = threading.Lock()
# ATTRIBUTES['age_band'] (the one definition of the bands) as its index in AGE_BANDS, -1 = no birth date.
_BANDS_SQL = (
    "select rowid, nip, (coalesce(list_position(?::varchar[], "  # noqa: S608 - a constant expression
    + ATTRIBUTES["age_band"]
    + "), 0) - 1)::tinyint as band from employees where period = ?"
)
# Named by the bands' definition too: a release that changes them does not read an older build's file.
BANDS_FILE = (
    "age_band_" + hashlib.sha256(f"{ATTRIBUTES['age_band']}|{AGE_BANDS!r}".encode()).hexdigest()[:12] + ".npy"
)


def _read_bands(con: duckdb.DuckDBPyConnection, blk: arrays.Block) -> np.ndarray | None:
    """The bands by the block's ``emp_rowid``, each row checked to be the block's by period and NIP (a
    rowid can point at another person after a rebuild whose checkpoint could not run: scoring.refresh);
    None when any is not."""
    got = con.cursor().execute(_BANDS_SQL, [list(AGE_BANDS), blk.period]).to_arrow_table()
    rowid = got.column("rowid").to_numpy().astype(np.int64)
    emp_rowid = np.asarray(blk.emp_rowid, dtype=np.int64)
    position = np.full(int(rowid.max()) + 1 if len(rowid) else 0, -1, dtype=np.int64)
    position[rowid] = np.arange(len(rowid))
    if len(emp_rowid) and (emp_rowid.max() >= len(position) or (position[emp_rowid] < 0).any()):
        return None  # a row of another period, or none
    at = position[emp_rowid]
    nips = got.column("nip").combine_chunks().take(pa.array(at))
    ours = blk.nip.combine_chunks() if isinstance(blk.nip, pa.ChunkedArray) else blk.nip
    if not nips.cast(pa.large_string()).equals(ours.cast(pa.large_string())):
        return None
    band: np.ndarray = got.column("band").to_numpy(zero_copy_only=False).astype(np.int8)[at]
    return band


def age_bands(con: duckdb.DuckDBPyConnection, blk: arrays.Block) -> np.ndarray | None:
    """The age band (int8 index into AGE_BANDS, -1 = no birth date) of every row of the block, read
    from employees by the block's ``emp_rowid`` once per build and period, and kept beside the block's
    fast files (BANDS_FILE) so the next process maps it instead of reading the column again; None when
    the block's rows are not where its build left them (the SQL path answers)."""
    key = (blk.build_id, blk.period)
    with _BANDS_LOCK:
        if key in _BANDS:
            return _BANDS[key]
        path = None if blk.folder is None else blk.folder / BANDS_FILE
        bands = arrays.kept_array(path, blk.n, lambda: _read_bands(con, blk))
        if bands is None:
            return None
        _BANDS[key] = bands
        while len(_BANDS) > arrays.MAX_BLOCKS:  # as many as the blocks kept
            _BANDS.pop(next(iter(_BANDS)))
        return bands


def wilson_interval(
    hits: np.ndarray | int, sizes: np.ndarray | int, *, z: float = CONFIDENCE_Z
) -> tuple[np.ndarray, np.ndarray]:
    """The Wilson score interval of ``hits / sizes`` (95 % by default): (lower, upper) per group.

    centre = (p + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²);
    Wilson (1927), JASA 22:209. Stays inside [0, 1] and is sound at 0 or n hits, unlike p ± z·se.
    """
    x = np.asarray(hits, dtype=float)
    n = np.asarray(sizes, dtype=float)
    p = x / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return np.clip(centre - half, 0.0, 1.0), np.clip(centre + half, 0.0, 1.0)


def ratio_interval(
    hits: np.ndarray, sizes: np.ndarray, ref_hits: int, ref_size: int, *, z: float = CONFIDENCE_Z
) -> tuple[np.ndarray, np.ndarray]:
    """The Katz log interval (95 % by default) of each group's rate divided by the reference rate.

    ln(r) ± z·sqrt(1/x1 − 1/n1 + 1/x2 − 1/n2) (Katz, Baptista, Azen & Pike 1978, Biometrics 34:469);
    a count of 0 gets 0.5 added to it and to its group size, so the interval stays finite.
    """
    x1 = np.asarray(hits, dtype=float)
    n1 = np.asarray(sizes, dtype=float)
    zero1 = x1 == 0
    x1, n1 = np.where(zero1, x1 + 0.5, x1), np.where(zero1, n1 + 0.5, n1)
    x2, n2 = float(ref_hits), float(ref_size)
    if x2 == 0:
        x2, n2 = 0.5, n2 + 0.5
    log_r = np.log((x1 / n1) / (x2 / n2))
    se = np.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2)
    return np.exp(log_r - z * se), np.exp(log_r + z * se)


def _ordered(con: duckdb.DuckDBPyConnection, attribute: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Groups in their natural order: gender L, P; age bands young to old; position types by rank."""
    if attribute == "age_band":
        order = {b: i for i, b in enumerate(AGE_BANDS)}
    elif attribute == "jenis_kelamin":
        order = {"L": 0, "P": 1}
    elif attribute == "jenis_jabatan":
        order = dict(con.cursor().execute("select position_type, rank from ref_position_types").fetchall())
    else:
        order = {}
    key = frame["group"].map(order).fillna(len(order) + 1)
    return frame.assign(_k=key).sort_values(["_k", "group"]).drop(columns="_k")


def kept_gap_test(
    con: duckdb.DuckDBPyConnection, hits: np.ndarray, sizes: np.ndarray
) -> tuple[float | None, str | None]:
    """``gap_test`` of these counts, kept beside the database's fast files (arrays.stored) under the
    counts themselves, the test's settings and scipy's version: a later process shows the same p-value
    without importing scipy.stats (1,1-1,6 s on the national demo's busy machine: most of the page's
    first view). Computed when nothing is kept (a new database, an in-memory one)."""
    hits, sizes = np.asarray(hits), np.asarray(sizes)
    if len(hits) < 2:
        return None, None  # no test: nothing to keep
    args = {
        "hits": [int(x) for x in hits], "sizes": [int(x) for x in sizes], "seed": 0,
        "resamples": MONTE_CARLO_RESAMPLES, "min_expected": MIN_EXPECTED, "scipy": _scipy_version(),
    }  # fmt: skip
    p, method = arrays.stored(con, "fairness_gap_test", args, lambda: list(gap_test(hits, sizes)))
    return (None if p is None else float(p)), (None if method is None else str(method))


@functools.cache
def _scipy_version() -> str:
    """scipy's version from its metadata (no import of scipy itself)."""
    from importlib.metadata import version

    return version("scipy")


def gap_test(hits: np.ndarray, sizes: np.ndarray, *, seed: int = 0) -> tuple[float | None, str | None]:
    """p-value that the groups' rates differ only by chance, and the method: 'chi2', 'fisher' (2 x 2
    with an expected count under 5) or 'chi2_monte_carlo' (larger table with small expected counts);
    (None, None) with fewer than two groups or when nobody (or everybody) has the outcome."""
    hits = np.asarray(hits, dtype=float)
    sizes = np.asarray(sizes, dtype=float)
    if len(hits) < 2:
        return None, None
    observed = np.column_stack([hits, sizes - hits])
    if (observed.sum(axis=0) == 0).any():
        return None, None
    from scipy import stats  # imported where a test statistic is computed (0,7 s at first use)

    expected = stats.contingency.expected_freq(observed)
    small = (expected < MIN_EXPECTED).any()
    if observed.shape[0] == 2 and small:
        return float(stats.fisher_exact(observed.astype(int)).pvalue), "fisher"
    if small:
        method = stats.MonteCarloMethod(n_resamples=MONTE_CARLO_RESAMPLES, rng=np.random.default_rng(seed))
        result = stats.chi2_contingency(observed, correction=False, method=method)
        return float(result.pvalue), "chi2_monte_carlo"
    return float(stats.chi2_contingency(observed).pvalue), "chi2"


def group_label(attribute: str, group: str, lang: str = "id") -> str:
    """A group as read: 'Perempuan' for P, the band for ages, the value otherwise."""
    if attribute == "jenis_kelamin" and group in ("L", "P"):
        return t(f"fair.gender.{group}", lang)
    if attribute == "age_band":
        return t("fair.age_band", lang, band=group)
    return group


def summary(result: Audit, lang: str = "id") -> str:
    """The audit of one attribute in a sentence or two a leader reads: who falls below 0.8 of the
    highest rate, and whether the gap could be chance."""
    name = t(f"fair.attr.{result.attribute}", lang)
    if not result.comparable:
        return t("fair.summary.not_comparable", lang, attribute=name, min=MIN_GROUP)
    table = result.table
    best = table.iloc[int(table["rate_pool"].to_numpy().argmax())]
    chance = _chance(result.p_pool, lang)
    if result.flagged.empty:
        low = table.iloc[int(table["rate_pool"].to_numpy().argmin())]
        return t(
            "fair.summary.ok",
            lang,
            attribute=name,
            ratio=fmt_number(float(low["ratio"]), 2, lang),
            low=group_label(result.attribute, str(low["group"]), lang),
            high=group_label(result.attribute, str(best["group"]), lang),
            chance=chance,
        )
    lowest = result.flagged.sort_values("ratio").head(SUMMARY_GROUPS)
    more = len(result.flagged) - len(lowest)
    parts = [
        t(
            "fair.summary.group",
            lang,
            group=group_label(result.attribute, str(r["group"]), lang),
            n=fmt_number(int(r["n"]), 0, lang),
            rate=fmt_percent(float(r["rate_pool"]), 1, lang),
            ratio=fmt_number(float(r["ratio"]), 2, lang),
        )
        + (" " + t("fair.summary.unclear", lang, ci=fmt_ratio_ci(r, lang)) if r["ratio_unclear"] else "")
        for _, r in lowest.iterrows()
    ]
    if more > 0:
        parts.append(t("fair.summary.more", lang, n=more))
    return t(
        "fair.summary.gap",
        lang,
        attribute=name,
        groups="; ".join(parts),
        best=group_label(result.attribute, str(best["group"]), lang),
        rate=fmt_percent(float(best["rate_pool"]), 1, lang),
        chance=chance,
    )


def _chance(p: float | None, lang: str) -> str:
    if p is None:
        return t("fair.chance.none", lang)
    key = "fair.chance.unlikely" if p < SIGNIFICANCE else "fair.chance.possible"
    return t(key, lang, p=fmt_p(p, lang))


def fmt_p(p: float | None, lang: str = "id") -> str:
    """A p-value with its relation as read: '< 0,001', '= 0,034', '–'."""
    if p is None or np.isnan(p):
        return "–"
    return ("< " + fmt_number(0.001, 3, lang)) if p < 0.001 else "= " + fmt_number(p, 3, lang)


def headline(results: list[Audit], lang: str = "id") -> str:
    """One sentence over every attribute: how many show a gap below 0.8 that is unlikely to be chance."""
    gaps = [r for r in results if not r.flagged.empty]
    real = [r for r in gaps if r.p_pool is not None and r.p_pool < SIGNIFICANCE]
    if not gaps:
        return t("fair.headline.none", lang, n=len(results))
    names = ", ".join(t(f"fair.attr.{r.attribute}", lang) for r in gaps)
    return t("fair.headline.gaps", lang, n=len(gaps), total=len(results), names=names, real=len(real))


def export_frame(results: list[Audit], lang: str = "id") -> pd.DataFrame:
    """Every attribute's shown groups in one table for download (suppressed groups are not in it)."""
    rows = []
    for r in results:
        for _, g in r.table.iterrows():
            rows.append(
                {
                    t("fair.col.attribute", lang): t(f"fair.attr.{r.attribute}", lang),
                    t("fair.col.group", lang): group_label(r.attribute, str(g["group"]), lang),
                    t("fair.col.n", lang): int(g["n"]),
                    t("fair.col.n_pool", lang): int(g["n_pool"]),
                    t("fair.col.rate_pool", lang): round(float(g["rate_pool"]), 4),
                    t("fair.col.pool_lo", lang): round(float(g["pool_lo"]), 4),
                    t("fair.col.pool_hi", lang): round(float(g["pool_hi"]), 4),
                    t("fair.col.ratio", lang): round(float(g["ratio"]), 3)
                    if not pd.isna(g["ratio"])
                    else None,
                    t("fair.col.ratio_lo", lang): None
                    if pd.isna(g["ratio_lo"])
                    else round(float(g["ratio_lo"]), 3),
                    t("fair.col.ratio_hi", lang): None
                    if pd.isna(g["ratio_hi"])
                    else round(float(g["ratio_hi"]), 3),
                    t("fair.col.flag", lang): flag_text(g, lang),
                    t("fair.col.n_box1", lang): int(g["n_box1"]),
                    t("fair.col.rate_box1", lang): round(float(g["rate_box1"]), 4),
                    t("fair.col.box1_lo", lang): round(float(g["box1_lo"]), 4),
                    t("fair.col.box1_hi", lang): round(float(g["box1_hi"]), 4),
                    t("fair.col.p_pool", lang): r.p_pool,
                    t("fair.col.p_box1", lang): r.p_box1,
                }
            )
    return pd.DataFrame(rows)


def fmt_interval(lo: Any, hi: Any, lang: str = "id", *, percent: bool = True) -> str:
    """An interval as read: '10,8–60,3 %' (rates) or '0,25–1,01' (ratios); '–' when undefined."""
    if pd.isna(lo) or pd.isna(hi):
        return "–"
    if percent:
        return f"{fmt_number(lo * 100, 1, lang)}–{fmt_percent(hi, 1, lang)}"
    return f"{fmt_number(lo, 2, lang)}–{fmt_number(hi, 2, lang)}"


def fmt_ratio_ci(row: Any, lang: str = "id") -> str:
    """A group's ratio interval ('0,25–1,01')."""
    return fmt_interval(float(row["ratio_lo"]), float(row["ratio_hi"]), lang, percent=False)


def flag_text(row: Any, lang: str = "id") -> str:
    """The 0.8 flag as read: below (the interval is below 0.8 too), unclear (the interval straddles
    0.8, nothing can be concluded), or empty."""
    if row["ratio_unclear"]:
        return t("fair.flag.unclear" if row["flag"] else "fair.flag.unclear_above", lang)
    if row["flag"]:
        return t("fair.flag.below", lang)
    return ""


def display_table(result: Audit, lang: str = "id") -> pd.DataFrame:
    """One attribute's groups as shown on the page: group, n, pool, rates with their 95 % intervals,
    the ratio with its interval and the flag, as text."""
    tb = result.table
    return pd.DataFrame(
        {
            t("fair.col.group", lang): [group_label(result.attribute, str(g), lang) for g in tb["group"]],
            t("fair.col.n", lang): tb["n"].map(lambda v: fmt_number(v, 0, lang)),
            t("fair.col.n_pool", lang): tb["n_pool"].map(lambda v: fmt_number(v, 0, lang)),
            t("fair.col.rate_pool", lang): tb["rate_pool"].map(lambda v: fmt_percent(v, 1, lang)),
            t("fair.col.ci_pool", lang): [
                fmt_interval(lo, hi, lang) for lo, hi in zip(tb["pool_lo"], tb["pool_hi"], strict=True)
            ],
            t("fair.col.ratio", lang): tb["ratio"].map(lambda v: fmt_number(v, 2, lang)),
            t("fair.col.ci_ratio", lang): [fmt_ratio_ci(r, lang) for _, r in tb.iterrows()],
            t("fair.col.flag", lang): [flag_text(r, lang) for _, r in tb.iterrows()],
            t("fair.col.rate_box1", lang): tb["rate_box1"].map(lambda v: fmt_percent(v, 1, lang)),
            t("fair.col.ci_box1", lang): [
                fmt_interval(lo, hi, lang) for lo, hi in zip(tb["box1_lo"], tb["box1_hi"], strict=True)
            ],
        }
    )
