"""UI text of the merit-system (SIPINTER) page, its charts and linked views."""

from __future__ import annotations

MERIT_LABELS: dict[str, dict[str, str]] = {
    "merit.target_note.pairing_uncertain": {
        "id": "pasangan jenis instansi dan target tidak pasti karena tata letak slide sumber",
        "en": "the pairing of agency type and target is uncertain because of the source slide's layout",
    },
    "merit.title": {"id": "Penilaian Sistem Merit", "en": "Merit-system assessment"},
    "merit.caption": {
        "id": "Nilai mandiri dan nilai verifikasi SIPINTER per instansi (PermenPANRB 40/2018 sampai 2025; "
        "PermenPANRB 19/2025 mulai 2026, setiap periode dalam satuan instrumennya sendiri). "
        "Hanya data instansi dan wilayah; tidak ada data perorangan di halaman ini.",
        "en": "SIPINTER self-assessed and verified scores per agency (PermenPANRB 40/2018 up to 2025; "
        "PermenPANRB 19/2025 from 2026, each period in its own instrument's units). "
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
    "merit.state.not_set": {"id": "belum ditetapkan", "en": "not yet set"},
    "merit.count.no_score.not_set": {"id": "Kategori belum ditetapkan", "en": "Category not yet set"},
    "merit.arah.beda_instrumen": {"id": "instrumen berbeda", "en": "different instruments"},
    # --- PermenPANRB 19/2025: a period in its own units (docs/rules.md §16) ---
    "merit.v2.note": {
        "id": "Periode {period} dinilai dengan {regulation}: setiap pertanyaan diberi skor maturitas 0–{top} "
        "(bukti dukung wajib di atas 0), dan nilai aspek = rata-rata skor pertanyaan yang berlaku (pertanyaan "
        "yang dimatikan oleh jawaban pertanyaan gerbang tidak dihitung). Bobot aspek selain Perencanaan "
        "Kebutuhan dan Standardisasi Jabatan (10 %), rumus indeks dan pita kategorinya belum ditetapkan: "
        "tidak ada nilai total, indeks, kategori atau peringkat, dan angka ini tidak dibandingkan dengan "
        "nilai PermenPANRB 40/2018 (poin dari 410).",
        "en": "Period {period} is assessed with {regulation}: each question is scored as a maturity level "
        "0–{top} (evidence required above 0), and an aspect's value is the mean score of the questions that "
        "apply (questions a gate answer switches off are not counted). The aspect weights other than "
        "Perencanaan Kebutuhan dan Standardisasi Jabatan (10 %), the index formula and the category bands "
        "are not yet set: there is no total, index, category or rank, and these figures are not compared "
        "with PermenPANRB 40/2018 scores (points of 410).",
    },
    "merit.v2.unit": {
        "id": "Satuan: tingkat maturitas rata-rata per aspek, 0–{top} ({regulation})",
        "en": "Unit: mean maturity level per aspect, 0–{top} ({regulation})",
    },
    "merit.v2.col.tahap": {"id": "Tahap", "en": "Stage"},
    "merit.v2.col.kategori": {"id": "Kategori", "en": "Category"},
    "merit.v2.none": {
        "id": "Belum ada nilai per pertanyaan {regulation} untuk {province} pada periode {period}.",
        "en": "No {regulation} question scores for {province} in period {period} yet.",
    },
    "merit.v2.heading": {
        "id": "Nilai aspek {period} ({regulation})",
        "en": "Aspect values {period} ({regulation})",
    },
    "merit.period.versions": {
        "id": "Periode {before} dinilai dengan {reg_before} dan periode {after} dengan {reg_after}: dua "
        "instrumen dengan skala berbeda. Masing-masing periode ditampilkan dalam satuannya sendiri; tidak "
        "ada selisih, arah perubahan atau grafik perubahan, karena nilainya tidak dapat dibandingkan.",
        "en": "Period {before} is assessed with {reg_before} and period {after} with {reg_after}: two "
        "instruments on different scales. Each period is shown in its own units; there is no change, "
        "direction or change chart, because the scores cannot be compared.",
    },
    "merit.period.own_heading": {
        "id": "Periode {period}: {regulation}",
        "en": "Period {period}: {regulation}",
    },
    "merit.unit.points": {
        "id": "Satuan: nilai verifikasi dalam poin dari {max}; kategori dari pita {regulation}",
        "en": "Unit: verified score in points of {max}; category from the {regulation} bands",
    },
    "merit.v2.national": {
        "id": "Gambaran nasional {period}: nilai aspek setiap instansi ({regulation})",
        "en": "National picture {period}: each agency's aspect values ({regulation})",
    },
    "merit.v2.stages": {
        "id": "Total per tahap tidak ditampilkan: {regulation} belum menetapkan nilai total.",
        "en": "Totals per stage are not shown: {regulation} has no total yet.",
    },
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
}
