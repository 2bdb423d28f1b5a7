"""Every user-visible text, under a key, in Indonesian (default) and English.

Pages, charts, the command line and validation messages all take their words from here; a test
asserts that every key used in the code exists in both languages.
"""

from __future__ import annotations

from typing import Any

from analytics.labels_access import ACCESS_LABELS
from analytics.labels_quality import QUALITY_LABELS

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
    # --- pages: shell, Beranda, Data -------------------------------------------------------------
    "nav.home": {"id": "Beranda", "en": "Overview"},
    "nav.data": {"id": "Data", "en": "Data"},
    "common.yes": {"id": "ya", "en": "yes"},
    "sidebar.source": {"id": "Sumber data", "en": "Data source"},
    "sidebar.source.default": {"id": "Bawaan (demo)", "en": "Default (demo)"},
    "sidebar.source.custom": {"id": "Basis data saya", "en": "My database"},
    "sidebar.custom_path": {"id": "Lokasi berkas DuckDB", "en": "DuckDB file path"},
    "sidebar.custom_hint": {
        "id": "Tulis lokasi berkas .duckdb yang dibuat dengan `python -m analytics load`.",
        "en": "Enter the path of a .duckdb file created with `python -m analytics load`.",
    },
    "sidebar.custom_missing": {"id": "Berkas tidak ditemukan: {path}", "en": "File not found: {path}"},
    "sidebar.no_employees": {
        "id": "Belum ada data pegawai. Unggah data di halaman Data.",
        "en": "No employee data yet. Upload data on the Data page.",
    },
    "sidebar.url_period": {
        "id": "Periode '{value}' pada tautan tidak dikenal; periode terbaru dipakai.",
        "en": "Period '{value}' in the link is not known; the latest period is used.",
    },
    "sidebar.period": {"id": "Periode", "en": "Period"},
    "sidebar.filters": {"id": "Saring populasi", "en": "Filter population"},
    "sidebar.all": {"id": "Semua", "en": "All"},
    "sidebar.reset": {"id": "Hapus saringan", "en": "Clear filters"},
    "filter.provinsi": {"id": "Provinsi", "en": "Province"},
    "filter.instansi": {"id": "Instansi", "en": "Agency"},
    "filter.unit_kerja": {"id": "Unit kerja", "en": "Work unit"},
    "filter.jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    "home.title": {"id": "Dasbor Talenta & Sistem Merit ASN", "en": "ASN Talent & Merit Dashboard"},
    "home.purpose": {
        "id": "Pemetaan talenta nine-box, talent pool, perencanaan suksesi dan indeks sistem merit instansi pemerintah — untuk rapat pimpinan, evaluator BKN dan pelatihan.",
        "en": "Nine-box talent mapping, talent pool, succession planning and the merit-system index of government agencies — for leadership meetings, BKN evaluators and training.",
    },
    "home.no_source": {
        "id": "Pilih sumber data di bilah samping.",
        "en": "Choose a data source in the sidebar.",
    },
    "home.no_employees": {
        "id": "Basis data ini belum berisi data pegawai.",
        "en": "This database holds no employee data yet.",
    },
    "home.go_data": {"id": "Unggah data", "en": "Upload data"},
    "home.loaded": {"id": "Data yang dimuat — periode {period}", "en": "Loaded data — period {period}"},
    "home.employees": {"id": "Pegawai", "en": "Employees"},
    "home.instansi": {"id": "Instansi", "en": "Agencies"},
    "home.units": {"id": "Unit kerja", "en": "Work units"},
    "home.periods": {"id": "Periode tersedia", "en": "Periods available"},
    "home.talent_pool": {"id": "Talent pool (kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "home.talent_pool_help": {
        "id": "Bagian pegawai terpetakan di kotak 7, 8, 9 dengan bobot Kepka BKN 411/2025 dan batas 60/80. Anjuran: {low}–{high} dari ASN instansi.",
        "en": 'Share of mapped employees in boxes 7, 8, 9 with Kepka BKN 411/2025 weights and 60/80 cut-offs. Recommended: {low}–{high} of the agency"s ASN.',
    },
    "home.box9": {"id": "Kotak 9 (talenta terbaik)", "en": "Box 9 (top talent)"},
    "home.unmappable": {"id": "Belum dapat dipetakan", "en": "Not mappable"},
    "home.unmappable_help": {
        "id": "Pegawai dengan komponen nilai yang belum dinilai; tidak dihitung sebagai 0.",
        "en": "Employees with a component not yet assessed; never counted as 0.",
    },
    "home.merit_instansi": {"id": "Instansi dengan data merit", "en": "Agencies with merit data"},
    "home.pool_below": {
        "id": "Talent pool {share} masih di bawah anjuran minimal {low}.",
        "en": "The talent pool of {share} is below the recommended minimum of {low}.",
    },
    "home.analyses": {"id": "Analisis", "en": "Analyses"},
    "home.card.data.title": {"id": "Data", "en": "Data"},
    "home.card.data.text": {
        "id": "Unggah berkas pegawai atau penilaian merit, periksa sebelum disimpan, unduh templat.",
        "en": "Upload employee or merit files, check them before storing, download templates.",
    },
    "data.title": {"id": "Data", "en": "Data"},
    "data.caption": {
        "id": "Unggah berkas Excel/CSV/Parquet. Berkas diperiksa dulu; tidak ada yang disimpan sebelum Anda menekan Impor.",
        "en": "Upload Excel/CSV/Parquet files. Files are checked first; nothing is stored until you press Import.",
    },
    "data.tab.upload": {"id": "Unggah dan periksa", "en": "Upload and check"},
    "data.tab.templates": {"id": "Templat", "en": "Templates"},
    "data.tab.download": {"id": "Unduh data", "en": "Download data"},
    "data.kind": {"id": "Jenis data", "en": "Kind of data"},
    "data.kind.auto": {"id": "Deteksi otomatis", "en": "Detect"},
    "data.kind.employees": {"id": "Pemetaan talenta pegawai", "en": "Employee talent mapping"},
    "data.kind.merit": {"id": "Penilaian sistem merit", "en": "Merit assessment"},
    "data.period": {"id": "Periode bila tidak ada di berkas", "en": "Period if the file has none"},
    "data.period_help": {
        "id": "Dipakai untuk baris tanpa kolom Periode/Tahun.",
        "en": "Used for rows without a Periode/Tahun column.",
    },
    "data.replace": {"id": "Ganti data periode ini", "en": 'Replace this period"s data'},
    "data.replace_help": {
        "id": "Baris instansi yang sama pada periode yang sama diganti isi berkas ini.",
        "en": "Rows of the same agency and period are replaced by this file.",
    },
    "data.skip_invalid": {"id": "Lewati baris bermasalah", "en": "Skip rows with errors"},
    "data.skip_invalid_help": {
        "id": "Muat baris yang benar saja; baris bermasalah dapat diunduh beserta alasannya.",
        "en": "Load only valid rows; rejected rows can be downloaded with their reasons.",
    },
    "data.file": {"id": "Berkas", "en": "File"},
    "data.file_help": {
        "id": "xlsx, csv (pemisah ; atau ,) atau parquet. Baris judul di atas tabel boleh ada.",
        "en": "xlsx, csv (; or , separated) or parquet. Title rows above the table are fine.",
    },
    "data.limit": {
        "id": "Batas unggah 200 MB per berkas. Berkas yang lebih besar (mis. satu provinsi) dimuat lewat baris perintah: python -m analytics load BERKAS.",
        "en": "Upload limit 200 MB per file. Larger files (e.g. a whole province) load from the command line: python -m analytics load FILE.",
    },
    "data.checking": {"id": "Memeriksa {file}…", "en": "Checking {file}…"},
    "data.report": {"id": "Laporan pemeriksaan: {file}", "en": "Validation report: {file}"},
    "data.kind_detected": {"id": "Jenis data", "en": "Kind of data"},
    "data.rows": {"id": "Baris data", "en": "Data rows"},
    "data.rows_valid": {"id": "Baris tanpa galat", "en": "Rows without errors"},
    "data.problems": {"id": "Galat / peringatan", "en": "Errors / warnings"},
    "data.problems_help": {
        "id": "Galat menghalangi impor; peringatan tidak.",
        "en": "Errors block the import; warnings do not.",
    },
    "data.fatal": {
        "id": "Berkas tidak dapat diimpor. Perbaiki masalah di bawah lalu unggah lagi.",
        "en": "The file cannot be imported. Fix the problems below and upload again.",
    },
    "data.has_errors": {
        "id": '{n} baris bermasalah. Perbaiki lalu unggah lagi, atau pilih "Lewati baris bermasalah".',
        "en": '{n} rows have errors. Fix them and upload again, or choose "Skip rows with errors".',
    },
    "data.no_errors": {
        "id": "Tidak ada galat. Periksa pratinjau lalu tekan Impor.",
        "en": "No errors. Check the preview, then press Import.",
    },
    "data.p.severity": {"id": "Jenis", "en": "Kind"},
    "data.p.message": {"id": "Masalah dan cara memperbaiki", "en": "Problem and how to fix it"},
    "data.p.more": {"id": "… dan {n} masalah lain.", "en": "… and {n} more problems."},
    "data.preview": {
        "id": "Pratinjau (50 baris pertama, setelah dibaca)",
        "en": "Preview (first 50 rows, as read)",
    },
    "data.import": {"id": "Impor", "en": "Import"},
    "data.importing": {"id": "Mengimpor…", "en": "Importing…"},
    "data.imported": {"id": "{n} baris dimuat", "en": "{n} rows loaded"},
    "data.rejects_download": {"id": "Unduh {n} baris yang ditolak", "en": "Download the {n} rejected rows"},
    "data.fix_hint": {
        "id": 'Tombol Impor aktif setelah galat diperbaiki atau "Lewati baris bermasalah" dipilih.',
        "en": 'Import becomes available once errors are fixed or "Skip rows with errors" is chosen.',
    },
    "data.template.employees": {
        "id": "Templat data pemetaan talenta",
        "en": "Employee talent mapping template",
    },
    "data.template.merit": {"id": "Templat data penilaian sistem merit", "en": "Merit assessment template"},
    "data.template.xlsx": {"id": "Unduh templat (xlsx)", "en": "Download template (xlsx)"},
    "data.template.csv": {"id": "Unduh {name} (csv)", "en": "Download {name} (csv)"},
    "data.col.header": {"id": "Judul kolom", "en": "Header"},
    "data.col.aliases": {"id": "Nama lain yang diterima", "en": "Accepted aliases"},
    "data.col.meaning": {"id": "Arti", "en": "Meaning"},
    "data.col.required": {"id": "Wajib", "en": "Required"},
    "data.download_text": {
        "id": "{n} baris pegawai periode {period} sesuai saringan di bilah samping.",
        "en": "{n} employee rows of period {period} matching the sidebar filters.",
    },
    "data.download_too_big": {
        "id": "Terlalu banyak baris untuk satu lembar Excel (maks. {max}). Persempit saringan.",
        "en": "Too many rows for one Excel sheet (max {max}). Narrow the filters.",
    },
    "data.download_prepare": {"id": "Siapkan berkas xlsx", "en": "Prepare the xlsx file"},
    "data.download_preparing": {"id": "Menyiapkan berkas…", "en": "Preparing the file…"},
    "data.download_button": {"id": "Unduh data (xlsx)", "en": "Download data (xlsx)"},
    "column.employees.nip": {
        "id": "NIP 18 digit (teks atau angka di Excel)",
        "en": "18-digit NIP (text or number in Excel)",
    },
    "column.employees.nama": {"id": "nama lengkap", "en": "full name"},
    "column.employees.instansi": {"id": "instansi", "en": "agency"},
    "column.employees.jenis_instansi": {
        "id": "Kementerian, LPNK, Provinsi, Kabupaten, Kota",
        "en": "Kementerian, LPNK, Provinsi, Kabupaten, Kota",
    },
    "column.employees.provinsi": {"id": "provinsi", "en": "province"},
    "column.employees.kab_kota": {"id": "kabupaten atau kota", "en": "regency or city"},
    "column.employees.unit_kerja": {"id": "unit kerja / OPD", "en": "work unit"},
    "column.employees.jabatan": {"id": "nama jabatan", "en": "position"},
    "column.employees.jenis_jabatan": {
        "id": "JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Fungsional, Pelaksana",
        "en": "JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Fungsional, Pelaksana",
    },
    "column.employees.golongan": {"id": "mis. III/a", "en": "e.g. III/a"},
    "column.employees.jenis_kelamin": {
        "id": "L atau P; bila kosong diambil dari NIP",
        "en": "L or P; from the NIP if absent",
    },
    "column.employees.tanggal_lahir": {
        "id": "tanggal; bila kosong diambil dari NIP",
        "en": "date; from the NIP if absent",
    },
    "column.employees.pendidikan": {
        "id": "jenjang pendidikan (S1, S2 …)",
        "en": "education level (S1, S2 …)",
    },
    "column.employees.period": {"id": "tahun pemetaan", "en": "year of the mapping"},
    "column.employees.kinerja_utama": {
        "id": "nilai kinerja (SKP) 0–100; ini atau Predikat Kinerja",
        "en": "performance rating 0–100; this or Predikat Kinerja",
    },
    "column.employees.predikat_kinerja": {
        "id": "Sangat Baik … Sangat Kurang",
        "en": "Sangat Baik … Sangat Kurang",
    },
    "column.employees.penghargaan": {"id": "nilai penghargaan 0–100", "en": "awards score 0–100"},
    "column.employees.tim_kerja": {"id": "nilai penugasan tim kerja 0–100", "en": "team-work score 0–100"},
    "column.employees.umpan_balik": {"id": "nilai umpan balik 360° 0–100", "en": "360° feedback score 0–100"},
    "column.employees.kompetensi": {
        "id": "penilaian kompetensi 0–100 (atau Skor Sumbu Potensial)",
        "en": "competency assessment 0–100 (or Skor Sumbu Potensial)",
    },
    "column.employees.pengembangan_kompetensi": {
        "id": "nilai pengembangan kompetensi 0–100",
        "en": "competency-development score 0–100",
    },
    "column.employees.pengalaman_jabatan": {
        "id": "nilai pengalaman jabatan 0–100",
        "en": "job-experience score 0–100",
    },
    "column.employees.potensi": {"id": "penilaian potensi 0–100", "en": "potential assessment 0–100"},
    "column.employees.pendidikan_formal": {
        "id": "nilai pendidikan formal 0–100",
        "en": "formal-education score 0–100",
    },
    "column.employees.kesesuaian_bidang_ilmu": {
        "id": "nilai kesesuaian bidang ilmu 0–100",
        "en": "field-of-study fit 0–100",
    },
    "column.employees.integritas": {
        "id": "nilai integritas/rekam jejak 0–100",
        "en": "integrity/track-record score 0–100",
    },
    "column.employees.skor_sumbu_kinerja": {
        "id": "skor sumbu kinerja siap pakai 0–100",
        "en": "ready performance-axis score 0–100",
    },
    "column.employees.skor_sumbu_potensial": {
        "id": "skor sumbu potensial siap pakai 0–100",
        "en": "ready potential-axis score 0–100",
    },
    "column.merit.instansi": {"id": "instansi yang dinilai", "en": "assessed agency"},
    "column.merit.jenis_instansi": {
        "id": "Kementerian, LPNK, Provinsi, Kabupaten, Kota",
        "en": "Kementerian, LPNK, Provinsi, Kabupaten, Kota",
    },
    "column.merit.provinsi": {"id": "provinsi", "en": "province"},
    "column.merit.period": {"id": "tahun penilaian", "en": "assessment year"},
    "column.merit.stage": {
        "id": "Mandiri, Verifikasi Awal, Asistensi 1, Asistensi 2, Verifikasi Akhir",
        "en": "Mandiri, Verifikasi Awal, Asistensi 1, Asistensi 2, Verifikasi Akhir",
    },
    "column.merit.aspect": {
        "id": "salah satu dari delapan aspek (atau satu kolom per aspek)",
        "en": "one of the eight aspects (or one column per aspect)",
    },
    "column.merit.score": {
        "id": "nilai aspek (tidak melebihi maksimum aspek)",
        "en": "aspect score (not above the aspect maximum)",
    },
    "column.merit.status": {
        "id": "Belum Input, Sedang Input, Selesai Input (atau 'tidak terbaca')",
        "en": "Belum Input, Sedang Input, Selesai Input (or 'tidak terbaca')",
    },
    "column.merit.nilai_mandiri": {
        "id": "total nilai mandiri (bila tidak ada baris aspek)",
        "en": "self-assessed total (when there are no aspect rows)",
    },
    "column.merit.nilai_verifikasi": {
        "id": "total nilai verifikasi (bila tidak ada baris aspek)",
        "en": "verified total (when there are no aspect rows)",
    },
    # --- import (validation messages: what is wrong, then what to do) -----------------------------
    "severity.error": {"id": "Galat", "en": "Error"},
    "severity.warning": {"id": "Peringatan", "en": "Warning"},
    "severity.info": {"id": "Info", "en": "Info"},
    "ingest.where.file": {"id": "Berkas {file}", "en": "File {file}"},
    "ingest.where.row": {"id": "baris {row}", "en": "row {row}"},
    "ingest.where.column": {"id": "kolom '{column}'", "en": "column '{column}'"},
    "ingest.where.value": {"id": "nilai '{value}'", "en": "value '{value}'"},
    # issue 19.7: the grouped import report (one line per kind of problem) and the part of the file
    "ingest.part.header": {"id": "baris judul kolom", "en": "the header row"},
    "ingest.part.row": {"id": "seluruh baris", "en": "the whole row"},
    "ingest.part.file": {"id": "seluruh berkas", "en": "the whole file"},
    "ingest.group.rows": {"id": "{n} baris ({rows})", "en": "{n} rows ({rows})"},
    "ingest.group.more": {"id": "… dan {n} lainnya", "en": "… and {n} more"},
    "ingest.group.values": {"id": "nilai {values}", "en": "values {values}"},
    "data.p.count": {"id": "Jumlah", "en": "Count"},
    # issue 19.8/19.10: no internal key or the other language on screen
    "upload.how": {
        "id": "Klik tombol unggah atau seret berkas ke kotak di atas. Jenis berkas: {types}.",
        "en": "Click the upload button or drop a file on the box above. File types: {types}.",
    },
    "data.template.sheet.pegawai": {"id": "data pegawai", "en": "employee data"},
    "data.template.sheet.nilai_aspek": {"id": "nilai aspek merit", "en": "merit aspect scores"},
    "data.template.sheet.status_sipinter": {"id": "status SIPINTER", "en": "SIPINTER status"},
    "merit.target_note.pairing_uncertain": {
        "id": "pasangan jenis instansi dan target tidak pasti karena tata letak slide sumber",
        "en": "the pairing of agency type and target is uncertain because of the source slide's layout",
    },
    "whatif.preset.kepka411": {"id": "Kepka BKN 411/2025", "en": "Kepka BKN 411/2025"},
    "whatif.preset.setara": {"id": "Bobot setara", "en": "Equal weights"},
    "whatif.preset_placeholder": {"id": "Pilih bobot …", "en": "Choose weights …"},
    "nbpage.col.calibration": {"id": "Kalibrasi", "en": "Calibration"},
    # issue 19.9: the calibrated person at a glance ('both' view) and on the deck's title slide
    "nbpage.chart.calibrated_to_legend": {
        "id": "Kotak keputusan rapat ({n}; panah dari nilai)",
        "en": "Box the meeting chose ({n}; arrow from the scores)",
    },
    "export.deck.calibrations": {
        "id": "Termasuk {n} kalibrasi rapat talenta. {view}",
        "en": "Includes {n} talent-review calibrations. {view}",
    },
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
    "ingest.old_excel": {
        "id": "format Excel lama (.xls) tidak didukung. Buka di Excel lalu 'Simpan Sebagai' Buku Kerja Excel (.xlsx).",
        "en": "the old Excel format (.xls) is not supported. Open it in Excel and 'Save As' Excel Workbook (.xlsx).",
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
    # --- calibration ------------------------------------------------------------------------------
    "calibration.error.reason": {
        "id": "Alasan kalibrasi wajib diisi, minimal satu kalimat ({n} kata atau lebih).",
        "en": "A calibration needs a reason of at least one sentence ({n} words or more).",
    },
    "calibration.error.by": {
        "id": "Isi siapa yang memutuskan (nama/jabatan).",
        "en": "Fill in who decided (name/role).",
    },
    "calibration.error.box": {"id": "Kotak harus 1 sampai 9.", "en": "The box must be 1 to 9."},
    "calibration.error.locked": {
        "id": "Periode {period} sudah dikunci oleh rapat; buka kunci (dengan alasan) sebelum mengubah kotak.",
        "en": "Period {period} was locked by the meeting; unlock it (with a reason) before changing boxes.",
    },
    "calibration.error.same_box": {
        "id": "Pegawai ini sudah berada di Kotak {box}.",
        "en": "This employee is already in box {box}.",
    },
    "calibration.error.no_entry": {"id": "Entri {entry} tidak ada.", "en": "Entry {entry} does not exist."},
    "calibration.error.lock_state": {
        "id": "Periode {period} sudah dalam keadaan itu.",
        "en": "Period {period} is already in that state.",
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
    "summary.merit_periods": {
        "id": "Periode penilaian merit: {periods}",
        "en": "Merit assessment periods: {periods}",
    },
    "cli.database_busy": {
        "id": "Basis data {path} sedang dipakai proses lain (misalnya aplikasi yang sedang berjalan). Tutup aplikasi itu lalu ulangi, atau pakai berkas lain dengan --db. Tidak ada data yang diubah.",
        "en": "Database {path} is in use by another process (e.g. the running app). Close it and retry, or use another file with --db. No data was changed.",
    },
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
    # --- ninebox ---------------------------------------------------------------------------------
    "ninebox.axis.kinerja": {"id": "kinerja", "en": "performance"},
    "ninebox.axis.potensial": {"id": "potensial", "en": "potential"},
    "ninebox.component.kinerja_utama": {"id": "Penilaian Kinerja", "en": "Performance rating"},
    "ninebox.component.penghargaan": {"id": "Penghargaan", "en": "Awards"},
    "ninebox.component.tim_kerja": {"id": "Penugasan Tim Kerja", "en": "Team-work assignments"},
    "ninebox.component.umpan_balik": {"id": "Umpan Balik 360°", "en": "360° feedback"},
    "ninebox.component.kompetensi": {"id": "Penilaian Kompetensi", "en": "Competency assessment"},
    "ninebox.component.pengembangan_kompetensi": {
        "id": "Pengembangan Kompetensi",
        "en": "Competency development",
    },
    "ninebox.component.pengalaman_jabatan": {"id": "Pengalaman Jabatan", "en": "Job experience"},
    "ninebox.component.potensi": {"id": "Penilaian Potensi", "en": "Potential assessment"},
    "ninebox.component.pendidikan_formal": {"id": "Pendidikan Formal", "en": "Formal education"},
    "ninebox.component.kesesuaian_bidang_ilmu": {"id": "Kesesuaian Bidang Ilmu", "en": "Field-of-study fit"},
    "ninebox.component.integritas": {"id": "Integritas dan Moralitas", "en": "Integrity and morality"},
    "ninebox.reason.not_assessed": {
        "id": "Belum dinilai: {components}",
        "en": "Not assessed: {components}",
    },
    "ninebox.reason.no_component": {
        "id": "Tidak ada komponen sumbu {axis} yang berbobot dalam data",
        "en": "No weighted {axis} component in the data",
    },
    "ninebox.error.weight_unknown": {
        "id": "Komponen bobot tidak dikenal: '{component}'. Yang dikenal: {known}",
        "en": "Unknown weight component: '{component}'. Known: {known}",
    },
    "ninebox.error.weight_axis": {
        "id": "Komponen '{component}' bukan bagian dari sumbu {axis}",
        "en": "Component '{component}' is not part of the {axis} axis",
    },
    "ninebox.error.weight_item": {
        "id": "Bobot harus ditulis kunci=nilai (mis. kinerja_utama=60), bukan '{item}'",
        "en": "Weights must be written key=value (e.g. kinerja_utama=60), not '{item}'",
    },
    "ninebox.error.weight_value": {
        "id": "Bobot '{component}' harus berupa angka, bukan '{value}'",
        "en": "Weight '{component}' must be a number, not '{value}'",
    },
    "ninebox.error.weight_negative": {
        "id": "Bobot '{component}' tidak boleh negatif ({value})",
        "en": "Weight '{component}' must not be negative ({value})",
    },
    "ninebox.error.weight_duplicate": {
        "id": "Bobot '{component}' disebut lebih dari sekali",
        "en": "Weight '{component}' is given more than once",
    },
    "ninebox.error.axis_zero": {
        "id": "Sumbu {axis} memerlukan setidaknya satu bobot lebih dari 0",
        "en": "The {axis} axis needs at least one weight above 0",
    },
    "ninebox.error.cutoffs": {
        "id": "Batas level harus RENDAH,TINGGI dengan 0 <= RENDAH < TINGGI <= 100 (mis. 60,80), bukan '{value}'",
        "en": "Level cut-offs must be LOW,HIGH with 0 <= LOW < HIGH <= 100 (e.g. 60,80), not '{value}'",
    },
    "ninebox.error.preset": {
        "id": "Preset bobot tidak dikenal: '{name}'. Yang tersedia: {known}",
        "en": "Unknown weight preset: '{name}'. Available: {known}",
    },
    "ninebox.error.scheme": {
        "id": "Skema penomoran kotak tidak dikenal atau tidak lengkap: '{scheme}'",
        "en": "Unknown or incomplete box numbering scheme: '{scheme}'",
    },
    "ninebox.error.group_by": {
        "id": "Tidak dapat dikelompokkan menurut '{by}'. Pilihan: {known}",
        "en": "Cannot group by '{by}'. Choices: {known}",
    },
    "ninebox.error.no_data": {
        "id": "Belum ada data pegawai di basis data. Muat berkas dahulu (load) atau buat data demo (demo).",
        "en": "No employee data in the database yet. Load a file first (load) or build the demo data (demo).",
    },
    "clustering.sentence": {
        "id": "Penumpukan di Kotak {box}: {group}, {share} dari {n} pegawai",
        "en": "Piling up in Box {box}: {group}, {share} of {n} employees",
    },
    "clustering.sentence_expected": {
        "id": " (bagian lain {parent}: {expected})",
        "en": " (rest of {parent}: {expected})",
    },
    "clustering.parent_all": {"id": "populasi terpilih", "en": "the selected population"},
    "clustering.error.by": {
        "id": "Pengelompokan tidak dikenal: '{by}'. Pilihan: {known}",
        "en": "Unknown grouping: '{by}'. Choices: {known}",
    },
    # --- end ninebox -----------------------------------------------------------------------------
    # --- nine-box page ---------------------------------------------------------------------------
    "nav.ninebox": {"id": "Nine-box", "en": "Nine-box"},
    "home.card.ninebox.title": {"id": "Matriks nine-box", "en": "Nine-box matrix"},
    "home.card.ninebox.text": {
        "id": "Sebaran pegawai di 9 kotak, talent pool 7-8-9, penumpukan per unit, daftar pegawai per kotak dan perbandingan wilayah.",
        "en": "Employees across the 9 boxes, the 7-8-9 talent pool, piling up per unit, people per box and a regional comparison.",
    },
    "nbpage.title": {"id": "Matriks talenta nine-box", "en": "Nine-box talent matrix"},
    "nbpage.purpose": {
        "id": "Kinerja (sumbu tegak) terhadap potensial (sumbu datar) setiap pegawai pada populasi terpilih (PermenPANRB 3/2020; Kepka BKN 411/2025). Pilih titik, tarik kotak atau laso untuk melihat siapa mereka.",
        "en": "Performance (vertical) against potential (horizontal) of every employee in the selected population (PermenPANRB 3/2020; Kepka BKN 411/2025). Click points, drag a box or lasso to see who they are.",
    },
    "nbpage.color_by": {"id": "Warna menurut", "en": "Colour by"},
    "nbpage.color.box": {"id": "Kotak", "en": "Box"},
    "nbpage.color.unit_kerja": {"id": "Unit kerja", "en": "Work unit"},
    "nbpage.color.jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    "nbpage.color.jenis_kelamin": {"id": "Jenis kelamin", "en": "Sex"},
    "nbpage.mode": {"id": "Batas level", "en": "Level cut-offs"},
    "nbpage.mode.absolute": {"id": "Nilai tetap", "en": "Fixed scores"},
    "nbpage.mode.relative": {"id": "Relatif (sepertiga)", "en": "Relative (thirds)"},
    "nbpage.mode_help": {
        "id": "Nilai tetap: batas bawaan dari tabel referensi (60 dan 80). Relatif: sepertiga terbawah, tengah dan teratas menurut persentil dalam populasi terpilih, seperti kalibrasi sebagian instansi.",
        "en": "Fixed scores: the default cut-offs from the reference table (60 and 80). Relative: bottom, middle and top thirds by percentile within the selected population, as some agencies calibrate.",
    },
    "nbpage.scheme": {"id": "Penomoran kotak", "en": "Box numbering"},
    "nbpage.scheme.permenpanrb": {"id": "PermenPANRB 3/2020", "en": "PermenPANRB 3/2020"},
    "nbpage.scheme.kemenkeu": {"id": "Kemenkeu (belum terverifikasi)", "en": "Kemenkeu (unverified)"},
    "nbpage.scheme_help": {
        "id": "Satu skema penomoran untuk seluruh tampilan; PermenPANRB adalah bawaan.",
        "en": "One numbering scheme for the whole view; PermenPANRB is the default.",
    },
    "nbpage.cutoff_caption.absolute": {
        "id": "Batas level kinerja {kinerja}, potensial {potensial}: asumsi yang dapat diubah, bukan ketentuan regulasi (tidak ada regulasi yang menetapkan batas; 60/80 dipakai sebagian besar implementasi publik).",
        "en": "Level cut-offs performance {kinerja}, potential {potensial}: an adjustable assumption, not regulation (no regulation sets them; most public implementations use 60/80).",
    },
    "nbpage.cutoff_caption.relative": {
        "id": "Mode relatif: sepertiga menurut persentil dalam populasi terpilih; batas yang dihasilkan kinerja {kinerja}, potensial {potensial}. Batas adalah asumsi yang dapat diubah, bukan ketentuan regulasi.",
        "en": "Relative mode: thirds by percentile within the selected population; resulting cut-offs performance {kinerja}, potential {potensial}. Cut-offs are an adjustable assumption, not regulation.",
    },
    "nbpage.weights_caption": {
        "id": "Bobot: preset Kepka BKN 411/2025 Lampiran I.",
        "en": "Weights: Kepka BKN 411/2025 Annex I preset.",
    },
    "nbpage.tab.matrix": {"id": "Matriks", "en": "Matrix"},
    "nbpage.tab.regions": {"id": "Perbandingan wilayah", "en": "Regional comparison"},
    "nbpage.empty": {
        "id": "Tidak ada pegawai pada saringan ini.",
        "en": "No employees match these filters.",
    },
    "nbpage.piling.narrow.unit_kerja": {"id": "Lihat unit ini", "en": "Show this unit"},
    "nbpage.piling.narrow.jenis_jabatan": {"id": "Lihat jabatan ini", "en": "Show this position type"},
    "nbpage.piling.narrow_help": {
        "id": "Saringan di bilah samping dipersempit ke {group} di {instansi}.",
        "en": "Narrows the sidebar filters to {group} in {instansi}.",
    },
    "nbpage.piling.more": {"id": "{n} penumpukan lainnya", "en": "{n} more piling-up flags"},
    "nbpage.piling.col.sentence": {"id": "Temuan", "en": "Finding"},
    "nbpage.piling.col.rule": {"id": "Aturan", "en": "Rule"},
    "nbpage.piling.rule.share": {"id": "porsi satu kotak", "en": "share in one box"},
    "nbpage.piling.rule.chi2": {
        "id": "sebaran berbeda (chi-kuadrat)",
        "en": "different distribution (chi-square)",
    },
    "nbpage.piling.rule.share+chi2": {
        "id": "porsi satu kotak dan sebaran berbeda",
        "en": "share in one box and different distribution",
    },
    "nbpage.piling.rule_caption": {
        "id": "Aturan penumpukan (bawaan yang dapat diubah, tidak ada ambang resmi): satu kotak memuat lebih dari {share} kelompok minimal {min_group} pegawai, atau sebarannya berbeda dari bagian lain instansi (chi-kuadrat, p < {p}).",
        "en": "Piling-up rule (adjustable default, no official threshold): one box holds more than {share} of a group of at least {min_group} employees, or its distribution differs from the rest of the agency (chi-square, p < {p}).",
    },
    "nbpage.metric.mapped": {"id": "Pegawai terpetakan", "en": "Employees mapped"},
    "nbpage.metric.pool": {"id": "Talent pool (Kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "nbpage.metric.pool_help": {
        "id": "Jumlah dan porsi pegawai terpetakan di Kotak 7, 8 dan 9. Sasaran: talent pool {low}–{high} dari ASN instansi.",
        "en": "Number and share of mapped employees in boxes 7, 8 and 9. Target: a talent pool of {low}–{high} of an agency's ASN.",
    },
    "nbpage.metric.box9": {"id": "Kotak 9 (talenta terbaik)", "en": "Box 9 (top talent)"},
    "nbpage.metric.unmappable": {"id": "Tidak terpetakan", "en": "Unmappable"},
    "nbpage.metric.unmappable_help": {
        "id": "Pegawai dengan komponen nilai yang belum dinilai: tidak dihitung sebagai 0 dan tidak masuk kotak mana pun. Daftarnya di bawah.",
        "en": "Employees with a score component not assessed: never counted as 0 and in no box. Listed below.",
    },
    "nbpage.axis.kinerja": {"id": "Kinerja", "en": "Performance"},
    "nbpage.axis.potensial": {"id": "Potensial", "en": "Potential"},
    "nbpage.chart.box": {"id": "Kotak", "en": "Box"},
    "nbpage.chart.density": {"id": "Kepadatan", "en": "Density"},
    "nbpage.chart.density_hover": {
        "id": "Potensial %{x:.0f}, kinerja %{y:.0f}: %{z:,.0f} pegawai",
        "en": "Potential %{x:.0f}, performance %{y:.0f}: %{z:,.0f} employees",
    },
    "nbpage.chart.no_value": {"id": "(kosong)", "en": "(blank)"},
    "nbpage.chart.other": {"id": "Lainnya", "en": "Other"},
    "nbpage.chart.pool_legend": {"id": "Talent pool (Kotak {boxes})", "en": "Talent pool (boxes {boxes})"},
    "nbpage.chart.sampled": {
        "id": "Sampel acak {shown} dari {total} pegawai di atas lapisan kepadatan semua pegawai",
        "en": "Random sample of {shown} of {total} employees over a density layer of everyone",
    },
    "nbpage.jitter_caption": {
        "id": "Setiap titik berada pada skor sebenarnya; titik dengan skor yang persis sama digeser sedikit (paling jauh 0,3 poin) agar bisa dipilih satu per satu. Keterangan saat kursor diarahkan selalu menampilkan skor sebenarnya.",
        "en": "Each point sits at the real scores; points with exactly the same scores are nudged apart (by at most 0.3 points) so each can be picked. The hover always shows the real scores.",
    },
    "nbpage.sample_caption": {
        "id": "Populasi besar ({total} pegawai terpetakan): lapisan abu-abu menunjukkan kepadatan seluruh pegawai, titik adalah sampel acak tetap {shown} pegawai. Jumlah per kotak dihitung dari seluruh pegawai. Pilihan pada grafik hanya memuat titik yang digambar; gunakan pilihan Kotak untuk daftar lengkap.",
        "en": "Large population ({total} mapped employees): the grey layer shows the density of everyone, the points are a fixed random sample of {shown}. Box counts cover everyone. A chart selection only holds drawn points; use the Box choice for a full list.",
    },
    "nbpage.counts.title": {"id": "Jumlah per kotak", "en": "Employees per box"},
    "nbpage.counts.pool": {
        "id": "**Talent pool (Kotak 7-8-9): {n} pegawai, {share}** — sasaran {low}–{high}.",
        "en": "**Talent pool (boxes 7-8-9): {n} employees, {share}** — target {low}–{high}.",
    },
    "nbpage.counts.pool_below": {
        "id": "Di bawah sasaran minimal {low}.",
        "en": "Below the {low} minimum target.",
    },
    "nbpage.counts.pool_within": {
        "id": "Memenuhi sasaran minimal {low}.",
        "en": "Meets the {low} minimum target.",
    },
    "nbpage.counts.unmappable": {
        "id": "Persentase dihitung dari pegawai terpetakan; {n} pegawai tidak terpetakan tidak termasuk.",
        "en": "Shares are of mapped employees; the {n} unmappable employees are not included.",
    },
    "nbpage.list.title": {"id": "Siapa mereka", "en": "Who they are"},
    "nbpage.list.box": {"id": "Kotak", "en": "Box"},
    "nbpage.list.box_none": {
        "id": "— pilih kotak (atau pilih titik di grafik) —",
        "en": "— pick a box (or select points in the chart) —",
    },
    "nbpage.list.hint": {
        "id": "Klik titik, tarik kotak atau laso pada grafik, atau pilih satu kotak di atas untuk melihat daftar pegawai dan tindak lanjut yang disarankan.",
        "en": "Click points, drag a box or lasso in the chart, or pick a box above to list the employees and the recommended action.",
    },
    "nbpage.list.selected": {
        "id": "{n} titik dipilih pada grafik.",
        "en": "{n} points selected in the chart.",
    },
    "nbpage.list.count": {"id": "**{n} pegawai**", "en": "**{n} employees**"},
    "nbpage.list.action": {"id": "Tindak lanjut yang disarankan", "en": "Recommended action"},
    "nbpage.col.nama": {"id": "Nama", "en": "Name"},
    "nbpage.col.nip": {"id": "NIP", "en": "NIP"},
    "nbpage.col.jabatan": {"id": "Jabatan", "en": "Position"},
    "nbpage.col.unit": {"id": "Unit kerja", "en": "Work unit"},
    "nbpage.col.instansi": {"id": "Instansi", "en": "Agency"},
    "nbpage.col.box": {"id": "Kotak", "en": "Box"},
    "nbpage.col.label": {"id": "Keterangan", "en": "Description"},
    "nbpage.col.n": {"id": "Jumlah", "en": "Count"},
    "nbpage.col.nilai_talenta": {"id": "Nilai talenta", "en": "Talent score"},
    "nbpage.col.action": {"id": "Tindak lanjut", "en": "Recommended action"},
    "nbpage.col.reason": {"id": "Alasan", "en": "Reason"},
    "nbpage.download.xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    "nbpage.download.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "nbpage.units.title": {"id": "Sebaran kotak per unit kerja", "en": "Box distribution per work unit"},
    "nbpage.units.caption": {
        "id": "12 unit terbesar pada saringan ini; % per baris (pegawai terpetakan unit itu). Sel bergaris merah: satu kotak memuat lebih dari {share}.",
        "en": "The 12 largest units in this filter; % per row (the unit's mapped employees). Red outline: one box holds more than {share}.",
    },
    "nbpage.unmappable.title": {"id": "Pegawai tidak terpetakan ({n})", "en": "Unmappable employees ({n})"},
    "nbpage.unmappable.none": {"id": "Semua pegawai terpetakan.", "en": "Every employee is mapped."},
    "nbpage.unmappable.more": {"id": "Ditampilkan {shown} dari {n}.", "en": "Showing {shown} of {n}."},
    "nbpage.region.by": {"id": "Bandingkan", "en": "Compare"},
    "nbpage.region.by.instansi": {"id": "Instansi", "en": "Agencies"},
    "nbpage.region.by.kab_kota": {
        "id": "Kabupaten/kota dalam provinsi",
        "en": "Regencies/cities of a province",
    },
    "nbpage.region.by.provinsi": {"id": "Provinsi (nasional)", "en": "Provinces (national)"},
    "nbpage.region.province": {"id": "Provinsi", "en": "Province"},
    "nbpage.region.scope.instansi": {
        "id": "Instansi pada saringan di bilah samping. Hanya angka agregat; kelompok dengan kurang dari 5 pegawai disembunyikan.",
        "en": "Agencies in the sidebar filter. Aggregates only; groups of fewer than 5 employees are hidden.",
    },
    "nbpage.region.scope.kab_kota": {
        "id": "Pegawai per kabupaten/kota pada provinsi terpilih (periode dan jenis jabatan dari bilah samping). Hanya angka agregat; kelompok dengan kurang dari 5 pegawai disembunyikan.",
        "en": "Employees per regency/city of the chosen province (period and position type from the sidebar). Aggregates only; groups of fewer than 5 employees are hidden.",
    },
    "nbpage.region.scope.provinsi": {
        "id": "Seluruh pegawai per provinsi (periode dan jenis jabatan dari bilah samping). Hanya angka agregat; kelompok dengan kurang dari 5 pegawai disembunyikan.",
        "en": "All employees per province (period and position type from the sidebar). Aggregates only; groups of fewer than 5 employees are hidden.",
    },
    "nbpage.region.none.instansi": {"id": "(tanpa instansi)", "en": "(no agency)"},
    "nbpage.region.none.kab_kota": {
        "id": "Tingkat provinsi (tanpa kab/kota)",
        "en": "Provincial level (no regency)",
    },
    "nbpage.region.none.provinsi": {
        "id": "Instansi pusat (tanpa provinsi)",
        "en": "Central agencies (no province)",
    },
    "nbpage.region.col.pool": {"id": "Talent pool", "en": "Talent pool"},
    "nbpage.region.col.flags": {"id": "Penumpukan", "en": "Piling-up flags"},
    "nbpage.region.col.unmappable": {"id": "Tidak terpetakan", "en": "Unmappable"},
    "nbpage.region.empty": {
        "id": "Tidak ada kelompok dengan 5 pegawai atau lebih.",
        "en": "No group of 5 or more employees.",
    },
    "nbpage.region.suppressed": {
        "id": "{n} kelompok dengan kurang dari 5 pegawai tidak ditampilkan.",
        "en": "{n} groups with fewer than 5 employees are not shown.",
    },
    # --- end nine-box page -----------------------------------------------------------------------
    # --- calibration page ------------------------------------------------------------------------
    "nav.calibration": {"id": "Kalibrasi", "en": "Calibration"},
    "home.card.calibration.title": {"id": "Kalibrasi talenta", "en": "Talent calibration"},
    "home.card.calibration.text": {
        "id": "Rapat talent review memindahkan pegawai ke kotak lain dengan alasan; jejak lengkap, peringatan, kunci periode dan unduhan untuk evaluator.",
        "en": "The talent-review meeting moves an employee to another box with a reason; a full trail, warnings, period locks and a download for evaluators.",
    },
    "calpage.title": {"id": "Kalibrasi talenta", "en": "Talent calibration"},
    "calpage.purpose": {
        "id": "Rapat talent review dapat memindahkan pegawai ke kotak lain. Kotak hasil perhitungan tetap disimpan di sampingnya, setiap perubahan wajib beralasan dan tercatat tanpa bisa dihapus, agar evaluator dapat memeriksa bahwa kalibrasi tidak dipakai untuk melangkahi sistem merit (UU 20/2023).",
        "en": "The talent-review meeting may move an employee to another box. The computed box is kept beside it, every change needs a reason and is recorded for good, so evaluators can check that calibration did not bypass the merit system (UU 20/2023).",
    },
    "calpage.box_view": {"id": "Kotak yang ditampilkan", "en": "Box shown"},
    "calpage.box_view.computed": {"id": "Dihitung", "en": "Computed"},
    "calpage.box_view.calibrated": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.box_view.both": {"id": "Keduanya", "en": "Both"},
    "calpage.box_view_help": {
        "id": "Dihitung: kotak dari nilai. Dikalibrasi: kotak keputusan rapat bila ada. Keduanya: jumlah dikalibrasi dengan jumlah dihitung di sampingnya. Pilihan ini berlaku juga di halaman Nine-box.",
        "en": "Computed: the box from the scores. Calibrated: the meeting's box where set. Both: calibrated counts with the computed ones beside them. The choice applies to the Nine-box page too.",
    },
    "calpage.rules_caption": {
        "id": "Periode {period}, saringan di bilah samping. Kotak dihitung dengan bobot bawaan Kepka BKN 411/2025 dan batas level bawaan (nilai tetap), penomoran PermenPANRB 3/2020.",
        "en": "Period {period}, the sidebar's filters. Boxes computed with the Kepka BKN 411/2025 default weights and the default (fixed) level cut-offs, PermenPANRB 3/2020 numbering.",
    },
    "calpage.locked_banner": {
        "id": "Periode {period} dikunci oleh rapat: kalibrasi dan pembatalan tidak dapat dilakukan sampai kunci dibuka (dengan alasan).",
        "en": "Period {period} is locked by the meeting: no calibration or undo until it is unlocked (with a reason).",
    },
    "calpage.form.title": {"id": "Kalibrasi pegawai", "en": "Calibrate an employee"},
    "calpage.form.search": {"id": "Cari nama atau NIP", "en": "Search name or NIP"},
    "calpage.form.search_hint": {"id": "mis. Siti atau 198501", "en": "e.g. Siti or 198501"},
    "calpage.form.person": {"id": "Pegawai", "en": "Employee"},
    "calpage.form.person_hint": {"id": "Pilih dari {n} pegawai…", "en": "Choose from {n} employees…"},
    "calpage.form.more": {
        "id": "Hanya 1.000 pegawai pertama yang tercantum; persempit dengan pencarian atau saringan.",
        "en": "Only the first 1,000 employees are listed; narrow with the search or the filters.",
    },
    "calpage.form.pick": {
        "id": "Pilih pegawai untuk melihat nilainya dan kotaknya.",
        "en": "Choose an employee to see their scores and box.",
    },
    "calpage.form.to_box": {"id": "Pindahkan ke", "en": "Move to"},
    "calpage.form.far": {
        "id": "Kotak {box} jauh dari nilai pegawai ini: {distance} poin di luar batas kotak tersebut. Pastikan alasannya kuat dan tercatat.",
        "en": "Box {box} is far from this employee's scores: {distance} points outside that box. Make sure the reason is strong and recorded.",
    },
    "calpage.form.confirm": {
        "id": "Saya mengerti bahwa perpindahan ini jauh dari nilai dan akan tercatat di jejak kalibrasi.",
        "en": "I understand this move is far from the scores and will be recorded in the calibration trail.",
    },
    "calpage.form.reason": {"id": "Alasan (minimal satu kalimat)", "en": "Reason (at least one sentence)"},
    "calpage.form.reason_hint": {
        "id": "mis. Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja.",
        "en": "e.g. The meeting found that field contributions are not reflected in the performance score.",
    },
    "calpage.form.by": {"id": "Diputuskan oleh (nama/jabatan)", "en": "Decided by (name/role)"},
    "calpage.form.by_hint": {
        "id": "mis. Kepala BKPSDM",
        "en": "e.g. Head of the regional civil-service agency",
    },
    "calpage.form.submit": {"id": "Simpan kalibrasi", "en": "Save calibration"},
    "calpage.form.locked": {
        "id": "Formulir tidak aktif: periode {period} dikunci.",
        "en": "The form is disabled: period {period} is locked.",
    },
    "calpage.saved": {
        "id": "Kalibrasi tersimpan (entri {entry}): pegawai dipindahkan ke Kotak {box}.",
        "en": "Calibration saved (entry {entry}): the employee moved to box {box}.",
    },
    "calpage.change.title": {
        "id": "Perubahan sebaran karena kalibrasi",
        "en": "How calibration changed the distribution",
    },
    "calpage.change.summary": {
        "id": "**{n} pegawai dikalibrasi** pada populasi terpilih (sebelum = dihitung, sesudah = dikalibrasi).",
        "en": "**{n} employees calibrated** in the selected population (before = computed, after = calibrated).",
    },
    "calpage.col.before": {"id": "Sebelum", "en": "Before"},
    "calpage.col.after": {"id": "Sesudah", "en": "After"},
    "calpage.col.change": {"id": "Perubahan", "en": "Change"},
    "calpage.col.computed_n": {"id": "Dihitung", "en": "Computed"},
    "calpage.col.calibrated_n": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.col.calibrated": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.col.computed_box": {"id": "Kotak dihitung", "en": "Computed box"},
    "calpage.col.calibrated_box": {"id": "Kotak dikalibrasi", "en": "Calibrated box"},
    "calpage.col.entry": {"id": "Entri", "en": "Entry"},
    "calpage.col.period": {"id": "Periode", "en": "Period"},
    "calpage.col.kind": {"id": "Jenis", "en": "Kind"},
    "calpage.col.from_box": {"id": "Dari kotak", "en": "From box"},
    "calpage.col.to_box": {"id": "Ke kotak", "en": "To box"},
    "calpage.col.undoes": {"id": "Membatalkan entri", "en": "Undoes entry"},
    "calpage.col.reason": {"id": "Alasan", "en": "Reason"},
    "calpage.col.by": {"id": "Diputuskan oleh", "en": "Decided by"},
    "calpage.col.at": {"id": "Waktu", "en": "Time"},
    "calpage.col.orphaned": {"id": "Catatan", "en": "Note"},
    "calpage.col.lock_state": {"id": "Keadaan", "en": "State"},
    "calpage.kind.calibrate": {"id": "kalibrasi", "en": "calibration"},
    "calpage.kind.undo": {"id": "pembatalan", "en": "undo"},
    "calpage.undo.title": {"id": "Batalkan entri kalibrasi", "en": "Undo a calibration entry"},
    "calpage.undo.none": {
        "id": "Belum ada entri kalibrasi pada periode ini.",
        "en": "No calibration entry in this period yet.",
    },
    "calpage.undo.entry": {"id": "Entri", "en": "Entry"},
    "calpage.undo.pick": {"id": "Pilih entri yang dibatalkan.", "en": "Choose the entry to undo."},
    "calpage.undo.submit": {"id": "Batalkan entri", "en": "Undo the entry"},
    "calpage.undo.saved": {
        "id": "Entri {entry} dibatalkan oleh entri baru {new}; kotak sebelumnya berlaku kembali.",
        "en": "Entry {entry} undone by new entry {new}; the box before it applies again.",
    },
    "calpage.lock.title": {"id": "Kunci periode {period}", "en": "Lock period {period}"},
    "calpage.lock.state_open": {
        "id": "Periode {period} terbuka untuk kalibrasi. Kunci setelah rapat menutupnya.",
        "en": "Period {period} is open for calibration. Lock it once the meeting closes it.",
    },
    "calpage.lock.state_locked": {
        "id": "Periode {period} terkunci. Membuka kunci juga memerlukan alasan dan tercatat.",
        "en": "Period {period} is locked. Unlocking needs a reason too and is recorded.",
    },
    "calpage.lock.lock": {"id": "Kunci periode {period}", "en": "Lock period {period}"},
    "calpage.lock.unlock": {"id": "Buka kunci periode {period}", "en": "Unlock period {period}"},
    "calpage.lock.locked": {"id": "Periode {period} dikunci.", "en": "Period {period} locked."},
    "calpage.lock.unlocked": {"id": "Kunci periode {period} dibuka.", "en": "Period {period} unlocked."},
    "calpage.lock.state.locked": {"id": "dikunci", "en": "locked"},
    "calpage.lock.state.open": {"id": "dibuka", "en": "unlocked"},
    "calpage.trail.title": {"id": "Jejak kalibrasi", "en": "Calibration trail"},
    "calpage.trail.caption": {
        "id": "Setiap kalibrasi, pembatalan, penguncian dan pembukaan kunci adalah baris baru; tidak ada yang diubah atau dihapus.",
        "en": "Every calibration, undo, lock and unlock is a new row; nothing is changed or deleted.",
    },
    "calpage.trail.all_periods": {"id": "Semua", "en": "All"},
    "calpage.trail.count": {"id": "**{n} entri**", "en": "**{n} entries**"},
    "calpage.trail.back": {"id": "dihitung ({box})", "en": "computed ({box})"},
    "calpage.trail.orphaned": {
        "id": "yatim: pegawai tidak ada lagi di data periode ini",
        "en": "orphaned: the employee is no longer in the period's data",
    },
    "calpage.trail.orphaned_note": {
        "id": "{n} entri yatim: pegawainya tidak ada lagi di data periode tersebut (mis. setelah impor ulang).",
        "en": "{n} orphaned entries: the employee is no longer in that period's data (e.g. after a re-import).",
    },
    "calpage.trail.empty": {
        "id": "Tidak ada entri pada saringan ini.",
        "en": "No entry matches these filters.",
    },
    "calpage.trail.download": {"id": "Unduh jejak (XLSX)", "en": "Download the trail (XLSX)"},
    "calpage.locks.title": {"id": "Jejak kunci periode", "en": "Period lock trail"},
    "calpage.locks.none": {"id": "Belum ada periode yang dikunci.", "en": "No period has been locked yet."},
    "nbpage.chart.calibrated_legend": {"id": "Dikalibrasi ({n})", "en": "Calibrated ({n})"},
    "nbpage.chart.calibrated_note": {
        "id": "<br><b>dikalibrasi</b>: dihitung Kotak {computed} → Kotak {calibrated}",
        "en": "<br><b>calibrated</b>: computed box {computed} → box {calibrated}",
    },
    "nbpage.chart.computed_count": {"id": "dihitung: {n}", "en": "computed: {n}"},
    "nbpage.calibrated_line": {"id": "**{n} pegawai dikalibrasi.**", "en": "**{n} employees calibrated.**"},
    "nbpage.calibrated_view.computed": {
        "id": "Jumlah per kotak menurut nilai (dihitung).",
        "en": "Counts per box from the scores (computed).",
    },
    "nbpage.calibrated_view.calibrated": {
        "id": "Jumlah per kotak menurut keputusan rapat (dikalibrasi).",
        "en": "Counts per box after the meeting's decisions (calibrated).",
    },
    "nbpage.calibrated_view.both": {
        "id": "Jumlah per kotak dikalibrasi, jumlah dihitung di sampingnya.",
        "en": "Calibrated counts per box, the computed ones beside them.",
    },
    "nbpage.calibrated_link": {"id": "Buka halaman Kalibrasi", "en": "Open the Calibration page"},
    "nbpage.calibrate_one": {"id": "Kalibrasi pegawai ini", "en": "Calibrate this employee"},
    # --- end calibration page --------------------------------------------------------------------
    # --- demo ------------------------------------------------------------------------------------
    "demo.progress": {"id": "Membuat data demo", "en": "Building demo data"},
    "demo.step.people": {
        "id": "menyusun instansi, unit dan pegawai",
        "en": "laying out agencies, units and people",
    },
    "demo.step.period": {
        "id": "menulis pegawai periode {period}",
        "en": "writing employees of period {period}",
    },
    "demo.step.merit": {"id": "menulis data sistem merit", "en": "writing merit-system data"},
    "demo.step.done": {"id": "selesai", "en": "done"},
    "demo.summary": {
        "id": "Data demo dibuat (seed {seed}): {employees} pegawai per periode, periode {periods}.",
        "en": "Demo data built (seed {seed}): {employees} employees per period, periods {periods}.",
    },
    "demo.rows": {"id": "  {table}: {n} baris", "en": "  {table}: {n} rows"},
    "demo.table.employees": {"id": "Pegawai (employees)", "en": "Employees (employees)"},
    "demo.table.merit_scores": {
        "id": "Nilai aspek sistem merit (merit_scores)",
        "en": "Merit aspect scores (merit_scores)",
    },
    "demo.table.merit_status": {
        "id": "Status SIPINTER (merit_status)",
        "en": "SIPINTER status (merit_status)",
    },
    "demo.elapsed": {"id": "Waktu: {seconds} detik", "en": "Time: {seconds} s"},
    # --- end demo --------------------------------------------------------------------------------
    # --- merit -----------------------------------------------------------------------------------
    "nav.merit": {"id": "Sistem Merit", "en": "Merit system"},
    "home.card.merit.title": {"id": "Indeks Sistem Merit", "en": "Merit-system index"},
    "home.card.merit.text": {
        "id": "Kabupaten/kota satu provinsi berdampingan: nilai mandiri vs verifikasi, indeks, kategori, "
        "peringkat; aspek, tahap, dan gambaran nasional.",
        "en": "A province's regencies side by side: self vs verified score, index, category, rank; "
        "aspects, stages and the national picture.",
    },
    "merit.title": {"id": "Penilaian Sistem Merit", "en": "Merit-system assessment"},
    "merit.caption": {
        "id": "Nilai mandiri dan nilai verifikasi SIPINTER per instansi (PermenPANRB 40/2018). "
        "Hanya data instansi dan wilayah; tidak ada data perorangan di halaman ini.",
        "en": "SIPINTER self-assessed and verified scores per agency (PermenPANRB 40/2018). "
        "Agencies and regions only; no personal data on this page.",
    },
    "merit.no_data": {
        "id": "Belum ada data penilaian sistem merit. Unggah berkas penilaian di halaman Data.",
        "en": "No merit-assessment data yet. Upload an assessment file on the Data page.",
    },
    "merit.view": {"id": "Tampilan", "en": "View"},
    "merit.view.provinsi": {"id": "Kabupaten/kota", "en": "Regencies"},
    "merit.view.instansi": {"id": "Satu instansi", "en": "One agency"},
    "merit.view.nasional": {"id": "Nasional", "en": "National"},
    "merit.view.periode": {"id": "Antarperiode", "en": "Between periods"},
    "merit.province": {"id": "Provinsi", "en": "Province"},
    "merit.period": {"id": "Periode penilaian", "en": "Assessment period"},
    "merit.no_period": {
        "id": "Tidak ada data penilaian untuk {province}.",
        "en": "No assessment data for {province}.",
    },
    "merit.province_heading": {
        "id": "Kabupaten/kota di {province}, periode {period}",
        "en": "Regencies and cities of {province}, period {period}",
    },
    "merit.gov.verified": {"id": "{instansi}: nilai verifikasi", "en": "{instansi}: verified score"},
    "merit.gov.of": {"id": "dari {max}", "en": "of {max}"},
    "merit.gov.index": {"id": "Indeks (skala 0–1)", "en": "Index (0–1 scale)"},
    "merit.gov.category": {"id": "Kategori", "en": "Category"},
    "merit.gov.stage": {"id": "tahap {stage}", "en": "stage {stage}"},
    "merit.scale": {
        "id": "Indeks = nilai verifikasi ÷ {max} (instrumen {instrument}; skala 0–1). Kategori selalu dari "
        "nilai mentah: {bands}.",
        "en": "Index = verified score ÷ {max} (instrument {instrument}; 0–1 scale). The category always "
        "comes from the raw score: {bands}.",
    },
    "merit.scale_source": {"id": "Sumber skala: {source}", "en": "Scale source: {source}"},
    "merit.counts.status": {"id": "Status SIPINTER", "en": "SIPINTER status"},
    "merit.counts.category": {"id": "Kategori (nilai verifikasi)", "en": "Category (verified score)"},
    "merit.count.status.unreadable": {"id": "Status tidak terbaca", "en": "Status unreadable"},
    "merit.count.status.missing": {"id": "Tanpa status", "en": "No status"},
    "merit.count.no_score.unreadable": {"id": "Tidak terbaca", "en": "Unreadable"},
    "merit.count.no_score.missing": {"id": "Belum ada", "en": "None yet"},
    "merit.count.no_score.incomplete": {"id": "Belum lengkap", "en": "Incomplete"},
    "merit.state.missing": {"id": "belum ada", "en": "none yet"},
    "merit.state.unreadable": {"id": "tidak terbaca", "en": "unreadable"},
    "merit.state.incomplete": {"id": "belum lengkap", "en": "incomplete"},
    "merit.col.peringkat": {"id": "Peringkat", "en": "Rank"},
    "merit.col.instansi": {"id": "Instansi", "en": "Agency"},
    "merit.col.status": {"id": "Status SIPINTER", "en": "SIPINTER status"},
    "merit.col.nilai_mandiri": {"id": "Nilai mandiri", "en": "Self score"},
    "merit.col.nilai_verifikasi": {"id": "Nilai verifikasi", "en": "Verified score"},
    "merit.col.selisih": {"id": "Selisih", "en": "Gap"},
    "merit.col.indeks": {"id": "Indeks (÷ {max})", "en": "Index (÷ {max})"},
    "merit.col.kategori": {"id": "Kategori", "en": "Category"},
    "merit.table.note": {
        "id": "Urut menurut nilai verifikasi; nilai sama berbagi peringkat (1, 2, 2, 4). Tanpa nilai "
        "verifikasi: tanpa peringkat (–), di bawah. Selisih = mandiri − verifikasi. 'tidak terbaca' = sel "
        "tidak terbaca pada sumber; 'belum ada' = belum diisi; 'belum lengkap' = ada aspek yang belum "
        "dinilai, jadi total tidak dihitung.",
        "en": "Sorted by verified score; equal scores share a rank (1, 2, 2, 4). No verified score: no "
        "rank (–), listed last. Gap = self − verified. 'unreadable' = the source cell cannot be read; "
        "'none yet' = not filled in; 'incomplete' = some aspects not scored, so no total.",
    },
    "merit.no_regencies": {
        "id": "Tidak ada kabupaten/kota dengan data penilaian di {province} untuk periode {period}.",
        "en": "No regency or city with assessment data in {province} for period {period}.",
    },
    "merit.chart.dumbbell": {
        "id": "Nilai mandiri vs nilai verifikasi, urut menurut nilai verifikasi",
        "en": "Self vs verified score, sorted by verified score",
    },
    "merit.chart.mandiri": {"id": "Nilai mandiri", "en": "Self score"},
    "merit.chart.verifikasi": {"id": "Nilai verifikasi", "en": "Verified score"},
    "merit.chart.score_axis": {"id": "Nilai (maksimum {max})", "en": "Score (maximum {max})"},
    "merit.chart.gap": {"id": "selisih {gap}", "en": "gap {gap}"},
    "merit.download": {"id": "Unduh tabel (CSV)", "en": "Download table (CSV)"},
    "merit.instansi": {"id": "Instansi", "en": "Agency"},
    "merit.stage": {"id": "Tahap", "en": "Stage"},
    "merit.aspects_heading": {
        "id": "Delapan aspek: nilai terhadap maksimum (tahap {stage})",
        "en": "The eight aspects: score against maximum (stage {stage})",
    },
    "merit.no_aspects": {
        "id": "Instansi ini tidak punya nilai per aspek pada periode ini; yang ada hanya total dari status "
        "SIPINTER.",
        "en": "This agency has no per-aspect scores in this period; only totals from the SIPINTER status.",
    },
    "merit.chart.score": {"id": "Nilai", "en": "Score"},
    "merit.chart.max": {"id": "Maksimum", "en": "Maximum"},
    "merit.col.aspect": {"id": "Aspek", "en": "Aspect"},
    "merit.col.max_score": {"id": "Maksimum", "en": "Maximum"},
    "merit.col.score": {"id": "Nilai", "en": "Score"},
    "merit.col.share": {"id": "Capaian", "en": "Attainment"},
    "merit.col.mandiri": {"id": "Nilai mandiri", "en": "Self score"},
    "merit.progress_heading": {"id": "Perjalanan nilai antartahap", "en": "Score across stages"},
    "merit.chart.total": {"id": "Total", "en": "Total"},
    "merit.col.stage": {"id": "Tahap", "en": "Stage"},
    "merit.col.total": {"id": "Total", "en": "Total"},
    "merit.col.aspects_present": {"id": "Aspek terisi", "en": "Aspects scored"},
    "merit.national_heading": {
        "id": "Gambaran nasional, periode {period}",
        "en": "National picture, period {period}",
    },
    "merit.target_set": {"id": "Target", "en": "Target"},
    "merit.target_set.rpjmn_2020_2024": {"id": "RPJMN 2020–2024", "en": "RPJMN 2020–2024"},
    "merit.target_set.kasn_2022_wilayah1": {"id": "KASN 2022 Wilayah I", "en": "KASN 2022 Region I"},
    "merit.col.group": {"id": "Jenis instansi", "en": "Agency type"},
    "merit.col.n_instansi": {"id": "Instansi", "en": "Agencies"},
    "merit.col.n_dinilai": {"id": "Dengan nilai verifikasi", "en": "With verified score"},
    "merit.col.n_baik": {"id": "Baik ke atas", "en": "Good or better"},
    "merit.col.share_good": {"id": "Porsi Baik ke atas", "en": "Share good or better"},
    "merit.col.target": {"id": "Target", "en": "Target"},
    "merit.col.meets": {"id": "Capai target", "en": "Meets target"},
    "merit.target_note": {
        "id": "Catatan target: {note}. Sumber: {source}.",
        "en": "Note on the targets: {note}. Source: {source}.",
    },
    "merit.share_note": {
        "id": "Porsi dihitung dari instansi yang punya nilai verifikasi, bukan dari semua instansi.",
        "en": "Shares are of agencies with a verified score, not of all agencies.",
    },
    "merit.chart.distribution": {
        "id": "Sebaran kategori per jenis instansi",
        "en": "Category distribution per agency type",
    },
    "merit.chart.share_target": {
        "id": "Porsi Baik ke atas vs target",
        "en": "Share good or better vs target",
    },
    "merit.chart.count": {"id": "Jumlah instansi", "en": "Agencies"},
    "merit.provinces_heading": {
        "id": "Provinsi menurut porsi kabupaten/kota berkategori Baik ke atas",
        "en": "Provinces by share of their regencies at Good or better",
    },
    "merit.col.provinsi": {"id": "Provinsi", "en": "Province"},
    "merit.col.n_kab_kota": {"id": "Kab/kota", "en": "Regencies"},
    "merit.col.median": {"id": "Median nilai verifikasi", "en": "Median verified score"},
    "merit.period_heading": {
        "id": "Perubahan nilai verifikasi kabupaten/kota di {province}: {before} → {after}",
        "en": "Change in verified score of the regencies of {province}: {before} → {after}",
    },
    "merit.period.before": {"id": "Periode awal", "en": "From period"},
    "merit.period.after": {"id": "Periode akhir", "en": "To period"},
    "merit.period.need_two": {
        "id": "Perbandingan antarperiode perlu dua periode data; tersedia: {periods}.",
        "en": "Comparing periods needs two periods of data; available: {periods}.",
    },
    "merit.period.same": {"id": "Pilih dua periode yang berbeda.", "en": "Choose two different periods."},
    "merit.arah.naik": {"id": "naik", "en": "improved"},
    "merit.arah.turun": {"id": "turun", "en": "fell"},
    "merit.arah.tetap": {"id": "tetap", "en": "unchanged"},
    "merit.arah.tidak_diketahui": {"id": "tidak dapat dibandingkan", "en": "cannot be compared"},
    "merit.col.before": {"id": "Nilai {period}", "en": "Score {period}"},
    "merit.col.after": {"id": "Nilai {period}", "en": "Score {period}"},
    "merit.col.cat_before": {"id": "Kategori {period}", "en": "Category {period}"},
    "merit.col.cat_after": {"id": "Kategori {period}", "en": "Category {period}"},
    "merit.col.change": {"id": "Perubahan", "en": "Change"},
    "merit.col.arah": {"id": "Arah", "en": "Direction"},
    "merit.period.note": {
        "id": "Tanpa nilai verifikasi di salah satu periode: tidak dapat dibandingkan (tidak dianggap 0).",
        "en": "No verified score in either period: cannot be compared (never taken as 0).",
    },
    "merit.chart.change": {"id": "Perubahan nilai verifikasi", "en": "Change in verified score"},
    "merit.cli.unknown_province": {
        "id": "Provinsi tidak dikenal: '{province}'. Pilihan: {known}",
        "en": "Unknown province: '{province}'. Choices: {known}",
    },
    "merit.cli.unknown_period": {
        "id": "Tidak ada data penilaian untuk periode {period}. Tersedia: {known}",
        "en": "No assessment data for period {period}. Available: {known}",
    },
    "merit.cli.no_data": {
        "id": "Belum ada data penilaian sistem merit di basis data ini.",
        "en": "No merit-assessment data in this database yet.",
    },
    # --- end merit -------------------------------------------------------------------------------
    # --- talent & fairness -----------------------------------------------------------------------
    "nav.talent": {"id": "Talent pool & Suksesi", "en": "Talent pool & Succession"},
    "nav.fairness": {"id": "Audit Kesetaraan", "en": "Fairness audit"},
    "home.card.talent.title": {
        "id": "Talent pool & kesiapan suksesi",
        "en": "Talent pool & succession readiness",
    },
    "home.card.talent.text": {
        "id": "Talent pool (kotak 7-8-9) tiap instansi terhadap anjuran 5–10%, jabatan kritikal dan suksesornya, serta lima pemeriksaan kesiapan seperti catatan KASN.",
        "en": "Each agency's talent pool (boxes 7-8-9) against the recommended 5–10%, critical positions and their successors, and the five readiness checks of KASN's notes.",
    },
    "home.card.fairness.title": {
        "id": "Audit kesetaraan (prinsip merit)",
        "en": "Fairness audit (merit principle)",
    },
    "home.card.fairness.text": {
        "id": "Apakah perempuan dan laki-laki, kelompok usia, jenis jabatan dan wilayah mencapai kotak 7-8-9 dengan peluang setara? Tanpa data perorangan.",
        "en": "Do women and men, age bands, position types and regions reach boxes 7-8-9 at comparable rates? No personal rows.",
    },
    "talent.title": {"id": "Talent pool dan suksesi", "en": "Talent pool and succession"},
    "talent.caption": {
        "id": "Talent pool = pegawai di kotak 7, 8 dan 9 (PermenPANRB 3/2020; Kepka BKN 411/2025) dengan bobot Kepka 411 dan batas 60/80 bawaan. Kesiapan suksesi mengikuti lima catatan KASN atas usulan yang ditolak.",
        "en": "Talent pool = employees in boxes 7, 8 and 9 (PermenPANRB 3/2020; Kepka BKN 411/2025) with the Kepka 411 weights and the default 60/80 cut-offs. Succession readiness follows KASN's five notes on refused applications.",
    },
    "talent.pool.heading": {
        "id": "Talent pool per instansi, periode {period}",
        "en": "Talent pool per agency, period {period}",
    },
    "talent.pool.rule": {
        "id": "Porsi = pegawai di kotak 7-8-9 dibagi seluruh ASN instansi (termasuk yang belum terpetakan). Anjuran: talent pool minimal {low}–{high} dari ASN instansi.",
        "en": "Share = employees in boxes 7-8-9 divided by all the agency's ASN (unmappable ones included). Recommended: a talent pool of at least {low}–{high} of the agency's ASN.",
    },
    "talent.pool.none": {
        "id": "Tidak ada pegawai pada pilihan ini.",
        "en": "No employees in this selection.",
    },
    "talent.pool.below": {
        "id": "{n} dari {total} instansi memiliki talent pool di bawah {low} dari ASN-nya.",
        "en": "{n} of {total} agencies have a talent pool below {low} of their ASN.",
    },
    "talent.pool.status.below": {"id": "di bawah {low}", "en": "below {low}"},
    "talent.pool.status.within": {"id": "sesuai anjuran {low}–{high}", "en": "within {low}–{high}"},
    "talent.pool.status.above": {"id": "di atas {high}", "en": "above {high}"},
    "talent.pool.status.unknown": {"id": "tidak diketahui ({low}–{high})", "en": "unknown ({low}–{high})"},
    "talent.instansi": {"id": "Instansi yang diperiksa", "en": "Agency to check"},
    "talent.col.instansi": {"id": "Instansi", "en": "Agency"},
    "talent.col.asn": {"id": "ASN", "en": "ASN"},
    "talent.col.mapped": {"id": "Terpetakan", "en": "Mapped"},
    "talent.col.pool": {"id": "Talent pool (kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "talent.col.share": {"id": "Porsi dari ASN", "en": "Share of ASN"},
    "talent.col.status": {"id": "Status", "en": "Status"},
    "talent.col.no": {"id": "No", "en": "No"},
    "talent.col.check": {"id": "Catatan KASN", "en": "KASN note"},
    "talent.col.evidence": {"id": "Bukti", "en": "Evidence"},
    "talent.col.action": {"id": "Yang perlu dilakukan", "en": "What to do"},
    "talent.col.position": {"id": "Jabatan kritikal", "en": "Critical position"},
    "talent.col.unit": {"id": "Unit kerja", "en": "Work unit"},
    "talent.col.holder": {"id": "Pemangku", "en": "Holder"},
    "talent.col.vacancy": {"id": "Perkiraan lowong", "en": "Planned vacancy"},
    "talent.col.successor": {"id": "Suksesor", "en": "Successor"},
    "talent.col.successor_nip": {"id": "NIP", "en": "NIP"},
    "talent.col.successor_position": {"id": "Jabatan suksesor", "en": "Successor's position"},
    "talent.col.readiness": {"id": "Kesiapan", "en": "Readiness"},
    "talent.col.box": {"id": "Kotak", "en": "Box"},
    "talent.col.warning": {"id": "Peringatan", "en": "Warning"},
    "talent.col.name": {"id": "Nama", "en": "Name"},
    "talent.col.nilai_talenta": {"id": "Nilai talenta", "en": "Talent score"},
    "talent.status.pass": {"id": "Terpenuhi", "en": "Passed"},
    "talent.status.fail": {"id": "Belum terpenuhi", "en": "Not met"},
    "talent.readiness.heading": {
        "id": "Kesiapan suksesi: {instansi}",
        "en": "Succession readiness: {instansi}",
    },
    "talent.readiness.caption": {
        "id": "Lima alasan KASN menolak usulan pengisian JPT melalui manajemen talenta (2022): tiap pemeriksaan dengan buktinya dan yang perlu dilakukan.",
        "en": "KASN's five reasons for refusing requests to fill senior posts through talent management (2022): each check with its evidence and what to do.",
    },
    "talent.readiness.score": {
        "id": "{passed} dari {total} pemeriksaan terpenuhi.",
        "en": "{passed} of {total} checks passed.",
    },
    "talent.readiness.download": {"id": "Unduh pemeriksaan (CSV)", "en": "Download the checks (CSV)"},
    "talent.readiness.siap_sekarang": {"id": "Siap sekarang", "en": "Ready now"},
    "talent.readiness.1_2_tahun": {"id": "1–2 tahun", "en": "1–2 years"},
    "talent.readiness.3_tahun": {"id": "3+ tahun", "en": "3+ years"},
    "talent.check.critical_positions": {
        "id": "Jabatan kritikal ditetapkan",
        "en": "Critical positions defined",
    },
    "talent.check.instrument": {"id": "Instrumen pemetaan memadai", "en": "Mapping instrument adequate"},
    "talent.check.successors": {
        "id": "Suksesor berada di kotak 7, 8, 9",
        "en": "Successors in boxes 7, 8, 9",
    },
    "talent.check.piling": {"id": "Tidak ada penumpukan talenta", "en": "No piling-up of talent"},
    "talent.check.development": {
        "id": "Program pengembangan talenta tercatat",
        "en": "Talent development programme recorded",
    },
    "talent.evidence.more": {"id": " dan {n} lainnya", "en": " and {n} more"},
    "talent.evidence.positions.none": {
        "id": "Belum ada jabatan kritikal yang tercatat.",
        "en": "No critical position is recorded.",
    },
    "talent.evidence.positions.ok": {
        "id": "{n} jabatan kritikal ditetapkan: {list}.",
        "en": "{n} critical positions defined: {list}.",
    },
    "talent.evidence.instrument.no_data": {
        "id": "Tidak ada data pegawai pada periode {period}.",
        "en": "No employee data in period {period}.",
    },
    "talent.evidence.instrument.unmappable": {
        "id": "{n} dari {total} pegawai tidak dapat dipetakan (komponen belum dinilai)",
        "en": "{n} of {total} employees cannot be mapped (components not assessed)",
    },
    "talent.evidence.instrument.ready_score": {"id": "skor sumbu siap pakai", "en": "a ready axis score"},
    "talent.evidence.instrument.one_source": {
        "id": "sumbu {axis} hanya bersandar pada satu sumber ({sources})",
        "en": "the {axis} axis rests on one source only ({sources})",
    },
    "talent.evidence.instrument.axis": {
        "id": "sumbu {axis} dari {n} komponen",
        "en": "{axis} axis from {n} components",
    },
    "talent.evidence.instrument.absent": {
        "id": "komponen {axis} yang tidak ada di data (bobotnya dibagi ke komponen lain): {components}",
        "en": "{axis} components absent from the data (their weight goes to the others): {components}",
    },
    "talent.evidence.instrument.ok": {
        "id": "Semua {n} pegawai dapat dipetakan; {notes}.",
        "en": "All {n} employees can be mapped; {notes}.",
    },
    "talent.evidence.box": {"id": "Kotak {box}", "en": "box {box}"},
    "talent.evidence.successor": {
        "id": "{name} ({where}, untuk {position})",
        "en": "{name} ({where}, for {position})",
    },
    "talent.evidence.successors.no_positions": {
        "id": "Tidak ada daftar suksesor karena belum ada jabatan kritikal.",
        "en": "No successor list, as no critical position is recorded.",
    },
    "talent.evidence.successors.outside": {
        "id": "{n} suksesor di luar kotak 7-8-9: {list}.",
        "en": "{n} successors outside boxes 7-8-9: {list}.",
    },
    "talent.evidence.successors.empty": {
        "id": "{n} jabatan kritikal tanpa suksesor: {list}.",
        "en": "{n} critical positions without a successor: {list}.",
    },
    "talent.evidence.successors.ok": {
        "id": "Semua {n} suksesor berada di kotak 7-8-9.",
        "en": "All {n} successors are in boxes 7-8-9.",
    },
    "talent.evidence.piling.rule": {
        "id": "(Aturan: satu kotak memuat lebih dari {share} kelompok ≥ {min_group} pegawai, atau sebaran berbeda dari bagian lain instansi, uji chi-kuadrat p < {p}.)",
        "en": "(Rule: one box holds more than {share} of a group of ≥ {min_group} employees, or the distribution differs from the rest of the agency, chi-square p < {p}.)",
    },
    "talent.evidence.piling.found": {"id": "{n} penumpukan: {list}.", "en": "{n} piling-up flags: {list}."},
    "talent.evidence.piling.ok": {
        "id": "Tidak ada unit kerja atau jenis jabatan dengan penumpukan talenta.",
        "en": "No work unit or position type shows talent piling up.",
    },
    "talent.evidence.development.none": {
        "id": "Belum ada program pengembangan talenta yang tercatat untuk instansi ini.",
        "en": "No talent development programme is recorded for this agency.",
    },
    "talent.evidence.development.ok": {
        "id": "{n} program tercatat: {list}.",
        "en": "{n} programmes recorded: {list}.",
    },
    "talent.action.positions.fail": {
        "id": "Tetapkan jabatan kritikal (jabatan target) dan unggah daftarnya dengan templat jabatan kritikal.",
        "en": "Define the critical (target) positions and upload them with the critical-position template.",
    },
    "talent.action.positions.ok": {
        "id": "Tinjau daftar setiap tahun dan saat struktur organisasi berubah.",
        "en": "Review the list every year and whenever the organisation changes.",
    },
    "talent.action.instrument.fail": {
        "id": "Lengkapi penilaian yang kosong dan gunakan lebih dari satu sumber per sumbu (mis. SKP ditambah penghargaan, tim kerja, umpan balik 360°; asesmen kompetensi dan potensi).",
        "en": "Complete the missing assessments and use more than one source per axis (e.g. SKP plus awards, team work, 360° feedback; competency and potential assessments).",
    },
    "talent.action.instrument.ok": {
        "id": "Pertahankan kelengkapan penilaian tiap periode.",
        "en": "Keep the assessments complete every period.",
    },
    "talent.action.successors.fail": {
        "id": "Pilih suksesor dari kotak 7, 8 atau 9; untuk jabatan tanpa suksesor, cari calon di talent pool instansi atau nasional.",
        "en": "Choose successors from boxes 7, 8 or 9; for positions without one, look in the agency or national talent pool.",
    },
    "talent.action.successors.ok": {
        "id": "Pantau kesiapan suksesor dan kotaknya setiap periode pemetaan.",
        "en": "Monitor the successors' readiness and box every mapping period.",
    },
    "talent.action.piling.fail": {
        "id": "Kalibrasi penilaian pada kelompok yang menumpuk (pembedaan kinerja yang nyata, panel kalibrasi) sebelum mengusulkan.",
        "en": "Calibrate the assessments of the piled-up groups (real differentiation of performance, a calibration panel) before applying.",
    },
    "talent.action.piling.ok": {"id": "Tidak ada tindakan.", "en": "No action needed."},
    "talent.action.development.fail": {
        "id": "Susun dan catat program pengembangan bagi talent pool (HCDP, pelatihan klasikal/nonklasikal, coaching, rotasi).",
        "en": "Plan and record a development programme for the talent pool (HCDP, classical/non-classical training, coaching, rotation).",
    },
    "talent.action.development.ok": {
        "id": "Pantau pelaksanaan dan hasilnya (pemantauan tiga tahun).",
        "en": "Monitor delivery and results (three-year monitoring).",
    },
    "talent.warning.outside_pool": {"id": "di luar kotak 7-8-9", "en": "outside boxes 7-8-9"},
    "talent.warning.unmapped": {"id": "belum terpetakan", "en": "not mappable"},
    "talent.warning.not_in_period": {
        "id": "tidak ada di data periode ini",
        "en": "not in this period's data",
    },
    "talent.warning.no_successor": {"id": "tanpa suksesor", "en": "no successor"},
    "talent.plan.heading": {"id": "Jabatan kritikal dan suksesor", "en": "Critical positions and successors"},
    "talent.plan.none": {
        "id": "Belum ada jabatan kritikal untuk instansi ini. Unggah daftarnya di bagian impor di bawah.",
        "en": "No critical positions for this agency yet. Upload them in the import section below.",
    },
    "talent.plan.positions": {"id": "Jabatan kritikal", "en": "Critical positions"},
    "talent.plan.successors": {"id": "Suksesor", "en": "Successors"},
    "talent.plan.ready_now": {"id": "Siap sekarang", "en": "Ready now"},
    "talent.plan.warn.none": {
        "id": "{position} ({unit}) belum memiliki suksesor.",
        "en": "{position} ({unit}) has no successor.",
    },
    "talent.plan.warn.outside": {
        "id": "Suksesor {name} untuk {position}: {where}, bukan kotak 7-8-9.",
        "en": "Successor {name} for {position}: {where}, not boxes 7-8-9.",
    },
    "talent.plan.download": {
        "id": "Unduh rencana suksesi (Excel)",
        "en": "Download the succession plan (Excel)",
    },
    "talent.programmes.heading": {
        "id": "Program pengembangan tercatat ({n})",
        "en": "Recorded development programmes ({n})",
    },
    "talent.programmes.none": {"id": "Belum ada program tercatat.", "en": "No programme recorded."},
    "talent.position.heading": {
        "id": "Talent pool per jenis jabatan: {instansi}",
        "en": "Talent pool by position type: {instansi}",
    },
    "talent.members.heading": {"id": "Anggota talent pool ({n})", "en": "Talent pool members ({n})"},
    "talent.import.heading": {
        "id": "Impor daftar jabatan kritikal",
        "en": "Import the critical-position list",
    },
    "talent.import.caption": {
        "id": "Satu baris per suksesor: Instansi, Jabatan Kritikal, Unit Kerja, Jenis Jabatan, NIP Pemangku, Perkiraan Lowong, NIP Suksesor, Kesiapan (Siap sekarang / 1-2 tahun / 3+ tahun). Jabatan tanpa suksesor: satu baris dengan NIP Suksesor kosong. Daftar instansi dalam berkas menggantikan daftar lamanya.",
        "en": "One row per successor: Instansi, Jabatan Kritikal, Unit Kerja, Jenis Jabatan, NIP Pemangku, Perkiraan Lowong, NIP Suksesor, Kesiapan (Siap sekarang / 1-2 tahun / 3+ tahun). A position without successor: one row with NIP Suksesor blank. The file replaces the lists of the agencies it names.",
    },
    "talent.import.template_xlsx": {"id": "Unduh templat (Excel)", "en": "Download template (Excel)"},
    "talent.import.template_csv": {"id": "Unduh templat (CSV)", "en": "Download template (CSV)"},
    "talent.import.file": {
        "id": "Berkas jabatan kritikal (xlsx/csv)",
        "en": "Critical-position file (xlsx/csv)",
    },
    "talent.import.rejected": {
        "id": "Berkas ditolak ({n} baris bermasalah); tidak ada yang disimpan. Perbaiki baris di atas lalu unggah lagi.",
        "en": "File rejected ({n} rows with problems); nothing stored. Fix the rows above and upload again.",
    },
    "talent.import.store": {"id": "Simpan {n} baris", "en": "Store {n} rows"},
    "talent.import.done": {
        "id": "Tersimpan: {positions} jabatan kritikal dan {successors} suksesor untuk {instansi}.",
        "en": "Stored: {positions} critical positions and {successors} successors for {instansi}.",
    },
    "talent.cli.heading": {
        "id": "Kesiapan suksesi {instansi}, periode {period}",
        "en": "Succession readiness of {instansi}, period {period}",
    },
    "talent.cli.total": {
        "id": "{passed} dari {total} pemeriksaan terpenuhi.",
        "en": "{passed} of {total} checks passed.",
    },
    "talent.cli.unknown_instansi": {
        "id": "Instansi tidak dikenal: '{name}'. Mungkin maksudnya: {known}",
        "en": "Unknown agency: '{name}'. Did you mean: {known}",
    },
    "ingest.cp_unknown_instansi": {
        "id": "instansi ini tidak ada di data pegawai. Tulis nama instansi persis seperti di data pemetaan talenta.",
        "en": "this agency is not in the employee data. Write the agency name exactly as in the talent-mapping data.",
    },
    "ingest.cp_unknown_nip": {
        "id": "NIP tidak ditemukan di data pegawai. Periksa NIP atau muat dulu data pemetaan talenta pegawai ini.",
        "en": "NIP not found in the employee data. Check the NIP or load this employee's talent-mapping data first.",
    },
    "ingest.cp_bad_readiness": {
        "id": "kesiapan tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown readiness. Use one of: {allowed}.",
    },
    "ingest.cp_readiness_missing": {
        "id": "kesiapan suksesor kosong. Isi Siap sekarang, 1-2 tahun atau 3+ tahun.",
        "en": "the successor's readiness is empty. Fill in Siap sekarang, 1-2 tahun or 3+ tahun.",
    },
    "ingest.cp_readiness_without_successor": {
        "id": "kesiapan diisi tanpa NIP suksesor. Isi NIP suksesor atau kosongkan kesiapan.",
        "en": "readiness given without a successor NIP. Fill in the NIP or clear the readiness.",
    },
    "ingest.cp_successor_is_holder": {
        "id": "suksesor sama dengan pemangku jabatan. Pilih pegawai lain sebagai suksesor.",
        "en": "the successor is the position's holder. Choose another employee as successor.",
    },
    "ingest.cp_duplicate_successor": {
        "id": "suksesor ini tercantum lebih dari sekali untuk jabatan yang sama. Hapus baris gandanya.",
        "en": "this successor is listed more than once for the same position. Remove the duplicate row.",
    },
    "ingest.cp_position_inconsistent": {
        "id": "baris-baris jabatan kritikal yang sama berbeda isi pada kolom ini. Samakan nilainya di setiap baris jabatan itu.",
        "en": "rows of the same critical position differ in this column. Make the value the same on every row of that position.",
    },
    "tchart.pool_text": {"id": "{share} ({pool} dari {asn})", "en": "{share} ({pool} of {asn})"},
    "tchart.pool_target": {"id": "anjuran {low}–{high}", "en": "recommended {low}–{high}"},
    "tchart.pool_axis": {"id": "Porsi ASN di kotak 7-8-9", "en": "Share of ASN in boxes 7-8-9"},
    "tchart.in_pool": {"id": "Talent pool (kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "tchart.not_in_pool": {"id": "Lainnya", "en": "Others"},
    "tchart.employees": {"id": "Pegawai", "en": "Employees"},
    "tchart.fair_axis": {"id": "Tingkat mencapai kotak 7-8-9", "en": "Rate of reaching boxes 7-8-9"},
    "tchart.fair_line": {"id": "{ratio} × tertinggi", "en": "{ratio} × highest"},
    "fair.title": {"id": "Audit kesetaraan: prinsip merit", "en": "Fairness audit: the merit principle"},
    "fair.caption": {
        "id": "UU ASN: manajemen ASN berdasarkan kualifikasi, kompetensi dan kinerja tanpa membedakan jenis kelamin, usia, asal dan lainnya. Halaman ini membandingkan kelompok, tanpa data perorangan.",
        "en": "UU ASN: civil-service management by qualification, competence and performance, regardless of sex, age, origin and more. This page compares groups, with no personal rows.",
    },
    "fair.rule": {
        "id": "Kelompok di bawah {min} pegawai disembunyikan di semua tampilan dan unduhan. Rasio = tingkat kelompok ÷ tingkat tertinggi; di bawah {ratio} ditandai. Uji chi-kuadrat (Fisher untuk tabel 2×2 kecil): p < {alpha} berarti selisih kecil kemungkinannya kebetulan. Aturan pemetaan: bobot Kepka 411, batas 60/80.",
        "en": "Groups under {min} employees are hidden in every view and download. Ratio = group rate ÷ highest rate; below {ratio} is flagged. Chi-square test (Fisher for small 2×2 tables): p < {alpha} means the gap is unlikely to be chance. Mapping rules: Kepka 411 weights, 60/80 cut-offs.",
    },
    "fair.summary_heading": {
        "id": "Ringkasan untuk pimpinan, periode {period}",
        "en": "Summary for leaders, period {period}",
    },
    "fair.headline.none": {
        "id": "Tidak ada kesenjangan di bawah ambang 0,8 pada {n} atribut yang diperiksa.",
        "en": "No gap below the 0.8 threshold in the {n} attributes checked.",
    },
    "fair.headline.gaps": {
        "id": "{n} dari {total} atribut menunjukkan kesenjangan di bawah ambang 0,8 ({names}); {real} di antaranya kecil kemungkinannya karena kebetulan.",
        "en": "{n} of {total} attributes show a gap below the 0.8 threshold ({names}); {real} of them unlikely to be chance.",
    },
    "fair.summary.not_comparable": {
        "id": "{attribute}: tidak dapat dibandingkan (kurang dari dua kelompok dengan sedikitnya {min} pegawai).",
        "en": "{attribute}: cannot be compared (fewer than two groups of at least {min} employees).",
    },
    "fair.summary.ok": {
        "id": "{attribute}: setara — rasio terendah {ratio} ({low} terhadap {high}); {chance}",
        "en": "{attribute}: comparable — lowest ratio {ratio} ({low} against {high}); {chance}",
    },
    "fair.summary.group": {
        "id": "{group} ({n} pegawai) {rate}, rasio {ratio}",
        "en": "{group} ({n} employees) {rate}, ratio {ratio}",
    },
    "fair.summary.gap": {
        "id": "{attribute}: kesenjangan — {groups}; tertinggi {best} {rate}; {chance}",
        "en": "{attribute}: gap — {groups}; highest {best} {rate}; {chance}",
    },
    "fair.chance.unlikely": {
        "id": "selisihnya kecil kemungkinannya kebetulan (p {p}).",
        "en": "the gap is unlikely to be chance (p {p}).",
    },
    "fair.chance.possible": {
        "id": "selisihnya bisa saja kebetulan (p {p}).",
        "en": "the gap could be chance (p {p}).",
    },
    "fair.summary.more": {"id": "dan {n} kelompok lain di bawah 0,8", "en": "and {n} more groups below 0.8"},
    "fair.chance.none": {"id": "uji tidak dapat dihitung.", "en": "no test could be computed."},
    "fair.attr.jenis_kelamin": {"id": "Jenis kelamin", "en": "Gender"},
    "fair.attr.age_band": {"id": "Kelompok usia", "en": "Age band"},
    "fair.attr.jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    "fair.attr.provinsi": {"id": "Provinsi", "en": "Province"},
    "fair.attr.kab_kota": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "fair.gender.L": {"id": "Laki-laki", "en": "Men"},
    "fair.gender.P": {"id": "Perempuan", "en": "Women"},
    "fair.age_band": {"id": "usia {band}", "en": "age {band}"},
    "fair.method.chi2": {"id": "chi-kuadrat", "en": "chi-square"},
    "fair.method.fisher": {"id": "Fisher eksak", "en": "Fisher exact"},
    "fair.method.chi2_monte_carlo": {
        "id": "chi-kuadrat (simulasi Monte Carlo)",
        "en": "chi-square (Monte Carlo)",
    },
    "fair.test": {
        "id": "Uji {test}: p {p} untuk kotak 7-8-9; p {p_box1} untuk kotak 1.",
        "en": "{test} test: p {p} for boxes 7-8-9; p {p_box1} for box 1.",
    },
    "fair.suppressed": {
        "id": "{n} kelompok di bawah {min} pegawai disembunyikan.",
        "en": "{n} groups under {min} employees hidden.",
    },
    "fair.no_groups": {
        "id": "Tidak ada kelompok dengan sedikitnya {min} pegawai.",
        "en": "No group of at least {min} employees.",
    },
    "fair.col.attribute": {"id": "Atribut", "en": "Attribute"},
    "fair.col.group": {"id": "Kelompok", "en": "Group"},
    "fair.col.n": {"id": "Pegawai terpetakan", "en": "Mapped employees"},
    "fair.col.n_pool": {"id": "Di kotak 7-8-9", "en": "In boxes 7-8-9"},
    "fair.col.rate_pool": {"id": "Tingkat kotak 7-8-9", "en": "Rate boxes 7-8-9"},
    "fair.col.ratio": {"id": "Rasio thd tertinggi", "en": "Ratio to highest"},
    "fair.col.flag": {"id": "Tanda", "en": "Flag"},
    "fair.col.n_box1": {"id": "Di kotak 1", "en": "In box 1"},
    "fair.col.rate_box1": {"id": "Tingkat kotak 1", "en": "Rate box 1"},
    "fair.col.p_pool": {"id": "p (kotak 7-8-9)", "en": "p (boxes 7-8-9)"},
    "fair.col.p_box1": {"id": "p (kotak 1)", "en": "p (box 1)"},
    "fair.download_csv": {"id": "Unduh audit (CSV)", "en": "Download the audit (CSV)"},
    "fair.download_xlsx": {"id": "Unduh audit (Excel)", "en": "Download the audit (Excel)"},
    # --- end talent & fairness -------------------------------------------------------------------
    # --- what-if ---------------------------------------------------------------------------------
    "nav.whatif": {"id": "Simulasi bobot", "en": "What-if weights"},
    "home.card.whatif.title": {"id": "Simulasi bobot (what-if)", "en": "What-if weights"},
    "home.card.whatif.text": {
        "id": "Geser bobot komponen dan batas level: semua pegawai dipetakan ulang seketika, terlihat siapa berpindah ke kotak mana.",
        "en": "Move component weights and level cut-offs: everyone is re-boxed at once, and you see who moves where.",
    },
    "whatif.title": {"id": "Simulasi bobot (what-if)", "en": "What-if weights"},
    "whatif.purpose": {
        "id": "Bandingkan pemetaan dengan bobot dan batas level lain terhadap pembanding. Data sumber tidak berubah.",
        "en": "Compare the mapping under other weights and level cut-offs with a baseline. The source data is not changed.",
    },
    "whatif.baseline": {"id": "Pembanding", "en": "Baseline"},
    "whatif.baseline_help": {
        "id": "Pemetaan semula yang dibandingkan: preset (bobot Kepka BKN 411/2025 bawaan) atau set bobot tersimpan, dengan batas level bawaan atau milik set itu.",
        "en": "The mapping compared against: a preset (Kepka BKN 411/2025 by default) or a saved weight set, with the default cut-offs or the set's own.",
    },
    "whatif.preset": {"id": "Muat bobot dari", "en": "Load weights from"},
    "whatif.preset_help": {
        "id": "Mengisi semua slider dengan preset atau set tersimpan ini.",
        "en": "Fills every slider with this preset or saved set.",
    },
    "whatif.reset": {"id": "Kembalikan ke pembanding", "en": "Reset to baseline"},
    "whatif.axis_heading.kinerja": {
        "id": "Bobot sumbu kinerja (poin)",
        "en": "Performance-axis weights (points)",
    },
    "whatif.axis_heading.potensial": {
        "id": "Bobot sumbu potensial (poin)",
        "en": "Potential-axis weights (points)",
    },
    "whatif.share": {
        "id": "{points} poin = {share} dari sumbu",
        "en": "{points} points = {share} of the axis",
    },
    "whatif.absent": {
        "id": "Tidak dipakai: kolom ini kosong untuk semua pegawai terpilih, jadi bobotnya 0 dan komponen lain diskalakan ulang.",
        "en": "Off: this column is empty for every selected employee, so its weight is 0 and the other components are rescaled.",
    },
    "whatif.ready_all": {
        "id": "Slider sumbu {axis} tidak berlaku: semua pegawai terpilih punya Skor Sumbu {axis} siap pakai, yang dipakai apa adanya.",
        "en": "The {axis} sliders are off: every selected employee has a ready {axis} axis score, which is used as is.",
    },
    "whatif.ready_some": {
        "id": "{n} pegawai punya Skor Sumbu {axis} siap pakai (dipakai apa adanya): bobot ini tidak berlaku untuk mereka.",
        "en": "{n} employees have a ready {axis} axis score (used as is): these weights do not apply to them.",
    },
    "whatif.cutoffs": {
        "id": "Batas level {axis} (rendah · tinggi)",
        "en": "{axis} level cut-offs (low · high)",
    },
    "whatif.cutoffs_help": {
        "id": "Skor di bawah batas rendah = level 1; sampai di bawah batas tinggi = level 2; selebihnya level 3. 60/80 adalah asumsi yang dapat diubah, bukan ketentuan regulasi.",
        "en": "A score below the low cut-off = level 1; below the high one = level 2; else level 3. 60/80 is an adjustable assumption, not regulation.",
    },
    "whatif.cutoffs_equal": {
        "id": "Batas rendah dan tinggi sumbu {axis} sama: level tengah kosong.",
        "en": "The {axis} low and high cut-offs are equal: the middle level is empty.",
    },
    "whatif.headline": {
        "id": "{n} pegawai berpindah kotak; talent pool (kotak {boxes}) dari {before} menjadi {after}",
        "en": "{n} employees change box; talent pool (boxes {boxes}) from {before} to {after}",
    },
    "whatif.mappability": {
        "id": "Selain itu {n} pegawai berubah status keterpetakan (menjadi atau tidak lagi dapat dipetakan karena komponen berbobot belum dinilai).",
        "en": "Also {n} employees change mappability (become or stop being mappable because a weighted component was not assessed).",
    },
    "whatif.same_rules": {
        "id": "Bobot dan batas level sama dengan pembanding.",
        "en": "Weights and cut-offs equal the baseline.",
    },
    "whatif.metric.movers": {"id": "Berpindah kotak", "en": "Changed box"},
    "whatif.metric.pool": {"id": "Talent pool (semula → baru)", "en": "Talent pool (before → after)"},
    "whatif.metric.mapped": {"id": "Pegawai terpetakan (baru)", "en": "Mapped employees (after)"},
    "whatif.ninebox.title": {"id": "Nine-box dengan bobot baru", "en": "Nine-box under the new weights"},
    "whatif.matrix.title": {"id": "Matriks perpindahan", "en": "Transition matrix"},
    "whatif.matrix.caption": {
        "id": "Baris = kotak semula (pembanding), kolom = kotak baru. Diagonal (abu-abu) = tetap di kotak yang sama; "
        "warna = banyaknya yang berpindah. Jumlah = isi kotak semula (baris) dan kotak baru (kolom).",
        "en": "Rows = baseline box, columns = new box. The diagonal (grey) = stayed in the same box; colour = how "
        "many move. Total = the box before (rows) and after (columns).",
    },
    "whatif.matrix.from": {"id": "Kotak semula", "en": "Baseline box"},
    "whatif.matrix.to": {"id": "Kotak baru", "en": "New box"},
    "whatif.matrix.hover": {
        "id": "Dari %{y} ke %{x}: %{text} pegawai",
        "en": "From %{y} to %{x}: %{text} employees",
    },
    "whatif.matrix.hover_plain": {
        "id": "{before} → {after}: {n} pegawai",
        "en": "{before} → {after}: {n} employees",
    },
    "whatif.matrix.corner": {"id": "Semula ↓ · baru →", "en": "Before ↓ · after →"},
    "whatif.matrix.total": {"id": "Jumlah", "en": "Total"},
    "whatif.unmappable_short": {"id": "Tak terpetakan", "en": "Unmappable"},
    "whatif.sankey.title": {"id": "Arus perpindahan", "en": "Where movers go"},
    "whatif.sankey.caption": {
        "id": "Hanya yang berpindah; kiri = kotak semula, kanan = kotak baru.",
        "en": "Movers only; left = baseline box, right = new box.",
    },
    "whatif.sankey.before": {"id": "{box} (semula)", "en": "{box} (before)"},
    "whatif.sankey.after": {"id": "{box} (baru)", "en": "{box} (after)"},
    "whatif.sankey.none": {"id": "Tidak ada yang berpindah.", "en": "Nobody moves."},
    "whatif.sens.title": {"id": "Kepekaan tiap komponen", "en": "Sensitivity per component"},
    "whatif.sens.caption": {
        "id": "Berapa pegawai berpindah kotak bila bobot satu komponen dinaikkan {step} poin (bobot lain seperti pada slider).",
        "en": "How many employees would change box if one component's weight rose by {step} points (the others as on the sliders).",
    },
    "whatif.sens.axis": {"id": "Pegawai yang akan berpindah", "en": "Employees who would move"},
    "whatif.sens.hover": {"id": "%{y}: %{text} pegawai", "en": "%{y}: %{text} employees"},
    "whatif.movers.title": {"id": "Siapa berpindah", "en": "Who moves"},
    "whatif.movers.count": {"id": "**{n} pegawai** berpindah", "en": "**{n} employees** move"},
    "whatif.movers.more": {
        "id": "Ditampilkan {shown} dari {n} dengan perubahan skor terbesar.",
        "en": "Showing {shown} of {n}, largest score changes first.",
    },
    "whatif.movers.download": {
        "id": "Unduhan XLSX/CSV memuat {n} baris.",
        "en": "The XLSX/CSV downloads hold {n} rows.",
    },
    "whatif.movers.none": {"id": "Tidak ada yang berpindah kotak.", "en": "Nobody changes box."},
    "whatif.col.from_box": {"id": "Kotak semula", "en": "Box before"},
    "whatif.col.to_box": {"id": "Kotak baru", "en": "Box after"},
    "whatif.col.kinerja_before": {"id": "Kinerja semula", "en": "Performance before"},
    "whatif.col.kinerja_after": {"id": "Kinerja baru", "en": "Performance after"},
    "whatif.col.kinerja_change": {"id": "Δ kinerja", "en": "Δ performance"},
    "whatif.col.potensial_before": {"id": "Potensial semula", "en": "Potential before"},
    "whatif.col.potensial_after": {"id": "Potensial baru", "en": "Potential after"},
    "whatif.col.potensial_change": {"id": "Δ potensial", "en": "Δ potential"},
    "whatif.save.title": {"id": "Simpan set bobot", "en": "Save weight set"},
    "whatif.save.name": {"id": "Nama set", "en": "Set name"},
    "whatif.save.button": {"id": "Simpan", "en": "Save"},
    "whatif.save.done": {
        "id": "Set bobot '{name}' tersimpan di basis data.",
        "en": "Weight set '{name}' saved in the database.",
    },
    "whatif.save.failed": {"id": "Tidak dapat menyimpan: {error}", "en": "Could not save: {error}"},
    "whatif.error.set_name": {
        "id": "Nama set bobot wajib diisi, paling banyak {max} karakter.",
        "en": "A weight set needs a name of at most {max} characters.",
    },
    "whatif.error.set_reserved": {
        "id": "'{name}' adalah nama preset bawaan; pilih nama lain.",
        "en": "'{name}' is a built-in preset name; choose another.",
    },
    "whatif.url.ignored": {
        "id": "Sebagian parameter tautan diabaikan: {items}.",
        "en": "Some link parameters were ignored: {items}.",
    },
    "whatif.url.unknown": {"id": "'{param}' tidak dikenal", "en": "'{param}' is unknown"},
    "whatif.url.not_number": {"id": "{param}={value} bukan angka", "en": "{param}={value} is not a number"},
    "whatif.url.negative": {"id": "{param}={value} negatif", "en": "{param}={value} is negative"},
    "whatif.url.range": {"id": "{param}={value} di luar 0–100", "en": "{param}={value} is outside 0–100"},
    "whatif.url.order": {
        "id": "batas {axis} rendah lebih besar dari tinggi",
        "en": "the {axis} low cut-off exceeds the high one",
    },
    "whatif.url.preset": {"id": "pembanding '{value}' tidak dikenal", "en": "baseline '{value}' is unknown"},
    "whatif.url.filter": {
        "id": "{param}={value} tidak ada di data",
        "en": "{param}={value} is not in the data",
    },
    "whatif.url.filters": {
        "id": "Tautan ini memakai saringan lain dari bilah samping: {filters}.",
        "en": "This link uses other filters than the sidebar: {filters}.",
    },
    "whatif.url.view": {"id": "tampilan '{value}' tidak dikenal", "en": "view '{value}' is unknown"},
    "whatif.tab.matrix": {"id": "Matriks", "en": "Matrix"},
    "whatif.tab.ninebox": {"id": "Nine-box", "en": "Nine-box"},
    "whatif.tab.sankey": {"id": "Arus (Sankey)", "en": "Flows (Sankey)"},
    "whatif.tab.sens": {"id": "Kepekaan", "en": "Sensitivity"},
    "whatif.tab.movers": {"id": "Daftar pemindah", "en": "Movers"},
    "whatif.tabs.caption": {
        "id": "Hanya tab yang terbuka yang dihitung, agar hasil geseran bobot tampil seketika.",
        "en": "Only the open tab is computed, so a weight change shows at once.",
    },
    "whatif.url.apply": {"id": "Terapkan saringan tautan", "en": "Apply the link's filters"},
    "whatif.cli.from_to": {"id": "semula\\baru", "en": "before\\after"},
    # --- end what-if -----------------------------------------------------------------------------
    # --- faults ----------------------------------------------------------------------------------
    "faults.busy": {
        "id": "Basis data {path} sedang dipakai proses lain (misalnya impor lewat baris perintah atau aplikasi lain).",
        "en": "Database {path} is in use by another process (e.g. a command-line import or another app).",
    },
    "faults.busy.cli": {
        "id": "Tunggu proses itu selesai atau tutup lalu ulangi, atau pakai berkas lain dengan --db. Tidak ada data yang diubah.",
        "en": "Wait for that process to finish or close it, then retry, or use another file with --db. No data was changed.",
    },
    "faults.busy.app": {
        "id": "Tunggu proses itu selesai lalu tekan Coba lagi. Tidak ada data yang diubah.",
        "en": "Wait for that process to finish, then press Retry. No data was changed.",
    },
    "faults.missing": {"id": "Basis data {path} tidak ada.", "en": "Database {path} does not exist."},
    "faults.missing.cli": {
        "id": "Periksa lokasinya, atau buat dengan `python -m analytics demo --db {path}` atau `python -m analytics load BERKAS --db {path}`.",
        "en": "Check the path, or create it with `python -m analytics demo --db {path}` or `python -m analytics load FILE --db {path}`.",
    },
    "faults.missing.app": {
        "id": "Periksa lokasinya di bilah samping, atau bangun ulang data demo.",
        "en": "Check the path in the sidebar, or rebuild the demo data.",
    },
    "faults.corrupt": {
        "id": "Berkas {path} rusak atau bukan basis data DuckDB (terpotong, tertimpa, atau dari versi DuckDB lain).",
        "en": "File {path} is damaged or not a DuckDB database (truncated, overwritten, or from another DuckDB version).",
    },
    "faults.corrupt.cli": {
        "id": "Pindahkan ke samping dengan `python -m analytics.core.db move-aside {path}` (berkas tidak dihapus), lalu bangun ulang: `python -m analytics demo --db {path}` atau muat ulang data Anda dengan `python -m analytics load`.",
        "en": "Move it aside with `python -m analytics.core.db move-aside {path}` (nothing is deleted), then rebuild: `python -m analytics demo --db {path}` or load your data again with `python -m analytics load`.",
    },
    "faults.corrupt.app": {
        "id": "Pindahkan berkas ke samping (diganti nama menjadi BERKAS.rusak-<waktu>, tidak dihapus), lalu bangun ulang atau muat ulang data.",
        "en": "Move the file aside (renamed to FILE.rusak-<time>, not deleted), then rebuild or load the data again.",
    },
    "faults.outdated": {
        "id": "Basis data {path} dibuat oleh versi aplikasi yang lebih lama (skema versi {found}, aplikasi ini memakai versi {expected}).",
        "en": "Database {path} was made by an older version of the app (schema version {found}, this app uses version {expected}).",
    },
    "faults.outdated.cli": {
        "id": "Migrasikan dengan `python -m analytics.core.db migrate {path}` (satu transaksi; data tetap ada), lalu ulangi.",
        "en": "Migrate it with `python -m analytics.core.db migrate {path}` (one transaction; the data is kept), then retry.",
    },
    "faults.outdated.app": {
        "id": "Tekan Migrasi untuk memperbarui skemanya dalam satu transaksi; data tetap ada.",
        "en": "Press Migrate to update its schema in one transaction; the data is kept.",
    },
    "faults.too_new": {
        "id": "Basis data {path} dibuat oleh versi aplikasi yang lebih baru (skema versi {found}, aplikasi ini memakai versi {expected}).",
        "en": "Database {path} was made by a newer version of the app (schema version {found}, this app uses version {expected}).",
    },
    "faults.too_new.cli": {
        "id": "Perbarui aplikasi ini (git pull; make run), atau pakai berkas lain dengan --db. Berkas tidak diubah.",
        "en": "Update this app (git pull; make run), or use another file with --db. The file was not changed.",
    },
    "faults.too_new.app": {
        "id": "Perbarui aplikasi ini, atau pilih berkas lain. Berkas tidak diubah.",
        "en": "Update this app, or choose another file. The file was not changed.",
    },
    "faults.migrated": {
        "id": "{path} dimigrasikan dari skema versi {found} ke {expected}.",
        "en": "{path} migrated from schema version {found} to {expected}.",
    },
    "faults.moved_aside": {"id": "{path} dipindahkan ke {aside}.", "en": "{path} moved to {aside}."},
    "faults.button.rebuild": {"id": "Bangun ulang data demo", "en": "Rebuild the demo data"},
    "faults.button.migrate": {"id": "Migrasi", "en": "Migrate"},
    "faults.button.move_aside": {"id": "Pindahkan ke samping", "en": "Move aside"},
    "faults.button.retry": {"id": "Coba lagi", "en": "Retry"},
    "faults.build_failed": {
        "id": "Data demo tidak dapat dibangun di {path}: {error}. Periksa izin tulis folder itu atau atur TALENTA_DB ke lokasi lain.",
        "en": "The demo data could not be built at {path}: {error}. Check that folder's write permission or set TALENTA_DB to another location.",
    },
    "ingest.cell_too_large": {
        "id": "ada sel yang lebih panjang dari {limit} karakter (batas satu sel Excel) di baris {at_row}, kolom {at_column}; berkas ditolak. Periksa sel itu (salah tempel?) lalu simpan ulang.",
        "en": "a cell is longer than {limit} characters (the limit of one Excel cell) at row {at_row}, column {at_column}; the file is refused. Check that cell (a wrong paste?) and save again.",
    },
    # --- end faults ------------------------------------------------------------------------------
    # --- meeting, exports, training, movement ---------------------------------------------------
    "nav.training": {"id": "Pelatihan", "en": "Training"},
    "nav.movement": {"id": "Perpindahan antarperiode", "en": "Period movement"},
    "home.card.training.title": {"id": "Pelatihan (bimtek)", "en": "Training (workshop)"},
    "home.card.training.text": {
        "id": "Panduan langkah demi langkah di data demo: nine-box, rumus skor sampai kotak, penumpukan, indeks merit, glosarium dan latihan menebak kotak.",
        "en": "A step-by-step guide on the demo data: the nine-box, the score formula up to the box, piling up, the merit index, a glossary and a box-guessing exercise.",
    },
    "home.card.movement.title": {"id": "Perpindahan antarperiode", "en": "Period movement"},
    "home.card.movement.text": {
        "id": "Perpindahan kotak pegawai yang sama dari satu periode ke periode berikutnya: matriks transisi, siapa masuk dan keluar talent pool, perubahan per unit.",
        "en": "How the same employees moved between boxes from one period to the next: transition matrix, who entered and left the talent pool, change per unit.",
    },
    "meeting.switch": {"id": "Mode rapat", "en": "Meeting mode"},
    "meeting.switch_help": {
        "id": "Untuk layar rapat: nama menjadi inisial, NIP disamarkan (1985••••••••••1001), tanggal lahir disembunyikan, huruf besar dan grafik kontras tinggi di semua halaman. Tautan dengan ?rapat=1 membukanya langsung.",
        "en": "For a meeting screen: names become initials, NIPs are masked (1985••••••••••1001), birth dates hidden, large type and high-contrast charts on every page. A link with ?rapat=1 opens with it on.",
    },
    "meeting.on_caption": {
        "id": "Mode rapat aktif: tidak ada nama lengkap atau NIP di layar.",
        "en": "Meeting mode on: no full names or NIPs on screen.",
    },
    "meeting.table_collapsed": {
        "id": "Tabel rinci (mode rapat: nama sebagai inisial)",
        "en": "Detailed table (meeting mode: names as initials)",
    },
    "meeting.data_masked": {
        "id": "Mode rapat: unduhan berisi inisial dan NIP tersamar, tanpa tanggal lahir.",
        "en": "Meeting mode: the download holds initials and masked NIPs, no birth dates.",
    },
    "export.png": {"id": "Unduh gambar (PNG)", "en": "Download image (PNG)"},
    "export.xlsx": {"id": "Unduh tabel (XLSX)", "en": "Download table (XLSX)"},
    "export.deck.heading": {"id": "Unduh ringkasan rapat", "en": "Download the meeting summary"},
    "export.deck.caption": {
        "id": "Halaman judul (periode, instansi, saringan) dan {n} grafik halaman ini, masing-masing dengan kalimat utamanya. Mode rapat berlaku: tanpa nama lengkap atau NIP.",
        "en": "A title slide (period, agency, filters) and this page's {n} charts, each with its headline sentence. Meeting mode applies: no full names or NIPs.",
    },
    "export.deck.pptx": {"id": "Ringkasan rapat (PPTX)", "en": "Meeting summary (PPTX)"},
    "export.deck.pdf": {"id": "Ringkasan rapat (PDF)", "en": "Meeting summary (PDF)"},
    "export.deck.title": {"id": "Ringkasan rapat: {page}", "en": "Meeting summary: {page}"},
    "export.deck.meeting_note": {
        "id": "Disusun dalam mode rapat (inisial, NIP tersamar).",
        "en": "Prepared in meeting mode (initials, masked NIPs).",
    },
    "move.title": {"id": "Perpindahan antarperiode", "en": "Movement between periods"},
    "move.purpose": {
        "id": "Pegawai yang sama (NIP sama) di dua periode: dari kotak mana ke kotak mana, siapa masuk atau keluar talent pool, dan unit mana yang bertambah atau berkurang. Aturan sama untuk kedua periode (bobot Kepka BKN 411/2025, batas 60/80).",
        "en": "The same employees (same NIP) in two periods: from which box to which, who entered or left the talent pool, and which units gained or lost. The same rules for both periods (Kepka BKN 411/2025 weights, 60/80 cut-offs).",
    },
    "move.need_two": {
        "id": "Perpindahan memerlukan dua periode; data ini hanya memuat: {periods}.",
        "en": "Movement needs two periods; this data holds only: {periods}.",
    },
    "move.before": {"id": "Periode awal", "en": "From period"},
    "move.after": {"id": "Periode akhir", "en": "To period"},
    "move.same": {"id": "Pilih dua periode yang berbeda.", "en": "Choose two different periods."},
    "move.rules_caption": {
        "id": "Saringan bilah samping (instansi, unit, jenis jabatan) berlaku untuk kedua periode; periode bilah samping diganti oleh dua periode di atas.",
        "en": "The sidebar's filters (agency, unit, position type) apply to both periods; the sidebar's period is replaced by the two above.",
    },
    "move.headline": {
        "id": "{before} → {after}: {n} dari {both} pegawai berpindah kotak; talent pool (kotak {boxes}) dari {pool_before} menjadi {pool_after} ({entered} masuk, {left} keluar)",
        "en": "{before} → {after}: {n} of {both} employees changed box; talent pool (boxes {boxes}) from {pool_before} to {pool_after} ({entered} in, {left} out)",
    },
    "move.metric.both": {"id": "Pegawai di kedua periode", "en": "Employees in both periods"},
    "move.metric.moved": {"id": "Berpindah kotak", "en": "Changed box"},
    "move.metric.pool": {"id": "Talent pool", "en": "Talent pool"},
    "move.metric.new_gone": {"id": "Baru / tidak ada lagi", "en": "New / no longer present"},
    "move.matrix.title": {
        "id": "Matriks transisi {before} → {after}",
        "en": "Transition matrix {before} → {after}",
    },
    "move.matrix.caption": {
        "id": "Baris = kotak {before}, kolom = kotak {after}; diagonal abu-abu = tetap di kotak yang sama. Hanya pegawai yang ada di kedua periode.",
        "en": "Rows = box in {before}, columns = box in {after}; the grey diagonal = stayed in the same box. Only employees present in both periods.",
    },
    "move.sankey.title": {"id": "Aliran perpindahan", "en": "Flows between boxes"},
    "move.sankey.caption": {
        "id": "Hanya yang berpindah: kotak {before} di kiri, kotak {after} di kanan.",
        "en": "Movers only: box in {before} on the left, box in {after} on the right.",
    },
    "move.none": {"id": "Tidak ada pegawai yang berpindah kotak.", "en": "No employee changed box."},
    "move.pool.title": {"id": "Masuk dan keluar talent pool", "en": "Into and out of the talent pool"},
    "move.pool.sentence": {
        "id": "**{entered}** pegawai masuk talent pool (kotak {boxes}) dan **{left}** keluar, termasuk pegawai baru dan yang tidak ada lagi di data.",
        "en": "**{entered}** employees entered the talent pool (boxes {boxes}) and **{left}** left it, including new employees and those no longer in the data.",
    },
    "move.pool.entered": {"id": "Masuk talent pool ({n})", "en": "Entered the talent pool ({n})"},
    "move.pool.left": {"id": "Keluar dari talent pool ({n})", "en": "Left the talent pool ({n})"},
    "move.pool.empty": {"id": "Tidak ada.", "en": "None."},
    "move.pool.more": {
        "id": "Ditampilkan {shown} dari {n} (perubahan nilai talenta terbesar lebih dulu).",
        "en": "Showing {shown} of {n} (largest talent-score change first).",
    },
    "move.col.from_box": {"id": "Kotak awal", "en": "Box before"},
    "move.col.to_box": {"id": "Kotak akhir", "en": "Box after"},
    "move.col.nilai_before": {"id": "Nilai talenta awal", "en": "Talent score before"},
    "move.col.nilai_after": {"id": "Nilai talenta akhir", "en": "Talent score after"},
    "move.col.status": {"id": "Keterangan", "en": "Note"},
    "move.col.pool_before": {"id": "Talent pool awal", "en": "Pool before"},
    "move.col.pool_after": {"id": "Talent pool akhir", "en": "Pool after"},
    "move.col.net": {"id": "Perubahan bersih", "en": "Net change"},
    "move.status.moved": {"id": "di kedua periode", "en": "in both periods"},
    "move.status.new": {"id": "baru di periode akhir", "en": "new in the later period"},
    "move.status.gone": {"id": "tidak ada lagi di periode akhir", "en": "no longer in the later period"},
    "move.units.title": {"id": "Perubahan talent pool per unit", "en": "Talent pool change per unit"},
    "move.units.caption": {
        "id": "Anggota talent pool tiap unit kerja di {before} dan {after} (unit masing-masing periode); 15 perubahan terbesar.",
        "en": "Talent-pool members of each work unit in {before} and {after} (each period's own unit); the 15 largest changes.",
    },
    "move.units.axis": {"id": "Perubahan bersih talent pool", "en": "Net change of the talent pool"},
    "move.units.none": {
        "id": "Tidak ada unit yang talent pool-nya berubah.",
        "en": "No unit's talent pool changed.",
    },
    "move.units.table": {"id": "Semua unit ({n})", "en": "All units ({n})"},
    "train.title": {
        "id": "Pelatihan: membaca nine-box dan indeks merit",
        "en": "Training: reading the nine-box and the merit index",
    },
    "train.purpose": {
        "id": "Panduan untuk bimtek di data demo. Setiap angka dihitung oleh fungsi yang sama dengan halaman lain, jadi yang dijelaskan sama dengan yang ditampilkan dasbor.",
        "en": "A guide for a workshop on the demo data. Every number comes from the same functions as the other pages, so what is explained is what the dashboard shows.",
    },
    "train.s1.title": {"id": "1. Apa itu nine-box", "en": "1. What the nine-box is"},
    "train.s1.text": {
        "id": "Setiap pegawai mendapat dua skor 0–100: **kinerja** (sumbu tegak) dan **potensial** (sumbu datar). Masing-masing dipotong menjadi tiga tingkat, sehingga ada sembilan kotak (PermenPANRB 3/2020):",
        "en": "Each employee gets two scores 0–100: **performance** (vertical axis) and **potential** (horizontal axis). Each is cut into three levels, making nine boxes (PermenPANRB 3/2020):",
    },
    "train.s1.caption": {
        "id": "Kotak {pool} adalah talent pool: sumber suksesor jabatan target (Kepka BKN 411/2025).",
        "en": "Boxes {pool} are the talent pool: the source of successors for target positions (Kepka BKN 411/2025).",
    },
    "train.s2.title": {
        "id": "2. Dari nilai ke kotak, langkah demi langkah",
        "en": "2. From scores to a box, step by step",
    },
    "train.s2.text": {
        "id": "Skor sumbu = Σ(nilai komponen × bobot) ÷ Σ bobot komponen yang ada di berkas instansi (bobot Kepka BKN 411/2025). Skor dibandingkan dengan batas 60 dan 80 (asumsi yang dapat diubah, bukan regulasi) untuk mendapat tingkat; dua tingkat menentukan kotak.",
        "en": "Axis score = Σ(component value × weight) ÷ Σ weights of the components the agency's file holds (Kepka BKN 411/2025 weights). The score is compared with the 60 and 80 cut-offs (an adjustable assumption, not regulation) to get a level; the two levels make the box.",
    },
    "train.s2.pick": {"id": "Pegawai contoh", "en": "Example employee"},
    "train.s2.axis.kinerja": {"id": "Sumbu kinerja", "en": "Performance axis"},
    "train.s2.axis.potensial": {"id": "Sumbu potensial", "en": "Potential axis"},
    "train.col.component": {"id": "Komponen", "en": "Component"},
    "train.col.value": {"id": "Nilai", "en": "Value"},
    "train.col.weight": {"id": "Bobot", "en": "Weight"},
    "train.col.product": {"id": "Nilai × bobot", "en": "Value × weight"},
    "train.absent": {"id": "tidak ada di berkas (0)", "en": "not in the file (0)"},
    "train.s2.formula": {"id": "Rumus: {formula}", "en": "Formula: {formula}"},
    "train.s2.level": {"id": "Tingkat: {sentence}", "en": "Level: {sentence}"},
    "train.formula.ready": {
        "id": "skor sumbu siap dari berkas dipakai apa adanya: **{score}**",
        "en": "the file's ready axis score is used as is: **{score}**",
    },
    "train.formula.unmappable": {
        "id": "ada komponen yang belum dinilai: pegawai ini tidak dapat dipetakan (tidak pernah dihitung 0).",
        "en": "a component was not assessed: this employee cannot be mapped (never counted as 0).",
    },
    "train.level.below": {
        "id": "{score} < {low} → tingkat {level} ({name})",
        "en": "{score} < {low} → level {level} ({name})",
    },
    "train.level.between": {
        "id": "{low} ≤ {score} < {high} → tingkat {level} ({name})",
        "en": "{low} ≤ {score} < {high} → level {level} ({name})",
    },
    "train.level.above": {
        "id": "{score} ≥ {high} → tingkat {level} ({name})",
        "en": "{score} ≥ {high} → level {level} ({name})",
    },
    "train.s2.box_title": {"id": "Kotaknya", "en": "The box"},
    "train.s2.box": {
        "id": "Kinerja tingkat {k} + potensial tingkat {p} → **Kotak {box}**: {label}. Tindak lanjut: {action}",
        "en": "Performance level {k} + potential level {p} → **Box {box}**: {label}. Follow-up: {action}",
    },
    "train.s2.check": {
        "id": "Perhitungan dasbor (assign_boxes): Kotak {box}, kinerja {kinerja}, potensial {potensial}.",
        "en": "The dashboard's computation (assign_boxes): box {box}, performance {kinerja}, potential {potensial}.",
    },
    "train.s2.same": {"id": "Sama dengan langkah di atas.", "en": "The same as the steps above."},
    "train.s2.differs": {
        "id": "Berbeda dari langkah di atas: laporkan.",
        "en": "Differs from the steps above: report it.",
    },
    "train.s3.title": {"id": "3. Penumpukan talenta", "en": "3. Talent piling up"},
    "train.s3.rule": {
        "id": 'KASN menolak usulan instansi yang masih memiliki "penumpukan persebaran talenta". Aturan dasbor (ref_clustering_rule, dapat diubah): satu kotak memuat lebih dari **{share}** kelompok minimal **{min_group}** pegawai, atau sebaran unit berbeda nyata dari sisa instansinya (chi-kuadrat, p < {p}).',
        "en": "KASN refused agencies that still showed \"talent piling up\". The dashboard's rule (ref_clustering_rule, adjustable): one box holds more than **{share}** of a group of at least **{min_group}** employees, or the unit's spread differs significantly from the rest of its agency (chi-square, p < {p}).",
    },
    "train.s3.example": {
        "id": "Contoh di data demo: {group} ({instansi}). Di halaman Nine-box, tombol pada peringatan mempersempit tampilan ke unit itu.",
        "en": "Example in the demo data: {group} ({instansi}). On the Nine-box page, the banner's button narrows the view to that unit.",
    },
    "train.s3.none": {"id": "Tidak ada penumpukan di periode ini.", "en": "No piling up in this period."},
    "train.s4.title": {"id": "4. Indeks sistem merit", "en": "4. The merit-system index"},
    "train.s4.text": {
        "id": "Contoh {instansi}, {period}, tahap {stage} (PermenPANRB 40/2018; KASN SIPINTER): delapan aspek dengan nilai maksimumnya.",
        "en": "Example {instansi}, {period}, stage {stage} (PermenPANRB 40/2018; KASN SIPINTER): eight aspects with their maximum scores.",
    },
    "train.col.aspect": {"id": "Aspek", "en": "Aspect"},
    "train.col.max": {"id": "Maksimum", "en": "Maximum"},
    "train.col.score": {"id": "Nilai", "en": "Score"},
    "train.s4.formula": {
        "id": "Jumlah = **{total}**; indeks = {total} ÷ {max} = **{index}**; kategori dari nilai total (Baik: 250 sampai di bawah 325) → **{category}**.",
        "en": "Total = **{total}**; index = {total} ÷ {max} = **{index}**; category from the total score (Good: 250 to below 325) → **{category}**.",
    },
    "train.s4.none": {
        "id": "Data merit contoh (NTT 2022) tidak ada di basis data ini.",
        "en": "The example merit data (NTT 2022) is not in this database.",
    },
    "train.s5.title": {"id": "5. Glosarium", "en": "5. Glossary"},
    "train.col.term": {"id": "Istilah", "en": "Term"},
    "train.col.other": {"id": "Dalam bahasa Inggris", "en": "In Indonesian"},
    "train.col.meaning": {"id": "Arti", "en": "Meaning"},
    "train.col.source": {"id": "Dasar", "en": "Source"},
    "train.s6.title": {"id": "6. Latihan: tebak kotaknya", "en": "6. Exercise: guess the box"},
    "train.s6.text": {
        "id": "Seorang pegawai anonim dengan dua skornya. Batas: di bawah {low} rendah, {low} sampai di bawah {high} menengah, {high} ke atas tinggi. Di kotak mana dia?",
        "en": "An anonymous employee with their two scores. Cut-offs: below {low} low, {low} to below {high} medium, {high} and above high. Which box?",
    },
    "train.s6.who": {"id": "Pegawai {n}", "en": "Employee {n}"},
    "train.s6.guess": {"id": "Tebakan Anda", "en": "Your guess"},
    "train.s6.check": {"id": "Periksa", "en": "Check"},
    "train.s6.next": {"id": "Pegawai berikutnya", "en": "Next employee"},
    "train.exercise.right": {"id": "Benar: Kotak {box}.", "en": "Right: box {box}."},
    "train.exercise.wrong": {
        "id": "Belum tepat: bukan Kotak {guess}, melainkan Kotak {box}.",
        "en": "Not quite: not box {guess} but box {box}.",
    },
    "train.exercise.because": {
        "id": "Kinerja: {kinerja}; potensial: {potensial} → Kotak {box} ({label}).",
        "en": "Performance: {kinerja}; potential: {potensial} → box {box} ({label}).",
    },
    "train.next_whatif": {
        "id": "Lanjut: geser bobot dan lihat jumlah per kotak berubah (Bagaimana jika)",
        "en": "Next: move the weights and watch the box counts change (What-if)",
    },
    # --- end meeting, exports, training, movement -----------------------------------------------
    # --- issue 20: linked merit views, fairness intervals ----------------------------------------
    "fair.summary.unclear": {
        "id": "(interval rasio {ci} memuat 0,8: belum dapat disimpulkan)",
        "en": "(ratio interval {ci} includes 0.8: nothing can be concluded yet)",
    },
    "fair.flag.below": {"id": "⚠ < 0,8", "en": "⚠ < 0.8"},
    "fair.flag.unclear": {
        "id": "⚠ < 0,8, tetapi interval memuat 0,8: belum dapat disimpulkan",
        "en": "⚠ < 0.8, but the interval includes 0.8: nothing can be concluded",
    },
    "fair.flag.unclear_above": {
        "id": "interval memuat 0,8: belum dapat disimpulkan",
        "en": "the interval includes 0.8: nothing can be concluded",
    },
    "fair.col.ci_pool": {"id": "IK 95 % kotak 7-8-9", "en": "95 % CI boxes 7-8-9"},
    "fair.col.ci_box1": {"id": "IK 95 % kotak 1", "en": "95 % CI box 1"},
    "fair.col.ci_ratio": {"id": "IK 95 % rasio", "en": "95 % CI ratio"},
    "fair.col.pool_lo": {"id": "Batas bawah IK kotak 7-8-9", "en": "CI lower boxes 7-8-9"},
    "fair.col.pool_hi": {"id": "Batas atas IK kotak 7-8-9", "en": "CI upper boxes 7-8-9"},
    "fair.col.box1_lo": {"id": "Batas bawah IK kotak 1", "en": "CI lower box 1"},
    "fair.col.box1_hi": {"id": "Batas atas IK kotak 1", "en": "CI upper box 1"},
    "fair.col.ratio_lo": {"id": "Batas bawah IK rasio", "en": "CI lower ratio"},
    "fair.col.ratio_hi": {"id": "Batas atas IK rasio", "en": "CI upper ratio"},
    "fair.interval_note": {
        "id": "Titik = tingkat kelompok; garis = interval kepercayaan 95 % (Wilson). Rasio terhadap kelompok tertinggi dengan interval 95 % (log Katz); tanda 0,8 disebut belum dapat disimpulkan bila interval rasio memuat 0,8. Biru: tidak ada tanda; oranye: di bawah 0,8; cokelat: belum dapat disimpulkan.",
        "en": "Dot = the group's rate; line = its 95 % confidence interval (Wilson). Ratio to the highest group with a 95 % interval (Katz log); the 0.8 flag says nothing can be concluded when the ratio's interval includes 0.8. Blue: no flag; orange: below 0.8; brown: nothing can be concluded.",
    },
    "fair.chart.measure": {"id": "Ukuran", "en": "Measure"},
    "fair.chart.pool": {"id": "Kotak 7-8-9", "en": "Boxes 7-8-9"},
    "fair.chart.box1": {"id": "Kotak 1", "en": "Box 1"},
    "fair.chart.rate": {"id": "Tingkat (IK 95 %)", "en": "Rate (95 % CI)"},
    "fair.chart.lo": {"id": "Batas bawah", "en": "Lower"},
    "fair.chart.hi": {"id": "Batas atas", "en": "Upper"},
    "fair.chart.n": {"id": "n", "en": "n"},
    "merit.linked.heading": {
        "id": "Indeks merit setiap instansi (pilih rentang atau jenis)",
        "en": "The merit index of every agency (select a range or a type)",
    },
    "merit.linked.help": {
        "id": "Seret pada baris atas untuk memilih rentang indeks; klik jenis instansi pada legenda untuk menyaring distribusi (Shift+klik untuk beberapa). Tabel, jumlah per kategori, unduhan dan alamat halaman mengikuti pilihan. Klik dua kali pada grafik untuk menghapus rentang.",
        "en": "Drag on the top row to select a range of the index; click an agency type in the legend to filter the distribution (Shift+click for several). The table, the counts per category, the download and the page address follow the selection. Double-click the chart to clear the range.",
    },
    "merit.linked.type": {"id": "Jenis instansi", "en": "Agency type"},
    "merit.linked.index": {"id": "Indeks merit (0–1)", "en": "Merit index (0–1)"},
    "merit.linked.count": {"id": "Jumlah instansi", "en": "Agencies"},
    "merit.linked.selection": {
        "id": "Terpilih: {n} dari {total} instansi{range}{types}",
        "en": "Selected: {n} of {total} agencies{range}{types}",
    },
    "merit.linked.range": {"id": ", indeks {lo}–{hi}", "en": ", index {lo}–{hi}"},
    "merit.linked.types": {"id": ", jenis: {types}", "en": ", type: {types}"},
    "merit.linked.none": {
        "id": "Belum ada instansi dengan indeks terverifikasi pada periode ini.",
        "en": "No agency has a verified index in this period.",
    },
    "merit.linked.counts": {"id": "Instansi terpilih per kategori", "en": "Selected agencies per category"},
    "merit.linked.download": {
        "id": "Unduh instansi terpilih (CSV)",
        "en": "Download the selected agencies (CSV)",
    },
    "merit.linked.clear": {"id": "Hapus pilihan", "en": "Clear the selection"},
    "merit.linked.col.jenis": {"id": "Jenis", "en": "Type"},
    "merit.linked.province_heading": {
        "id": "Profil aspek kabupaten/kota terpilih",
        "en": "Aspect profile of the selected regencies",
    },
    "merit.linked.province_help": {
        "id": "Klik batang kabupaten/kota (Shift+klik untuk beberapa): grafik aspek menunjukkan rata-rata skor aspek yang terpilih (titik) terhadap pemerintah provinsi (garis tegak) dan nilai maksimum aspek (batang abu-abu). Klik dua kali untuk menghapus pilihan.",
        "en": "Click a regency's bar (Shift+click for several): the aspect chart shows the selection's mean aspect scores (dot) against the provincial government's (tick) and each aspect's maximum (grey bar). Double-click to clear the selection.",
    },
    "merit.linked.province_selection": {
        "id": "Terpilih: {names}. Skor aspek ada untuk {n} di antaranya.",
        "en": "Selected: {names}. Aspect scores exist for {n} of them.",
    },
    "merit.linked.province_none": {
        "id": "Belum ada kabupaten/kota terpilih: titik menunjukkan rata-rata semua kabupaten/kota yang memiliki skor aspek ({n}).",
        "en": "No regency selected: the dot shows the mean of every regency with aspect scores ({n}).",
    },
    "merit.linked.no_aspects": {
        "id": "Belum ada skor per aspek untuk kabupaten/kota ini pada periode ini.",
        "en": "No aspect scores for these regencies in this period.",
    },
    "merit.linked.aspect": {"id": "Aspek", "en": "Aspect"},
    "merit.linked.aspect_score": {"id": "Skor aspek", "en": "Aspect score"},
    "merit.linked.selected": {"id": "Terpilih (rata-rata)", "en": "Selected (mean)"},
    "merit.linked.province": {"id": "Pemerintah provinsi", "en": "Provincial government"},
    "merit.linked.max": {"id": "Maksimum", "en": "Maximum"},
    "merit.linked.bad_url": {
        "id": "Pilihan pada alamat diabaikan: {params}.",
        "en": "Selection in the address ignored: {params}.",
    },
    # --- end issue 20 -----------------------------------------------------------------------------
}
LABELS.update(ACCESS_LABELS)
LABELS.update(QUALITY_LABELS)


def t(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{params}`` filled in; a missing key raises KeyError."""
    entry = LABELS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text
