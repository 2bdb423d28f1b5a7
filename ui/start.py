"""`python -m ui.start [streamlit options]`: the app's server, as `streamlit run app.py`, with the app's
first work begun when the server starts instead of when the first browser arrives.

Streamlit runs nothing of the app until a session's first script run, which starts only once the
browser has loaded Streamlit's scripts (0,7-1 s in headless Chromium on a 2-core machine). Until then
the server waits. Here a background thread ("prestart") uses that time, as issue 18 asks ("prepare
the in-memory arrays when the server starts, before the first session asks"): it opens the default
store, which starts the warm-up of the newest period's nine-box arrays (ui/data.py ``warm_up``), and
imports what the first run imports (pandas, the router's and Beranda's modules, plotly's charts:
about 0,5 s of the first run otherwise). The first session then finds both done or under way: the
connection is one ``st.cache_resource`` per process under the same key (``str(db.db_path())``, as
``sidebar.data_source`` gives it), and an import under way is waited for, as between two sessions
(tests/test_import_threads.py).

Nothing changes in what the app shows: a store that cannot be opened is left for the first page to
explain (with its way forward), a missing default file for the first page to build (with its
progress), a lake is opened as the first page would open it. `make run`, scripts/serve-cluster.sh and
the first-view benches start the app this way; `streamlit run app.py` keeps working (without the
head start). Measured in the README's performance table (issue 18, session 10).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"
RUNTIME_WAIT = 60.0  # seconds to wait for Streamlit's runtime at most (then no head start)


def server_started(timeout: float = RUNTIME_WAIT) -> bool:
    """Wait until Streamlit's runtime has started, so the server's own start comes first."""
    from streamlit.runtime import Runtime, RuntimeState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL:
            return True
        time.sleep(0.02)
    return False


def prepare() -> None:
    """Open the default store (if it exists) and import what the first script run imports."""
    from analytics.core import db
    from ui import data

    store = db.db_path()
    if isinstance(store, db.StorePath) or store.is_file():
        # The first run's key (sidebar.data_source): the default store as a string. A problem here is
        # not cached; the first page meets it again and explains it.
        with contextlib.suppress(Exception):
            data.connection(str(store))  # starts the warm-up of the arrays: the longest part first
    # Then the rest of what the router and Beranda import.
    from analytics.ninebox import charts  # noqa: F401
    from ui import access, navigation, page, quality, sidebar  # noqa: F401


def _head_start() -> None:
    if server_started():
        prepare()


def main(argv: list[str] | None = None) -> None:
    """Start the head-start thread, then Streamlit's own `streamlit run app.py <argv>`."""
    from streamlit.web import cli

    threading.Thread(target=_head_start, name="prestart", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
