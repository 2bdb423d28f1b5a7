"""Benchmark: import of a large employee CSV (target: 1,000,000 rows in <= 10 s on 2 cores).

Writes a realistic ';'-separated CSV with decimal commas (as Indonesian Excel saves it), then times
validation and the atomic load into a fresh DuckDB file through the same code the app and CLI use.

    python bench/bench_import.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from analytics import ingest
from analytics.core import db  # noqa: E402

UNITS = [
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "BKPSDM",
    "Bappeda",
    "Sekretariat Daerah",
    "RSUD",
    "Dinas PUPR",
]
TYPES = ["Fungsional", "Pelaksana", "Pengawas", "Administrator", "JPT Pratama"]


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A valid file: unique 18-digit NIPs consistent with birth dates, scores 0-100 with decimal commas."""
    rng = np.random.default_rng(seed)
    birth = pd.to_datetime("1965-01-01") + pd.to_timedelta(rng.integers(0, 12_000, rows), unit="D")
    tmt_year = np.minimum(birth.year + 19 + rng.integers(0, 10, rows), 2024)
    seq = np.arange(rows) % 1000
    nip = (
        birth.strftime("%Y%m%d")
        + pd.Series(tmt_year).astype(str).to_numpy()
        + pd.Series(rng.integers(1, 13, rows)).map("{:02d}".format).to_numpy()
        + pd.Series(rng.integers(1, 3, rows)).astype(str).to_numpy()
        + pd.Series(seq).map("{:03d}".format).to_numpy()
    )
    nip = pd.Series(nip).where(~pd.Series(nip).duplicated(), None)
    frame = pd.DataFrame(
        {
            "NIP": nip,
            "Nama": "Pegawai " + pd.Series(np.arange(rows)).astype(str),
            "Instansi": "Pemerintah Provinsi Contoh",
            "Unit Kerja": rng.choice(UNITS, rows),
            "Jabatan": "Analis",
            "Jenis Jabatan": rng.choice(TYPES, rows),
            "Periode": 2025,
        }
    ).dropna(subset=["NIP"])
    for col in (
        "Nilai Kinerja",
        "Penghargaan",
        "Tim Kerja",
        "Umpan Balik",
        "Kompetensi",
        "Potensi",
        "Integritas",
    ):
        frame[col] = np.round(rng.uniform(40, 100, len(frame)), 1)
    frame.to_csv(path, sep=";", decimal=",", index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "pegawai.csv"
        t0 = time.perf_counter()
        write_csv(csv, args.rows)
        print(f"generated {csv.stat().st_size / 1e6:.0f} MB CSV in {time.perf_counter() - t0:.1f} s")
        con = db.connect(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        validated = ingest.validate(csv.read_bytes(), csv.name, con)
        t_validate = time.perf_counter() - t0
        assert not validated.error_rows, ingest.problem_messages(validated, limit=5)
        t1 = time.perf_counter()
        result = ingest.load(con, validated)
        t_load = time.perf_counter() - t1
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"rows loaded:        {result.rows_loaded:,}")
        print(f"read + validate:    {t_validate:6.2f} s")
        print(f"load (transaction): {t_load:6.2f} s")
        print(f"import total:       {t_validate + t_load:6.2f} s   (target <= 10 s for 1,000,000 rows)")
        print(f"peak RSS:           {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
