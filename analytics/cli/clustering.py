"""`python -m analytics clustering`: the command over analytics.ninebox.clustering."""

from __future__ import annotations

import argparse
import sys

from analytics.core import db
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.ninebox.clustering import CLI_BY, CLI_COLUMNS, detect_piling


def run(args: argparse.Namespace) -> int:
    """`python -m analytics clustering [--period P] [--by unit|position_type|instansi] [--json]`."""
    lang = args.lang
    con = db.connect(args.db)
    try:
        rules = nb.Rules.default(con)
        period = args.period if args.period is not None else nb.latest_period(con)
        if period is None:
            print(t("ninebox.error.no_data", lang), file=sys.stderr)
            return 1
        flags = detect_piling(
            con,
            rules=rules,
            filters=nb.Filters(period=period),
            by=CLI_BY[args.by],
            lang=lang,
        )
    finally:
        con.close()
    out = flags[CLI_COLUMNS]
    if args.json:
        sys.stdout.write(out.to_json(orient="records", force_ascii=False) + "\n")
    else:
        sys.stdout.write(out.to_csv(index=False))
    return 0
