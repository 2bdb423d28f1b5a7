"""The file uploader in the UI's language.

Streamlit's uploader writes its own English ('Upload', '200MB per file • XLSX, …') and has no
parameter to translate it. So its own instructions and button text are hidden with a fixed CSS string
(the upload icon stays, the box still takes a dropped file) and our label and caption, from the labels
table, say what to do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from ui.state import tr

# A fixed string, never user input (tests/test_hostile.py allows UPPER_CASE constants as markup).
UPLOADER_CSS = """
<style>
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] { display: none; }
</style>
"""


def file_uploader(label: str, types: Sequence[str], *, key: str, help: str | None = None) -> Any:
    """st.file_uploader limited to ``types`` (only the extensions the import accepts), with its built-in
    English hidden and a caption in the UI's language naming the accepted types."""
    st.markdown(UPLOADER_CSS, unsafe_allow_html=True)
    upload = st.file_uploader(label, type=list(types), help=help, key=key)
    st.caption(tr("upload.how", types=", ".join(types)))
    return upload
