"""Meeting mode: no full NIP or full name reachable on any page, and ?rapat=1 turns it on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core import db
from ui.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]
NIP_RUN = re.compile(r"(?<!\d)\d{18}(?!\d)")


def all_text(at: AppTest) -> str:
    """Every text a page shows: markdown, captions, alerts, metrics, tables, widget options, chart data."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "error",
        "success",
        "text",
    ):
        parts += [str(e.value) for e in getattr(at, kind)]
    for m in at.metric:
        parts += [str(m.label), str(m.value)]
    for d in [*at.dataframe, *at.table]:
        value = d.value
        frame = value.data if hasattr(value, "data") else value  # a Styler holds its frame
        parts.append(frame.to_csv())
    for w in [*at.selectbox, *at.radio, *at.multiselect]:
        parts += [str(o) for o in w.options]
    for e in at.expander:
        parts.append(str(e.label))
    for chart in at.get("plotly_chart"):
        parts.append(str(chart.proto.spec))
    return "\n".join(parts)


def people(path: Path) -> tuple[set[str], list[str]]:
    con = db.open_checked(str(path))  # the app's own configuration: the file may be open already
    try:
        nips = {r[0] for r in con.execute("select distinct nip from employees").fetchall()}
        names = [
            r[0] for r in con.execute("select distinct nama from employees where nama like '% %'").fetchall()
        ]
        return nips, names
    finally:
        con.close()


def test_no_full_nip_or_name_on_any_page_in_meeting_mode(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    nips, names = people(demo_db)  # read before the app holds the file
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["rapat"] = "1"  # a shared link: meeting mode from the first run
    at.run()
    assert at.session_state["meeting_mode"] is True
    at.session_state["talent_instansi"] = None  # the talent page picks the instansi with successors
    shown: dict[str, str] = {}
    for spec in PAGES:
        at.switch_page(spec.file)
        at.session_state["f_period"] = 2025
        at.run()
        assert not at.exception, (spec.key, at.exception)
        assert at.session_state["meeting_mode"] is True, spec.key
        shown[spec.key] = all_text(at)
    for key, text in shown.items():
        leaked = sorted(set(NIP_RUN.findall(text)) & nips)
        assert not leaked, (key, leaked[:3])
        full = [n for n in names if n in text]
        assert not full, (key, full[:3])
    # the pages did show people, masked
    assert "••••••••••" in shown["ninebox"] or "••••••••••" in shown["talent"]
    assert re.search(r"\b[A-Z]\. [A-Z]\.", shown["talent"])
    assert re.search(r"\b[A-Z]\. [A-Z]\.", shown["training"])


def test_without_meeting_mode_names_are_shown(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: the same scan finds full names when meeting mode is off."""
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    _, names = people(demo_db)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/training.py")
    at.session_state["f_period"] = 2025
    at.run()
    assert at.session_state["meeting_mode"] is False
    assert any(n in all_text(at) for n in names)
