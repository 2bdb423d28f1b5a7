"""Read-only snapshots: one writer publishes, many app processes read.

DuckDB lets one process open a file read-write, and while it does no other process can open that file
at all. To serve from several processes (behind a load balancer), the writer keeps the working file
and *publishes* a copy: written to a temporary file next to the destination, checkpointed, fsync'ed,
then renamed over the destination with ``os.replace``, which is atomic on POSIX. A reader opening the
destination therefore sees either the previous snapshot or the new one, never a half-written file; a
reader that has the old one open keeps reading the old inode until it reopens.

``SnapshotReader`` reopens when the destination's inode, size or mtime changes. It opens the file
through a private hard link rather than by its name, because DuckDB caches database instances by
(canonical) path within a process and would hand back the old, replaced file.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from analytics.core import db


def publish(src: duckdb.DuckDBPyConnection | str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Copy the database ``src`` (an open connection, or a path) to ``dest`` atomically; returns dest.

    With a connection, call it from the writer process between imports (imports hold the process-wide
    write lock, so pass the same connection the imports use and publish after they commit).
    """
    target = Path(dest)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    if isinstance(src, duckdb.DuckDBPyConnection):
        con, own = src, False
    else:
        con, own = db.connect(src, create=False), True
    try:
        cur = con.cursor()
        source = cur.execute("select current_database()").fetchall()[0][0]
        # DuckDB 1.5 (pinned for DuckLake) takes no bound parameter in ATTACH: the path is the caller's
        # destination plus our suffix, quoted here
        quoted = str(tmp).replace("'", "''")
        cur.execute(f"attach '{quoted}' as snapshot_out")
        try:
            cur.execute(f'copy from database "{source}" to snapshot_out')  # noqa: S608 catalog name, not user data
            cur.execute("checkpoint snapshot_out")
        finally:
            cur.execute("detach snapshot_out")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if own:
            con.close()
    _fsync(tmp)
    os.replace(tmp, target)
    _fsync(target.parent)
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class _Stamp:
    inode: int
    size: int
    mtime_ns: int


def _stamp(path: Path) -> _Stamp:
    st = os.stat(path)
    return _Stamp(st.st_ino, st.st_size, st.st_mtime_ns)


def open_snapshot(path: str | os.PathLike[str]) -> tuple[duckdb.DuckDBPyConnection, _Stamp]:
    """A read-only connection on the snapshot file as it is now, and the stamp of the file it opened.

    Opened through a private hard link named after the inode (removed once open: DuckDB keeps its
    descriptor), so DuckDB's per-path instance cache cannot return an older, replaced snapshot.
    """
    target = Path(path)
    if not target.is_file():
        raise db.DatabaseMissing(target)
    for _ in range(5):  # the file may be replaced between stat and link: link what is there
        stamp = _stamp(target)
        link = target.with_name(f".{target.name}.r{os.getpid()}-{stamp.inode}-{threading.get_ident()}")
        link.unlink(missing_ok=True)
        try:
            os.link(target, link)
        except FileNotFoundError:
            continue
        try:
            linked = _stamp(link)
            try:
                con = duckdb.connect(str(link), read_only=True)
            except duckdb.Error as exc:
                raise db.DatabaseCorrupt(target, str(exc).splitlines()[0]) from exc
        finally:
            link.unlink(missing_ok=True)
        return con, linked
    raise db.DatabaseBusy(target)


class SnapshotReader:
    """Hands out cursors on the newest published snapshot; reopens when the file was replaced.

    Thread-safe. A cursor taken before a reopen keeps reading the snapshot it started on (its
    connection stays alive as long as the cursor does). The reader needs write access to the
    snapshot's folder for the private hard link.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: _Stamp | None = None
        self.reopened = 0

    def connection(self) -> duckdb.DuckDBPyConnection:
        """The connection on the current snapshot (opened anew when the file changed since last time)."""
        try:
            stamp = _stamp(self.path)
        except FileNotFoundError as exc:
            raise db.DatabaseMissing(self.path) from exc
        with self._lock:
            if self._con is None or stamp != self._stamp:
                # the old connection closes when its last cursor goes
                self._con, self._stamp = open_snapshot(self.path)
                self.reopened += 1
            return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for one query (Streamlit sessions are threads)."""
        return self.connection().cursor()
