"""UI text of the data-quality panel (analytics.core.quality), Indonesian and English."""

from __future__ import annotations

QUALITY_LABELS: dict[str, dict[str, str]] = {
    "quality.heading": {"id": "Kualitas data", "en": "Data quality"},
    "quality.caption": {
        "id": "Empat dimensi indeks kualitas data BKN: kelengkapan, ketepatan waktu, akurasi, konsistensi. "
        "Angka = bagian baris yang lolos pemeriksaan; cara memeriksa adalah asumsi aplikasi ini (BKN "
        "menerbitkan dimensinya, bukan rumusnya).",
        "en": "The four dimensions of BKN's data-quality index: completeness, timeliness, accuracy, "
        "consistency. Figure = share of rows that pass the check; how each is checked is this app's "
        "assumption (BKN publishes the dimensions, not the formulas).",
    },
    "quality.col.instansi": {"id": "Instansi", "en": "Agency"},
    "quality.col.n": {"id": "Baris", "en": "Rows"},
    "quality.col.completeness": {"id": "Kelengkapan", "en": "Completeness"},
    "quality.col.timeliness": {"id": "Ketepatan waktu", "en": "Timeliness"},
    "quality.col.accuracy": {"id": "Akurasi", "en": "Accuracy"},
    "quality.col.consistency": {"id": "Konsistensi", "en": "Consistency"},
    "quality.col.latest_period": {"id": "Periode terakhir", "en": "Latest period"},
    "quality.col.problems": {"id": "Masalah", "en": "Problems"},
    "quality.col.period": {"id": "Periode", "en": "Period"},
    "quality.col.nip": {"id": "NIP", "en": "NIP"},
    "quality.col.nama": {"id": "Nama", "en": "Name"},
    "quality.col.unit_kerja": {"id": "Unit kerja", "en": "Work unit"},
    "quality.help.completeness": {
        "id": "Baris tanpa komponen kosong (komponen yang ada di berkas instansinya pada periode itu).",
        "en": "Rows with no empty component (of the components the agency's file holds that period).",
    },
    "quality.help.timeliness": {
        "id": "100% bila periode terakhir instansi sama dengan periode terbaru di basis data.",
        "en": "100% when the agency's latest period is the newest period in the database.",
    },
    "quality.help.accuracy": {
        "id": "Baris tanpa nilai di luar 0–100 dan yang sesuai dengan NIP-nya (tanggal lahir, jenis kelamin, PNS/PPPK).",
        "en": "Rows with no value outside 0–100 that agree with their NIP (birth date, gender, PNS/PPPK).",
    },
    "quality.help.consistency": {
        "id": "Pegawai yang tanggal lahir dan jenis kelaminnya sama dengan periode sebelumnya.",
        "en": "Employees whose birth date and gender match their previous period.",
    },
    "quality.summary": {
        "id": "Instansi dengan celah — kelengkapan: {completeness}, ketepatan waktu: {timeliness}, "
        "akurasi: {accuracy}, konsistensi: {consistency} (dari {n} instansi).",
        "en": "Agencies with gaps — completeness: {completeness}, timeliness: {timeliness}, "
        "accuracy: {accuracy}, consistency: {consistency} (of {n} agencies).",
    },
    "quality.table.show": {
        "id": "Tampilkan tabel per instansi ({n} instansi)",
        "en": "Show the table per agency ({n} agencies)",
    },
    "quality.table.help": {
        "id": "Empat dimensi per instansi, dapat diurutkan. Tabel dimuat saat diminta, agar angka utama "
        "Beranda tampil lebih dulu.",
        "en": "The four dimensions per agency, sortable. Loaded when asked for, so Beranda's headline "
        "figures come first.",
    },
    "quality.rows.heading": {"id": "Baris di balik angka", "en": "The rows behind a figure"},
    "quality.rows.pick": {"id": "Dimensi", "en": "Dimension"},
    "quality.rows.ask": {
        "id": "Pilih dimensi untuk melihat baris yang gagal pemeriksaannya.",
        "en": "Choose a dimension to see the rows that fail its check.",
    },
    "quality.rows.none": {
        "id": "Tidak ada baris yang gagal pemeriksaan ini.",
        "en": "No row fails this check.",
    },
    "quality.rows.count": {"id": "{n} baris gagal pemeriksaan ini.", "en": "{n} rows fail this check."},
    "quality.problem.out_of_range": {"id": "nilai di luar 0–100", "en": "value outside 0–100"},
    "quality.problem.birth_date_nip": {"id": "tanggal lahir ≠ NIP", "en": "birth date ≠ NIP"},
    "quality.problem.gender_nip": {"id": "jenis kelamin ≠ NIP", "en": "gender ≠ NIP"},
    "quality.problem.asn_type_nip": {"id": "PNS/PPPK ≠ NIP", "en": "PNS/PPPK ≠ NIP"},
    "quality.problem.birth_date_changed": {
        "id": "tanggal lahir berubah dari periode sebelumnya",
        "en": "birth date changed since the previous period",
    },
    "quality.problem.gender_changed": {
        "id": "jenis kelamin berubah dari periode sebelumnya",
        "en": "gender changed since the previous period",
    },
    "quality.problem.empty": {"id": "kosong: {components}", "en": "empty: {components}"},
    "quality.region.heading": {"id": "Kualitas data per {by}", "en": "Data quality per {by}"},
    "quality.region.note": {
        "id": "Empat dimensi indeks kualitas data BKN (cara memeriksa: asumsi aplikasi ini, lihat Beranda); "
        "{n} wilayah dengan kurang dari 5 baris tidak ditampilkan.",
        "en": "The four dimensions of BKN's data-quality index (how each is checked: this app's assumption, "
        "see Beranda); {n} regions with fewer than 5 rows are not shown.",
    },
    "quality.download": {"id": "Unduh baris (CSV)", "en": "Download rows (CSV)"},
}
