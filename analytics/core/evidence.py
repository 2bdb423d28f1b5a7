"""Evidence for the 2026 merit evaluation (*bukti dukung*, PermenPANRB 19/2025): the talent-mapping
report and the SKP shares of one instansi and period, as tables, and the pack's PDF and XLSX.

Why a module of its own: the 2026 worksheet asks agencies for evidence the dashboard already holds
(docs/rules.md §16, §19): the talent-mapping report (everyone mapped, periodically, used for
successors) and the shares of employees with a set and with an evaluated SKP. The figures come from
the nine-box and succession functions, never re-implemented here, and the nine-box ones are called in
two places only (``_cells``, ``_reasons``). Which question each page answers comes from
``data/reference/evidence_items.csv``: the instrument's aspect chosen by its name, and the question
number said to be not public, never guessed.

The pack leaves the agency, so it aggregates: a cell of 1–4 people is withheld with its complement
(``analytics.core.access.suppressed``, docs/rules.md §14) whatever the reader's rights; a position
type of fewer than 5 employees is not shown. Named successors appear only when asked for (``names``),
masked in meeting mode (``masked``); the caller records the download in the audit trail.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from analytics.core import access, db, masking
from analytics.core.deck import ReportTable, build_report_pdf
from analytics.core.export import to_xlsx
from analytics.core.filters import Filters
from analytics.core.formats import fmt_date, fmt_number, fmt_percent
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.ninebox import views
from analytics.ninebox.rules import Rules, preset_weights
from analytics.talent import succession

MIN_GROUP = access.MIN_GROUP  # docs/rules.md §14
SKP_SET_KEY = "skp_ditetapkan"  # the key of the optional "SKP Ditetapkan" column in employees.extra
ITEMS_FILE = "evidence_items.csv"  # data/reference: the question each page answers

# Column kinds: how a value is written in the PDF (the UI's formats) and stored in the XLSX.
TEXT, COUNT, PERCENT, YEAR = "text", "count", "percent", "year"
WITHHELD = {"small": f"< {MIN_GROUP}", "complement": "•", "group": f"< {MIN_GROUP}"}


@dataclass(frozen=True)
class Table:
    """One table of a section: a sheet of the XLSX and a table of the PDF. ``frame`` holds the values
    (numbers, text, a withheld mark such as '< 5', or None for 'not available'); ``kinds`` says per
    column whether it is text, a count, a share (0–1) or a year."""

    sheet: str
    caption: str
    frame: pd.DataFrame
    kinds: dict[str, str]


@dataclass(frozen=True)
class Section:
    """One page of the pack: what it shows, which question of the instrument it answers, its
    sentences and its tables."""

    key: str
    item: str  # the row of evidence_items.csv
    title: str
    lines: tuple[str, ...]
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class Pack:
    """The evidence pack of one instansi and period."""

    instansi: str
    period: int
    lang: str
    created: dt.date
    cover: tuple[str, ...]
    sections: tuple[Section, ...]
    personal_rows: int = 0  # rows naming a person (the named successors), 0 when aggregated only
    questions: dict[str, dict[str, str]] = field(default_factory=dict)


class EvidenceUnavailable(ValueError):
    """No pack for this instansi and period (no employees there, or outside the reader's scope)."""


# --- the questions -----------------------------------------------------------------------------------


def evidence_items(lang: str = "id") -> dict[str, dict[str, str]]:
    """Per evidence item (talent_mapping, skp): instrument, aspect, question (the number or 'not
    public'), what it asks, the basis of the pairing and the thresholds (shares 0–1, '|'-separated)."""
    with (db.REFERENCE_DIR / ITEMS_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    suffix = "en" if lang == "en" else "id"
    return {
        r["item"]: {
            "instrument": r["instrument"],
            "aspect": r["aspect"],
            "question": r["question_no"] or t("evidence.question.not_public", lang),
            "asks": r[f"asks_{suffix}"],
            "basis": r[f"basis_{suffix}"],
            "thresholds": r["thresholds"],
        }
        for r in rows
    }


def thresholds(items: dict[str, dict[str, str]]) -> tuple[float, ...]:
    """The SKP thresholds of the worksheet (70 % and 90 %), as shares."""
    return tuple(float(x) for x in items["skp"]["thresholds"].split("|") if x)


def question_note(items: dict[str, dict[str, str]], item: str, lang: str) -> str:
    """'Menjawab: PermenPANRB 19/2025, aspek Manajemen Talenta, pertanyaan: belum publik — ...'."""
    q = items[item]
    return t(
        "evidence.answers", lang, instrument=q["instrument"], aspect=q["aspect"], question=q["question"],
        asks=q["asks"], basis=q["basis"],
    )  # fmt: skip


# --- the figures ------------------------------------------------------------------------------------


def _cells(
    con: duckdb.DuckDBPyConnection, rules: Rules, filters: Filters, lang: str
) -> tuple[pd.DataFrame, int]:
    """The nine cells (box, levels, talent_pool, label, n, share) and the unmappable count: the
    computed boxes of the nine-box page (ninebox.views.cell_table)."""
    return views.cell_table(con, rules=rules, filters=filters, lang=lang)


_REASONS_SQL = """
with b as ({boxes})
select missing, count(*) as n from b where box is null group by all order by n desc
"""


def _reasons(con: duckdb.DuckDBPyConnection, rules: Rules, filters: Filters, lang: str) -> pd.DataFrame:
    """Why employees could not be mapped: reason (in words), n."""
    q = nb.boxes_sql(rules=rules, filters=filters, reasons=True)
    df = con.cursor().execute(_REASONS_SQL.format(boxes=q.sql), q.params).df()
    df["reason"] = [nb.reason_text(list(m) if m is not None else None, lang) or "–" for m in df["missing"]]
    out = pd.DataFrame(df.groupby("reason", sort=False)["n"].sum().astype("int64")).reset_index()
    return out


_SKP_SQL = """
select count(*) as n,
    count(*) filter (where kinerja_utama is not null or predikat_kinerja is not null) as evaluated,
    count(*) filter (where json_extract_string(extra, '$.' || $key) = 'true') as set_yes,
    count(*) filter (where json_extract_string(extra, '$.' || $key) is not null) as set_answered,
    count(*) filter (where json_extract_string(extra, '$.' || $key) = 'false'
        and (kinerja_utama is not null or predikat_kinerja is not null)) as evaluated_not_set
from employees
where {where}
"""


@dataclass(frozen=True)
class SkpShares:
    """SKP in one instansi and period: employees, with an evaluated SKP and with a set SKP (None when
    the data cannot tell: the column was not in the file), cells left blank, and the contradictions
    (an evaluated SKP marked as not set)."""

    n: int
    evaluated: int | None
    set: int | None
    set_blank: int
    evaluated_not_set: int

    def share(self, count: int | None) -> float | None:
        return None if count is None or not self.n else count / self.n


def skp_shares(con: duckdb.DuckDBPyConnection, filters: Filters) -> SkpShares:
    """The SKP figures of the employees in ``filters`` (docs/rules.md §19): *evaluated* = a
    performance score or predicate for the period (absent from the whole selection: the file had
    neither column, not available); *set* = 'SKP Ditetapkan' Ya (an optional column, an extension of
    docs/data-contract.md §1; not available when no employee of the selection has it filled in)."""
    where, params = filters.named("ev_")
    row = con.cursor().execute(_SKP_SQL.format(where=where), {**params, "key": SKP_SET_KEY}).fetchall()[0]
    n, evaluated, set_yes, answered, contradictions = (int(v or 0) for v in row)
    return SkpShares(
        n=n,
        evaluated=evaluated if evaluated else None,
        set=set_yes if answered else None,
        set_blank=n - answered if answered else 0,
        evaluated_not_set=contradictions,
    )


# --- the pack ---------------------------------------------------------------------------------------


def _scoped(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int, scope: access.Scope, lang: str
) -> Filters:
    """The filters of the pack inside the reader's scope; EvidenceUnavailable when it holds nobody."""
    filters, dropped = scope.narrow(Filters(period=period, instansi=(instansi,)))
    if dropped or filters.instansi != (instansi,):
        raise EvidenceUnavailable(t("evidence.error.scope", lang, instansi=instansi))
    where, params = filters.where()
    n = con.cursor().execute(f"select count(*) from employees where {where}", params).fetchall()[0][0]  # noqa: S608 - Filters.where
    if not n:
        raise EvidenceUnavailable(t("evidence.error.no_data", lang, instansi=instansi, period=period))
    return filters


def _marks(
    counts: Sequence[int], *, totals: Sequence[Sequence[int]] = (), hidden: Sequence[int] = ()
) -> list[object]:
    """Counts with the withheld ones replaced by their mark ('< 5', '•'; docs/rules.md §14)."""
    marks = access.suppressed([int(c) for c in counts], totals=totals, hidden=hidden)
    return [WITHHELD[m] if m else int(c) for c, m in zip(counts, marks, strict=True)]


def _count_text(value: object, lang: str) -> str:
    """A count or its withheld mark as the reader reads it."""
    return value if isinstance(value, str) else fmt_number(int(value), 0, lang)  # type: ignore[call-overload]


def _share_or_mark(count: object, base: int) -> object:
    return count if isinstance(count, str) else (count / base if base else None)  # type: ignore[operator]


def _rules_line(con: duckdb.DuckDBPyConnection, rules: Rules, lang: str) -> str:
    default = rules.weights == preset_weights(con)
    cut = rules.thresholds
    return t(
        "evidence.cover.rules" if default else "evidence.cover.rules_custom", lang,
        k_low=fmt_number(cut.kinerja[0], 0, lang), k_high=fmt_number(cut.kinerja[1], 0, lang),
        p_low=fmt_number(cut.potensial[0], 0, lang), p_high=fmt_number(cut.potensial[1], 0, lang),
        scheme=rules.scheme,
    )  # fmt: skip


def evidence_pack(
    con: duckdb.DuckDBPyConnection,
    instansi: str,
    period: int,
    *,
    rules: Rules,
    lang: str = "id",
    scope: access.Scope = access.NATIONAL,
    names: bool = False,
    masked: bool = False,
    today: dt.date | None = None,
) -> Pack:
    """The evidence pack of ``instansi`` in ``period`` within ``scope``: a cover and five sections
    (coverage of the mapping, the nine boxes, the talent pool, successors of target positions, SKP),
    plus the named successors when ``names`` (initials and masked NIPs when ``masked``)."""
    filters = _scoped(con, instansi, period, scope, lang)
    items = evidence_items(lang)
    succession.ensure_tables(con)
    sections = [
        _coverage(con, instansi, period, filters, rules, lang),
        *_boxes_and_pool(con, filters, rules, lang),
    ]
    plan = succession.succession_plan(con, instansi, period=period, rules=rules)
    sections.append(_successors(plan, lang))
    personal = 0
    if names:
        named = _named_successors(plan, instansi, scope, masked, lang)
        personal = len(named.tables[0].frame) if named.tables else 0
        sections.append(named)
    sections.append(_skp(con, filters, items, lang))
    created = today or dt.date.today()
    cover = [
        t("evidence.cover.instansi", lang, instansi=instansi),
        t("evidence.cover.period", lang, period=period),
        t("evidence.cover.created", lang, date=fmt_date(created, lang)),
        _rules_line(con, rules, lang),
        t("evidence.cover.suppression", lang, n=MIN_GROUP),
    ]
    if names:
        cover.append(t("evidence.cover.names_masked" if masked else "evidence.cover.names", lang))
    return Pack(instansi, int(period), lang, created, tuple(cover), tuple(sections), personal, items)


def _coverage(
    con: duckdb.DuckDBPyConnection, instansi: str, period: int, filters: Filters, rules: Rules, lang: str
) -> Section:
    """Everyone mapped, periodically: employees, mapped and unmappable in each period up to ``period``,
    and why the unmappable ones could not be mapped."""
    where, params = Filters(instansi=filters.instansi, provinsi=filters.provinsi).where()
    sql = f"select distinct period from employees where {where} and period <= ? order by 1"  # noqa: S608 - Filters.where
    periods = [int(r[0]) for r in con.cursor().execute(sql, [*params, period]).fetchall()]
    rows = []
    for p in periods:
        found, unmappable = _cells(
            con, rules, Filters(period=p, instansi=filters.instansi, provinsi=filters.provinsi), lang
        )
        mapped = int(found["n"].sum())
        total = mapped + unmappable
        rows.append((p, total, mapped, unmappable, mapped / total if total else None))
    frame = pd.DataFrame(
        rows,
        columns=[
            t("evidence.col.period", lang), t("evidence.col.employees", lang), t("evidence.col.mapped", lang),
            t("evidence.col.unmappable", lang), t("evidence.col.mapped_share", lang),
        ],
    )  # fmt: skip
    kinds = dict(zip(frame.columns, (YEAR, COUNT, COUNT, COUNT, PERCENT), strict=True))
    _, total, mapped, unmappable, share = rows[-1]
    lines = [
        t(
            "evidence.coverage.line",
            lang,
            instansi=instansi,
            period=period,
            n=fmt_number(total, 0, lang),
            mapped=fmt_number(mapped, 0, lang),
            share=fmt_percent(share, 1, lang),
            unmappable=fmt_number(unmappable, 0, lang),
        ),  # fmt: skip
        t("evidence.coverage.all" if unmappable == 0 else "evidence.coverage.not_all", lang),
        t("evidence.coverage.periods", lang, periods=", ".join(map(str, periods)), n=len(periods)),
    ]
    tables = [Table(t("evidence.sheet.coverage", lang), t("evidence.table.coverage", lang), frame, kinds)]
    reasons = _reasons(con, rules, filters, lang)
    if len(reasons):
        counts = _marks(reasons["n"].tolist())
        rf = pd.DataFrame(
            {t("evidence.col.reason", lang): reasons["reason"], t("evidence.col.employees", lang): counts}
        )
        tables.append(
            Table(
                t("evidence.sheet.reasons", lang),
                t("evidence.table.reasons", lang),
                rf,
                dict(zip(rf.columns, (TEXT, COUNT), strict=True)),
            )  # fmt: skip
        )
    return Section(
        "coverage", "talent_mapping", t("evidence.section.coverage", lang), tuple(lines), tuple(tables)
    )


def _boxes_and_pool(
    con: duckdb.DuckDBPyConnection, filters: Filters, rules: Rules, lang: str
) -> tuple[Section, Section]:
    """The nine boxes (counts with small cells withheld) and the talent pool against the 5–10 %
    recommendation, with the pool per position type."""
    found, unmappable = _cells(con, rules, filters, lang)
    counts = [int(n) for n in found["n"]]
    mapped = sum(counts)
    pool_idx = [i for i, p in enumerate(found["talent_pool"]) if p]
    shown = _marks(counts, totals=[pool_idx])
    box_col, n_col = t("evidence.col.box", lang), t("evidence.col.employees", lang)
    frame = pd.DataFrame(
        {
            box_col: found["box"].astype(int),
            t("evidence.col.kinerja", lang): found["kinerja_name"],
            t("evidence.col.potensial", lang): found["potensial_name"],
            t("evidence.col.label", lang): found["label"],
            t("evidence.col.pool", lang): [t("common.yes", lang) if p else "" for p in found["talent_pool"]],
            n_col: shown,
            t("evidence.col.share_mapped", lang): [_share_or_mark(c, mapped) for c in shown],
        }
    )
    kinds = dict(zip(frame.columns, (TEXT, TEXT, TEXT, TEXT, TEXT, COUNT, PERCENT), strict=True))
    # the matrix as it is drawn: kinerja up (di atas ekspektasi first), potensial right
    grid_rows = []
    for level in (3, 2, 1):
        at = found[found["kinerja_level"] == level].sort_values("potensial_level")
        row: list[object] = [str(at["kinerja_name"].iloc[0]) if len(at) else str(level)]
        for i in at.index:
            at_i = int(found.index.get_loc(i))  # type: ignore[arg-type]
            box = int(found["box"].iloc[at_i])
            row.append(t("evidence.grid.cell", lang, box=box, n=_count_text(shown[at_i], lang)))
        grid_rows.append(row)
        names = [str(x) for x in at["potensial_name"]]
    grid = pd.DataFrame(grid_rows, columns=[t("evidence.grid.corner", lang), *names])
    grid_kinds = dict.fromkeys(grid.columns, TEXT)
    withheld = any(isinstance(v, str) for v in shown)
    box_lines = [
        t(
            "evidence.boxes.line",
            lang,
            mapped=fmt_number(mapped, 0, lang),
            unmappable=fmt_number(unmappable, 0, lang),
        )
    ]
    if withheld:
        box_lines.append(t("evidence.withheld", lang, n=MIN_GROUP))
    boxes = Section(
        "boxes", "talent_mapping", t("evidence.section.boxes", lang), tuple(box_lines),
        (
            Table(t("evidence.sheet.grid", lang), t("evidence.table.grid", lang), grid, grid_kinds),
            Table(t("evidence.sheet.boxes", lang), t("evidence.table.boxes", lang), frame, kinds),
        ),
    )  # fmt: skip

    # the talent pool (kotak 7-8-9; docs/rules.md §3, §7): of all the agency's ASN, as pool_summary
    pool = sum(counts[i] for i in pool_idx)
    total = mapped + unmappable
    pool_hidden = access.total_withheld(
        counts, [None if isinstance(v, int) else "x" for v in shown], pool_idx
    )
    low, high = succession.POOL_TARGET
    share = pool / total if total else None
    status = succession.pool_status(share)
    target = {"low": fmt_percent(low, 0, lang), "high": fmt_percent(high, 0, lang)}
    # the top talent: di atas ekspektasi and tinggi (kotak 9 in PermenPANRB 3/2020's numbering)
    top = [
        i
        for i, (k, p) in enumerate(zip(found["kinerja_level"], found["potensial_level"], strict=True))
        if k == p == 3
    ]
    pool_lines = [
        t("evidence.pool.hidden", lang, n=MIN_GROUP, **target)
        if pool_hidden
        else t(
            "evidence.pool.line",
            lang,
            pool=fmt_number(pool, 0, lang),
            share=fmt_percent(share, 1, lang),
            total=fmt_number(total, 0, lang),
            status=t(f"talent.pool.status.{status}", lang, **target),
            **target,
        ),  # fmt: skip
    ]
    if top:
        nine = shown[top[0]]
        pool_lines.append(
            t(
                "evidence.pool.top",
                lang,
                box=int(found["box"].iloc[top[0]]),
                n=_count_text(nine, lang),
            )
        )
    by_position = succession.pool_by_position(con, rules=rules, filters=filters)
    small = [i for i, n in enumerate(by_position["asn"]) if 0 < int(n) < MIN_GROUP]
    pool_counts = _marks(by_position["pool"].astype(int).tolist(), hidden=small)
    shown_rows = [i for i in range(len(by_position)) if i not in small]
    pf = pd.DataFrame(
        {
            t("evidence.col.position_type", lang): by_position["jenis_jabatan"].iloc[shown_rows].tolist(),
            t("evidence.col.employees", lang): by_position["asn"].iloc[shown_rows].astype(int).tolist(),
            t("evidence.col.mapped", lang): by_position["mapped"].iloc[shown_rows].astype(int).tolist(),
            t("evidence.col.pool", lang): [pool_counts[i] for i in shown_rows],
            t("evidence.col.share_asn", lang): [
                _share_or_mark(pool_counts[i], int(by_position["asn"].iloc[i])) for i in shown_rows
            ],
        }
    )
    if small:
        pool_lines.append(t("evidence.pool.small_groups", lang, n=len(small), min=MIN_GROUP))
    pool_section = Section(
        "pool", "talent_mapping", t("evidence.section.pool", lang), tuple(pool_lines),
        (Table(t("evidence.sheet.pool", lang), t("evidence.table.pool", lang), pf,
               dict(zip(pf.columns, (TEXT, COUNT, COUNT, COUNT, PERCENT), strict=True))),),
    )  # fmt: skip
    return boxes, pool_section


def _successors(plan: pd.DataFrame, lang: str) -> Section:
    """Successors of the target (critical) positions in aggregate: positions, successors, in the pool,
    outside it and ready now (counts of 1–4 withheld), and each position with whether it has one."""
    if plan.empty:
        return Section("successors", "talent_mapping", t("evidence.section.successors", lang),
                       (t("evidence.successors.none", lang),))  # fmt: skip
    positions = succession.plan_positions(plan)
    n_successors = int(positions["successors"].sum())
    in_pool, outside = _marks([int(positions["in_pool"].sum()), int(positions["outside"].sum())])
    ready = _marks([int(positions["ready_now"].sum())])[0]

    def written(value: object) -> str:
        return value if isinstance(value, str) else fmt_number(value, 0, lang)  # type: ignore[arg-type]

    lines = [
        t(
            "evidence.successors.line",
            lang,
            positions=fmt_number(len(positions), 0, lang),
            with_successor=fmt_number(int((positions["successors"] > 0).sum()), 0, lang),
            successors=fmt_number(n_successors, 0, lang),
            in_pool=written(in_pool),
            outside=written(outside),
            ready=written(ready),
        ),  # fmt: skip
    ]
    if any(isinstance(v, str) for v in (in_pool, outside, ready)):
        lines.append(t("evidence.withheld", lang, n=MIN_GROUP))
    types = plan.drop_duplicates(["jabatan", "unit_kerja"]).set_index(["jabatan", "unit_kerja"])[
        "jenis_jabatan"
    ]
    frame = pd.DataFrame(
        {
            t("evidence.col.target_position", lang): positions["jabatan"],
            t("evidence.col.unit", lang): positions["unit_kerja"],
            t("evidence.col.position_type", lang): [
                types.get((j, u)) or "–"
                for j, u in zip(positions["jabatan"], positions["unit_kerja"], strict=True)
            ],
            t("evidence.col.has_successor", lang): [
                t("common.yes", lang) if n > 0 else t("evidence.no", lang) for n in positions["successors"]
            ],
        }
    )
    return Section(
        "successors", "talent_mapping", t("evidence.section.successors", lang), tuple(lines),
        (Table(t("evidence.sheet.successors", lang), t("evidence.table.successors", lang), frame,
               dict.fromkeys(frame.columns, TEXT)),),
    )  # fmt: skip


def _named_successors(
    plan: pd.DataFrame, instansi: str, scope: access.Scope, masked: bool, lang: str
) -> Section:
    """The successors by name (when the pack is asked to name them): position, successor, NIP, the
    successor's position, box, readiness and warning; initials and masked NIPs when ``masked``. A
    successor working in another instansi is named only for a national scope."""
    named = plan[plan["successor_nip"].notna()].copy()
    if named.empty:
        return Section(
            "named", "talent_mapping", t("evidence.section.named", lang), (t("evidence.named.none", lang),)
        )
    foreign = (
        named["successor_instansi"].notna() & (named["successor_instansi"] != instansi) & (not scope.national)
    )
    shown = masking.mask_frame(named) if masked else named
    frame = pd.DataFrame(
        {
            t("evidence.col.target_position", lang): named["jabatan"],
            t("evidence.col.unit", lang): named["unit_kerja"],
            t("evidence.col.successor", lang): shown["successor_nama"].where(~foreign, "–").fillna("–"),
            t("evidence.col.nip", lang): shown["successor_nip"].where(~foreign, "–").fillna("–"),
            t("evidence.col.successor_position", lang): named["successor_jabatan"].fillna("–"),
            t("evidence.col.box", lang): named["box"].map(lambda b: "–" if pd.isna(b) else str(int(b))),
            t("evidence.col.readiness", lang): named["readiness"].map(
                lambda k: succession.readiness_label(k, lang)
            ),
            t("evidence.col.warning", lang): named["warning"].map(
                lambda w: t(f"talent.warning.{w}", lang) if isinstance(w, str) else ""
            ),
        }
    ).reset_index(drop=True)
    lines = (t("evidence.named.line_masked" if masked else "evidence.named.line", lang, n=len(frame)),)
    return Section(
        "named", "talent_mapping", t("evidence.section.named", lang), lines,
        (Table(t("evidence.sheet.named", lang), t("evidence.table.named", lang), frame,
               dict.fromkeys(frame.columns, TEXT)),),
    )  # fmt: skip


def _skp(
    con: duckdb.DuckDBPyConnection, filters: Filters, items: dict[str, dict[str, str]], lang: str
) -> Section:
    """The shares of employees with a set and with an evaluated SKP against the worksheet's 70 % and
    90 %; 'not available' (never a figure) where the data cannot tell."""
    skp = skp_shares(con, filters)
    limits = thresholds(items)
    measures = (("set", skp.set), ("evaluated", skp.evaluated))
    lines = []
    for key, count in measures:
        share = skp.share(count)
        if share is None:
            lines.append(t(f"evidence.skp.{key}.unavailable", lang))
        else:
            lines.append(
                t(
                    f"evidence.skp.{key}.line",
                    lang,
                    share=fmt_percent(share, 1, lang),
                    count=fmt_number(count, 0, lang),
                    n=fmt_number(skp.n, 0, lang),
                )  # fmt: skip
            )
    if skp.set is not None and skp.set_blank:
        lines.append(t("evidence.skp.set.blank", lang, n=fmt_number(skp.set_blank, 0, lang)))
    if skp.evaluated_not_set:
        lines.append(t("evidence.skp.contradiction", lang, n=fmt_number(skp.evaluated_not_set, 0, lang)))
    joined = t("evidence.and", lang).join(fmt_percent(x, 0, lang) for x in limits)
    lines.append(t("evidence.skp.thresholds", lang, thresholds=joined))
    measure_col = t("evidence.col.measure", lang)
    rows: list[list[object]] = []
    for key, count in measures:
        share = skp.share(count)
        row: list[object] = [t(f"evidence.skp.{key}.name", lang), count, share]
        for limit in limits:
            row.append(
                None
                if share is None
                else (t("common.yes", lang) if share >= limit else t("evidence.no", lang))
            )
        rows.append(row)
    columns = [
        measure_col, t("evidence.col.count", lang), t("evidence.col.share_employees", lang),
        *(t("evidence.col.reaches", lang, threshold=fmt_percent(x, 0, lang)) for x in limits),
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    kinds = dict(zip(frame.columns, (TEXT, COUNT, PERCENT, *(TEXT for _ in limits)), strict=True))
    return Section(
        "skp", "skp", t("evidence.section.skp", lang), tuple(lines),
        (Table(t("evidence.sheet.skp", lang), t("evidence.table.skp", lang), frame, kinds),),
    )  # fmt: skip


# --- the files --------------------------------------------------------------------------------------


def written(value: object, kind: str, lang: str) -> str:
    """A cell as the PDF writes it: the UI's number format, a withheld mark as is, 'not available'."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return t("evidence.unavailable", lang)
    if isinstance(value, str):
        return value
    if kind == COUNT:
        return fmt_number(float(value), 0, lang)  # type: ignore[arg-type]
    if kind == PERCENT:
        return fmt_percent(float(value), 1, lang)  # type: ignore[arg-type]
    if kind == YEAR:
        return str(int(value))  # type: ignore[call-overload]
    return str(value)


def stored(value: object, kind: str, lang: str) -> object:
    """A cell as the XLSX stores it: counts as numbers, shares as percentages (96.3), a withheld mark
    or 'not available' as text."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return t("evidence.unavailable", lang)
    if isinstance(value, str) or kind == TEXT:
        return value
    if kind == PERCENT:
        return round(float(value) * 100, 1)  # type: ignore[arg-type]
    return int(value)  # type: ignore[call-overload]


def contents(pack: Pack) -> pd.DataFrame:
    """Which page or sheet answers which question of the instrument."""
    lang = pack.lang
    rows = []
    for number, section in enumerate(pack.sections, start=1):
        q = pack.questions[section.item]
        rows.append(
            {
                t("evidence.col.page", lang): number,
                t("evidence.col.section", lang): section.title,
                t("evidence.col.sheets", lang): ", ".join(tb.sheet for tb in section.tables) or "–",
                t("evidence.col.aspect", lang): f"{q['aspect']} ({q['instrument']})",
                t("evidence.col.question", lang): q["question"],
                t("evidence.col.asks", lang): q["asks"],
            }
        )
    return pd.DataFrame(rows)


def _title(pack: Pack) -> str:
    return t("evidence.title", pack.lang, instansi=pack.instansi, period=pack.period)


def pack_pdf(pack: Pack) -> bytes:
    """The pack as a PDF: the cover with the contents, then one page per section, each saying which
    question of the instrument it answers."""
    lang = pack.lang
    toc = contents(pack)
    pages = []
    for section in pack.sections:
        tables: list[ReportTable] = [
            (
                tb.caption,
                [str(c) for c in tb.frame.columns],
                [
                    [written(v, tb.kinds[c], lang) for c, v in zip(tb.frame.columns, row, strict=True)]
                    for row in tb.frame.itertuples(index=False)
                ],
            )  # fmt: skip
            for tb in section.tables
        ]
        pages.append(
            (section.title, question_note(pack.questions, section.item, lang), section.lines, tables)
        )
    toc_table: ReportTable = (
        t("evidence.contents", lang),
        [str(c) for c in toc.columns],
        [[str(v) for v in row] for row in toc.itertuples(index=False)],
    )
    return build_report_pdf(
        _title(pack), pack.cover, pages, cover_tables=[toc_table],
        footer=t("evidence.footer", lang, instansi=pack.instansi, period=pack.period),
    )  # fmt: skip


def pack_xlsx(pack: Pack) -> bytes:
    """The pack as a workbook: a contents sheet (the cover's lines above it), then one sheet per table
    with its section's question and sentences above it."""
    lang = pack.lang
    sheets: dict[str, pd.DataFrame] = {t("evidence.sheet.contents", lang): contents(pack)}
    notes: dict[str, list[str]] = {t("evidence.sheet.contents", lang): [_title(pack), *pack.cover]}
    for section in pack.sections:
        for tb in section.tables:
            frame = pd.DataFrame(
                {
                    (f"{c} (%)" if tb.kinds[c] == PERCENT else str(c)): [
                        stored(v, tb.kinds[c], lang) for v in tb.frame[c]
                    ]
                    for c in tb.frame.columns
                }
            )
            sheets[tb.sheet] = frame
            notes[tb.sheet] = [
                f"{section.title}: {tb.caption}",
                question_note(pack.questions, section.item, lang),
                *section.lines,
            ]
    return to_xlsx(sheets, notes=notes)


def file_name(instansi: str, period: int, suffix: str) -> str:
    """'bukti_dukung_<instansi>_<period>.<suffix>' with the instansi's name made safe for a file name."""
    safe = "".join(c if c.isalnum() else "_" for c in instansi).strip("_")
    return f"bukti_dukung_{safe}_{period}.{suffix}"
