"""`python -m analytics evidence`: the command over analytics.core.evidence (an extension of
docs/data-contract.md §4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics.cli.talent import open_instansi
from analytics.core import access, db, evidence
from analytics.labels import t
from analytics.ninebox.rules import Rules
from analytics.talent.succession import latest_period


def run(args: argparse.Namespace) -> int:
    """`python -m analytics evidence --instansi NAME [--period P] --out DIR [--names]`: the evidence
    pack (PDF and XLSX) of one instansi and period, written into DIR; the export is audited."""
    lang = args.lang
    out_dir = Path(args.out)
    con = db.connect(args.db)
    try:
        if not open_instansi(con, args.instansi, lang):
            return 1
        period = args.period if args.period is not None else latest_period(con, args.instansi)
        if period is None:
            print(t("evidence.cli.no_period", lang), file=sys.stderr)
            return 1
        try:
            pack = evidence.evidence_pack(
                con, args.instansi, int(period), rules=Rules.default(con), lang=lang, names=args.names
            )
        except evidence.EvidenceUnavailable as exc:
            print(str(exc), file=sys.stderr)
            return 1
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            print(t("evidence.cli.out_dir", lang, path=str(out_dir)), file=sys.stderr)
            return 1
        written = []
        for suffix, build in (("pdf", evidence.pack_pdf), ("xlsx", evidence.pack_xlsx)):
            target = out_dir / evidence.file_name(pack.instansi, pack.period, suffix)
            target.write_bytes(build(pack))
            access.record(
                con,
                access.LOCAL_GRANT,
                "export",
                target.name,
                n_rows=pack.personal_rows or None,
                detail="cli",
            )
            written.append(target)
    finally:
        con.close()
    for target in written:
        print(t("evidence.cli.written", lang, path=str(target)))
    return 0
