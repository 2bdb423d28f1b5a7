"""UI text of the Data page, import validation, templates, the command line, the demo build and database faults."""

from __future__ import annotations

DATA_LABELS: dict[str, dict[str, str]] = {
    # --- data.* -----------------------------------------------------------------------------------
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
    "data.instrument": {"id": "Versi instrumen merit", "en": "Merit instrument version"},
    "data.instrument.auto": {"id": "menurut berkas atau periode", "en": "from the file or the period"},
    "data.instrument_help": {
        "id": "Berkas penilaian sistem merit: PermenPANRB 40/2018 (sampai 2025) atau PermenPANRB 19/2025 "
        "(mulai 2026, nilai per pertanyaan 0–4). Bila dipilih, berkas harus sesuai versi ini: berkas versi "
        "lain ditolak dan tidak ada yang disimpan.",
        "en": "Merit assessment files: PermenPANRB 40/2018 (up to 2025) or PermenPANRB 19/2025 (from 2026, "
        "scores per question 0–4). When chosen, the file must match this version: a file of the other "
        "version is rejected and nothing is stored.",
    },
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
    "data.p.count": {"id": "Jumlah", "en": "Count"},
    "data.template.sheet.pegawai": {"id": "data pegawai", "en": "employee data"},
    "data.template.sheet.nilai_aspek": {"id": "nilai aspek merit", "en": "merit aspect scores"},
    "data.template.sheet.status_sipinter": {"id": "status SIPINTER", "en": "SIPINTER status"},
    "data.template.sheet.nilai_pertanyaan_2026": {
        "id": "nilai per pertanyaan 2026 (PermenPANRB 19/2025)",
        "en": "scores per question 2026 (PermenPANRB 19/2025)",
    },
    # --- column.* ---------------------------------------------------------------------------------
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
    "column.merit.instrument": {
        "id": "versi instrumen: PermenPANRB 40/2018 (sampai 2025) atau PermenPANRB 19/2025 (mulai 2026); bila kosong, menurut periode",
        "en": "instrument version: PermenPANRB 40/2018 (up to 2025) or PermenPANRB 19/2025 (from 2026); if absent, by the period",
    },
    "column.merit.question": {
        "id": "19/2025: kode pertanyaan dalam aspek (mis. 1.1); nilainya skor maturitas 0–4",
        "en": "19/2025: the question's code within its aspect (e.g. 1.1); its score is a maturity level 0–4",
    },
    "column.merit.evidence": {
        "id": "19/2025: bukti dukung (tautan atau nama dokumen), wajib bila nilai di atas 0",
        "en": "19/2025: evidence (a link or document name), required when the score is above 0",
    },
    "column.merit.condition": {
        "id": "19/2025: syarat berlakunya pertanyaan, mis. 'Membayar TPP = ya'; jawabannya di kolom gerbang (Kelompok Instansi, Membayar TPP, Kecelakaan Kerja 2 Tahun)",
        "en": "19/2025: when the question applies, e.g. 'Membayar TPP = ya'; answered in the gate column (Kelompok Instansi, Membayar TPP, Kecelakaan Kerja 2 Tahun)",
    },
    # --- severity.* -------------------------------------------------------------------------------
    "severity.error": {"id": "Galat", "en": "Error"},
    "severity.warning": {"id": "Peringatan", "en": "Warning"},
    "severity.info": {"id": "Info", "en": "Info"},
    # --- ingest.* ---------------------------------------------------------------------------------
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
    "ingest.unknown_instrument": {
        "id": "versi instrumen tidak dikenal. Gunakan salah satu: {allowed}.",
        "en": "unknown instrument version. Use one of: {allowed}.",
    },
    "ingest.instrument_mismatch": {
        "id": "berkas ini menyatakan {found}, tetapi impor dipilih sebagai {chosen}. Pilih versi yang sesuai dengan berkas, atau perbaiki kolom Instrumen.",
        "en": "this file says {found}, but the import was set to {chosen}. Choose the version that matches the file, or correct the Instrumen column.",
    },
    "ingest.instrument_period": {
        "id": "periode ini tidak dalam masa berlaku {instrument} ({valid}); periode ini dinilai dengan {expected}. Periksa periode atau versi instrumen.",
        "en": "this period is outside the validity of {instrument} ({valid}); this period is assessed with {expected}. Check the period or the instrument version.",
    },
    "ingest.instrument_mixed": {
        "id": "berkas ini mencampur dua versi instrumen ({instruments}). Pisahkan menjadi satu berkas per versi.",
        "en": "this file mixes two instrument versions ({instruments}). Split it into one file per version.",
    },
    "ingest.aspect_other_instrument": {
        "id": "aspek '{aspect}' milik instrumen {owner}, bukan {instrument} yang dipakai berkas ini. Berkas {owner} tidak dapat diimpor sebagai {instrument}: pilih versi yang benar atau perbaiki Periode/Instrumen.",
        "en": "aspect '{aspect}' belongs to the {owner} instrument, not {instrument}, which this file uses. A {owner} file cannot be imported as {instrument}: choose the right version or correct Periode/Instrumen.",
    },
    "ingest.wide_not_for_instrument": {
        "id": "{instrument} dinilai per pertanyaan: gunakan bentuk panjang (Aspek, Pertanyaan, Nilai), bukan satu kolom per aspek.",
        "en": "{instrument} is scored per question: use the long form (Aspek, Pertanyaan, Nilai), not one column per aspect.",
    },
    "ingest.score_above_question_max": {
        "id": "nilai melebihi skor maksimum pertanyaan ({maximum}) pada {instrument} (skala maturitas 0–{maximum}). Periksa nilainya.",
        "en": "the score exceeds the question maximum ({maximum}) of {instrument} (maturity scale 0–{maximum}). Check it.",
    },
    "ingest.score_not_level": {
        "id": "skor maturitas {instrument} adalah bilangan bulat 0–{maximum}. Perbaiki nilainya.",
        "en": "a {instrument} maturity score is a whole number 0–{maximum}. Correct it.",
    },
    "ingest.evidence_missing": {
        "id": "nilai di atas 0 wajib disertai bukti dukung ({instrument}). Isi kolom bukti dukung atau ubah nilainya menjadi 0.",
        "en": "a score above 0 needs evidence ({instrument}). Fill in the evidence column or set the score to 0.",
    },
    "ingest.unknown_gate": {
        "id": "syarat berlaku tidak dikenal. Tulis 'pertanyaan gerbang = jawaban', dengan pertanyaan gerbang salah satu dari: {allowed}.",
        "en": "unknown condition. Write 'gate question = answer', the gate question being one of: {allowed}.",
    },
    "ingest.bad_gate_condition": {
        "id": "jawaban dalam syarat tidak dikenal untuk '{gate}'. Gunakan: {allowed}.",
        "en": "unknown answer in the condition for '{gate}'. Use: {allowed}.",
    },
    "ingest.gate_answer_missing": {
        "id": "pertanyaan ini hanya berlaku menurut jawaban '{gate}', tetapi jawabannya tidak ada. Isi kolom '{gate}' ({allowed}) untuk instansi ini.",
        "en": "this question applies only depending on the answer to '{gate}', but that answer is missing. Fill in the '{gate}' column ({allowed}) for this agency.",
    },
    "ingest.bad_gate_answer": {
        "id": "jawaban pertanyaan gerbang tidak dikenal. Gunakan: {allowed}.",
        "en": "unknown gate answer. Use: {allowed}.",
    },
    "ingest.gate_answer_inconsistent": {
        "id": "jawaban pertanyaan gerbang ini berbeda antarbaris untuk instansi dan periode yang sama. Samakan jawabannya.",
        "en": "this gate answer differs between rows of the same agency and period. Make them the same.",
    },
    "ingest.question_switched_off": {
        "id": "pertanyaan ini tidak berlaku menurut jawaban gerbang ({condition}); nilainya disimpan tetapi tidak dihitung.",
        "en": "this question does not apply given the gate answer ({condition}); its score is stored but not counted.",
    },
    "ingest.duplicate_question": {
        "id": "pertanyaan ini muncul lebih dari sekali untuk instansi, periode, tahap dan aspek yang sama. Hapus baris gandanya.",
        "en": "this question appears more than once for the same agency, period, stage and aspect. Remove the duplicate row.",
    },
    "ingest.total_not_set": {
        "id": "{instrument} belum menetapkan nilai total (rumus indeks dan pita kategori belum ditetapkan). Kosongkan kolom ini; isi nilai per pertanyaan.",
        "en": "{instrument} has no total yet (its index formula and category bands are not yet set). Leave this column empty; give the scores per question.",
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
    "ingest.cell_too_large": {
        "id": "ada sel yang lebih panjang dari {limit} karakter (batas satu sel Excel) di baris {at_row}, kolom {at_column}; berkas ditolak. Periksa sel itu (salah tempel?) lalu simpan ulang.",
        "en": "a cell is longer than {limit} characters (the limit of one Excel cell) at row {at_row}, column {at_column}; the file is refused. Check that cell (a wrong paste?) and save again.",
    },
    # --- upload.* ---------------------------------------------------------------------------------
    # issue 19.8/19.10: no internal key or the other language on screen
    "upload.how": {
        "id": "Klik tombol unggah atau seret berkas ke kotak di atas. Jenis berkas: {types}.",
        "en": "Click the upload button or drop a file on the box above. File types: {types}.",
    },
    # --- summary.* --------------------------------------------------------------------------------
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
    # --- cli.* ------------------------------------------------------------------------------------
    "cli.database_busy": {
        "id": "Basis data {path} sedang dipakai proses lain (misalnya aplikasi yang sedang berjalan). Tutup aplikasi itu lalu ulangi, atau pakai berkas lain dengan --db. Tidak ada data yang diubah.",
        "en": "Database {path} is in use by another process (e.g. the running app). Close it and retry, or use another file with --db. No data was changed.",
    },
    "cli.file_not_found": {"id": "Berkas tidak ditemukan: {file}", "en": "File not found: {file}"},
    "cli.unknown_instrument": {
        "id": "Versi instrumen tidak dikenal: {value}. Gunakan 40/2018 atau 19/2025 (kode: {known}).",
        "en": "Unknown instrument version: {value}. Use 40/2018 or 19/2025 (codes: {known}).",
    },
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
    # --- demo.* -----------------------------------------------------------------------------------
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
    # --- faults.* ---------------------------------------------------------------------------------
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
}
