"""Cached queries of the talent-pool/succession page and the fairness page (cleared after an import),
and the talent page's sections.

Every wrapper is keyed on the database path plus plain values (filters, instansi, period, language);
the nine-box rules are the defaults (Kepka BKN 411/2025 weights, ref_cutoffs), the same the readiness
command uses, so the page and ``python -m analytics readiness`` agree.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from analytics import ingest
from analytics.core import masking
from analytics.core.export import to_csv, to_xlsx
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.demo import succession as succession_demo
from analytics.ingest import positions as position_file
from analytics.merit.charts import short_name
from analytics.ninebox import fairness
from analytics.talent import charts, succession
from ui import access, exports, serving, tables, urlstate
from ui import upload as ui_upload
from ui.data import connection, cursor, data_changed
from ui.state import plain, tr

if TYPE_CHECKING:
    from ui.page import Page

_SEED_LOCK = threading.Lock()


def ensure_demo_succession(path: str) -> None:
    """Seed the demo's critical positions, successors and programmes the first time a page needs them
    (a fresh demo database has none); forget cached queries when it did."""
    with _SEED_LOCK:
        if _seeded(path):
            return
        if succession_demo.ensure_demo_succession(connection(path)):
            st.cache_data.clear()
        _SEEDED.add(path)


_SEEDED: set[str] = set()


def _seeded(path: str) -> bool:
    return path in _SEEDED


def forget_seeded(path: str) -> None:
    """After an import or a demo rebuild: check the demo seeding again on the next visit."""
    _SEEDED.discard(path)


@st.cache_data(show_spinner=False)
def rules(path: str) -> succession.Rules:
    """The default nine-box rules (Kepka BKN 411/2025 weights, default cut-offs)."""
    return succession.Rules.default(connection(path))


@st.cache_data(show_spinner=False)
def pool_summary(path: str, filters: Filters) -> pd.DataFrame:
    """Talent pool per instansi against the 5-10% recommendation."""
    return succession.pool_summary(connection(path), rules=rules(path), filters=filters)


@st.cache_data(show_spinner=False)
def pool_by_position(path: str, filters: Filters) -> pd.DataFrame:
    """Talent pool per position type."""
    return succession.pool_by_position(connection(path), rules=rules(path), filters=filters)


@st.cache_data(show_spinner=False, max_entries=16)
def pool_members(path: str, filters: Filters) -> pd.DataFrame:
    """The pool's members, best first."""
    return succession.pool_members(connection(path), rules=rules(path), filters=filters)


@st.cache_data(show_spinner=False)
def plan(path: str, instansi: str, period: int | None) -> pd.DataFrame:
    """Critical positions and successors of one instansi with boxes and warnings."""
    return succession.succession_plan(connection(path), instansi, period=period, rules=rules(path))


@st.cache_data(show_spinner=False)
def readiness(path: str, instansi: str, period: int | None, lang: str) -> list[succession.Check]:
    """The five readiness checks of one instansi (over the cached succession plan)."""
    return succession.readiness_check(
        connection(path),
        instansi,
        rules=rules(path),
        period=period,
        lang=lang,
        plan=plan(path, instansi, period) if period is not None else None,
    )


@st.cache_data(show_spinner=False)
def programmes(path: str, instansi: str) -> pd.DataFrame:
    """Development programmes recorded for one instansi."""
    return succession.development_programmes(connection(path), instansi)


@st.cache_data(show_spinner=False)
def instansi_with_positions(path: str) -> list[str]:
    """Instansi that have critical positions."""
    return succession.instansi_with_positions(connection(path))


@st.cache_data(show_spinner=False)
def audits(path: str, filters: Filters) -> list[fairness.Audit]:
    """The fairness audit of every attribute over the filtered employees."""
    r = rules(path)
    return [fairness.audit(connection(path), a, rules=r, filters=filters) for a in fairness.ATTRIBUTES]


# --- the talent page (app_pages/talent.py) ---------------------------------------------------------------

CHART_MAX = 15  # more instansi than this: the pool table's bars only


def target(page: Page) -> dict[str, str]:
    """The 5-10% recommendation in the page's language (``low``, ``high``: the labels' parameters)."""
    low, high = succession.POOL_TARGET
    return {"low": fmt_percent(low, 0, page.lang), "high": fmt_percent(high, 0, page.lang)}


def choose_instansi(page: Page, summary: pd.DataFrame) -> str:
    """The instansi picker (a link names it as ``instansi_talenta``, issue 19.4; else the first with
    critical positions) and its pool in three figures; returns the instansi chosen."""
    names = list(summary["instansi"])
    with_positions = [n for n in instansi_with_positions(page.path) if n in names]
    urlstate.initial("talent_instansi", "instansi_talenta", names)
    if st.session_state.get("talent_instansi") not in names:
        st.session_state["talent_instansi"] = with_positions[0] if with_positions else names[0]
    chosen = st.selectbox(
        tr("talent.instansi"), options=names, key="talent_instansi",
        on_change=urlstate.writer("talent_instansi", "instansi_talenta"),
    )  # fmt: skip
    row = summary.set_index("instansi").loc[chosen]
    c1, c2, c3 = st.columns(3)
    c1.metric(tr("talent.col.asn"), fmt_number(row["asn"], 0, page.lang))
    c2.metric(tr("talent.col.pool"), fmt_number(row["pool"], 0, page.lang))
    c3.metric(
        tr("talent.col.share"),
        fmt_percent(row["share"], 1, page.lang),
        help=tr("talent.pool.rule", **target(page)),
    )
    return str(chosen)


def readiness_section(page: Page, chosen: str, succession_plan: pd.DataFrame) -> None:
    """KASN's five readiness notes of one instansi: passed or not, the evidence (names quoted in it as
    initials in meeting mode), the action, and a CSV."""
    st.subheader(tr("talent.readiness.heading", instansi=chosen))
    st.caption(tr("talent.readiness.caption"))
    checks = readiness(page.path, chosen, page.period, page.lang)
    people = (
        [*succession_plan["successor_nama"].dropna(), *succession_plan["holder_nama"].dropna()]
        if not succession_plan.empty
        else []
    )

    def evidence(text: str) -> str:
        return masking.mask_names_in_text(text, people) if page.meeting else text

    passed = sum(c.passed for c in checks)
    (st.success if passed == len(checks) else st.warning)(
        tr("talent.readiness.score", passed=passed, total=len(checks))
    )
    readiness_table = pd.DataFrame(
        {
            tr("talent.col.no"): [c.number for c in checks],
            tr("talent.col.check"): [c.title for c in checks],
            tr("talent.col.status"): [
                tr("talent.status.pass" if c.passed else "talent.status.fail") for c in checks
            ],
            tr("talent.col.evidence"): [evidence(c.evidence) for c in checks],
            tr("talent.col.action"): [c.action for c in checks],
        }
    )
    status_col = tr("talent.col.status")
    st.table(
        readiness_table.style.hide(axis="index").map(
            lambda v: f"color: {'#1b5e20' if v == tr('talent.status.pass') else '#b71c1c'}; font-weight: 600",
            subset=[status_col],
        )
    )
    st.download_button(
        tr("talent.readiness.download"),
        data=to_csv(readiness_table),
        file_name=f"kesiapan_suksesi_{chosen}_{page.period}.csv".replace(" ", "_"),
        mime="text/csv",
    )


def plan_section(page: Page, chosen: str, succession_plan: pd.DataFrame) -> None:
    """The critical positions and their successors: three figures, a warning per position without a
    (ready) successor, the table (folded in meeting mode) and its XLSX. People within the row rights."""
    L, plan_rows = page.lang, succession_plan
    st.subheader(tr("talent.plan.heading"))
    if plan_rows.empty:
        st.info(tr("talent.plan.none"))
        return
    if not access.show_people("talent.plan", len(plan_rows)):
        return
    safe = page.shown(plan_rows)  # names as initials, NIPs masked in meeting mode
    positions = succession.plan_positions(plan_rows)
    m1, m2, m3 = st.columns(3)
    m1.metric(tr("talent.plan.positions"), fmt_number(len(positions), 0, L))
    m2.metric(tr("talent.plan.successors"), fmt_number(int(positions["successors"].sum()), 0, L))
    m3.metric(tr("talent.plan.ready_now"), fmt_number(int(positions["ready_now"].sum()), 0, L))
    for i, w in plan_rows[plan_rows["warning"].notna()].iterrows():
        if w["warning"] == "no_successor":
            st.error(
                tr("talent.plan.warn.none", position=plain(w["jabatan"]), unit=plain(w["unit_kerja"])),
                icon=":material/person_off:",
            )
            continue
        who = safe.at[i, "successor_nama" if isinstance(w["successor_nama"], str) else "successor_nip"]
        st.warning(
            tr(
                "talent.plan.warn.outside",
                name=plain(who),
                position=plain(w["jabatan"]),
                where=tr("talent.evidence.box", box=int(w["box"]))
                if not pd.isna(w["box"])
                else tr(f"talent.warning.{w['warning']}"),
            ),
            icon=":material/warning:",
        )
    named = plan_rows["successor_nama"].notna()
    shown = pd.DataFrame(
        {
            tr("talent.col.position"): plan_rows["jabatan"],
            tr("talent.col.unit"): plan_rows["unit_kerja"],
            tr("talent.col.holder"): safe["holder_nama"].fillna("–"),
            tr("talent.col.vacancy"): plan_rows["vacancy_date"].map(lambda d: succession.vacancy_text(d, L)),
            tr("talent.col.successor"): safe["successor_nama"]
            .where(named, safe["successor_nip"].where(plan_rows["successor_nip"].notna()))
            .fillna("–"),
            tr("talent.col.successor_nip"): safe["successor_nip"].fillna(""),
            tr("talent.col.successor_position"): plan_rows["successor_jabatan"].fillna("–"),
            tr("talent.col.readiness"): plan_rows["readiness"].map(
                lambda k: succession.readiness_label(k, L)
            ),
            tr("talent.col.box"): plan_rows["box"].map(lambda b: "–" if pd.isna(b) else str(int(b))),
            tr("talent.col.warning"): plan_rows["warning"].map(
                lambda w: tr(f"talent.warning.{w}") if isinstance(w, str) else ""
            ),
        }
    )
    with st.expander(tr("meeting.table_collapsed")) if page.meeting else st.container():
        st.dataframe(tables.sortable(shown, L), hide_index=True, width="stretch")
    st.download_button(
        tr("talent.plan.download"),
        data=to_xlsx({tr("talent.plan.heading"): shown}),
        file_name=f"suksesi_{chosen}.xlsx".replace(" ", "_"),
    )


def programmes_section(page: Page, chosen: str) -> None:
    """The development programmes recorded for the instansi, folded."""
    found = programmes(page.path, chosen)
    with st.expander(tr("talent.programmes.heading", n=len(found))):
        if found.empty:
            st.caption(tr("talent.programmes.none"))
        else:
            st.dataframe(tables.sortable(found, page.lang), hide_index=True, width="stretch")


def position_section(page: Page, chosen: str) -> None:
    """The instansi's pool by position type (a chart) and its members (folded; within the row rights,
    masked in meeting mode)."""
    L = page.lang
    one = dataclasses.replace(page.filters, instansi=(chosen,))
    st.subheader(tr("talent.position.heading", instansi=chosen))
    by_position = pool_by_position(page.path, one)
    exports.chart_with_download(
        charts.pool_by_position_bars(by_position, lang=L), f"talent_pool_jabatan_{chosen}", key="talent_by_position",
        width="stretch",
    )  # fmt: skip
    members = pool_members(page.path, one)
    if not access.show_people("talent.pool_members", len(members)):
        members = members.iloc[0:0]
    members = page.shown(members)
    with st.expander(tr("talent.members.heading", n=fmt_number(len(members), 0, L))):
        st.dataframe(
            tables.sortable(
                members.rename(
                    columns={
                        "nip": tr("talent.col.successor_nip"),
                        "nama": tr("talent.col.name"),
                        "instansi": tr("talent.col.instansi"),
                        "unit_kerja": tr("talent.col.unit"),
                        "jabatan": tr("talent.col.position"),
                        "jenis_jabatan": tr("filter.jenis_jabatan"),
                        "box": tr("talent.col.box"),
                        "nilai_talenta": tr("talent.col.nilai_talenta"),
                    }
                ).round(2),
                L,
            ),
            hide_index=True,
            width="stretch",
        )


def pool_section(page: Page, summary: pd.DataFrame) -> None:
    """The talent pool of every instansi in the selection against the 5-10% recommendation: a note on
    those below it, a chart (up to CHART_MAX instansi) and the table with its share bars."""
    L, rule = page.lang, target(page)
    st.subheader(tr("talent.pool.heading", period=page.period))
    st.caption(tr("talent.pool.rule", **rule))
    below = int((summary["status"] == "below").sum())
    if below:
        st.warning(tr("talent.pool.below", n=below, total=len(summary), **rule), icon=":material/warning:")
    if len(summary) <= CHART_MAX:
        exports.chart_with_download(
            charts.pool_share_bars(summary, lang=L, names=summary["instansi"].map(short_name)),
            f"talent_pool_{page.period}", width="stretch", key="talent_pool_chart",
        )  # fmt: skip
    st.dataframe(
        tables.sortable(
            pd.DataFrame(
                {
                    tr("talent.col.instansi"): summary["instansi"],
                    tr("talent.col.asn"): summary["asn"].map(lambda v: fmt_number(v, 0, L)),
                    tr("talent.col.mapped"): summary["mapped"].map(lambda v: fmt_number(v, 0, L)),
                    tr("talent.col.pool"): summary["pool"].map(lambda v: fmt_number(v, 0, L)),
                    tr("talent.col.share"): summary["share"],
                    tr("talent.col.status"): summary["status"].map(
                        lambda s: tr(f"talent.pool.status.{s}", **rule)
                    ),
                }
            ),
            L,
        ),
        hide_index=True,
        width="stretch",
        column_config={
            tr("talent.col.share"): st.column_config.ProgressColumn(
                format="percent", min_value=0.0, max_value=max(0.2, float(summary["share"].max() or 0))
            )
        },
    )


def import_section(page: Page) -> None:
    """Import a critical-position file (docs/data-contract.md §5): the templates, then (for those with
    the import right, where imports are open) the file checked, its problems, and the import."""
    with st.expander(tr("talent.import.heading")):
        st.caption(tr("talent.import.caption"))
        template = position_file.template_frame()
        d1, d2 = st.columns(2)
        d1.download_button(
            tr("talent.import.template_xlsx"), data=to_xlsx({"jabatan_kritikal": template}),
            file_name="templat_jabatan_kritikal.xlsx",
        )  # fmt: skip
        d2.download_button(
            tr("talent.import.template_csv"), data=to_csv(template),
            file_name="templat_jabatan_kritikal.csv", mime="text/csv",
        )  # fmt: skip
        allowed = access.may("import") and serving.imports_allowed(serving.current())
        upload = (
            ui_upload.file_uploader(tr("talent.import.file"), ["xlsx", "csv"], key="talent_upload")
            if allowed
            else None
        )
        if not allowed:
            st.info(tr("access.no_right"), icon=":material/block:")
        if upload is None:
            return
        validated = position_file.validate_critical_positions(
            upload.getvalue(), upload.name, cursor(page.path)
        )
        groups = ingest.problem_groups(validated, page.lang)  # each kind of problem once, with its rows
        for group in groups:
            (st.error if group.severity == "error" else st.info)(group.message)
        outside = access.rows_outside_scope(validated.rows)
        if outside:
            st.error(tr("access.import_outside", rows=outside), icon=":material/block:")
        elif any(g.severity == "error" for g in groups) or validated.fatal:
            st.error(tr("talent.import.rejected", n=len(validated.error_rows)))
        elif st.button(tr("talent.import.store", n=len(validated.rows)), type="primary"):
            result = position_file.load_critical_positions(cursor(page.path), validated)
            access.record("import", upload.name, n_rows=len(validated.rows), detail="jabatan kritikal")
            data_changed()
            st.success(
                tr(
                    "talent.import.done",
                    positions=result.positions,
                    successors=result.successors,
                    instansi=", ".join(result.instansi),
                )
            )
