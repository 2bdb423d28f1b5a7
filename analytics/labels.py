"""Every user-visible text, under a key, in Indonesian (default) and English.

Pages, charts, the command line and validation messages all take their words from here; a test
asserts that every key used in the code exists in both languages.
"""

from __future__ import annotations

from typing import Any

LANGS = ("id", "en")
DEFAULT_LANG = "id"

LABELS: dict[str, dict[str, str]] = {
    # --- app shell -------------------------------------------------------------------------------
    "app.title": {"id": "Dasbor Talenta & Sistem Merit ASN", "en": "ASN Talent & Merit Dashboard"},
    "app.lang": {"id": "Bahasa", "en": "Language"},
    "app.building_demo": {
        "id": "Menyiapkan data demo untuk pertama kali…",
        "en": "Building the demo data for the first time…",
    },
    "app.demo_ready": {"id": "Data demo siap.", "en": "Demo data ready."},
    # --- command line ----------------------------------------------------------------------------
    "cli.rows_loaded": {"id": "{n} baris dimuat", "en": "{n} rows loaded"},
}


def t(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{params}`` filled in; a missing key raises KeyError."""
    entry = LABELS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text
