"""UI text of the nine-box: box names, clustering and the nine-box page."""

from __future__ import annotations

NINEBOX_LABELS: dict[str, dict[str, str]] = {
    # --- nbpage.* ---------------------------------------------------------------------------------
    "nbpage.col.calibration": {"id": "Kalibrasi", "en": "Calibration"},
    # issue 19.9: the calibrated person at a glance ('both' view) and on the deck's title slide
    "nbpage.chart.calibrated_to_legend": {
        "id": "Kotak keputusan rapat ({n}; panah dari nilai)",
        "en": "Box the meeting chose ({n}; arrow from the scores)",
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
    "nbpage.scheme.opensource": {
        "id": "Alat sumber terbuka (kotak 7 = potensial tinggi; sisanya belum terverifikasi)",
        "en": "Open-source tool (box 7 = high potential; the rest unverified)",
    },
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
    "nbpage.agency": {"id": "Skema instansi", "en": "Agency scheme"},
    "nbpage.agency_help": {
        "id": "Aturan talenta lengkap yang dipakai tampilan ini: bobot, nilai predikat SKP, batas, penomoran (docs/rules.md §4a).",
        "en": "The complete talent rules this view follows: weights, SKP predicate scores, cut-offs, numbering (docs/rules.md §4a).",
    },
    "nbpage.agency_caption": {
        "id": "Skema: **{name}** (sumber: {source}).",
        "en": "Scheme: **{name}** (source: {source}).",
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
    "nbpage.metric.pool": {"id": "Talent pool (Kotak {boxes})", "en": "Talent pool (boxes {boxes})"},
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
    "nbpage.chart.density_only": {
        "id": "Kepadatan seluruh {total} pegawai terpetakan",
        "en": "Density of all {total} mapped employees",
    },
    "nbpage.jitter_caption": {
        "id": "Setiap titik berada pada skor sebenarnya; titik dengan skor yang persis sama digeser sedikit (paling jauh 0,3 poin) agar bisa dipilih satu per satu. Keterangan saat kursor diarahkan selalu menampilkan skor sebenarnya.",
        "en": "Each point sits at the real scores; points with exactly the same scores are nudged apart (by at most 0.3 points) so each can be picked. The hover always shows the real scores.",
    },
    "nbpage.sample_caption": {
        "id": "Populasi besar ({total} pegawai terpetakan): lapisan abu-abu menunjukkan kepadatan seluruh pegawai, titik adalah sampel acak tetap {shown} pegawai. Jumlah per kotak dihitung dari seluruh pegawai. Pilihan pada grafik hanya memuat titik yang digambar; gunakan pilihan Kotak untuk daftar lengkap.",
        "en": "Large population ({total} mapped employees): the grey layer shows the density of everyone, the points are a fixed random sample of {shown}. Box counts cover everyone. A chart selection only holds drawn points; use the Box choice for a full list.",
    },
    "nbpage.density_caption": {
        "id": "Populasi besar ({total} pegawai terpetakan): lapisan abu-abu menunjukkan kepadatan seluruh pegawai. Jumlah per kotak dihitung dari seluruh pegawai. Untuk memilih pegawai pada grafik, tampilkan sampel titik; untuk daftar lengkap gunakan pilihan Kotak.",
        "en": "Large population ({total} mapped employees): the grey layer shows the density of everyone. Box counts cover everyone. To pick employees on the chart, show the sample of points; for a full list use the Box choice.",
    },
    "nbpage.points.toggle": {
        "id": "Tampilkan sampel titik pegawai",
        "en": "Show a sample of employees as points",
    },
    "nbpage.points.help": {
        "id": "Sampel acak tetap, dapat dipilih titik, kotak atau laso. Digambar saat diminta: titik sebanyak ini memperlambat tampilan pertama halaman.",
        "en": "A fixed random sample you can pick by point, box or lasso. Drawn when asked for: this many points slow the page's first view.",
    },
    "nbpage.counts.title": {"id": "Jumlah per kotak", "en": "Employees per box"},
    "nbpage.counts.pool": {
        "id": "**Talent pool (Kotak {boxes}): {n} pegawai, {share}** — sasaran {low}–{high}.",
        "en": "**Talent pool (boxes {boxes}): {n} employees, {share}** — target {low}–{high}.",
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
    "nbpage.chart.calibrated_legend": {"id": "Dikalibrasi ({n})", "en": "Calibrated ({n})"},
    "nbpage.chart.calibrated_note": {
        "id": "<br><b>dikalibrasi</b>: dihitung Kotak {computed} → Kotak {calibrated}",
        "en": "<br><b>calibrated</b>: computed box {computed} → box {calibrated}",
    },
    "nbpage.chart.computed_count": {"id": "dihitung: {n}", "en": "computed: {n}"},
    "nbpage.calibrated_line": {"id": "**{n} pegawai dikalibrasi.**", "en": "**{n} employees calibrated.**"},
    "nbpage.pending_line": {
        "id": " {n} usulan menunggu penetapan (draf {draft}, ditinjau {reviewed}), belum dihitung (PMK 38/2025 pasal 21).",
        "en": " Proposals awaiting setting: {n} (draft {draft}, reviewed {reviewed}), not yet counted (PMK 38/2025 art. 21).",
    },
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
    # --- ninebox.* --------------------------------------------------------------------------------
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
    "ninebox.scheme_line": {
        "id": "Skema instansi: {agency} · Penomoran kotak: {numbering}",
        "en": "Agency scheme: {agency} · Box numbering: {numbering}",
    },
    "ninebox.scheme_line.own_weights": {
        "id": "bobot diatur sendiri (bukan skema instansi)",
        "en": "weights set by hand (not an agency scheme)",
    },
    "ninebox.col.agency_scheme": {"id": "Skema instansi", "en": "Agency scheme"},
    "ninebox.col.numbering": {"id": "Penomoran kotak", "en": "Box numbering"},
    "ninebox.agency.per_instansi": {
        "id": "Skema masing-masing instansi",
        "en": "Each agency's own scheme",
    },
    "ninebox.agency.per_instansi_source": {
        "id": "ref_instansi_schemes; instansi lain memakai Kepka BKN 411/2025; penomoran PermenPANRB 3/2020 untuk semua",
        "en": "ref_instansi_schemes; other agencies follow Kepka BKN 411/2025; PermenPANRB 3/2020 numbering for all",
    },
    "ninebox.region.schemes": {
        "id": "Instansi dalam perbandingan ini memakai skema yang berbeda: {schemes}.",
        "en": "Agencies in this comparison use different schemes: {schemes}.",
    },
    "ninebox.error.agency": {
        "id": "Skema instansi tidak dikenal: '{name}'. Yang tersedia: {known}",
        "en": "Unknown agency scheme: '{name}'. Available: {known}",
    },
    "ninebox.error.box_bare": {
        "id": "{field}: kotak '{value}' tanpa skema penomoran ditolak, karena nomor yang sama berarti kotak lain di skema lain (kotak 7 PermenPANRB = atas/menengah, kotak 7 alat sumber terbuka = bawah/tinggi). Tulis tingkatnya sebagai kinerja/potensial, mis. 'atas/tinggi', atau nomor beserta skemanya, mis. 'permenpanrb:9'.",
        "en": "{field}: box '{value}' without its numbering scheme is refused, because the same number is another box in another scheme (PermenPANRB box 7 = atas/menengah, the open-source tool's box 7 = bawah/tinggi). Write its levels as kinerja/potensial, e.g. 'atas/tinggi', or the number with its scheme, e.g. 'permenpanrb:9'.",
    },
    "ninebox.error.box_levels": {
        "id": "{field}: '{value}' bukan kotak. Tulis kinerja/potensial dengan kata tingkat: kinerja bawah, sesuai atau atas; potensial rendah, menengah atau tinggi (mis. 'atas/tinggi').",
        "en": "{field}: '{value}' is not a box. Write kinerja/potensial with level words: kinerja bawah, sesuai or atas; potensial rendah, menengah or tinggi (e.g. 'atas/tinggi').",
    },
    "ninebox.error.box_scheme": {
        "id": "{field}: '{value}' bukan kotak: skema penomoran tidak dikenal atau nomor bukan 1 sampai 9. Tulis mis. 'permenpanrb:9', 'kemenkeu:7', 'opensource:7', atau tingkatnya, mis. 'atas/tinggi'.",
        "en": "{field}: '{value}' is not a box: unknown numbering scheme or a number other than 1 to 9. Write e.g. 'permenpanrb:9', 'kemenkeu:7', 'opensource:7', or its levels, e.g. 'atas/tinggi'.",
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
    # --- clustering.* -----------------------------------------------------------------------------
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
}
