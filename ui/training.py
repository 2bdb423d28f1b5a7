"""Cached queries of the training page (default rules: Kepka BKN 411/2025 weights, ref_cutoffs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.ninebox import boxes as nb
from analytics.ninebox import training
from analytics.ninebox import views as ninebox_views
from ui.data import connection
from ui.page import Page
from ui.state import plain, tr, within_scope

EXERCISE_KEY = "train_round"  # which of the exercise's employees is shown


@st.cache_data(show_spinner=False)
def rules(path: str) -> nb.Rules:
    """The default rules: the Kepka BKN 411/2025 preset (ref_weights 'kepka411') and the default
    cut-offs (ref_cutoffs)."""
    return nb.Rules.default(connection(path))


@st.cache_data(show_spinner=False)
def boxes(path: str, lang: str) -> pd.DataFrame:
    """The nine boxes with levels, labels and actions (ref_boxes, PermenPANRB numbering)."""
    return ninebox_views.box_reference(connection(path), nb.DEFAULT_SCHEME, lang)


def examples(path: str, period: int) -> list[str]:
    """Employees to walk through and to guess (a seeded spread over the boxes), inside the access scope."""
    return _examples(path, within_scope(Filters(period=period)))


@st.cache_data(show_spinner=False)
def _examples(path: str, within: Filters) -> list[str]:
    return training.exercise_nips(
        connection(path),
        (within.periods() or (0,))[0],
        rules=rules(path),
        within=within,
    )


@st.cache_data(show_spinner=False, max_entries=64)
def walkthrough(path: str, nip: str, period: int, lang: str) -> training.Walkthrough:
    """One employee step by step (checked against assign_boxes)."""
    return training.walkthrough(connection(path), nip, period, rules=rules(path), lang=lang)


@st.cache_data(show_spinner=False, max_entries=16)
def walkthroughs(path: str, nips: tuple[str, ...], period: int, lang: str) -> dict[str, training.Walkthrough]:
    """Several employees step by step in one pass (section 2's list)."""
    return training.walkthroughs(connection(path), nips, period, rules=rules(path), lang=lang)


@st.cache_data(show_spinner=False)
def component_names(path: str, lang: str) -> dict[str, str]:
    """Component names as ref_weights writes them."""
    from analytics.whatif import engine as whatif

    return whatif.component_names(connection(path), lang)


@st.cache_data(show_spinner=False)
def piling(path: str, period: int, lang: str) -> tuple[dict[str, float], dict[str, Any] | None]:
    """The piling-up rule and the demo's most piled-up unit."""
    return training.piling_example(connection(path), period, rules=rules(path), lang=lang)


@st.cache_data(show_spinner=False)
def merit_example(path: str) -> training.MeritExample | None:
    """NTT 2022: Σ aspects ÷ 410 → index and category."""
    return training.merit_example(connection(path))


def grid(boxes_frame: pd.DataFrame, box_word: str, kinerja_word: str, potensial_word: str) -> pd.DataFrame:
    """The nine boxes laid out as the matrix: kinerja levels as rows (highest on top), potensial levels
    as columns, each cell 'Kotak N — label'."""
    rows = []
    for k in (3, 2, 1):
        cells = boxes_frame[boxes_frame["kinerja_level"] == k].sort_values("potensial_level")
        row = {kinerja_word: str(cells["kinerja_name"].iloc[0])}
        for _, c in cells.iterrows():
            row[f"{potensial_word}: {c['potensial_name']}"] = f"{box_word} {int(c['box'])} — {c['label']}"
        rows.append(row)
    return pd.DataFrame(rows)


# --- the page's sections (app_pages/training.py reads as a list of these) ----------------------


def what_the_ninebox_is(page: Page) -> None:
    """Section 1: the nine boxes as the matrix, and which of them are the talent pool."""
    st.header(tr("train.s1.title"))
    st.markdown(tr("train.s1.text"))
    frame = boxes(page.path, page.lang)
    st.table(
        grid(frame, tr("nbpage.chart.box"), tr("nbpage.axis.kinerja"), tr("nbpage.axis.potensial")).set_index(
            tr("nbpage.axis.kinerja")
        )
    )
    pool = ", ".join(str(b) for b in frame.loc[frame["talent_pool"], "box"])
    st.caption(tr("train.s1.caption", pool=pool))


@dataclass(frozen=True)
class Examples:
    """The employees of the walk-through (``shown``: those offered in section 2, ``chosen``: the one
    walked through) and of the exercise (``nips``: all of them)."""

    nips: list[str]
    shown: list[str]
    chosen: str


def person_label(page: Page, walk: training.Walkthrough) -> str:
    """'Name · NIP · position · unit' (initials and a masked NIP in meeting mode)."""
    return f"{page.text(walk.nama)} · {page.nip(walk.nip)} · {walk.jabatan} · {walk.unit_kerja}"


def one_employee(page: Page) -> Examples:
    """Section 2: one employee's scores becoming a box, step by step; stops when the period has no
    example to show."""
    L, period = page.lang, page.period
    st.header(tr("train.s2.title"))
    st.markdown(tr("train.s2.text"))
    nips = examples(page.path, period)
    if not nips:
        st.info(tr("nbpage.empty"))
        st.stop()
    walks = walkthroughs(page.path, tuple(nips[:9]), period, L)
    chosen = st.selectbox(
        tr("train.s2.pick"),
        options=list(walks),
        format_func=lambda n: person_label(page, walks[n]),
        key="train_nip",
    )
    walk = walks[chosen]
    names = component_names(page.path, L)
    for step in (walk.kinerja, walk.potensial):
        st.subheader(tr(f"train.s2.axis.{step.axis}"))
        st.table(_terms(step, names, L).set_index(tr("train.col.component")))
        st.markdown(tr("train.s2.formula", formula=training.formula(step, names, L)))
        st.markdown(tr("train.s2.level", sentence=training.level_sentence(step, L)))
    st.subheader(tr("train.s2.box_title"))
    if walk.box is None:
        st.warning(tr("train.formula.unmappable"))
    else:
        st.success(
            tr("train.s2.box", k=walk.kinerja.level, p=walk.potensial.level, box=walk.box, label=walk.label,
               action=walk.action)
        )  # fmt: skip
    check = tr(
        "train.s2.check", box=walk.assigned_box if walk.assigned_box is not None else "–",
        kinerja=fmt_number(walk.assigned_kinerja, 2, L), potensial=fmt_number(walk.assigned_potensial, 2, L),
    )  # fmt: skip
    (st.info if walk.agrees else st.error)(
        check + " " + tr("train.s2.same" if walk.agrees else "train.s2.differs")
    )
    return Examples(nips=nips, shown=list(walks), chosen=str(chosen))


def _terms(step: Any, names: dict[str, str], L: str) -> pd.DataFrame:
    """One axis's terms: component, value, weight and their product, as the reader writes numbers."""
    return pd.DataFrame(
        {
            tr("train.col.component"): [names.get(x.component, x.component) for x in step.terms],
            tr("train.col.value"): [
                fmt_number(x.value, 1, L) if x.value is not None else "–" for x in step.terms
            ],
            tr("train.col.weight"): [
                fmt_number(x.weight, 0, L) if x.present else tr("train.absent") for x in step.terms
            ],
            tr("train.col.product"): [
                fmt_number(x.weight * x.value, 1, L) if x.weight and x.value is not None else "–"
                for x in step.terms
            ],
        }
    )


def piling_up(page: Page) -> None:
    """Section 3: the piling-up rule and the demo's most piled-up unit."""
    L = page.lang
    st.header(tr("train.s3.title"))
    rule, flag = piling(page.path, page.period, L)
    st.markdown(
        tr("train.s3.rule", share=fmt_percent(rule["max_share"], 0, L), min_group=fmt_number(rule["min_group"], 0, L),
           p=fmt_number(rule["p_value"], 2, L))
    )  # fmt: skip
    if flag:
        st.error(plain(flag["sentence"]), icon=":material/warning:")
        st.caption(tr("train.s3.example", group=flag["group"], instansi=flag["instansi"]))
    else:
        st.info(tr("train.s3.none"))


def merit_index(page: Page) -> None:
    """Section 4: the merit index of one instansi, aspect by aspect."""
    L = page.lang
    st.header(tr("train.s4.title"))
    example = merit_example(page.path)
    if example is None:
        st.info(tr("train.s4.none"))
        return
    st.markdown(
        tr("train.s4.text", instansi=example.instansi, period=example.period, stage=example.stage or "–")
    )
    aspects = pd.DataFrame(
        {
            tr("train.col.aspect"): example.aspects["aspect"],
            tr("train.col.max"): example.aspects["max_score"].map(lambda v: fmt_number(v, 0, L)),
            tr("train.col.score"): example.aspects["score"].map(lambda v: fmt_number(v, 1, L)),
        }
    )
    st.table(aspects.set_index(tr("train.col.aspect")))
    st.markdown(
        tr("train.s4.formula", total=fmt_number(example.total, 1, L), max=fmt_number(example.max_total, 0, L),
           index=fmt_number(example.index, 2, L),
           category=(example.category_en if L == "en" else example.category) or "–")
    )  # fmt: skip


def glossary_section(page: Page) -> None:
    """Section 5: the glossary."""
    from ui import tables

    L = page.lang
    st.header(tr("train.s5.title"))
    gloss = training.glossary(L)
    st.dataframe(
        tables.sortable(gloss.rename(columns={"term": tr("train.col.term"), "other": tr("train.col.other"),
                              "meaning": tr("train.col.meaning"), "source": tr("train.col.source")}), L),
        hide_index=True, width="stretch",
    )  # fmt: skip


def exercise(page: Page, people: Examples) -> None:
    """Section 6: guess the box of an employee from the two scores; check, then the next one."""
    L, box_word = page.lang, tr("nbpage.chart.box")
    cut = rules(page.path).thresholds
    st.header(tr("train.s6.title"))
    st.markdown(
        tr("train.s6.text", low=fmt_number(cut.kinerja[0], 0, L), high=fmt_number(cut.kinerja[1], 0, L))
    )
    # never the worked example: the people of section 2's list come last, the one shown above never
    nips, shown = people.nips, people.shown
    quiz_nips = [n for n in nips if n not in shown] + [n for n in shown if n != people.chosen] or nips
    round_no = int(st.session_state.get(EXERCISE_KEY, 0)) % len(quiz_nips)
    quiz = walkthrough(page.path, quiz_nips[round_no], page.period, L)
    st.markdown(f"**{tr('train.s6.who', n=round_no + 1)}** · {plain(quiz.jabatan)}")
    q1, q2 = st.columns(2)
    q1.metric(tr("nbpage.axis.kinerja"), fmt_number(quiz.kinerja.score, 2, L))
    q2.metric(tr("nbpage.axis.potensial"), fmt_number(quiz.potensial.score, 2, L))
    guess = st.radio(tr("train.s6.guess"), options=list(range(1, 10)), index=None, horizontal=True,
                     format_func=lambda b: f"{box_word} {b}", key=f"train_guess_{round_no}")  # fmt: skip
    b1, b2, _ = st.columns([1, 1, 3])
    checked = b1.button(tr("train.s6.check"), key="train_check", disabled=guess is None, type="primary")
    if b2.button(tr("train.s6.next"), key="train_next"):
        st.session_state[EXERCISE_KEY] = round_no + 1
        st.rerun()
    if checked and guess is not None:
        right, why = training.check_guess(int(guess), quiz, L)
        (st.success if right else st.warning)(why)
