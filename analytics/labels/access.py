"""UI text of serving, sign-in, access and the audit trail."""

from __future__ import annotations

ACCESS_LABELS: dict[str, dict[str, str]] = {
    # --- serving: local or served -----------------------------------------------------------------
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
    # --- sign-in, access, audit -------------------------------------------------------------------
    "access.signin.body": {
        "id": (
            "Dasbor ini memuat data pribadi pegawai (UU 27/2022). Masuk dengan akun instansi Anda "
            "(single sign-on) untuk melihat data sesuai hak akses Anda."
        ),
        "en": (
            "This dashboard holds employees' personal data (UU 27/2022). Sign in with your agency "
            "account (single sign-on) to see the data your grant allows."
        ),
    },
    "access.signin.button": {"id": "Masuk", "en": "Sign in"},
    "access.signout": {"id": "Keluar", "en": "Sign out"},
    "access.missing_claims": {
        "id": (
            "Penyedia identitas tidak mengirim `sub` maupun `email`, sehingga hak akses Anda tidak dapat "
            "dicari. Minta pengelola single sign-on menambahkan klaim `email` (scope `openid email`), "
            "lalu masuk lagi."
        ),
        "en": (
            "The identity provider sent neither `sub` nor `email`, so your grant cannot be looked up. "
            "Ask the single sign-on's operator to add the `email` claim (scope `openid email`), then "
            "sign in again."
        ),
    },
    "access.none.title": {"id": "Belum ada hak akses", "en": "No access yet"},
    "access.none.body": {
        "id": "Anda masuk sebagai **{identity}**, tetapi identitas ini belum diberi peran di dasbor ini.",
        "en": "You are signed in as **{identity}**, but this identity has no role in this dashboard yet.",
    },
    "access.none.ask": {
        "id": "Mintalah hak akses (peran dan cakupan instansi) kepada admin dasbor: {admins}.",
        "en": "Ask the dashboard's admin for a grant (role and instansi scope): {admins}.",
    },
    "access.none.no_admin": {
        "id": "pengelola server (belum ada admin; lihat README *Serving an agency*)",
        "en": "the server's operator (no admin yet; see the README, *Serving an agency*)",
    },
    "access.sidebar.who": {
        "id": "Masuk sebagai {identity} · {role} · {scope}",
        "en": "Signed in as {identity} · {role} · {scope}",
    },
    "access.scope.national": {"id": "nasional", "en": "national"},
    "access.role.admin": {"id": "admin", "en": "admin"},
    "access.role.data_officer": {"id": "pengelola data", "en": "data officer"},
    "access.role.leader": {"id": "pimpinan / tim penilai", "en": "leader / panel member"},
    "access.role.evaluator": {"id": "evaluator", "en": "evaluator"},
    "access.role.trainer": {"id": "pelatih (data demo)", "en": "trainer (demo data)"},
    "access.role.-": {"id": "tanpa peran", "en": "no role"},
    "access.no_rows": {
        "id": "Daftar perorangan tidak ditampilkan: peran Anda hanya melihat angka agregat.",
        "en": "Individual rows are not shown: your role sees aggregate figures only.",
    },
    "access.scope_note": {
        "id": "Di luar cakupan akses Anda, tidak ditampilkan: {values}. Yang tampil: {scope}.",
        "en": "Outside your access scope, not shown: {values}. Shown: {scope}.",
    },
    "access.trainer_demo_only": {
        "id": "Peran pelatih hanya bekerja pada data demo; basis data ini berisi data sungguhan.",
        "en": "The trainer role works on demo data only; this database holds real data.",
    },
    "access.no_right": {
        "id": "Peran Anda tidak mencakup tindakan ini.",
        "en": "Your role does not include this action.",
    },
    "access.import_outside": {
        "id": (
            "Baris di luar cakupan akses Anda (instansi/provinsi lain): baris {rows}. Tidak ada yang "
            "disimpan. Hapus baris itu dari berkas, atau minta admin memperluas cakupan Anda."
        ),
        "en": (
            "Rows outside your access scope (another instansi/province): rows {rows}. Nothing was "
            "stored. Remove those rows from the file, or ask the admin to widen your scope."
        ),
    },
    "nav.access": {"id": "Akses & audit", "en": "Access & audit"},
    "access.page.caption": {
        "id": (
            "Siapa boleh melihat apa (peran dan cakupan), dan jejak audit yang hanya bisa ditambah: setiap "
            "masuk, tampilan daftar perorangan, unduhan, impor, kalibrasi dan perubahan hak akses "
            "(UU 27/2022)."
        ),
        "en": (
            "Who may see what (role and scope), and the append-only audit trail: every sign-in, list of "
            "individuals viewed, download, import, calibration and grant change (UU 27/2022)."
        ),
    },
    "access.page.grants": {"id": "Hak akses", "en": "Grants"},
    "access.page.grant": {"id": "Beri hak akses", "en": "Grant access"},
    "access.page.scope_values": {"id": "Instansi atau provinsi", "en": "Instansi or province"},
    "access.page.rows": {
        "id": "Boleh melihat baris perorangan (untuk evaluator)",
        "en": "May see individual rows (for evaluators)",
    },
    "access.page.granted": {
        "id": "Hak akses disimpan untuk {identity}.",
        "en": "Grant saved for {identity}.",
    },
    "access.page.refused": {"id": "Hak akses tidak disimpan: {reason}", "en": "Grant not saved: {reason}"},
    "access.page.revoke_who": {"id": "Cabut hak akses dari", "en": "Revoke the grant of"},
    "access.page.revoke": {"id": "Cabut", "en": "Revoke"},
    "access.page.audit": {"id": "Jejak audit", "en": "Audit trail"},
    "access.page.audit_caption": {
        "id": "Terbaru di atas. Jejak ini tidak dapat diubah atau dihapus dari aplikasi.",
        "en": "Newest first. This trail cannot be changed or deleted from the app.",
    },
    "access.page.person": {"id": "Orang (identitas)", "en": "Person (identity)"},
    "access.page.since": {"id": "Dari tanggal", "en": "From"},
    "access.page.until": {"id": "Sampai tanggal", "en": "Until"},
    "access.page.audit_download": {"id": "Unduh jejak audit (CSV)", "en": "Download the audit trail (CSV)"},
    "access.col.identity": {"id": "Identitas (e-mail atau sub)", "en": "Identity (e-mail or sub)"},
    "access.col.role": {"id": "Peran", "en": "Role"},
    "access.col.scope": {"id": "Cakupan", "en": "Scope"},
    "access.col.rows": {"id": "Baris perorangan", "en": "Individual rows"},
    "access.missing_email": {
        "id": (
            "Penyedia identitas tidak mengirim alamat e-mail Anda (klaim `email`), sehingga hak akses "
            "yang diberikan lewat e-mail tidak dapat dicocokkan. Minta pengelola single sign-on "
            "mengirim klaim `email`, atau minta admin memberi hak akses pada identitas (sub) di bawah."
        ),
        "en": (
            "The identity provider did not send your e-mail address (the `email` claim), so a grant "
            "given by e-mail cannot be matched. Ask the single sign-on's operator to send the `email` "
            "claim, or ask the admin to grant the identity (sub) below."
        ),
    },
    "access.audit.audit_id": {"id": "No.", "en": "No."},
    "access.audit.logged_at": {"id": "Waktu", "en": "When"},
    "access.audit.identity": {"id": "Siapa", "en": "Who"},
    "access.audit.role": {"id": "Peran", "en": "Role"},
    "access.audit.action": {"id": "Tindakan", "en": "Action"},
    "access.audit.what": {"id": "Apa", "en": "What"},
    "access.audit.n_rows": {"id": "Baris", "en": "Rows"},
    "access.audit.scope": {"id": "Cakupan", "en": "Scope"},
    "access.audit.detail": {"id": "Keterangan", "en": "Detail"},
    # --- a new database from the Data page (local mode) -------------------------------------------
    "data.new.link": {
        "id": "Buat basis data baru di halaman Data",
        "en": "Create a new database on the Data page",
    },
    "data.new.title": {"id": "Basis data baru", "en": "New database"},
    "data.new.text": {
        "id": "Belum ada berkas di {path}. Buat basis data kosong di sana, lalu unggah data pegawai Anda.",
        "en": "There is no file at {path} yet. Create an empty database there, then upload your employee data.",
    },
    "data.new.button": {"id": "Buat basis data kosong", "en": "Create an empty database"},
    "data.new.bad_suffix": {
        "id": "Nama berkas harus berakhiran .duckdb: {path}. Ubah lokasi di bilah samping.",
        "en": "The file name must end in .duckdb: {path}. Change the path in the sidebar.",
    },
    "data.new.exists": {
        "id": "Sudah ada sesuatu di {path} (bukan berkas biasa). Pilih nama lain di bilah samping.",
        "en": "Something already exists at {path} (not a regular file). Choose another name in the sidebar.",
    },
    "data.new.no_folder": {
        "id": "Folder {folder} tidak ada. Buat foldernya dulu atau pilih lokasi lain di bilah samping.",
        "en": "The folder {folder} does not exist. Create it first or choose another path in the sidebar.",
    },
    "data.new.no_write": {
        "id": "Aplikasi tidak boleh menulis di folder {folder}. Pilih folder lain di bilah samping.",
        "en": "The app may not write in the folder {folder}. Choose another folder in the sidebar.",
    },
}
