"""Sign-in (Streamlit's OpenID Connect: st.login / st.user), the session's grant, and the audit of
every view and download of individuals. The rules themselves are in analytics/access.py.

Local (loopback) apps have no sign-in: the local user holds ``access.LOCAL_GRANT`` (every right). A
served app with ``[auth]`` in its secrets asks everyone to sign in, looks the identity's grant up in
the deployment's database on every run (a revoked grant ends access at the next run), and shows a
no-access page to an identity without one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from analytics.core import access, db
from analytics.core.access import Grant
from analytics.core.serving import Deployment
from ui.state import tr

if TYPE_CHECKING:
    from ui.page import Page

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
    if not sub and not email:  # no identity at all: nothing to look a grant up by
        st.error(tr("access.missing_claims"), icon=":material/error:")
        st.button(tr("access.signout"), on_click=st.logout, key="access_signout")
        return None
    from ui import data

    con = data.connection(str(db.db_path()))  # grants live in the deployment's database
    grant = access.grant_for(con, [sub, email])
    if grant is None:
        _record_once(con, Grant(email or sub or "?", "-"), "denied", "no grant")
        if not email:  # grants are usually given by e-mail: say that the provider sent none
            st.error(tr("access.missing_email"), icon=":material/error:")
        _no_access_page(email or sub or "?", access.admins(con))
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


# --- every download is recorded ----------------------------------------------------------------------

_ORIGINAL_DOWNLOAD = st.delta_generator.DeltaGenerator.download_button


def install_download_audit() -> None:
    """Make every st.download_button (in pages, columns, exports) record its download in the audit
    trail when it is made: what (the file name), how many rows, who. Called by app.py on every run."""
    dg = st.delta_generator.DeltaGenerator
    if getattr(dg.download_button, "_audited", False):
        return

    def download_button(
        self: Any, label: str, data: Any, file_name: str | None = None, *args: Any, **kwargs: Any
    ) -> Any:
        return _ORIGINAL_DOWNLOAD(self, label, _audited(data, file_name or label), file_name, *args, **kwargs)

    download_button._audited = True  # type: ignore[attr-defined]
    dg.download_button = download_button  # type: ignore[method-assign]
    st.download_button = st._main.download_button  # st.download_button was bound before the patch


def _audited(data: Any, what: str) -> Any:
    grant = current()
    path = st.session_state.get("db_path")
    if not path or grant.identity == "workshop":
        return data
    from ui import data as ui_data

    con = ui_data.connection(path)  # taken here, in the script thread; the download runs later

    def run() -> Any:
        payload = data() if callable(data) else data
        try:
            access.record(con, grant, "export", what, n_rows=_rows_in(payload, what))
        except Exception:
            log.exception("audit entry not written: %s export %s", grant.identity, what)
            if grant.identity != access.LOCAL_IDENTITY:
                raise
        return payload

    return run


def _rows_in(payload: Any, file_name: str) -> int | None:
    """Data rows of a CSV or XLSX download (header rows not counted); None for charts and decks."""
    name = file_name.lower()
    try:
        if name.endswith(".csv"):
            text = payload.decode("utf-8-sig") if isinstance(payload, bytes) else str(payload)
            return max(0, len(text.strip().splitlines()) - 1)
        if name.endswith(".xlsx"):
            import io

            import openpyxl

            book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True)
            return sum(max(0, (ws.max_row or 1) - 1) for ws in book.worksheets)
    except Exception:  # noqa: BLE001 - the count is informative; the entry is written regardless
        return None
    return None


def rows_outside_scope(rows: pd.DataFrame, limit: int = 10) -> str:
    """The spreadsheet rows of an upload that lie outside the user's scope ('' when none), e.g. '3, 7'."""
    scope = current().scope
    if scope.national or rows.empty or scope.kind not in rows.columns:
        return ""
    outside = rows[~rows[scope.kind].isin(scope.values)]
    if outside.empty:
        return ""
    numbers = [str(int(r)) for r in outside.get("_row", outside.index)[:limit]]
    return ", ".join(numbers) + (" …" if len(outside) > limit else "")


# --- the access page (app_pages/access.py) -------------------------------------------------------------


def grants_section(page: Page) -> None:
    """Who may see what: the grants, the form that grants one, and the revoke button."""
    from ui import data, tables

    L, con = page.lang, data.connection(page.path)
    st.subheader(tr("access.page.grants"))
    grants = access.grants(con)
    st.dataframe(
        tables.sortable(
            pd.DataFrame(
                {
                    tr("access.col.identity"): [g.identity for g in grants],
                    tr("access.col.role"): [tr(f"access.role.{g.role}") for g in grants],
                    tr("access.col.scope"): [scope_text(g) for g in grants],
                    tr("access.col.rows"): [tr("common.yes") if g.can("rows") else "–" for g in grants],
                }
            ),
            L,
        ),
        hide_index=True,
        width="stretch",
    )
    with st.form("access_grant_form", clear_on_submit=True):
        st.markdown(f"**{tr('access.page.grant')}**")
        c1, c2 = st.columns(2)
        identity = c1.text_input(tr("access.col.identity"), placeholder="nama@instansi.go.id")
        role = c2.selectbox(
            tr("access.col.role"), options=access.ROLES, format_func=lambda r: tr(f"access.role.{r}")
        )
        kind = c1.radio(
            tr("access.col.scope"), options=access.SCOPE_KINDS, horizontal=True,
            format_func=lambda k: tr("access.scope.national") if k == "national" else tr(f"filter.{k}"),
        )  # fmt: skip
        values = c2.multiselect(
            tr("access.page.scope_values"),
            options=sorted(
                {
                    *data.filter_options(page.path, "instansi", access.Filters()),
                    *data.filter_options(page.path, "provinsi", access.Filters()),
                }
            ),
        )
        row_rights = st.checkbox(tr("access.page.rows"))
        if st.form_submit_button(tr("access.page.grant"), type="primary"):
            try:
                scope = access.Scope(
                    kind, () if kind == "national" else tuple(values[:1] if kind == "provinsi" else values)
                )
                access.grant(con, identity, role, scope, by=current().identity, row_rights=row_rights)
                st.success(tr("access.page.granted", identity=identity))
                st.rerun()
            except access.AccessRefused as exc:
                st.error(tr("access.page.refused", reason=str(exc)))
    if grants:
        r1, r2 = st.columns([3, 1])
        who = r1.selectbox(
            tr("access.page.revoke_who"), options=[g.identity for g in grants], key="access_revoke_who"
        )
        if r2.button(tr("access.page.revoke"), key="access_revoke"):
            access.revoke(con, who, by=current().identity)
            st.rerun()


def audit_section(page: Page) -> None:
    """The audit trail: filtered by person and dates, as a table and a CSV."""
    from analytics.core.export import to_csv
    from ui import data, tables

    st.subheader(tr("access.page.audit"))
    st.caption(tr("access.page.audit_caption"))
    f1, f2, f3 = st.columns([2, 1, 1])
    person = f1.text_input(tr("access.page.person"), key="audit_person")
    today = dt.date.today()
    since = f2.date_input(tr("access.page.since"), value=today - dt.timedelta(days=30), format="DD/MM/YYYY")
    until = f3.date_input(tr("access.page.until"), value=today, format="DD/MM/YYYY")
    rows = access.audit_trail(data.connection(page.path), identity=person or None, since=since, until=until)
    trail = pd.DataFrame(rows, columns=list(access.AUDIT_COLUMNS))
    trail["logged_at"] = pd.to_datetime(trail["logged_at"]).dt.strftime("%d/%m/%Y %H:%M:%S")
    shown = trail.astype(object).where(trail.notna(), "–").rename(columns=lambda c: tr(f"access.audit.{c}"))
    st.dataframe(
        tables.sortable(shown, page.lang), hide_index=True, width="stretch",
        height=min(560, 38 + 35 * max(len(shown), 1)),
    )  # fmt: skip
    st.download_button(
        tr("access.page.audit_download"), data=to_csv(trail), file_name=f"jejak_audit_{today:%Y%m%d}.csv",
        mime="text/csv", key="audit_download",
    )  # fmt: skip
