"""Every label key used in the code exists in both languages, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from analytics.labels import LABELS, LANGS, merge_areas

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [p for d in ("analytics", "ui", "app_pages") for p in (ROOT / d).rglob("*.py")] + [ROOT / "app.py"]
LITERAL_KEY = re.compile(r"""\b(?:t|tr)\(\s*["']([a-z0-9_]+(?:\.[a-z0-9_]+)+)["']""")
# ui.page.open_page("title.key", "caption.key", ...): both are label keys
PAGE_KEYS = re.compile(r"""\bopen_page\(\s*["']([a-z0-9_.]+)["'](?:\s*,\s*["']([a-z0-9_.]+)["'])?""")
PROBLEM_CODE = re.compile(r"""(?:ImportRejected|\.add|flag)\(\s*["']([a-z0-9_]+)["']""")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_has_both_languages_and_same_placeholders() -> None:
    assert len(LABELS) > 50
    for key, entry in LABELS.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key
        assert placeholders(entry["id"]) == placeholders(entry["en"]), key


def test_every_literal_key_used_in_code_exists() -> None:
    used: set[str] = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        used |= set(LITERAL_KEY.findall(text))
        used |= {key for pair in PAGE_KEYS.findall(text) for key in pair if key}
    assert "home.title" in used and "data.import" in used  # the scan finds real keys
    missing = sorted(k for k in used if k not in LABELS)
    assert not missing, missing


def test_every_import_problem_code_has_a_message() -> None:
    codes: set[str] = set()
    for path in (ROOT / "analytics" / "ingest").rglob("*.py"):
        codes |= set(PROBLEM_CODE.findall(path.read_text(encoding="utf-8")))
    codes |= {"nip_length", "nip_digits", "nip_birth_date", "nip_gender", "nip_appointment"}
    assert {"empty_file", "missing_column", "score_range"} <= codes
    missing = sorted(c for c in codes if f"ingest.{c}" not in LABELS)
    assert not missing, missing


def test_every_registered_page_has_labels() -> None:
    from ui.navigation import PAGES

    for spec in PAGES:
        assert f"nav.{spec.key}" in LABELS
        if spec.card:
            assert f"home.card.{spec.key}.title" in LABELS and f"home.card.{spec.key}.text" in LABELS


def test_merging_the_areas_refuses_a_key_defined_twice() -> None:
    """Two area modules defining one key stop the import instead of one text silently replacing the other."""
    ninebox = {"box.one": {"id": "Satu", "en": "One"}}
    talent = {"box.two": {"id": "Dua", "en": "Two"}, "box.one": {"id": "Kotak satu", "en": "Box one"}}
    assert merge_areas({"ninebox": ninebox, "talent": {"box.two": talent["box.two"]}}) == {
        "box.one": {"id": "Satu", "en": "One"},
        "box.two": {"id": "Dua", "en": "Two"},
    }
    with pytest.raises(ValueError, match=r"'box\.one' is defined in both 'ninebox' and 'talent'"):
        merge_areas({"ninebox": ninebox, "talent": talent})
