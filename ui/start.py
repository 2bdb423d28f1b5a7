"""`python -m ui.start [streamlit options]`: the app's server, as `streamlit run app.py`, with the app's
first work begun when the server starts instead of when the first browser arrives.

Streamlit runs nothing of the app until a session's first script run, which starts only once the
browser has loaded Streamlit's scripts (about 1 s in headless Chromium on a 2-core machine). Until
then the server waits. Here a background thread uses that second: it imports what the first run
imports (pandas, DuckDB, the app's core: about 1 s on a loaded machine) and opens the default
database, which starts the warm-up of the nine-box arrays (ui/data.py). The first session then finds
both done or under way (the connection is one ``st.cache_resource`` per process; an import under way
is waited for, as between two sessions: tests/test_import_threads.py).

Nothing changes in what the app shows: a database that cannot be opened is left for the first page to
explain (with its way forward), a missing default file for the first page to build (with its
progress), a lake is opened as the first page would open it. `make run` and scripts/serve-cluster.sh
start the app this way; `streamlit run app.py` keeps working (only the head start is missing).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"


def server_started(timeout: float = 60.0) -> bool:
    """Wait until Streamlit's runtime has started (its own start is not slowed by this thread: the
    threads of one process take turns)."""
    from streamlit.runtime import Runtime, RuntimeState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL:
            return True
        time.sleep(0.02)
    return False


def prepare() -> None:
    """Once the server is up: import what the first script run imports and open the default store (if
    it exists)."""
    if not server_started():
        return
    from analytics.core import db
    from ui import data

    store = db.db_path()
    if isinstance(store, db.StorePath) or store.is_file():
        # The same key as the first run's (sidebar.data_source): the default store as a string. What
        # goes wrong here is not cached and meets the first page, which explains it.
        with contextlib.suppress(Exception):
            data.connection(str(store))  # starts the warm-up of the arrays: the longest part first
    # Then the rest of what the router and Beranda import (plotly with the charts).
    from analytics.ninebox import charts  # noqa: F401
    from ui import access, navigation, page, quality, sidebar  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    """Start the head-start thread, then Streamlit's own `streamlit run app.py <argv>`."""
    from streamlit.web import cli

    threading.Thread(target=prepare, name="prestart", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
