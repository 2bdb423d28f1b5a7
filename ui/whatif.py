"""Cached queries, slider state, the shareable URL and the sections of the what-if page.

Caches are keyed on the database path and the rules (``nb.Rules``: weights, cut-offs, numbering) of
the baseline and the scenario. A slider change reruns only
``transitions`` (and the scenario's points and sensitivity); presets, names, presence and the
population filters stay cached.

The URL carries the scenario (one parameter per weight key, ``<axis>_low``/``<axis>_high``), the
baseline and the sidebar filters. It is read once per session, when the page first runs; bad values
are ignored with a note. The sidebar's filters are drawn before any page runs, so a link's filters
that differ from the sidebar's are offered with an "apply" button (its callback runs before the
sidebar) instead of being forced.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics.core import db
from analytics.core.export import to_csv, to_xlsx
from analytics.core.filters import FILTER_FIELDS, Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.labels import LABELS, LANGS, t
from analytics.ninebox import boxes as nb
from analytics.ninebox import charts as ninebox_charts
from analytics.ninebox import views as ninebox_views
from analytics.whatif import charts as whatif_charts
from analytics.whatif import engine as whatif
from ui import access, data, exports, tables, urlstate
from ui import ninebox as ui_nb
from ui.data import connection
from ui.page import identity_columns
from ui.state import plain, tr, within_scope

if TYPE_CHECKING:
    from ui.page import Page

BASELINE_KEY = "wi_baseline"
PRESET_KEY = "wi_preset"
INIT_KEY = "wi_init"
SHADOW_KEY = "wi_values"
NOTES_KEY = "wi_notes"
LINK_KEY = "wi_link_filters"
VIEW_KEY = "wi_view"  # the results tab open (its label); only that tab's charts are computed and drawn
VIEWS = ("matrix", "ninebox", "sankey", "sens", "movers")  # the tabs, in order; 'view=' in the URL
MOVERS_LIMIT = 20_000  # movers fetched for the downloads (largest score change first)
# Movers in the table on the page: the whole table is resent to the browser after every slider move
# (about 200 bytes a row, so 20,000 rows are 4 MB to decode and draw each time).
MOVERS_SHOWN = 1_000
# Above this many employees the sensitivity (twelve re-boxings of everyone) waits for its switch: it is
# recomputed after every slider move, ~1 s at 100,000 employees, more than the rest of the page.
SENSITIVITY_AUTO = 20_000
# The scenario's nine-box draws at most this many points (a seeded sample over a density layer of
# everyone above it): every slider move rebuilds and resends the figure, and 20,000 points (the
# nine-box page's sample, 1,2 MB of JSON with their hover texts) take the browser about 0,5 s to draw.
SCATTER_POINTS = 5_000


CONTROLS_HEIGHT = 560  # px: the sliders' scroll box, short enough for a 768-px projector window


def slider_key(component: str) -> str:
    """Session key of a component's weight slider."""
    return f"wi_w_{component}"


def cut_key(axis: str) -> str:
    """Session key of an axis's cut-off range slider."""
    return f"wi_cut_{axis}"


def widget_keys() -> list[str]:
    """Every session key the page's scenario widgets use."""
    return [BASELINE_KEY, VIEW_KEY, *(slider_key(c) for c in db.COMPONENTS), *(cut_key(a) for a in nb.AXES)]


def view_label(code: str) -> str:
    """The tab label of a results view (``VIEWS``) in the session's language."""
    return tr(f"whatif.tab.{code}")


def open_view() -> str:
    """The code of the results tab open (the first when none is); its label may be in either language
    (the language was switched since)."""
    label = st.session_state.get(VIEW_KEY)
    return next(
        (code for code in VIEWS for lang in LANGS if t(f"whatif.tab.{code}", lang) == label), VIEWS[0]
    )


def keep_view() -> str:
    """Before the tabs are drawn: the open tab's label in the session's language (a language switch
    keeps the tab); returns the tab's code."""
    code = open_view()
    if st.session_state.get(VIEW_KEY) is not None:
        st.session_state[VIEW_KEY] = view_label(code)
    return code


# --- cached queries -------------------------------------------------------------------------------


def preset_label(name: str) -> str:
    """A preset's name for people (``whatif.preset.<key>`` in the labels); a saved set's own name."""
    key = f"whatif.preset.{name}"
    return tr(key) if key in LABELS else name


@st.cache_data(show_spinner=False)
def preset_names(path: str) -> list[str]:
    """Presets of ref_weights, then the saved sets (cleared after a save)."""
    return whatif.preset_names(connection(path))


@st.cache_data(show_spinner=False)
def resolved(path: str, name: str) -> nb.Rules:
    """A preset's or saved set's weights and cut-offs (the default cut-offs for a preset)."""
    con = connection(path)
    weights, cut = whatif.resolve(con, name)
    return nb.Rules(weights, cut or nb.default_thresholds(con))


@st.cache_data(show_spinner=False)
def component_names(path: str, lang: str) -> dict[str, str]:
    """Slider labels from ref_weights (name_id / name_en)."""
    return whatif.component_names(connection(path), lang)


@st.cache_data(show_spinner=False)
def presence(path: str, filters: Filters) -> dict[str, Any]:
    """Which components the selected employees hold, and ready axis scores."""
    return whatif.component_presence(connection(path), filters)


@st.cache_data(show_spinner=False)
def box_reference(path: str, scheme: str, lang: str) -> pd.DataFrame:
    """The nine boxes with levels, labels and actions."""
    return ninebox_views.box_reference(connection(path), scheme, lang)


@st.cache_data(show_spinner=False, max_entries=32)
def transitions(
    path: str, filters: Filters, baseline: nb.Rules, scenario: nb.Rules, movers_limit: int = MOVERS_LIMIT
) -> whatif.Result:
    """analytics.whatif.engine.transitions, cached; the movers' rows up to ``movers_limit`` (0: the counts
    alone, what the headline and the charts need: at 100,000 employees about a third of the time)."""
    return whatif.transitions(
        connection(path), baseline=baseline, scenario=scenario, filters=filters, movers_limit=movers_limit
    )


@st.cache_data(show_spinner=False, max_entries=16)
def sensitivity(path: str, filters: Filters, scenario: nb.Rules) -> pd.DataFrame:
    """analytics.whatif.engine.sensitivity of the scenario, cached."""
    return whatif.sensitivity(connection(path), rules=scenario, filters=filters)


def save(path: str, name: str, rules: nb.Rules, lang: str) -> str:
    """Store a named weight set (weights and cut-offs) and forget the cached preset lists."""
    stored = whatif.save_weight_set(connection(path), name, rules, lang)
    preset_names.clear()
    resolved.clear()
    return stored


# --- the scenario in session state ----------------------------------------------------------------


def _apply(values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        st.session_state[key] = value


def rules_values(rules: nb.Rules) -> dict[str, Any]:
    """Slider values (whole points) for a weight set and its cut-offs."""
    values: dict[str, Any] = {}
    th = rules.thresholds
    for axis in nb.AXES:
        for comp, points in rules.weights.axis(axis).items():
            values[slider_key(comp)] = int(round(points))
    values[cut_key("kinerja")] = (int(round(th.kinerja[0])), int(round(th.kinerja[1])))
    values[cut_key("potensial")] = (int(round(th.potensial[0])), int(round(th.potensial[1])))
    return values


def load_into_sliders(path: str, name: str) -> None:
    """Fill the sliders with a preset or saved set (a widget callback: runs before the page)."""
    if name:
        _apply(rules_values(resolved(path, name)))


def on_preset_chosen(path: str) -> None:
    """on_change of the 'load weights from' box: fill the sliders, then clear the box."""
    load_into_sliders(path, st.session_state.get(PRESET_KEY) or "")
    st.session_state[PRESET_KEY] = None


def reset(path: str) -> None:
    """on_click of reset: the sliders take the baseline's weights and cut-offs."""
    load_into_sliders(path, st.session_state.get(BASELINE_KEY) or "kepka411")


def remember() -> None:
    """Keep the scenario's widget values beyond the page (Streamlit drops a widget's state when the
    user visits another page)."""
    st.session_state[SHADOW_KEY] = {k: st.session_state[k] for k in widget_keys() if k in st.session_state}


def prepare(path: str, current: Filters, presets: list[str]) -> None:
    """Before the widgets are drawn: on the page's first run in the session, the baseline's values
    overlaid with the URL's valid values (notes for the rest); later, restore whatever Streamlit
    dropped while the user was on another page."""
    if not st.session_state.get(INIT_KEY):
        values: dict[str, Any] = {BASELINE_KEY: "kepka411" if "kepka411" in presets else presets[0]}
        parsed, notes = parse_params(urlstate.asked(), presets=presets)
        baseline = parsed.pop(BASELINE_KEY, values[BASELINE_KEY])
        values[BASELINE_KEY] = baseline
        values.update(rules_values(resolved(path, baseline)))
        link = parsed.pop("filters", {})
        for axis in nb.AXES:
            ends = parsed.pop(f"_cut_{axis}", None)
            if not ends:
                continue
            low, high = values[cut_key(axis)]
            low, high = int(round(ends.get("low", low))), int(round(ends.get("high", high)))
            if low > high:
                notes.append(tr("whatif.url.order", axis=tr(f"ninebox.axis.{axis}")))
            else:
                values[cut_key(axis)] = (low, high)
        values.update(parsed)
        _apply(values)
        link_filters, filter_notes = _link_filters(path, link)
        notes += filter_notes
        st.session_state[NOTES_KEY] = notes
        if link_filters is not None and link_filters != current:
            st.session_state[LINK_KEY] = (link_filters, current)
        st.session_state[INIT_KEY] = True
        remember()
        return
    shadow = st.session_state.get(SHADOW_KEY) or {}
    for key, value in shadow.items():
        if key not in st.session_state:
            st.session_state[key] = value
    if st.session_state.get(BASELINE_KEY) not in presets:
        st.session_state[BASELINE_KEY] = presets[0]


def scenario_from_state() -> nb.Rules:
    """The weights and cut-offs on the sliders."""
    state = st.session_state
    weights = nb.Weights(
        kinerja={c: float(state[slider_key(c)]) for c in db.KINERJA_COMPONENTS},
        potensial={c: float(state[slider_key(c)]) for c in db.POTENSIAL_COMPONENTS},
    )
    k, p = state[cut_key("kinerja")], state[cut_key("potensial")]
    return nb.Rules(
        weights, nb.Thresholds(kinerja=(float(k[0]), float(k[1])), potensial=(float(p[0]), float(p[1])))
    )


# --- the URL --------------------------------------------------------------------------------------


def _number(key: str, raw: str, notes: list[str]) -> float | None:
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        notes.append(tr("whatif.url.not_number", param=key, value=raw))
        return None
    if not math.isfinite(value):
        notes.append(tr("whatif.url.not_number", param=key, value=raw))
        return None
    if value < 0:
        notes.append(tr("whatif.url.negative", param=key, value=raw))
        return None
    if value > 100:
        notes.append(tr("whatif.url.range", param=key, value=raw))
        return None
    return value


def parse_params(params: Mapping[str, list[str]], *, presets: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Session values from the URL's parameters, and a note for each one ignored (unknown key,
    text, negative or above 100, low cut-off above the high one, unknown baseline). Filters go
    under 'filters' (checked against the data by the caller)."""
    values: dict[str, Any] = {}
    notes: list[str] = []
    cuts: dict[str, dict[str, float]] = {"kinerja": {}, "potensial": {}}
    link: dict[str, list[str]] = {}
    for key, raw_values in params.items():
        raw = raw_values[-1] if raw_values else ""
        if key in db.COMPONENTS:
            number = _number(key, raw, notes)
            if number is not None:
                values[slider_key(key)] = int(round(number))
        elif key in {f"{a}_{end}" for a in nb.AXES for end in ("low", "high")}:
            number = _number(key, raw, notes)
            if number is not None:
                axis, end = key.rsplit("_", 1)
                cuts[axis][end] = number
        elif key == "baseline":
            if raw in presets:
                values[BASELINE_KEY] = raw
            else:
                notes.append(tr("whatif.url.preset", value=raw))
        elif key == "view":
            if raw in VIEWS:
                values[VIEW_KEY] = view_label(raw)
            else:
                notes.append(tr("whatif.url.view", value=raw))
        elif key == "period" or key in FILTER_FIELDS:
            link[key] = [v for v in raw_values if v]
        elif key in urlstate.sidebar_params():
            continue  # read by the sidebar
        else:
            notes.append(tr("whatif.url.unknown", param=key))
    for axis, ends in cuts.items():
        if ends:
            values[f"_cut_{axis}"] = ends  # completed from the baseline by ``prepare``
    if link:
        values["filters"] = link
    return values, notes


def _link_filters(path: str, link: Mapping[str, list[str]]) -> tuple[Filters | None, list[str]]:
    """The filters a link names, values missing from the data dropped with a note."""
    if not link:
        return None, []
    notes: list[str] = []
    periods = [p["period"] for p in data.summary(path)["periods"]]
    period = None
    for raw in link.get("period", [])[-1:]:
        try:
            period = int(raw)
        except ValueError:
            notes.append(tr("whatif.url.not_number", param="period", value=raw))
            continue
        if period not in periods:
            notes.append(tr("whatif.url.filter", param="period", value=raw))
            period = None
    if period is None:
        period = st.session_state.get("f_period")
    chosen: dict[str, tuple[str, ...]] = {}
    for field in FILTER_FIELDS:
        wanted = link.get(field, [])
        if not wanted:
            chosen[field] = ()
            continue
        options = set(data.filter_options(path, field, within_scope(Filters(period=period))))
        for value in wanted:
            if value not in options:
                notes.append(tr("whatif.url.filter", param=field, value=value))
        chosen[field] = tuple(v for v in wanted if v in options)
    return Filters(period=period, **chosen), notes


def apply_link_filters() -> None:
    """on_click of 'apply the link's filters': set the sidebar's filter state (before it is drawn)."""
    pending = st.session_state.pop(LINK_KEY, None)
    if not pending:
        return
    link_filters: Filters = pending[0]
    st.session_state["f_period"] = link_filters.period
    for field in FILTER_FIELDS:
        st.session_state[f"f_{field}"] = list(getattr(link_filters, field))


def pending_link_filters(current: Filters) -> Filters | None:
    """The link's filters still waiting for 'apply' (dropped once the sidebar moved on by itself)."""
    pending = st.session_state.get(LINK_KEY)
    if not pending:
        return None
    link_filters, at_load = pending
    if current != at_load or current == link_filters:
        st.session_state.pop(LINK_KEY, None)
        return None
    return link_filters  # type: ignore[no-any-return]


def describe_filters(filters: Filters) -> str:
    """'Periode 2024; Instansi: A, B' for the link notice."""
    parts = [f"{tr('sidebar.period')} {filters.period}"] if filters.period is not None else []
    for field in FILTER_FIELDS:
        values = getattr(filters, field)
        if values:
            parts.append(f"{tr(f'filter.{field}')}: {', '.join(values)}")
    return "; ".join(parts)


def write_url(baseline: str, scenario: nb.Rules, filters: Filters, view: str = VIEWS[0]) -> None:
    """Put the scenario, the baseline, the filters and the open results tab (when not the first) in the
    URL (only when something changed)."""
    wanted: dict[str, str | list[str]] = {"baseline": baseline}
    if view != VIEWS[0]:
        wanted["view"] = view
    for axis in nb.AXES:
        for comp, points in scenario.weights.axis(axis).items():
            wanted[comp] = fmt_number(points, 0, "en").replace(",", "")
        low, high = scenario.thresholds.kinerja if axis == "kinerja" else scenario.thresholds.potensial
        wanted[f"{axis}_low"] = str(int(round(low)))
        wanted[f"{axis}_high"] = str(int(round(high)))
    if filters.period is not None:
        wanted["period"] = str(filters.period)
    for field in FILTER_FIELDS:
        values = list(getattr(filters, field))
        if values:
            wanted[field] = values
    urlstate.write_all(wanted)  # the whole address; the sidebar's lang and rapat stay


# --- presentation helpers -------------------------------------------------------------------------


def scenario_cells(reference: pd.DataFrame, result: whatif.Result) -> pd.DataFrame:
    """The nine cells of the scenario for ``charts.nine_box``: the box reference with n and share
    (of the mapped employees) from the transition matrix's columns."""
    after = result.matrix.sum(axis=0)[: len(whatif.BOXES)]
    counts = {b: int(n) for b, n in zip(whatif.BOXES, after, strict=True)}
    cells = reference.copy()
    cells["n"] = cells["box"].map(counts).fillna(0).astype("int64")
    mapped = int(cells["n"].sum())
    cells["share"] = cells["n"] / mapped if mapped else 0.0
    return cells


def box_levels(reference: pd.DataFrame) -> dict[int, tuple[int, int]]:
    """Box -> (kinerja level, potensial level)."""
    return {
        int(b): (int(k), int(p))
        for b, k, p in zip(
            reference["box"], reference["kinerja_level"], reference["potensial_level"], strict=True
        )
    }


def movers_table(movers: pd.DataFrame, *, show_identity: bool) -> pd.DataFrame:
    """The movers as shown and downloaded: translated headers, initials and masked NIPs in meeting mode."""
    out = pd.DataFrame(
        {
            **identity_columns(movers, show_identity=show_identity),
            tr("nbpage.col.unit"): movers["unit_kerja"],
            tr("nbpage.col.jabatan"): movers["jabatan"],
            tr("nbpage.col.instansi"): movers["instansi"],
            tr("whatif.col.from_box"): movers["from_box"],
            tr("whatif.col.to_box"): movers["to_box"],
        }
    )
    for col in (
        "kinerja_before",
        "kinerja_after",
        "kinerja_change",
        "potensial_before",
        "potensial_after",
        "potensial_change",
    ):
        out[tr(f"whatif.col.{col}")] = movers[col].round(2)
    return out


# --- the page (app_pages/whatif.py) ---------------------------------------------------------------


def open_link(page: Page) -> Filters | None:
    """Before the sliders: the link read on the first visit (or the values kept from the last), a note
    on what it asked for that was ignored, and its filters offered with an 'apply' button when they
    differ from the sidebar's; returns those filters while they wait."""
    prepare(page.path, page.filters, preset_names(page.path))
    notes = st.session_state.get(NOTES_KEY) or []
    if notes:
        st.warning(tr("whatif.url.ignored", items=plain("; ".join(notes))), icon=":material/link_off:")
    link_filters = pending_link_filters(page.filters)
    if link_filters is not None:
        n1, n2 = st.columns([4, 1], vertical_alignment="center")
        n1.info(tr("whatif.url.filters", filters=describe_filters(link_filters)), icon=":material/link:")
        n2.button(tr("whatif.url.apply"), on_click=apply_link_filters, key="wi_apply_link", width="stretch")
    return link_filters


# Everything below reruns alone when one of its widgets changes (a slider, a tab): a fragment, so a
# slider move neither reruns the sidebar nor makes the browser redraw it.
@st.fragment
def scenario(page: Page, link_filters: Filters | None) -> None:
    """The sliders and the results."""
    presets = preset_names(page.path)  # again: a weight set saved in the fragment shows at once
    info = presence(page.path, page.filters)
    names = component_names(page.path, page.lang)
    controls, results = st.columns([1, 2.3], gap="large")
    # The sliders scroll inside a box of their own, so the page itself never scrolls away from the
    # headline and the open result while a slider moves (issue 19.1: at 1366x768 in meeting mode).
    controls = controls.container(height=CONTROLS_HEIGHT, border=False)
    with controls:
        sliders(page, presets, info, names)
    remember()
    baseline_name = st.session_state[BASELINE_KEY]
    baseline = resolved(page.path, baseline_name)
    scenario_rules = scenario_from_state()
    write_url(baseline_name, scenario_rules, link_filters or page.filters, keep_view())
    with controls:
        save_form(page, scenario_rules)
    with results:
        deck = results_view(page, info, names, scenario_rules, baseline)
    exports.deck_buttons(deck, f"whatif_{page.period}", key="wi_deck", current=page.filters)


def sliders(page: Page, presets: list[str], info: dict[str, Any], names: dict[str, str]) -> None:
    """The baseline, a preset to load, reset, and per axis a slider per component (with its share of
    the axis) and the cut-offs."""
    L = page.lang
    st.selectbox(
        tr("whatif.baseline"),
        options=presets,
        key=BASELINE_KEY,
        help=tr("whatif.baseline_help"),
        format_func=preset_label,
    )
    st.selectbox(
        tr("whatif.preset"), options=presets, index=None, key=PRESET_KEY, placeholder=tr("whatif.preset_placeholder"),
        format_func=preset_label,
        on_change=on_preset_chosen, args=(page.path,), help=tr("whatif.preset_help"),
    )  # fmt: skip
    st.button(
        tr("whatif.reset"), on_click=reset, args=(page.path,), key="wi_reset", width="stretch",
        icon=":material/restart_alt:",
    )  # fmt: skip

    for axis, comps in (("kinerja", db.KINERJA_COMPONENTS), ("potensial", db.POTENSIAL_COMPONENTS)):
        st.markdown(f"**{tr(f'whatif.axis_heading.{axis}')}**")
        axis_name = tr(f"ninebox.axis.{axis}")
        ready = info["ready"][axis]
        ready_all = info["n"] > 0 and ready == info["n"]
        if ready_all:
            st.info(tr("whatif.ready_all", axis=axis_name), icon=":material/block:")
        elif ready:
            st.caption(tr("whatif.ready_some", n=fmt_number(ready, 0, L), axis=axis_name))
        live = [c for c in comps if info["present"][c] and not ready_all]
        total = sum(st.session_state[slider_key(c)] for c in live)
        for comp in comps:
            absent = not info["present"][comp]
            st.slider(
                names[comp], min_value=0, max_value=100, step=1, key=slider_key(comp),
                disabled=absent or ready_all, help=tr("whatif.absent") if absent else None,
            )  # fmt: skip
            points = st.session_state[slider_key(comp)]
            if absent:
                st.caption(tr("whatif.absent"))
            elif not ready_all:
                share = points / total if total else 0.0
                st.caption(
                    tr("whatif.share", points=fmt_number(points, 0, L), share=fmt_percent(share, 1, L))
                )
        st.slider(
            tr("whatif.cutoffs", axis=axis_name.capitalize()), min_value=0, max_value=100, step=1,
            key=cut_key(axis), help=tr("whatif.cutoffs_help"),
        )  # fmt: skip
        low, high = st.session_state[cut_key(axis)]
        if low == high:
            st.caption(tr("whatif.cutoffs_equal", axis=axis_name))


def save_form(page: Page, rules: nb.Rules) -> None:
    """Save the sliders as a named weight set (folded; a bad name or a read-only file says why)."""
    with st.expander(tr("whatif.save.title")):
        with st.form("wi_save_form", border=False):
            name = st.text_input(tr("whatif.save.name"), key="wi_save_name", max_chars=whatif.MAX_NAME)
            saved = st.form_submit_button(tr("whatif.save.button"))
        if saved:
            try:
                stored = save(page.path, name, rules, page.lang)
            except Exception as exc:  # a bad name or a read-only file: say why, keep the page
                st.error(tr("whatif.save.failed", error=str(exc)))
            else:
                st.success(tr("whatif.save.done", name=stored))


@dataclass(frozen=True)
class Outcome:
    """One scenario against its baseline: the result and what its charts are built from (plain values,
    so the meeting summary can build them later, outside the script thread)."""

    page: Page
    result: whatif.Result
    baseline: nb.Rules
    scenario: nb.Rules
    cells: pd.DataFrame
    levels: dict[int, tuple[int, int]]
    names: dict[str, str]
    present: dict[str, bool]

    @property
    def mapped(self) -> int:
        """Employees in a box under the scenario."""
        return int(self.cells["n"].sum())

    def view(self) -> ui_nb.View:
        """The scenario as a nine-box view (its points and density)."""
        return ui_nb.View(
            path=self.page.path, filters=self.page.filters, rules=self.scenario, lang=self.page.lang
        )

    def matrix_figure(self) -> go.Figure:
        return whatif_charts.transition_heatmap(self.result.matrix, boxes=whatif.BOXES, lang=self.page.lang)

    def sankey_figure(self) -> go.Figure:
        return whatif_charts.movers_sankey(
            self.result.matrix, boxes=whatif.BOXES, levels=self.levels, lang=self.page.lang
        )

    def ninebox_figure(self, pts: pd.DataFrame, dens: pd.DataFrame | None) -> go.Figure:
        return ninebox_charts.nine_box(
            pts, cells=self.cells, cutoffs={"kinerja": self.scenario.thresholds.kinerja, "potensial": self.scenario.thresholds.potensial},
            lang=self.page.lang, density=dens, total=self.mapped, show_identity=not self.page.meeting,
            max_points=SCATTER_POINTS, height=600,
        )  # fmt: skip

    def sens_figure(self, sens: pd.DataFrame) -> go.Figure:
        sens = sens[[self.present[c] for c in sens["component"]]]
        return whatif_charts.sensitivity_bars(sens, names=self.names, lang=self.page.lang)


def results_view(
    page: Page,
    info: dict[str, Any],
    names: dict[str, str],
    scenario: nb.Rules,
    baseline: nb.Rules,
) -> exports.Deck:
    """The headline and the numbers always; below them one tab at a time. Only the open tab is computed
    and drawn (``st.tabs(on_change="rerun")``), so a slider move redraws one chart, not five. Returns
    the meeting summary, which holds every chart whichever tab is open."""
    L = page.lang
    try:
        nb.validate_weights(scenario.weights, L)
    except ValueError as exc:
        st.error(str(exc))
        st.stop()
    result = transitions(page.path, page.filters, baseline, scenario, movers_limit=0)
    if result.n_total == 0:
        st.info(tr("nbpage.empty"))
        st.stop()
    headline = whatif.headline(result, L)
    deck = exports.Deck(tr("whatif.title"))
    st.subheader(headline)
    if result.n_mappability:
        st.caption(tr("whatif.mappability", n=fmt_number(result.n_mappability, 0, L)))
    if scenario == baseline:
        st.caption(tr("whatif.same_rules"))
    reference = box_reference(page.path, scenario.scheme, L)
    out = Outcome(
        page,
        result,
        baseline,
        scenario,
        scenario_cells(reference, result),
        box_levels(reference),
        names,
        info["present"],
    )
    pool = f"{fmt_number(result.pool_before, 0, L)} → {fmt_number(result.pool_after, 0, L)}"
    m1, m2, m3 = st.columns(3)
    m1.metric(tr("whatif.metric.movers"), fmt_number(result.n_movers, 0, L))
    m2.metric(
        tr("whatif.metric.pool"), pool,
        delta=fmt_number(result.pool_after - result.pool_before, 0, L) if result.pool_after != result.pool_before else None,
    )  # fmt: skip
    m3.metric(tr("whatif.metric.mapped"), fmt_number(out.mapped, 0, L))

    tabs = st.tabs([view_label(code) for code in VIEWS], key=VIEW_KEY, on_change="rerun")
    st.caption(tr("whatif.tabs.caption"))
    st.caption(  # which scheme the comparison follows (docs/rules.md §4a); below the results (issue 19.1)
        tr(
            "whatif.scheme_caption",
            baseline=preset_label(str(st.session_state.get(BASELINE_KEY) or "")),
            numbering=tr(f"nbpage.scheme.{scenario.scheme}"),
        )
    )
    shown = dict(zip(VIEWS, tabs, strict=True))
    titles = {code: tr(f"whatif.{code}.title") for code in VIEWS}
    sens_sentence = tr("whatif.sens.caption", step=fmt_number(whatif.SENSITIVITY_STEP, 0, L))
    sens_auto = info["n"] <= SENSITIVITY_AUTO
    with shown["matrix"]:
        if shown["matrix"].open:
            matrix_tab(out)
    with shown["ninebox"]:
        if shown["ninebox"].open:
            ninebox_tab(out, titles["ninebox"])
    with shown["sankey"]:
        if shown["sankey"].open:
            sankey_tab(out, titles["sankey"])
    sens_on = sens_auto
    with shown["sens"]:
        if shown["sens"].open:
            st.caption(sens_sentence)
            sens_on = sens_auto or st.toggle(tr("whatif.sens.title"), key="wi_sens_on")
            if sens_on:
                sens = sensitivity(page.path, page.filters, scenario)
                exports.chart_with_download(
                    out.sens_figure(sens),
                    f"whatif_sensitivity_{page.period}",
                    key="wi_sens",
                    title=titles["sens"],
                )
    with shown["movers"]:
        if shown["movers"].open:
            movers_tab(out)
    deck_charts(out, deck, titles, headline, tr("whatif.metric.pool") + f": {pool}", sens_on, sens_sentence)
    return deck


def matrix_tab(out: Outcome) -> None:
    """The transition matrix as an HTML heatmap table (it redraws at once); its PNG is the plotly
    heatmap, drawn on click."""
    with st.container(key="wi_matrix"):
        st.markdown(
            whatif_charts.transition_table_html(out.result.matrix, boxes=whatif.BOXES, lang=out.page.lang),
            unsafe_allow_html=True,
        )
        exports.png_download(out.matrix_figure, f"whatif_matrix_{out.page.period}", key="wi_matrix_png")
    st.caption(tr("whatif.matrix.caption"))


POINTS_KEY = "wi_nb_points"  # the nine-box tab's points toggle
SANKEY_KEY = "wi_sankey_draw"  # the Sankey tab's diagram toggle


def ninebox_tab(out: Outcome, title: str) -> None:
    """The nine boxes under the scenario's weights and cut-offs as an HTML grid (counts, shares and the
    change against the baseline: it redraws at once while a slider moves), and on demand the chart
    with every employee's point (a sample over a density layer when there are many)."""
    before = out.result.matrix.sum(axis=1)[: len(whatif.BOXES)]
    with st.container(key="wi_ninebox"):
        st.markdown(
            whatif_charts.ninebox_grid_html(
                out.cells, {b: int(n) for b, n in zip(whatif.BOXES, before, strict=True)}, lang=out.page.lang
            ),
            unsafe_allow_html=True,
        )
    st.caption(tr("whatif.ninebox.grid_caption"))
    if st.toggle(tr("whatif.ninebox.points"), key=POINTS_KEY, help=tr("whatif.ninebox.points_help")):
        view = out.view()
        large = out.mapped > SCATTER_POINTS
        fig = out.ninebox_figure(ui_nb.points(view, SCATTER_POINTS), ui_nb.density(view) if large else None)
        exports.chart_with_download(
            fig, f"whatif_ninebox_{out.page.period}", key="wi_ninebox_points", title=title
        )


def sankey_tab(out: Outcome, title: str) -> None:
    """Who moves from which box to which, as a Sankey (a note when nobody moves)."""
    if not out.result.movers_total:
        st.info(tr("whatif.sankey.none"))
        return
    with st.container(key="wi_flows"):  # the largest flows at once; the Sankey on demand
        st.markdown(
            whatif_charts.flows_html(
                out.result.matrix, boxes=whatif.BOXES, levels=out.levels, lang=out.page.lang
            ),
            unsafe_allow_html=True,
        )
    if st.toggle(tr("whatif.sankey.draw"), key=SANKEY_KEY, help=tr("whatif.sankey.draw_help")):
        exports.chart_with_download(
            out.sankey_figure(), f"whatif_sankey_{out.page.period}", key="wi_sankey", title=title
        )
        st.caption(tr("whatif.sankey.caption"))


def movers_tab(out: Outcome) -> None:
    """Who moves (within the row rights; masked in meeting mode): the first MOVERS_SHOWN rows on the
    page, all of them in the XLSX and CSV."""
    page, L = out.page, out.page.lang
    if not out.result.movers_total:
        st.info(tr("whatif.movers.none"))
        return
    if not access.show_people("whatif.movers", out.result.movers_total):
        return
    full = transitions(page.path, page.filters, out.baseline, out.scenario)
    st.markdown(tr("whatif.movers.count", n=fmt_number(full.movers_total, 0, L)))
    table = movers_table(full.movers, show_identity=not page.meeting)
    rows = table.head(MOVERS_SHOWN)  # the downloads below hold all of ``table``
    if full.movers_total > len(rows):
        st.caption(
            tr("whatif.movers.more", shown=fmt_number(len(rows), 0, L), n=fmt_number(full.movers_total, 0, L))
            + " " + tr("whatif.movers.download", n=fmt_number(len(table), 0, L))
        )  # fmt: skip
    st.dataframe(
        tables.sortable(rows, L), hide_index=True, width="stretch", height=min(520, 38 + 35 * len(rows))
    )
    d1, d2, _ = st.columns([1, 1, 2])
    file_name = f"whatif_{page.period}"
    d1.download_button(
        tr("nbpage.download.xlsx"), data=lambda: to_xlsx({"whatif": table}), file_name=f"{file_name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="wi_dl_xlsx",
    )  # fmt: skip
    d2.download_button(
        tr("nbpage.download.csv"), data=lambda: to_csv(table), file_name=f"{file_name}.csv",
        mime="text/csv", key="wi_dl_csv",
    )  # fmt: skip


def deck_charts(
    out: Outcome,
    deck: exports.Deck,
    titles: dict[str, str],
    headline: str,
    pool_sentence: str,
    sens_on: bool,
    sens_sentence: str,
) -> None:
    """Every chart into the meeting summary, whichever tab is open: each is built when the summary is
    downloaded (the nine-box reads its points then), from values captured here."""
    con = connection(out.page.path)
    view = out.view()
    query = view.query()
    large = out.mapped > SCATTER_POINTS
    deck.add_later(out.matrix_figure, titles["matrix"], headline)
    deck.add_later(
        lambda: out.ninebox_figure(
            ninebox_views.scatter_points(con, limit=SCATTER_POINTS, box_view=view.box_view, **query),
            ninebox_views.density(con, bin_size=ninebox_charts.DENSITY_BIN, **query) if large else None,
        ),
        titles["ninebox"], pool_sentence,
    )  # fmt: skip
    if out.result.movers_total:
        deck.add_later(out.sankey_figure, titles["sankey"], tr("whatif.sankey.caption"))
    if sens_on:
        scenario, current = out.scenario, out.page.filters
        deck.add_later(
            lambda: out.sens_figure(whatif.sensitivity(con, rules=scenario, filters=current)),
            titles["sens"], sens_sentence,
        )  # fmt: skip
