"""UI text of the talent pool, succession and their charts."""

from __future__ import annotations

TALENT_LABELS: dict[str, dict[str, str]] = {
    # --- talent.* ---------------------------------------------------------------------------------
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
    # --- tchart.* ---------------------------------------------------------------------------------
    "tchart.pool_text": {"id": "{share} ({pool} dari {asn})", "en": "{share} ({pool} of {asn})"},
    "tchart.pool_target": {"id": "anjuran {low}–{high}", "en": "recommended {low}–{high}"},
    "tchart.pool_axis": {"id": "Porsi ASN di kotak 7-8-9", "en": "Share of ASN in boxes 7-8-9"},
    "tchart.in_pool": {"id": "Talent pool (kotak 7-8-9)", "en": "Talent pool (boxes 7-8-9)"},
    "tchart.not_in_pool": {"id": "Lainnya", "en": "Others"},
    "tchart.employees": {"id": "Pegawai", "en": "Employees"},
    "tchart.fair_axis": {"id": "Tingkat mencapai kotak 7-8-9", "en": "Rate of reaching boxes 7-8-9"},
    "tchart.fair_line": {"id": "{ratio} × tertinggi", "en": "{ratio} × highest"},
}
