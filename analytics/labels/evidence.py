"""UI text of the evidence pack for the 2026 merit evaluation (*bukti dukung*)."""

from __future__ import annotations

EVIDENCE_LABELS: dict[str, dict[str, str]] = {
    # --- the pack (analytics.core.evidence) -----------------------------------------------------------
    "evidence.title": {
        "id": "Bukti dukung evaluasi sistem merit: {instansi}, periode {period}",
        "en": "Supporting evidence for the merit evaluation: {instansi}, period {period}",
    },
    "evidence.footer": {
        "id": "Bukti dukung · {instansi} · {period}",
        "en": "Evidence · {instansi} · {period}",
    },
    "evidence.contents": {
        "id": "Daftar isi: pertanyaan instrumen yang dijawab tiap halaman",
        "en": "Contents: the instrument question each page answers",
    },
    "evidence.answers": {
        "id": "Menjawab: {instrument}, aspek {aspect}, nomor pertanyaan: {question}. Yang ditanyakan: {asks}. Dasar: {basis}",
        "en": "Answers: {instrument}, aspect {aspect}, question number: {question}. What it asks: {asks}. Basis: {basis}",
    },
    "evidence.question.not_public": {"id": "belum publik", "en": "not public"},
    "evidence.unavailable": {"id": "tidak tersedia", "en": "not available"},
    "evidence.no": {"id": "tidak", "en": "no"},
    "evidence.and": {"id": " dan ", "en": " and "},
    "evidence.withheld": {
        "id": "Angka 1–4 orang ditulis '< {n}' dan satu angka pelengkap '•' agar tidak dapat dihitung balik.",
        "en": "Counts of 1–4 people are written '< {n}', with one complementary count '•' so they cannot be worked out.",
    },
    "evidence.error.scope": {
        "id": "{instansi} di luar cakupan akses Anda: bukti dukung tidak dibuat.",
        "en": "{instansi} is outside your access scope: no evidence pack.",
    },
    "evidence.error.no_data": {
        "id": "Tidak ada data pegawai {instansi} pada periode {period}.",
        "en": "No employee data of {instansi} in period {period}.",
    },
    "evidence.cover.instansi": {"id": "Instansi: {instansi}", "en": "Agency: {instansi}"},
    "evidence.cover.period": {"id": "Periode pemetaan: {period}", "en": "Mapping period: {period}"},
    "evidence.cover.created": {"id": "Dibuat: {date}", "en": "Created: {date}"},
    "evidence.cover.rules": {
        "id": "Aturan pemetaan: bobot bawaan Kepka BKN 411/2025; batas tingkat kinerja {k_low}/{k_high} dan potensial {p_low}/{p_high} (asumsi yang dapat diubah, bukan angka regulasi); penomoran kotak '{scheme}'. Kotak hasil perhitungan (sebelum kalibrasi).",
        "en": "Mapping rules: the default Kepka BKN 411/2025 weights; level cut-offs kinerja {k_low}/{k_high} and potensial {p_low}/{p_high} (an adjustable assumption, not a regulation's number); box numbering '{scheme}'. Computed boxes (before calibration).",
    },
    "evidence.cover.rules_custom": {
        "id": "Aturan pemetaan: bobot yang disesuaikan (bukan bawaan Kepka BKN 411/2025); batas tingkat kinerja {k_low}/{k_high} dan potensial {p_low}/{p_high}; penomoran kotak '{scheme}'. Kotak hasil perhitungan (sebelum kalibrasi).",
        "en": "Mapping rules: adjusted weights (not the Kepka BKN 411/2025 defaults); level cut-offs kinerja {k_low}/{k_high} and potensial {p_low}/{p_high}; box numbering '{scheme}'. Computed boxes (before calibration).",
    },
    "evidence.cover.suppression": {
        "id": "Paket ini berisi angka agregat. Angka yang menggambarkan kurang dari {n} orang disembunyikan.",
        "en": "This pack holds aggregates. Figures describing fewer than {n} people are withheld.",
    },
    "evidence.cover.names": {
        "id": "Paket ini memuat daftar suksesor bernama (data pribadi): bagikan hanya kepada evaluator yang berwenang.",
        "en": "This pack holds a list of named successors (personal data): share it with authorised evaluators only.",
    },
    "evidence.cover.names_masked": {
        "id": "Paket ini memuat daftar suksesor dengan inisial dan NIP tersamar (mode rapat).",
        "en": "This pack holds the successors with initials and masked NIPs (meeting mode).",
    },
    "evidence.col.page": {"id": "Halaman", "en": "Page"},
    "evidence.col.section": {"id": "Bagian", "en": "Section"},
    "evidence.col.sheets": {"id": "Lembar XLSX", "en": "XLSX sheets"},
    "evidence.col.aspect": {"id": "Aspek (instrumen)", "en": "Aspect (instrument)"},
    "evidence.col.question": {"id": "Nomor pertanyaan", "en": "Question number"},
    "evidence.col.asks": {"id": "Yang ditanyakan", "en": "What it asks"},
    "evidence.col.period": {"id": "Periode", "en": "Period"},
    "evidence.col.employees": {"id": "Pegawai", "en": "Employees"},
    "evidence.col.mapped": {"id": "Terpetakan", "en": "Mapped"},
    "evidence.col.unmappable": {"id": "Belum terpetakan", "en": "Not mapped"},
    "evidence.col.mapped_share": {"id": "Porsi terpetakan", "en": "Share mapped"},
    "evidence.col.reason": {"id": "Alasan belum terpetakan", "en": "Why not mapped"},
    "evidence.col.box": {"id": "Kotak", "en": "Box"},
    "evidence.col.kinerja": {"id": "Kinerja", "en": "Performance"},
    "evidence.col.potensial": {"id": "Potensial", "en": "Potential"},
    "evidence.col.label": {"id": "Label", "en": "Label"},
    "evidence.col.pool": {"id": "Talent pool", "en": "Talent pool"},
    "evidence.col.share_mapped": {"id": "Porsi dari yang terpetakan", "en": "Share of the mapped"},
    "evidence.col.share_asn": {"id": "Porsi talent pool dari ASN", "en": "Pool share of ASN"},
    "evidence.col.position_type": {"id": "Jenis jabatan", "en": "Position type"},
    "evidence.col.target_position": {"id": "Jabatan target", "en": "Target position"},
    "evidence.col.unit": {"id": "Unit kerja", "en": "Work unit"},
    "evidence.col.has_successor": {"id": "Ada suksesor", "en": "Has a successor"},
    "evidence.col.successor": {"id": "Suksesor", "en": "Successor"},
    "evidence.col.nip": {"id": "NIP suksesor", "en": "Successor's NIP"},
    "evidence.col.successor_position": {"id": "Jabatan suksesor", "en": "Successor's position"},
    "evidence.col.readiness": {"id": "Kesiapan", "en": "Readiness"},
    "evidence.col.warning": {"id": "Catatan", "en": "Note"},
    "evidence.col.measure": {"id": "Ukuran", "en": "Measure"},
    "evidence.col.count": {"id": "Jumlah pegawai", "en": "Employees"},
    "evidence.col.share_employees": {"id": "Porsi dari seluruh pegawai", "en": "Share of all employees"},
    "evidence.col.reaches": {"id": "Mencapai {threshold}", "en": "Reaches {threshold}"},
    "evidence.sheet.contents": {"id": "Daftar isi", "en": "Contents"},
    "evidence.sheet.coverage": {"id": "Cakupan", "en": "Coverage"},
    "evidence.sheet.reasons": {"id": "Alasan belum terpetakan", "en": "Why not mapped"},
    "evidence.sheet.grid": {"id": "Matriks", "en": "Matrix"},
    "evidence.sheet.boxes": {"id": "Sebaran kotak", "en": "Boxes"},
    "evidence.sheet.pool": {"id": "Talent pool", "en": "Talent pool"},
    "evidence.sheet.successors": {"id": "Jabatan target", "en": "Target positions"},
    "evidence.sheet.named": {"id": "Suksesor bernama", "en": "Named successors"},
    "evidence.sheet.skp": {"id": "SKP", "en": "SKP"},
    "evidence.table.coverage": {
        "id": "Pegawai terpetakan per periode pemetaan",
        "en": "Employees mapped per mapping period",
    },
    "evidence.table.reasons": {
        "id": "Mengapa pegawai belum terpetakan",
        "en": "Why employees are not mapped",
    },
    "evidence.table.grid": {
        "id": "Matriks sembilan kotak (kinerja ke atas, potensial ke kanan)",
        "en": "The nine-box matrix (performance up, potential to the right)",
    },
    "evidence.table.boxes": {"id": "Pegawai per kotak", "en": "Employees per box"},
    "evidence.table.pool": {"id": "Talent pool per jenis jabatan", "en": "Talent pool per position type"},
    "evidence.table.successors": {"id": "Jabatan target (kritikal)", "en": "Target (critical) positions"},
    "evidence.table.named": {"id": "Suksesor per jabatan target", "en": "Successors per target position"},
    "evidence.table.skp": {
        "id": "SKP ditetapkan dan dievaluasi terhadap ambang lembar kerja",
        "en": "Set and evaluated SKP against the worksheet's thresholds",
    },
    "evidence.grid.corner": {"id": "Kinerja \\ potensial", "en": "Performance \\ potential"},
    "evidence.grid.cell": {"id": "Kotak {box}: {n}", "en": "Box {box}: {n}"},
    "evidence.section.coverage": {"id": "Cakupan pemetaan talenta", "en": "Coverage of the talent mapping"},
    "evidence.section.boxes": {
        "id": "Hasil pemetaan: sembilan kotak",
        "en": "Mapping result: the nine boxes",
    },
    "evidence.section.pool": {"id": "Talent pool (kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "evidence.section.successors": {
        "id": "Suksesor jabatan target",
        "en": "Successors for target positions",
    },
    "evidence.section.named": {"id": "Daftar suksesor bernama", "en": "Named successors"},
    "evidence.section.skp": {"id": "SKP ditetapkan dan dievaluasi", "en": "Set and evaluated SKP"},
    "evidence.coverage.line": {
        "id": "{instansi}, periode {period}: {mapped} dari {n} pegawai terpetakan ({share}); {unmappable} belum terpetakan.",
        "en": "{instansi}, period {period}: {mapped} of {n} employees mapped ({share}); {unmappable} not mapped.",
    },
    "evidence.coverage.all": {"id": "Seluruh pegawai terpetakan.", "en": "Every employee is mapped."},
    "evidence.coverage.not_all": {
        "id": "Belum seluruh pegawai terpetakan: alasannya ada pada tabel di bawah.",
        "en": "Not every employee is mapped: the reasons are in the table below.",
    },
    "evidence.coverage.periods": {
        "id": "Pemetaan dalam data: {n} periode ({periods}).",
        "en": "Mappings in the data: {n} period(s) ({periods}).",
    },
    "evidence.boxes.line": {
        "id": "{mapped} pegawai terpetakan di sembilan kotak; {unmappable} belum terpetakan (tidak masuk kotak mana pun).",
        "en": "{mapped} employees mapped in the nine boxes; {unmappable} not mapped (in no box).",
    },
    "evidence.pool.line": {
        "id": "Talent pool: {pool} pegawai, {share} dari {total} ASN instansi: {status}.",
        "en": "Talent pool: {pool} employees, {share} of the agency's {total} ASN: {status}.",
    },
    "evidence.pool.hidden": {
        "id": "Talent pool kurang dari {n} pegawai: jumlahnya tidak ditampilkan (anjuran {low}–{high}).",
        "en": "Talent pool of fewer than {n} employees: not shown (recommended {low}–{high}).",
    },
    "evidence.pool.top": {
        "id": "Kotak {box} (talenta terbaik): {n} pegawai.",
        "en": "Box {box} (top talent): {n} employees.",
    },
    "evidence.pool.small_groups": {
        "id": "{n} jenis jabatan dengan kurang dari {min} pegawai tidak ditampilkan.",
        "en": "{n} position type(s) with fewer than {min} employees not shown.",
    },
    "evidence.successors.line": {
        "id": "{positions} jabatan target tercatat, {with_successor} di antaranya memiliki suksesor; {successors} suksesor: {in_pool} di kotak 7-8-9, {outside} di luarnya, {ready} siap sekarang.",
        "en": "{positions} target positions recorded, {with_successor} of them with a successor; {successors} successors: {in_pool} in boxes 7-8-9, {outside} outside them, {ready} ready now.",
    },
    "evidence.successors.none": {
        "id": "Belum ada jabatan target (kritikal) yang tercatat untuk instansi ini: impor daftar jabatan kritikal di halaman Talent pool & Suksesi.",
        "en": "No target (critical) positions recorded for this agency: import the critical-position list on the Talent pool & succession page.",
    },
    "evidence.named.line": {
        "id": "{n} suksesor bernama. Data pribadi: unduhan ini tercatat di jejak audit.",
        "en": "{n} named successors. Personal data: this download is recorded in the audit trail.",
    },
    "evidence.named.line_masked": {
        "id": "{n} suksesor, dengan inisial dan NIP tersamar (mode rapat).",
        "en": "{n} successors, with initials and masked NIPs (meeting mode).",
    },
    "evidence.named.none": {"id": "Belum ada suksesor yang tercatat.", "en": "No successors recorded."},
    "evidence.skp.set.name": {"id": "SKP ditetapkan", "en": "Set SKP"},
    "evidence.skp.evaluated.name": {
        "id": "SKP dievaluasi (ada nilai atau predikat kinerja)",
        "en": "Evaluated SKP (a performance score or predicate)",
    },
    "evidence.skp.set.line": {
        "id": "SKP ditetapkan: {share} ({count} dari {n} pegawai, kolom 'SKP Ditetapkan' berisi Ya).",
        "en": "Set SKP: {share} ({count} of {n} employees, column 'SKP Ditetapkan' Ya).",
    },
    "evidence.skp.evaluated.line": {
        "id": "SKP dievaluasi: {share} ({count} dari {n} pegawai memiliki nilai atau predikat kinerja periode ini).",
        "en": "Evaluated SKP: {share} ({count} of {n} employees have a performance score or predicate for the period).",
    },
    "evidence.skp.set.unavailable": {
        "id": "SKP ditetapkan: tidak tersedia. Data instansi ini tidak memuat kolom 'SKP Ditetapkan' (Ya/Tidak), sehingga SKP yang ditetapkan tidak dapat dibedakan dari yang belum; tambahkan kolom itu pada berkas impor.",
        "en": "Set SKP: not available. This agency's data has no 'SKP Ditetapkan' column (Ya/Tidak), so a set SKP cannot be told from one not set; add that column to the import file.",
    },
    "evidence.skp.evaluated.unavailable": {
        "id": "SKP dievaluasi: tidak tersedia. Data instansi ini tidak memuat nilai maupun predikat kinerja.",
        "en": "Evaluated SKP: not available. This agency's data holds neither a performance score nor a predicate.",
    },
    "evidence.skp.set.blank": {
        "id": "{n} pegawai dengan sel 'SKP Ditetapkan' kosong dihitung sebagai belum ditetapkan.",
        "en": "{n} employees with an empty 'SKP Ditetapkan' cell are counted as not set.",
    },
    "evidence.skp.contradiction": {
        "id": "Periksa data: {n} pegawai memiliki SKP yang dievaluasi tetapi tercatat 'SKP Ditetapkan: Tidak'.",
        "en": "Check the data: {n} employees have an evaluated SKP but are marked 'SKP Ditetapkan: Tidak'.",
    },
    "evidence.skp.thresholds": {
        "id": "Lembar kerja 2026 menyebut ambang {thresholds} tanpa menyebut ambang mana untuk ukuran mana; tabel menunjukkan keduanya untuk kedua ukuran.",
        "en": "The 2026 worksheet names thresholds of {thresholds} without saying which belongs to which measure; the table shows both for both measures.",
    },
    # --- the talent page's button (ui.evidence) -------------------------------------------------------
    "evidence.ui.heading": {
        "id": "Bukti dukung evaluasi sistem merit 2026: {instansi}",
        "en": "Evidence for the 2026 merit evaluation: {instansi}",
    },
    "evidence.ui.caption": {
        "id": "Satu paket (PDF dan XLSX) untuk instansi dan periode {period}: cakupan pemetaan talenta, sembilan kotak, talent pool, suksesor jabatan target, serta SKP ditetapkan dan dievaluasi. Tiap halaman menyebut aspek PermenPANRB 19/2025 yang dijawabnya; nomor pertanyaan belum publik.",
        "en": "One pack (PDF and XLSX) for the agency and period {period}: coverage of the talent mapping, the nine boxes, the talent pool, successors for target positions, and set and evaluated SKP. Each page names the PermenPANRB 19/2025 aspect it answers; question numbers are not public.",
    },
    "evidence.ui.names": {
        "id": "Sertakan daftar suksesor bernama (data pribadi, tercatat di jejak audit)",
        "en": "Include the named successors (personal data, recorded in the audit trail)",
    },
    "evidence.ui.pdf": {"id": "Unduh bukti dukung (PDF)", "en": "Download the evidence (PDF)"},
    "evidence.ui.xlsx": {"id": "Unduh bukti dukung (XLSX)", "en": "Download the evidence (XLSX)"},
    # --- the command line (analytics.cli.evidence) ----------------------------------------------------
    "evidence.cli.written": {"id": "Ditulis: {path}", "en": "Written: {path}"},
    "evidence.cli.out_dir": {
        "id": "Folder keluaran tidak dapat dibuat: {path}",
        "en": "The output folder cannot be created: {path}",
    },
    "evidence.cli.no_period": {"id": "Tidak ada data pegawai.", "en": "No employee data."},
    # --- the optional import column (docs/data-contract.md §1) ----------------------------------------
    "ingest.bad_yes_no": {
        "id": "isi 'SKP Ditetapkan' harus Ya atau Tidak (juga Y/T, Sudah/Belum, 1/0). Perbaiki isi sel.",
        "en": "'SKP Ditetapkan' must be Ya or Tidak (also Y/T, Sudah/Belum, 1/0). Correct the cell.",
    },
    "column.employees.skp_ditetapkan": {
        "id": "SKP periode ini sudah ditetapkan: Ya/Tidak (perluasan, untuk bukti dukung evaluasi 2026)",
        "en": "the period's SKP has been set: Ya/Tidak (an extension, for the 2026 evaluation evidence)",
    },
}
