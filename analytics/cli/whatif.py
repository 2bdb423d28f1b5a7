"""`python -m analytics whatif`: the command over analytics.whatif.engine."""

from __future__ import annotations

import argparse
import json
import sys

from analytics.core import db
from analytics.core.filters import Filters
from analytics.labels import t
from analytics.ninebox import boxes as nb
from analytics.whatif.engine import headline, resolve, result_json, transitions


def run(args: argparse.Namespace) -> int:
    """`python -m analytics whatif [--period P] (--preset NAME | --weights ...) [--baseline NAME]
    [--cutoffs LOW,HIGH] [--json]` (docs/data-contract.md §4): the transition counts and the movers."""
    lang = args.lang
    con = db.connect(args.db)
    try:
        try:
            if args.weights:
                scenario, scn_cut = nb.parse_weights(args.weights, lang), None
                scenario_name = args.weights
            else:
                scenario, scn_cut = resolve(con, args.preset, lang)
                scenario_name = args.preset
            base_name = args.baseline or "kepka411"
            baseline, base_cut = resolve(con, base_name, lang)
            default = nb.default_thresholds(con)
            th_scn = nb.parse_cutoffs(args.cutoffs, lang) if args.cutoffs else (scn_cut or default)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        period = args.period if args.period is not None else nb.latest_period(con)
        if period is None:
            print(t("ninebox.error.no_data", lang), file=sys.stderr)
            return 1
        result = transitions(
            con,
            baseline=nb.Rules(baseline, base_cut or default),
            scenario=nb.Rules(scenario, th_scn),
            filters=Filters(period=int(period)),
            lang=lang,
        )
    finally:
        con.close()
    if args.json:
        doc = result_json(result, period=int(period), baseline=base_name, scenario=scenario_name)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    frame = result.matrix_frame(t("whatif.unmappable_short", lang))
    frame.index.name = t("whatif.cli.from_to", lang)
    sys.stdout.write(headline(result, lang) + "\n\n")
    sys.stdout.write(frame.to_csv())
    sys.stdout.write("\n")
    sys.stdout.write(result.movers.round(4).to_csv(index=False))
    return 0
