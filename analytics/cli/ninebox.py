"""`python -m analytics ninebox`: the command over analytics.ninebox.boxes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics.core import db
from analytics.core.filters import Filters
from analytics.labels import t
from analytics.ninebox.boxes import CLI_COLUMNS, assign_boxes, latest_period, settings_from_args


def run(args: argparse.Namespace) -> int:
    """`python -m analytics ninebox ...` (docs/data-contract.md §4): mappable rows first, then the
    unmappable ones."""
    lang = args.lang
    con = db.connect(args.db)
    try:
        try:
            rules = settings_from_args(con, args)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        period = args.period if args.period is not None else latest_period(con)
        if period is None:
            print(t("ninebox.error.no_data", lang), file=sys.stderr)
            return 1
        df = assign_boxes(con, rules=rules, filters=Filters(period=period), lang=lang)
        columns = list(CLI_COLUMNS)
        if getattr(args, "calibrated", False):
            from analytics.ninebox import calibration

            df = calibration.apply_calibrations(con, df, period)
            columns += ["computed_box", "calibrated"]
    finally:
        con.close()
    out = df[columns]
    text = (
        out.to_json(orient="records", force_ascii=False) + "\n"
        if args.format == "json"
        else out.to_csv(index=False)
    )
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
