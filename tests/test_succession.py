"""Talent pool, the succession readiness check (KASN's five notes, docs/rules.md §7) and the import of a
critical-position file (docs/data-contract.md §5), on a tiny population in a real DuckDB file."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from analytics import cli, ingest
from analytics.core import db
from analytics.ingest import positions as position_file
from analytics.ninebox import boxes as nb
from analytics.talent import succession

DATA = Path(__file__).parent / "data" / "succession"
INSTANSI = "Kabupaten Contoh"
LEVEL = {1: 50.0, 2: 70.0, 3: 90.0}  # a score inside each level under the default 60/80 cut-offs
HOLDER, SUCC_9, SUCC_8, HOLDER_2, SUCC_7 = (
    "198001012005011001",
    "198502022010012002",
    "198603032011011003",
    "197501012000011004",
    "198704042012012005",
)


def person(nip: str, kinerja: int, potensial: int, **values: Any) -> dict[str, Any]:
    """An employee whose every kinerja component is LEVEL[kinerja] and every potensial one LEVEL[potensial]."""
    row: dict[str, Any] = {
        "period": 2025,
        "nip": nip,
        "nama": f"Pegawai {nip[-3:]}",
        "instansi": INSTANSI,
        "unit_kerja": "Dinas A",
        "jabatan": "Analis",
        "jenis_jabatan": "Fungsional",
        "source": "impor",
    }
    row.update({c: LEVEL[kinerja] for c in db.KINERJA_COMPONENTS})
    row.update({c: LEVEL[potensial] for c in db.POTENSIAL_COMPONENTS})
    row.update(values)
    return row


# 32 people: three in each box (fillers), two holders in box 5, successors in boxes 9, 8, 7.
POPULATION = [
    person(f"19900101201501{1 + i % 2}{i:03d}", k, p)
    for i, (k, p) in enumerate((k, p) for k in (1, 2, 3) for p in (1, 2, 3) for _ in range(3))
] + [
    person(HOLDER, 2, 2, nama="Yohanes Bria", jabatan="Kepala Dinas A", jenis_jabatan="JPT Pratama"),
    person(HOLDER_2, 2, 2, nama="Maria Kolo", jabatan="Sekretaris Dinas A", jenis_jabatan="Administrator"),
    person(SUCC_9, 3, 3, nama="Theresia Ndun"),
    person(SUCC_8, 2, 3, nama="Petrus Tefa"),
    person(SUCC_7, 3, 2, nama="Yuliana Manafe"),
]
FILLER_BOX5 = POPULATION[12]["nip"]  # a filler in box 5 (kinerja 2, potensial 2)


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    frame = pd.DataFrame(rows)
    cur = con.cursor()
    cur.register("new_rows", frame)
    cur.execute(f"insert into {table} by name select * from new_rows")  # noqa: S608 test tables
    cur.unregister("new_rows")


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect(tmp_path / "t.duckdb")
    succession.ensure_tables(c)
    insert(c, "employees", POPULATION)
    yield c
    c.close()


def ready(con: duckdb.DuckDBPyConnection) -> None:
    """The passing fixture: two critical positions, successors in boxes 9, 8 and 7, one programme."""
    insert(
        con,
        "critical_positions",
        [
            {
                "instansi": INSTANSI,
                "jabatan": "Kepala Dinas A",
                "unit_kerja": "Dinas A",
                "holder_nip": HOLDER,
            },
            {
                "instansi": INSTANSI,
                "jabatan": "Sekretaris Dinas A",
                "unit_kerja": "Dinas A",
                "holder_nip": HOLDER_2,
            },
        ],
    )
    insert(
        con,
        "successors",
        [
            {
                "instansi": INSTANSI,
                "jabatan": "Kepala Dinas A",
                "unit_kerja": "Dinas A",
                "nip": SUCC_9,
                "readiness": "siap_sekarang",
            },
            {
                "instansi": INSTANSI,
                "jabatan": "Kepala Dinas A",
                "unit_kerja": "Dinas A",
                "nip": SUCC_8,
                "readiness": "1_2_tahun",
            },
            {
                "instansi": INSTANSI,
                "jabatan": "Sekretaris Dinas A",
                "unit_kerja": "Dinas A",
                "nip": SUCC_7,
                "readiness": "3_tahun",
            },
        ],
    )
    insert(con, "development_programmes", [{"instansi": INSTANSI, "programme": "Coaching talent pool"}])


def checks(con: duckdb.DuckDBPyConnection, lang: str = "id") -> list[succession.Check]:
    return succession.readiness_check(
        con, INSTANSI, rules=succession.Rules.default(con), period=2025, lang=lang
    )


# --- talent pool ----------------------------------------------------------------------------------


def test_pool_summary_counts_boxes_789_against_all_asn(con: duckdb.DuckDBPyConnection) -> None:
    rules = succession.Rules.default(con)
    summary = succession.pool_summary(con, rules=rules, filters=nb.Filters(period=2025)).iloc[0]
    # fillers: 3 per box -> 9 in boxes 7-8-9; plus the three successors
    assert (summary.asn, summary.mapped, summary.pool) == (32, 32, 12)
    assert summary.share == pytest.approx(12 / 32)
    assert summary.status == "above"
    by_type = succession.pool_by_position(con, rules=rules, filters=nb.Filters(period=2025))
    assert list(by_type["jenis_jabatan"]) == ["JPT Pratama", "Administrator", "Fungsional"]
    assert list(by_type["pool"]) == [0, 0, 12]
    members = succession.pool_members(con, rules=rules, filters=nb.Filters(period=2025))
    assert len(members) == 12 and members["box"].iloc[0] == 9


@pytest.mark.parametrize(
    ("share", "status"), [(0.049, "below"), (0.05, "within"), (0.10, "within"), (0.11, "above")]
)
def test_pool_status_against_the_5_to_10_percent_recommendation(share: float, status: str) -> None:
    assert succession.pool_status(share) == status


# --- readiness: the passing fixture -----------------------------------------------------------------


def test_every_check_passes_on_the_ready_fixture(con: duckdb.DuckDBPyConnection) -> None:
    ready(con)
    result = checks(con)
    assert [c.number for c in result] == [1, 2, 3, 4, 5]
    assert all(c.passed for c in result), [(c.key, c.evidence) for c in result]
    assert result[0].evidence == (
        "2 jabatan kritikal ditetapkan: Kepala Dinas A (Dinas A); Sekretaris Dinas A (Dinas A)."
    )
    assert result[1].evidence.startswith("Semua 32 pegawai dapat dipetakan; sumbu kinerja dari 4 komponen")
    assert result[2].evidence == "Semua 3 suksesor berada di kotak 7-8-9."
    assert result[3].evidence.startswith("Tidak ada unit kerja atau jenis jabatan dengan penumpukan talenta.")
    assert result[4].evidence == "1 program tercatat: Coaching talent pool."


# --- readiness: one failing fixture per check --------------------------------------------------------


def no_positions(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("delete from successors")
    con.execute("delete from critical_positions")


def blank_and_single_source(con: duckdb.DuckDBPyConnection) -> None:
    # one competency not assessed; and the kinerja axis only from the SKP rating
    con.execute("update employees set kompetensi = null where nip = ?", [FILLER_BOX5])
    con.execute("update employees set penghargaan = null, tim_kerja = null, umpan_balik = null")


def successor_outside_and_position_without(con: duckdb.DuckDBPyConnection) -> None:
    insert(
        con,
        "successors",
        [
            {
                "instansi": INSTANSI,
                "jabatan": "Sekretaris Dinas A",
                "unit_kerja": "Dinas A",
                "nip": FILLER_BOX5,
                "readiness": "3_tahun",
            }
        ],
    )
    insert(
        con,
        "critical_positions",
        [{"instansi": INSTANSI, "jabatan": "Kepala Bidang B", "unit_kerja": "Dinas A"}],
    )


def piled_up(con: duckdb.DuckDBPyConnection) -> None:
    fillers = [p["nip"] for p in POPULATION[:27] if p["nip"] != FILLER_BOX5][:14]
    sets = ", ".join(f"{c} = 70" for c in db.COMPONENTS)  # fixed columns
    sql = f"update employees set {sets} where nip in (select unnest(?::varchar[]))"  # noqa: S608
    con.execute(sql, [fillers])


def no_programme(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("delete from development_programmes")


@pytest.mark.parametrize(
    ("number", "mutate", "evidence"),
    [
        (1, no_positions, ["Belum ada jabatan kritikal yang tercatat."]),
        (
            2,
            blank_and_single_source,
            [
                "1 dari 32 pegawai tidak dapat dipetakan (komponen belum dinilai)",
                "sumbu kinerja hanya bersandar pada satu sumber (Penilaian Kinerja)",
            ],
        ),
        (
            3,
            successor_outside_and_position_without,
            [
                f"1 suksesor di luar kotak 7-8-9: Pegawai {FILLER_BOX5[-3:]} (Kotak 5, untuk Sekretaris Dinas A).",
                "1 jabatan kritikal tanpa suksesor: Kepala Bidang B (Dinas A).",
            ],
        ),
        (4, piled_up, ["Penumpukan di Kotak 5: Dinas A, 53% dari 32 pegawai"]),
        (5, no_programme, ["Belum ada program pengembangan talenta yang tercatat untuk instansi ini."]),
    ],
)
def test_each_check_fails_on_its_fixture_with_the_evidence(
    con: duckdb.DuckDBPyConnection,
    number: int,
    mutate: Callable[[duckdb.DuckDBPyConnection], None],
    evidence: list[str],
) -> None:
    ready(con)
    mutate(con)
    result = checks(con)
    failed = result[number - 1]
    assert not failed.passed
    for text in evidence:
        assert text in failed.evidence, failed.evidence
    assert failed.action and failed.action != result[number - 1].title
    if number != 4:  # the others still pass: each fixture breaks one note only
        others = [c.number for c in result if not c.passed and c.number != number]
        assert others == ([3] if number == 1 else []), [(c.key, c.evidence) for c in result]


def test_checks_speak_english(con: duckdb.DuckDBPyConnection) -> None:
    ready(con)
    no_programme(con)
    result = checks(con, lang="en")
    assert result[4].title == "Talent development programme recorded"
    assert result[4].evidence == "No talent development programme is recorded for this agency."


def test_succession_plan_warnings(con: duckdb.DuckDBPyConnection) -> None:
    ready(con)
    successor_outside_and_position_without(con)
    plan = succession.succession_plan(con, INSTANSI, period=2025, rules=succession.Rules.default(con))
    warnings = dict(zip(plan["successor_nip"].fillna("-"), plan["warning"], strict=True))
    assert warnings == {
        SUCC_9: None,
        SUCC_8: None,
        SUCC_7: None,
        FILLER_BOX5: "outside_pool",
        "-": "no_successor",
    }
    assert plan.loc[plan["successor_nip"] == SUCC_9, "holder_nama"].item() == "Yohanes Bria"


# --- command line -----------------------------------------------------------------------------------


def test_readiness_command_prints_the_five_checks(
    con: duckdb.DuckDBPyConnection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ready(con)
    no_programme(con)
    con.close()
    path = str(tmp_path / "t.duckdb")
    assert cli.main(["readiness", "--db", path, "--instansi", INSTANSI, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["period"] == 2025 and out["passed"] == 4
    assert [c["passed"] for c in out["checks"]] == [True, True, True, True, False]
    assert cli.main(["readiness", "--db", path, "--instansi", INSTANSI]) == 0
    text = capsys.readouterr().out
    assert "5. [Belum terpenuhi] Program pengembangan talenta tercatat" in text
    assert cli.main(["readiness", "--db", path, "--instansi", "Kabupaten Entah"]) == 1
    assert "Instansi tidak dikenal" in capsys.readouterr().err
    assert cli.main(["readiness", "--db", path]) == 2


# --- critical-position import (docs/data-contract.md §5) -------------------------------------------


def stored(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    cur = con.cursor()
    return (
        cur.execute("select * exclude (import_id) from critical_positions order by all").fetchall(),
        cur.execute("select * exclude (import_id) from successors order by all").fetchall(),
    )


def validate(con: duckdb.DuckDBPyConnection, name: str) -> Any:
    return position_file.validate_critical_positions((DATA / name).read_bytes(), name, con)


def test_good_file_loads(con: duckdb.DuckDBPyConnection) -> None:
    validated = validate(con, "good.csv")
    assert not validated.fatal and not validated.error_rows
    result = position_file.load_critical_positions(con, validated)
    assert (result.positions, result.successors, result.instansi) == (3, 3, (INSTANSI,))
    positions, successors = stored(con)
    assert [(p[1], p[4], str(p[5])) for p in positions] == [
        ("Kepala Bidang B", None, "None"),
        ("Kepala Dinas A", HOLDER, "2027-04-01"),
        ("Sekretaris Dinas A", HOLDER_2, "2028-01-01"),
    ]
    assert sorted((s[3], s[4]) for s in successors) == [
        (SUCC_9, "siap_sekarang"), (SUCC_8, "1_2_tahun"), (SUCC_7, "3_tahun"),
    ]  # fmt: skip
    log = con.execute("select kind, file_name from import_log").fetchall()
    assert log == [("critical_positions", "good.csv")]


@pytest.mark.parametrize(
    ("name", "rows", "expected"),
    [
        (
            "bad_unknown_nip.csv",
            {3},
            "Berkas bad_unknown_nip.csv, baris 3, kolom 'NIP Suksesor', nilai '199912312020121999': "
            "NIP tidak ditemukan di data pegawai.",
        ),
        (
            "bad_readiness.csv",
            {3},
            "Berkas bad_readiness.csv, baris 3, kolom 'Kesiapan', nilai 'Segera': kesiapan tidak dikenal. "
            "Gunakan salah satu: Siap sekarang, 1-2 tahun, 3+ tahun.",
        ),
        (
            "bad_date.csv",
            {2, 3},
            "Berkas bad_date.csv, baris 2, kolom 'Perkiraan Lowong', nilai '31/02/2027': tanggal tidak terbaca.",
        ),
        (
            "missing_column.csv",
            set(),
            "Berkas missing_column.csv, baris 1, kolom 'Unit Kerja': kolom wajib tidak ada. "
            "Tambahkan kolom 'Unit Kerja'",
        ),
    ],
)
def test_bad_files_are_rejected_row_by_row_and_nothing_changes(
    con: duckdb.DuckDBPyConnection, name: str, rows: set[int], expected: str
) -> None:
    position_file.load_critical_positions(con, validate(con, "good.csv"))
    before = stored(con)
    validated = validate(con, name)
    assert validated.error_rows == rows
    assert validated.fatal == (not rows)
    messages = [text for severity, text in ingest.problem_messages(validated, "id") if severity == "error"]
    assert any(m.startswith(expected) for m in messages), messages
    with pytest.raises(ValueError):
        position_file.load_critical_positions(con, validated)
    assert stored(con) == before


def test_bad_messages_in_english(con: duckdb.DuckDBPyConnection) -> None:
    validated = validate(con, "bad_unknown_nip.csv")
    (_, text), *_ = [m for m in ingest.problem_messages(validated, "en") if m[0] == "error"]
    assert text.startswith("File bad_unknown_nip.csv, row 3, column 'NIP Suksesor'")
    assert "NIP not found in the employee data" in text


def test_a_failing_write_rolls_back(con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch) -> None:
    position_file.load_critical_positions(con, validate(con, "good.csv"))
    before = stored(con)
    validated = validate(con, "good.csv")
    validated.rows.loc[validated.rows.index[0], "readiness"] = None  # violates successors.readiness not null
    with pytest.raises(duckdb.ConstraintException):
        position_file.load_critical_positions(con, validated)
    assert stored(con) == before


def test_the_template_round_trips_its_headers() -> None:
    frame = position_file.template_frame()
    assert list(frame.columns) == [
        "Instansi", "Jabatan Kritikal", "Unit Kerja", "Jenis Jabatan", "NIP Pemangku",
        "Perkiraan Lowong", "NIP Suksesor", "Kesiapan",
    ]  # fmt: skip
