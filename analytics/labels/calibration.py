"""UI text of the talent-review calibration and its page."""

from __future__ import annotations

CALIBRATION_LABELS: dict[str, dict[str, str]] = {
    # --- calibration.* ----------------------------------------------------------------------------
    "calibration.error.reason": {
        "id": "Alasan kalibrasi wajib diisi, minimal satu kalimat ({n} kata atau lebih).",
        "en": "A calibration needs a reason of at least one sentence ({n} words or more).",
    },
    "calibration.error.by": {
        "id": "Isi siapa yang memutuskan (nama/jabatan).",
        "en": "Fill in who decided (name/role).",
    },
    "calibration.error.box": {"id": "Kotak harus 1 sampai 9.", "en": "The box must be 1 to 9."},
    "calibration.error.locked": {
        "id": "Periode {period} sudah ditetapkan dan dikunci (PMK 38/2025 pasal 21): tidak ada usulan, peninjauan, penetapan atau pembatalan yang dapat diubah. Buka kunci (dengan alasan, oleh yang berwenang menetapkan) bila memang harus diubah.",
        "en": "Period {period} was set and is locked (PMK 38/2025 art. 21): no proposal, review, setting or undo can be changed. Unlock it (with a reason, by whoever may set) if it really must change.",
    },
    "calibration.error.right": {
        "id": "Peran Anda ({role}) tidak berwenang untuk langkah ini: {step}.",
        "en": "Your role ({role}) may not take this step: {step}.",
    },
    "calibration.right.calibrate.draft": {
        "id": "mengusulkan atau menarik draf (panel)",
        "en": "proposing or withdrawing a draft (the panel)",
    },
    "calibration.right.calibrate.review": {
        "id": "meninjau atau mengembalikan draf (komite talenta)",
        "en": "reviewing or returning a draft (the talent committee)",
    },
    "calibration.right.calibrate.set": {
        "id": "menetapkan, mengembalikan usulan yang sudah ditinjau, atau membuka kunci (PPK atau pejabat yang ditunjuk)",
        "en": "setting, returning a reviewed proposal, or unlocking (the PPK or whom the agency names)",
    },
    "calibration.error.open": {
        "id": "Pegawai ini masih punya usulan berstatus {state} (entri {entry}); selesaikan, tarik atau kembalikan dulu sebelum mengusulkan yang baru.",
        "en": "This employee still has a proposal in state {state} (entry {entry}); finish, withdraw or return it before proposing a new one.",
    },
    "calibration.error.undo_not_set": {
        "id": "Entri {entry} berstatus {state}, belum ditetapkan: tarik atau kembalikan usulannya, bukan dibatalkan.",
        "en": "Entry {entry} is {state}, not set: withdraw or return the proposal instead of undoing it.",
    },
    "calibration.error.order": {
        "id": 'Langkah "{step}" tidak dapat dilakukan: entri {entry} berstatus {state}. Urutannya draf → ditinjau → ditetapkan.',
        "en": 'The step "{step}" cannot be taken: entry {entry} is {state}. The order is draft → reviewed → set.',
    },
    "calibration.error.changed": {
        "id": "Entri {entry} baru saja diubah di sesi lain; muat ulang halaman.",
        "en": "Entry {entry} was just changed in another session; reload the page.",
    },
    "calibration.error.drafts_open": {
        "id": "Belum dapat ditetapkan: masih ada {n} usulan berstatus draf ({entries}). Tinjau, kembalikan atau tarik dulu.",
        "en": "Cannot set yet: proposals still in draft: {n} ({entries}). Review, return or withdraw them first.",
    },
    "calibration.error.scope": {
        "id": "Periode {period} memuat usulan terbuka di luar cakupan akses Anda; penetapan mengunci seluruh periode, jadi harus dilakukan oleh yang cakupannya meliputi semuanya.",
        "en": "Period {period} holds open proposals outside your access scope; setting locks the whole period, so it must be done by someone whose scope covers them all.",
    },
    "calibration.state.draft": {"id": "draf", "en": "draft"},
    "calibration.state.reviewed": {"id": "ditinjau", "en": "reviewed"},
    "calibration.state.set": {"id": "ditetapkan", "en": "set"},
    "calibration.state.withdrawn": {"id": "ditarik", "en": "withdrawn"},
    "calibration.state.returned": {"id": "dikembalikan", "en": "returned"},
    "calibration.state.None": {"id": "tanpa status", "en": "no state"},
    "calibration.step.review": {"id": "tinjau", "en": "review"},
    "calibration.step.withdraw": {"id": "tarik", "en": "withdraw"},
    "calibration.step.return": {"id": "kembalikan", "en": "return"},
    "calibration.step.set": {"id": "tetapkan", "en": "set"},
    "calibration.error.same_box": {
        "id": "Pegawai ini sudah berada di Kotak {box}.",
        "en": "This employee is already in box {box}.",
    },
    "calibration.error.no_entry": {"id": "Entri {entry} tidak ada.", "en": "Entry {entry} does not exist."},
    "calibration.error.lock_state": {
        "id": "Periode {period} sudah dalam keadaan itu.",
        "en": "Period {period} is already in that state.",
    },
    # --- calpage.* --------------------------------------------------------------------------------
    "calpage.title": {"id": "Kalibrasi talenta", "en": "Talent calibration"},
    "calpage.purpose": {
        "id": "Rapat talent review dapat memindahkan pegawai naik atau turun kotak setelah pembahasan, lalu menetapkan kembali kotaknya (PMK 38/2025 pasal 21). Alurnya: panel mengusulkan (draf), komite talenta meninjau, PPK atau pejabat yang ditunjuk menetapkan; hanya kotak yang ditetapkan dihitung. Kotak hasil perhitungan tetap disimpan di sampingnya, setiap langkah wajib beralasan dan tercatat tanpa bisa dihapus, agar evaluator dapat memeriksa bahwa kalibrasi tidak dipakai untuk melangkahi sistem merit (UU 20/2023).",
        "en": "The talent-review meeting may move an employee up or down a box after discussion and then set the boxes again (PMK 38/2025 art. 21). The flow: the panel proposes (draft), the talent committee reviews, the PPK or whom the agency names sets; only set boxes count. The computed box is kept beside it, every step needs a reason and is recorded for good, so evaluators can check that calibration did not bypass the merit system (UU 20/2023).",
    },
    "calpage.box_view": {"id": "Kotak yang ditampilkan", "en": "Box shown"},
    "calpage.box_view.computed": {"id": "Dihitung", "en": "Computed"},
    "calpage.box_view.calibrated": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.box_view.both": {"id": "Keduanya", "en": "Both"},
    "calpage.box_view_help": {
        "id": "Dihitung: kotak dari nilai. Dikalibrasi: kotak keputusan rapat bila ada. Keduanya: jumlah dikalibrasi dengan jumlah dihitung di sampingnya. Pilihan ini berlaku juga di halaman Nine-box.",
        "en": "Computed: the box from the scores. Calibrated: the meeting's box where set. Both: calibrated counts with the computed ones beside them. The choice applies to the Nine-box page too.",
    },
    "calpage.rules_caption": {
        "id": "Periode {period}, saringan di bilah samping. Kotak dihitung dengan bobot bawaan Kepka BKN 411/2025 dan batas level bawaan (nilai tetap), penomoran PermenPANRB 3/2020.",
        "en": "Period {period}, the sidebar's filters. Boxes computed with the Kepka BKN 411/2025 default weights and the default (fixed) level cut-offs, PermenPANRB 3/2020 numbering.",
    },
    "calpage.locked_banner": {
        "id": "Periode {period} sudah ditetapkan dan dikunci (PMK 38/2025 pasal 21): tidak ada usulan, peninjauan, penetapan atau pembatalan sampai kunci dibuka (dengan alasan).",
        "en": "Period {period} is set and locked (PMK 38/2025 art. 21): no proposal, review, setting or undo until it is unlocked (with a reason).",
    },
    "calpage.form.title": {
        "id": "Usulkan kalibrasi pegawai (draf)",
        "en": "Propose a calibration (draft)",
    },
    "calpage.form.search": {"id": "Cari nama atau NIP", "en": "Search name or NIP"},
    "calpage.form.search_hint": {"id": "mis. Siti atau 198501", "en": "e.g. Siti or 198501"},
    "calpage.form.person": {"id": "Pegawai", "en": "Employee"},
    "calpage.form.person_hint": {"id": "Pilih dari {n} pegawai…", "en": "Choose from {n} employees…"},
    "calpage.form.more": {
        "id": "Hanya 1.000 pegawai pertama yang tercantum; persempit dengan pencarian atau saringan.",
        "en": "Only the first 1,000 employees are listed; narrow with the search or the filters.",
    },
    "calpage.form.pick": {
        "id": "Pilih pegawai untuk melihat nilainya dan kotaknya.",
        "en": "Choose an employee to see their scores and box.",
    },
    "calpage.form.to_box": {"id": "Pindahkan ke", "en": "Move to"},
    "calpage.form.far": {
        "id": "Kotak {box} jauh dari nilai pegawai ini: {distance} poin di luar batas kotak tersebut. Pastikan alasannya kuat dan tercatat.",
        "en": "Box {box} is far from this employee's scores: {distance} points outside that box. Make sure the reason is strong and recorded.",
    },
    "calpage.form.confirm": {
        "id": "Saya mengerti bahwa perpindahan ini jauh dari nilai dan akan tercatat di jejak kalibrasi.",
        "en": "I understand this move is far from the scores and will be recorded in the calibration trail.",
    },
    "calpage.form.reason": {"id": "Alasan (minimal satu kalimat)", "en": "Reason (at least one sentence)"},
    "calpage.form.reason_hint": {
        "id": "mis. Rapat menilai kontribusi lapangan belum tercermin di nilai kinerja.",
        "en": "e.g. The meeting found that field contributions are not reflected in the performance score.",
    },
    "calpage.form.by": {
        "id": "Diusulkan/diputuskan oleh (nama/jabatan)",
        "en": "Proposed/decided by (name/role)",
    },
    "calpage.form.by_hint": {
        "id": "mis. Kepala BKPSDM",
        "en": "e.g. Head of the regional civil-service agency",
    },
    "calpage.form.submit": {
        "id": "Usulkan kalibrasi (draf)",
        "en": "Propose calibration (draft)",
    },
    "calpage.form.locked": {
        "id": "Formulir tidak aktif: periode {period} dikunci.",
        "en": "The form is disabled: period {period} is locked.",
    },
    "calpage.saved": {
        "id": "Usulan kalibrasi tersimpan sebagai draf (entri {entry}): ke Kotak {box}. Belum dihitung sampai ditinjau komite talenta dan ditetapkan.",
        "en": "Calibration proposal saved as a draft (entry {entry}): to box {box}. Not counted until the talent committee reviews it and it is set.",
    },
    "calpage.change.title": {
        "id": "Perubahan sebaran karena kalibrasi",
        "en": "How calibration changed the distribution",
    },
    "calpage.change.summary": {
        "id": "**{n} pegawai dikalibrasi** (ditetapkan) pada populasi terpilih (sebelum = dihitung, sesudah = dikalibrasi; usulan yang belum ditetapkan tidak dihitung).",
        "en": "**{n} employees calibrated** (set) in the selected population (before = computed, after = calibrated; proposals not yet set are not counted).",
    },
    "calpage.col.before": {"id": "Sebelum", "en": "Before"},
    "calpage.col.after": {"id": "Sesudah", "en": "After"},
    "calpage.col.change": {"id": "Perubahan", "en": "Change"},
    "calpage.col.computed_n": {"id": "Dihitung", "en": "Computed"},
    "calpage.col.calibrated_n": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.col.calibrated": {"id": "Dikalibrasi", "en": "Calibrated"},
    "calpage.col.computed_box": {"id": "Kotak dihitung", "en": "Computed box"},
    "calpage.col.calibrated_box": {"id": "Kotak dikalibrasi", "en": "Calibrated box"},
    "calpage.col.entry": {"id": "Entri", "en": "Entry"},
    "calpage.col.period": {"id": "Periode", "en": "Period"},
    "calpage.col.kind": {"id": "Jenis", "en": "Kind"},
    "calpage.col.from_box": {"id": "Dari kotak", "en": "From box"},
    "calpage.col.to_box": {"id": "Ke kotak", "en": "To box"},
    "calpage.col.undoes": {"id": "Membatalkan entri", "en": "Undoes entry"},
    "calpage.col.reason": {"id": "Alasan", "en": "Reason"},
    "calpage.col.by": {"id": "Diputuskan oleh", "en": "Decided by"},
    "calpage.col.at": {"id": "Waktu", "en": "Time"},
    "calpage.col.orphaned": {"id": "Catatan", "en": "Note"},
    "calpage.col.state": {"id": "Status", "en": "State"},
    "calpage.col.move": {"id": "Usulan", "en": "Proposal"},
    "calpage.col.proposed_by": {"id": "Diusulkan oleh", "en": "Proposed by"},
    "calpage.col.step": {"id": "Langkah", "en": "Step"},
    "calpage.col.note": {"id": "Catatan", "en": "Note"},
    "calpage.col.role": {"id": "Peran", "en": "Role"},
    "calpage.steps.title": {"id": "Langkah keputusan", "en": "Decision steps"},
    "calpage.lock.drafts": {
        "id": "Masih ada {n} usulan berstatus draf: tinjau, kembalikan atau tarik dulu sebelum menetapkan.",
        "en": "Proposals still in draft: {n}. Review, return or withdraw them before setting.",
    },
    "calpage.form.pending": {
        "id": "Pegawai ini punya usulan terbuka (entri {entry}): ke Kotak {box}, status {state}. Belum dihitung sampai ditetapkan.",
        "en": "This employee has an open proposal (entry {entry}): to box {box}, state {state}. Not counted until set.",
    },
    "calpage.flow.title": {"id": "Usulan menunggu keputusan", "en": "Proposals awaiting a decision"},
    "calpage.flow.caption": {
        "id": "PMK 38/2025 pasal 21: panel mengusulkan (draf) → komite talenta meninjau (ditinjau) → PPK atau pejabat yang ditunjuk menetapkan kotak periode (ditetapkan, periode terkunci). Draf dapat ditarik panel atau dikembalikan komite; usulan yang sudah ditinjau dapat dikembalikan oleh yang menetapkan. Usulan yang ditarik atau dikembalikan selesai; panel dapat mengusulkan lagi.",
        "en": "PMK 38/2025 art. 21: the panel proposes (draft) → the talent committee reviews (reviewed) → the PPK or whom the agency names sets the period's boxes (set, the period is locked). The panel may withdraw a draft, the committee may return it; whoever sets may return a reviewed proposal. A withdrawn or returned proposal is closed; the panel may propose again.",
    },
    "calpage.flow.none": {
        "id": "Tidak ada usulan yang menunggu pada periode {period}.",
        "en": "No proposal is waiting in period {period}.",
    },
    "calpage.flow.count": {
        "id": "**{n} usulan menunggu**: draf {draft}, ditinjau {reviewed}. Belum dihitung pada tampilan Dikalibrasi.",
        "en": "**Proposals waiting: {n}** (draft {draft}, reviewed {reviewed}). Not counted in the Calibrated view.",
    },
    "calpage.flow.entry": {"id": "Usulan", "en": "Proposal"},
    "calpage.flow.pick": {"id": "Pilih usulan.", "en": "Choose a proposal."},
    "calpage.flow.note": {
        "id": "Catatan langkah (minimal satu kalimat)",
        "en": "Note for the step (at least one sentence)",
    },
    "calpage.flow.note_hint": {
        "id": "mis. Komite talenta setuju setelah membahas bukti kinerja.",
        "en": "e.g. The talent committee agrees after discussing the evidence.",
    },
    "calpage.flow.button.review": {"id": "Tinjau (setujui)", "en": "Review (approve)"},
    "calpage.flow.button.return": {"id": "Kembalikan", "en": "Return"},
    "calpage.flow.button.withdraw": {"id": "Tarik draf", "en": "Withdraw the draft"},
    "calpage.flow.done.review": {
        "id": "Usulan {entry} ditinjau komite talenta; menunggu penetapan.",
        "en": "Proposal {entry} reviewed by the talent committee; awaiting setting.",
    },
    "calpage.flow.done.return": {
        "id": "Usulan {entry} dikembalikan; tidak dihitung.",
        "en": "Proposal {entry} returned; not counted.",
    },
    "calpage.flow.done.withdraw": {
        "id": "Draf {entry} ditarik; tidak dihitung.",
        "en": "Draft {entry} withdrawn; not counted.",
    },
    "calpage.flow.reviewed_hint": {
        "id": "Sudah ditinjau: langkah berikutnya penetapan periode (di bawah) oleh PPK atau pejabat yang ditunjuk.",
        "en": "Reviewed: the next step is setting the period (below) by the PPK or whom the agency names.",
    },
    "calpage.flow.no_right": {
        "id": "Peran Anda tidak mencakup langkah ini: {step}.",
        "en": "Your role does not include this step: {step}.",
    },
    "calpage.col.lock_state": {"id": "Keadaan", "en": "State"},
    "calpage.kind.calibrate": {"id": "kalibrasi", "en": "calibration"},
    "calpage.kind.undo": {"id": "pembatalan", "en": "undo"},
    "calpage.undo.title": {
        "id": "Usulkan pembatalan kalibrasi yang sudah ditetapkan",
        "en": "Propose undoing a set calibration",
    },
    "calpage.undo.none": {
        "id": "Belum ada kalibrasi yang ditetapkan pada periode ini.",
        "en": "No set calibration in this period yet.",
    },
    "calpage.undo.entry": {"id": "Entri", "en": "Entry"},
    "calpage.undo.pick": {"id": "Pilih entri yang dibatalkan.", "en": "Choose the entry to undo."},
    "calpage.undo.submit": {
        "id": "Usulkan pembatalan (draf)",
        "en": "Propose the undo (draft)",
    },
    "calpage.undo.saved": {
        "id": "Pembatalan entri {entry} diusulkan sebagai draf (entri {new}); kotak sebelumnya berlaku kembali setelah ditetapkan.",
        "en": "Undoing entry {entry} proposed as a draft (entry {new}); the box before it applies again once set.",
    },
    "calpage.lock.title": {
        "id": "Tetapkan kotak periode {period}",
        "en": "Set the boxes of period {period}",
    },
    "calpage.lock.state_open": {
        "id": "Periode {period} belum ditetapkan. Menetapkan menjadikan {n} usulan yang sudah ditinjau berlaku dan mengunci periode (PMK 38/2025 pasal 21: forum menetapkan kembali kotak setelah pembahasan).",
        "en": "Period {period} is not set yet. Setting makes the reviewed proposals ({n}) count and locks the period (PMK 38/2025 art. 21: the forum sets the boxes again after discussion).",
    },
    "calpage.lock.state_locked": {
        "id": "Periode {period} sudah ditetapkan dan terkunci. Membuka kunci memerlukan alasan, hanya oleh yang berwenang menetapkan, dan tercatat.",
        "en": "Period {period} is set and locked. Unlocking needs a reason, only by whoever may set, and is recorded.",
    },
    "calpage.lock.lock": {
        "id": "Tetapkan dan kunci periode {period}",
        "en": "Set and lock period {period}",
    },
    "calpage.lock.unlock": {"id": "Buka kunci periode {period}", "en": "Unlock period {period}"},
    "calpage.lock.locked": {
        "id": "Periode {period} ditetapkan dan dikunci: {n} usulan kini berlaku.",
        "en": "Period {period} set and locked: proposals now counting: {n}.",
    },
    "calpage.lock.unlocked": {"id": "Kunci periode {period} dibuka.", "en": "Period {period} unlocked."},
    "calpage.lock.state.locked": {"id": "dikunci", "en": "locked"},
    "calpage.lock.state.open": {"id": "dibuka", "en": "unlocked"},
    "calpage.trail.title": {"id": "Jejak kalibrasi", "en": "Calibration trail"},
    "calpage.trail.caption": {
        "id": "Setiap usulan, langkah keputusan (draf, ditinjau, ditetapkan, ditarik, dikembalikan), pembatalan, penguncian dan pembukaan kunci adalah baris baru; tidak ada yang diubah atau dihapus.",
        "en": "Every proposal, decision step (draft, reviewed, set, withdrawn, returned), undo, lock and unlock is a new row; nothing is changed or deleted.",
    },
    "calpage.trail.all_periods": {"id": "Semua", "en": "All"},
    "calpage.trail.count": {"id": "**{n} entri**", "en": "**{n} entries**"},
    "calpage.trail.as_of_title": {
        "id": "Data saat keputusan dibuat",
        "en": "The data when the decision was made",
    },
    "calpage.trail.as_of": {
        "id": "lihat data saat itu (snapshot {snapshot})",
        "en": "see the data as it was (snapshot {snapshot})",
    },
    "calpage.trail.back": {"id": "dihitung ({box})", "en": "computed ({box})"},
    "calpage.trail.orphaned": {
        "id": "yatim: pegawai tidak ada lagi di data periode ini",
        "en": "orphaned: the employee is no longer in the period's data",
    },
    "calpage.trail.orphaned_note": {
        "id": "{n} entri yatim: pegawainya tidak ada lagi di data periode tersebut (mis. setelah impor ulang).",
        "en": "{n} orphaned entries: the employee is no longer in that period's data (e.g. after a re-import).",
    },
    "calpage.trail.empty": {
        "id": "Tidak ada entri pada saringan ini.",
        "en": "No entry matches these filters.",
    },
    "calpage.trail.download": {"id": "Unduh jejak (XLSX)", "en": "Download the trail (XLSX)"},
    "calpage.locks.title": {"id": "Jejak kunci periode", "en": "Period lock trail"},
    "calpage.locks.none": {"id": "Belum ada periode yang dikunci.", "en": "No period has been locked yet."},
}
