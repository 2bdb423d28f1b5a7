"""`python -m analytics merit`: the command over analytics.merit.scores."""

from __future__ import annotations

import argparse
import sys

from analytics.merit.scores import (
    STATE_COLUMNS,
    TABLE_COLUMNS,
    merit_periods,
    merit_provinces,
    regency_comparison,
)


def run(args: argparse.Namespace) -> int:
    """`python -m analytics merit [--province NAME] [--period P] [--format csv|json]`
    (docs/data-contract.md §4)."""
    from analytics.core import db
    from analytics.labels import t

    lang = args.lang
    con = db.connect(args.db)
    try:
        provinces = merit_provinces(con)
        if args.province is not None and args.province not in provinces:
            print(
                t("merit.cli.unknown_province", lang, province=args.province, known=", ".join(provinces)),
                file=sys.stderr,
            )
            return 1
        periods = merit_periods(con, args.province)
        if not periods:
            print(t("merit.cli.no_data", lang), file=sys.stderr)
            return 1
        period = args.period if args.period is not None else periods[-1]
        if period not in periods:
            known = ", ".join(map(str, periods))
            print(t("merit.cli.unknown_period", lang, period=period, known=known), file=sys.stderr)
            return 1
        table = regency_comparison(con, args.province, period)
    finally:
        con.close()
    out = table[[*TABLE_COLUMNS, *STATE_COLUMNS]].copy()
    out["indeks"] = out["indeks"].round(4)
    if args.format == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False) + "\n")
    else:
        sys.stdout.write(out.to_csv(index=False))
    return 0
