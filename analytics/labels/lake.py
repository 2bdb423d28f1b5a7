"""Text of the shared store (DuckLake: PostgreSQL catalog + Parquet, analytics/core/lake.py)."""

from __future__ import annotations

LAKE_LABELS: dict[str, dict[str, str]] = {
    "faults.unavailable": {
        "id": "Penyimpanan bersama {path} tidak dapat dijangkau saat ini (katalog PostgreSQL mati atau tidak terhubung).",
        "en": "The shared store {path} cannot be reached now (its PostgreSQL catalog is down or unreachable).",
    },
    "faults.unavailable.cli": {
        "id": "Periksa PostgreSQL dan TALENTA_STORE / TALENTA_LAKE_DATA, lalu ulangi. Tidak ada data yang diubah.",
        "en": "Check PostgreSQL and TALENTA_STORE / TALENTA_LAKE_DATA, then retry. No data was changed.",
    },
    "faults.unavailable.app": {
        "id": "Aplikasi tersambung lagi sendiri begitu penyimpanan kembali: tekan Coba lagi sebentar lagi. Tidak ada data yang diubah.",
        "en": "The app reconnects by itself once the store is back: press Retry in a moment. No data was changed.",
    },
    "export.deck.snapshot": {
        "id": "Data: snapshot {snapshot} penyimpanan bersama (buka tautan dengan ?snapshot={snapshot} untuk melihat data seperti saat rapat ini)",
        "en": "Data: snapshot {snapshot} of the shared store (open a link with ?snapshot={snapshot} to see the data as in this meeting)",
    },
    "lake.init.done": {
        "id": "Lake siap: {store} (data di {folder}).",
        "en": "Lake ready: {store} (data in {folder}).",
    },
    "lake.copied": {"id": "  {table}: {n} baris", "en": "  {table}: {n} rows"},
    "lake.import.done": {
        "id": "{file} dipindahkan ke lake ({tables} tabel, snapshot {snapshot}).",
        "en": "{file} moved into the lake ({tables} tables, snapshot {snapshot}).",
    },
    "lake.export.done": {
        "id": "Lake ditulis ke {file} ({tables} tabel).",
        "en": "Lake written to {file} ({tables} tables).",
    },
    "lake.not_empty": {
        "id": "Lake ini sudah berisi data pegawai atau merit; tidak ada yang diubah. Pakai lake kosong (lake init).",
        "en": "This lake already holds employee or merit data; nothing was changed. Use an empty lake (lake init).",
    },
    "lake.exists": {
        "id": "Berkas {file} sudah ada; tidak ada yang ditimpa.",
        "en": "File {file} exists already; nothing was overwritten.",
    },
    "lake.mismatch": {
        "id": "Salinan tidak sama dengan asalnya pada tabel {table}; periksa lalu ulangi.",
        "en": "The copy differs from its source in table {table}; check and retry.",
    },
    "lake.no_store": {
        "id": "Sebutkan lake dengan --store ducklake:postgres:... atau variabel {env}.",
        "en": "Name the lake with --store ducklake:postgres:... or the {env} variable.",
    },
    "lake.no_file": {"id": "Sebutkan berkas DuckDB-nya.", "en": "Name the DuckDB file."},
    "lake.as_of": {
        "id": "Data seperti pada snapshot {snapshot} (hanya baca), di setiap halaman sampai Anda kembali ke data terkini.",
        "en": "The data as it was at snapshot {snapshot} (read-only), on every page until you go back to the latest data.",
    },
    "lake.as_of_latest": {"id": "Kembali ke data terkini", "en": "Back to the latest data"},
    "lake.snapshots": {"id": "Snapshot terakhir: {snapshot}", "en": "Latest snapshot: {snapshot}"},
}
