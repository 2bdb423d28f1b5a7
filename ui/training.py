"""Cached queries of the training page (default rules: Kepka BKN 411/2025 weights, ref_cutoffs)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from analytics.core.filters import Filters
from analytics.ninebox import boxes as nb
from analytics.ninebox import training
from analytics.ninebox import views as ninebox_views
from ui.data import connection
from ui.state import within_scope

EXERCISE_KEY = "train_round"  # which of the exercise's employees is shown


def _rules(path: str) -> tuple[nb.Weights, nb.Thresholds]:
    con = connection(path)
    return nb.preset_weights(con), nb.default_thresholds(con)


@st.cache_data(show_spinner=False)
def weights(path: str) -> nb.Weights:
    """The Kepka BKN 411/2025 preset (ref_weights 'kepka411')."""
    return _rules(path)[0]


@st.cache_data(show_spinner=False)
def thresholds(path: str) -> nb.Thresholds:
    """The default cut-offs (ref_cutoffs)."""
    return _rules(path)[1]


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
        weights=weights(path),
        thresholds=thresholds(path),
        within=within,
    )


@st.cache_data(show_spinner=False, max_entries=64)
def walkthrough(path: str, nip: str, period: int, lang: str) -> training.Walkthrough:
    """One employee step by step (checked against assign_boxes)."""
    return training.walkthrough(
        connection(path), nip, period, weights=weights(path), thresholds=thresholds(path), lang=lang
    )


@st.cache_data(show_spinner=False)
def component_names(path: str, lang: str) -> dict[str, str]:
    """Component names as ref_weights writes them."""
    from analytics.whatif import engine as whatif

    return whatif.component_names(connection(path), lang)


@st.cache_data(show_spinner=False)
def piling(path: str, period: int, lang: str) -> tuple[dict[str, float], dict[str, Any] | None]:
    """The piling-up rule and the demo's most piled-up unit."""
    return training.piling_example(
        connection(path), period, weights=weights(path), thresholds=thresholds(path), lang=lang
    )


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
