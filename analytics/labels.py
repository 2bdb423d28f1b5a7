"""Every user-visible text, under a key, in Indonesian (default) and English.

Pages, charts, the command line and validation messages all take their words from here; a test
asserts that every key used in the code exists in both languages.
"""

from __future__ import annotations

from typing import Any

LANGS = ("id", "en")
DEFAULT_LANG = "id"

LABELS: dict[str, dict[str, str]] = {
    # --- app shell -------------------------------------------------------------------------------
    "app.title": {"id": "Dasbor Talenta & Sistem Merit ASN", "en": "ASN Talent & Merit Dashboard"},
    "app.lang": {"id": "Bahasa", "en": "Language"},
    "app.building_demo": {
        "id": "Menyiapkan data demo untuk pertama kali…",
        "en": "Building the demo data for the first time…",
    },
    "app.demo_ready": {"id": "Data demo siap.", "en": "Demo data ready."},
    # --- import (validation messages: what is wrong, then what to do) -----------------------------
    "severity.error": {"id": "Galat", "en": "Error"},
    "severity.warning": {"id": "Peringatan", "en": "Warning"},
    "severity.info": {"id": "Info", "en": "Info"},
    "ingest.where.file": {"id": "Berkas {file}", "en": "File {file}"},
    "ingest.where.row": {"id": "baris {row}", "en": "row {row}"},
    "ingest.where.column": {"id": "kolom '{column}'", "en": "column '{column}'"},
    "ingest.where.value": {"id": "nilai '{value}'", "en": "value '{value}'"},
    "ingest.detected.csv": {"id": "teks CSV", "en": "CSV text"},
    "ingest.detected.xlsx": {"id": "Excel .xlsx", "en": "Excel .xlsx"},
    "ingest.detected.parquet": {"id": "Parquet", "en": "Parquet"},
    "ingest.detected.xls": {"id": "Excel lama .xls", "en": "old Excel .xls"},
    "ingest.detected.zip": {"id": "arsip ZIP", "en": "a ZIP archive"},
    "ingest.detected.binary": {"id": "data biner (bukan teks)", "en": "binary data (not text)"},
    "ingest.empty_file": {
        "id": "berkas kosong. Ekspor ulang data dari aplikasi sumber lalu unggah lagi.",
        "en": "the file is empty. Export the data again from the source system and upload it again.",
    },
    "ingest.no_rows": {
        "id": "ada judul kolom tetapi tidak ada baris data. Isi data di bawah baris judul kolom.",
        "en": "there is a header but no data rows. Fill in the data below the header row.",
    },
    "ingest.unsupported_extension": {
        "id": "jenis berkas '{ext}' tidak didukung. Simpan sebagai .xlsx, .csv atau .parquet.",
        "en": "file type '{ext}' is not supported. Save it as .xlsx, .csv or .parquet.",
    },
    "ingest.corrupt_file": {
        "id": "berkas {type} rusak atau terpotong dan tidak dapat dibaca. Buka di Excel, simpan ulang, lalu unggah lagi.",
        "en": "the {type} file is damaged or truncated and cannot be read. Open it in Excel, save it again and re-upload.",
    },
    "ingest.wrong_content": {
        "id": "berkas bernama '{ext}' tetapi isinya {detected}. Simpan ulang dari Excel sebagai .xlsx atau CSV.",
        "en": "the file is named '{ext}' but contains {detected}. Save it again from Excel as .xlsx or CSV.",
    },
    "ingest.extension_mismatch": {
        "id": "isi berkas tidak sesuai ekstensinya '{ext}' (terdeteksi: {detected}). Ganti nama berkas sesuai isinya atau simpan ulang dalam format yang benar.",
        "en": "the content does not match its extension '{ext}' (detected: {detected}). Rename the file to match or save it again in the right format.",
    },
    "ingest.no_header": {
        "id": "baris judul kolom tidak ditemukan di 30 baris pertama. Pastikan ada judul kolom seperti NIP, Nama, Unit Kerja (lihat templat).",
        "en": "no header row found in the first 30 rows. Make sure there are column headers such as NIP, Nama, Unit Kerja (see the template).",
    },
    "ingest.truncated_csv": {
        "id": "berkas CSV terpotong (tanda kutip tidak ditutup di akhir berkas). Ekspor ulang berkas secara lengkap.",
        "en": "the CSV file is truncated (an unclosed quote at the end). Export the complete file again.",
    },
    "ingest.csv_parse": {
        "id": "baris {row} memiliki jumlah kolom yang berbeda dari judul kolom. Periksa pemisah (; atau ,) dan tanda kutip pada baris itu.",
        "en": "line {row} has a different number of fields than the header. Check the separator (; or ,) and quotes on that line.",
    },
    "ingest.zip_bomb": {
        "id": "berkas Excel mengembang menjadi {size} MB saat dibuka; ditolak demi keamanan. Simpan ulang hanya dengan data yang diperlukan.",
        "en": "the Excel file expands to {size} MB when opened; refused for safety. Save it again with only the needed data.",
    },
    "ingest.duplicate_column": {
        "id": "kolom ini sama artinya dengan kolom '{first}' dan diabaikan. Hapus salah satunya.",
        "en": "this column means the same as column '{first}' and is ignored. Remove one of them.",
    },
    "ingest.extra_columns": {
        "id": "kolom tidak dikenal disimpan terpisah dan tidak dipakai dalam analisis: {columns}.",
        "en": "unknown columns are kept aside and not used in the analysis: {columns}.",
    },
    "ingest.missing_column": {
        "id": "kolom wajib tidak ada. Tambahkan kolom '{column}' (nama lain yang diterima: {aliases}).",
        "en": "a required column is missing. Add the column '{column}' (accepted aliases: {aliases}).",
    },
    "ingest.missing_performance": {
        "id": "tidak ada kolom kinerja. Tambahkan 'Nilai Kinerja' (angka 0–100) atau 'Predikat Kinerja' (Sangat Baik … Sangat Kurang).",
        "en": "no performance column. Add 'Nilai Kinerja' (0–100) or 'Predikat Kinerja' (Sangat Baik … Sangat Kurang).",
    },
    "ingest.missing_potential": {
        "id": "tidak ada kolom potensial. Tambahkan 'Kompetensi' (0–100) atau 'Skor Sumbu Potensial'.",
        "en": "no potential column. Add 'Kompetensi' (0–100) or 'Skor Sumbu Potensial'.",
    },
    "ingest.period_missing": {
        "id": "periode tidak diketahui. Tambahkan kolom 'Periode' (tahun) atau pilih periode sebelum mengimpor (--period).",
        "en": "the period is unknown. Add a 'Periode' (year) column or choose the period before importing (--period).",
    },
    "ingest.merit_no_content": {
        "id": "tidak ada kolom nilai merit. Tambahkan 'Aspek' dan 'Nilai', kolom per aspek, atau 'Status SIPINTER'.",
        "en": "no merit columns. Add 'Aspek' and 'Nilai', one column per aspect, or 'Status SIPINTER'.",
    },
    "ingest.required_blank": {
        "id": "sel wajib kosong. Isi sel ini atau hapus barisnya.",
        "en": "a required cell is empty. Fill it in or remove the row.",
    },
    "ingest.nip_scientific": {
        "id": "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks di Excel lalu ekspor ulang.",
        "en": "the NIP was stored as a number and lost its last digits. Format the NIP column as Text in Excel and export again.",
    },
    "ingest.nip_length": {
        "id": "NIP harus 18 digit. Periksa NIP pegawai ini.",
        "en": "the NIP must have 18 digits. Check this employee's NIP.",
    },
    "ingest.nip_digits": {
        "id": "NIP hanya boleh berisi angka. Hapus huruf, spasi atau tanda baca.",
        "en": "the NIP may contain digits only. Remove letters, spaces or punctuation.",
    },
    "ingest.nip_birth_date": {
        "id": "8 digit pertama NIP bukan tanggal lahir yang masuk akal (TTTTBBHH). Periksa NIP.",
        "en": "the first 8 digits of the NIP are not a plausible birth date (YYYYMMDD). Check the NIP.",
    },
    "ingest.nip_gender": {
        "id": "digit ke-15 NIP (jenis kelamin) harus 1 atau 2. Periksa NIP.",
        "en": "digit 15 of the NIP (gender) must be 1 or 2. Check the NIP.",
    },
    "ingest.nip_appointment": {
        "id": "digit 9–14 NIP bukan TMT CPNS (TTTTBB) atau kode PPPK (tahun + 21/24) yang sah. Periksa NIP.",
        "en": "digits 9–14 of the NIP are not a valid appointment (YYYYMM) nor a PPPK code (year + 21/24). Check the NIP.",
    },
    "ingest.period_invalid": {
        "id": "periode harus tahun antara 2000 dan 2100. Perbaiki isi sel.",
        "en": "the period must be a year between 2000 and 2100. Correct the cell.",
    },
    "ingest.period_blank": {
        "id": "periode kosong. Isi tahun pemetaan atau pilih periode sebelum mengimpor.",
        "en": "the period is empty. Fill in the year or choose the period before importing.",
    },
    "ingest.not_a_number": {
        "id": "bukan angka. Tulis angka seperti 87,5 atau kosongkan bila belum dinilai.",
        "en": "not a number. Write a number such as 87.5, or leave it empty if not assessed.",
    },
    "ingest.score_range": {
        "id": "nilai harus antara {low} dan {high}. Perbaiki nilainya.",
        "en": "the score must be between {low} and {high}. Correct it.",
    },
    "ingest.bad_position_type": {
        "id": "jenis jabatan tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown position type. Use one of: {allowed}.",
    },
    "ingest.bad_agency_type": {
        "id": "jenis instansi tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown agency type. Use one of: {allowed}.",
    },
    "ingest.bad_predicate": {
        "id": "predikat kinerja tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown performance predicate. Use one of: {allowed}.",
    },
    "ingest.bad_gender": {
        "id": "jenis kelamin harus L atau P (Laki-laki/Perempuan). Perbaiki isi sel.",
        "en": "gender must be L or P (Laki-laki/Perempuan). Correct the cell.",
    },
    "ingest.gender_mismatch": {
        "id": "jenis kelamin berbeda dengan digit jenis kelamin pada NIP; nilai di berkas yang dipakai. Periksa salah satunya.",
        "en": "the gender differs from the NIP's gender digit; the file's value is used. Check one of them.",
    },
    "ingest.bad_date": {
        "id": "tanggal tidak terbaca. Tulis sebagai HH/BB/TTTT, misalnya 23/11/1985.",
        "en": "unreadable date. Write it as DD/MM/YYYY, e.g. 23/11/1985.",
    },
    "ingest.birth_date_mismatch": {
        "id": "tanggal lahir berbeda dengan tanggal lahir pada NIP; nilai di berkas yang dipakai. Periksa salah satunya.",
        "en": "the birth date differs from the one in the NIP; the file's value is used. Check one of them.",
    },
    "ingest.duplicate_nip": {
        "id": "NIP ini muncul lebih dari sekali untuk periode yang sama (pertama di baris {first_rows}). Hapus baris gandanya.",
        "en": "this NIP appears more than once for the same period (first in row {first_rows}). Remove the duplicate row.",
    },
    "ingest.already_stored": {
        "id": "pegawai ini sudah tersimpan untuk periode tersebut. Pilih 'ganti data periode' (--replace) untuk menimpa data instansi ini.",
        "en": "this employee is already stored for that period. Choose 'replace period data' (--replace) to overwrite this agency's data.",
    },
    "ingest.bad_stage": {
        "id": "tahap penilaian tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown assessment stage. Use one of: {allowed}.",
    },
    "ingest.unknown_aspect": {
        "id": "aspek sistem merit tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown merit aspect. Use one of: {allowed}.",
    },
    "ingest.score_negative": {
        "id": "nilai tidak boleh negatif. Perbaiki nilainya.",
        "en": "the score cannot be negative. Correct it.",
    },
    "ingest.score_above_max": {
        "id": "nilai melebihi maksimum aspek {aspect} ({maximum}). Periksa nilainya.",
        "en": "the score exceeds the maximum of aspect {aspect} ({maximum}). Check it.",
    },
    "ingest.total_above_max": {
        "id": "total nilai melebihi maksimum instrumen ({maximum}) atau negatif. Periksa nilai aspek-aspeknya.",
        "en": "the total exceeds the instrument maximum ({maximum}) or is negative. Check the aspect scores.",
    },
    "ingest.duplicate_merit": {
        "id": "aspek ini muncul lebih dari sekali untuk instansi, periode dan tahap yang sama. Hapus baris gandanya.",
        "en": "this aspect appears more than once for the same agency, period and stage. Remove the duplicate row.",
    },
    "ingest.bad_status": {
        "id": "status SIPINTER tidak dikenal. Gunakan salah satu: {allowed} (atau 'tidak terbaca').",
        "en": "unknown SIPINTER status. Use one of: {allowed} (or 'tidak terbaca').",
    },
    "ingest.duplicate_status": {
        "id": "instansi ini muncul lebih dari sekali untuk periode yang sama. Hapus baris gandanya.",
        "en": "this agency appears more than once for the same period. Remove the duplicate row.",
    },
    "ingest.merit_already_stored": {
        "id": "data merit instansi ini untuk periode/tahap tersebut sudah tersimpan. Pilih 'ganti data' (--replace) untuk menimpanya.",
        "en": "this agency's merit data for that period/stage is already stored. Choose 'replace' (--replace) to overwrite it.",
    },
    # --- command line ----------------------------------------------------------------------------
    "summary.title": {"id": "Isi basis data {path}", "en": "Contents of database {path}"},
    "summary.employees": {"id": "Baris pegawai (semua periode)", "en": "Employee rows (all periods)"},
    "summary.people": {"id": "Pegawai (NIP unik)", "en": "Employees (unique NIP)"},
    "summary.instansi": {"id": "Instansi", "en": "Agencies"},
    "summary.provinces": {"id": "Provinsi", "en": "Provinces"},
    "summary.merit_scores": {"id": "Nilai aspek merit", "en": "Merit aspect scores"},
    "summary.merit_status": {"id": "Status SIPINTER", "en": "SIPINTER status rows"},
    "summary.imports": {"id": "Impor tercatat", "en": "Recorded imports"},
    "summary.period_line": {
        "id": "Periode {period}: {n} pegawai di {instansi} instansi",
        "en": "Period {period}: {n} employees in {instansi} agencies",
    },
    "summary.merit_periods": {"id": "Periode penilaian merit: {periods}", "en": "Merit assessment periods: {periods}"},
    "cli.file_not_found": {"id": "Berkas tidak ditemukan: {file}", "en": "File not found: {file}"},
    "cli.rejects_needs_skip": {
        "id": "--rejects hanya berlaku bersama --skip-invalid.",
        "en": "--rejects only applies together with --skip-invalid.",
    },
    "cli.reading": {"id": "Membaca dan memeriksa {file}", "en": "Reading and checking {file}"},
    "cli.storing": {"id": "Menyimpan ke basis data", "en": "Storing in the database"},
    "cli.rejected": {
        "id": "Berkas ditolak: {n} baris bermasalah. Tidak ada data yang diubah.",
        "en": "File rejected: {n} rows with errors. No data was changed.",
    },
    "cli.rejects_written": {
        "id": "{n} baris ditolak ditulis ke {file} beserta alasannya.",
        "en": "{n} rejected rows written to {file} with their reasons.",
    },
    "cli.rows_loaded": {"id": "{n} baris dimuat", "en": "{n} rows loaded"},
}


def t(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{params}`` filled in; a missing key raises KeyError."""
    entry = LABELS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text
