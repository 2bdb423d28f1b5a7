"""`python -m analytics access`: the command over analytics.core.access."""

from __future__ import annotations

from typing import Any

from analytics.core.access import (
    NATIONAL,
    AccessRefused,
    Scope,
    audit_trail,
    grant,
    grants,
    normalise_identity,
    revoke,
    unknown_scope_values,
)


def run(args: Any) -> int:
    """``access grant IDENTITY --role R (--national | --provinsi P | --instansi I ...) [--rows]``,
    ``access revoke IDENTITY``, ``access list``, ``access audit [IDENTITY] [--limit N]``."""
    import sys

    from analytics.core import db

    con = db.connect(db.db_path(args.db))
    try:
        if args.action == "list":
            for g in grants(con):
                rows = " +rows" if g.row_rights else ""
                print(f"{g.identity}\t{g.role}{rows}\t{g.scope.label()}")
            return 0
        if args.action == "audit":
            for row in audit_trail(con, identity=args.identity, limit=args.limit):
                print("\t".join("" if v is None else str(v) for v in row))
            return 0
        if not args.identity:
            print("access: IDENTITY is required (an OIDC sub or e-mail)", file=sys.stderr)
            return 2
        if args.action == "revoke":
            had = revoke(con, args.identity, by=args.by)
            print(f"revoked: {normalise_identity(args.identity)}" if had else "no grant to revoke")
            return 0
        if not args.role:
            print("access grant: --role is required", file=sys.stderr)
            return 2
        if args.instansi:
            scope = Scope("instansi", tuple(sorted(set(args.instansi))))
        elif args.provinsi:
            scope = Scope("provinsi", (args.provinsi,))
        elif args.national:
            scope = NATIONAL
        else:
            print("access grant: give --national, --provinsi P or --instansi I", file=sys.stderr)
            return 2
        unknown = unknown_scope_values(con, scope)
        if unknown:
            print(f"access grant: not in the employee data: {', '.join(unknown)}", file=sys.stderr)
            return 1
        g = grant(con, args.identity, args.role, scope, by=args.by, row_rights=args.rows)
        print(f"granted: {g.identity}\t{g.role}\t{g.scope.label()}")
        return 0
    except AccessRefused as exc:
        print(f"access: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
