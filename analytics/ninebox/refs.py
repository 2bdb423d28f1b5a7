"""The reference tables a recompute reads (ref_boxes, ...), read once per state of the store.

On a shared store (a DuckLake, analytics/core/lake.py) every statement first reads the lake's catalog
in PostgreSQL: a few milliseconds each, more than the arithmetic of a what-if recompute over 100.000
employees. The rules a recompute needs from the reference tables (is a numbering complete, which
boxes form the talent pool, box per cell) change only when the store changes, so they are kept here
keyed by the store's state (``scoring.store_state``: a file's size and times, a lake's latest
snapshot id): a later call reads the state (inside ``scoring.one_check``: the state read once for
the whole recompute) and reuses the answer while it is the same. Every committed write, in this
process or another, changes the state, so a changed rule is always read anew; a file changed less
than ``scoring.STABLE_SECONDS`` ago is read each time (its times tick coarsely).

Queries over data already in memory (counts per cell from analytics.ninebox.arrays) run on a plain
in-memory DuckDB (``memory_cursor``) with the reference tables they join registered from this cache:
no statement over in-memory data goes through a lake's catalog. Same SQL text on both stores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from analytics.ninebox import scoring

T = TypeVar("T")

# The reference tables the in-memory queries may join, and how each is read.
TABLES = {"ref_boxes": "select * from ref_boxes"}
_CACHE: dict[tuple[str, Hashable], tuple[tuple[Any, ...], Any]] = {}
_LOCK = threading.Lock()
_MEMORY: duckdb.DuckDBPyConnection | None = None


def cached(
    con: duckdb.DuckDBPyConnection, key: Hashable, compute: Callable[[duckdb.DuckDBPyConnection], T]
) -> T:
    """``compute(con)`` (a read of reference tables), kept under ``key`` while ``con``'s store stays
    in the same state. Treat the value as read-only: it is shared by every caller."""
    state = scoring.store_state(con)
    if state is None:
        return compute(con)
    store, signature, stable = state
    with _LOCK:
        memo = _CACHE.get((store, key))
    if memo is not None and memo[0] == signature:
        return memo[1]  # type: ignore[no-any-return]
    value = compute(con)
    if stable:
        with _LOCK:
            _CACHE[(store, key)] = (signature, value)
    return value


def table(con: duckdb.DuckDBPyConnection, name: str) -> pa.Table:
    """A whole reference table from ``con``'s store, cached as ``cached`` keeps values."""
    if name not in TABLES:
        raise ValueError(name)
    sql = TABLES[name]
    return cached(con, ("table", name), lambda c: c.cursor().execute(sql).to_arrow_table())


def memory_cursor(con: duckdb.DuckDBPyConnection, *tables: str) -> duckdb.DuckDBPyConnection:
    """A cursor on the process's in-memory DuckDB with the reference ``tables`` of ``con``'s store
    registered under their own names (from the cache): for queries over data held in memory, which
    the caller registers on the same cursor. Close it when done."""
    global _MEMORY
    frames = {name: table(con, name) for name in tables}
    with _LOCK:
        if _MEMORY is None:
            _MEMORY = duckdb.connect()
        cur = _MEMORY.cursor()
    for name, frame in frames.items():
        cur.register(name, frame)
    return cur


def clear() -> None:
    """Forget every cached value (tests)."""
    with _LOCK:
        _CACHE.clear()
