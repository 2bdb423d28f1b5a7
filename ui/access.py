"""Sign-in (Streamlit's OpenID Connect: st.login / st.user), the session's grant, and the audit of
every view and download of individuals. The rules themselves are in analytics/access.py.

Local (loopback) apps have no sign-in: the local user holds ``access.LOCAL_GRANT`` (every right). A
served app with ``[auth]`` in its secrets asks everyone to sign in, looks the identity's grant up in
the deployment's database on every run (a revoked grant ends access at the next run), and shows a
no-access page to an identity without one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from analytics import access, db
from analytics.access import Grant
from analytics.serving import Deployment
from ui.state import tr

log = logging.getLogger(__name__)
GRANT_KEY = "_access_grant"  # set by app.py on every run; no widget has this key
_SIGNIN_RECORDED = "_access_signin_recorded"
_VIEWS_RECORDED = "_access_views_recorded"


def current() -> Grant:
    """The grant of this run's user: the signed-in identity's, or the local user's on a local app."""
    value = st.session_state.get(GRANT_KEY)
    return value if isinstance(value, Grant) else access.LOCAL_GRANT


def signin_required(dep: Deployment) -> bool:
    """A served app with sign-in configured asks everyone to sign in."""
    return dep.served and dep.signin_configured


def identify(dep: Deployment) -> Grant | None:
    """The grant of this run, or None after drawing the sign-in, no-access or missing-claims page."""
    if not signin_required(dep):
        st.session_state[GRANT_KEY] = access.LOCAL_GRANT if dep.local else _workshop_grant()
        return current()
    st.session_state.pop(GRANT_KEY, None)
    if not st.user.is_logged_in:
        _signin_page()
        return None
    sub, email = _claim("sub"), _claim("email")
    if not sub and not email:
        st.error(tr("access.missing_claims"), icon=":material/error:")
        st.button(tr("access.signout"), on_click=st.logout, key="access_signout")
        return None
    from ui import data

    con = data.connection(str(db.db_path()))  # grants live in the deployment's database
    grant = access.grant_for(con, [sub, email])
    if grant is None:
        _record_once(con, Grant(email or sub, "-"), "denied", "no grant")
        _no_access_page(email or sub, access.admins(con))
        return None
    st.session_state[GRANT_KEY] = grant
    _record_once(con, grant, "signin", "sign-in")
    return grant


def _workshop_grant() -> Grant:
    """A served app without sign-in (refused for real data by ui.serving): the workshop's trainer view."""
    return Grant("workshop", "trainer", access.NATIONAL)


def _claim(name: str) -> str | None:
    value = st.user.get(name)
    return str(value).strip() or None if value else None


def _record_once(con: Any, grant: Grant, action: str, what: str) -> None:
    key = (grant.identity, action)
    if st.session_state.get(_SIGNIN_RECORDED) == key:
        return
    access.record(con, grant, action, what)
    st.session_state[_SIGNIN_RECORDED] = key


def _signin_page() -> None:
    st.title(tr("app.title"))
    st.markdown(tr("access.signin.body"))
    st.button(tr("access.signin.button"), on_click=st.login, type="primary", key="access_signin")


def _no_access_page(identity: str, admins: list[str]) -> None:
    from ui.state import plain

    st.title(tr("access.none.title"))
    st.warning(tr("access.none.body", identity=plain(identity)), icon=":material/block:")
    ask = ", ".join(plain(a) for a in admins) if admins else tr("access.none.no_admin")
    st.markdown(tr("access.none.ask", admins=ask))
    st.button(tr("access.signout"), on_click=st.logout, key="access_signout")


def sidebar_identity(grant: Grant) -> None:
    """Who is signed in, with which role and scope, and the sign-out button (signed-in users only)."""
    if grant.identity in (access.LOCAL_IDENTITY, "workshop"):
        return
    st.sidebar.caption(
        tr(
            "access.sidebar.who",
            identity=grant.identity,
            role=tr(f"access.role.{grant.role}"),
            scope=scope_text(grant),
        )
    )
    st.sidebar.button(tr("access.signout"), on_click=st.logout, key="access_signout_sidebar")


def scope_text(grant: Grant) -> str:
    """The scope in words, in the UI language."""
    if grant.scope.national:
        return tr("access.scope.national")
    return f"{tr(f'filter.{grant.scope.kind}')}: {', '.join(grant.scope.values)}"


# --- rights on a page ---------------------------------------------------------------------------------


def may(right: str) -> bool:
    """True when this run's user holds ``right`` (access.RIGHTS)."""
    return current().can(right)


def show_people(what: str, n_rows: int) -> bool:
    """Before a list of individuals is drawn: False (after a note) when the user has no row rights;
    otherwise the view is recorded in the audit trail (once per session for the same list) and True."""
    grant = current()
    if not grant.can("rows"):
        st.info(tr("access.no_rows"), icon=":material/visibility_off:")
        return False
    recorded: set[tuple[str, int]] = st.session_state.setdefault(_VIEWS_RECORDED, set())
    key = (what, int(n_rows))
    if key not in recorded and grant.identity not in ("workshop", access.LOCAL_IDENTITY):
        path = st.session_state.get("db_path")
        if path:
            _record(path, grant, "view", what, n_rows)
        recorded.add(key)
    return True


def audited_download(build: Callable[[], bytes], what: str, n_rows: int | None) -> Callable[[], bytes]:
    """``build`` for st.download_button's deferred data, recording the download when it is made."""
    grant = current()
    path = st.session_state.get("db_path")

    def run() -> bytes:
        payload = build()
        if path and grant.identity != "workshop":
            _record(path, grant, "export", what, n_rows)
        return payload

    return run


def record(action: str, what: str, n_rows: int | None = None, detail: str | None = None) -> None:
    """Append this run's user's action to the audit trail (imports, calibrations ...)."""
    path = st.session_state.get("db_path")
    if path:
        _record(path, current(), action, what, n_rows, detail)


def _record(
    path: str, grant: Grant, action: str, what: str, n_rows: int | None, detail: str | None = None
) -> None:
    from ui import data

    try:
        access.record(data.connection(path), grant, action, what, n_rows=n_rows, detail=detail)
    except Exception:  # a local, read-only or busy file: say so in the log; served files are writable
        log.exception("audit entry not written: %s %s %s", grant.identity, action, what)
        if grant.identity != access.LOCAL_IDENTITY:
            raise


def rows_in(frame: pd.DataFrame | None) -> int:
    """The number of rows of a frame (0 for None)."""
    return 0 if frame is None else len(frame)
