"""AppTest: the talent page's evidence buttons (bukti dukung, analytics.core.evidence) appear for the
chosen instansi and build both files when pressed; each download is in the audit trail."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from analytics.core import access, db
from tests.pages.apptest import rerun, start_app
from tests.test_evidence import pdf_text


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> dict[str, Callable[[], Any]]:
    """The deferred download callables the runs register, by file id (AppTest cannot click a
    deferred download: the test calls what the click would)."""
    found: dict[str, Callable[[], Any]] = {}
    original = MediaFileManager.add_deferred

    def spy(self: MediaFileManager, data: Callable[[], Any], *args: Any, **kwargs: Any) -> str:
        file_id = original(self, data, *args, **kwargs)
        found[file_id] = data
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return found


def buttons(at: AppTest) -> dict[str, Any]:
    return {b.key: b for b in at.get("download_button") if str(b.key).startswith("evidence_")}


def test_buttons_appear_and_build_both_files(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, deferred: dict[str, Callable[[], Any]]
) -> None:
    at = start_app(demo_db, monkeypatch, "app_pages/talent.py")
    assert "Bukti dukung evaluasi sistem merit 2026: Pemerintah Kabupaten Ende" in [
        s.value for s in at.subheader
    ]
    found = buttons(at)
    assert set(found) == {"evidence_pdf", "evidence_xlsx"}
    assert found["evidence_pdf"].proto.label == "Unduh bukti dukung (PDF)"
    pdf = deferred[found["evidence_pdf"].proto.deferred_file_id]()
    text = pdf_text(pdf)
    assert "Bukti dukung evaluasi sistem merit: Pemerintah Kabupaten Ende, periode 2025" in text
    assert "aspek Pengelolaan Kinerja, nomor pertanyaan: belum publik" in text
    book = openpyxl.load_workbook(io.BytesIO(deferred[found["evidence_xlsx"].proto.deferred_file_id]()))
    assert book.sheetnames[0] == "Daftar isi" and "SKP" in book.sheetnames
    assert "Suksesor bernama" not in book.sheetnames  # aggregates unless asked
    con = db.connect(demo_db)
    exported = [r[5] for r in access.audit_trail(con, actions=("export",))]
    con.close()
    assert {
        "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.pdf",
        "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.xlsx",
    } <= set(exported)

    # named successors when asked (the local user holds row rights), masked in meeting mode
    at.checkbox(key="evidence_names").check()
    at.session_state["meeting_mode"] = True
    rerun(at)
    found = buttons(at)
    book = openpyxl.load_workbook(io.BytesIO(deferred[found["evidence_xlsx"].proto.deferred_file_id]()))
    rows = list(book["Suksesor bernama"].iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "Jabatan target")
    nips = [str(r[3]) for r in rows[header + 1 :]]
    assert len(nips) == 6 and all("••••••••••" in n for n in nips)


def test_buttons_follow_the_language(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = start_app(demo_db, monkeypatch, "app_pages/talent.py")
    at.session_state["lang"] = "en"  # flipped after the page opened, as a user does (test_languages)
    rerun(at)
    found = buttons(at)
    assert found["evidence_xlsx"].proto.label == "Download the evidence (XLSX)"
    assert "Evidence for the 2026 merit evaluation: Pemerintah Kabupaten Ende" in [
        s.value for s in at.subheader
    ]


def test_an_evaluator_gets_aggregates_of_the_scope_and_the_download_is_audited(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, deferred: dict[str, Callable[[], Any]]
) -> None:
    """An evaluator of one instansi without row rights: no named-successors choice, a pack of that
    instansi only, and each download in the audit trail under the evaluator's identity."""
    import streamlit as st

    from ui import access as ui_access

    evaluator = access.Grant(
        "evaluator@bkn.example.go.id", "evaluator", access.Scope("instansi", ("Pemerintah Kota Bandung",))
    )

    def identify(_deployment: object) -> access.Grant:
        st.session_state[ui_access.GRANT_KEY] = evaluator
        return evaluator

    monkeypatch.setattr(ui_access, "identify", identify)
    at = start_app(demo_db, monkeypatch, "app_pages/talent.py")
    assert at.selectbox(key="talent_instansi").options == ["Pemerintah Kota Bandung"]
    assert not [c for c in at.checkbox if c.key == "evidence_names"]  # no named successors offered
    found = buttons(at)
    book = openpyxl.load_workbook(io.BytesIO(deferred[found["evidence_xlsx"].proto.deferred_file_id]()))
    assert "Suksesor bernama" not in book.sheetnames
    notes = [r[0] for r in book["Daftar isi"].iter_rows(values_only=True) if r[0]]
    assert "Instansi: Pemerintah Kota Bandung" in notes
    con = db.connect(demo_db)
    trail = access.audit_trail(con, identity="evaluator@bkn", actions=("export",))
    con.close()
    assert [r[5] for r in trail] == ["bukti_dukung_Pemerintah_Kota_Bandung_2025.xlsx"]
