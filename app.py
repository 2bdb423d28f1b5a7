"""Dasbor Talenta & Sistem Merit ASN: the router. Pages hold no business rules."""

import streamlit as st

from ui import access, data, serving, sidebar, urlstate
from ui.navigation import PAGES
from ui.state import tr

st.set_page_config(page_title="Dasbor Talenta ASN", page_icon=":material/grid_view:", layout="wide")

sidebar.filters_from_url()
sidebar.keep_across_pages()
sidebar.language_switch()
deployment = serving.current()  # local (loopback, the default) or served: analytics/serving.py
grant = access.identify(deployment)  # local user, or the signed-in identity's grant (ui/access.py)
navigation = st.navigation(
    [
        st.Page(p.file, title=tr(f"nav.{p.key}"), icon=p.icon, url_path=p.url, default=i == 0)
        for i, p in enumerate(PAGES)
        if p.right is None or (grant is not None and grant.can(p.right))
    ],
    position="sidebar" if grant is not None else "hidden",
)
if grant is None:  # the sign-in, no-access or missing-claims page was drawn instead
    st.stop()
access.sidebar_identity(grant)
access.install_download_audit()  # every download (what, rows, who) goes to the audit trail
sidebar.meeting_switch()
admin = grant.can("admin")
st.session_state["db_path"] = path = sidebar.data_source(deployment, admin=admin)
try:
    if path:
        # A missing, held, damaged or outdated file: the message and the way forward instead of the page.
        if not data.database_ready(
            path,
            default=st.session_state.get("source") != "custom",
            may_move_aside=deployment.may_move_aside(path, admin=admin),
            within=deployment.data_dir if deployment.served else None,
        ):
            st.stop()
        if serving.refused(path, deployment):  # real data on the network without sign-in: never
            st.stop()
        if grant.demo_only and deployment.served and serving.holds_real_data(path):
            st.warning(tr("access.trainer_demo_only"), icon=":material/school:")
            st.stop()
        sidebar.population_filters(path)
    navigation.run()
finally:  # also after st.stop(): the link keeps the language, ?rapat=1, the period and the filters
    sidebar.meeting_to_url()
    sidebar.snapshot_to_url()
    urlstate.sidebar_to_url(getattr(navigation, "url_path", None))
    data.page_drawn()  # the warm-up's work for other pages may start (ui/data.py warm_up)
