"""Akses & jejak audit (admin only): who may see what, and the append-only record of who saw what."""

import streamlit as st

from ui import access
from ui.page import open_page
from ui.state import tr


def no_right() -> None:
    """Without a database the page has nothing to administer: the same note as for a user without the right."""
    st.info(tr("access.no_right"), icon=":material/block:")


# The router hides this page from everyone but admins; a deep link stops here too.
page = open_page("nav.access", "access.page.caption", right="admin", without_database=no_right)
access.grants_section(page)  # who may see what: grant, revoke
access.audit_section(page)  # who saw what: the append-only trail
