"""The deployment as the UI sees it: local or served (analytics.core.serving), read once per run."""

from __future__ import annotations

import logging

import streamlit as st

from analytics.core import serving
from analytics.core.serving import Deployment

log = logging.getLogger(__name__)


def signin_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has an ``[auth]`` section (OpenID Connect for st.login)."""
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all: sign-in is simply not configured
        return False


def current() -> Deployment:
    """This server's deployment: its bind address (server.address), TALENTA_SERVED/_DATA_DIR, sign-in."""
    return serving.deployment(st.get_option("server.address"), signin_configured=signin_configured())


@st.cache_data(show_spinner=False)
def holds_real_data(path: str) -> bool:
    """serving.holds_real_data of the file (cached until the next import clears the caches)."""
    from ui import data

    return serving.holds_real_data(data.connection(path))


def refused(path: str, dep: Deployment) -> bool:
    """Show why this server will not serve ``path`` and return True, or return False when it may."""
    if not dep.served or dep.signin_configured or not holds_real_data(path):
        return False
    log.warning(
        "refusing to serve %s: it holds imported data, the server listens beyond loopback and "
        "sign-in is not configured (.streamlit/secrets.toml [auth]); see README 'Serving an agency'",
        path,
    )
    from ui.state import tr

    st.error(tr("serving.refused.title"), icon=":material/lock:")
    st.markdown(tr("serving.refused.body"))
    return True


def imports_allowed(dep: Deployment) -> bool:
    """Local: yes. Served: only with sign-in configured (a served demo never takes real data in)."""
    return dep.local or dep.signin_configured
