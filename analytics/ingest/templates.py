"""The downloadable file templates of docs/data-contract.md §1–2, with one example row each."""

from __future__ import annotations

import pandas as pd

from analytics.ingest.columns import EMPLOYEE_COLUMNS, MERIT_COLUMNS

EMPLOYEE_EXAMPLE = {
    "nip": "198503122010012001", "nama": "Contoh Nama Pegawai", "instansi": "Pemerintah Kabupaten Contoh",
    "jenis_instansi": "Kabupaten", "provinsi": "Nusa Tenggara Timur", "kab_kota": "Kabupaten Contoh",
    "unit_kerja": "Dinas Pendidikan", "jabatan": "Analis SDM Aparatur Ahli Muda", "jenis_jabatan": "Fungsional",
    "golongan": "III/c", "jenis_kelamin": "P", "tanggal_lahir": "12/03/1985", "pendidikan": "S1",
    "period": 2025, "kinerja_utama": 87.5, "predikat_kinerja": "Sangat Baik", "penghargaan": 60,
    "tim_kerja": 80, "umpan_balik": 75, "kompetensi": 72, "pengembangan_kompetensi": 65,
    "pengalaman_jabatan": 70, "potensi": 68, "pendidikan_formal": 70, "kesesuaian_bidang_ilmu": 80,
    "integritas": 90, "skor_sumbu_kinerja": None, "skor_sumbu_potensial": None, "skp_ditetapkan": "Ya",
}  # fmt: skip

MERIT_EXAMPLE = [
    {"instansi": "Pemerintah Kabupaten Contoh", "jenis_instansi": "Kabupaten", "provinsi": "Nusa Tenggara Timur",
     "period": 2025, "stage": "Mandiri", "aspect": "Perencanaan Kebutuhan", "score": 30},
    {"instansi": "Pemerintah Kabupaten Contoh", "jenis_instansi": "Kabupaten", "provinsi": "Nusa Tenggara Timur",
     "period": 2025, "stage": "Verifikasi Akhir", "aspect": "Perencanaan Kebutuhan", "score": 27.5},
]  # fmt: skip

MERIT_STATUS_EXAMPLE = [
    {"instansi": "Pemerintah Kabupaten Contoh", "period": 2025, "status": "Selesai Input",
     "nilai_mandiri": 250, "nilai_verifikasi": 231.5},
]  # fmt: skip


def employee_template() -> pd.DataFrame:
    """The employee template: every contract header, one example row."""
    return pd.DataFrame([{c.header: EMPLOYEE_EXAMPLE.get(c.key) for c in EMPLOYEE_COLUMNS}])


def merit_template() -> pd.DataFrame:
    """The merit template in long form (Instansi … Tahap, Aspek, Nilai)."""
    keys = ("instansi", "jenis_instansi", "provinsi", "period", "stage", "aspect", "score")
    headers = {c.key: c.header for c in MERIT_COLUMNS}
    return pd.DataFrame([{headers[k]: row[k] for k in keys} for row in MERIT_EXAMPLE])


# PermenPANRB 19/2025 (from 2026; docs/data-contract.md §2, docs/rules.md §16): one row per question,
# a maturity score 0-4, evidence above 0, and a question switched on or off by a gate answer.
MERIT_2026_EXAMPLE = [
    {"Instansi": "Pemerintah Kabupaten Contoh", "Jenis Instansi": "Kabupaten", "Provinsi": "Nusa Tenggara Timur",
     "Periode": 2026, "Instrumen": "PermenPANRB 19/2025", "Tahap": "Mandiri",
     "Aspek": "Perencanaan Kebutuhan dan Standardisasi Jabatan", "Pertanyaan": "1.1", "Nilai": 3,
     "Bukti Dukung": "https://contoh.go.id/anjab-2026.pdf", "Berlaku Jika": "", "Membayar TPP": "ya"},
    {"Instansi": "Pemerintah Kabupaten Contoh", "Jenis Instansi": "Kabupaten", "Provinsi": "Nusa Tenggara Timur",
     "Periode": 2026, "Instrumen": "PermenPANRB 19/2025", "Tahap": "Mandiri",
     "Aspek": "Penghargaan dan Pengakuan", "Pertanyaan": "6.2", "Nilai": 0,
     "Bukti Dukung": "", "Berlaku Jika": "Membayar TPP = ya", "Membayar TPP": "ya"},
]  # fmt: skip


def merit_2026_template() -> pd.DataFrame:
    """The PermenPANRB 19/2025 template: one row per question (Aspek, Pertanyaan, Nilai 0–4, Bukti
    Dukung, Berlaku Jika and the gate answer columns)."""
    return pd.DataFrame(MERIT_2026_EXAMPLE)


def merit_status_template() -> pd.DataFrame:
    """The SIPINTER status template (Instansi, Periode, Status SIPINTER, Nilai Mandiri, Nilai Verifikasi)."""
    headers = {c.key: c.header for c in MERIT_COLUMNS}
    return pd.DataFrame([{headers[k]: v for k, v in row.items()} for row in MERIT_STATUS_EXAMPLE])


def column_guide(kind: str, lang: str = "id") -> pd.DataFrame:
    """The template's columns as a table for the Data page: header, aliases, required."""
    specs = EMPLOYEE_COLUMNS if kind == "employees" else MERIT_COLUMNS
    from analytics.labels import t

    return pd.DataFrame(
        {
            t("data.col.header", lang): [s.header for s in specs],
            t("data.col.aliases", lang): [", ".join(s.aliases) for s in specs],
            t("data.col.meaning", lang): [t(f"column.{kind}.{s.key}", lang) for s in specs],
            t("data.col.required", lang): [t("common.yes", lang) if s.required else "" for s in specs],
        }
    )
