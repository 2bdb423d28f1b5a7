"""AppTest: the merit page shows a PermenPANRB 19/2025 period (2026) in its own units with a note, and
never on the 40/2018 scale beside an earlier period (issue 17.1; docs/rules.md §16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics import ingest
from analytics.core import db
from tests.pages.apptest import start_app

NTT = "Nusa Tenggara Timur"
HEADER = (
    "Instansi;Jenis Instansi;Provinsi;Periode;Instrumen;Tahap;Aspek;Pertanyaan;Nilai;Bukti Dukung;"
    "Berlaku Jika;Membayar TPP\n"
)
ASPECTS = (
    "Perencanaan Kebutuhan dan Standardisasi Jabatan",
    "Manajemen Talenta",
    "Penghargaan dan Pengakuan",
)


def sample_2026() -> str:
    """Three NTT regencies scored under 19/2025 (one question of Penghargaan switched off by TPP)."""
    lines = [HEADER]
    for k, name in enumerate(
        ("Pemerintah Kabupaten Ende", "Pemerintah Kota Kupang", "Pemerintah Kabupaten Belu")
    ):
        for a, aspect in enumerate(ASPECTS, start=1):
            for q in (1, 2):
                score = (k + a + q) % 5
                lines.append(
                    f"{name};{name.split()[1]};{NTT};2026;PermenPANRB 19/2025;Verifikasi Akhir;{aspect};{a}.{q};{score};"
                    f"bukti-{a}-{q}.pdf;;tidak\n"
                )
        lines.append(
            f"{name};{name.split()[1]};{NTT};2026;PermenPANRB 19/2025;Verifikasi Akhir;{ASPECTS[2]};3.9;4;tpp.pdf;"
            "Membayar TPP = ya;tidak\n"
        )
    return "".join(lines)


@pytest.fixture(scope="module")
def versions_db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merit_versions") / "demo_2026.duckdb"
    shutil.copy(demo_db, path)
    con = db.connect(path)
    try:
        v = ingest.validate(sample_2026().encode(), "merit_2026.csv", con, kind="merit")
        assert not v.error_rows and not v.fatal, v.problems
        ingest.load(con, v)
        con.execute("checkpoint")
    finally:
        con.close()
    return path


@pytest.fixture
def app(versions_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return start_app(versions_db, monkeypatch, "app_pages/merit.py", period=None)


def test_a_2026_period_in_its_own_units_with_the_note(app: AppTest) -> None:
    assert app.selectbox(key="merit_period").value == 2026
    notes = [i.value for i in app.info]
    assert any("PermenPANRB 19/2025" in n and "belum ditetapkan" in n for n in notes), notes
    frame = app.dataframe[0].value
    assert "Perencanaan Kebutuhan dan Standardisasi Jabatan" in frame.columns
    assert set(frame["Kategori"]) == {"belum ditetapkan"}
    assert "Indeks (skala 0–1)" not in {m.label for m in app.metric}  # no 40/2018 index for 2026
    ende = frame[frame["Instansi"] == "Kabupaten Ende"].iloc[0]
    # Penghargaan dan Pengakuan: questions 3.1 = 4, 3.2 = 0 apply; 3.9 = 4 is switched off (no TPP):
    # (4 + 0) / 2 = 2.0, not (4 + 0 + 4) / 3
    assert ende["Penghargaan dan Pengakuan"] == 2.0
    # the 40/2018 year is unchanged beside it
    app.selectbox(key="merit_period").set_value(2022).run()
    assert not app.exception, app.exception
    assert {m.label: m.value for m in app.metric}["Indeks (skala 0–1)"] == "0,69"


def test_period_comparison_across_the_version_change(app: AppTest) -> None:
    app.session_state["merit_view"] = "periode"
    app.run()
    assert not app.exception, app.exception
    assert app.selectbox(key="merit_before").value == 2023 and app.selectbox(key="merit_after").value == 2026
    warnings = [w.value for w in app.warning]
    assert any("dua instrumen dengan skala berbeda" in w for w in warnings), warnings
    assert not {m.label for m in app.metric} & {"naik", "turun"}  # no change across versions
    before, after = app.dataframe[0].value, app.dataframe[1].value
    assert "Nilai verifikasi" in before.columns and "Kategori" in before.columns
    assert "Manajemen Talenta" in after.columns and set(after["Kategori"]) == {"belum ditetapkan"}
    captions = " ".join(c.value for c in app.caption)
    assert "poin dari 410" in captions and "tingkat maturitas rata-rata per aspek, 0–4" in captions
    # two periods of one version are still compared
    app.selectbox(key="merit_after").set_value(2022).run()
    assert not app.exception, app.exception
    assert {m.label for m in app.metric} >= {"naik", "turun"}


@pytest.mark.parametrize("view", ["nasional", "instansi"])
def test_other_views_of_2026_carry_the_note(app: AppTest, view: str) -> None:
    app.session_state["merit_view"] = view
    app.session_state["merit_instansi"] = "Pemerintah Kabupaten Ende"
    app.run()
    assert not app.exception, app.exception
    assert app.selectbox(key="merit_period").value == 2026
    assert any("belum ditetapkan" in i.value and "PermenPANRB 19/2025" in i.value for i in app.info)
    assert not any("Indeks" in m.label for m in app.metric)
    if view == "nasional":
        frame = app.dataframe[0].value
        assert {"Kabupaten Ende", "Kota Kupang"} <= set(frame["Instansi"])
        assert "Manajemen Talenta" in frame.columns
