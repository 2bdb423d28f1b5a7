"""The evidence pack's buttons (*bukti dukung*, the 2026 merit evaluation; analytics.core.evidence).

On the talent page, beside the instansi it is about: the pack is one instansi and period, and most of
it is that page's matter (the mapping, the talent pool, the successors). The files are built only when
a button is pressed (deferred ``data``), inside the reader's scope, and every download goes through
the audited download button (ui.access). Named successors are offered only to readers with row rights,
as initials and masked NIPs in meeting mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics.core import evidence
from ui.data import connection
from ui.state import tr

if TYPE_CHECKING:
    from ui.page import Page

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def pack_buttons(page: Page, instansi: str) -> None:
    """The heading, what the pack holds, the named-successors choice (row rights only) and the PDF
    and XLSX downloads of ``instansi`` in the page's period."""
    from ui import access, talent

    st.subheader(tr("evidence.ui.heading", instansi=instansi))
    st.caption(tr("evidence.ui.caption", period=page.period))
    names = access.may("rows") and st.checkbox(tr("evidence.ui.names"), key="evidence_names")
    # plain values for the deferred builds, which run outside the script thread
    path, period, lang, masked = page.path, page.period, page.lang, page.meeting
    scope, rules = access.current().scope, talent.rules(page.path)

    def pack() -> evidence.Pack:
        return evidence.evidence_pack(
            connection(path), instansi, period, rules=rules, lang=lang, scope=scope, names=bool(names),
            masked=masked,
        )  # fmt: skip

    c1, c2, _ = st.columns([1, 1, 2])
    c1.download_button(
        tr("evidence.ui.pdf"), data=lambda: evidence.pack_pdf(pack()), file_name=evidence.file_name(instansi, period, "pdf"),
        mime="application/pdf", key="evidence_pdf", icon=":material/picture_as_pdf:",
    )  # fmt: skip
    c2.download_button(
        tr("evidence.ui.xlsx"), data=lambda: evidence.pack_xlsx(pack()), file_name=evidence.file_name(instansi, period, "xlsx"),
        mime=XLSX_MIME, key="evidence_xlsx", icon=":material/table:",
    )  # fmt: skip
