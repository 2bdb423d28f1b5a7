"""The app starts from nothing (a fresh database), renders its home page and shows no exception."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_the_app_opens_on_a_fresh_database(
    page: Page,
    app_server: str,
    wait_for_app: Callable[[Page], None],
    screenshot: Callable[[Page, str], Path],
) -> None:
    page.goto(app_server)
    wait_for_app(page)
    expect(page.get_by_text(re.compile("Dasbor Talenta")).first).to_be_visible()
    screenshot(page, "smoke_home")
