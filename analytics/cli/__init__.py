"""Command line: ``python -m analytics COMMAND`` (docs/data-contract.md §4).

Exit codes: 0 success, 1 rejected input (nothing changed, reasons on stderr), 2 bad usage.
Each command is a small function over the same analytics functions the pages use.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from analytics.core import db

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, help="DuckDB file (default $TALENTA_DB or data/talenta.duckdb)")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of messages")


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree of every command."""
    parser = argparse.ArgumentParser(
        prog="python -m analytics", description="Dasbor Talenta & Sistem Merit ASN"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (register, run) in _REGISTRY.items():
        p = sub.add_parser(name, help=register.__doc__)
        _common(p)
        register(p)
        _COMMANDS[name] = run
    return parser


# --- demo --------------------------------------------------------------------------------------


def _register_demo(p: argparse.ArgumentParser) -> None:
    """(re)create the bundled demo data"""
    p.add_argument("--employees", type=int, default=None, help="number of employees per period")
    p.add_argument("--seed", type=int, default=None)


def _run_demo(args: argparse.Namespace) -> int:
    from analytics.cli.demo import run

    return run(args)


# --- load --------------------------------------------------------------------------------------


def _register_load(p: argparse.ArgumentParser) -> None:
    """validated, atomic import of an employee or merit file"""
    p.add_argument("file")
    p.add_argument("--kind", choices=("employees", "merit"), default=None)
    p.add_argument("--period", type=int, default=None)
    p.add_argument(
        "--instrument",
        default=None,
        help="merit instrument version: 40/2018 or 19/2025 (default: the file's Instrumen column, else the period's)",
    )
    p.add_argument("--replace", action="store_true", help="replace the period's rows instead of adding")
    p.add_argument("--skip-invalid", action="store_true", help="load valid rows, write rejected ones")
    p.add_argument("--rejects", default=None, help="CSV for rejected rows (with --skip-invalid)")


def _run_load(args: argparse.Namespace) -> int:
    from analytics.cli.load import run

    return run(args)


# --- summary -----------------------------------------------------------------------------------


def _register_summary(p: argparse.ArgumentParser) -> None:
    """what is in the database"""
    p.add_argument("--json", action="store_true")


def _run_summary(args: argparse.Namespace) -> int:
    from analytics.cli.summary import run

    return run(args)


# --- ninebox -----------------------------------------------------------------------------------


def _register_ninebox(p: argparse.ArgumentParser) -> None:
    """the nine-box for every employee (unmappable ones last, with the reason)"""
    p.add_argument("--period", type=int, default=None, help="period (default: the latest)")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--preset", default=None, help="weight preset (kepka411, setara, ...)")
    src.add_argument("--weights", default=None, help="k=v,... in points per component")
    cut = p.add_mutually_exclusive_group()
    cut.add_argument("--cutoffs", default=None, help="LOW,HIGH (default from ref_cutoffs)")
    cut.add_argument("--relative", action="store_true", help="thirds by percentile in the population")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--out", default=None, help="write to this file instead of stdout")
    p.add_argument(
        "--calibrated",
        action="store_true",
        help="box = the calibrated box where the talent-review meeting changed it (adds computed_box, calibrated)",
    )


def _run_ninebox(args: argparse.Namespace) -> int:
    from analytics.cli.ninebox import run

    return run(args)


# --- clustering --------------------------------------------------------------------------------


def _register_clustering(p: argparse.ArgumentParser) -> None:
    """piling-up flags (penumpukan talenta) per unit, position type or instansi"""
    p.add_argument("--period", type=int, default=None, help="period (default: the latest)")
    p.add_argument("--by", choices=("unit", "position_type", "instansi"), default="unit")
    p.add_argument("--json", action="store_true")


def _run_clustering(args: argparse.Namespace) -> int:
    from analytics.cli.clustering import run

    return run(args)


# --- merit -------------------------------------------------------------------------------------


def _register_merit(p: argparse.ArgumentParser) -> None:
    """the regency comparison of the merit-system assessment"""
    p.add_argument("--province", default=None, help="province name (default: every regency and city)")
    p.add_argument("--period", type=int, default=None, help="assessment period (default: the latest)")
    p.add_argument("--format", choices=("csv", "json"), default="csv")


def _run_merit(args: argparse.Namespace) -> int:
    from analytics.cli.merit import run

    return run(args)


# --- whatif ------------------------------------------------------------------------------------


def _register_whatif(p: argparse.ArgumentParser) -> None:
    """who changes box under other weights: the transition counts and the movers"""
    p.add_argument("--period", type=int, default=None, help="period (default: the latest)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--preset", default=None, help="scenario: a preset or saved weight set")
    src.add_argument("--weights", default=None, help="scenario: k=v,... in points per component")
    p.add_argument("--baseline", default=None, help="baseline preset or saved set (default kepka411)")
    p.add_argument("--cutoffs", default=None, help="scenario cut-offs LOW,HIGH (default from ref_cutoffs)")
    p.add_argument("--json", action="store_true")


def _run_whatif(args: argparse.Namespace) -> int:
    from analytics.cli.whatif import run

    return run(args)


# --- readiness ---------------------------------------------------------------------------------


def _register_readiness(p: argparse.ArgumentParser) -> None:
    """the succession readiness check of one instansi (KASN's five notes)"""
    p.add_argument("--instansi", required=True, help="instansi name as in the employee data")
    p.add_argument("--period", type=int, default=None, help="period (default: the instansi's latest)")
    p.add_argument("--json", action="store_true")


def _run_readiness(args: argparse.Namespace) -> int:
    from analytics.cli.readiness import run

    return run(args)


# --- evidence (an extension: the 2026 merit evaluation's supporting evidence) --------------------


def _register_evidence(p: argparse.ArgumentParser) -> None:
    """the evidence pack (bukti dukung, PDF + XLSX) of one instansi and period for the 2026 merit evaluation"""
    p.add_argument("--instansi", required=True, help="instansi name as in the employee data")
    p.add_argument("--period", type=int, default=None, help="period (default: the instansi's latest)")
    p.add_argument(
        "--out", required=True, help="folder to write the PDF and the XLSX into (created if missing)"
    )
    p.add_argument("--names", action="store_true", help="include the named successors (personal data)")


def _run_evidence(args: argparse.Namespace) -> int:
    from analytics.cli.evidence import run

    return run(args)


def _register_access(p: argparse.ArgumentParser) -> None:
    """grant, revoke and list who may see what (sign-in roles and scopes), and print the audit trail"""
    p.add_argument("action", choices=("grant", "revoke", "list", "audit"))
    p.add_argument("identity", nargs="?", help="OIDC sub or e-mail (grant, revoke; a filter for audit)")
    p.add_argument("--role", choices=("admin", "data_officer", "leader", "evaluator", "trainer"))
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--national", action="store_true", help="scope: every instansi")
    scope.add_argument("--provinsi", help="scope: one province")
    scope.add_argument("--instansi", action="append", help="scope: an instansi (repeat for several)")
    p.add_argument("--rows", action="store_true", help="an evaluator may also see individual rows")
    p.add_argument("--by", default="cli", help="who makes the change (recorded in the audit trail)")
    p.add_argument("--limit", type=int, default=50, help="audit: newest N entries")


def _run_access(args: argparse.Namespace) -> int:
    from analytics.cli.access import run

    return run(args)


def _register_lake(p: argparse.ArgumentParser) -> None:
    """the shared store (DuckLake: PostgreSQL catalog + Parquet): create it, move a DuckDB file in, export it"""
    p.add_argument("action", choices=("init", "import-file", "export", "snapshots"))
    p.add_argument("file", nargs="?", help="the DuckDB file to import (import-file) or write (export)")
    p.add_argument("--store", default=None, help="ducklake:postgres:... (default $TALENTA_STORE)")
    p.add_argument("--data", default=None, help="the lake's Parquet folder (default $TALENTA_LAKE_DATA)")
    p.add_argument("--snapshot", type=int, default=None, help="export: the data as it was at this snapshot")


def _run_lake(args: argparse.Namespace) -> int:
    from analytics.cli.lake import run

    return run(args)


_REGISTRY: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]] = {
    "demo": (_register_demo, _run_demo),
    "load": (_register_load, _run_load),
    "summary": (_register_summary, _run_summary),
    "merit": (_register_merit, _run_merit),
    "ninebox": (_register_ninebox, _run_ninebox),
    "clustering": (_register_clustering, _run_clustering),
    "whatif": (_register_whatif, _run_whatif),
    "readiness": (_register_readiness, _run_readiness),
    "access": (_register_access, _run_access),
    "lake": (_register_lake, _run_lake),
    "evidence": (_register_evidence, _run_evidence),
}


# Commands that may create the database file; the others need an existing one.
_CREATES_DATABASE = ("demo", "load", "lake")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one command; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        if args.command not in _CREATES_DATABASE and not db.db_path(args.db).exists():
            raise db.DatabaseMissing(db.db_path(args.db))
        return _COMMANDS[args.command](args)
    except db.DatabaseBusy as exc:
        from analytics.labels import t

        print(t("cli.database_busy", args.lang, path=str(exc.path)), file=sys.stderr)
        return EXIT_REJECTED
    except db.DatabaseProblem as exc:  # missing, corrupt, older or newer schema: the way forward
        print(exc.message(args.lang), file=sys.stderr)
        return EXIT_REJECTED


if __name__ == "__main__":
    sys.exit(main())
