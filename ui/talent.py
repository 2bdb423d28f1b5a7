"""Cached queries of the talent-pool/succession page and the fairness page (cleared after an import).

Every wrapper is keyed on the database path plus plain values (filters, instansi, period, language);
the nine-box rules are the defaults (Kepka BKN 411/2025 weights, ref_cutoffs), the same the readiness
command uses, so the page and ``python -m analytics readiness`` agree.
"""

from __future__ import annotations

import threading

import pandas as pd
import streamlit as st

from analytics.core.filters import Filters
from analytics.demo import succession as succession_demo
from analytics.ninebox import fairness
from analytics.talent import succession
from ui.data import connection

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
    """The five readiness checks of one instansi."""
    return succession.readiness_check(connection(path), instansi, rules=rules(path), period=period, lang=lang)


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
    return [
        fairness.audit(
            connection(path), a, weights=r.weights, thresholds=r.thresholds, filters=filters, scheme=r.scheme
        )
        for a in fairness.ATTRIBUTES
    ]
