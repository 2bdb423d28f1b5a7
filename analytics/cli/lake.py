"""`python -m analytics lake init|import-file|export|snapshots`: the shared store (analytics/core/lake.py).

- ``init``: create the lake's catalog (in PostgreSQL) and the app's tables in it;
- ``import-file FILE``: move a DuckDB file into an empty lake (one transaction; row counts and hashes
  of every table compared with the file's);
- ``export FILE [--snapshot N]``: write the lake, or the data as it was at snapshot N, to a new DuckDB
  file (the embedded schema, keys and sequences included; compared the same way);
- ``snapshots``: the lake's latest snapshot id.

The lake is ``--store`` or $TALENTA_STORE, its Parquet folder ``--data`` or $TALENTA_LAKE_DATA.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from analytics.core import db, lake
from analytics.core.formats import fmt_number
from analytics.labels import t


def run(args: argparse.Namespace) -> int:
    """Run one lake action; 0 on success, 1 when refused (nothing changed)."""
    lang = args.lang
    store = args.store or os.environ.get(lake.STORE_ENV, "")
    if not lake.is_spec(store):
        print(t("lake.no_store", lang, env=lake.STORE_ENV), file=sys.stderr)
        return 2
    if args.data:
        os.environ[lake.DATA_ENV] = args.data
    if args.action in ("import-file", "export") and not args.file:
        print(t("lake.no_file", lang), file=sys.stderr)
        return 2
    if args.action == "export" and Path(args.file).exists():
        print(t("lake.exists", lang, file=args.file), file=sys.stderr)
        return 1
    if args.action == "import-file" and not Path(args.file).is_file():
        print(db.DatabaseMissing(Path(args.file)).message(lang), file=sys.stderr)
        return 1
    if args.action == "export" and args.snapshot is not None:
        lake.prepare(store)
        try:
            con = lake.connect(store, snapshot=args.snapshot)
        except lake.LakeUnavailable as exc:
            raise db.DatabaseUnavailable(db.db_path(store), str(exc)) from exc
    else:
        con = db.connect(store)
    try:
        if args.action == "init":
            print(t("lake.init.done", lang, store=store, folder=os.environ.get(lake.DATA_ENV, "")))
        elif args.action == "snapshots":
            print(t("lake.snapshots", lang, snapshot=lake.snapshot_id(con)))
        elif args.action == "import-file":
            try:
                copied = lake.import_file(con, str(args.file))
            except ValueError as exc:
                return _refused(str(exc), lang)
            _print(copied, lang)
            print(
                t(
                    "lake.import.done",
                    lang,
                    file=args.file,
                    tables=len(copied),
                    snapshot=lake.snapshot_id(con),
                )
            )
        else:
            try:
                copied = lake.export_file(con, str(args.file))
            except ValueError as exc:
                return _refused(str(exc), lang)
            _print(copied, lang)
            print(t("lake.export.done", lang, file=args.file, tables=len(copied)))
    finally:
        con.close()
    return 0


def _print(copied: dict[str, tuple[int, int]], lang: str) -> None:
    for table, (rows, _) in copied.items():
        print(t("lake.copied", lang, table=table, n=fmt_number(rows, 0, lang)))


def _refused(reason: str, lang: str) -> int:
    if reason == "not_empty":
        print(t("lake.not_empty", lang), file=sys.stderr)
    else:
        print(t("lake.mismatch", lang, table=reason.partition(":")[2]), file=sys.stderr)
    return 1
