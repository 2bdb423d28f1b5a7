"""Local or served: where the app may take its databases from, and when it must refuse to start.

The app runs in one of two ways (README "Serving an agency"):

- **local**, the embedded default: the server listens on a loopback address only (``make run`` binds
  127.0.0.1), so the one user at the machine owns every file; they may name any database path and
  move a damaged file aside.
- **served**: any other bind address (``--server.address 0.0.0.0``, or Streamlit's default of every
  interface), or ``TALENTA_SERVED=1``. Browser users then never name server paths: the database is the
  deployment's (``TALENTA_DB``), or one of the ``*.duckdb`` files directly inside the one configured
  data folder (``TALENTA_DATA_DIR``), which only an administrator may choose; moving a file aside is
  an administrator's action limited to that folder. Real (imported, non-demo) data is never served
  without sign-in: the app shows what to configure instead.

This module is plain Python (no Streamlit): the UI passes in the bind address and whether sign-in is
configured, so the rule is tested without a server.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb

SERVED_ENV = "TALENTA_SERVED"
DATA_DIR_ENV = "TALENTA_DATA_DIR"
_TRUE = frozenset({"1", "true", "yes", "ya"})


def is_loopback(address: str | None) -> bool:
    """True when the server listens on this machine only (127.0.0.0/8, ::1 or ``localhost``).

    No address means Streamlit's default, every interface: that is not loopback.
    """
    if not address:
        return False
    host = address.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name other than localhost may resolve to anything
        return False


@dataclass(frozen=True)
class Deployment:
    """How this process serves: ``served`` or local, its data folder, whether sign-in is set up."""

    served: bool
    data_dir: Path | None = None
    signin_configured: bool = False

    @property
    def local(self) -> bool:
        return not self.served

    def may_name_paths(self) -> bool:
        """Only the local user types a database path; a served app takes them from its configuration."""
        return self.local

    def databases(self) -> list[Path]:
        """The ``*.duckdb`` files directly inside the data folder (none without a folder), by name."""
        if self.data_dir is None or not self.data_dir.is_dir():
            return []
        folder = self.data_dir
        return sorted(p for p in folder.glob("*.duckdb") if p.is_file() and inside(folder, p))

    def may_move_aside(self, path: str | os.PathLike[str], *, admin: bool) -> bool:
        """Local: the user's own file. Served: an administrator, and only a file inside the data folder."""
        if self.local:
            return True
        return admin and self.data_dir is not None and inside(self.data_dir, path)


def deployment(
    address: str | None, *, signin_configured: bool, environ: Mapping[str, str] | None = None
) -> Deployment:
    """The deployment for a server bound to ``address`` (``server.address``) and this environment."""
    env = os.environ if environ is None else environ
    forced = env.get(SERVED_ENV, "").strip().lower() in _TRUE
    folder = env.get(DATA_DIR_ENV, "").strip()
    return Deployment(
        served=forced or not is_loopback(address),
        data_dir=Path(folder).resolve() if folder else None,
        signin_configured=signin_configured,
    )


def inside(folder: str | os.PathLike[str], path: str | os.PathLike[str]) -> bool:
    """True when ``path`` (symlinks resolved) lies under ``folder``."""
    base = Path(folder).resolve()
    target = Path(path).resolve()
    return base in target.parents


# A file holds real data when anything was ever imported into it (every import writes import_log), or
# when a row carries a source other than the demo's two (rows written by hand or by another tool).
# The demo writes no import_log and marks every row with analytics.demo.employees.DEMO_SOURCE / SEED_SOURCE.
_REAL_DATA_SQL = """
select exists (select 1 from import_log)
    or exists (select 1 from employees where source is null or source not in (?, ?))
    or exists (select 1 from merit_scores where source is null or source not in (?, ?))
    or exists (select 1 from merit_status where source is null or source not in (?, ?))
"""


def holds_real_data(con: duckdb.DuckDBPyConnection) -> bool:
    """True unless every row in the file came from the bundled demo (or the file is empty)."""
    from analytics.demo.employees import DEMO_SOURCE, SEED_SOURCE

    row = con.cursor().execute(_REAL_DATA_SQL, [DEMO_SOURCE, SEED_SOURCE] * 3).fetchone()
    return bool(row and row[0])


def refuses(dep: Deployment, *, real_data: bool) -> bool:
    """Served, real data and no sign-in configured: the app must not serve it (UU 27/2022)."""
    return dep.served and real_data and not dep.signin_configured
