"""`python -m analytics summary`: the command over analytics.core.summary."""

from __future__ import annotations

import argparse
import json

from analytics.core import db
from analytics.core.formats import fmt_number
from analytics.core.summary import database_summary
from analytics.labels import t


def run(args: argparse.Namespace) -> int:
    """`python -m analytics summary [--json]`."""
    con = db.connect(args.db)
    try:
        info = database_summary(con)
    finally:
        con.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(t("summary.title", lang, path=str(db.db_path(args.db))))
    for key in ("employees", "people", "instansi", "provinces", "merit_scores", "merit_status", "imports"):
        print(f"  {t('summary.' + key, lang)}: {fmt_number(info[key], 0, lang)}")
    for p in info["periods"]:
        print("  " + t("summary.period_line", lang, period=p["period"], n=fmt_number(p["employees"], 0, lang),
                       instansi=fmt_number(p["instansi"], 0, lang)))  # fmt: skip
    if info["merit_periods"]:
        print("  " + t("summary.merit_periods", lang, periods=", ".join(map(str, info["merit_periods"]))))
    return 0
