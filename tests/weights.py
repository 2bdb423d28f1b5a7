"""Weights the tests write out by hand, independent of data/reference/weights.csv (so a test of the
preset compares the CSV with the regulation, not with itself)."""

from __future__ import annotations

from analytics.ninebox import rules

# Kepka BKN 411/2025 Lampiran I: kinerja and potensial components with their weights (docs/rules.md §4).
KEPKA = rules.Weights(
    kinerja={"kinerja_utama": 60, "penghargaan": 15, "tim_kerja": 15, "umpan_balik": 10},
    potensial={
        "kompetensi": 20,
        "pengembangan_kompetensi": 10,
        "pengalaman_jabatan": 10,
        "potensi": 25,
        "pendidikan_formal": 10,
        "kesesuaian_bidang_ilmu": 10,
        "integritas": 15,
    },
)
