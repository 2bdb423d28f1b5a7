"""Many sessions of a cold app process import the same modules at the same moment (Streamlit runs
every session's script in a thread of one process). Seen once by the cluster bench (issue 16): 11
sessions opening the Data page of a cold process got ``deadlock detected by
_ModuleLock('analytics.ingest.columns')``.

Python takes a module's lock before it imports the module's package, so a thread importing a
package's submodule directly (``from analytics.ingest.columns import ...``) holds the submodule's
lock while it waits for the package, and a thread importing the package (``from analytics import
ingest``, as ui/data.py does) holds the package's lock while its ``__init__`` waits for that
submodule: each waits for the other. The window is the time it takes to find the package, short
on an idle machine; here a package takes 0,5 s to load (a loaded machine, a cold disk), so a
lock order that can deadlock does deadlock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the Data page imports inside its functions (ui/data.py, ui/upload.py) and what the other pages
# of a cold process import at the same time (the talent page, the evidence pack, the lake).
MODULES = [
    "analytics.ingest",
    "analytics.ingest.templates",
    "analytics.ingest.positions",
    "analytics.talent.succession",
    "analytics.core.evidence",
    "analytics.core.export",
    "analytics.core.overview",
    "analytics.core.lake",
    "analytics.ninebox.arrays",
    "ui.data",
    "ui.upload",
    "ui.tables",
    "ui.access",
    "ui.serving",
    "ui.talent",
    "ui.ninebox",  # the warm-up's imports (ui/data.py PRELOAD) while a page imports it
    "analytics.ninebox.charts",  # the head start's imports (ui/start.py) while a first session's run
    "ui.quality",
    "ui.page",
    "ui.navigation",
    "ui.sidebar",
]

PROBE = """
import importlib, importlib.abc, importlib.machinery, json, sys, threading, time

class SlowPackages(importlib.abc.MetaPathFinder):
    # A package of ours takes 0,5 s from its lock to its entry in sys.modules (the loader's
    # create_module; finders run under the global import lock, loaders do not): the window in which
    # a lock order can deadlock.
    def find_spec(self, name, path=None, target=None):
        if not name.startswith(("analytics.", "ui.")):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.submodule_search_locations is not None:
            real = spec.loader.create_module

            def create_module(spec, real=real):
                time.sleep(0.5)
                return real(spec)

            spec.loader.create_module = create_module
        return spec

import duckdb, numpy, pandas, pyarrow, pyarrow.compute, streamlit  # the heavy third-party ones first
import analytics.core.db, analytics.labels
# The packages with nothing in their __init__ are loaded too: what is left to find is the modules and
# the packages whose __init__ imports modules of their own (analytics.ingest).
import analytics.demo, analytics.merit, analytics.ninebox, analytics.talent, analytics.whatif, ui

sys.meta_path.insert(0, SlowPackages())
modules = json.loads(sys.argv[1])
errors = []
barrier = threading.Barrier(16)

def run(i):
    order = modules[i // 2:] + modules[: i // 2]  # each thread its own order
    if i % 2:
        order.reverse()
    barrier.wait()
    time.sleep(0.1 * (i % 4))  # staggered starts: one thread is finding a package while others arrive
    for name in order:
        try:
            importlib.import_module(name)
        except Exception as exc:
            errors.append(f"{name}: {type(exc).__name__}: {exc}")

threads = [threading.Thread(target=run, args=(i,)) for i in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps({"errors": errors, "loaded": [m for m in modules if m in sys.modules]}))
"""


def test_sixteen_threads_import_the_data_pages_modules_at_once_without_a_deadlock() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(MODULES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["loaded"] == MODULES  # every module really was imported
