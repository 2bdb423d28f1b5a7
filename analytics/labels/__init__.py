"""Every user-visible text, under a key, in Indonesian (default) and English.

Pages, charts, the command line and validation messages all take their words from here; a test
asserts that every key used in the code exists in both languages. The texts live in one module per
area (``common``, ``data``, ``ninebox`` ...); they are merged here into one ``LABELS`` table, and a key
defined by two areas stops the import (a later dict entry would otherwise replace an earlier one
without a word); a key repeated inside one area's dict is caught by ``ruff check`` (F601).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analytics.labels.access import ACCESS_LABELS
from analytics.labels.calibration import CALIBRATION_LABELS
from analytics.labels.common import COMMON_LABELS
from analytics.labels.data import DATA_LABELS
from analytics.labels.evidence import EVIDENCE_LABELS
from analytics.labels.fairness import FAIRNESS_LABELS
from analytics.labels.lake import LAKE_LABELS
from analytics.labels.merit import MERIT_LABELS
from analytics.labels.movement import MOVEMENT_LABELS
from analytics.labels.ninebox import NINEBOX_LABELS
from analytics.labels.quality import QUALITY_LABELS
from analytics.labels.talent import TALENT_LABELS
from analytics.labels.training import TRAINING_LABELS
from analytics.labels.whatif import WHATIF_LABELS

LANGS = ("id", "en")
DEFAULT_LANG = "id"


def merge_areas(areas: Mapping[str, Mapping[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """One table of every area's labels (area name -> its key -> texts); a key in two areas raises ValueError."""
    merged: dict[str, dict[str, str]] = {}
    area_of: dict[str, str] = {}
    for area, labels in areas.items():
        for key, texts in labels.items():
            if key in area_of:
                raise ValueError(f"label key {key!r} is defined in both {area_of[key]!r} and {area!r}")
            area_of[key] = area
            merged[key] = texts
    return merged


LABELS: dict[str, dict[str, str]] = merge_areas(
    {
        "common": COMMON_LABELS,
        "data": DATA_LABELS,
        "ninebox": NINEBOX_LABELS,
        "calibration": CALIBRATION_LABELS,
        "merit": MERIT_LABELS,
        "talent": TALENT_LABELS,
        "fairness": FAIRNESS_LABELS,
        "whatif": WHATIF_LABELS,
        "training": TRAINING_LABELS,
        "movement": MOVEMENT_LABELS,
        "access": ACCESS_LABELS,
        "quality": QUALITY_LABELS,
        "lake": LAKE_LABELS,
        "evidence": EVIDENCE_LABELS,
    }
)


def t(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{params}`` filled in; a missing key raises KeyError."""
    entry = LABELS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text
