"""The page registry: app.py builds the navigation from it and Beranda shows a card per analysis page.

The page files live in ``app_pages/``, not ``pages/``: Streamlit still auto-discovers a ``pages/``
folder (its legacy multipage mechanism) until the router's first run, so on a freshly started server
a shared link such as ``/merit`` would run the page without the router and its sidebar.

To add a page, add one PageSpec here (and its labels ``nav.<key>``, ``home.card.<key>.title/.text``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page: file in app_pages/, URL path, Material icon, label key suffix, shown as a card on Beranda."""

    file: str
    url: str
    icon: str
    key: str
    card: bool = True
    right: str | None = None  # analytics.core.access right needed to see the page (None: everyone)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("app_pages/home.py", "beranda", ":material/home:", "home", card=False),
    PageSpec("app_pages/ninebox.py", "ninebox", ":material/grid_view:", "ninebox"),
    PageSpec("app_pages/calibration.py", "calibration", ":material/edit_note:", "calibration"),
    PageSpec("app_pages/whatif.py", "whatif", ":material/tune:", "whatif"),
    PageSpec("app_pages/movement.py", "movement", ":material/swap_vert:", "movement"),
    PageSpec("app_pages/talent.py", "talent", ":material/groups:", "talent"),
    PageSpec("app_pages/fairness.py", "fairness", ":material/balance:", "fairness"),
    PageSpec("app_pages/merit.py", "merit", ":material/account_balance:", "merit"),
    PageSpec("app_pages/training.py", "training", ":material/school:", "training"),
    PageSpec("app_pages/data.py", "data", ":material/upload_file:", "data"),
    PageSpec(
        "app_pages/access.py", "akses", ":material/admin_panel_settings:", "access", card=False, right="admin"
    ),
)
