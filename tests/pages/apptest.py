"""Opening the app in AppTest, one way for every page test (the same start each file repeated)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def rerun(at: AppTest, period: int | None = 2025) -> AppTest:
    """Run with the sidebar's period pinned (AppTest 1.67 drops the sidebar's state after switch_page)."""
    if period is not None:
        at.session_state["f_period"] = period
    at.run()
    assert not at.exception, at.exception
    return at


def start_app(
    database: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: str | None = None,
    *,
    params: Mapping[str, str] | None = None,
    period: int | None = 2025,
) -> AppTest:
    """The app on ``database`` (the link's ``params`` given), then ``page`` with ``period`` pinned."""
    monkeypatch.setenv("TALENTA_DB", str(database))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    if page is None:
        return at
    at.switch_page(page)
    return rerun(at, period)
