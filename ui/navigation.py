"""The page registry: app.py builds the navigation from it and Beranda shows a card per analysis page.

To add a page, add one PageSpec here (and its labels ``nav.<key>``, ``home.card.<key>.title/.text``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page: file in pages/, URL path, Material icon, label key suffix, shown as a card on Beranda."""

    file: str
    url: str
    icon: str
    key: str
    card: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/home.py", "beranda", ":material/home:", "home", card=False),
    PageSpec("pages/ninebox.py", "ninebox", ":material/grid_view:", "ninebox"),
    PageSpec("pages/calibration.py", "calibration", ":material/edit_note:", "calibration"),
    PageSpec("pages/whatif.py", "whatif", ":material/tune:", "whatif"),
    PageSpec("pages/data.py", "data", ":material/upload_file:", "data"),
    PageSpec("pages/merit.py", "merit", ":material/account_balance:", "merit"),
    PageSpec("pages/talent.py", "talent", ":material/groups:", "talent"),
    PageSpec("pages/fairness.py", "fairness", ":material/balance:", "fairness"),
)
