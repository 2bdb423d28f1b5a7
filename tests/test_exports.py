"""Meeting-mode masking and the export files: XLSX rows and inert formulas, a real PNG, the deck."""

from __future__ import annotations

import io
import re

import openpyxl
import pandas as pd
import plotly.graph_objects as go
from PIL import Image
from pptx import Presentation

from analytics.core import deck, masking
from analytics.core.export import PNG_SIGNATURE, figure_png, png_size, to_xlsx
from analytics.ninebox import charts

NIP = "198501012010011001"


def test_masking_rules_in_one_place() -> None:
    assert masking.initials("Siti Nurhaliza") == "S. N." and masking.initials(None) == "–"
    assert masking.initials(float("nan")) == "–"
    assert masking.mask_nip(NIP) == "1985••••••••••1001"
    assert charts.mask_nip is masking.mask_nip and charts.initials is masking.initials  # re-exported
    frame = pd.DataFrame(
        {"nip": [NIP], "nama": ["Siti Nurhaliza"], "tanggal_lahir": ["1985-01-01"], "successor_nama": ["Budi Santoso"], "unit_kerja": ["Dinas A"]}
    )  # fmt: skip
    out = masking.mask_frame(frame)
    assert list(out.columns) == ["nip", "nama", "successor_nama", "unit_kerja"]
    assert out.iloc[0].tolist() == ["1985••••••••••1001", "S. N.", "B. S.", "Dinas A"]
    assert masking.mask_text(f"NIP {NIP}, 12345") == "NIP 1985••••••••••1001, 12345"
    assert masking.mask_names_in_text("Budi Santoso (Kotak 5)", ["Budi Santoso"]) == "B. S. (Kotak 5)"


def test_xlsx_has_the_rows_and_formula_payloads_stay_text() -> None:
    frame = pd.DataFrame(
        {"Nama": ['=HYPERLINK("x")', "+1+1", "Ani"], "NIP": [NIP, "@SUM(A1)", "-2"], "n": [1, 2, 3]}
    )
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx({"data": frame})))
    sheet = book["data"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Nama", "NIP", "n") and sheet["A1"].font.bold
    assert len(rows) == 4
    assert rows[1][0] == '\'=HYPERLINK("x")' and sheet["A2"].data_type == "s"
    assert rows[2][0] == "'+1+1" and rows[2][1] == "'@SUM(A1)" and rows[3][1] == "'-2"
    assert rows[1][1] == NIP  # NIP stays text, all 18 digits


def test_png_export_is_a_real_image() -> None:
    fig = charts.meeting_layout(go.Figure(go.Bar(x=["a", "b"], y=[3, 4])).update_layout(height=400))
    data = figure_png(fig, width=640)
    assert data[:8] == PNG_SIGNATURE
    assert png_size(data) == (640, 460)  # meeting layout: 15% taller
    assert Image.open(io.BytesIO(data)).size == (640, 460)


def _png(w: int = 400, h: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), "white").save(out, "PNG")
    return out.getvalue()


def test_deck_has_a_title_slide_and_one_slide_per_chart() -> None:
    slides = [
        ("Nine-box", "Penumpukan di Kotak 5: Dinas Pendidikan.", _png()),
        ("Unit", "Kalimat.", _png(300, 300)),
    ]
    data = deck.build_pptx("Ringkasan rapat: Nine-box", ["Periode: 2025", "Instansi: Semua"], slides)
    prs = Presentation(io.BytesIO(data))
    assert len(prs.slides) == 3
    assert [s.shapes.title.text for s in prs.slides] == ["Ringkasan rapat: Nine-box", "Nine-box", "Unit"]
    assert sum(1 for s in prs.slides for sh in s.shapes if sh.shape_type == 13) == 2  # pictures
    pdf = deck.build_pdf("Ringkasan rapat: Nine-box", ["Periode: 2025"], slides)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1


def test_deck_text_of_a_meeting_holds_no_full_nip() -> None:
    texts = [masking.mask_text(f"Calon suksesor {NIP} dipindah"), masking.mask_text("Periode 2025")]
    data = deck.build_pptx(texts[1], texts, [("Judul", texts[0], _png())])
    prs = Presentation(io.BytesIO(data))
    text = " ".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    assert "1985••••••••••1001" in text and not re.search(r"\d{18}", text)


def test_deck_warnings_are_separate_lines_above_the_chart() -> None:
    """Issue 19.10: the nine-box slide's piling-up warnings and headline ran together in one paragraph
    (and a longer text ran into the picture)."""
    sentence = "Penumpukan di Kotak 5: Dinas A.\nPenumpukan di Kotak 5: Dinas B.\nTalent pool: 41 pegawai."
    prs = Presentation(
        io.BytesIO(deck.build_pptx("Ringkasan", ["Periode: 2025"], [("Nine-box", sentence, _png())]))
    )
    slide = prs.slides[1]
    (box,) = [sh for sh in slide.shapes if sh.has_text_frame and sh != slide.shapes.title]
    paragraphs = [p.text for p in box.text_frame.paragraphs]
    assert paragraphs == sentence.split("\n")
    assert all(r.font.size is not None for p in box.text_frame.paragraphs for r in p.runs)
    (picture,) = [sh for sh in slide.shapes if sh.shape_type == 13]
    assert picture.top >= box.top + box.height  # the chart starts below the last line
    single = Presentation(io.BytesIO(deck.build_pptx("R", [], [("T", "Satu kalimat.", _png())])))
    (one,) = [
        sh for sh in single.slides[1].shapes if sh.has_text_frame and sh != single.slides[1].shapes.title
    ]
    assert [p.text for p in one.text_frame.paragraphs] == ["Satu kalimat."]
