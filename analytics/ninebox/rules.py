"""The nine-box rules in one place (docs/rules.md §2–5): the axes and their components, weights and
cut-offs, the level of a score, the numbering schemes, and the bundle a view follows (``Rules``).

Every path that boxes people (the SQL builder in ``boxes``, the in-memory arrays in ``arrays`` and
``scoring``, the training walk-through) takes its rules from here. Default values come from the
reference tables (ref_weights, ref_cutoffs, ref_boxes), not from literals in code.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

import duckdb

from analytics.core import db
from analytics.core.filters import Filters
from analytics.labels import t
from analytics.ninebox import refs


def _reference(file_name: str) -> list[dict[str, str]]:
    """The rows of a reference table's CSV (data/reference): defaults that exist before any database."""
    with (db.REFERENCE_DIR / file_name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


_CUTOFFS = {row["axis"]: (float(row["low"]), float(row["high"])) for row in _reference("cutoffs.csv")}
_TARGETS = {row["parameter"]: float(row["value"]) for row in _reference("talent_targets.csv")}
# The recommended talent-pool share of an agency's ASN (ref_talent_targets; docs/rules.md §7).
POOL_TARGET = (_TARGETS["pool_share_min"], _TARGETS["pool_share_max"])

AXES = ("kinerja", "potensial")
AXIS_COMPONENTS: dict[str, tuple[str, ...]] = {
    "kinerja": db.KINERJA_COMPONENTS,
    "potensial": db.POTENSIAL_COMPONENTS,
}
AXIS_SCORE_COLUMN = {"kinerja": "skor_sumbu_kinerja", "potensial": "skor_sumbu_potensial"}
DEFAULT_SCHEME = "permenpanrb"
# The national default agency scheme (ref_agency_schemes.is_default; docs/rules.md §4a).
# The agency-scheme choice "each instansi by its own scheme" (Rules.per_instansi).
PER_INSTANSI = "per_instansi"
DEFAULT_AGENCY = next(r["scheme"] for r in _reference("agency_schemes.csv") if r["is_default"] == "true")
# Kepka BKN 411/2025: Nilai Talenta = 50% kinerja axis + 50% potensial axis (docs/rules.md §4).
NILAI_TALENTA_SHARE = 0.5
# A score this close below a cut-off counts as reaching it: float noise of a weighted mean
# (59.99999999999999 for an exact 60) must never move a level.
SCORE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Weights:
    """Points per component key (docs/data-contract.md §4), per axis; only ratios within an axis matter."""

    kinerja: Mapping[str, float]
    potensial: Mapping[str, float]

    def axis(self, name: str) -> Mapping[str, float]:
        """The weights of one axis ('kinerja' or 'potensial')."""
        return self.kinerja if name == "kinerja" else self.potensial


@dataclass(frozen=True)
class Thresholds:
    """Level cut-offs per axis (low, high), or relative thirds when ``relative``."""

    kinerja: tuple[float, float] = _CUTOFFS["kinerja"]  # ref_cutoffs (docs/rules.md §2)
    potensial: tuple[float, float] = _CUTOFFS["potensial"]
    relative: bool = False


# --- weights and thresholds -----------------------------------------------------------------------


def validate_weights(weights: Weights, lang: str = "id") -> None:
    """Raise ValueError (message in ``lang``) for unknown keys, negative or non-finite weights, or an
    axis without any positive weight."""
    for axis in AXES:
        known = AXIS_COMPONENTS[axis]
        values = weights.axis(axis)
        for key, value in values.items():
            if key not in known:
                raise ValueError(
                    t("ninebox.error.weight_axis", lang, component=key, axis=t(f"ninebox.axis.{axis}", lang))
                )
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ValueError(t("ninebox.error.weight_value", lang, component=key, value=value)) from None
            if not math.isfinite(number):
                raise ValueError(t("ninebox.error.weight_value", lang, component=key, value=value))
            if number < 0:
                raise ValueError(t("ninebox.error.weight_negative", lang, component=key, value=value))
        if not any(v > 0 for v in values.values()):
            raise ValueError(t("ninebox.error.axis_zero", lang, axis=t(f"ninebox.axis.{axis}", lang)))


def parse_weights(text: str, lang: str = "id") -> Weights:
    """Weights from 'kinerja_utama=60,penghargaan=15,...' (docs/data-contract.md §4 keys; unlisted keys
    get 0)."""
    kinerja: dict[str, float] = {}
    potensial: dict[str, float] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(t("ninebox.error.weight_item", lang, item=item))
        if key in db.KINERJA_COMPONENTS:
            target = kinerja
        elif key in db.POTENSIAL_COMPONENTS:
            target = potensial
        else:
            raise ValueError(
                t("ninebox.error.weight_unknown", lang, component=key, known=", ".join(db.COMPONENTS))
            )
        try:
            value = float(raw.strip())
        except ValueError:
            raise ValueError(
                t("ninebox.error.weight_value", lang, component=key, value=raw.strip())
            ) from None
        if key in target:
            raise ValueError(t("ninebox.error.weight_duplicate", lang, component=key))
        target[key] = value
    weights = Weights(
        kinerja={k: kinerja.get(k, 0.0) for k in db.KINERJA_COMPONENTS},
        potensial={k: potensial.get(k, 0.0) for k in db.POTENSIAL_COMPONENTS},
    )
    validate_weights(weights, lang)
    return weights


def parse_cutoffs(text: str, lang: str = "id") -> Thresholds:
    """Thresholds from 'LOW,HIGH' (the same cut-offs on both axes); 0 <= LOW < HIGH <= 100."""
    parts = [p.strip() for p in text.split(",")]
    try:
        if len(parts) != 2:
            raise ValueError
        low, high = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(t("ninebox.error.cutoffs", lang, value=text)) from None
    if not (0 <= low < high <= 100):
        raise ValueError(t("ninebox.error.cutoffs", lang, value=text))
    return Thresholds(kinerja=(low, high), potensial=(low, high))


_PRESET_SQL = "select axis, component, weight from ref_weights where preset = ? order by axis, component"


def preset_weights(con: duckdb.DuckDBPyConnection, name: str = "kepka411", lang: str = "id") -> Weights:
    """A weight preset from ref_weights (Kepka BKN 411/2025 Lampiran I for 'kepka411')."""
    cur = con.cursor()
    rows = cur.execute(_PRESET_SQL, [name]).fetchall()
    if not rows:
        known = [r[0] for r in cur.execute("select distinct preset from ref_weights order by 1").fetchall()]
        raise ValueError(t("ninebox.error.preset", lang, name=name, known=", ".join(known)))
    axes: dict[str, dict[str, float]] = {"kinerja": {}, "potensial": {}}
    for axis, component, weight in rows:
        axes[axis][component] = float(weight)
    return Weights(
        kinerja={k: axes["kinerja"].get(k, 0.0) for k in db.KINERJA_COMPONENTS},
        potensial={k: axes["potensial"].get(k, 0.0) for k in db.POTENSIAL_COMPONENTS},
    )


def default_thresholds(con: duckdb.DuckDBPyConnection) -> Thresholds:
    """The default cut-offs per axis from ref_cutoffs (an adjustable assumption, not regulation)."""
    rows = con.cursor().execute("select axis, low, high from ref_cutoffs").fetchall()
    cut = {axis: (float(low), float(high)) for axis, low, high in rows}
    return Thresholds(kinerja=cut["kinerja"], potensial=cut["potensial"])


def check_scheme(con: duckdb.DuckDBPyConnection, scheme: str, lang: str = "id") -> None:
    """Raise ValueError unless ref_boxes holds a complete nine-box numbering for ``scheme``."""
    row = refs.cached(
        con,
        ("scheme_boxes", scheme),
        lambda c: c.cursor().execute("select count(*) from ref_boxes where scheme = ?", [scheme]).fetchone(),
    )
    if not row or row[0] != 9:
        raise ValueError(t("ninebox.error.scheme", lang, scheme=scheme))


def bounds(thresholds: Thresholds, axis: str) -> tuple[float, float]:
    """The axis's cut-offs as every path compares them: a score below ``low`` (then ``high``) is
    under the cut-off; each is the cut-off less SCORE_TOLERANCE (see :func:`level`)."""
    low, high = thresholds.kinerja if axis == "kinerja" else thresholds.potensial
    return float(low) - SCORE_TOLERANCE, float(high) - SCORE_TOLERANCE


def level(score: float | None, low: float, high: float) -> int | None:
    """A score's level against the cut-offs (docs/rules.md §2; an adjustable assumption): < low -> 1,
    < high -> 2, else 3; a score within SCORE_TOLERANCE below a cut-off reaches it (float noise of a
    weighted mean, 59.99999999999999 for an exact 60, never moves a level). None stays None."""
    if score is None:
        return None
    below_low, below_high = bounds(Thresholds((low, high), (low, high)), "kinerja")
    if score < below_low:
        return 1
    if score < below_high:
        return 2
    return 3


@dataclass(frozen=True)
class Rules:
    """The nine-box rules a view follows, as one value: weights, cut-offs and box numbering.

    Which box a view *counts* (computed or calibrated, ``views.BOX_VIEWS``) is not part of it: that is
    a choice of what to show about one set of rules, not a rule (docs/rules.md §3)."""

    weights: Weights
    thresholds: Thresholds
    scheme: str = DEFAULT_SCHEME
    # The agency scheme these rules come from (ref_agency_schemes; None: weights set by hand) and
    # its own predicate -> score map (ref_scheme_predicates; None: ref_predicates' substitute
    # scores, used only when the numeric SKP score is missing). With a map of its own, the
    # predicate's score *is* the kinerja_utama value (docs/rules.md §4a).
    agency: str | None = None
    predicate_map: str | None = None
    # Instansi boxed by their own agency scheme (ref_instansi_schemes): (instansi, their rules) per
    # scheme; everyone else follows the rules above. Empty: one scheme for everyone.
    bound: tuple[tuple[tuple[str, ...], Rules], ...] = ()

    @classmethod
    def default(cls, con: duckdb.DuckDBPyConnection) -> Rules:
        """Kepka BKN 411/2025 weights and the default cut-offs (ref_weights, ref_cutoffs)."""
        return cls(preset_weights(con), default_thresholds(con), agency=DEFAULT_AGENCY)

    @classmethod
    def preset(cls, con: duckdb.DuckDBPyConnection, name: str, lang: str = "id") -> Rules:
        """A weight preset of ref_weights with the default cut-offs (ref_cutoffs)."""
        return cls(preset_weights(con, name, lang), default_thresholds(con))

    @classmethod
    def for_agency(cls, con: duckdb.DuckDBPyConnection, agency: str, lang: str = "id") -> Rules:
        """The complete rules of an agency scheme (ref_agency_schemes): its weights, predicate map,
        cut-offs and box numbering. ValueError for an unknown scheme."""
        rows = (
            con.cursor()
            .execute(
                "select weights_preset, predicate_map, numbering, kinerja_low, kinerja_high, potensial_low,"
                " potensial_high from ref_agency_schemes where scheme = ?",
                [agency],
            )
            .fetchall()
        )
        if not rows:
            known = ", ".join(agency_schemes(con))
            raise ValueError(t("ninebox.error.agency", lang, name=agency, known=known))
        preset, pmap, numbering, k_low, k_high, p_low, p_high = rows[0]
        return cls(
            preset_weights(con, str(preset), lang),
            Thresholds(kinerja=(float(k_low), float(k_high)), potensial=(float(p_low), float(p_high))),
            str(numbering),
            agency=agency,
            predicate_map=str(pmap) if pmap else None,
        )

    @classmethod
    def per_instansi(cls, con: duckdb.DuckDBPyConnection, lang: str = "id") -> Rules:
        """The default rules for everyone, and for each instansi bound to an agency scheme
        (ref_instansi_schemes) that scheme's rules, all in the default numbering (one view never
        mixes numberings, docs/rules.md §3)."""
        base = cls.default(con)
        rows = (
            con.cursor()
            .execute(
                "select scheme, list(instansi order by instansi) from ref_instansi_schemes group by 1 order by 1"
            )
            .fetchall()
        )
        bound = tuple(
            (tuple(str(i) for i in names), cls.for_agency(con, str(agency), lang).with_scheme(base.scheme))
            for agency, names in rows
            if str(agency) != base.agency
        )
        return replace(base, agency=PER_INSTANSI, bound=bound)

    def with_weights(self, weights: Weights) -> Rules:
        """The same cut-offs and numbering under other weights (no longer an agency's scheme when
        they differ)."""
        return replace(self, weights=weights, agency=self.agency if weights == self.weights else None)

    def with_thresholds(self, thresholds: Thresholds) -> Rules:
        """The same weights and numbering under other cut-offs."""
        same = thresholds == self.thresholds
        return replace(self, thresholds=thresholds, agency=self.agency if same else None)

    def with_scheme(self, scheme: str) -> Rules:
        """The same weights and cut-offs in another box numbering (ref_boxes)."""
        # a view's numbering (the scheme's rules stay its own), the same for every bound instansi
        return replace(self, scheme=scheme, bound=tuple((n, r.with_scheme(scheme)) for n, r in self.bound))

    def relative(self, on: bool = True) -> Rules:
        """The same rules with relative thirds (``on``) or the absolute cut-offs."""
        return self.with_thresholds(replace(self.thresholds, relative=on))


def agency_schemes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The agency schemes of ref_agency_schemes, the default (Kepka BKN 411/2025) first."""
    rows = (
        con.cursor()
        .execute("select scheme from ref_agency_schemes order by not is_default, scheme")
        .fetchall()
    )
    return [str(r[0]) for r in rows]


def schemes_of(con: duckdb.DuckDBPyConnection, instansi: list[str]) -> dict[str, str]:
    """The agency scheme each instansi is bound to (ref_instansi_schemes), the default for the rest."""
    rows = (
        con.cursor()
        .execute(
            "select instansi, scheme from ref_instansi_schemes where list_contains(?, instansi)", [instansi]
        )
        .fetchall()
    )
    bound = {str(i): str(s) for i, s in rows}
    return {i: bound.get(i, DEFAULT_AGENCY) for i in instansi}


def schemes_in(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[str]:
    """The agency schemes the instansi of ``filters`` are bound to (ref_instansi_schemes; the default
    for the rest), the default first."""
    where, params = filters.where()
    sql = f"select distinct instansi from employees where {where}"  # noqa: S608 - Filters.where binds values
    names = [str(r[0]) for r in con.cursor().execute(sql, params).fetchall() if r[0] is not None]
    found = set(schemes_of(con, names).values())
    return sorted(found, key=lambda s: (s != DEFAULT_AGENCY, s))


def agency_info(con: duckdb.DuckDBPyConnection, agency: str, lang: str = "id") -> tuple[str, str]:
    """An agency scheme's name in ``lang`` and its source (ref_agency_schemes); ('', '') when unknown."""
    rows = (
        con.cursor()
        .execute("select name_id, name_en, source from ref_agency_schemes where scheme = ?", [agency])
        .fetchall()
    )
    if not rows:
        if agency == PER_INSTANSI:
            return t("ninebox.agency.per_instansi", lang), t("ninebox.agency.per_instansi_source", lang)
        return "", ""
    name_id, name_en, source = rows[0]
    return str(name_en if lang == "en" else name_id), str(source or "")


def pool_boxes(con: duckdb.DuckDBPyConnection, scheme: str = DEFAULT_SCHEME) -> tuple[int, ...]:
    """The talent-pool boxes of a numbering scheme, in order (ref_boxes.talent_pool: kotak 7, 8, 9 in
    PermenPANRB 3/2020's numbering; docs/rules.md §3)."""

    def read(c: duckdb.DuckDBPyConnection) -> tuple[int, ...]:
        sql = "select box from ref_boxes where scheme = ? and talent_pool order by box"
        return tuple(int(r[0]) for r in c.cursor().execute(sql, [scheme]).fetchall())

    return refs.cached(con, ("pool_boxes", scheme), read)


# --- A box given from outside (issue 17.2, docs/rules.md §3a) ----------------------------------
# The same number means another cell in another numbering (box 7 is atas/menengah in PermenPANRB's,
# bawah/tinggi in the open-source tool's), so a box typed in or read from a file is its level pair
# ("atas/tinggi": kinerja/potensial, words of ref_levels) or a number with its scheme
# ("permenpanrb:9"); a bare number is refused.


def _level_words(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, int]]:
    """axis -> accepted word -> level: the ref_levels names in both languages and their short forms
    ('Di bawah ekspektasi' -> 'bawah'), lower case."""
    words: dict[str, dict[str, int]] = {"kinerja": {}, "potensial": {}}
    rows = con.cursor().execute("select axis, level, name_id, name_en from ref_levels").fetchall()
    for axis, lvl, name_id, name_en in rows:
        short = str(name_id).lower().removeprefix("di ").removesuffix(" ekspektasi").strip()
        for w in (str(name_id).lower(), str(name_en).lower(), short):
            words[str(axis)][w] = int(lvl)
    return words


def box_of_levels(
    con: duckdb.DuckDBPyConnection, kinerja: int, potensial: int, scheme: str = DEFAULT_SCHEME
) -> int:
    """The box number of the cell (kinerja level, potensial level) in ``scheme``'s numbering."""
    row = (
        con.cursor()
        .execute(
            "select box from ref_boxes where scheme = ? and kinerja_level = ? and potensial_level = ?",
            [scheme, int(kinerja), int(potensial)],
        )
        .fetchone()
    )
    if row is None:
        raise ValueError(t("ninebox.error.scheme", "id", scheme=scheme))
    return int(row[0])


def parse_box(
    con: duckdb.DuckDBPyConnection, text: str, *, field: str, lang: str = "id", scheme: str = DEFAULT_SCHEME
) -> int:
    """The box (in ``scheme``'s numbering) that ``text`` names: 'kinerja/potensial' level words
    ('atas/tinggi', 'Di atas ekspektasi/Tinggi') or 'scheme:number' ('permenpanrb:9', 'opensource:7').
    A bare number or anything else raises ValueError naming ``field`` (the column or option) and what
    to write instead."""
    value = str(text).strip()
    if "/" in value:
        k_text, _, p_text = value.partition("/")
        words = _level_words(con)
        k = words["kinerja"].get(k_text.strip().lower())
        p = words["potensial"].get(p_text.strip().lower())
        if k is None or p is None:
            raise ValueError(t("ninebox.error.box_levels", lang, field=field, value=value))
        return box_of_levels(con, k, p, scheme)
    if ":" in value:
        name, _, number = value.partition(":")
        name = name.strip().lower()
        row = None
        if number.strip().isdigit():
            row = (
                con.cursor()
                .execute(
                    "select kinerja_level, potensial_level from ref_boxes where scheme = ? and box = ?",
                    [name, int(number.strip())],
                )
                .fetchone()
            )
        if row is None:
            raise ValueError(t("ninebox.error.box_scheme", lang, field=field, value=value))
        return box_of_levels(con, int(row[0]), int(row[1]), scheme)
    if value.isdigit():
        raise ValueError(t("ninebox.error.box_bare", lang, field=field, value=value))
    raise ValueError(t("ninebox.error.box_levels", lang, field=field, value=value))


def scheme_line(con: duckdb.DuckDBPyConnection, rules: Rules, lang: str = "id") -> str:
    """One line naming the agency scheme and the box numbering a view uses, for exports (the title
    slide of the deck, a note above an XLSX table, a column of a CSV; issue 17.2: the app must show
    which scheme a view uses)."""
    agency = PER_INSTANSI if rules.bound else rules.agency
    name = agency_info(con, agency, lang)[0] if agency else ""
    return t(
        "ninebox.scheme_line",
        lang,
        agency=name or t("ninebox.scheme_line.own_weights", lang),
        numbering=numbering_name(rules.scheme, lang),
    )


def numbering_name(scheme: str, lang: str = "id") -> str:
    """A box numbering's name in ``lang`` (the page's 'Penomoran kotak' options)."""
    return t(f"nbpage.scheme.{scheme}", lang)
