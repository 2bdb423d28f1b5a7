"""The page context: what every page opens with, in one call (issue 14: thin pages).

A page reads top to bottom as widgets in, figures out. It starts with::

    page = open_page("nbpage.title", "nbpage.purpose", needs="period")

which draws the title and caption, and stops the run with the right message when there is no
database, no period (``needs="period"``), fewer than two periods (``needs="two_periods"``) or the
user lacks the page's right (``right=``). ``page`` then carries the database path, the filters
(already narrowed to the access scope), the language, meeting mode, and the page's deck.
Meeting-mode masking is :meth:`Page.shown` (analytics.core.masking), never a ternary in the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd
import streamlit as st

from analytics.core import masking
from analytics.core.filters import Filters
from ui.state import filters, lang, meeting, tr

Needs = Literal["database", "period", "two_periods"]


@dataclass
class Page:
    """One run of one page: where its data is, which people, in which language, for which audience."""

    path: str
    filters: Filters
    lang: str
    meeting: bool
    periods: list[int] = field(default_factory=list)
    deck: Any = None

    @property
    def period(self) -> int:
        """The one period the page shows (pages that need it opened with ``needs="period"``)."""
        chosen = self.filters.periods()
        return chosen[0] if chosen else (self.periods[-1] if self.periods else 0)

    def shown(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` as this audience may see it: names to initials and NIPs masked in meeting mode."""
        return masking.mask_frame(frame) if self.meeting else frame

    def text(self, value: object) -> str:
        """A name or other personal text as this audience may see it (initials in meeting mode)."""
        return masking.initials(value) if self.meeting else str(value)

    def nip(self, value: object) -> str:
        """A NIP as this audience may see it (first and last four digits in meeting mode)."""
        return masking.mask_nip(value) if self.meeting else str(value)


def open_page(
    title: str,
    caption: str | None = None,
    *,
    needs: Needs = "database",
    right: str | None = None,
    deck_title: str | None = None,
    without_database: Callable[[], object] | None = None,
) -> Page:
    """Title and caption, then the checks every page repeats; stops the run when one fails.

    ``without_database`` is drawn instead of the usual note when there is no database (the Data page
    offers to create one; the access page says the user lacks the right)."""
    from ui import access, data

    st.title(tr(title))
    if caption:
        st.caption(tr(caption))
    path = st.session_state.get("db_path")
    if not path:
        if without_database is None:
            st.info(tr("home.no_source"))
        else:
            without_database()
        st.stop()
    if right is not None and not access.may(right):
        st.info(tr("access.no_right"), icon=":material/block:")
        st.stop()
    current = filters()
    periods = [int(p["period"]) for p in data.summary(path)["periods"]]
    if needs == "period" and current.period is None:
        st.warning(tr("home.no_employees"))
        st.page_link("app_pages/data.py", label=tr("home.go_data"), icon=":material/upload_file:")
        st.stop()
    if needs == "two_periods" and len(periods) < 2:
        st.info(tr("move.need_two", periods=", ".join(map(str, periods)) or "–"))
        st.stop()
    deck = None
    if deck_title is not None:
        from ui import exports

        deck = exports.Deck(tr(deck_title))
    return Page(path=str(path), filters=current, lang=lang(), meeting=meeting(), periods=periods, deck=deck)


def identity_columns(frame: pd.DataFrame, *, show_identity: bool) -> dict[str, pd.Series]:
    """The name and NIP columns of a person list under their UI headers, as this audience may see
    them (initials and masked NIPs in meeting mode: analytics.core.masking, the one rule)."""
    names, nips = frame["nama"], frame["nip"]
    if not show_identity:
        names, nips = names.map(masking.initials), nips.map(masking.mask_nip)
    return {tr("nbpage.col.nama"): names, tr("nbpage.col.nip"): nips}
