"""Exports name the agency scheme and box numbering their boxes follow (issue 17.2: the app must show
which scheme a view uses, also in the deck and the spreadsheets)."""

from __future__ import annotations

import base64
import io
import re
import zlib

import duckdb
import pandas as pd
from openpyxl import load_workbook
from pptx import Presentation

from analytics.core import deck
from analytics.core.export import to_csv, to_xlsx
from analytics.ninebox import boxes as nb
from analytics.ninebox import rules as nbrules


def pdf_text(data: bytes) -> str:
    """The text of a reportlab PDF's page streams (ASCII85 and Flate decoded)."""
    out = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = stream.strip()
        if raw.endswith(b"~>"):
            raw = zlib.decompress(base64.a85decode(raw, adobe=True))
        out.append(raw.decode("latin-1"))
    return "\n".join(out)


def test_the_scheme_line_names_agency_and_numbering(con: duckdb.DuckDBPyConnection) -> None:
    default = nbrules.scheme_line(con, nb.Rules.default(con))
    assert (
        default
        == "Skema instansi: Kepka BKN 411/2025 (bawaan nasional) · Penomoran kotak: PermenPANRB 3/2020"
    )
    pu = nb.Rules.for_agency(con, "pu").with_scheme("opensource")
    assert nbrules.scheme_line(con, pu, "en") == (
        "Agency scheme: Ministry of Public Works · Box numbering: "
        "Open-source tool (box 7 = high potential; the rest unverified)"
    )
    mixed = nb.Rules.per_instansi(con)
    assert "Skema masing-masing instansi" in nbrules.scheme_line(con, mixed)
    by_hand = nb.Rules.default(con).with_weights(nb.Rules.for_agency(con, "pu").weights)
    assert "bobot diatur sendiri" in nbrules.scheme_line(con, by_hand)


def test_the_deck_and_the_spreadsheets_carry_the_line(con: duckdb.DuckDBPyConnection) -> None:
    line = nbrules.scheme_line(con, nb.Rules.for_agency(con, "pu"))
    assert "Kementerian Pekerjaan Umum" in line
    pptx = Presentation(io.BytesIO(deck.build_pptx("Ringkasan rapat: Nine-box", ["Periode: 2025", line], [])))
    cover = "\n".join(s.text_frame.text for s in pptx.slides[0].shapes if s.has_text_frame)
    assert line in cover and "Periode: 2025" in cover
    pdf = pdf_text(deck.build_pdf("Ringkasan rapat: Nine-box", ["Periode: 2025", line], []))
    assert "Kementerian Pekerjaan Umum" in pdf and "Periode: 2025" in pdf
    table = pd.DataFrame({"Kotak": [7, 8], "n": [3, 4]})
    book = load_workbook(io.BytesIO(to_xlsx({"nine_box": table}, notes={"nine_box": [line]})))
    sheet = book["nine_box"]
    assert sheet["A1"].value == line and sheet["A3"].value == "Kotak" and sheet["A4"].value == 7
    csv = to_csv(table.assign(**{"Skema instansi": "Kementerian Pekerjaan Umum"})).decode("utf-8-sig")
    assert csv.splitlines()[1] == "7;3;Kementerian Pekerjaan Umum"
