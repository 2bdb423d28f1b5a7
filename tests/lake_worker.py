"""An app-like process over the configured store, driven by JSON lines on stdin (the DuckLake tests).

It opens one connection (db.connect, as the app's ui.data.connection does) and keeps it; each command
line gets one JSON answer line. Commands: counts, version, boxes, import, calibrate, quit.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

from analytics import ingest
from analytics.core import db
from analytics.ninebox import boxes as nb
from analytics.ninebox import calibration as cal


def handle(con, cmd: dict) -> object:  # type: ignore[no-untyped-def]
    op = cmd["op"]
    cur = con.cursor()
    if op == "counts":
        return dict(cur.execute("select period, count(*) from employees group by 1 order by 1").fetchall())
    if op == "version":
        return db.data_version(con)
    if op == "boxes":
        counts = nb.box_counts(con, rules=nb.Rules.default(con), filters=nb.Filters(period=cmd["period"]))
        return {str(int(b)) if b == b else "none": int(n) for b, n in zip(counts.box, counts.n, strict=True)}
    if op == "import":
        path = Path(cmd["file"])
        report = ingest.validate(
            path.read_bytes(), path.name, con, period=cmd.get("period"), replace=cmd.get("replace", False)
        )
        if cmd.get("announce"):  # say so once the import's transaction has begun (it takes its id first)
            take_id = db.next_import_id

            def announcing(cur):  # type: ignore[no-untyped-def]
                import_id = take_id(cur)
                print(json.dumps({"loading": import_id}), flush=True)
                return import_id

            db.next_import_id = announcing  # type: ignore[assignment]
        return ingest.load(con, report, replace=cmd.get("replace", False)).rows_loaded
    if op == "calibrate":
        ids = []
        for nip in cmd["nips"]:
            ids.append(
                cal.calibrate(
                    con, period=cmd["period"], nip=nip, to_box=cmd["box"],
                    decision=cal.Decision("dipindahkan dalam rapat talenta bersama", cmd["by"]), computed_box=None,
                )
            )  # fmt: skip
        return ids
    raise ValueError(op)


def main() -> int:
    con = db.connect()  # TALENTA_STORE / TALENTA_LAKE_DATA from the environment
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["op"] == "quit":
            break
        try:
            out = {"ok": handle(con, cmd)}
        except Exception as exc:  # the test shows it
            out = {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}
        print(json.dumps(out, default=str), flush=True)
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
