"""Issue 19.8: every page in English shows no Indonesian-only text or internal key in the elements the
walk found mixed; the Indonesian UI shows no internal key either. Proper nouns and regulation names
(Kepka BKN 411/2025, SIPINTER, instansi names) stay as they are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES_ID = {"Buruk", "Kurang", "Baik", "Sangat Baik"}
CATEGORIES_EN = {"Poor", "Fair", "Good", "Very good"}
TEMPLATE_TABLES = ("pegawai", "nilai_aspek", "status_sipinter")


def _page(demo_db: Path, monkeypatch: pytest.MonkeyPatch, lang: str, page: str, **state: object) -> AppTest:
    """``page`` in ``lang``: the switch is set after the page opened, as a user flips it (AppTest keeps
    the first run's format functions of the sidebar's widgets, so a page switch after it fails)."""
    monkeypatch.setenv("TALENTA_DB", str(demo_db))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"app_pages/{page}.py").run()
    for key, value in state.items():
        at.session_state[key] = value
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


def test_english_merit_category_counts(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    en = _page(demo_db, monkeypatch, "en", "merit", merit_period=2022)
    assert en.selectbox(key="merit_period").value == 2022
    labels = {m.label for m in en.metric}
    assert CATEGORIES_EN <= labels, labels  # the counts per category, in English
    assert not CATEGORIES_ID & labels


def test_english_target_note(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    en = _page(demo_db, monkeypatch, "en", "merit", merit_view="nasional")
    notes = [w.value for w in en.warning if "targets" in w.value]
    assert notes and all("pairing of agency type and target is uncertain" in n for n in notes), notes
    text = " ".join(w.value for w in en.warning)
    assert "Pasangan" not in text and "tidak pasti" not in text and "seed" not in text


def test_indonesian_target_note_names_no_internal_document(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    id_ = _page(demo_db, monkeypatch, "id", "merit", merit_view="nasional")
    text = " ".join(w.value for w in id_.warning)
    assert "tidak pasti" in text and "RPJMN 2020–2024" in text
    assert "seed" not in text and "pairing_uncertain" not in text


def test_english_training_category_sentence(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    en = _page(demo_db, monkeypatch, "en", "training")
    formula = next(m.value for m in en.markdown if "category from the total score" in m.value)
    assert formula.endswith("→ **Good**."), formula
    assert "**Baik**" not in formula


@pytest.mark.parametrize(("lang", "names"), [
    ("en", ("employee data", "merit aspect scores", "SIPINTER status")),
    ("id", ("data pegawai", "nilai aspek merit", "status SIPINTER")),
])  # fmt: skip
def test_template_buttons_name_the_data_not_the_table(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, lang: str, names: tuple[str, ...]
) -> None:
    at = _page(demo_db, monkeypatch, lang, "data")
    labels = [b.label for b in at.get("download_button")]
    for name in names:
        assert any(name in label for label in labels), labels
    for table in TEMPLATE_TABLES:
        assert not {f"Unduh {table} (csv)", f"Download {table} (csv)"} & set(labels), labels


@pytest.mark.parametrize("lang", ["en", "id"])
def test_weight_presets_show_names_not_keys(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    at = _page(demo_db, monkeypatch, lang, "whatif")
    for key in ("wi_baseline", "wi_preset"):
        box = at.selectbox(key=key)
        assert "Kepka BKN 411/2025" in box.options, box.options
        assert ("Equal weights" if lang == "en" else "Bobot setara") in box.options, box.options
        assert "kepka411" not in box.options and "setara" not in box.options
    assert at.selectbox(key="wi_baseline").value == "kepka411"  # the value (and the URL) keep the key


PAGES = [
    "home",
    "ninebox",
    "calibration",
    "whatif",
    "movement",
    "talent",
    "fairness",
    "merit",
    "training",
    "data",
]
INTERNAL_KEYS = ("kepka411", "pairing_uncertain", "nilai_aspek", "status_sipinter", "seed 001")


def _texts(at: AppTest) -> list[str]:
    """Every text the page shows in the element kinds the walk found mixed: labels, options, values."""
    out: list[str] = []
    for kind in (
        "markdown",
        "caption",
        "warning",
        "info",
        "error",
        "success",
        "subheader",
        "header",
        "title",
    ):
        out += [str(e.value) for e in getattr(at, kind)]
    out += [m.label for m in at.metric] + [str(m.value) for m in at.metric]
    out += [b.label for b in at.get("download_button")] + [b.label for b in at.button]
    for box in at.selectbox:
        out += [box.label, *map(str, box.options)]
    return out


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_english_shows_no_internal_key(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    at = _page(demo_db, monkeypatch, "en", page)
    texts = _texts(at)
    assert texts  # the page drew something to read
    leaks = [
        t
        for t in texts
        if any(k in t for k in INTERNAL_KEYS) or re.search(r"\b[a-z]+\.[a-z_]+\.[a-z_]+\b", t)
    ]
    assert not leaks, leaks
    assert not [t for t in texts if t == "None"]
