"""UI text of the training page."""

from __future__ import annotations

TRAINING_LABELS: dict[str, dict[str, str]] = {
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
        "id": "Perhitungan dasbor (mesin nine-box): Kotak {box}, kinerja {kinerja}, potensial {potensial}.",
        "en": "The dashboard's computation (the nine-box engine): box {box}, performance {kinerja}, potential {potensial}.",
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
}
