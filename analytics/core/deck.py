"""The meeting summary ("ringkasan rapat"): the current page's charts with their headline sentences,
as a PowerPoint deck (python-pptx) and as a PDF (reportlab). Pure: texts and PNG bytes in, file bytes
out. Masking is the caller's job (meeting mode: the texts handed in already hold no name or NIP).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from analytics.core.export import png_size

Slide = tuple[str, str, bytes]  # (title, headline sentence, PNG bytes)

_WIDE = (13.333, 7.5)  # inches, 16:9


def build_pptx(cover_title: str, cover_lines: Sequence[str], slides: Sequence[Slide]) -> bytes:
    """A 16:9 deck: a title slide (``cover_title``; instansi, period and filters as ``cover_lines``),
    then one slide per chart with its title, its sentence and the image fitted below them."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(_WIDE[0]), Inches(_WIDE[1])
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = cover_title
    body = cover.placeholders[1].text_frame
    body.text = "\n".join(cover_lines)
    for paragraph in body.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(20)
    blank = prs.slide_layouts[5]  # title only
    for title, sentence, png in slides:
        slide = prs.slides.add_slide(blank)
        slide.shapes.title.text = title
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(30)
        # one paragraph per line of the sentence (piling-up warnings, then the headline), each in its
        # own paragraph with space between, and the chart below the last of them
        lines = [line for line in str(sentence).splitlines() if line.strip()] or [""]
        size = 18 if len(lines) == 1 else 14
        text_height = 0.8 if len(lines) == 1 else 0.45 * len(lines)
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.25), Inches(_WIDE[0] - 1), Inches(text_height))
        box.text_frame.word_wrap = True
        box.text_frame.text = "\n".join(lines)
        for paragraph in box.text_frame.paragraphs:
            paragraph.space_after = Pt(6)
            for run in paragraph.runs:
                run.font.size = Pt(size)
        image_top = 1.3 + text_height
        left, top, width, height = _fit(png, 0.5, image_top, _WIDE[0] - 1, _WIDE[1] - image_top - 0.2)
        slide.shapes.add_picture(io.BytesIO(png), Inches(left), Inches(top), Inches(width), Inches(height))
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def build_pdf(cover_title: str, cover_lines: Sequence[str], slides: Sequence[Slide]) -> bytes:
    """The same pages as ``build_pptx`` as a landscape A4 PDF."""
    from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    page_w, page_h = landscape(A4)
    margin = 36.0
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(page_w, page_h), invariant=True)
    pdf.setTitle(cover_title)
    pdf.setFont("Helvetica-Bold", 26)
    pdf.drawString(margin, page_h - 2.5 * margin, cover_title)
    pdf.setFont("Helvetica", 15)
    y = page_h - 3.6 * margin
    for line in cover_lines:
        for part in _wrap(line, "Helvetica", 15, page_w - 2 * margin, stringWidth):
            pdf.drawString(margin, y, part)
            y -= 21
    pdf.showPage()
    for title, sentence, png in slides:
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(margin, page_h - 1.5 * margin, title)
        pdf.setFont("Helvetica", 13)
        y = page_h - 2.3 * margin
        for line in [x for x in str(sentence).splitlines() if x.strip()] or [""]:  # a gap between lines
            for part in _wrap(line, "Helvetica", 13, page_w - 2 * margin, stringWidth):
                pdf.drawString(margin, y, part)
                y -= 17
            y -= 5
        top = y - 6
        left, _top, width, height = _fit(png, margin, 0, page_w - 2 * margin, top - margin)
        pdf.drawImage(ImageReader(io.BytesIO(png)), left, top - height, width, height)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _fit(
    png: bytes, left: float, top: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """The image's box inside (left, top, width, height), aspect kept, centred horizontally."""
    w, h = png_size(png)
    scale = min(width / w, height / h)
    return left + (width - w * scale) / 2, top, w * scale, h * scale


def _wrap(text: str, font: str, size: float, width: float, measure: object) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points."""
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and measure(candidate, font, size) > width:  # type: ignore[operator]
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


# --- a report of tables (the evidence pack: analytics.core.evidence) --------------------------------

ReportTable = tuple[str, Sequence[str], Sequence[Sequence[str]]]  # (caption, headers, rows as text)
ReportPage = tuple[str, str, Sequence[str], Sequence[ReportTable]]  # (title, note, lines, tables)


def build_report_pdf(
    cover_title: str,
    cover_lines: Sequence[str],
    pages: Sequence[ReportPage],
    *,
    cover_tables: Sequence[ReportTable] = (),
    footer: str = "",
) -> bytes:
    """A portrait A4 report: a cover (title, lines and ``cover_tables``, e.g. instansi, period and a
    contents table), then one section per page: its title, a shaded note (e.g. which
    question it answers), its sentences and its tables (text already formatted by the caller; the
    header row repeats when a table runs over a page). ``footer`` and the page number on every page."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors  # type: ignore[import-untyped,unused-ignore]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped,unused-ignore]
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped,unused-ignore]
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped,unused-ignore]
    from reportlab.platypus import (  # type: ignore[import-untyped,unused-ignore]
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    margin = 40.0
    styles = getSampleStyleSheet()
    title_style = ParagraphStyle("rt_title", parent=styles["Title"], fontSize=20, leading=24, alignment=0)
    head_style = ParagraphStyle("rt_head", parent=styles["Heading2"], fontSize=14, leading=18)
    body = ParagraphStyle("rt_body", parent=styles["BodyText"], fontSize=10, leading=13)
    note = ParagraphStyle(
        "rt_note", parent=body, fontSize=9, leading=12, backColor=colors.HexColor("#EEF3F8"),
        borderColor=colors.HexColor("#9DB5CF"), borderWidth=0.6, borderPadding=5, spaceAfter=8,
    )  # fmt: skip
    caption = ParagraphStyle("rt_caption", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    cell = ParagraphStyle("rt_cell", parent=body, fontSize=8.5, leading=10.5)
    head_cell = ParagraphStyle("rt_head_cell", parent=cell, fontName="Helvetica-Bold")
    width = A4[0] - 2 * margin

    def para(text: object, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
        texts = [list(map(str, headers)), *[list(map(str, r)) for r in rows]]
        # column widths by the longest text (a long one wraps at about 60 characters), never narrower
        # than the column's longest word (a header must not break inside a word) when the page allows
        weights = [max(4, *(min(len(row[i]), 60) for row in texts)) for i in range(len(headers))]
        floor = [
            max(stringWidth(w, "Helvetica-Bold", 8.5) for row in texts for w in (row[i].split() or [" "]))
            + 14
            for i in range(len(headers))
        ]
        widths = [max(width * w / sum(weights), f) for w, f in zip(weights, floor, strict=True)]
        spare = [w - f for w, f in zip(widths, floor, strict=True)]
        excess = sum(widths) - width
        if excess > 0 and sum(spare) > 0:
            widths = [w - excess * s / sum(spare) for w, s in zip(widths, spare, strict=True)]
        data = [[para(h, head_cell) for h in texts[0]], *[[para(v, cell) for v in row] for row in texts[1:]]]
        grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F7F7F7")]),
                ]
            )
        )
        return grid

    def section(title: str, note_text: str, lines: Sequence[str], tables: Sequence[ReportTable]) -> list[Any]:
        flow: list[Any] = [para(title, head_style)]
        if note_text:
            flow.append(para(note_text, note))
        flow += [para(line, body) for line in lines if str(line).strip()]
        for cap, headers, rows in tables:
            flow += [Spacer(1, 4), para(cap, caption), Spacer(1, 2), table(headers, rows)]
        return flow

    story: list[Any] = [para(cover_title, title_style), Spacer(1, 6)]
    story += [para(line, body) for line in cover_lines]
    for cap, headers, rows in cover_tables:
        story += [Spacer(1, 4), para(cap, caption), Spacer(1, 2), table(headers, rows)]
    for title, note_text, lines, tables in pages:
        story += [PageBreak(), *section(title, note_text, lines, tables)]

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#616161"))
        canvas.drawString(margin, margin / 2, footer)
        canvas.drawRightString(A4[0] - margin, margin / 2, str(doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=cover_title, invariant=1,
    )  # fmt: skip
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
