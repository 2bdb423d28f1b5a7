"""UI text of the movement page."""

from __future__ import annotations

MOVEMENT_LABELS: dict[str, dict[str, str]] = {
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
}
