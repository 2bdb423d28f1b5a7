"""UI text of the what-if weights page."""

from __future__ import annotations

WHATIF_LABELS: dict[str, dict[str, str]] = {
    "whatif.preset.kepka411": {"id": "Kepka BKN 411/2025", "en": "Kepka BKN 411/2025"},
    "whatif.preset.setara": {"id": "Bobot setara", "en": "Equal weights"},
    "whatif.preset.pu": {"id": "Skema Kementerian PU", "en": "Ministry of Public Works scheme"},
    "whatif.preset_placeholder": {"id": "Pilih bobot …", "en": "Choose weights …"},
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
    "whatif.ninebox.points": {"id": "Tampilkan titik pegawai", "en": "Show the employees' points"},
    "whatif.ninebox.points_help": {
        "id": "Gambar sebaran skor tiap pegawai di atas kepadatan. Menggambar ulang titik pada setiap geseran "
        "slider lebih lambat; kotak di atas berubah seketika.",
        "en": "Draw each employee's scores over the density. Redrawing the points on every slider move is "
        "slower; the boxes above change at once.",
    },
    "whatif.ninebox.grid_caption": {
        "id": "Isi tiap kotak dengan bobot dan batas baru, bagiannya dari pegawai terpetakan, dan selisihnya "
        "terhadap pembanding (+/−).",
        "en": "Each box under the new weights and cut-offs, its share of the mapped employees, and the change "
        "against the baseline (+/−).",
    },
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
    "whatif.flows.rest": {
        "id": "… dan {k} arus lain ({n} pegawai)",
        "en": "… and {k} more flows ({n} employees)",
    },
    "whatif.sankey.draw": {"id": "Gambar diagram Sankey", "en": "Draw the Sankey diagram"},
    "whatif.sankey.draw_help": {
        "id": "Diagram arus semua perpindahan. Menggambar ulang diagram pada setiap geseran slider lebih "
        "lambat; daftar arus terbesar di atas berubah seketika.",
        "en": "The flow diagram of every move. Redrawing it on every slider move is slower; the list of the "
        "largest flows above changes at once.",
    },
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
    "whatif.scheme_caption": {
        "id": "Skema: baseline **{baseline}**, skenario = penggeser; nilai predikat SKP menurut Kepka BKN 411/2025 (ref_predicates), penomoran kotak {numbering}. Skema instansi lengkap (mis. PU: predikat saja) ada di halaman Nine-box (docs/rules.md §4a).",
        "en": "Scheme: baseline **{baseline}**, scenario = the sliders; SKP predicate scores as in Kepka BKN 411/2025 (ref_predicates), box numbering {numbering}. Complete agency schemes (e.g. PU: the predicate alone) are on the Nine-box page (docs/rules.md §4a).",
    },
    "whatif.error.scheme_mismatch": {
        "id": "Baseline dan skenario harus memakai penomoran kotak yang sama ('{base}' lawan '{scenario}').",
        "en": "The baseline and the scenario must number the boxes alike ('{base}' against '{scenario}').",
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
}
