"""The evidence pack for the 2026 merit evaluation (analytics.core.evidence, docs/rules.md §19): its
figures are the nine-box and pool functions' figures, small cells are withheld, each page names the
question it answers, the SKP shares come from the data or say 'tidak tersedia', the scope holds, and
named successors appear only when asked for (masked in meeting mode). The PDF is read back without
reportlab (its content streams inflated with zlib), the XLSX with openpyxl."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import openpyxl
import pytest

from analytics import ingest
from analytics.cli import main
from analytics.core import access, db, evidence
from analytics.core.filters import Filters
from analytics.demo import succession as succession_demo
from analytics.ninebox import boxes as nb
from analytics.ninebox.rules import Rules
from analytics.talent import succession
from tests import stores

ENDE = "Pemerintah Kabupaten Ende"
BANDUNG = "Pemerintah Kota Bandung"
TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (1,500 employees per period) with its succession data seeded."""
    path = stores.demo_file(tmp_path_factory.mktemp("evidence") / "demo.duckdb", 1500)
    con = db.connect(path)
    succession_demo.ensure_demo_succession(con)
    con.close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(demo_path)
    yield c
    c.close()


def pdf_text(data: bytes) -> str:
    """The text a PDF draws (every string shown by Tj in its ASCII85+Flate content streams), read
    without reportlab; WinAnsi octal escapes decoded (a bullet, which reportlab writes as 0x7F, too)."""
    assert data.startswith(b"%PDF")
    segments: list[str] = []
    for m in re.finditer(
        rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)\s*>>\s*stream\r?\n", data
    ):
        raw = data[m.end() : m.end() + int(m.group(1))].strip()
        content = zlib.decompress(base64.a85decode(raw.removesuffix(b"~>")))
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content, re.S):
            text = re.sub(rb"\\([0-7]{3})", lambda o: bytes([int(o[1], 8)]), s[1])
            text = re.sub(rb"\\(.)", rb"\1", text)
            segments.append(text.decode("cp1252").replace("\x7f", "•"))  # reportlab writes a bullet as 0x7F
    return " ".join(segments)


def sheet_table(book: openpyxl.Workbook, name: str, first_header: str) -> tuple[list[str], list[tuple]]:
    """A sheet's notes (the lines above the table) and its rows (the header row first)."""
    rows = list(book[name].iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == first_header)
    return [str(r[0]) for r in rows[:top] if r[0]], rows[top:]


def test_figures_are_the_ninebox_and_pool_functions_figures(demo: duckdb.DuckDBPyConnection) -> None:
    rules = Rules.default(demo)
    pack = evidence.evidence_pack(demo, ENDE, 2025, rules=rules, today=TODAY)
    counts = nb.box_counts(
        demo,
        rules=rules,
        filters=Filters(period=2025, instansi=(ENDE,)),
    )
    mapped_rows = counts.dropna(subset=["box"])
    per_box = {int(b): int(n) for b, n in zip(mapped_rows["box"], mapped_rows["n"], strict=True)}
    unmappable = int(counts.loc[counts["box"].isna(), "n"].sum())
    pool = succession.pool_summary(demo, rules=rules, filters=Filters(period=2025, instansi=(ENDE,))).iloc[0]
    assert sum(per_box.values()) + unmappable == pool["asn"] == 234  # the demo's Ende in 2025

    book = openpyxl.load_workbook(io.BytesIO(evidence.pack_xlsx(pack)))
    assert book.sheetnames == [
        "Daftar isi", "Cakupan", "Alasan belum terpetakan", "Matriks", "Sebaran kotak", "Talent pool",
        "Jabatan target", "SKP",
    ]  # fmt: skip
    notes, rows = sheet_table(book, "Sebaran kotak", "Kotak")
    assert (
        "Menjawab: PermenPANRB 19/2025, aspek Manajemen Talenta, nomor pertanyaan: belum publik" in notes[1]
    )
    header, body = rows[0], rows[1:]
    n_col = header.index("Pegawai")
    shown = {int(r[0]): r[n_col] for r in body}
    assert set(shown) == set(range(1, 10))
    marks = access.suppressed([per_box[b] for b in range(1, 10)], totals=[[6, 7, 8]])
    for b in range(1, 10):
        if marks[b - 1] is None:
            assert shown[b] == per_box[b]  # a number, the nine-box function's
        else:
            assert shown[b] in ("< 5", "•") and 0 < per_box[b]
    assert any(isinstance(v, int) and v >= 5 for v in shown.values())
    assert not any(isinstance(v, int) and 0 < v < 5 for v in shown.values())  # never 1-4 people

    _, coverage = sheet_table(book, "Cakupan", "Periode")
    assert coverage[-1][:4] == (2025, 234, 234 - unmappable, unmappable)
    assert coverage[1][0] == 2024  # the periodic mapping: both periods of the data (row 0: header)
    pool_notes, _ = sheet_table(book, "Talent pool", "Jenis jabatan")
    assert f"Talent pool: {int(pool['pool'])} pegawai" in " ".join(pool_notes)


def test_pdf_names_the_question_of_each_page_in_both_languages(demo: duckdb.DuckDBPyConnection) -> None:
    rules = Rules.default(demo)
    text = pdf_text(evidence.pack_pdf(evidence.evidence_pack(demo, ENDE, 2025, rules=rules, today=TODAY)))
    assert "Bukti dukung evaluasi sistem merit" in text and "Dibuat: 04/12/2026" in text
    assert text.count("Menjawab: PermenPANRB 19/2025") == 5  # every section page
    assert "aspek Manajemen Talenta, nomor pertanyaan: belum publik" in text
    assert "aspek Pengelolaan Kinerja, nomor pertanyaan: belum publik" in text
    assert "232 dari 234 pegawai terpetakan (99,1%)" in text  # Indonesian numbers
    assert "SKP dievaluasi: 100,0%" in text and "SKP ditetapkan: 100,0%" in text  # NTT carries the column
    english = pdf_text(
        evidence.pack_pdf(evidence.evidence_pack(demo, ENDE, 2025, rules=rules, lang="en", today=TODAY))
    )
    assert "Created: 2026-12-04" in english and "232 of 234 employees mapped (99.1%)" in english
    assert english.count("Answers: PermenPANRB 19/2025") == 5 and "question number: not public" in english
    assert "Menjawab" not in english


def test_skp_set_share_is_not_available_without_the_column(demo: duckdb.DuckDBPyConnection) -> None:
    pack = evidence.evidence_pack(demo, BANDUNG, 2025, rules=Rules.default(demo), today=TODAY)
    skp = next(s for s in pack.sections if s.key == "skp")
    assert skp.lines[0].startswith("SKP ditetapkan: tidak tersedia")
    assert skp.lines[1].startswith("SKP dievaluasi: 100,0%")
    table = skp.tables[0].frame
    assert table.iloc[0, 1:].isna().all()  # no figure for the set SKP, not even 0
    assert table.iloc[1, 1] == 45
    _, rows = sheet_table(openpyxl.load_workbook(io.BytesIO(evidence.pack_xlsx(pack))), "SKP", "Ukuran")
    assert rows[1][1:] == ("tidak tersedia",) * 4 and rows[2][1:3] == (45, 100.0)


EMPLOYEES_CSV = (
    "NIP;Nama;Instansi;Unit Kerja;Jabatan;Jenis Jabatan;Periode;Predikat Kinerja;Kompetensi{skp_header}\n"
)


def small_file(instansi: str, n: int, skp: list[str] | None, predicates: list[str], first: int = 1) -> bytes:
    header = EMPLOYEES_CSV.format(skp_header=";SKP Ditetapkan" if skp is not None else "")
    lines = [header]
    for i in range(n):
        nip = f"1985{(i % 12) + 1:02d}15201001{1 + i % 2}{i + first:03d}"
        row = f"{nip};Pegawai {i};{instansi};Bagian Umum;Analis;Pelaksana;2025;{predicates[i]};{60 + i}"
        lines.append(row + (f";{skp[i]}" if skp is not None else "") + "\n")
    return "".join(lines).encode("utf-8")


def test_skp_shares_from_the_optional_column(con: duckdb.DuckDBPyConnection) -> None:
    predicates = ["Baik"] * 10 + ["", "Sangat Baik"]
    skp = ["Ya"] * 8 + ["Sudah", "Tidak", "Belum", ""]  # 9 set, 2 not, 1 blank
    v = ingest.validate(small_file("Pemerintah Kabupaten Uji", 12, skp, predicates), "uji.csv", con)
    assert not v.fatal and not v.error_rows, ingest.problem_messages(v)
    ingest.load(con, v)
    shares = evidence.skp_shares(con, Filters(period=2025, instansi=("Pemerintah Kabupaten Uji",)))
    # evaluated: a predicate (11 of 12); set: 'Ya'/'Sudah' (9 of 12); the one "Tidak" with a predicate
    assert (shares.n, shares.evaluated, shares.set, shares.set_blank, shares.evaluated_not_set) == (
        12,
        11,
        9,
        1,
        1,
    )
    pack = evidence.evidence_pack(
        con, "Pemerintah Kabupaten Uji", 2025, rules=Rules.default(con), today=TODAY
    )
    frame = next(s for s in pack.sections if s.key == "skp").tables[0].frame
    assert frame.iloc[0, 1:].tolist() == [9, 0.75, "ya", "tidak"]  # 75 % reaches 70 %, not 90 %
    assert frame.iloc[1, 1:].tolist() == [11, 11 / 12, "ya", "ya"]
    lines = " ".join(next(s for s in pack.sections if s.key == "skp").lines)
    assert (
        "SKP ditetapkan: 75,0% (9 dari 12 pegawai" in lines
        and "1 pegawai memiliki SKP yang dievaluasi" in lines
    )
    # a bad value is an import error with its row and column, and nothing is stored
    bad = ingest.validate(
        small_file("Pemerintah Kota Uji", 3, ["Ya", "Mungkin", "Tidak"], ["Baik"] * 3, first=101),
        "buruk.csv",
        con,
    )
    assert bad.error_rows == {3}
    messages = ingest.problem_messages(bad)
    assert any("baris 3, kolom 'SKP Ditetapkan', nilai 'Mungkin'" in m for _, m in messages), messages
    assert con.execute(
        "select count(*) from employees where instansi = 'Pemerintah Kota Uji'"
    ).fetchall() == [(0,)]


def test_the_template_offers_the_column() -> None:
    from analytics.ingest.templates import employee_template

    assert employee_template()["SKP Ditetapkan"].tolist() == ["Ya"]


def test_scope_refuses_an_instansi_outside_it(demo: duckdb.DuckDBPyConnection) -> None:
    rules = Rules.default(demo)
    with pytest.raises(evidence.EvidenceUnavailable, match="di luar cakupan"):
        evidence.evidence_pack(demo, ENDE, 2025, rules=rules, scope=access.Scope("instansi", (BANDUNG,)))
    with pytest.raises(evidence.EvidenceUnavailable, match="Tidak ada data"):
        evidence.evidence_pack(demo, ENDE, 2025, rules=rules, scope=access.Scope("provinsi", ("Jawa Barat",)))
    inside = evidence.evidence_pack(
        demo, ENDE, 2025, rules=rules, scope=access.Scope("provinsi", ("Nusa Tenggara Timur",))
    )
    assert inside.instansi == ENDE and inside.personal_rows == 0


def test_named_successors_only_when_asked_and_masked_in_meeting_mode(demo: duckdb.DuckDBPyConnection) -> None:
    rules = Rules.default(demo)
    plan = succession.succession_plan(demo, ENDE, period=2025, rules=rules)
    nips = [str(n) for n in plan["successor_nip"].dropna()]
    names = [str(n) for n in plan["successor_nama"].dropna()]
    assert len(nips) == 6
    aggregate = evidence.evidence_pack(demo, ENDE, 2025, rules=rules, today=TODAY)
    text = pdf_text(evidence.pack_pdf(aggregate))
    book = openpyxl.load_workbook(io.BytesIO(evidence.pack_xlsx(aggregate)))
    cells = " ".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row)
    assert "4 jabatan target tercatat" in text and "4 jabatan target tercatat" in cells  # in aggregate
    assert not any(n in text or n in cells for n in nips)
    assert not any(n in text for n in names)
    named = evidence.evidence_pack(demo, ENDE, 2025, rules=rules, names=True, today=TODAY)
    assert named.personal_rows == 6
    assert all(n in pdf_text(evidence.pack_pdf(named)) for n in nips)
    _, rows = sheet_table(
        openpyxl.load_workbook(io.BytesIO(evidence.pack_xlsx(named))), "Suksesor bernama", "Jabatan target"
    )
    assert sorted(str(r[3]) for r in rows[1:]) == sorted(nips)  # NIPs kept as text, all 18 digits
    masked = evidence.evidence_pack(demo, ENDE, 2025, rules=rules, names=True, masked=True, today=TODAY)
    masked_text = pdf_text(evidence.pack_pdf(masked))
    assert not any(n in masked_text for n in nips) and not any(n in masked_text for n in names)
    assert nips[0][:4] + "••••••••••" + nips[0][-4:] in masked_text


def test_suppressed_protects_cells_hidden_for_another_reason() -> None:
    # a position type under 5 people is hidden as a whole: its pool count (9) is protected like a
    # small one, by the smallest other cell, since the table's total is shown
    assert access.suppressed([12, 9, 30]) == [None, None, None]
    assert access.suppressed([12, 9, 30], hidden=[1]) == ["complement", "group", None]
    assert access.suppressed([12, 9, 30, 2], hidden=[1]) == [None, "group", None, "small"]


def test_command_writes_both_files_and_audits_them(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "bukti"
    assert main(["evidence", "--db", str(demo_path), "--instansi", ENDE, "--out", str(out)]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.pdf",
        "bukti_dukung_Pemerintah_Kabupaten_Ende_2025.xlsx",
    ]
    assert "Menjawab: PermenPANRB 19/2025" in pdf_text((out / files[0]).read_bytes())
    con = db.connect(demo_path)
    entries = [r[5] for r in access.audit_trail(con, actions=("export",))]
    con.close()
    assert set(files) <= set(entries)
    assert main(["evidence", "--db", str(demo_path), "--instansi", "Ende", "--out", str(out)]) == 1
    assert main(["evidence", "--db", str(demo_path), "--instansi", ENDE]) == 2  # --out is required


def test_each_question_names_an_aspect_of_the_2026_instrument(demo: duckdb.DuckDBPyConnection) -> None:
    """The aspects the pack cites are the 19/2025 instrument's own (ref_merit_aspects), by the
    regulation's name (ref_merit_instruments), and no question number is given: none is public."""
    items = evidence.evidence_items()
    assert set(items) == {"talent_mapping", "skp"}
    for item in items.values():
        aspects = {
            r[0]
            for r in demo.execute(
                "select a.aspect from ref_merit_aspects a join ref_merit_instruments i using (instrument)"
                " where i.regulation = ?",
                [item["instrument"]],
            ).fetchall()
        }
        assert len(aspects) == 8 and item["aspect"] in aspects, (item, aspects)
        assert item["question"] == "belum publik"
    assert evidence.thresholds(items) == (0.70, 0.90)
