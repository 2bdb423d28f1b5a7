"""Beranda's last element: the browser fetches and runs, once it is idle, the scripts the next pages
draw with (plotly's charts, the data grid), so the page a user opens after Beranda does not wait
for them.

Streamlit loads each element's script when the first such element is drawn. Plotly's (4,7 MB) took
0,86 s of the browser's main thread in headless Chromium on a 2-core machine. Beranda draws neither
(its distribution is HTML, its quality table on demand) so its first figures come at once (issue 18);
without this, the nine-box page, a sidebar click after Beranda, paid those 0,86 s on top of its own
drawing. Here a script-only component (``st.components.v2``, our own code, no user data) imports the
same module files the elements import, once the page is drawn (the script run over, no element
waiting for its script) and the browser idle (``requestIdleCallback``). A module is run once per page
load, so the chart's own import finds it.

The files are Streamlit's built chunks (``<name>.<hash>.js`` in its static folder), found on disk.
When a Streamlit release names them differently, nothing is fetched and the pages load their
scripts as before; tests/e2e/test_prefetch.py fails on that release so the names are updated.
"""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st

CHUNKS = ("PlotlyChart", "DataFrame")  # the element scripts of the pages after Beranda
STATIC_JS = Path(st.__file__).parent / "static" / "static" / "js"

# Resolved against Streamlit's own entry script (index.<hash>.js), as its lazy imports are, so the
# module URL is the same one (also behind a proxy's path prefix).
_JS = """
export default function (component) {
  const files = (component.data && component.data.files) || [];
  if (window.__talentaPrefetched || files.length === 0) return;
  window.__talentaPrefetched = true;
  const entry = document.querySelector("script[type=module][src*='/static/js/index.']");
  if (!entry) return;
  const run = () => files.forEach((f) => import(new URL("./" + f, entry.src).href).catch(() => {}));
  // Not before the page is drawn: the script run over and no element still waiting for its script
  // (running plotly's takes the main thread for most of a second); then when the browser is idle.
  const drawn = () => {
    const app = document.querySelector("[data-testid=stApp]");
    return app && app.dataset.testScriptState === "notRunning" && !document.querySelector("[data-testid=stSkeleton]");
  };
  let waited = 0;
  const poll = window.setInterval(() => {
    waited += 100;
    if (!drawn() && waited < 20000) return;
    window.clearInterval(poll);
    if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: 2000 });
    else window.setTimeout(run, 200);
  }, 100);
}
"""


@functools.cache
def chunk_files() -> tuple[str, ...]:
    """The file names of CHUNKS in the installed Streamlit (each found exactly once), else none."""
    found = [sorted(STATIC_JS.glob(f"{name}.*.js")) for name in CHUNKS]
    if any(len(files) != 1 for files in found):
        return ()
    return tuple(files[0].name for files in found)


@functools.cache
def _component():  # type: ignore[no-untyped-def]  # registered once per process
    return st.components.v2.component("talenta_prefetch", js=_JS)


def element_scripts() -> None:
    """Mount the prefetch (no visible element) when the scripts are known."""
    files = chunk_files()
    if files:
        _component()(key="talenta_prefetch", data={"files": list(files)}, height=0)
