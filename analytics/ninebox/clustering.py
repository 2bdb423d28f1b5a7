"""Talent piling up ("penumpukan persebaran talenta", docs/rules.md §6).

No official threshold exists, so the rule is transparent and editable (ref_clustering_rule): a group is
flagged when one box holds more than ``max_share`` of a group of at least ``min_group`` mapped
employees ('share'), or when the group's box distribution differs from the rest of its instansi
(chi-square test of homogeneity on the 2 x 9 table group vs rest, p < ``p_value``, with the named box
significantly over-represented by its adjusted residual; 'chi2'). For
``by='instansi'`` the rest is the rest of the selected population. Box counts per group are computed
in DuckDB; only that small aggregate crosses into pandas, where the test is vectorised over all groups.
"""

from __future__ import annotations

import functools
import math
import sys

import duckdb
import numpy as np
import pandas as pd

from analytics.core.formats import fmt_number, fmt_percent
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.ninebox import engine

# --by value -> column of the boxes relation (identifier whitelist).
BY_COLUMNS = {"unit_kerja": "unit_kerja", "jenis_jabatan": "jenis_jabatan", "instansi": "instansi"}

RESULT_COLUMNS = [
    "instansi",
    "group",
    "box",
    "share",
    "n",
    "n_box",
    "expected_share",
    "p_value",
    "rule",
    "strength",
    "sentence",
]
FLAG_COLUMNS = RESULT_COLUMNS[:-1]  # without the sentence (_flags)

_COUNTS_SQL = """
with b as ({boxes})
select instansi, {by} as grp, box, count(*) as n
from b
where box is not null
group by all
"""


def group_box_counts(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: nb.Filters,
    by: str,
    box_view: str = "computed",
) -> pd.DataFrame:
    """Mappable employees per instansi, group (``grp``) and box: from the in-memory arrays for the
    computed boxes when the engine holds the selection (analytics.ninebox.engine), else in SQL."""
    memory = engine.prepare(con, rules, filters) if box_view == "computed" else None
    if memory is not None:
        if by == "instansi":  # the group is the instansi itself
            counts = nb.fast_group_boxes(con, memory, rules=rules, filters=filters, columns=("instansi",))
            return counts.assign(grp=counts["instansi"])[["instansi", "grp", "box", "n"]]
        counts = nb.fast_group_boxes(
            con, memory, rules=rules, filters=filters, columns=("instansi", BY_COLUMNS[by])
        )
        return counts.rename(columns={BY_COLUMNS[by]: "grp"})
    q = nb.boxes_sql(rules=rules, filters=filters)
    if box_view != "computed":
        from analytics.ninebox import (
            views as ninebox_views,  # imports clustering's neighbours only when needed
        )

        q = ninebox_views.with_calibration(con, q, box_view)
    return con.cursor().execute(_COUNTS_SQL.format(boxes=q.sql, by=BY_COLUMNS[by]), q.params).df()


def default_rule(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The piling-up defaults from ref_clustering_rule: max_share, min_group, p_value."""
    rows = con.cursor().execute("select parameter, value from ref_clustering_rule").fetchall()
    return {str(k): float(v) for k, v in rows}


def detect_piling(
    con: duckdb.DuckDBPyConnection,
    *,
    rules: nb.Rules,
    filters: nb.Filters,
    by: str = "unit_kerja",
    max_share: float | None = None,
    min_group: int | None = None,
    p_value: float | None = None,
    lang: str = "id",
    box_view: str = "computed",
) -> pd.DataFrame:
    """Flags over the computed boxes, or over the boxes the talent-review meeting calibrated
    (``box_view`` 'calibrated' or 'both', see ninebox_views.BOX_VIEWS).

    One row per flagged group: instansi, group, box (the piled-up one), share of the group in it, n
    (mapped employees in the group), n_box, expected_share (rest of its instansi in that box), chi-square
    p_value, rule ('share', 'chi2' or 'share+chi2'), strength (share / expected_share) and a sentence."""
    if by not in BY_COLUMNS:
        raise ValueError(t("clustering.error.by", lang, by=by, known=", ".join(BY_COLUMNS)))
    nb.check_scheme(con, rules.scheme, lang)
    rule = default_rule(con)
    max_share = rule["max_share"] if max_share is None else max_share
    min_group = int(rule["min_group"]) if min_group is None else min_group
    p_value = rule["p_value"] if p_value is None else p_value

    memory = engine.prepare(con, rules, filters) if box_view == "computed" else None
    compute = functools.partial(_flags, con, rules, filters, by, max_share, min_group, p_value, box_view)
    # A whole period's flags are kept with the fast files (the national nine-box page's first view checks
    # two groupings of 6,5 M rows: 0,3-0,5 s of its run); the sentences are made after, in the reader's
    # language.
    flags = (
        compute()
        if memory is None
        else nb.kept_whole_period(
            con,
            memory,
            rules=rules,
            filters=filters,
            name="piling",
            compute=compute,
            args=[by, max_share, min_group, p_value],
            code=(sys.modules[__name__],),
        )  # fmt: skip
    )
    return _with_sentences(flags, by, lang)


def _with_sentences(flags: pd.DataFrame, by: str, lang: str) -> pd.DataFrame:
    sentences = [
        _sentence(
            str(r["group"]),
            str(r["instansi"]),
            "" if by == "instansi" else str(r["instansi"]),
            int(r["box"]),
            float(r["share"]),
            int(r["n"]),
            float(r["expected_share"]),
            by,
            lang,
        )  # fmt: skip
        for r in flags.to_dict("records")
    ]
    return flags.assign(sentence=pd.Series(sentences, index=flags.index, dtype=object))[RESULT_COLUMNS]


def _flags(
    con: duckdb.DuckDBPyConnection,
    rules: nb.Rules,
    filters: nb.Filters,
    by: str,
    max_share: float,
    min_group: int,
    p_value: float,
    box_view: str,
) -> pd.DataFrame:
    """The flagged groups (RESULT_COLUMNS but the sentence), the strongest first."""
    counts = group_box_counts(con, rules=rules, filters=filters, by=by, box_view=box_view)
    if counts.empty:
        return pd.DataFrame(columns=FLAG_COLUMNS)
    boxes = [
        int(b)
        for (b,) in con.cursor()
        .execute("select box from ref_boxes where scheme = ? order by box", [rules.scheme])
        .fetchall()
    ]
    # For by='instansi' the parent of every group is the whole selection.
    counts["parent"] = "" if by == "instansi" else counts["instansi"]
    table = counts.pivot_table(
        index=["parent", "instansi", "grp"], columns="box", values="n", aggfunc="sum", fill_value=0
    )
    table = table.reindex(columns=boxes, fill_value=0)
    obs = table.to_numpy(dtype=float)  # groups x 9
    parent_tot = table.groupby(level="parent").transform("sum").to_numpy(dtype=float)
    rest = parent_tot - obs
    n = obs.sum(axis=1)
    n_rest = rest.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = obs / n[:, None]
        expected = rest / n_rest[:, None]
        p = _homogeneity_p(obs, rest)

    eligible = n >= min_group  # groups below min_group are never flagged
    top = share.argmax(axis=1)
    top_share = share[np.arange(len(n)), top]
    flag_share = eligible & (top_share > max_share)
    # The box named for a chi-square flag: the most over-represented cell (largest adjusted residual).
    z = _adjusted_residuals(obs, rest)
    box_idx = np.where(flag_share, top, np.nan_to_num(z, nan=-np.inf).argmax(axis=1))
    z_box = z[np.arange(len(n)), box_idx]
    # 'chi2' = the distribution differs from the rest of the instansi (p < p_value) AND the named box holds
    # significantly more of the group than of the rest (one-sided z test at the same level). A unit that
    # is merely different because a neighbour piles up is not itself piling up.
    # Piling up is concentration: the named box must also hold a sizeable part of the group (at least half
    # the share threshold), so 1 of 20 in box 9 is never called "penumpukan" however unusual it is.
    box_share = share[np.arange(len(n)), box_idx.astype(int)]
    with np.errstate(invalid="ignore"):
        flag_chi2 = eligible & (p < p_value) & (_normal_sf(z_box) < p_value) & (box_share >= max_share / 2)

    rows = []
    instansi_of = table.index.get_level_values("instansi").to_numpy()
    group_of = table.index.get_level_values("grp").to_numpy()
    for i in (int(j) for j in np.flatnonzero(flag_share | flag_chi2)):
        k = int(box_idx[i])
        exp_share = float(expected[i, k]) if n_rest[i] > 0 else float("nan")
        row_share = float(share[i, k])
        hits = [name for name, hit in (("share", flag_share[i]), ("chi2", flag_chi2[i])) if hit]
        inst, grp = instansi_of[i], group_of[i]
        rows.append(
            {
                "instansi": inst,
                "group": grp,
                "box": boxes[k],
                "share": row_share,
                "n": int(n[i]),
                "n_box": int(obs[i, k]),
                "expected_share": exp_share,
                "p_value": float(p[i]),
                "rule": "+".join(hits),
                "strength": row_share / exp_share if exp_share and exp_share > 0 else float("nan"),
            }
        )
    result = pd.DataFrame(rows, columns=FLAG_COLUMNS)
    return result.sort_values(["share", "n"], ascending=[False, False]).reset_index(drop=True)


def _normal_sf(z: np.ndarray) -> np.ndarray:
    """P(Z > z) of the standard normal, elementwise (NaN stays NaN); the standard library's erfc."""
    return np.array(
        [0.5 * math.erfc(v / math.sqrt(2.0)) if not math.isnan(v) else math.nan for v in np.ravel(z)]
    ).reshape(np.shape(z))


def _homogeneity_p(obs: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Chi-square test of homogeneity of each group's row against its rest row (2 x k tables, columns
    empty in both rows dropped), vectorised; NaN when the rest is empty or only one box is used."""
    col = obs + rest
    total = col.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        e_obs = obs.sum(axis=1, keepdims=True) * col / total
        e_rest = rest.sum(axis=1, keepdims=True) * col / total
        used = col > 0
        term = np.where(used, (obs - e_obs) ** 2 / e_obs + (rest - e_rest) ** 2 / e_rest, 0.0)
    chi2 = term.sum(axis=1)
    dof = used.sum(axis=1) - 1
    from scipy import special  # imported where the statistic is computed (0,3 s; all of scipy.stats: 0,7 s)

    p = special.gammaincc(np.maximum(dof, 1) / 2.0, chi2 / 2.0)  # the chi-square survival function
    invalid = (dof < 1) | (rest.sum(axis=1) == 0) | (obs.sum(axis=1) == 0)
    return np.where(invalid, np.nan, p)


def _adjusted_residuals(obs: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Adjusted standardized residuals of the group row in each group-vs-rest 2 x k table."""
    col = obs + rest
    n = obs.sum(axis=1, keepdims=True)
    total = col.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = n * col / total
        z: np.ndarray = (obs - expected) / np.sqrt(expected * (1 - n / total) * (1 - col / total))
    return z


def _sentence(
    group: str,
    instansi: str,
    parent: str,
    box: int,
    share: float,
    n: int,
    expected: float,
    by: str,
    lang: str,
) -> str:
    """'Penumpukan di Kotak 5: Dinas Pendidikan, 64% dari 212 pegawai (bagian lain Kab. X: 20%)'."""
    text = t(
        "clustering.sentence",
        lang,
        box=box,
        group=group,
        share=fmt_percent(share, 0, lang),
        n=fmt_number(n, 0, lang),
    )
    if not np.isnan(expected):
        where = instansi if parent else t("clustering.parent_all", lang)
        text += t("clustering.sentence_expected", lang, parent=where, expected=fmt_percent(expected, 0, lang))
    return text


# --- command line -------------------------------------------------------------------------------

CLI_BY = {"unit": "unit_kerja", "position_type": "jenis_jabatan", "instansi": "instansi"}
CLI_COLUMNS = ["group", "box", "share", "n", "rule", "instansi", "expected_share", "p_value", "sentence"]
