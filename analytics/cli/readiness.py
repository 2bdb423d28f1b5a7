"""`python -m analytics readiness`: the command over analytics.talent.succession."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from analytics.cli.talent import open_instansi
from analytics.core import db
from analytics.labels import t
from analytics.talent.succession import Rules, latest_period, readiness_check


def run(args: argparse.Namespace) -> int:
    """`python -m analytics readiness --instansi NAME [--json]` (docs/data-contract.md §4)."""
    lang = args.lang
    con = db.connect(args.db)
    try:
        if not open_instansi(con, args.instansi, lang):
            return 1
        period = args.period if args.period is not None else latest_period(con, args.instansi)
        checks = readiness_check(con, args.instansi, rules=Rules.default(con), period=period, lang=lang)
    finally:
        con.close()
    if args.json:
        payload = {
            "instansi": args.instansi,
            "period": period,
            "passed": sum(c.passed for c in checks),
            "checks": [asdict(c) for c in checks],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    print(t("talent.cli.heading", lang, instansi=args.instansi, period=period))
    for c in checks:
        status = t("talent.status.pass" if c.passed else "talent.status.fail", lang)
        print(f"{c.number}. [{status}] {c.title}")
        print(f"   {t('talent.col.evidence', lang)}: {c.evidence}")
        print(f"   {t('talent.col.action', lang)}: {c.action}")
    print(t("talent.cli.total", lang, passed=sum(c.passed for c in checks), total=len(checks)))
    return 0
