"""Cached queries and small widgets of the nine-box page.

Every query is an ``st.cache_data`` wrapper around an analytics call, keyed on one frozen ``View``
(database file, filters, weights, cut-offs, numbering scheme, language), so a rerun after a click or a
selection never recomputes what did not change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypedDict, cast

import pandas as pd
import streamlit as st

from analytics.core.filters import Filters
from analytics.core.formats import fmt_number, fmt_percent
from analytics.core.overview import TALENT_POOL_TARGET
from analytics.ninebox import boxes as nb
from analytics.ninebox import charts, clustering
from analytics.ninebox import rules as nbrules
from analytics.ninebox import views as ninebox_views
from ui import quality, tables, urlstate
from ui.data import connection
from ui.page import Page, identity_columns
from ui.state import MEETING_KEY as MEETING_KEY  # the sidebar's meeting switch, shared by the pages
from ui.state import plain, tr, within_scope
from ui.urlstate import filters_to_url

UNIT_KEY = "f_unit_kerja"
INSTANSI_KEY = "f_instansi"
POSITION_KEY = "f_jenis_jabatan"


class Query(TypedDict):
    """What a nine-box query is asked about: which rules, which employees."""

    rules: nb.Rules
    filters: Filters


@dataclass(frozen=True)
class View:
    """One nine-box view: which file, which employees, which rules, which language."""

    path: str
    filters: Filters
    rules: nb.Rules
    lang: str = "id"
    # ninebox_views.BOX_VIEWS: which box counts (calibration). Not part of the rules: the same rules
    # viewed through the meeting's calibrations or without them.
    box_view: str = "computed"

    def __post_init__(self) -> None:
        # Every view, however its filters were built (a regional comparison, a link), stays inside the
        # user's access scope (ui.state.within_scope -> analytics.core.access.Scope.narrow).
        object.__setattr__(self, "filters", within_scope(self.filters))

    def query(self) -> Query:
        """The keyword arguments every ninebox/ninebox_views query takes: the rules and the filters."""
        return Query(rules=self.rules, filters=self.filters)

    def with_filters(self, filters: Filters) -> View:
        """The same rules over other employees."""
        return replace(self, filters=filters)


@st.cache_data(show_spinner=False)
def schemes(path: str) -> list[str]:
    """Numbering schemes in ref_boxes (PermenPANRB first)."""
    return ninebox_views.schemes(connection(path))


@st.cache_data(show_spinner=False)
def agencies(path: str) -> list[str]:
    """The agency schemes of ref_agency_schemes, the default first, then 'each instansi its own'."""
    return [*nbrules.agency_schemes(connection(path)), nbrules.PER_INSTANSI]


@st.cache_data(show_spinner=False)
def agency_rules(path: str, agency: str) -> nb.Rules:
    """An agency scheme's complete rules (ref_agency_schemes), or each instansi's own."""
    if agency == nbrules.PER_INSTANSI:
        return nb.Rules.per_instansi(connection(path))
    return nb.Rules.for_agency(connection(path), agency)


@st.cache_data(show_spinner=False)
def schemes_in(path: str, filters: Filters) -> list[str]:
    """The agency schemes the selection's instansi are bound to."""
    return nbrules.schemes_in(connection(path), within_scope(filters))


@st.cache_data(show_spinner=False)
def scheme_line(view: View) -> str:
    """The agency scheme and box numbering of ``view`` in one line, for its exports."""
    return nbrules.scheme_line(connection(view.path), view.rules, view.lang)


def scheme_columns(view: View, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the view's agency scheme and numbering as two columns (a CSV has no note row)."""
    agency = nbrules.PER_INSTANSI if view.rules.bound else view.rules.agency
    name = (agency_info(view.path, agency, view.lang)[0] if agency else "") or tr(
        "ninebox.scheme_line.own_weights"
    )
    return table.assign(
        **{
            tr("ninebox.col.agency_scheme"): name,
            tr("ninebox.col.numbering"): nbrules.numbering_name(view.rules.scheme, view.lang),
        }
    )


def agency_info(path: str, agency: str, lang: str) -> tuple[str, str]:
    """An agency scheme's name and source."""
    return nbrules.agency_info(connection(path), agency, lang)


@st.cache_data(show_spinner=False)
def default_rules(path: str) -> nb.Rules:
    """The Kepka BKN 411/2025 weight preset (ref_weights 'kepka411') and the default cut-offs
    (ref_cutoffs)."""
    return nb.Rules.default(connection(path))


@st.cache_data(show_spinner=False)
def cells(view: View) -> tuple[pd.DataFrame, int]:
    """The nine cells with label, action, n and share (by the view's box), n_computed, n_calibrated;
    and the unmappable count."""
    return ninebox_views.cell_table(
        connection(view.path), lang=view.lang, box_view=view.box_view, **view.query()
    )


@st.cache_data(show_spinner=False)
def cutoffs(view: View) -> dict[str, tuple[float | None, float | None]]:
    """The cut-offs the levels follow (relative mode: those that resulted)."""
    return ninebox_views.cutoffs_in_use(connection(view.path), **view.query())


@st.cache_data(show_spinner=False, max_entries=16)
def points(view: View, limit: int) -> pd.DataFrame:
    """Points to draw: everyone up to ``limit``, else a seeded sample of ``limit``."""
    return ninebox_views.scatter_points(
        connection(view.path), limit=limit, box_view=view.box_view, **view.query()
    )


@st.cache_data(show_spinner=False, max_entries=16)
def density(view: View) -> pd.DataFrame:
    """Employees per score square (for the density layer of large populations)."""
    return ninebox_views.density(connection(view.path), bin_size=charts.DENSITY_BIN, **view.query())


@st.cache_data(show_spinner=False, max_entries=32)
def members(view: View, box: int | None, nips: tuple[str, ...] | None) -> pd.DataFrame:
    """Employees of a box and/or a selection, with their component scores."""
    return ninebox_views.members(
        connection(view.path), box=box, nips=nips, box_view=view.box_view, **view.query()
    )


@st.cache_data(show_spinner=False)
def n_calibrated(view: View) -> int:
    """Employees of the view the meeting moved to another box."""
    return ninebox_views.count_calibrated(connection(view.path), **view.query())


@st.cache_data(show_spinner=False)
def n_pending(view: View) -> dict[str, int]:
    """Employees of the view with a calibration proposal not yet set, per state (draft, reviewed)."""
    return ninebox_views.count_pending(connection(view.path), **view.query())


def pending_text(view: View) -> str:
    """' 2 usulan menunggu penetapan (draf 1, ditinjau 1).' or '' when none is pending."""
    pending = n_pending(view)
    if not sum(pending.values()):
        return ""
    L = view.lang
    return tr(
        "nbpage.pending_line", n=fmt_number(sum(pending.values()), 0, L),
        draft=fmt_number(pending["draft"], 0, L), reviewed=fmt_number(pending["reviewed"], 0, L),
    )  # fmt: skip


@st.cache_data(show_spinner=False, max_entries=32)
def people(view: View, search: str | None, nip: str | None, masked: bool = False) -> pd.DataFrame:
    """Employees to pick for a calibration (name or NIP search; ``nip`` first), at most 1,000; in
    meeting mode the search matches initials and the NIP's visible digits only."""
    return ninebox_views.people(connection(view.path), search=search, nip=nip, masked=masked, **view.query())


@st.cache_data(show_spinner=False)
def unmappable(view: View) -> tuple[pd.DataFrame, int]:
    """Employees without a box and why (listed up to 2,000), and their number."""
    return ninebox_views.unmappable(connection(view.path), lang=view.lang, **view.query())


@st.cache_data(show_spinner=False)
def units(view: View, boxes: tuple[int, ...], top: int = 12) -> pd.DataFrame:
    """Box shares of the ``top`` largest units, one row per unit (labelled 'unit · instansi' when the
    view spans several instansi), a column per box and n (the unit's mappable employees)."""
    shares = ninebox_views.unit_box_shares(
        connection(view.path), top=top, box_view=view.box_view, **view.query()
    )
    if shares.empty:
        return pd.DataFrame(columns=[*boxes, "n"])
    one = shares["instansi"].nunique() == 1
    rows = shares["unit_kerja"] if one else shares["unit_kerja"] + " · " + shares["instansi"]
    shares = shares.assign(row=rows)
    wide = shares.pivot_table(index="row", columns="box", values="share", sort=False).reindex(
        columns=list(boxes)
    )
    wide["n"] = shares.groupby("row", sort=False)["group_n"].first()
    return wide


@st.cache_data(show_spinner=False)
def piling(view: View) -> pd.DataFrame:
    """Piling-up flags by work unit and by position type (column ``by``), the most people piled up
    beyond what the rest of the instansi shows first (``excess`` = n_box - expected_share * n)."""
    frames = []
    for by in ("unit_kerja", "jenis_jabatan"):
        found = clustering.detect_piling(
            connection(view.path), by=by, lang=view.lang, box_view=view.box_view, **view.query()
        )
        if len(found):
            frames.append(found.assign(by=by))
    if not frames:
        return pd.DataFrame(columns=[*clustering.RESULT_COLUMNS, "by", "excess"])
    flags = pd.concat(frames, ignore_index=True)
    flags["excess"] = flags["n_box"] - flags["expected_share"].fillna(0) * flags["n"]
    return flags.sort_values(["excess", "share"], ascending=False, ignore_index=True)


@st.cache_data(show_spinner=False)
def rule(path: str) -> dict[str, float]:
    """The piling-up rule in use (ref_clustering_rule)."""
    return clustering.default_rule(connection(path))


@st.cache_data(show_spinner=False)
def regional(view: View, by: str, boxes: tuple[int, ...]) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Aggregates per region (instansi, kab_kota or provinsi) with at least 5 employees: the box shares
    (a row per region, a column per box, n) and the side table (region, n, talent-pool share, piling-up
    flags, unmappable share, all as text); and how many smaller groups were left out."""
    flags = clustering.detect_piling(
        connection(view.path), by="unit_kerja", lang=view.lang, box_view=view.box_view, **view.query()
    )
    table, n_small = ninebox_views.regional_comparison(
        connection(view.path), by=by, piling=flags, lang=view.lang, box_view=view.box_view, **view.query()
    )
    labels = table["region"].fillna(tr(f"nbpage.region.none.{by}")).to_numpy()
    wide = pd.DataFrame({b: table[f"share_{b}"].to_numpy() for b in boxes}, index=labels)
    wide["n"] = table["n"].to_numpy()
    L = view.lang
    side = pd.DataFrame(
        {
            tr(f"nbpage.region.by.{by}"): labels,
            tr("nbpage.col.n"): table["n"].map(lambda n: fmt_number(n, 0, L)),
            tr("nbpage.region.col.pool"): table["talent_pool_share"].map(lambda v: fmt_percent(v, 1, L)),
            tr("nbpage.region.col.flags"): table["piling_flags"],
            tr("nbpage.region.col.unmappable"): table["unmappable_share"].map(lambda v: fmt_percent(v, 1, L)),
        }
    )
    return wide, side, n_small


def region_scope(current: Filters, by: str, province: str | None) -> Filters:
    """The employees a regional comparison covers: the sidebar's selection for instansi rows, one
    province for its regencies, everyone (same period and position types) for provinces."""
    if by == "kab_kota":
        return Filters(
            period=current.period,
            provinsi=(province,) if province else (),
            jenis_jabatan=current.jenis_jabatan,
        )
    if by == "provinsi":
        return Filters(period=current.period, jenis_jabatan=current.jenis_jabatan)
    return current


def provinces(path: str, period: int | tuple[int, ...] | None) -> list[str]:
    """Provinces with employees in the period, inside the access scope."""
    return _provinces(path, within_scope(Filters(period=period)))


@st.cache_data(show_spinner=False)
def _provinces(path: str, within: Filters) -> list[str]:
    """Provinces with employees in ``within`` (the period, inside the access scope)."""
    where, params = within.where()
    sql = f"select distinct provinsi from employees where {where} and provinsi is not null order by 1"  # noqa: S608
    return [r[0] for r in connection(path).cursor().execute(sql, params).fetchall()]


# --- presentation helpers (Streamlit-side) ------------------------------------------------------

BOX_VIEW_KEY = "box_view"  # shared by the nine-box and Kalibrasi pages
POINTS_KEY = "nb_points"  # a large population's sample of points, drawn on demand
CALIBRATE_NIP_KEY = "calibrate_nip"  # set by "Kalibrasi pegawai ini", read by the Kalibrasi form


def _keep(store: str, widget: str) -> None:
    st.session_state[store] = st.session_state[widget]


def shared_control(store: str, widget: str, default: Any) -> dict[str, Any]:
    """Keyword arguments that bind a widget (key ``widget``) to the page-independent value ``store``:
    Streamlit forgets a widget's state on a page where it is not drawn, so the value lives under
    ``store`` and is written into the widget before it is drawn and back when it changes."""
    st.session_state[widget] = st.session_state.get(store, default)
    return {"key": widget, "on_change": _keep, "args": (store, widget)}


def box_view_control(container: Any, widget: str) -> str:
    """The 'box view' switch (Dihitung / Dikalibrasi / Keduanya) shared by the pages."""
    value = container.segmented_control(
        tr("calpage.box_view"), options=list(ninebox_views.BOX_VIEWS), required=True,
        format_func=lambda v: tr(f"calpage.box_view.{v}"), help=tr("calpage.box_view_help"),
        **shared_control(BOX_VIEW_KEY, widget, "computed"),
    )  # fmt: skip
    return str(value or "computed")


def box_text(box: object) -> str:
    """'Kotak 8', or '–' when there is none."""
    if box is None or pd.isna(cast(Any, box)):
        return "–"
    return f"{tr('nbpage.chart.box')} {int(cast(Any, box))}"


def narrow_to(flag: dict[str, Any]) -> None:
    """on_click of a piling-up banner: narrow the sidebar filters to the flagged group's instansi and
    unit (or position type); Streamlit reruns after the callback."""
    st.session_state[INSTANSI_KEY] = [flag["instansi"]]
    if flag["by"] == "unit_kerja":
        st.session_state[UNIT_KEY] = [flag["group"]]
    else:
        st.session_state[POSITION_KEY] = [flag["group"]]
    filters_to_url()  # the link now shows this unit too (issue 19.4)


def suppress_small(cells_frame: pd.DataFrame) -> pd.DataFrame:
    """The cells for a user without row rights: a count of 1-4 people and its complement are shown as
    '< 5' / '•' (analytics.core.access.suppressed), in the chart and the table alike."""
    from analytics.core.access import MIN_GROUP, suppressed, total_withheld

    counts = [int(n) for n in cells_frame["n"]]
    pool = [i for i, p in enumerate(cells_frame["talent_pool"]) if p]
    marks = suppressed(counts, totals=[pool])
    text = {"small": f"< {MIN_GROUP}", "complement": "•"}
    out = cells_frame.copy()
    out["count_text"] = [text[m] if m else "" for m in marks]
    out.attrs["withheld"] = {
        "all": total_withheld(counts, marks, range(len(counts))),
        "pool": total_withheld(counts, marks, pool),
    }
    return out


def shown_count(cells_frame: pd.DataFrame, box: int, lang: str) -> str:
    """A box's count as the reader may see it (withheld when suppress_small marked it)."""
    row = cells_frame.loc[cells_frame["box"] == box]
    if "count_text" in row and len(row) and row["count_text"].iloc[0]:
        return str(row["count_text"].iloc[0])
    return fmt_number(int(row["n"].sum()), 0, lang)


def counts_table(cells_frame: pd.DataFrame, lang: str, box_view: str = "computed") -> pd.DataFrame:
    """The counts beside the chart: box, label, n and share as the reader writes numbers; in the
    'both' view the computed and calibrated counts side by side."""
    out = pd.DataFrame(
        {
            tr("nbpage.col.box"): cells_frame["box"].map(lambda b: f"{tr('nbpage.chart.box')} {b}"),
            tr("nbpage.col.label"): cells_frame["label"],
        }
    )
    if box_view == "both":
        out[tr("calpage.col.computed_n")] = cells_frame["n_computed"].map(lambda n: fmt_number(n, 0, lang))
        out[tr("calpage.col.calibrated_n")] = cells_frame["n_calibrated"].map(
            lambda n: fmt_number(n, 0, lang)
        )
    else:
        out[tr("nbpage.col.n")] = cells_frame["n"].map(lambda n: fmt_number(n, 0, lang))
    out["%"] = cells_frame["share"].map(lambda v: fmt_percent(v, 1, lang))
    if "count_text" in cells_frame:  # withheld small groups: neither their count nor their share
        hidden = cells_frame["count_text"].astype(bool).to_numpy()
        for column in out.columns[2:]:
            out.loc[hidden, column] = cells_frame.loc[hidden, "count_text"].to_numpy()
    return out


def change_table(cells_frame: pd.DataFrame) -> pd.DataFrame:
    """Before/after calibration per box (as calibration.distribution_change): box, label, before,
    after, change; from the cell counts of the whole filtered population."""
    return pd.DataFrame(
        {
            "box": cells_frame["box"].astype(int),
            "label": cells_frame["label"],
            "before": cells_frame["n_computed"].astype(int),
            "after": cells_frame["n_calibrated"].astype(int),
            "change": (cells_frame["n_calibrated"] - cells_frame["n_computed"]).astype(int),
        }
    )


def flags_table(flags: pd.DataFrame) -> pd.DataFrame:
    """Piling-up flags beyond the banners: instansi, sentence, rule in words."""
    return pd.DataFrame(
        {
            tr("nbpage.col.instansi"): flags["instansi"],
            tr("nbpage.piling.col.sentence"): flags["sentence"],
            tr("nbpage.piling.col.rule"): flags["rule"].map(lambda r: tr(f"nbpage.piling.rule.{r}")),
        }
    )


def is_narrowed_to(current: Filters, flag: dict[str, Any]) -> bool:
    """Whether the sidebar already shows only the flagged group."""
    chosen = current.unit_kerja if flag["by"] == "unit_kerja" else current.jenis_jabatan
    return list(current.instansi) == [flag["instansi"]] and list(chosen) == [flag["group"]]


def unmappable_table(frame: pd.DataFrame, *, show_identity: bool) -> pd.DataFrame:
    """Unmappable employees as listed: identity (initials and masked NIPs in meeting mode), position,
    reason."""
    out = pd.DataFrame(
        {
            **identity_columns(frame, show_identity=show_identity),
            tr("nbpage.col.jabatan"): frame["jabatan"],
            tr("nbpage.col.unit"): frame["unit_kerja"],
            tr("nbpage.col.instansi"): frame["instansi"],
            tr("nbpage.col.reason"): frame["reason"],
        }
    )
    return out


def member_table(frame: pd.DataFrame, cell_table: pd.DataFrame, *, show_identity: bool) -> pd.DataFrame:
    """The employees table as shown and downloaded: translated headers, the box's recommended action;
    names as initials and NIPs masked in meeting mode."""
    actions = dict(zip(cell_table["box"], cell_table["action"], strict=True))
    out = pd.DataFrame(
        {
            **identity_columns(frame, show_identity=show_identity),
            tr("nbpage.col.jabatan"): frame["jabatan"],
            tr("nbpage.col.unit"): frame["unit_kerja"],
            tr("nbpage.col.instansi"): frame["instansi"],
            tr("nbpage.col.box"): frame["box"],
            tr("nbpage.axis.kinerja"): frame["kinerja_score"].round(2),
            tr("nbpage.axis.potensial"): frame["potensial_score"].round(2),
            tr("nbpage.col.nilai_talenta"): frame["nilai_talenta"].round(2),
        }
    )
    for comp in nb.AXIS_COMPONENTS["kinerja"] + nb.AXIS_COMPONENTS["potensial"]:
        out[tr(f"ninebox.component.{comp}")] = frame[comp]
    out[tr("nbpage.col.action")] = frame["box"].map(actions)
    if "calibrated" in frame:  # beside the box, one column: 'Kotak 5 → Kotak 8' for a calibrated person
        at = list(out.columns).index(tr("nbpage.col.box")) + 1
        moves = [
            f"{box_text(c)} → {box_text(k)}" if flag else ""
            for flag, c, k in zip(
                frame["calibrated"], frame["computed_box"], frame["calibrated_box"], strict=True
            )
        ]
        out.insert(at, tr("nbpage.col.calibration"), moves)
    return out


def number_style(table: pd.DataFrame, lang: str) -> Any:
    """``table`` for st.dataframe with its number columns written the UI's way (87,5 in Indonesian;
    '–' when empty); the values stay numbers, so a column still sorts by value (ui.tables)."""
    return tables.sortable(table, lang)


# --- the page's sections (app_pages/ninebox.py reads as a list of these) ------------------------


@dataclass(frozen=True)
class Choices:
    """What the controls above the tabs chose: the view, what colours the points, which cut-offs."""

    view: View
    color_by: str
    mode: str


def controls(page: Page) -> Choices:
    """Colour, cut-off mode, numbering scheme and box view; the calibrations line and the cut-offs."""
    L = page.lang
    c1, c2, c3, c4 = st.columns([1.2, 1.2, 1.1, 1.4])
    color_by = c1.selectbox(
        tr("nbpage.color_by"), options=["box", "unit_kerja", "jenis_jabatan", "jenis_kelamin"],
        format_func=lambda v: tr(f"nbpage.color.{v}"), key="nb_color", bind="query-params",
    )  # fmt: skip
    mode = c2.segmented_control(
        tr("nbpage.mode"), options=["absolute", "relative"], format_func=lambda v: tr(f"nbpage.mode.{v}"),
        key="nb_mode", default="absolute", required=True, bind="query-params", help=tr("nbpage.mode_help"),
    )  # fmt: skip
    urlstate.initial(
        "nb_scheme", "nb_scheme", schemes(page.path)
    )  # bound to the URL it lost the link's value
    scheme = c3.selectbox(
        tr("nbpage.scheme"), options=schemes(page.path), format_func=lambda v: tr(f"nbpage.scheme.{v}"),
        key="nb_scheme", on_change=urlstate.writer("nb_scheme", "nb_scheme"), help=tr("nbpage.scheme_help"),
    )  # fmt: skip
    urlstate.initial("nb_agency", "nb_agency", agencies(page.path))  # a link names the scheme by its key
    agency = c4.selectbox(
        tr("nbpage.agency"), options=agencies(page.path),
        format_func=lambda v: agency_info(page.path, v, L)[0] or v,
        key="nb_agency", on_change=urlstate.writer("nb_agency", "nb_agency"), help=tr("nbpage.agency_help"),
    )  # fmt: skip
    chosen = str(agency or nbrules.DEFAULT_AGENCY)
    v1, v2 = st.columns([1.3, 2.6], vertical_alignment="bottom")
    box_view = box_view_control(v1, "nb_box_view")
    view = View(
        path=page.path,
        filters=page.filters,
        rules=agency_rules(page.path, chosen).relative(mode == "relative").with_scheme(scheme),
        lang=L,
        box_view=box_view,
    )
    with v2:  # calibrations of the talent-review meeting: how many, which box the counts follow
        st.markdown(
            tr("nbpage.calibrated_line", n=fmt_number(n_calibrated(view), 0, L))
            + " "
            + tr(f"nbpage.calibrated_view.{box_view}")
            + pending_text(view)
        )
        st.page_link(
            "app_pages/calibration.py", label=tr("nbpage.calibrated_link"), icon=":material/edit_note:"
        )
    cut = cutoffs(view)
    cut_text = {axis: " / ".join(fmt_number(v, 1, L) for v in cut[axis] if v is not None) for axis in cut}
    st.caption(
        tr(f"nbpage.cutoff_caption.{mode}", kinerja=cut_text["kinerja"], potensial=cut_text["potensial"])
    )
    name, source = agency_info(page.path, chosen, L)
    st.caption(tr("nbpage.agency_caption", name=name, source=source))
    return Choices(view=view, color_by=str(color_by), mode=str(mode))


@dataclass(frozen=True)
class Matrix:
    """The matrix tab's figures: the cells as this reader may see them, and the piling-up flags."""

    cells: pd.DataFrame
    n_unmappable: int
    mapped: int
    flags: pd.DataFrame
    rule: dict[str, float]

    @property
    def pool(self) -> int:
        """Employees in the talent-pool boxes."""
        return int(self.cells.loc[self.cells["talent_pool"], "n"].sum())

    @property
    def pool_share(self) -> float | None:
        """Their share of the mapped employees."""
        return self.pool / self.mapped if self.mapped else None


def matrix(view: View) -> Matrix:
    """The cells, flags and rule of the view; stops the run when nobody is in it. A user without row
    rights gets the cells with small groups withheld (suppress_small)."""
    from ui import access

    found, n_unmappable = cells(view)
    mapped = int(found["n"].sum())
    if mapped + n_unmappable == 0:
        st.info(tr("nbpage.empty"))
        st.stop()
    if not access.may("rows"):  # aggregates only: small groups withheld, no individual points
        found = suppress_small(found)
    return Matrix(found, n_unmappable, mapped, piling(view), rule(view.path))


def piling_banners(page: Page, m: Matrix) -> None:
    """Piling-up banners (docs/rules.md §6): the strongest first, the rest in an expander."""
    L = page.lang
    top: list[dict[str, Any]] = cast(Any, m.flags.head(3).to_dict("records"))  # strongest: most excess people
    for i, flag in enumerate(top):
        b1, b2 = st.columns([4, 1], vertical_alignment="center")
        b1.error(plain(flag["sentence"]), icon=":material/warning:")
        b2.button(
            tr(f"nbpage.piling.narrow.{flag['by']}"), key=f"nb_narrow_{i}", on_click=narrow_to,
            help=tr("nbpage.piling.narrow_help", group=flag["group"], instansi=flag["instansi"]),
            args=(flag,), disabled=is_narrowed_to(page.filters, flag), width="stretch",
        )  # fmt: skip
    if len(m.flags) > 3:  # the table is built when the expander is opened (24.000 flags nationally)
        more = st.expander(
            tr("nbpage.piling.more", n=fmt_number(len(m.flags) - 3, 0, L)),
            key=MORE_FLAGS_KEY,
            on_change="rerun",
        )
        with more:
            if more.open:
                st.dataframe(
                    tables.sortable(flags_table(m.flags.iloc[3:]), L), hide_index=True, width="stretch"
                )
    if len(m.flags):
        st.caption(
            tr(
                "nbpage.piling.rule_caption",
                share=fmt_percent(m.rule["max_share"], 0, L),
                min_group=fmt_number(m.rule["min_group"], 0, L),
                p=fmt_number(m.rule["p_value"], 2, L),
            )
        )


def pool_boxes_text(cells_frame: pd.DataFrame) -> str:
    """The talent-pool boxes of the view's numbering, '7-8-9' (PermenPANRB) or '6-8-9' (open-source)."""
    return "-".join(
        str(int(b)) for b in sorted(cells_frame.loc[cells_frame["talent_pool"].astype(bool), "box"])
    )


def headline(page: Page, m: Matrix) -> None:
    """Mapped, talent pool, box 9 and unmappable (withheld as '< 5' for aggregate-only users)."""
    L = page.lang
    withheld = m.cells.attrs.get("withheld", {})
    low, high = TALENT_POOL_TARGET
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(tr("nbpage.metric.mapped"), "< 5" if withheld.get("all") else fmt_number(m.mapped, 0, L))
    m2.metric(
        tr("nbpage.metric.pool", boxes=pool_boxes_text(m.cells)),
        "< 5" if withheld.get("pool") else f"{fmt_number(m.pool, 0, L)} · {fmt_percent(m.pool_share, 1, L)}",
        help=tr("nbpage.metric.pool_help", low=fmt_percent(low, 0, L), high=fmt_percent(high, 0, L)),
    )
    m3.metric(tr("nbpage.metric.box9"), shown_count(m.cells, 9, L))
    m4.metric(
        tr("nbpage.metric.unmappable"),
        fmt_number(m.n_unmappable, 0, L),
        help=tr("nbpage.metric.unmappable_help"),
    )


@dataclass(frozen=True)
class Selection:
    """The points drawn and the chart's selection event (a drill-down reads them)."""

    points: pd.DataFrame
    event: Any


def chart_and_counts(page: Page, choices: Choices, m: Matrix) -> Selection:
    """The matrix chart (points, or the density of everyone) and the counts and pool sentence beside it."""
    from ui import access, exports

    L, view, period = page.lang, choices.view, page.filters.period
    low, high = TALENT_POOL_TARGET
    large = m.mapped > charts.DENSITY_ABOVE
    rows = access.may("rows")
    # A large population: the density of everyone first, its sample of points on demand. The WebGL
    # points' first draw took ~0,7 s of the browser's main thread (headless Chromium, 2 cores) in
    # the page's first view, which then missed issue 18's 2 s; the counts cover everyone either way.
    sampled = large and rows and st.toggle(
        tr("nbpage.points.toggle"), key=POINTS_KEY,
        help=tr("nbpage.points.help"),
    )  # fmt: skip
    drawn = rows and (not large or sampled)
    # limit 0 when none are drawn: no points (their columns only), not a sample computed and dropped
    pts = points(view, (charts.MAX_POINTS if large else charts.DENSITY_ABOVE) if drawn else 0)
    layered = large or not drawn  # the density of everyone under the points, or instead of them
    fig = charts.nine_box(
        pts, cells=m.cells, cutoffs=cutoffs(view), lang=L,
        color_by=None if choices.color_by == "box" else choices.color_by,
        density=density(view) if layered else None, total=m.mapped, show_identity=not page.meeting,
        show_computed=view.box_view == "both",
    )  # fmt: skip
    pool_sentence = tr("nbpage.counts.pool", boxes=pool_boxes_text(m.cells), n=fmt_number(m.pool, 0, L), share=fmt_percent(m.pool_share, 1, L),
                       low=fmt_percent(low, 0, L), high=fmt_percent(high, 0, L))  # fmt: skip
    event = exports.chart_with_download(
        fig, f"ninebox_{period}", key="nb_chart", on_select="rerun",
        selection_mode=("points", "box", "lasso"), deck=page.deck, title=tr("nbpage.title"),
        sentence="\n".join([*(f["sentence"] for f in m.flags.head(3).to_dict("records")), pool_sentence]),
        config={"displaylogo": False, "locale": "id" if L == "id" else "en"},
    )  # fmt: skip
    caption = (
        "nbpage.jitter_caption"
        if not layered
        else "nbpage.sample_caption"
        if sampled
        else "nbpage.density_caption"
    )
    st.caption(
        tr(caption, shown=fmt_number(charts.points_drawn(fig), 0, L), total=fmt_number(m.mapped, 0, L))
    )
    left, right = st.columns([2, 1])
    with left:
        st.markdown(f"**{tr('nbpage.counts.title')}**")
        counts = counts_table(m.cells, L, view.box_view)
        st.dataframe(tables.sortable(counts, L), hide_index=True, width="stretch", height=38 + 35 * 9)
        exports.table_download(
            counts, f"ninebox_counts_{period}", key="nb_counts_xlsx", notes=[scheme_line(view)]
        )
    with right:
        st.markdown(pool_sentence)
        if m.pool_share is not None and m.pool_share < low:
            st.warning(tr("nbpage.counts.pool_below", low=fmt_percent(low, 0, L)))
        else:
            st.success(tr("nbpage.counts.pool_within", low=fmt_percent(low, 0, L)))
        st.caption(tr("nbpage.counts.unmappable", n=fmt_number(m.n_unmappable, 0, L)))
    return Selection(pts, event)


def drill_down(page: Page, view: View, m: Matrix, chosen: Selection) -> None:
    """The people of a chart selection and/or a whole box, with the box's action and downloads."""
    from analytics.core.export import to_csv, to_xlsx
    from ui import access

    L, cell_frame = page.lang, m.cells
    st.subheader(tr("nbpage.list.title"))
    event = chosen.event
    selected = (
        tuple(chosen.points.loc[charts.selected_rows(event.selection if event else None), "nip"]) or None
    )
    options: list[Any] = [None, *cell_frame["box"].tolist()]
    labels = {b: str(label) for b, label in zip(cell_frame["box"], cell_frame["label"], strict=True)}
    box_choice = st.selectbox(
        tr("nbpage.list.box"), options=options, key="nb_box",
        format_func=lambda b: tr("nbpage.list.box_none") if b is None else
        f"{tr('nbpage.chart.box')} {b} — {labels[b]}",
    )  # fmt: skip
    people = None if selected is None and box_choice is None else members(view, box_choice, selected)
    if people is None:
        st.info(tr("nbpage.list.hint"))
        return
    if not access.show_people("ninebox.members", len(people)):
        return
    if selected is not None:
        st.caption(tr("nbpage.list.selected", n=fmt_number(len(selected), 0, L)))
    st.markdown(tr("nbpage.list.count", n=fmt_number(len(people), 0, L)))
    for b in sorted(people["box"].unique(), reverse=True):
        cell = cell_frame.set_index("box").loc[int(b)]
        st.info(f"**{tr('nbpage.chart.box')} {int(b)} — {cell['label']}.** {tr('nbpage.list.action')}: {cell['action']}", icon=":material/lightbulb:")  # fmt: skip
    table = member_table(people, cell_frame, show_identity=not page.meeting)
    st.dataframe(
        tables.sortable(number_style(table, L), L), hide_index=True, width="stretch",
        height=min(520, 38 + 35 * max(len(table), 1)),
        column_config={tr("nbpage.col.calibration"): st.column_config.TextColumn(width="medium")},
    )  # fmt: skip
    if len(people) == 1:
        if st.button(tr("nbpage.calibrate_one"), key="nb_calibrate_one", icon=":material/edit_note:"):
            st.session_state[CALIBRATE_NIP_KEY] = str(people["nip"].iloc[0])
            st.switch_page("app_pages/calibration.py")
    d1, d2, _ = st.columns([1, 1, 3])
    name = f"ninebox_{page.filters.period}" + (f"_kotak{box_choice}" if box_choice else "")
    d1.download_button(
        tr("nbpage.download.xlsx"), data=to_xlsx({"nine_box": table}, notes={"nine_box": [scheme_line(view)]}),
        file_name=f"{name}.xlsx", mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="nb_dl_xlsx",
    )  # fmt: skip
    d2.download_button(
        tr("nbpage.download.csv"),
        data=to_csv(scheme_columns(view, table)),
        file_name=f"{name}.csv",
        mime="text/csv",
        key="nb_dl_csv",
    )


def unit_shares(page: Page, view: View, m: Matrix) -> None:
    """Small multiples: where does the population pile up? Box shares of the largest units."""
    from ui import exports

    L = page.lang
    st.subheader(tr("nbpage.units.title"))
    st.caption(tr("nbpage.units.caption", share=fmt_percent(m.rule["max_share"], 0, L)))
    boxes = tuple(m.cells["box"].tolist())
    shares = units(view, boxes)
    if shares.empty:
        st.info(tr("nbpage.empty"))
        return
    exports.chart_with_download(
        charts.box_share_heatmap(shares, boxes=boxes, lang=L, highlight_above=m.rule["max_share"]),
        f"ninebox_units_{page.filters.period}", key="nb_units", deck=page.deck, title=tr("nbpage.units.title"),
        sentence=tr("nbpage.units.caption", share=fmt_percent(m.rule["max_share"], 0, L)),
    )  # fmt: skip


UNMAPPABLE_KEY = "nb_unmappable_open"
MORE_FLAGS_KEY = "nb_more_flags_open"


def unmappable_list(page: Page, view: View, m: Matrix) -> None:
    """Unmappable employees: counted above, listed here with the reason."""
    from ui import access

    L = page.lang
    # The list is read only when the expander is opened (a national query of ~1,5 s on every first view otherwise).
    shown = st.expander(
        tr("nbpage.unmappable.title", n=fmt_number(m.n_unmappable, 0, L)),
        key=UNMAPPABLE_KEY,
        on_change="rerun",
    )
    with shown:
        if not shown.open:
            return
        lost, n_lost = unmappable(view)
        if not n_lost:
            st.write(tr("nbpage.unmappable.none"))
        elif access.show_people("ninebox.unmappable", len(lost)):
            table = unmappable_table(lost, show_identity=not page.meeting)
            st.dataframe(tables.sortable(table, L), hide_index=True, width="stretch")
            if n_lost > len(lost):
                st.caption(
                    tr(
                        "nbpage.unmappable.more",
                        shown=fmt_number(len(lost), 0, L),
                        n=fmt_number(n_lost, 0, L),
                    )
                )


def regional_comparison(page: Page, view: View) -> None:
    """Box shares per instansi, regency or province: aggregates only, never a personal row."""
    from ui import exports

    L, current = page.lang, page.filters
    # The link names the grouping and the province (urlstate.initial, read on this tab's first run:
    # a widget bound to the URL lost the link's value when the tab was not drawn in the first run).
    groupings = ["instansi", "kab_kota", "provinsi"]
    urlstate.initial("nb_region_by", "nb_region_by", groupings)
    by = st.radio(
        tr("nbpage.region.by"), options=groupings, horizontal=True,
        format_func=lambda v: tr(f"nbpage.region.by.{v}"), key="nb_region_by",
        on_change=urlstate.writer("nb_region_by", "nb_region_by"),
    )  # fmt: skip
    province = None
    if by == "kab_kota":
        options = provinces(page.path, current.period)
        urlstate.initial("nb_region_prov", "nb_region_prov", options)
        if st.session_state.get("nb_region_prov") not in options:
            preset = current.provinsi[0] if len(current.provinsi) == 1 else None
            st.session_state["nb_region_prov"] = preset if preset in options else options[0]
        province = st.selectbox(
            tr("nbpage.region.province"), options=options, key="nb_region_prov",
            on_change=urlstate.writer("nb_region_prov", "nb_region_prov"),
        )  # fmt: skip
    st.caption(tr(f"nbpage.region.scope.{by}"))
    boxes = tuple(cells(view)[0]["box"].tolist())
    wide, side, n_small = regional(view.with_filters(region_scope(current, by, province)), by, boxes)
    if wide.empty:
        st.info(tr("nbpage.region.empty"))
    else:
        exports.chart_with_download(
            charts.box_share_heatmap(wide, boxes=boxes, lang=L, highlight_above=rule(page.path)["max_share"]),
            f"ninebox_regions_{by}_{current.period}", key="nb_regions", deck=page.deck,
            title=tr("nbpage.tab.regions"), sentence=tr(f"nbpage.region.scope.{by}"),
        )  # fmt: skip
        st.dataframe(
            tables.sortable(side, L), hide_index=True, width="stretch", height=min(700, 38 + 35 * len(side))
        )
        exports.table_download(
            side, f"ninebox_regions_{by}_{current.period}", key="nb_regions_xlsx", notes=[scheme_line(view)]
        )
    st.caption(tr("nbpage.region.suppressed", n=fmt_number(n_small, 0, L)))
    used = schemes_in(page.path, region_scope(current, by, province))
    if len(used) > 1:  # agencies bound to different schemes (docs/rules.md §4a)
        names = ", ".join(agency_info(page.path, s, L)[0] or s for s in used)
        st.warning(tr("ninebox.region.schemes", schemes=names), icon=":material/rule:")
    quality.regional(page, region_scope(current, by, province), by)  # the data behind the comparison


def deck_buttons(page: Page, view: View) -> None:
    """The summary deck of the charts drawn; its title slide says whether the counts include (or set
    aside) the meeting's calibrations."""
    from ui import exports

    L = page.lang
    n = n_calibrated(view)
    note = (
        [
            tr(
                "export.deck.calibrations",
                n=fmt_number(n, 0, L),
                view=tr(f"nbpage.calibrated_view.{view.box_view}"),
            )
        ]
        if n
        else []
    )
    pending = pending_text(view).strip()
    if pending:  # proposals not yet set: named on the title slide, never counted
        note.append(pending)
    note.insert(0, scheme_line(view))  # which agency scheme and numbering the deck's boxes follow
    exports.deck_buttons(
        page.deck, f"ninebox_{page.filters.period}", key="nb_deck", current=page.filters, notes=note
    )
