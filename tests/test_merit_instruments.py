"""Merit instrument versions (issue 17.1; docs/rules.md §9, §16): PermenPANRB 40/2018 and 19/2025 as
reference data, a 19/2025 file scored per question with a gate, and files that must be rejected with
nothing stored. Real DuckDB files, imports through analytics.ingest and the CLI."""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pytest

from analytics import cli, ingest
from analytics.core import db
from analytics.merit import scores as m

NTT = "Nusa Tenggara Timur"
V19 = "permenpanrb19_2025"
V40 = "permenpanrb40_2018"
HEADER = (
    "Instansi;Jenis Instansi;Provinsi;Periode;Instrumen;Tahap;Aspek;Pertanyaan;Nilai;Bukti Dukung;"
    "Berlaku Jika;Membayar TPP\n"
)
ASPECT_1 = "Perencanaan Kebutuhan dan Standardisasi Jabatan"
ASPECT_6 = "Penghargaan dan Pengakuan"


def v19_row(question: str, aspect: str, score: str, evidence: str = "bukti.pdf", condition: str = "",
            tpp: str = "tidak", instansi: str = "Pemerintah Kabupaten Ende") -> str:  # fmt: skip
    return (
        f"{instansi};Kabupaten;{NTT};2026;PermenPANRB 19/2025;Verifikasi Akhir;{aspect};{question};{score};"
        f"{evidence};{condition};{tpp}\n"
    )


# The hand-worked example (docs/rules.md §16): Ende does not pay TPP, so question 6.2 ("Berlaku Jika
# Membayar TPP = ya") is switched off and not counted.
#   aspect 1: questions 1.1 = 3, 1.2 = 2, 1.3 = 4        -> (3 + 2 + 4) / 3 = 3.0 (3 questions apply)
#   aspect 6: questions 6.1 = 4, 6.2 = 1 (off), 6.3 = 1  -> (4 + 1) / 2 = 2.5 (2 apply, 1 off)
#   counting the switched-off question would give (4 + 1 + 1) / 3 = 2.0 instead.
# A score of 0 needs no evidence (6.4 = 0 with an empty Bukti Dukung): aspect 6 is then (4+1+0)/3.
WORKED = (
    HEADER
    + v19_row("1.1", ASPECT_1, "3")
    + v19_row("1.2", ASPECT_1, "2")
    + v19_row("1.3", ASPECT_1, "4")
    + v19_row("6.1", ASPECT_6, "4")
    + v19_row("6.2", ASPECT_6, "1", condition="Membayar TPP = ya")
    + v19_row("6.3", ASPECT_6, "1")
)


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return db.connect(tmp_path / "merit.duckdb")


def _load(con: duckdb.DuckDBPyConnection, content: str, name: str = "merit_2026.csv", **kw: object) -> None:
    v = ingest.validate(content.encode(), name, con, kind="merit", **kw)  # type: ignore[arg-type]
    assert not v.fatal and not v.error_rows, v.problems
    ingest.load(con, v, replace=bool(kw.get("replace", False)))


def _snapshot(c: duckdb.DuckDBPyConnection) -> list[object]:
    out: list[object] = []
    for table in ("merit_scores", "merit_status", "merit_answers", "merit_gate_answers"):
        out += c.execute(f"select * exclude (import_id) from {table} order by all").fetchall()  # noqa: S608 fixed names
    out += c.execute("select count(*) from import_log").fetchall()
    return out


def test_both_versions_ship_as_reference_data(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select instrument, regulation, max_total, question_max, valid_from, valid_to"
        " from ref_merit_instruments order by valid_from"
    ).fetchall()
    assert rows == [
        (V40, "PermenPANRB 40/2018", 410, None, 2018, 2025),
        (V19, "PermenPANRB 19/2025", None, 4, 2026, 9999),
    ]
    old = con.execute(
        "select max_score from ref_merit_aspects where instrument = ? order by aspect_order", [V40]
    ).fetchall()
    assert [r[0] for r in old] == [40, 40, 130, 40, 80, 40, 16, 24]
    new = con.execute(
        "select aspect, weight from ref_merit_aspects where instrument = ? order by aspect_order", [V19]
    ).fetchall()
    assert len(new) == 8 and new[0] == (ASPECT_1, 0.10)
    assert [w for _, w in new[1:]] == [None] * 7  # not public yet: empty, never invented
    assert [a for a, _ in new][-1] == "Digitalisasi Manajemen ASN"
    bands = con.execute("select instrument, count(*) from ref_merit_categories group by all").fetchall()
    assert bands == [(V40, 4)]  # 19/2025 bands not public: none
    assert m.index_scale(con, 2025).max_total == 410 and m.index_scale(con, 2026).max_total is None
    assert m.index_scale(con, 2026).question_max == 4


def test_ntt_slide_still_reproduced_under_40_2018(con: duckdb.DuckDBPyConnection) -> None:
    aspects = {
        "Perencanaan Kebutuhan": 37.5, "Pengadaan": 40, "Pengembangan Karier": 62.5, "Promosi dan Mutasi": 25,
        "Manajemen Kinerja": 57.5, "Penggajian, Penghargaan dan Disiplin": 30, "Perlindungan dan Pelayanan": 14,
        "Sistem Informasi": 16,
    }  # fmt: skip
    body = "".join(
        f"Pemerintah Provinsi Nusa Tenggara Timur;Provinsi;{NTT};2022;Verifikasi Akhir;{a};{str(v).replace('.', ',')}\n"
        for a, v in aspects.items()
    )
    _load(con, "Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n" + body, "ntt_2022.csv")
    gov = m.province_government(con, NTT, 2022)
    assert gov is not None
    assert gov["nilai_verifikasi"] == 282.5 and round(gov["indeks"], 2) == 0.69 and gov["kategori"] == "Baik"


def test_hand_worked_19_2025_example_with_a_switched_off_question(con: duckdb.DuckDBPyConnection) -> None:
    v = ingest.validate(WORKED.encode(), "merit_2026.csv", con, kind="merit")
    assert not v.error_rows and not v.fatal, v.problems
    warned = v.problems[v.problems["code"] == "question_switched_off"]
    assert list(warned["row"]) == [6]  # 6.2 is the file's sixth line
    ingest.load(con, v)
    long = m.maturity_by_aspect(con, NTT, 2026)
    got = {r.aspect: (r.maturitas, r.n_berlaku, r.n_tidak_berlaku) for r in long.itertuples()}
    assert got == {ASPECT_1: (3.0, 3, 0), ASPECT_6: (2.5, 2, 1)}
    answers = con.execute(
        "select question, applies from merit_answers where aspect = ? order by question", [ASPECT_6]
    ).fetchall()
    assert answers == [("6.1", True), ("6.2", False), ("6.3", True)]
    assert con.execute("select gate, answer from merit_gate_answers").fetchall() == [("tpp", "tidak")]
    # no total, index, category or rank: none is set for 19/2025 yet
    table = m.regency_comparison(con, NTT, 2026)
    assert list(table["instansi"]) == ["Pemerintah Kabupaten Ende"]
    assert table.loc[0, "verifikasi_state"] == "not_set" and table.loc[0, "kategori"] is None
    assert math.isnan(table.loc[0, "indeks"]) and table["peringkat"].isna().all()
    wide = m.maturity_table(long)
    assert list(wide.columns) == ["instansi", "tahap", ASPECT_1, ASPECT_6]


def test_the_gate_switches_the_question_on(con: duckdb.DuckDBPyConnection) -> None:
    paying = WORKED.replace(";tidak\n", ";ya\n")
    _load(con, paying)
    long = m.maturity_by_aspect(con, NTT, 2026)
    got = {r.aspect: (r.maturitas, r.n_berlaku) for r in long.itertuples()}
    assert got[ASPECT_6] == (2.0, 3)  # (4 + 1 + 1) / 3 when the regency pays TPP


def test_period_comparison_never_puts_two_versions_on_one_scale(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "insert into merit_status (period, instansi, jenis_instansi, provinsi, status, nilai_mandiri, "
        "nilai_verifikasi, source) values (2025, 'Pemerintah Kabupaten Ende', 'Kabupaten', ?, 'Selesai Input', "
        "300, 282.5, 'test')",
        [NTT],
    )
    _load(con, WORKED)
    assert m.same_scale(con, 2024, 2025) and not m.same_scale(con, 2025, 2026)
    comparison = m.period_comparison(con, NTT, 2025, 2026)
    row = comparison.iloc[0]
    assert row["arah"] == "beda_instrumen" and math.isnan(row["perubahan"])
    assert row["nilai_verifikasi_awal"] == 282.5 and row["verifikasi_state_akhir"] == "not_set"


BAD = [
    pytest.param(  # a maturity score of 5 on a 0-4 scale
        HEADER + v19_row("1.1", ASPECT_1, "5"), {}, "score_above_question_max", 2, "Nilai",
        "melebihi skor maksimum pertanyaan (4) pada PermenPANRB 19/2025", id="score-5",
    ),
    pytest.param(  # a question switched by the TPP gate, the gate left unanswered
        HEADER + v19_row("6.1", ASPECT_6, "4", tpp="") + v19_row("6.2", ASPECT_6, "2", condition="Membayar TPP = ya", tpp=""),
        {}, "gate_answer_missing", 3, "Membayar TPP", "jawabannya tidak ada", id="missing-gate",
    ),
    pytest.param(  # the gate's column missing altogether
        HEADER.replace(";Membayar TPP", "") + v19_row("6.2", ASPECT_6, "2", condition="Membayar TPP = ya").rsplit(";", 1)[0] + "\n",
        {}, "gate_answer_missing", 2, "Membayar TPP", "jawabannya tidak ada", id="missing-gate-column",
    ),
    pytest.param(  # a 40/2018 file (its aspects, no questions) imported as 2026
        "Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n"
        f"Pemerintah Kabupaten Ende;Kabupaten;{NTT};2026;Verifikasi Akhir;Pengadaan;30\n",
        {}, "aspect_other_instrument", 2, "Aspek",
        "milik instrumen PermenPANRB 40/2018, bukan PermenPANRB 19/2025", id="40-2018-as-2026",
    ),
    pytest.param(  # a 40/2018 file of 2025 with the 2026 version chosen on import
        "Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n"
        f"Pemerintah Kabupaten Ende;Kabupaten;{NTT};2025;Verifikasi Akhir;Pengadaan;30\n",
        {"instrument": V19}, "instrument_period", 2, "Periode",
        "tidak dalam masa berlaku PermenPANRB 19/2025", id="chosen-2026-for-2025",
    ),
    pytest.param(  # the file says 40/2018, the import was set to 19/2025
        "Instansi;Periode;Instrumen;Tahap;Aspek;Nilai\nPemerintah Kabupaten Ende;2025;PermenPANRB 40/2018;Mandiri;Pengadaan;30\n",
        {"instrument": V19}, "instrument_mismatch", 2, "Instrumen", "impor dipilih sebagai PermenPANRB 19/2025",
        id="column-vs-choice",
    ),
    pytest.param(  # evidence is required above 0
        HEADER + v19_row("1.1", ASPECT_1, "2", evidence=""), {}, "evidence_missing", 2, "Bukti Dukung",
        "wajib disertai bukti dukung", id="no-evidence",
    ),
    pytest.param(  # maturity levels are whole numbers
        HEADER + v19_row("1.1", ASPECT_1, "2,5"), {}, "score_not_level", 2, "Nilai", "bilangan bulat 0–4",
        id="half-level",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("content", "options", "code", "row", "column", "words"), BAD)
def test_bad_versioned_files_rejected_nothing_stored(
    con: duckdb.DuckDBPyConnection,
    content: str,
    options: dict[str, str],
    code: str,
    row: int,
    column: str,
    words: str,
) -> None:
    _load(con, WORKED.replace("Kabupaten Ende", "Kabupaten Belu"))  # something already stored
    before = _snapshot(con)
    v = ingest.validate(content.encode(), "merit_2026.csv", con, kind="merit", **options)  # type: ignore[arg-type]
    problems = v.problems[(v.problems["code"] == code) & (v.problems["row"] == row)]
    assert len(problems) == 1, v.problems
    assert problems.iloc[0]["column"] == column
    message = ingest.describe(problems.iloc[0], v.file_name, "id")
    assert "merit_2026.csv" in message and f"baris {row}" in message and f"kolom '{column}'" in message
    assert words in message, message
    with pytest.raises(ValueError):
        ingest.load(con, v)
    assert _snapshot(con) == before
    assert len(before) > 1  # the tables did hold rows


def test_cli_rejects_a_40_2018_file_as_2026_and_loads_the_right_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "merit.duckdb"
    old = tmp_path / "merit_2025.csv"
    old.write_text(
        "Instansi;Jenis Instansi;Provinsi;Periode;Tahap;Aspek;Nilai\n"
        f"Pemerintah Kabupaten Ende;Kabupaten;{NTT};2025;Verifikasi Akhir;Pengadaan;30\n",
        encoding="utf-8",
    )
    assert cli.main(["load", str(old), "--db", str(path), "--instrument", "19/2025"]) == 1
    err = capsys.readouterr().err
    assert "merit_2025.csv, baris 2, kolom 'Periode'" in err and "PermenPANRB 19/2025" in err
    assert cli.main(["load", str(old), "--db", str(path), "--instrument", "2030"]) == 2
    c = db.connect(path)
    try:
        assert c.execute("select count(*) from merit_scores").fetchall() == [(0,)]
    finally:
        c.close()
    assert cli.main(["load", str(old), "--db", str(path), "--instrument", "40/2018"]) == 0
    c = db.connect(path)
    try:
        assert c.execute("select instrument, score from merit_scores").fetchall() == [(V40, 30.0)]
    finally:
        c.close()


def test_the_2026_template_imports_clean(con: duckdb.DuckDBPyConnection) -> None:
    from analytics.core.export import to_csv
    from analytics.ingest import templates

    v = ingest.validate(to_csv(templates.merit_2026_template()), "templat.csv", con, kind="merit")
    assert not v.fatal and not v.error_rows, v.problems
    ingest.load(con, v)
    assert con.execute("select question, applies from merit_answers order by question").fetchall() == [
        ("1.1", True),
        ("6.2", True),
    ]


def test_a_file_mixing_versions_is_rejected_whole(con: duckdb.DuckDBPyConnection) -> None:
    mixed = (
        "Instansi;Periode;Tahap;Aspek;Nilai\n"
        "Pemerintah Kabupaten Ende;2025;Mandiri;Pengadaan;30\n"
        f"Pemerintah Kabupaten Ende;2026;Mandiri;{ASPECT_1};3\n"
    )
    v = ingest.validate(mixed.encode(), "campur.csv", con, kind="merit")
    assert v.fatal and list(v.problems["code"]) == ["instrument_mixed"], v.problems
    message = ingest.describe(v.problems.iloc[0], v.file_name, "id")
    assert "PermenPANRB 40/2018, PermenPANRB 19/2025" in message and "satu berkas per versi" in message


def test_more_questions_later_and_replace_recompute_the_aspect(con: duckdb.DuckDBPyConnection) -> None:
    _load(con, WORKED)
    _load(con, HEADER + v19_row("1.4", ASPECT_1, "0", evidence=""), "tambahan.csv")  # one more question
    got = {r.aspect: r.maturitas for r in m.maturity_by_aspect(con, NTT, 2026).itertuples()}
    assert got == {ASPECT_1: (3 + 2 + 4 + 0) / 4, ASPECT_6: 2.5}
    _load(con, HEADER + v19_row("1.1", ASPECT_1, "1"), "ganti.csv", replace=True)  # the stage replaced
    got = {r.aspect: r.maturitas for r in m.maturity_by_aspect(con, NTT, 2026).itertuples()}
    assert got == {ASPECT_1: 1.0}
    assert con.execute("select count(*) from merit_answers").fetchall() == [(1,)]
