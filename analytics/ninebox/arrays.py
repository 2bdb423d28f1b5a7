"""The fast path's arithmetic in memory: ``employee_scores`` as numpy columns, one block per period.

Why: at national scale (4.7 M employees a period) every slider move re-boxes everyone. In DuckDB
that query is bounded by its expression interpreter (about 110 ms for the eleven weighted products,
the level CASEs and the group-by on two cores); the same arithmetic over columns already in memory,
in cache-sized chunks on every core, takes under half of that. A block is loaded once per build of
``employee_scores`` (``scoring.Stats.build_id``) and period, and shared by every session of the
process (the arrays are never written after loading).

Exactness: the scores are computed exactly as ``ninebox.boxes_sql``
computes them: the same IEEE double products of the same values, summed left to right in
``db.KINERJA_COMPONENTS``/``db.POTENSIAL_COMPONENTS`` order, divided by the same per-mask denominator
(``scoring.denominator``), the ready axis score first when given; levels by the same comparisons with
the same tolerance. A blank component (NULL) is NaN here and makes the score NaN = unmappable, as a
NULL does in SQL. A block refuses to load (None: the caller takes the SQL path) when a stored
component is NaN itself, which SQL would treat as a value.

Only counts and row positions come out of here; names and boxes come from the database.

Fast files: a national period takes about 3 s to read from DuckDB into numpy, which a first view
cannot afford. So a block, once read, is also written beside the database file
(``<file>.arrays/<build_id>/p<period>/``: one ``.npy`` per column, the NIPs as an Arrow file, the key
columns' codes as they are first used), and later processes map those files into memory instead
(``np.load(mmap_mode='r')``: a few milliseconds, the pages come from the file as they are read).
The files are keyed by the scoring table's build id, so the check that rebuilds ``employee_scores``
after a data change (``scoring.fresh_stats``) also retires them: another build id, another folder;
the old build's folders are removed when the new one is written. A folder that cannot be written
(a read-only place) only means the next process reads from DuckDB again. ``warm`` loads the newest
period (and the columns the first views group by) in a background thread when the app opens a
database, before the first page asks.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.core.filters import FILTER_FIELDS, Filters
from analytics.ninebox import scoring

CHUNK = 1 << 18  # rows per task: a chunk's eleven columns stay in the core's cache while it is scored
MAX_BLOCKS = 2  # periods kept per process (a national period is about 0.5 GB)
FILTER_COLUMNS = FILTER_FIELDS  # the filter attributes other than period (analytics.core.filters)

_POOL = ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1), thread_name_prefix="scorearrays")
_LOCK = threading.Lock()
_BLOCKS: OrderedDict[tuple[str, int], Block | None] = OrderedDict()
_PERIODS: dict[str, tuple[int, ...]] = {}
_LOADING: dict[tuple[str, int], threading.Lock] = {}  # one load per block at a time (warm-up and a page)
FILES_SUFFIX = scoring.FILES_SUFFIX  # the fast files' folder beside the database file: <file>.arrays
LOADED_FROM: dict[tuple[str, int], str] = {}  # where each block came from: "files" or "database"


@dataclass
class Block:
    """One period of ``employee_scores`` in memory (row order = the table's scan order)."""

    build_id: str
    period: int
    n: int
    comps: dict[str, np.ndarray]  # float64, NaN = blank; an absent component is 0.0 (as stored)
    absent: dict[str, np.ndarray]  # per axis: uint8 mask (scoring.MASK_COLUMN)
    ready: dict[str, np.ndarray | None]  # per axis: float64 with NaN = none, or None when no row has one
    nip: pa.Array
    emp_rowid: np.ndarray  # int64: the row in employees (names of movers), checked against the NIP
    folder: Path | None = None  # its fast files (None: not written, e.g. an in-memory database)
    _keys: dict[str, tuple[np.ndarray, list[Any]]] = field(default_factory=dict)
    _strings: dict[str, pa.StringArray] = field(default_factory=dict)
    _pairs: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=dict)
    _key_lock: threading.Lock = field(default_factory=threading.Lock)
    _people: pa.Table | None = None
    _people_lock: threading.Lock = field(default_factory=threading.Lock)

    def key(self, con: duckdb.DuckDBPyConnection, column: str) -> tuple[np.ndarray, list[Any]]:
        """Codes (int32, -1 = NULL) and their values for a string column of the block, loaded on first
        use. The codes follow the block's rows: the load checks its NIPs against the block's."""
        if column not in scoring.KEY_COLUMNS:
            raise ValueError(f"not a key column of {scoring.TABLE}: {column}")
        with self._key_lock:
            if column not in self._keys and self.folder is not None:
                stored = _read_key(self.folder, column)
                if stored is not None and len(stored[0]) == self.n:
                    self._keys[column] = stored
            if column not in self._keys:
                sql = f"select nip, {column} from {scoring.TABLE} where period = ?"  # noqa: S608 - whitelisted
                table = _fetch(con, sql, self.period)
                if not table.column("nip").combine_chunks().equals(self.nip):
                    raise RuntimeError(f"{scoring.TABLE} changed while loading {column}")
                encoded = pc.dictionary_encode(table.column(column)).combine_chunks()
                codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int32)
                self._keys[column] = (codes, encoded.dictionary.to_pylist())
                if self.folder is not None:
                    _write_key(self.folder, column, *self._keys[column])
            return self._keys[column]

    def key_strings(self, con: duckdb.DuckDBPyConnection, column: str, codes: np.ndarray) -> pd.Series:
        """The values of a key column for ``codes`` of it (-1 = NULL, as ``key`` gives them) as a
        pandas string column: one take in Arrow instead of a Python string per row (a national group
        count has 10^5 rows: 0,08 s as a list, 0,01 s so; the piling-up check makes four)."""
        return pd.Series(self._key_take(con, column, codes).to_pandas(), name=column)

    def key_values(self, con: duckdb.DuckDBPyConnection, column: str, positions: np.ndarray) -> pa.Array:
        """A key column's values (strings, NULL kept) at block ``positions``, as an Arrow array."""
        codes, _ = self.key(con, column)
        return self._key_take(con, column, np.asarray(codes)[positions])

    def _key_take(self, con: duckdb.DuckDBPyConnection, column: str, codes: np.ndarray) -> pa.Array:
        _, values = self.key(con, column)
        with self._key_lock:
            if column not in self._strings:
                self._strings[column] = pa.array(values, pa.string())
            strings = self._strings[column]
        missing = codes < 0
        return strings.take(pa.array(np.where(missing, 0, codes), mask=missing))

    def people(self, con: duckdb.DuckDBPyConnection, *, compute: bool = False) -> pa.Table | None:
        """``PEOPLE_COLUMNS`` of every row of the block, in block order: what a listed person shows
        beyond the key columns (the scatter's sample, the movers' list). Kept beside the fast files
        (people.arrow, memory-mapped), so the names of 2 x 20.000 listed rows are a take instead of a
        scan of every employees row (0,25-0,5 s of a national page's first view on DuckDB 1.5.5).
        Read from employees by each row's emp_rowid and checked by NIP; None when any row does not
        point at its person (a rebuild under way: the callers' SQL answers then), when the block has
        no fast files (an in-memory database, a lake), or when it is not there yet and ``compute`` is
        false: a page never waits for it, the warm-up makes it (ui/data.py)."""
        if self.folder is None:
            return None
        with self._people_lock:
            if self._people is None:
                self._people = _read_people(self.folder, self.n)
            if self._people is None and compute:
                table = _people_of(con, self)
                if table is not None:
                    _write_arrow(self.folder / PEOPLE_FILE, table)
                    self._people = _read_people(self.folder, self.n) or table
            return self._people

    def pair(
        self, con: duckdb.DuckDBPyConnection, first: str, second: str
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Group codes (int64, one per row) for the pairs of values of two key columns, and per code
        the two columns' codes (as ``key``'s, -1 = NULL): the groups of a GROUP BY first, second.
        The table is ordered by instansi and unit_kerja, so the pairs come in runs: the distinct runs
        are found in a few passes instead of sorting every row."""
        codes_a, values_a = self.key(con, first)
        codes_b, values_b = self.key(con, second)
        with self._key_lock:
            hit = self._pairs.get((first, second))
            if hit is not None:
                return hit
        stored = _read_pair(self.folder, first, second) if self.folder is not None else None
        if stored is not None and len(stored[0]) == self.n:
            with self._key_lock:
                self._pairs[(first, second)] = stored
            return stored
        width = len(values_b) + 1
        combined = (codes_a.astype(np.int64) + 1) * width + (codes_b.astype(np.int64) + 1)
        if (len(values_a) + 1) * width <= 1 << 22:  # few possible pairs: the combined code itself
            present = np.flatnonzero(np.bincount(combined, minlength=(len(values_a) + 1) * width))
            lookup = np.zeros((len(values_a) + 1) * width, dtype=np.int64)
            lookup[present] = np.arange(len(present))
            group = lookup[combined]
            uniq = present
        else:
            starts = np.flatnonzero(np.concatenate(([True], combined[1:] != combined[:-1])))
            uniq, inverse = np.unique(combined[starts], return_inverse=True)
            group = np.repeat(inverse.astype(np.int64), np.diff(np.append(starts, len(combined))))
        found = (group, uniq // width - 1, uniq % width - 1)
        if self.folder is not None:  # the next process reads them (a national pair costs ~1 s)
            _write_pair(self.folder, first, second, found)
        with self._key_lock:
            self._pairs[(first, second)] = found
        return found


# --- the fast files --------------------------------------------------------------------------------


def files_root(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The fast files' folder of the connection's database file (None for an in-memory database, and
    for a shared store: a DuckLake has no file of this machine beside which to keep them)."""
    state = scoring._file_state(con)
    if state is None or state[0].startswith("ducklake:"):  # scoring._file_state's key for a lake
        return None
    return Path(state[0] + FILES_SUFFIX)


def _folder(root: Path, build_id: str, period: int) -> Path:
    return root / build_id / f"p{int(period)}"


def _read_files(folder: Path, stats: scoring.Stats, period: int) -> Block | None:
    """The block stored in ``folder`` (memory-mapped, read-only), or None when it is not complete."""
    if not (folder / "done").exists():
        return None
    try:

        def col(name: str) -> np.ndarray:
            values: np.ndarray = np.load(folder / f"{name}.npy", mmap_mode="r")
            return values

        comps = {c: col(c) for cols in scoring.AXIS_COMPONENTS.values() for c in cols}
        column = _map_arrow(folder / "nip.arrow").column("nip")
        # one chunk (as written) is used in place: combine_chunks would copy it (0,3-0,8 s nationally)
        nip = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
        blk = Block(
            build_id=stats.build_id,
            period=int(period),
            n=len(nip),
            comps=comps,
            absent={a: col(m) for a, m in scoring.MASK_COLUMN.items()},
            ready={
                a: col(scoring.READY_COLUMN[a]) if stats.ready[a] else None for a in scoring.AXIS_COMPONENTS
            },
            nip=nip,
            emp_rowid=col("emp_rowid"),
            folder=folder,
        )
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None
    lengths = {len(a) for a in (*blk.comps.values(), *blk.absent.values(), blk.emp_rowid)}
    lengths |= {len(a) for a in blk.ready.values() if a is not None}
    return blk if lengths == {blk.n} else None


def _write_files(root: Path, blk: Block) -> Path | None:
    """Write ``blk`` under ``root`` (a temporary folder renamed into place; older builds' folders
    removed); the folder, or None when it cannot be written."""
    folder = _folder(root, blk.build_id, blk.period)
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        for old in root.iterdir() if root.exists() else ():
            if old.is_dir() and old.name != blk.build_id:
                shutil.rmtree(old, ignore_errors=True)  # another build: stale
        tmp.mkdir(parents=True, exist_ok=True)
        arrays = {**blk.comps, "emp_rowid": blk.emp_rowid}
        arrays |= {scoring.MASK_COLUMN[a]: v for a, v in blk.absent.items()}
        arrays |= {scoring.READY_COLUMN[a]: v for a, v in blk.ready.items() if v is not None}
        for name, values in arrays.items():
            np.save(tmp / f"{name}.npy", values)
        with pa.OSFile(str(tmp / "nip.arrow"), "wb") as sink:
            table = pa.table({"nip": blk.nip})
            with pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
        (tmp / "done").write_text(blk.build_id)
        try:
            os.replace(tmp, folder)
        except OSError:  # another process wrote it first
            shutil.rmtree(tmp, ignore_errors=True)
            return folder if (folder / "done").exists() else None
        return folder
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return None


def stored(con: duckdb.DuckDBPyConnection, name: str, args: Any, compute: Callable[[], Any]) -> Any:
    """``compute()`` (a JSON value or a DataFrame), kept beside the fast files of the current build
    (``<file>.arrays/<build_id>/results/``) so the next process reads it instead of running the
    query again: for whole-table aggregates a first view cannot wait for (the summary of a national
    database, the data-quality figures). Computed each time when there is no fresh build or no file.
    ``args`` (JSON) names the variant: e.g. the filters."""
    import hashlib

    import pandas as pd

    root = files_root(con)
    build = scoring.fresh_build(con) if root is not None else None
    if root is None or build is None:
        return compute()
    digest = hashlib.sha256(json.dumps([name, args], sort_keys=True, default=str).encode()).hexdigest()[:24]
    folder = root / build / "results"
    base = folder / f"{name}-{digest}"
    try:
        if base.with_suffix(".json").exists():
            return json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
        if base.with_suffix(".arrow").exists():
            return _map_arrow(base.with_suffix(".arrow")).to_pandas()
    except (OSError, ValueError, pa.ArrowException):
        pass  # unreadable: computed again and rewritten
    value = compute()
    tmp = folder / f"{name}-{digest}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(value, pd.DataFrame):
            _write_arrow(base.with_suffix(".arrow"), pa.Table.from_pandas(value, preserve_index=False))
        else:
            tmp.write_text(json.dumps(value), encoding="utf-8")
            os.replace(tmp, base.with_suffix(".json"))
    except (OSError, TypeError, ValueError, pa.ArrowException):
        tmp.unlink(missing_ok=True)
    return value


PEOPLE_COLUMNS = ("nama", "jabatan", "jenis_kelamin")  # Block.people
PEOPLE_FILE = "people.arrow"


def _people_of(con: duckdb.DuckDBPyConnection, blk: Block) -> pa.Table | None:
    """``PEOPLE_COLUMNS`` of the block's rows from employees (one read of the period), or None when a
    row's emp_rowid does not hold the row's NIP."""
    cols = ", ".join(PEOPLE_COLUMNS)
    table = _fetch(con, f"select rowid as rid, nip, {cols} from employees where period = ?", blk.period)  # noqa: S608 - constants
    rid = table.column("rid").to_numpy()
    order = np.argsort(rid, kind="stable") if len(rid) > 1 and np.any(rid[1:] < rid[:-1]) else None
    ordered = rid if order is None else rid[order]
    wanted = np.asarray(blk.emp_rowid)
    if blk.n and not len(ordered):
        return None
    at = np.minimum(np.searchsorted(ordered, wanted), max(len(ordered) - 1, 0))
    if blk.n and np.any(ordered[at] != wanted):
        return None
    take = pa.array(at if order is None else order[at])
    if not table.column("nip").take(take).combine_chunks().equals(blk.nip):
        return None
    people = table.select(list(PEOPLE_COLUMNS)).take(take)
    # The few distinct positions and sexes as dictionaries: the file is then mostly the names.
    return pa.table(
        {
            "nama": people.column("nama").combine_chunks(),
            "jabatan": pc.dictionary_encode(people.column("jabatan")).combine_chunks(),
            "jenis_kelamin": pc.dictionary_encode(people.column("jenis_kelamin")).combine_chunks(),
        }
    )


def _read_people(folder: Path, n: int) -> pa.Table | None:
    try:
        table = _map_arrow(folder / PEOPLE_FILE)
    except (OSError, pa.ArrowException):
        return None
    return table if table.num_rows == n and table.column_names == list(PEOPLE_COLUMNS) else None


def _write_arrow(path: Path, table: pa.Table) -> None:
    """``table`` as an Arrow IPC file at ``path``, written aside and renamed into place (a reader never
    sees half a file); a place that cannot be written keeps nothing (the next process computes again)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
        os.replace(tmp, path)
    except (OSError, pa.ArrowException):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _map_arrow(path: Path) -> pa.Table:
    """The Arrow IPC file at ``path``, memory-mapped (its buffers keep the map alive)."""
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def _read_key(folder: Path, column: str) -> tuple[np.ndarray, list[Any]] | None:
    try:
        values = json.loads((folder / f"key_{column}.json").read_text(encoding="utf-8"))
        codes: np.ndarray = np.load(folder / f"key_{column}.npy", mmap_mode="r")
    except (OSError, ValueError):
        return None
    return codes, values


_PAIR_PARTS = ("group", "first", "second")


def _read_pair(folder: Path, first: str, second: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    try:
        group, a, b = (
            np.load(folder / f"pair_{first}__{second}_{part}.npy", mmap_mode="r") for part in _PAIR_PARTS
        )
    except (OSError, ValueError):
        return None
    return group, np.asarray(a), np.asarray(b)


def _write_pair(
    folder: Path, first: str, second: str, found: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> None:
    """Written aside and renamed, the group codes last: a reader finds all three or misses."""
    suffix = f".{os.getpid()}.{threading.get_ident()}.tmp"
    names = [folder / f"pair_{first}__{second}_{part}" for part in _PAIR_PARTS]
    try:
        for name, values in zip(names, found, strict=True):
            np.save(f"{name}{suffix}.npy", values)
        for name in reversed(names):
            os.replace(f"{name}{suffix}.npy", f"{name}.npy")
    except OSError:
        for name in names:
            Path(f"{name}{suffix}.npy").unlink(missing_ok=True)


def _write_key(folder: Path, column: str, codes: np.ndarray, values: list[Any]) -> None:
    suffix = f".{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        np.save(folder / f"key_{column}{suffix}.npy", codes)
        (folder / f"key_{column}{suffix}.json").write_text(json.dumps(values), encoding="utf-8")
        os.replace(folder / f"key_{column}{suffix}.json", folder / f"key_{column}.json")
        os.replace(folder / f"key_{column}{suffix}.npy", folder / f"key_{column}.npy")
    except (OSError, TypeError):  # unwritable, or values JSON cannot hold: read from the database next time
        for name in (f"key_{column}{suffix}.npy", f"key_{column}{suffix}.json"):
            (folder / name).unlink(missing_ok=True)


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, period: int) -> pa.Table:
    # execute(), not sql(..., params=): on DuckDB 1.5.5 the relation with a bound parameter took 20-25 s
    # for a national period against 0,7-1,3 s (the first count after every data change waited for it)
    return con.cursor().execute(sql, [period]).to_arrow_table()


def _load(con: duckdb.DuckDBPyConnection, stats: scoring.Stats, period: int) -> Block | None:
    comps = [c for cols in scoring.AXIS_COMPONENTS.values() for c in cols]
    ready = [scoring.READY_COLUMN[a] for a in scoring.AXIS_COMPONENTS if stats.ready[a]]
    masks = list(scoring.MASK_COLUMN.values())
    cols = ", ".join(["nip", "emp_rowid", *comps, *ready, *masks])
    table = _fetch(con, f"select {cols} from {scoring.TABLE} where period = ?", period)  # noqa: S608 - whitelisted

    def floats(name: str) -> np.ndarray:
        return np.ascontiguousarray(table.column(name).to_numpy(), dtype=np.float64)

    values = {c: floats(c) for c in comps}
    for c in comps:  # a NaN stored as a value (not a NULL): SQL would rank it above every cut-off
        if int(np.isnan(values[c]).sum()) != table.column(c).null_count:
            return None
    return Block(
        build_id=stats.build_id,
        period=period,
        n=table.num_rows,
        comps=values,
        absent={
            a: np.ascontiguousarray(table.column(m).to_numpy(), dtype=np.uint8)
            for a, m in scoring.MASK_COLUMN.items()
        },
        ready={
            a: floats(scoring.READY_COLUMN[a]) if stats.ready[a] else None for a in scoring.AXIS_COMPONENTS
        },
        nip=table.column("nip").combine_chunks(),
        emp_rowid=np.ascontiguousarray(table.column("emp_rowid").to_numpy(), dtype=np.int64),
    )


def periods(con: duckdb.DuckDBPyConnection, stats: scoring.Stats) -> tuple[int, ...]:
    """The periods in ``employee_scores`` (cached per build)."""
    with _LOCK:
        if stats.build_id in _PERIODS:
            return _PERIODS[stats.build_id]
    rows = con.cursor().execute(f"select distinct period from {scoring.TABLE} order by period").fetchall()  # noqa: S608 - constant
    found = tuple(int(r[0]) for r in rows)
    with _LOCK:
        _PERIODS[stats.build_id] = found
    return found


def block(con: duckdb.DuckDBPyConnection, stats: scoring.Stats, period: int) -> Block | None:
    """The period's block of the current build (loaded on first use: from the fast files when they
    are there, else from DuckDB, then written to them; None when it cannot be used)."""
    key = (stats.build_id, int(period))
    with _LOCK:
        if key in _BLOCKS:
            _BLOCKS.move_to_end(key)
            return _BLOCKS[key]
        loading = _LOADING.setdefault(key, threading.Lock())
    with loading:  # a second caller waits for the first one's load
        with _LOCK:
            if key in _BLOCKS:
                _BLOCKS.move_to_end(key)
                return _BLOCKS[key]
        root = files_root(con)
        loaded = _read_files(_folder(root, *key), stats, int(period)) if root is not None else None
        LOADED_FROM[key] = "files"
        if loaded is None:
            loaded = _load(con, stats, int(period))
            LOADED_FROM[key] = "database"
            if loaded is not None and root is not None:
                _save_later(root, loaded)
        with _LOCK:
            _BLOCKS[key] = loaded
            _BLOCKS.move_to_end(key)
            while len(_BLOCKS) > MAX_BLOCKS:
                _BLOCKS.popitem(last=False)
            _LOADING.pop(key, None)
    return loaded


_WRITERS: list[threading.Thread] = []


def _save_later(root: Path, blk: Block) -> None:
    """Write the block's fast files in a background thread (the caller does not wait for the disk)."""

    def run() -> None:
        folder = _write_files(root, blk)
        if folder is not None:
            with blk._key_lock:
                for column, (codes, values) in blk._keys.items():
                    _write_key(folder, column, codes, values)
                blk.folder = folder

    thread = threading.Thread(target=run, name="scorearrays-files", daemon=True)
    _WRITERS.append(thread)
    thread.start()


def wait_for_files() -> None:
    """Wait until the fast files being written are on disk (tests, benches, the CLI before exit)."""
    while _WRITERS:
        _WRITERS.pop().join()


# --- one NIP's rows in two periods (the period-movement page) --------------------------------------

MAX_MATCHES = 2  # NIP matches kept per process (a national one is 26 MB)
_MATCHES: OrderedDict[tuple[str, int, int], np.ndarray | None] = OrderedDict()
_MATCH_LOCK = threading.Lock()  # one match computed at a time (it takes seconds at national scale)


def _nip_numbers(nip: pa.Array, width: int) -> np.ndarray | None:
    """The NIPs as int64 when every one is ``width`` ASCII digits (then equal numbers = equal strings),
    else None."""
    if len(nip) == 0:
        return np.zeros(0, dtype=np.int64)
    if nip.null_count or width > 18:
        return None
    lengths = pc.min_max(pc.utf8_length(nip)).as_py()
    if lengths["min"] != width or lengths["max"] != width:
        return None
    if not pc.all(pc.ascii_is_decimal(nip)).as_py():
        return None
    return np.asarray(pc.cast(nip, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)


def _match_numbers(first: np.ndarray, second: np.ndarray) -> np.ndarray | None:
    """For every value of ``first`` its position in ``second`` (-1 = none), by sorting both and one
    search of the sorted values (in order: cache-friendly); None when either has a value twice."""
    order_b = np.argsort(second)
    sorted_b = second[order_b]
    order_a = np.argsort(first)
    sorted_a = first[order_a]
    if (len(sorted_a) > 1 and bool((sorted_a[1:] == sorted_a[:-1]).any())) or (
        len(sorted_b) > 1 and bool((sorted_b[1:] == sorted_b[:-1]).any())
    ):
        return None
    out = np.full(len(first), -1, dtype=np.int32 if len(second) < 2**31 else np.int64)
    if not len(second):
        return out
    pos = np.searchsorted(sorted_b, sorted_a)
    np.minimum(pos, len(sorted_b) - 1, out=pos)
    hit = sorted_b[pos] == sorted_a
    out[order_a[hit]] = order_b[pos[hit]]
    return out


def _match_strings(first: pa.Array, second: pa.Array) -> np.ndarray | None:
    """As _match_numbers for NIPs of any form (hashing the strings: several times slower)."""
    if pc.count_distinct(first).as_py() != len(first) or pc.count_distinct(second).as_py() != len(second):
        return None  # pc.count_distinct counts a NULL as one value: two NULLs also refuse
    found = pc.index_in(first, value_set=second, skip_nulls=True)
    dtype = np.int32 if len(second) < 2**31 else np.int64
    return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=dtype)


def nip_match(con: duckdb.DuckDBPyConnection, first: Block, second: Block) -> np.ndarray | None:
    """For every row of ``first`` the row of ``second`` with the same NIP (-1 = none there), as a
    FULL OUTER JOIN on the NIP pairs them (a NULL NIP matches nothing); None when a NIP occurs twice
    in a block (the join would pair each with each: the caller takes the SQL path). Computed once per
    pair of blocks of a build (seconds at national scale), kept in the process and beside the fast
    files (``<file>.arrays/<build_id>/match_p<first>_p<second>.npy``) for the next process. Read-only."""
    if first.build_id != second.build_id:
        raise ValueError("blocks of two builds")
    key = (first.build_id, first.period, second.period)
    with _MATCH_LOCK:
        if key in _MATCHES:
            _MATCHES.move_to_end(key)
            return _MATCHES[key]
        root = files_root(con)
        path = match_path(root, first.build_id, first.period, second.period) if root else None
        found = kept_array(path, first.n, lambda: _match(first.nip, second.nip), make_folder=True)
        _MATCHES[key] = found
        while len(_MATCHES) > MAX_MATCHES:
            _MATCHES.popitem(last=False)
        return found


def _match(first: pa.Array, second: pa.Array) -> np.ndarray | None:
    """nip_match's computation (read-only: as the mapped file is)."""
    width = len(first[0].as_py()) if len(first) and first[0].is_valid else 0
    a, b = _nip_numbers(first, width), _nip_numbers(second, width)
    found = _match_numbers(a, b) if a is not None and b is not None else _match_strings(first, second)
    if found is not None:
        found.flags.writeable = False
    return found


def match_path(root: Path, build_id: str, first: int, second: int) -> Path:
    """Where ``nip_match`` keeps the match of periods ``first`` and ``second`` of a build."""
    return root / build_id / f"match_p{int(first)}_p{int(second)}.npy"


def stored_block(root: Path, build_id: str, period: int) -> bool:
    """Whether the period's fast files are complete (its block then loads in milliseconds)."""
    return (_folder(root, build_id, period) / "done").exists()


def kept_array(
    path: Path | None, n: int, compute: Callable[[], np.ndarray | None], *, make_folder: bool = False
) -> np.ndarray | None:
    """A per-block array kept beside the fast files: ``path`` (.npy) memory-mapped (read-only) when it
    holds ``n`` values, else ``compute()`` saved there for the next process (written aside and renamed;
    a place that cannot be written only costs the next process the computation) and returned. Nothing
    is kept when ``path`` is None (no fast files: an in-memory database, a lake) or ``compute()`` gives
    None (the caller's path refuses). ``make_folder``: create ``path``'s folder when it is missing
    (else a missing folder, e.g. a block's removed with its build, is not made again)."""
    values: np.ndarray | None = None
    if path is not None and path.exists():
        try:
            values = np.load(path, mmap_mode="r")
        except (OSError, ValueError):
            values = None
    if values is not None and len(values) == n:
        return values
    values = compute()
    if values is not None and path is not None:
        _write_array(path, values, make_folder=make_folder)
    return values


def _write_array(path: Path, values: np.ndarray, *, make_folder: bool) -> None:
    """``values`` as ``path`` (.npy), written aside and renamed; nothing when it cannot be written."""
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npy")
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        np.save(tmp, values)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):  # also when the folder is not one (the unlink fails too)
            tmp.unlink(missing_ok=True)


WARM_PAIRS = (("instansi", "unit_kerja"), ("instansi", "jenis_jabatan"))  # the nine-box page's piling-up


def warm(
    con: duckdb.DuckDBPyConnection, pairs: Sequence[tuple[str, str]] = WARM_PAIRS, *, spares: bool = True
) -> Block | None:
    """Load the newest period's block and the key columns of ``pairs`` now, and group their pairs
    (from the fast files when there are any): what the first pages of a session ask for. Used in a
    background thread when the app opens a database; returns the block (None when the fast path
    cannot be used)."""
    stats = scoring.fresh_stats(con)
    if stats is None:
        return None
    found = periods(con, stats)
    if not found:
        return None
    blk = block(con, stats, found[-1])
    if blk is not None:
        for first, second in pairs:
            blk.pair(con, first, second)
        if spares:  # the app's warm-up touches them later, after the first page (ui/data.py)
            touch_spares(blk.n)
    return blk


def touch_spares(n: int) -> None:
    """Touch the buffers the first scores of ``n`` rows will need (a fresh national array costs its
    page faults, ~0,1 s each), so the first slider move does not pay them: last in the warm-up, after
    what the first views need (it competed with the first page's run for the two cores)."""
    with _LOCK:
        missing = SPARE_BUFFERS - sum(1 for a in _FREE if len(a) == n)
    spare = [np.ones(n) for _ in range(max(missing, 0))]
    with _LOCK:
        _FREE[:] = [*spare, *_FREE][:SPARE_BUFFERS]


def blocks_for(con: duckdb.DuckDBPyConnection, stats: scoring.Stats, filters: Filters) -> list[Block] | None:
    """The blocks of the filtered periods (all periods when the filter names none); None when any of
    them cannot be used."""
    wanted = getattr(filters, "period", None)
    available = periods(con, stats)
    if wanted is None or (isinstance(wanted, tuple | list | set | frozenset) and not wanted):
        chosen: Sequence[int] = available
    elif isinstance(wanted, tuple | list | set | frozenset):
        chosen = [p for p in available if p in {int(w) for w in wanted}]
    else:
        chosen = [p for p in available if p == int(wanted)]
    out: list[Block] = []
    for p in chosen:
        b = block(con, stats, p)
        if b is None:
            return None
        out.append(b)
    return out


def selection(con: duckdb.DuckDBPyConnection, blk: Block, filters: Filters) -> np.ndarray | None:
    """Row positions of ``blk`` that pass the non-period filters (None = every row), with
    ``_filter_sql``'s meaning: a tuple = any of these values, a scalar = this value, NULL never matches."""
    keep: np.ndarray | None = None
    for name in FILTER_COLUMNS:
        value = getattr(filters, name, None)
        if value is None or (isinstance(value, tuple | list | set | frozenset) and not value):
            continue
        wanted = set(value) if isinstance(value, tuple | list | set | frozenset) else {value}
        codes, cats = blk.key(con, name)
        hit = np.array([i for i, v in enumerate(cats) if v in wanted], dtype=np.int32)
        mask = np.isin(codes, hit)
        keep = mask if keep is None else keep & mask
    return None if keep is None else np.flatnonzero(keep)


# --- the arithmetic ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AxisRule:
    """How one axis is scored and levelled: the weighted components (in axis order), the denominator
    per absent mask, the ready column's use, and the level bounds (cut-off minus tolerance)."""

    axis: str
    weights: tuple[tuple[str, float], ...]
    denominators: tuple[tuple[int, float], ...]
    use_ready: bool
    low: float
    high: float


def axis_rule(
    axis: str,
    weights: Mapping[str, float],
    stats: scoring.Stats,
    bounds: tuple[float, float],
) -> AxisRule:
    """The axis's weights, denominators and level bounds (analytics.ninebox.rules.bounds) for the arrays."""
    comps = tuple((c, float(weights[c])) for c in scoring.AXIS_COMPONENTS[axis] if weights.get(c, 0) > 0)
    dens = tuple((m, scoring.denominator(weights, axis, m)) for m in stats.masks[axis])
    return AxisRule(
        axis=axis,
        weights=comps,
        denominators=dens,
        use_ready=stats.ready[axis] or not comps,
        low=bounds[0],
        high=bounds[1],
    )


def axis_scores(blk: Block, rule: AxisRule, rows: slice | np.ndarray) -> np.ndarray:
    """The axis score of ``rows`` (NaN = none), as ``ninebox.boxes_sql`` computes it."""
    ready = blk.ready[rule.axis]
    if not rule.weights:  # no weighted component: the ready score alone
        if ready is None:
            return np.full(_count(blk, rows), np.nan)
        return np.array(ready[rows], dtype=np.float64)
    first, w0 = rule.weights[0]
    score: np.ndarray = np.multiply(blk.comps[first][rows], w0)
    tmp = np.empty_like(score)
    for c, w in rule.weights[1:]:
        np.multiply(blk.comps[c][rows], w, out=tmp)
        np.add(score, tmp, out=score)
    dens = {d for _, d in rule.denominators}
    if len(dens) == 1:
        d = dens.pop()
        if d == 0:
            score.fill(np.nan)
        else:
            np.divide(score, d, out=score)
    elif dens:  # one denominator per absent mask: looked up per row (NaN where it is 0)
        lut = np.full(256, np.nan)
        for m, d in rule.denominators:
            if d != 0:
                lut[m] = d
        np.divide(score, lut[blk.absent[rule.axis][rows]], out=score)
    if ready is not None and rule.use_ready:
        r = ready[rows]
        np.copyto(score, r, where=r == r)  # the ready score where there is one (r == r: not NaN)
    return score


def levels(score: np.ndarray, rule: AxisRule) -> np.ndarray:
    """1/2/3 by the bounds as ``ninebox._level_sql``'s CASE (score < low -> 1, < high -> 2, else 3), 0
    for NaN = no score. As 1 + [score >= low] + [score >= max(low, high)]: equal for every number,
    also when low > high (then 1 or 3, as the CASE gives), in two comparisons without masks."""
    out = (score >= rule.low).view(np.uint8) + (score >= max(rule.low, rule.high)).view(np.uint8)
    out += np.uint8(1)
    out[np.isnan(score)] = 0
    return out


def _count(blk: Block, rows: slice | np.ndarray) -> int:
    if isinstance(rows, slice):
        return len(range(*rows.indices(blk.n)))
    return len(rows)


def parallel(fn: Callable[[Any], Any], parts: Sequence[Any]) -> list[Any]:
    """``fn`` over ``parts`` on the pool (numpy releases the GIL inside each operation)."""
    if len(parts) <= 1:
        return [fn(p) for p in parts]
    return list(_POOL.map(fn, parts))


# --- one selection's scores, shared by the counts, the what-if, the scatter and the density --------

MAX_SCORE_BYTES = 240 * 2**20  # axis-score arrays kept per process (a national axis is 38 MB)
SPARE_BUFFERS = 4  # touched arrays kept for new scores (see _buffer)
_SCORES: OrderedDict[tuple[Any, ...], np.ndarray] = OrderedDict()
_FREE: list[np.ndarray] = []  # evicted score arrays kept for reuse (see _buffer)
MAX_CELL_ARRAYS = 8  # cell codes kept (a national one is 5 MB)
_CELLS: OrderedDict[tuple[Any, ...], tuple[np.ndarray, np.ndarray]] = OrderedDict()


def selection_key(filters: Filters) -> tuple[Any, ...]:
    """What identifies a block's selection (the non-period filters)."""
    key = []
    for name in FILTER_COLUMNS:
        value = getattr(filters, name, None)
        if isinstance(value, tuple | list | set | frozenset):
            value = tuple(sorted(value, key=str)) or None
        key.append(value)
    return tuple(key)


def _score_key(blk: Block, selected: tuple[Any, ...], rule: AxisRule) -> tuple[Any, ...]:
    return (blk.build_id, blk.period, selected, rule.axis, rule.weights, rule.denominators, rule.use_ready)


def selected_scores(
    blk: Block, rule: AxisRule, rows: np.ndarray | None, selected: tuple[Any, ...]
) -> np.ndarray:
    """The axis score of every selected row (``rows``; None = all), in selection order: from the
    process's cache when this axis was scored alike for this selection (a slider on the other axis,
    the scatter after the counts), else computed in parallel chunks and kept (LRU, MAX_SCORE_BYTES).
    The array is shared: never write to it."""
    key = _score_key(blk, selected, rule)
    with _LOCK:
        hit = _SCORES.get(key)
        if hit is not None:
            _SCORES.move_to_end(key)
            return hit
    n = blk.n if rows is None else len(rows)
    out = _buffer(n)
    bounds = [(a, min(a + CHUNK, n)) for a in range(0, n, CHUNK)]

    def run(ab: tuple[int, int]) -> None:
        a, b = ab
        out[a:b] = axis_scores(blk, rule, slice(a, b) if rows is None else rows[a:b])

    parallel(run, bounds)
    out.flags.writeable = False
    _keep(key, out)
    return out


def _keep(key: tuple[Any, ...], value: np.ndarray) -> None:
    with _LOCK:
        _SCORES[key] = value
        total = sum(v.nbytes for v in _SCORES.values())
        while total > MAX_SCORE_BYTES and len(_SCORES) > 1:
            _, old = _SCORES.popitem(last=False)
            total -= old.nbytes
            # nobody else holds it (this name and getrefcount's argument): reuse it as a buffer
            if sys.getrefcount(old) <= 2 and len(_FREE) < SPARE_BUFFERS:
                _FREE.append(old)
            del old


def _buffer(n: int) -> np.ndarray:
    """A float64 array of n for a new score: an evicted one of that size when there is one (memory
    the process already touched; fresh pages cost a page fault each, ~0.1 s per national array on
    this VM), else a new one."""
    with _LOCK:
        for i, a in enumerate(_FREE):
            if len(a) == n:
                buf = _FREE.pop(i)
                buf.flags.writeable = True
                return buf
    return np.empty(n, dtype=np.float64)


def cell_codes(
    scores: tuple[np.ndarray, np.ndarray], rules: tuple[AxisRule, AxisRule]
) -> tuple[np.ndarray, np.ndarray]:
    """kinerja level * 4 + potensial level for two score arrays (0 = no level on that axis), and how
    many rows have each of the 16 codes; in parallel chunks."""
    n = len(scores[0])
    out = np.empty(n, dtype=np.uint8)
    bounds = [(a, min(a + CHUNK, n)) for a in range(0, n, CHUNK)]

    def run(ab: tuple[int, int]) -> np.ndarray:
        a, b = ab
        k = levels(scores[0][a:b], rules[0])
        k <<= 2
        k += levels(scores[1][a:b], rules[1])
        out[a:b] = k
        return np.bincount(k, minlength=16)

    counts = np.zeros(16, dtype=np.int64)
    for part in parallel(run, bounds):
        counts += part
    return out, counts


@dataclass(frozen=True)
class Scored:
    """One period's selection on the fast path: its rows (positions in the block; None = all), both
    axis scores and the cell codes, all in selection order."""

    block: Block
    rows: np.ndarray | None
    kinerja: np.ndarray
    potensial: np.ndarray
    cell: np.ndarray
    counts: np.ndarray  # rows per cell code (16)

    def positions(self, idx: np.ndarray) -> np.ndarray:
        """Block positions of selection indices."""
        return idx if self.rows is None else self.rows[idx]

    def mappable(self) -> np.ndarray:
        return ((self.cell >> 2) > 0) & ((self.cell & 3) > 0)


def score(
    con: duckdb.DuckDBPyConnection, blk: Block, filters: Filters, rules: tuple[AxisRule, AxisRule]
) -> Scored:
    """Both axes and the cells of the block's selection under ``rules`` (each kept in the cache)."""
    rows = selection(con, blk, filters)
    selected = selection_key(filters)
    k = selected_scores(blk, rules[0], rows, selected)
    p = selected_scores(blk, rules[1], rows, selected)
    key = ("cell", *_score_key(blk, selected, rules[0]), rules[0].low, rules[0].high)
    key += (*_score_key(blk, selected, rules[1]), rules[1].low, rules[1].high)
    with _LOCK:
        hit = _CELLS.get(key)
    if hit is None:
        hit = cell_codes((k, p), rules)
        for a in hit:
            a.flags.writeable = False
        with _LOCK:
            _CELLS[key] = hit
            while len(_CELLS) > MAX_CELL_ARRAYS:
                _CELLS.popitem(last=False)
    return Scored(blk, rows, k, p, *hit)


def joint_counts(before: np.ndarray, after: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows per (before cell, after cell) as 256 counts (index before * 16 + after), and the indices
    where the cell changed; in parallel chunks."""
    n = len(before)
    bounds = [(a, min(a + CHUNK, n)) for a in range(0, n, CHUNK)]

    def run(ab: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        a, b = ab
        cb, cs = before[a:b], after[a:b]
        key = cb.astype(np.intp)
        key <<= 4
        key += cs
        return np.bincount(key, minlength=256), np.flatnonzero(cb != cs) + a

    parts = parallel(run, bounds)
    counts = np.zeros(256, dtype=np.int64)
    for c, _ in parts:
        counts += c
    changed = np.concatenate([m for _, m in parts]) if parts else np.zeros(0, dtype=np.intp)
    return counts, changed


def clear() -> None:
    """Forget every loaded block and score (tests; after a rebuild the old build's just age out)."""
    with _LOCK:
        _BLOCKS.clear()
        _PERIODS.clear()
        _SCORES.clear()
        _CELLS.clear()
        _FREE.clear()
        _LOADING.clear()
        LOADED_FROM.clear()
    with _MATCH_LOCK:
        _MATCHES.clear()
