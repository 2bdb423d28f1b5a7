"""UI text of the app shell: title, navigation, sidebar and filters, Beranda, meeting mode and exports."""

from __future__ import annotations

COMMON_LABELS: dict[str, dict[str, str]] = {
    # --- app.* ------------------------------------------------------------------------------------
    "app.title": {"id": "Dasbor Talenta & Sistem Merit ASN", "en": "ASN Talent & Merit Dashboard"},
    "app.lang": {"id": "Bahasa", "en": "Language"},
    "app.building_demo": {
        "id": "Menyiapkan data demo untuk pertama kali…",
        "en": "Building the demo data for the first time…",
    },
    "app.demo_ready": {"id": "Data demo siap.", "en": "Demo data ready."},
    # --- nav.* ------------------------------------------------------------------------------------
    "nav.home": {"id": "Beranda", "en": "Overview"},
    "nav.data": {"id": "Data", "en": "Data"},
    "nav.ninebox": {"id": "Nine-box", "en": "Nine-box"},
    "nav.calibration": {"id": "Kalibrasi", "en": "Calibration"},
    "nav.merit": {"id": "Sistem Merit", "en": "Merit system"},
    "nav.talent": {"id": "Talent pool & Suksesi", "en": "Talent pool & Succession"},
    "nav.fairness": {"id": "Audit Kesetaraan", "en": "Fairness audit"},
    "nav.whatif": {"id": "Simulasi bobot", "en": "What-if weights"},
    "nav.training": {"id": "Pelatihan", "en": "Training"},
    "nav.movement": {"id": "Perpindahan antarperiode", "en": "Period movement"},
    # --- common.* ---------------------------------------------------------------------------------
    "common.yes": {"id": "ya", "en": "yes"},
    # --- sidebar.* --------------------------------------------------------------------------------
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
    "sidebar.narrow_first": {
        "id": "Semua ({n} pilihan: saring di atas dulu untuk memilih)",
        "en": "All ({n} choices: narrow the filters above first to choose)",
    },
    "sidebar.reset": {"id": "Hapus saringan", "en": "Clear filters"},
    # --- filter.* ---------------------------------------------------------------------------------
    "filter.provinsi": {"id": "Provinsi", "en": "Province"},
    "filter.instansi": {"id": "Instansi", "en": "Agency"},
    "filter.unit_kerja": {"id": "Unit kerja", "en": "Work unit"},
    "filter.jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    # --- home.* -----------------------------------------------------------------------------------
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
    "home.box_chart.title": {
        "id": "Sebaran pegawai per kotak (bobot dan batas bawaan; hijau: talent pool kotak {pool})",
        "en": "Employees per box (default weights and cut-offs; green: talent pool boxes {pool})",
    },
    "home.box_chart.axis": {"id": "Pegawai", "en": "Employees"},
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
    "home.card.ninebox.title": {"id": "Matriks nine-box", "en": "Nine-box matrix"},
    "home.card.ninebox.text": {
        "id": "Sebaran pegawai di 9 kotak, talent pool 7-8-9, penumpukan per unit, daftar pegawai per kotak dan perbandingan wilayah.",
        "en": "Employees across the 9 boxes, the 7-8-9 talent pool, piling up per unit, people per box and a regional comparison.",
    },
    "home.card.calibration.title": {"id": "Kalibrasi talenta", "en": "Talent calibration"},
    "home.card.calibration.text": {
        "id": "Rapat talent review memindahkan pegawai ke kotak lain dengan alasan: draf, ditinjau komite talenta, ditetapkan PPK (PMK 38/2025 pasal 21); jejak lengkap, peringatan, kunci periode dan unduhan untuk evaluator.",
        "en": "The talent-review meeting moves an employee to another box with a reason: draft, reviewed by the talent committee, set by the PPK (PMK 38/2025 art. 21); a full trail, warnings, period locks and a download for evaluators.",
    },
    "home.card.merit.title": {"id": "Indeks Sistem Merit", "en": "Merit-system index"},
    "home.card.merit.text": {
        "id": "Kabupaten/kota satu provinsi berdampingan: nilai mandiri vs verifikasi, indeks, kategori, "
        "peringkat; aspek, tahap, dan gambaran nasional.",
        "en": "A province's regencies side by side: self vs verified score, index, category, rank; "
        "aspects, stages and the national picture.",
    },
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
    "home.card.whatif.title": {"id": "Simulasi bobot (what-if)", "en": "What-if weights"},
    "home.card.whatif.text": {
        "id": "Geser bobot komponen dan batas level: semua pegawai dipetakan ulang seketika, terlihat siapa berpindah ke kotak mana.",
        "en": "Move component weights and level cut-offs: everyone is re-boxed at once, and you see who moves where.",
    },
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
    # --- export.* ---------------------------------------------------------------------------------
    "export.deck.calibrations": {
        "id": "Termasuk {n} kalibrasi rapat talenta yang ditetapkan. {view}",
        "en": "Includes {n} talent-review calibrations that were set. {view}",
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
    # --- meeting.* --------------------------------------------------------------------------------
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
}
