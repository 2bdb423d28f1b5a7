"""Cached queries of the period-movement page and its tables as shown."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.filters import Filters
from analytics.core.formats import fmt_number
from analytics.ninebox import boxes as nb
from analytics.ninebox import movement
from ui.data import connection
from ui.state import tr


@st.cache_data(show_spinner=False, max_entries=16)
def box_movement(path: str, filters: Filters, before: int, after: int) -> movement.Movement:
    """analytics.ninebox.movement.box_movement under the default rules (Kepka BKN 411/2025, ref_cutoffs)."""
    con = connection(path)
    return movement.box_movement(
        con, before=before, after=after, weights=nb.preset_weights(con), thresholds=nb.default_thresholds(con),
        filters=filters,
    )  # fmt: skip


def _box(value: object) -> str:
    return "–" if value is None or pd.isna(value) else str(int(value))  # type: ignore[call-overload]


def changes_table(frame: pd.DataFrame, *, masked: bool, lang: str) -> pd.DataFrame:
    """People who entered or left the talent pool: identity (initials and masked NIPs in meeting
    mode), unit, position, box before and after, talent score before and after, status."""
    return pd.DataFrame(
        {
            tr("nbpage.col.nama"): frame["nama"].map(masking.initials) if masked else frame["nama"],
            tr("nbpage.col.nip"): frame["nip"].map(masking.mask_nip) if masked else frame["nip"],
            tr("nbpage.col.unit"): frame["unit_kerja"],
            tr("nbpage.col.jabatan"): frame["jabatan"],
            tr("nbpage.col.instansi"): frame["instansi"],
            tr("move.col.from_box"): frame["from_box"].map(_box),
            tr("move.col.to_box"): frame["to_box"].map(_box),
            tr("move.col.nilai_before"): frame["nilai_before"].map(lambda v: fmt_number(v, 2, lang)),
            tr("move.col.nilai_after"): frame["nilai_after"].map(lambda v: fmt_number(v, 2, lang)),
            tr("move.col.status"): frame["status"].map(lambda s: tr(f"move.status.{s}")),
        }
    )


def units_table(units: pd.DataFrame, *, lang: str) -> pd.DataFrame:
    """Work units × talent pool before, after and the net change (largest losses first)."""
    return pd.DataFrame(
        {
            tr("nbpage.col.instansi"): units["instansi"],
            tr("nbpage.col.unit"): units["unit_kerja"],
            tr("move.col.pool_before"): units["pool_before"].astype(int),
            tr("move.col.pool_after"): units["pool_after"].astype(int),
            tr("move.col.net"): units["net"].map(
                lambda n: ("+" if n > 0 else "") + fmt_number(int(n), 0, lang)
            ),
        }
    )
