"""Meeting mode: what a projector may show of a person. One place for every masking rule.

In a talent-review meeting the screen is on the wall: names become initials, NIPs keep only their
first and last four digits (the birth year and the sequence number), birth dates disappear. Pages,
tables, chart hovers and exports all go through these functions so the rule cannot drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

# Who a row of a person list is, in the order lists show it (what-if movers, pool entries and exits).
PERSON_COLUMNS = ("nip", "nama", "instansi", "unit_kerja", "jabatan")
NAME_COLUMNS = ("nama", "holder_nama", "successor_nama")
NIP_COLUMNS = ("nip", "holder_nip", "successor_nip")
HIDDEN_COLUMNS = ("tanggal_lahir",)
_NIP_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(\d{10})(\d{4})(?!\d)")  # an 18-digit NIP inside free text


def initials(name: object) -> str:
    """'Siti Nurhaliza' -> 'S. N.' (meeting mode: no full names on the wall)."""
    if name is None or (not isinstance(name, str) and pd.isna(name)):  # type: ignore[call-overload]
        return "–"
    parts = [p for p in str(name).replace(",", " ").split() if p[:1].isalpha()]
    return " ".join(f"{p[0].upper()}." for p in parts[:3]) or "–"


def mask_nip(nip: object) -> str:
    """'198501012010011001' -> '1985••••••••••1001' (meeting mode: never a full NIP on the wall)."""
    if nip is None or (not isinstance(nip, str) and pd.isna(nip)):  # type: ignore[call-overload]
        return ""
    text = str(nip)
    if len(text) <= 8:
        return "•" * len(text)
    return text[:4] + "•" * (len(text) - 8) + text[-4:]


def mask_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` as a meeting may see it: name columns as initials, NIP columns masked,
    birth dates dropped. Columns are matched by their stored names (nama, nip, tanggal_lahir and the
    holder_/successor_ variants); other columns are left as they are."""
    out = frame.copy()
    for col in out.columns:
        key = str(col).lower()
        if key in NAME_COLUMNS:
            out[col] = out[col].map(initials)
        elif key in NIP_COLUMNS:
            out[col] = out[col].map(mask_nip)
    return out.drop(columns=[c for c in out.columns if str(c).lower() in HIDDEN_COLUMNS])


def mask_text(text: object) -> str:
    """Free text with every 18-digit NIP in it masked (titles and sentences of exports)."""
    return _NIP_IN_TEXT.sub(lambda m: m[1] + "•" * len(m[2]) + m[3], str(text))


def mask_names_in_text(text: object, names: Iterable[object]) -> str:
    """Free text with each of ``names`` (full names the text may quote, e.g. successors in an evidence
    sentence) replaced by its initials, longest name first so no part of one is left behind."""
    out = str(text)
    for name in sorted({str(n) for n in names if isinstance(n, str) and n.strip()}, key=len, reverse=True):
        out = out.replace(name, initials(name))
    return mask_text(out)
