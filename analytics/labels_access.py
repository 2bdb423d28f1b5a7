"""UI text of serving, sign-in, access and the audit trail (merged into analytics.labels.LABELS)."""

from __future__ import annotations

ACCESS_LABELS: dict[str, dict[str, str]] = {
    # --- serving: local or served ----------------------------------------------------------------
    "serving.refused.title": {
        "id": "Aplikasi ini tidak menyajikan data pegawai sungguhan tanpa masuk (sign-in).",
        "en": "This app does not serve real employee data without sign-in.",
    },
    "serving.refused.body": {
        "id": (
            "Basis data ini berisi data yang diimpor (bukan data demo), dan server mendengarkan di luar "
            "komputer ini (bukan 127.0.0.1). Sesuai UU 27/2022 tentang Pelindungan Data Pribadi, data "
            "pegawai hanya boleh dilihat oleh pengguna yang masuk dan berhak. Yang perlu dilakukan "
            "pengelola server: isi bagian `[auth]` di `.streamlit/secrets.toml` (OpenID Connect, lihat "
            "README bagian *Serving an agency*), beri peran admin pertama dengan "
            "`python -m analytics access grant`, lalu jalankan ulang. Untuk bekerja sendiri di laptop, "
            "jalankan `make run` (hanya 127.0.0.1)."
        ),
        "en": (
            "This database holds imported (non-demo) data and the server listens beyond this machine "
            "(not 127.0.0.1). Under UU 27/2022 on personal data protection, employee data may only be "
            "seen by signed-in users with a grant. What the server's operator must do: fill in the "
            "`[auth]` section of `.streamlit/secrets.toml` (OpenID Connect, see the README section "
            "*Serving an agency*), grant the first admin with `python -m analytics access grant`, then "
            "restart. To work alone on a laptop, run `make run` (127.0.0.1 only)."
        ),
    },
    "serving.source.configured": {
        "id": "Basis data dari konfigurasi server: {name}",
        "en": "Database from the server's configuration: {name}",
    },
    "serving.source.choose": {"id": "Basis data (folder data server)", "en": "Database (server data folder)"},
    "serving.no_paths": {
        "id": "Di server bersama, basis data ditentukan oleh pengelola server, bukan diketik di sini.",
        "en": "On a shared server the databases are set by the server's operator, not typed here.",
    },
    "serving.import_needs_signin": {
        "id": (
            "Impor dimatikan: aplikasi ini disajikan di jaringan tanpa masuk (sign-in). Impor data "
            "sungguhan di laptop Anda (`make run`) atau minta pengelola server mengaktifkan sign-in."
        ),
        "en": (
            "Import is off: this app is served on the network without sign-in. Import real data on "
            "your laptop (`make run`) or ask the server's operator to turn sign-in on."
        ),
    },
}
