"""A PostgreSQL server of the tests' own (Debian's postgresql package) for the DuckLake tests.

Started once per test session on a free loopback port, in a temporary folder, and stopped at the
end. Missing binaries fail the tests with the way forward (``.ci/run`` installs them); nothing is
skipped. As root the server runs as the ``postgres`` user (PostgreSQL refuses root).

``serve_cluster`` runs scripts/serve-cluster.sh (PostgreSQL, N app processes, HAProxy) for
tests/e2e/test_cluster.py and bench/bench_cluster.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


def pg_bin(name: str) -> str | None:
    """The path of a PostgreSQL server binary: on PATH, else Debian's /usr/lib/postgresql/<v>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """initdb + pg_ctl on 127.0.0.1:<port>, trust authentication for the loopback only."""

    def __init__(self) -> None:
        missing = [b for b in ("initdb", "pg_ctl", "createdb") if pg_bin(b) is None]
        if missing:
            raise RuntimeError(
                f"PostgreSQL server binaries missing ({', '.join(missing)}): "
                "install Debian's postgresql package (apt-get install -y postgresql; .ci/run does it)"
            )
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="talenta-pg-"))
        self.data = self.root / "pgdata"
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
        self._count = 0

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        argv = ["runuser", "-u", "postgres", "--", *cmd] if self.as_postgres else list(cmd)
        return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=120)

    def init(self) -> PostgresServer:
        self._run(str(pg_bin("initdb")), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        return self.start()

    def start(self) -> PostgresServer:
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run(
            str(pg_bin("pg_ctl")),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )
        return self

    def stop(self) -> None:
        self._run(str(pg_bin("pg_ctl")), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str | None = None) -> str:
        """A new, empty database for one lake; returns its name."""
        self._count += 1
        name = name or f"lake_{os.getpid()}_{self._count}"
        subprocess.run(
            [str(pg_bin("createdb")), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        return name

    def spec(self, dbname: str) -> str:
        """The TALENTA_STORE address of a lake whose catalog is ``dbname``."""
        return f"ducklake:postgres:dbname={dbname} host=127.0.0.1 port={self.port} user=postgres"

    def destroy(self) -> None:
        try:
            self.stop()
        except subprocess.SubprocessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def wait_until(check, timeout: float = 30.0, step: float = 0.1):  # type: ignore[no-untyped-def]
    """Poll ``check()`` until it returns something truthy; returns that value or raises TimeoutError."""
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError("condition not met in time")
        time.sleep(step)


def table_fingerprints(path: str | Path, exclude: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
    """table -> (row count, sum of row hashes) of a DuckDB file, computed here independently."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main'"
            ).fetchall()
        ]
        out = {}
        for name in names:
            if name in exclude:
                continue
            row = con.execute(
                f'select count(*), coalesce(sum(hash(x)::hugeint), 0) from "{name}" as x'  # noqa: S608
            ).fetchall()[0]
            out[name] = (int(row[0]), int(row[1]))
        return out
    finally:
        con.close()


@dataclass(frozen=True)
class Cluster:
    """A running scripts/serve-cluster.sh: the balancer's address, its folder (pgdata/, logs/), the
    PostgreSQL port and each app process's own address."""

    url: str
    folder: Path
    pg_port: int
    apps: list[str]


@contextlib.contextmanager
def serve_cluster(n: int, timeout: float = 300, **settings: str) -> Iterator[Cluster]:
    """`scripts/serve-cluster.sh n` in a fresh folder on free loopback ports, once it says it serves;
    ``settings`` are more of its environment (SEED_DB, DEMO_EMPLOYEES). Everything is stopped after."""
    # not under a 0700 temp root of pytest's: as root, PostgreSQL runs as the postgres user
    folder = Path(tempfile.mkdtemp(prefix="talenta-cluster-"))
    port, pg_port = free_port(), free_port()
    base = 20000 + (os.getpid() % 5000) * 8  # apps on base+1 .. base+n
    env = {
        **os.environ,
        "CLUSTER_DIR": str(folder), "CLUSTER_PORT": str(port), "APP_PORT_BASE": str(base),
        "PG_PORT": str(pg_port), "PYTHON": sys.executable, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **settings,
    }  # fmt: skip
    log = folder / "serve-cluster.log"
    root = Path(__file__).resolve().parents[1]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(root / "scripts" / "serve-cluster.sh"), str(n)], cwd=root, env=env,
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while "serving on" not in log.read_text(errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"serve-cluster.sh did not come up:\n{log.read_text(errors='replace')}")
            time.sleep(0.5)
        url = f"http://127.0.0.1:{port}"
        urllib.request.urlopen(f"{url}/_stcore/health", timeout=10)
        yield Cluster(url, folder, pg_port, [f"http://127.0.0.1:{base + i}" for i in range(1, n + 1)])
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


def pinned(browser: Browser, url: str, app: str) -> Page:
    """A browser context whose requests the balancer sends to one app process (its sticky cookie)."""
    context = browser.new_context(viewport={"width": 1440, "height": 1400})
    context.add_cookies([{"name": "TALENTA_APP", "value": app, "url": url}])
    return context.new_page()
