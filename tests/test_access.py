"""Roles, scopes, grants and the audit trail (analytics/access.py) on a real DuckDB file."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics.core import access, db
from analytics.core.access import NATIONAL, Grant, Scope
from analytics.core.filters import Filters

ROOT = Path(__file__).resolve().parents[1]
ENDE = "Pemerintah Kabupaten Ende"
SIKKA = "Pemerintah Kabupaten Sikka"


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return db.connect(tmp_path / "t.duckdb")


def test_a_scope_narrows_any_filters_and_never_widens_them() -> None:
    ende = Scope("instansi", (ENDE,))
    narrowed, dropped = ende.narrow(Filters(period=2025))
    assert narrowed == Filters(period=2025, instansi=(ENDE,)) and dropped == ()
    narrowed, dropped = ende.narrow(Filters(period=2025, instansi=(SIKKA, ENDE), unit_kerja=("Dinas A",)))
    assert narrowed.instansi == (ENDE,) and narrowed.unit_kerja == ("Dinas A",) and dropped == (SIKKA,)
    narrowed, dropped = ende.narrow(Filters(instansi=(SIKKA,)))  # only outside: the scope itself, noted
    assert narrowed.instansi == (ENDE,) and dropped == (SIKKA,)
    ntt = Scope("provinsi", ("Nusa Tenggara Timur",))
    narrowed, _ = ntt.narrow(Filters(provinsi=("Jawa Barat",), instansi=("Pemerintah Kota Bandung",)))
    assert narrowed.provinsi == ("Nusa Tenggara Timur",)  # with Bandung's instansi the result is empty
    assert NATIONAL.narrow(Filters(instansi=(SIKKA,))) == (Filters(instansi=(SIKKA,)), ())
    with pytest.raises(access.AccessRefused):
        Scope("instansi", ())
    with pytest.raises(access.AccessRefused):
        Scope("national", ("x",))


def test_narrowed_filters_select_only_the_scope_in_sql(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create table t (instansi varchar, provinsi varchar, period integer)")
    con.executemany("insert into t values (?, ?, 2025)", [[ENDE, "NTT"], [SIKKA, "NTT"], ["X", "Jabar"]])
    for asked in (
        Filters(period=2025),
        Filters(period=2025, instansi=(SIKKA,)),
        Filters(instansi=(SIKKA, ENDE)),
    ):
        narrowed, _ = Scope("instansi", (ENDE,)).narrow(asked)
        where, params = narrowed.where()
        rows = con.execute(f"select instansi from t where {where}", params).fetchall()  # noqa: S608 - test
        assert rows == [(ENDE,)]


def test_rows_of_a_frame_within_scope() -> None:
    frame = pd.DataFrame({"instansi": [ENDE, SIKKA, None], "provinsi": ["NTT", "NTT", None], "n": [1, 2, 3]})
    assert Scope("instansi", (ENDE,)).rows(frame)["n"].tolist() == [1]
    assert Scope("provinsi", ("NTT",)).rows(frame)["n"].tolist() == [1, 2]
    assert NATIONAL.rows(frame)["n"].tolist() == [1, 2, 3]


def test_roles_carry_their_rights() -> None:
    assert Grant("a", "admin").can("admin") and Grant("a", "admin").can("rows")
    assert Grant("d", "data_officer").can("import") and Grant("d", "data_officer").can("calibrate.draft")
    assert not Grant("d", "data_officer").can("calibrate.review") and not Grant("d", "data_officer").can(
        "calibrate.set"
    )
    assert Grant("l", "leader").can("calibrate") and not Grant("l", "leader").can("import")
    assert not Grant("e", "evaluator").can("rows") and Grant("e", "evaluator", row_rights=True).can("rows")
    assert Grant("t", "trainer").demo_only and not Grant("l", "leader").demo_only
    assert not Grant("x", "-").can("rows")  # an unknown role has no right


def test_grant_replace_revoke_and_their_audit(con: duckdb.DuckDBPyConnection) -> None:
    access.grant(con, " Kepala@EndeKab.go.id ", "leader", Scope("instansi", (ENDE, SIKKA)), by="admin@bkn")
    found = access.grant_for(con, [None, "kepala@endekab.go.id"])
    assert found == Grant("kepala@endekab.go.id", "leader", Scope("instansi", (ENDE, SIKKA)))
    access.grant(con, "kepala@endekab.go.id", "evaluator", NATIONAL, by="admin@bkn", row_rights=True)
    assert access.grants(con) == [Grant("kepala@endekab.go.id", "evaluator", NATIONAL, row_rights=True)]
    assert access.grant_for(con, ["someone-else"]) is None
    assert access.revoke(con, "kepala@endekab.go.id", by="admin@bkn") is True
    assert access.grants(con) == [] and access.revoke(con, "kepala@endekab.go.id", by="admin@bkn") is False
    trail = access.audit_trail(con)
    assert [r[4] for r in trail] == ["revoke", "revoke", "grant", "grant"]  # newest first
    assert trail[-1][2] == "admin@bkn" and trail[-1][7] == f"instansi: {ENDE}, {SIKKA}"
    access.record(
        con, Grant("kepala@endekab.go.id", "leader", Scope("instansi", (ENDE,))), "view", "x", n_rows=7
    )
    assert access.audit_trail(con, identity="kepala", actions=["view"])[0][5:7] == ("x", 7)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert access.audit_trail(con, since=tomorrow) == [] and len(access.audit_trail(con, until=tomorrow)) == 5
    with pytest.raises(access.AccessRefused):
        access.grant(con, "x@y", "superuser", NATIONAL, by="a")
    with pytest.raises(ValueError):
        access.record(con, Grant("a", "admin"), "edit", "x")


def test_nothing_in_the_code_updates_or_deletes_the_audit_trail() -> None:
    pattern = re.compile(r"(update|delete\s+from|truncate|drop\s+table|alter\s+table)\s+audit_log", re.I)
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("analytics", "ui", "app_pages", "scripts")
        for p in (ROOT / folder).rglob("*.py")
        if pattern.search(p.read_text())
    ]
    assert offenders == []
    assert (
        "insert into audit_log" in (ROOT / "analytics" / "core" / "access.py").read_text()
    )  # the one writer


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_grant_list_revoke_audit(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    db.connect(path).close()
    out = cli(
        "access", "grant", "kepala@endekab.go.id", "--role", "leader", "--instansi", ENDE, "--db", str(path)
    )
    assert out.returncode == 0, out.stderr
    assert cli("access", "grant", "x@y", "--role", "leader", "--db", str(path)).returncode == 2  # no scope
    listed = cli("access", "list", "--db", str(path))
    assert listed.stdout.strip() == f"kepala@endekab.go.id\tleader\tinstansi: {ENDE}"
    assert cli("access", "revoke", "kepala@endekab.go.id", "--db", str(path)).stdout.startswith("revoked")
    assert cli("access", "list", "--db", str(path)).stdout.strip() == ""
    audit = cli("access", "audit", "--db", str(path)).stdout.splitlines()
    assert [line.split("\t")[4] for line in audit] == ["revoke", "grant"]


def test_cli_refuses_a_scope_that_matches_nobody(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    con = db.connect(path)
    con.execute(
        "insert into employees (period, nip, nama, instansi, unit_kerja, jabatan, jenis_jabatan)"
        " values (2025, '199001012015011001', 'A', ?, 'U', 'J', 'Fungsional')",
        [ENDE],
    )
    con.close()
    typo = cli(
        "access",
        "grant",
        "a@b",
        "--role",
        "leader",
        "--instansi",
        "Pemerintah Kabupaten Endeh",
        "--db",
        str(path),
    )
    assert typo.returncode == 1 and "Endeh" in typo.stderr
    ok = cli("access", "grant", "a@b", "--role", "leader", "--instansi", ENDE, "--db", str(path))
    assert ok.returncode == 0, ok.stderr


def test_small_groups_and_their_complements_are_withheld() -> None:
    # one small cell: the total minus the visible cells would give it back, so the next smallest goes too
    assert access.suppressed([12, 3, 40, 0, 7]) == [None, "small", None, None, "complement"]
    # two small cells hide each other; empty cells stay visible
    assert access.suppressed([12, 3, 40, 0, 2]) == [None, "small", None, None, "small"]
    # a sub-total (the pool: cells 2, 3, 4) hides exactly one: its smallest visible cell goes as well,
    # which may make another total hide exactly one: repeated until none does
    marks = access.suppressed([50, 60, 3, 9, 20], totals=[[2, 3, 4]])
    assert marks == [None, None, "small", "complement", None]
    marks = access.suppressed([50, 60, 4, 30, 2, 9], totals=[[2, 3], [4, 5]])
    assert marks == [None, None, "small", "complement", "small", "complement"]
    # every recoverable cell is hidden: no total hides exactly one non-empty cell
    for counts, totals in (([50, 60, 4, 30, 2, 9], [[2, 3], [4, 5]]), ([12, 3, 40, 0, 7], [])):
        marks = access.suppressed(counts, totals=totals)
        for group in [list(range(len(counts))), *totals]:
            assert sum(1 for i in group if marks[i] and counts[i]) != 1
    assert access.suppressed([5, 6, 0]) == [None, None, None]  # nothing small: nothing hidden
    marks = access.suppressed([3, 0, 0])
    assert marks == ["small", None, None] and access.total_withheld([3, 0, 0], marks, [0, 1, 2])
    assert not access.total_withheld([12, 3, 40], access.suppressed([12, 3, 40]), [0, 1, 2])
    assert not access.total_withheld([3, 2, 0], access.suppressed([3, 2, 0]), [0, 1, 2])  # a sum of two
