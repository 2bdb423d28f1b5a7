"""`python -m analytics load`: the command over analytics.ingest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics.core import db
from analytics.ingest import load, problem_messages, validate, write_rejects
from analytics.ingest.columns import normalize_header
from analytics.ingest.merit import instrument_names


def run(args: argparse.Namespace) -> int:
    """`python -m analytics load FILE ...` (docs/data-contract.md §4)."""
    from analytics.labels import t

    path = Path(args.file)
    if not path.is_file():
        print(t("cli.file_not_found", args.lang, file=str(path)), file=sys.stderr)
        return 2
    if args.rejects and not args.skip_invalid:
        print(t("cli.rejects_needs_skip", args.lang), file=sys.stderr)
        return 2
    con = db.connect(args.db)
    try:
        instrument = None
        if getattr(args, "instrument", None):
            names = instrument_names(con)
            instrument = names.get(normalize_header(args.instrument))
            if instrument is None:
                known = ", ".join(sorted({n for n in names.values()}))
                print(
                    t("cli.unknown_instrument", args.lang, value=args.instrument, known=known),
                    file=sys.stderr,
                )
                return 2
        progress = _progress()
        progress.set_description(t("cli.reading", args.lang, file=path.name))
        validated = validate(
            path.read_bytes(),
            path.name,
            con,
            kind=args.kind,
            period=args.period,
            replace=args.replace,
            instrument=instrument,
        )
        progress.update(1)
        messages = problem_messages(validated, args.lang)
        for severity, text in messages:
            if severity != "info" or validated.fatal:
                print(f"{t('severity.' + severity, args.lang)}: {text}", file=sys.stderr)
        if validated.fatal or (validated.error_rows and not args.skip_invalid):
            progress.close()
            print(t("cli.rejected", args.lang, n=len(validated.error_rows)), file=sys.stderr)
            return 1
        progress.set_description(t("cli.storing", args.lang))
        result = load(con, validated, replace=args.replace, skip_invalid=args.skip_invalid)
        progress.update(1)
        progress.close()
        if args.skip_invalid and validated.error_rows:
            out = Path(args.rejects or f"{path.stem}_ditolak.csv")
            write_rejects(validated, out, args.lang)
            print(t("cli.rejects_written", args.lang, n=result.rows_rejected, file=str(out)), file=sys.stderr)
        from analytics.core.formats import fmt_number

        print(t("cli.rows_loaded", args.lang, n=fmt_number(result.rows_loaded, 0, args.lang)))
        return 0
    finally:
        con.close()


def _progress():  # type: ignore[no-untyped-def]
    """A two-step bar on stderr: validate, then store."""
    from tqdm import tqdm

    return tqdm(total=2, file=sys.stderr, unit="", bar_format="{desc} {bar} {n_fmt}/{total_fmt}")
