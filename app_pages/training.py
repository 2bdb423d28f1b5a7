"""Pelatihan: a guided walk for a bimtek on the demo data — the nine-box, one employee's scores
becoming a box step by step, piling up, the merit index, a glossary, and a short exercise."""

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.formats import fmt_number, fmt_percent
from analytics.ninebox import training
from ui import tables
from ui import training as ui_tr
from ui.state import filters, lang, meeting, plain, tr

L = lang()
st.title(tr("train.title"))
st.caption(tr("train.purpose"))
path = st.session_state.get("db_path")
current = filters()
if not path:
    st.info(tr("home.no_source"))
    st.stop()
if current.period is None:
    st.warning(tr("home.no_employees"))
    st.stop()
period = int(current.period)
masked = meeting()
box_word = tr("nbpage.chart.box")
weights, cut = ui_tr.weights(path), ui_tr.thresholds(path)
names = ui_tr.component_names(path, L)

# --- 1. what the nine-box is -------------------------------------------------------------------------
st.header(tr("train.s1.title"))
st.markdown(tr("train.s1.text"))
boxes = ui_tr.boxes(path, L)
st.table(
    ui_tr.grid(boxes, box_word, tr("nbpage.axis.kinerja"), tr("nbpage.axis.potensial")).set_index(
        tr("nbpage.axis.kinerja")
    )
)
pool = ", ".join(str(b) for b in boxes.loc[boxes["talent_pool"], "box"])
st.caption(tr("train.s1.caption", pool=pool))

# --- 2. one employee, step by step -------------------------------------------------------------------
st.header(tr("train.s2.title"))
st.markdown(tr("train.s2.text"))
nips = ui_tr.examples(path, period)
if not nips:
    st.info(tr("nbpage.empty"))
    st.stop()
walks = {n: ui_tr.walkthrough(path, n, period, L) for n in nips[:9]}


def person(nip: str) -> str:
    w = walks[nip]
    who = f"{masking.initials(w.nama)} · {masking.mask_nip(w.nip)}" if masked else f"{w.nama} · {w.nip}"
    return f"{who} · {w.jabatan} · {w.unit_kerja}"


chosen = st.selectbox(tr("train.s2.pick"), options=list(walks), format_func=person, key="train_nip")
walk = walks[chosen]
for step in (walk.kinerja, walk.potensial):
    st.subheader(tr(f"train.s2.axis.{step.axis}"))
    rows = pd.DataFrame(
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
    st.table(rows.set_index(tr("train.col.component")))
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

# --- 3. piling up ------------------------------------------------------------------------------------
st.header(tr("train.s3.title"))
rule, flag = ui_tr.piling(path, period, L)
st.markdown(
    tr("train.s3.rule", share=fmt_percent(rule["max_share"], 0, L), min_group=fmt_number(rule["min_group"], 0, L),
       p=fmt_number(rule["p_value"], 2, L))
)  # fmt: skip
if flag:
    st.error(plain(flag["sentence"]), icon=":material/warning:")
    st.caption(tr("train.s3.example", group=flag["group"], instansi=flag["instansi"]))
else:
    st.info(tr("train.s3.none"))

# --- 4. the merit index ------------------------------------------------------------------------------
st.header(tr("train.s4.title"))
example = ui_tr.merit_example(path)
if example is None:
    st.info(tr("train.s4.none"))
else:
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

# --- 5. glossary -------------------------------------------------------------------------------------
st.header(tr("train.s5.title"))
gloss = training.glossary(L)
st.dataframe(
    tables.sortable(gloss.rename(columns={"term": tr("train.col.term"), "other": tr("train.col.other"),
                          "meaning": tr("train.col.meaning"), "source": tr("train.col.source")}), L),
    hide_index=True, width="stretch",
)  # fmt: skip

# --- 6. exercise -------------------------------------------------------------------------------------
st.header(tr("train.s6.title"))
st.markdown(tr("train.s6.text", low=fmt_number(cut.kinerja[0], 0, L), high=fmt_number(cut.kinerja[1], 0, L)))
# never the worked example: the people of section 2's list come last, the one shown above never
quiz_nips = [n for n in nips if n not in walks] + [n for n in walks if n != chosen] or nips
round_no = int(st.session_state.get(ui_tr.EXERCISE_KEY, 0)) % len(quiz_nips)
quiz = ui_tr.walkthrough(path, quiz_nips[round_no], period, L)
st.markdown(f"**{tr('train.s6.who', n=round_no + 1)}** · {plain(quiz.jabatan)}")
q1, q2 = st.columns(2)
q1.metric(tr("nbpage.axis.kinerja"), fmt_number(quiz.kinerja.score, 2, L))
q2.metric(tr("nbpage.axis.potensial"), fmt_number(quiz.potensial.score, 2, L))
guess = st.radio(tr("train.s6.guess"), options=list(range(1, 10)), index=None, horizontal=True,
                 format_func=lambda b: f"{box_word} {b}", key=f"train_guess_{round_no}")  # fmt: skip
b1, b2, _ = st.columns([1, 1, 3])
checked = b1.button(tr("train.s6.check"), key="train_check", disabled=guess is None, type="primary")
if b2.button(tr("train.s6.next"), key="train_next"):
    st.session_state[ui_tr.EXERCISE_KEY] = round_no + 1
    st.rerun()
if checked and guess is not None:
    right, why = training.check_guess(int(guess), quiz, L)
    (st.success if right else st.warning)(why)

st.page_link("app_pages/whatif.py", label=tr("train.next_whatif"), icon=":material/tune:")
