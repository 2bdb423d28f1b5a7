"""Who may see what: roles, scopes and grants (table ``access_grants``), and the audit trail
(table ``audit_log``, append-only).

A signed-in identity (the OpenID Connect ``sub`` or e-mail) has at most one grant: a role and a scope.
The scope is national, one province, or a set of instansi. It narrows every ``Filters`` a page or an
export runs with (``Scope.narrow``); the result can only be the scope or a part of it, never more, so
no link, filter or crafted parameter widens it. The rules are in docs/rules.md §15.

Nothing here updates or deletes a row of ``audit_log`` (a test scans the code for it, as for the
calibration trail); grants are replaced or revoked, and every such change is itself audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import duckdb
import pandas as pd

from analytics.core.filters import Filters

# Roles and what each may do (README "Serving an agency" has the same table for people).
ROLES = ("admin", "data_officer", "leader", "evaluator", "trainer")
# The calibration decision flow (PMK 38/2025 pasal 21; docs/rules.md §8): 'calibrate' opens the page;
# the panel drafts (data officer), the talent committee reviews and the PPK sets (leader); an admin,
# and so the local user, may do every step.
CALIBRATION_STEPS = frozenset({"calibrate.draft", "calibrate.review", "calibrate.set"})
RIGHTS: dict[str, frozenset[str]] = {
    "admin": frozenset({"rows", "import", "calibrate", "export", "admin"}) | CALIBRATION_STEPS,
    "data_officer": frozenset({"rows", "import", "export", "calibrate", "calibrate.draft"}),
    "leader": frozenset({"rows", "calibrate", "export"}) | CALIBRATION_STEPS,
    "evaluator": frozenset({"export"}),  # aggregates; individual rows only with a grant's --rows
    "trainer": frozenset({"rows", "export"}),  # on the demo only (demo_only)
}
SCOPE_KINDS = ("national", "provinsi", "instansi")
LOCAL_IDENTITY = "lokal"  # the one user of a local (loopback) app, with every right

DDL = """
create table if not exists access_grants (
    identity varchar not null,
    role varchar not null,
    scope_kind varchar not null,
    scope_value varchar not null,   -- '' for national
    row_rights boolean not null,
    granted_by varchar not null,
    granted_at timestamp not null,
    primary key (identity, scope_value)
);
create sequence if not exists audit_seq start 1;
create table if not exists audit_log (
    audit_id bigint primary key,
    logged_at timestamp not null,
    identity varchar not null,
    role varchar,
    action varchar not null,
    what varchar not null,
    n_rows bigint,
    scope varchar,
    detail varchar
);
"""
AUDIT_ACTIONS = ("signin", "view", "export", "import", "grant", "revoke", "calibrate", "denied")


class AccessRefused(ValueError):
    """A grant or revoke the rules refuse; ``str()`` is the message."""


@dataclass(frozen=True)
class Scope:
    """National (no values), one province, or a set of instansi."""

    kind: str = "national"
    values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS:
            raise AccessRefused(f"unknown scope kind {self.kind!r}")
        if (self.kind == "national") != (not self.values):
            raise AccessRefused("a national scope has no values; a province or instansi scope has some")

    @property
    def national(self) -> bool:
        return self.kind == "national"

    def label(self) -> str:
        """A short text for the audit trail and the sidebar: 'nasional', 'provinsi: X', 'instansi: A, B'."""
        return "nasional" if self.national else f"{self.kind}: {', '.join(self.values)}"

    def narrow(self, filters: Filters) -> tuple[Filters, tuple[str, ...]]:
        """``filters`` within this scope, and the values that were asked for but dropped.

        A chosen value outside the scope is dropped (the caller shows a note); when nothing of a field
        is left, the field becomes the scope itself, so the result is never wider than the scope.
        """
        if self.national:
            return filters, ()
        asked: tuple[str, ...] = filters.instansi if self.kind == "instansi" else filters.provinsi
        kept = tuple(v for v in asked if v in self.values) or self.values
        dropped = tuple(v for v in asked if v not in self.values)
        if self.kind == "instansi":
            return replace(filters, instansi=kept), dropped
        return replace(filters, provinsi=kept), dropped

    def rows(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``frame`` (with an ``instansi`` or ``provinsi`` column) inside the scope; a row
        without a value (e.g. an orphaned calibration) is outside every scope but the national one."""
        if self.national:
            return frame
        if self.kind not in frame.columns:
            raise ValueError(f"cannot scope a frame without a {self.kind} column")
        return frame[frame[self.kind].isin(self.values)]

    def allows(self, *, instansi: str | None, provinsi: str | None) -> bool:
        """True when a row of this instansi/province lies inside the scope."""
        if self.national:
            return True
        return (instansi if self.kind == "instansi" else provinsi) in self.values


NATIONAL = Scope()


@dataclass(frozen=True)
class Grant:
    """One identity's role and scope; ``row_rights`` lets an evaluator see individuals."""

    identity: str
    role: str
    scope: Scope = NATIONAL
    row_rights: bool = False

    def can(self, right: str) -> bool:
        """True when this grant carries ``right`` ('rows', 'import', 'calibrate', 'export', 'admin')."""
        if right == "rows" and self.row_rights:
            return True
        return right in RIGHTS.get(self.role, frozenset())

    @property
    def demo_only(self) -> bool:
        """A trainer works on demo data only (a database without imported data)."""
        return self.role == "trainer"


LOCAL_GRANT = Grant(LOCAL_IDENTITY, "admin", NATIONAL, row_rights=True)


def normalise_identity(identity: str) -> str:
    """Identities compare case-insensitively (e-mail addresses); surrounding spaces are dropped."""
    return identity.strip().lower()


def grant(
    con: duckdb.DuckDBPyConnection,
    identity: str,
    role: str,
    scope: Scope,
    *,
    by: str,
    row_rights: bool = False,
) -> Grant:
    """Give ``identity`` this role and scope (replacing any grant it had) and audit the change."""
    who = normalise_identity(identity)
    if not who:
        raise AccessRefused("identity is empty")
    if role not in ROLES:
        raise AccessRefused(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    now = dt.datetime.now()
    cur = con.cursor()
    cur.execute("begin transaction")
    try:
        cur.execute("delete from access_grants where identity = ?", [who])
        for value in scope.values or ("",):
            cur.execute(
                "insert into access_grants values (?, ?, ?, ?, ?, ?, ?)",
                [who, role, scope.kind, value, row_rights, by, now],
            )
        _record(cur, by, "admin", "grant", f"{who} -> {role}", None, scope.label(), f"rows={row_rights}")
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return Grant(who, role, scope, row_rights)


def revoke(con: duckdb.DuckDBPyConnection, identity: str, *, by: str) -> bool:
    """Remove every grant of ``identity``; True when it had one. The change is audited."""
    who = normalise_identity(identity)
    cur = con.cursor()
    cur.execute("begin transaction")
    try:
        had = cur.execute("select count(*) from access_grants where identity = ?", [who]).fetchall()[0][0]
        cur.execute("delete from access_grants where identity = ?", [who])
        _record(cur, by, "admin", "revoke", who, None, None, None)
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    return bool(had)


def grant_for(con: duckdb.DuckDBPyConnection, identities: Iterable[str | None]) -> Grant | None:
    """The grant of the first of ``identities`` (e.g. the OIDC sub, then the e-mail) that has one."""
    cur = con.cursor()
    for identity in identities:
        if not identity:
            continue
        who = normalise_identity(identity)
        rows = cur.execute(
            "select role, scope_kind, scope_value, row_rights from access_grants where identity = ?"
            " order by scope_value",
            [who],
        ).fetchall()
        if rows:
            role, kind, _, row_rights = rows[0]
            values = tuple(r[2] for r in rows if r[2])
            return Grant(who, str(role), Scope(str(kind), values), bool(row_rights))
    return None


def grants(con: duckdb.DuckDBPyConnection) -> list[Grant]:
    """Every grant, by identity."""
    rows = (
        con.cursor()
        .execute(
            "select identity, role, scope_kind, list(scope_value order by scope_value), bool_or(row_rights)"
            " from access_grants group by all order by identity"
        )
        .fetchall()
    )
    return [Grant(i, r, Scope(k, tuple(v for v in vs if v)), bool(rr)) for i, r, k, vs, rr in rows]


def admins(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The identities with the admin role (whom a user without a grant should ask)."""
    return [g.identity for g in grants(con) if g.role == "admin"]


# --- the audit trail ---------------------------------------------------------------------------------


def _record(
    cur: duckdb.DuckDBPyConnection,
    identity: str,
    role: str | None,
    action: str,
    what: str,
    n_rows: int | None,
    scope: str | None,
    detail: str | None,
) -> None:
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    from analytics.core import db  # db imports this module's DDL

    cur.execute(
        "insert into audit_log values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            db.next_id(cur, "audit_seq"),
            dt.datetime.now(),
            identity,
            role,
            action,
            what,
            n_rows,
            scope,
            detail,
        ],
    )


def record(
    con: duckdb.DuckDBPyConnection,
    who: Grant,
    action: str,
    what: str,
    *,
    n_rows: int | None = None,
    detail: str | None = None,
) -> None:
    """Append one entry to the audit trail: who (identity, role, scope), when, what, how many rows."""
    _record(con.cursor(), who.identity, who.role, action, what, n_rows, who.scope.label(), detail)


AUDIT_COLUMNS = ("audit_id", "logged_at", "identity", "role", "action", "what", "n_rows", "scope", "detail")


def audit_trail(
    con: duckdb.DuckDBPyConnection,
    *,
    identity: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    actions: Sequence[str] = (),
    limit: int | None = None,
) -> list[tuple[Any, ...]]:
    """Audit entries, newest first, filtered by identity (substring), date range and actions."""
    sql = f"select {', '.join(AUDIT_COLUMNS)} from audit_log where true"  # noqa: S608 - fixed names
    params: list[Any] = []
    if identity:
        sql += " and identity ilike ?"
        params.append(f"%{identity.strip()}%")
    if since is not None:
        sql += " and logged_at >= ?"
        params.append(dt.datetime.combine(since, dt.time.min))
    if until is not None:
        sql += " and logged_at < ?"
        params.append(dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min))
    if actions:
        sql += " and action in (select unnest(?::varchar[]))"
        params.append(list(actions))
    sql += " order by audit_id desc"
    if limit is not None:
        sql += " limit ?"
        params.append(int(limit))
    return con.cursor().execute(sql, params).fetchall()


# --- the command line: python -m analytics access grant|revoke|list|audit ---------------------------


def unknown_scope_values(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[str]:
    """Scope values that match no employee (a typo would otherwise grant an empty scope silently);
    an empty database accepts any value (grants may come before the first import)."""
    if scope.national:
        return []
    cur = con.cursor()
    if not cur.execute("select count(*) from employees").fetchall()[0][0]:
        return []
    column = "instansi" if scope.kind == "instansi" else "provinsi"
    known = {
        r[0]
        for r in cur.execute(
            f"select distinct {column} from employees where {column} in (select unnest(?::varchar[]))",  # noqa: S608 - whitelisted column
            [list(scope.values)],
        ).fetchall()
    }
    return [v for v in scope.values if v not in known]


# --- small groups in aggregates shown without row rights ---------------------------------------------

MIN_GROUP = 5  # docs/rules.md §14: no group of fewer than 5 people is shown (as fairness.MIN_GROUP)


def suppressed(
    counts: Sequence[int],
    *,
    totals: Sequence[Sequence[int]] = (),
    min_n: int = MIN_GROUP,
    hidden: Sequence[int] = (),
) -> list[str | None]:
    """Which cells of a table must be hidden when its total (and the sub-totals ``totals``, each a list
    of cell positions, e.g. the talent pool's boxes) are shown: 'small' for 1..min_n-1 people, and
    'complement' for the smallest visible non-empty cell of any total that would otherwise hide
    exactly one cell (the total minus the visible cells would give it back); repeated until no total
    hides exactly one. None: shown. A total whose non-empty cells are all hidden must be withheld too
    (``total_withheld``). ``hidden``: positions withheld for another reason (e.g. the cell of a group
    under ``min_n`` people), marked 'group' and protected by complements like the small ones."""
    marks: list[str | None] = [("small" if 0 < n < min_n else None) for n in counts]
    for i in hidden:
        marks[i] = "group"
    groups = [list(range(len(counts))), *(list(g) for g in totals)]
    changed = True
    while changed:
        changed = False
        for group in groups:
            withheld = [i for i in group if marks[i] and counts[i] > 0]
            visible = sorted((counts[i], i) for i in group if counts[i] > 0 and not marks[i])
            if len(withheld) == 1 and visible:
                marks[visible[0][1]] = "complement"
                changed = True
    return marks


def total_withheld(counts: Sequence[int], marks: Sequence[str | None], group: Sequence[int]) -> bool:
    """True when the total over ``group`` would tell a hidden cell: its one non-empty cell is hidden
    (several hidden cells only give their sum away, which is no one's count)."""
    non_empty = [i for i in group if counts[i] > 0]
    return len(non_empty) == 1 and bool(marks[non_empty[0]])
