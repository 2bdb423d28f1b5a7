"""UI text of the fairness page (group rates and intervals)."""

from __future__ import annotations

FAIRNESS_LABELS: dict[str, dict[str, str]] = {
    "fair.title": {"id": "Audit kesetaraan: prinsip merit", "en": "Fairness audit: the merit principle"},
    "fair.caption": {
        "id": "UU ASN: manajemen ASN berdasarkan kualifikasi, kompetensi dan kinerja tanpa membedakan jenis kelamin, usia, asal dan lainnya. Halaman ini membandingkan kelompok, tanpa data perorangan.",
        "en": "UU ASN: civil-service management by qualification, competence and performance, regardless of sex, age, origin and more. This page compares groups, with no personal rows.",
    },
    "fair.rule": {
        "id": "Kelompok di bawah {min} pegawai disembunyikan di semua tampilan dan unduhan. Rasio = tingkat kelompok ÷ tingkat tertinggi; di bawah {ratio} ditandai. Uji chi-kuadrat (Fisher untuk tabel 2×2 kecil): p < {alpha} berarti selisih kecil kemungkinannya kebetulan. Aturan pemetaan: bobot Kepka 411, batas 60/80.",
        "en": "Groups under {min} employees are hidden in every view and download. Ratio = group rate ÷ highest rate; below {ratio} is flagged. Chi-square test (Fisher for small 2×2 tables): p < {alpha} means the gap is unlikely to be chance. Mapping rules: Kepka 411 weights, 60/80 cut-offs.",
    },
    "fair.summary_heading": {
        "id": "Ringkasan untuk pimpinan, periode {period}",
        "en": "Summary for leaders, period {period}",
    },
    "fair.headline.none": {
        "id": "Tidak ada kesenjangan di bawah ambang 0,8 pada {n} atribut yang diperiksa.",
        "en": "No gap below the 0.8 threshold in the {n} attributes checked.",
    },
    "fair.headline.gaps": {
        "id": "{n} dari {total} atribut menunjukkan kesenjangan di bawah ambang 0,8 ({names}); {real} di antaranya kecil kemungkinannya karena kebetulan.",
        "en": "{n} of {total} attributes show a gap below the 0.8 threshold ({names}); {real} of them unlikely to be chance.",
    },
    "fair.summary.not_comparable": {
        "id": "{attribute}: tidak dapat dibandingkan (kurang dari dua kelompok dengan sedikitnya {min} pegawai).",
        "en": "{attribute}: cannot be compared (fewer than two groups of at least {min} employees).",
    },
    "fair.summary.ok": {
        "id": "{attribute}: setara — rasio terendah {ratio} ({low} terhadap {high}); {chance}",
        "en": "{attribute}: comparable — lowest ratio {ratio} ({low} against {high}); {chance}",
    },
    "fair.summary.group": {
        "id": "{group} ({n} pegawai) {rate}, rasio {ratio}",
        "en": "{group} ({n} employees) {rate}, ratio {ratio}",
    },
    "fair.summary.gap": {
        "id": "{attribute}: kesenjangan — {groups}; tertinggi {best} {rate}; {chance}",
        "en": "{attribute}: gap — {groups}; highest {best} {rate}; {chance}",
    },
    "fair.chance.unlikely": {
        "id": "selisihnya kecil kemungkinannya kebetulan (p {p}).",
        "en": "the gap is unlikely to be chance (p {p}).",
    },
    "fair.chance.possible": {
        "id": "selisihnya bisa saja kebetulan (p {p}).",
        "en": "the gap could be chance (p {p}).",
    },
    "fair.summary.more": {"id": "dan {n} kelompok lain di bawah 0,8", "en": "and {n} more groups below 0.8"},
    "fair.chance.none": {"id": "uji tidak dapat dihitung.", "en": "no test could be computed."},
    "fair.attr.jenis_kelamin": {"id": "Jenis kelamin", "en": "Gender"},
    "fair.attr.age_band": {"id": "Kelompok usia", "en": "Age band"},
    "fair.attr.jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    "fair.attr.provinsi": {"id": "Provinsi", "en": "Province"},
    "fair.attr.kab_kota": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "fair.gender.L": {"id": "Laki-laki", "en": "Men"},
    "fair.gender.P": {"id": "Perempuan", "en": "Women"},
    "fair.age_band": {"id": "usia {band}", "en": "age {band}"},
    "fair.method.chi2": {"id": "chi-kuadrat", "en": "chi-square"},
    "fair.method.fisher": {"id": "Fisher eksak", "en": "Fisher exact"},
    "fair.method.chi2_monte_carlo": {
        "id": "chi-kuadrat (simulasi Monte Carlo)",
        "en": "chi-square (Monte Carlo)",
    },
    "fair.test": {
        "id": "Uji {test}: p {p} untuk kotak 7-8-9; p {p_box1} untuk kotak 1.",
        "en": "{test} test: p {p} for boxes 7-8-9; p {p_box1} for box 1.",
    },
    "fair.suppressed": {
        "id": "{n} kelompok di bawah {min} pegawai disembunyikan.",
        "en": "{n} groups under {min} employees hidden.",
    },
    "fair.no_groups": {
        "id": "Tidak ada kelompok dengan sedikitnya {min} pegawai.",
        "en": "No group of at least {min} employees.",
    },
    "fair.col.attribute": {"id": "Atribut", "en": "Attribute"},
    "fair.col.group": {"id": "Kelompok", "en": "Group"},
    "fair.col.n": {"id": "Pegawai terpetakan", "en": "Mapped employees"},
    "fair.col.n_pool": {"id": "Di kotak 7-8-9", "en": "In boxes 7-8-9"},
    "fair.col.rate_pool": {"id": "Tingkat kotak 7-8-9", "en": "Rate boxes 7-8-9"},
    "fair.col.ratio": {"id": "Rasio thd tertinggi", "en": "Ratio to highest"},
    "fair.col.flag": {"id": "Tanda", "en": "Flag"},
    "fair.col.n_box1": {"id": "Di kotak 1", "en": "In box 1"},
    "fair.col.rate_box1": {"id": "Tingkat kotak 1", "en": "Rate box 1"},
    "fair.col.p_pool": {"id": "p (kotak 7-8-9)", "en": "p (boxes 7-8-9)"},
    "fair.col.p_box1": {"id": "p (kotak 1)", "en": "p (box 1)"},
    "fair.download_csv": {"id": "Unduh audit (CSV)", "en": "Download the audit (CSV)"},
    "fair.download_xlsx": {"id": "Unduh audit (Excel)", "en": "Download the audit (Excel)"},
    "fair.summary.unclear": {
        "id": "(interval rasio {ci} memuat 0,8: belum dapat disimpulkan)",
        "en": "(ratio interval {ci} includes 0.8: nothing can be concluded yet)",
    },
    "fair.flag.below": {"id": "⚠ < 0,8", "en": "⚠ < 0.8"},
    "fair.flag.unclear": {
        "id": "⚠ < 0,8, tetapi interval memuat 0,8: belum dapat disimpulkan",
        "en": "⚠ < 0.8, but the interval includes 0.8: nothing can be concluded",
    },
    "fair.flag.unclear_above": {
        "id": "interval memuat 0,8: belum dapat disimpulkan",
        "en": "the interval includes 0.8: nothing can be concluded",
    },
    "fair.col.ci_pool": {"id": "IK 95 % kotak 7-8-9", "en": "95 % CI boxes 7-8-9"},
    "fair.col.ci_box1": {"id": "IK 95 % kotak 1", "en": "95 % CI box 1"},
    "fair.col.ci_ratio": {"id": "IK 95 % rasio", "en": "95 % CI ratio"},
    "fair.col.pool_lo": {"id": "Batas bawah IK kotak 7-8-9", "en": "CI lower boxes 7-8-9"},
    "fair.col.pool_hi": {"id": "Batas atas IK kotak 7-8-9", "en": "CI upper boxes 7-8-9"},
    "fair.col.box1_lo": {"id": "Batas bawah IK kotak 1", "en": "CI lower box 1"},
    "fair.col.box1_hi": {"id": "Batas atas IK kotak 1", "en": "CI upper box 1"},
    "fair.col.ratio_lo": {"id": "Batas bawah IK rasio", "en": "CI lower ratio"},
    "fair.col.ratio_hi": {"id": "Batas atas IK rasio", "en": "CI upper ratio"},
    "fair.interval_note": {
        "id": "Titik = tingkat kelompok; garis = interval kepercayaan 95 % (Wilson). Rasio terhadap kelompok tertinggi dengan interval 95 % (log Katz); tanda 0,8 disebut belum dapat disimpulkan bila interval rasio memuat 0,8. Biru: tidak ada tanda; oranye: di bawah 0,8; cokelat: belum dapat disimpulkan.",
        "en": "Dot = the group's rate; line = its 95 % confidence interval (Wilson). Ratio to the highest group with a 95 % interval (Katz log); the 0.8 flag says nothing can be concluded when the ratio's interval includes 0.8. Blue: no flag; orange: below 0.8; brown: nothing can be concluded.",
    },
    "fair.chart.measure": {"id": "Ukuran", "en": "Measure"},
    "fair.chart.pool": {"id": "Kotak 7-8-9", "en": "Boxes 7-8-9"},
    "fair.chart.box1": {"id": "Kotak 1", "en": "Box 1"},
    "fair.chart.rate": {"id": "Tingkat (IK 95 %)", "en": "Rate (95 % CI)"},
    "fair.chart.lo": {"id": "Batas bawah", "en": "Lower"},
    "fair.chart.hi": {"id": "Batas atas", "en": "Upper"},
    "fair.chart.n": {"id": "n", "en": "n"},
}
