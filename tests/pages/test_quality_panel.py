"""AppTest: Beranda's data-quality panel (issue 17.4) on the demo: four dimensions per instansi, the
rows behind a figure, masked in meeting mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pages.apptest import rerun, start_app
from ui.state import MEETING_KEY


def quality_table(at):  # type: ignore[no-untyped-def]
    return next(d.value for d in at.dataframe if "Kelengkapan" in d.value.columns)


def test_beranda_shows_four_dimensions_per_instansi_and_the_rows_behind(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = start_app(demo_db, monkeypatch, "app_pages/home.py")
    assert "Kualitas data" in [s.value for s in at.subheader]
    assert not any("Kelengkapan" in d.value.columns for d in at.dataframe)  # the table when asked for
    summary = next(m.value for m in at.markdown if m.value.startswith("Instansi dengan celah"))
    at.toggle(key="quality_table").set_value(True)
    rerun(at)
    table = quality_table(at)
    short = int(re.search(r"kelengkapan: (\d+)", summary).group(1))
    assert short == int((table["Kelengkapan"] < 100).sum()) and short > 0  # the sentence sums the table
    assert f"dari {len(table)} instansi" in summary
    assert {"Instansi", "Kelengkapan", "Ketepatan waktu", "Akurasi", "Konsistensi"} <= set(table.columns)
    assert len(table) > 5
    completeness = table["Kelengkapan"]
    assert completeness.dtype.kind == "f" and completeness.between(0, 100).all()
    assert (completeness < 100).any()  # the demo leaves about 1% of components empty
    assert not any("Masalah" in d.value.columns for d in at.dataframe)  # rows only when asked for
    at.segmented_control(key="quality_dim").set_value("completeness")
    rerun(at)
    rows = next(d.value for d in at.dataframe if "Masalah" in d.value.columns)
    assert len(rows) > 0 and rows["NIP"].str.fullmatch(r"\d{18}").all()
    assert rows["Masalah"].str.startswith("kosong: ").all()

    at.session_state[MEETING_KEY] = True
    rerun(at)
    masked = next(d.value for d in at.dataframe if "Masalah" in d.value.columns)
    assert not masked["NIP"].str.fullmatch(r"\d{18}").any()  # NIPs masked on the projector
    assert len(masked) == len(rows)


def test_the_regional_comparison_shows_the_quality_per_region(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = start_app(
        demo_db, monkeypatch, "app_pages/ninebox.py", params={"nb_region_by": "provinsi", "tab": "wilayah"}
    )
    table = next(d.value for d in at.dataframe if "Kelengkapan" in d.value.columns)
    # the link's grouping applies (it was lost when the tab was not drawn in the first run)
    assert (
        "Provinsi (nasional)" in table.columns and "NIP" not in table.columns and "Nama" not in table.columns
    )
    assert len(table) >= 2 and table["Kelengkapan"].between(0, 100).all()
    assert any("wilayah dengan kurang dari 5 baris" in c.value for c in at.caption)
