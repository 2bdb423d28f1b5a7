"""End-to-end harness: the real ``streamlit run`` in a subprocess, driven by Playwright in Chromium.

As Streamlit tests itself (streamlit/streamlit e2e_playwright/conftest.py): start the server, poll
``/_stcore/health``, then wait until the script run is over before looking at the page. The browser
is Debian's chromium (``playwright install`` cannot download here; ``make test`` apt-installs it).

Environment: ``APP_FILE`` (default ``app.py``, relative to the repo root) picks the script to serve;
``CHROMIUM`` (default ``/usr/bin/chromium``) the browser executable.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
STARTUP_TIMEOUT_S = 60.0
# A first start builds the demo database before the first script run ends.
APP_RUN_TIMEOUT_MS = 90_000

_SERVER_LOG = pytest.StashKey[Path]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test in this folder is an e2e test, marked or not."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """Attach the server's log to the report of a failed e2e test."""
    report = yield
    log = item.config.stash.get(_SERVER_LOG, None)
    if report.failed and log is not None and log.exists() and item.get_closest_marker("e2e"):
        report.sections.append(("streamlit server log", _tail(log)))
    return report


def _tail(log: Path, lines: int = 200) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return bool(resp.status == 200 and resp.read().strip() == b"ok")
    except (urllib.error.URLError, OSError):
        return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (it was started in its own session), then SIGKILL."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


@contextlib.contextmanager
def streamlit_server(
    workdir: Path,
    *,
    env: dict[str, str] | None = None,
    address: str = "127.0.0.1",
    cwd: Path = ROOT,
    port: int | None = None,
    args: tuple[str, ...] = (),
    launcher: bool = False,
) -> Iterator[tuple[str, Path]]:
    """``streamlit run APP_FILE`` on a free port bound to ``address``; yields (url, log file).

    ``launcher``: started as `make run` starts it, ``python -m ui.start`` (app.py with the head start).

    ``env`` adds to the environment (TALENTA_DB defaults to a fresh file in ``workdir``). The URL always
    uses 127.0.0.1, which reaches a server bound to 0.0.0.0 as well.
    """
    app_file = ROOT / os.environ.get("APP_FILE", "app.py")  # an absolute APP_FILE wins over ROOT
    if not app_file.is_file():
        pytest.fail(f"no app to serve: {app_file} does not exist (set APP_FILE?)", pytrace=False)
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / f"streamlit-{port}.log"
    full_env = {
        **os.environ,
        "TALENTA_DB": str(workdir / "talenta.duckdb"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    start = ["ui.start"] if launcher else ["streamlit", "run", str(app_file)]
    cmd = [
        sys.executable, "-m", *start,
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", address,
        "--browser.gatherUsageStats", "false",
        *args,
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=full_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _healthy(url):
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{_tail(log)}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit not healthy after {STARTUP_TIMEOUT_S:.0f} s:\n{_tail(log)}", pytrace=False
                )
            time.sleep(0.25)
        yield url, log
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def app_server(pytestconfig: pytest.Config) -> Iterator[str]:
    """Base URL of ``streamlit run APP_FILE`` on a free port, over a fresh DuckDB file in a temp dir."""
    with tempfile.TemporaryDirectory(prefix="talenta-e2e-") as tmp:
        with streamlit_server(Path(tmp)) as (url, log):
            pytestconfig.stash[_SERVER_LOG] = log
            try:
                yield url
            finally:
                del pytestconfig.stash[_SERVER_LOG]


def free_port() -> int:
    """A free TCP port on loopback (for servers whose address must be known before they start)."""
    return _free_port()


@pytest.fixture(name="free_port", scope="session")
def _free_port_fixture() -> Callable[[], int]:
    return free_port


@pytest.fixture(name="streamlit_server", scope="session")
def _streamlit_server_fixture() -> Callable[..., Any]:
    """The server starter as a fixture (test modules cannot import a conftest by name)."""
    return streamlit_server


@pytest.fixture(scope="session")
def base_url(app_server: str) -> str:
    """pytest-playwright's base URL, so ``page.goto("/")`` opens the app."""
    return app_server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's chromium instead of a Playwright-downloaded browser."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} not found: run `make test` (it apt-installs chromium)", pytrace=False)
    return {
        "headless": True,
        **browser_type_launch_args,  # --headed still wins
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A tall window so screenshots show whole pages (Streamlit scrolls inside its main block)."""
    return {**browser_context_args, "viewport": {"width": 1440, "height": 2000}}


def wait_for_app(page: Page, timeout: float = APP_RUN_TIMEOUT_MS) -> None:
    """Wait until the script run is over, then fail if the app shows an exception.

    As streamlit/streamlit's ``wait_for_app_run``: the websocket is connected, the script state has
    gone initial -> running -> notRunning, and no element skeleton is left.
    """
    for state in ("data-test-connection-state='CONNECTED'", "data-test-script-state='notRunning'"):
        page.wait_for_selector(f"[data-testid='stApp'][{state}]", state="attached", timeout=timeout)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)
    exceptions = page.locator("[data-testid='stException']")
    if exceptions.count():
        raise AssertionError(f"the app shows an exception:\n{exceptions.first.inner_text()}")


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as artifacts/screenshots/NAME.png and return its path."""
    if not re.fullmatch(r"[\w.-]+", name):
        raise ValueError(f"screenshot name must be a plain file name: {name!r}")
    path = SCREENSHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


# The helpers as fixtures too: test modules cannot import a conftest by name.
@pytest.fixture(name="wait_for_app")
def _wait_for_app_fixture() -> Callable[..., None]:
    return wait_for_app


@pytest.fixture(name="screenshot")
def _screenshot_fixture() -> Callable[[Page, str], Path]:
    return screenshot


@pytest.fixture(name="open_page")
def _open_page_fixture(app_server: str) -> Callable[[Page, str], None]:
    """Open a page of the shared server by its path (e.g. "ninebox?rapat=1"): first the root, because a
    fresh server learns its pages from the router's first run, then the page itself."""

    def open_page(page: Page, path: str) -> None:
        page.goto(app_server)
        wait_for_app(page)
        page.goto(f"{app_server}/{path}")
        wait_for_app(page)

    return open_page
