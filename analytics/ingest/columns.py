"""The file templates of docs/data-contract.md §1–2: column keys, template headers, aliases and value
kinds.

Headers match ignoring case, spaces, punctuation and underscores ("Nilai_SKP" == "nilai skp").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnSpec:
    """One template column: storage key, header in the template, accepted aliases, value kind."""

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    kind: str = "text"  # text | score | date | period | category | nip | total | yesno
    required: bool = False


def normalize_header(text: object) -> str:
    """Lower-case letters and digits only: the form headers are compared in."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower()) if text is not None else ""


# docs/data-contract.md §1: employee talent file ("data pemetaan talenta").
EMPLOYEE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("nip", "NIP", ("NIP Baru",), "nip", True),
    ColumnSpec("nama", "Nama", ("Nama Pegawai", "Nama Lengkap"), "text", True),
    ColumnSpec("instansi", "Instansi", ("Nama Instansi",), "text", True),
    ColumnSpec("jenis_instansi", "Jenis Instansi", ("Tipe Instansi",), "category"),
    ColumnSpec("provinsi", "Provinsi", (), "text"),
    ColumnSpec("kab_kota", "Kabupaten/Kota", ("Kab/Kota", "Kabupaten Kota"), "text"),
    ColumnSpec("unit_kerja", "Unit Kerja", ("OPD", "Unit Organisasi", "Perangkat Daerah"), "text", True),
    ColumnSpec("jabatan", "Jabatan", ("Nama Jabatan",), "text", True),
    ColumnSpec("jenis_jabatan", "Jenis Jabatan", (), "category", True),
    ColumnSpec("golongan", "Golongan", ("Gol", "Pangkat/Golongan"), "text"),
    ColumnSpec("jenis_kelamin", "Jenis Kelamin", ("JK", "L/P"), "category"),
    ColumnSpec("tanggal_lahir", "Tanggal Lahir", ("Tgl Lahir",), "date"),
    ColumnSpec("pendidikan", "Pendidikan", ("Pendidikan Terakhir",), "text"),
    ColumnSpec("period", "Periode", ("Tahun",), "period"),
    ColumnSpec("kinerja_utama", "Nilai Kinerja", ("Nilai SKP",), "score"),
    ColumnSpec("predikat_kinerja", "Predikat Kinerja", ("Predikat SKP",), "category"),
    ColumnSpec("penghargaan", "Penghargaan", (), "score"),
    ColumnSpec("tim_kerja", "Tim Kerja", ("Penugasan Tim Kerja",), "score"),
    ColumnSpec("umpan_balik", "Umpan Balik", ("Umpan Balik 360",), "score"),
    ColumnSpec("kompetensi", "Kompetensi", ("Nilai Kompetensi", "Penilaian Kompetensi"), "score"),
    ColumnSpec("pengembangan_kompetensi", "Pengembangan Kompetensi", (), "score"),
    ColumnSpec("pengalaman_jabatan", "Pengalaman Jabatan", (), "score"),
    ColumnSpec("potensi", "Potensi", ("Nilai Potensi", "Penilaian Potensi"), "score"),
    ColumnSpec("pendidikan_formal", "Pendidikan Formal", ("Kualifikasi Pendidikan",), "score"),
    ColumnSpec("kesesuaian_bidang_ilmu", "Kesesuaian Bidang Ilmu", (), "score"),
    ColumnSpec("integritas", "Integritas", ("Rekam Jejak",), "score"),
    ColumnSpec("skor_sumbu_kinerja", "Skor Sumbu Kinerja", ("Sumbu Kinerja", "Total Kinerja"), "score"),
    ColumnSpec(
        "skor_sumbu_potensial", "Skor Sumbu Potensial", ("Sumbu Potensial", "Total Potensial"), "score"
    ),
    # An extension (docs/data-contract.md §1): whether the employee's SKP for the period was set
    # (ditetapkan), Ya/Tidak; kept in employees.extra under this key (no schema change).
    ColumnSpec("skp_ditetapkan", "SKP Ditetapkan", ("Status SKP Ditetapkan", "Penetapan SKP"), "yesno"),
)

# docs/data-contract.md §2: merit assessment file ("data penilaian sistem merit"), long form and status
# columns.
MERIT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("instansi", "Instansi", ("Nama Instansi", "Kabupaten/Kota", "Kab/Kota"), "text", True),
    ColumnSpec("jenis_instansi", "Jenis Instansi", ("Tipe Instansi",), "category"),
    ColumnSpec("provinsi", "Provinsi", (), "text"),
    ColumnSpec("period", "Periode", ("Tahun",), "period"),
    ColumnSpec("stage", "Tahap", ("Tahapan",), "category"),
    ColumnSpec("aspect", "Aspek", ("Aspek Penilaian",), "category"),
    ColumnSpec("score", "Nilai", ("Skor",), "total"),
    ColumnSpec("status", "Status SIPINTER", ("Status", "Status Input"), "category"),
    ColumnSpec("nilai_mandiri", "Nilai Mandiri", ("Mandiri", "Penilaian Mandiri"), "total"),
    ColumnSpec("nilai_verifikasi", "Nilai Verifikasi", ("Verifikasi", "Hasil Verifikasi"), "total"),
    # The instrument version and the question-level columns of PermenPANRB 19/2025 (an extension:
    # docs/data-contract.md §2; the gate answers' headers come from data/reference/merit_gates.csv).
    ColumnSpec("instrument", "Instrumen", ("Versi Instrumen", "Regulasi", "Dasar Penilaian"), "category"),
    ColumnSpec("question", "Pertanyaan", ("Kode Pertanyaan", "No Pertanyaan", "Butir Pertanyaan"), "text"),
    ColumnSpec("evidence", "Bukti Dukung", ("Bukti", "Tautan Bukti", "Eviden"), "text"),
    ColumnSpec("condition", "Berlaku Jika", ("Syarat", "Syarat Berlaku"), "text"),
)


def alias_index(specs: tuple[ColumnSpec, ...]) -> dict[str, ColumnSpec]:
    """Normalised header or alias -> its column spec."""
    index: dict[str, ColumnSpec] = {}
    for spec in specs:
        for name in (spec.header, spec.key, *spec.aliases):
            index.setdefault(normalize_header(name), spec)
    return index


EMPLOYEE_ALIASES = alias_index(EMPLOYEE_COLUMNS)
MERIT_ALIASES = alias_index(MERIT_COLUMNS)
