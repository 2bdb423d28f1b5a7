"""The README documents what users rely on: every CLI command, the two quick-start commands, every template header."""

from __future__ import annotations

import re
from pathlib import Path

from analytics.cli import _REGISTRY
from analytics.ingest.columns import EMPLOYEE_COLUMNS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    assert {"demo", "load", "summary"} <= set(_REGISTRY)
    missing = [name for name in _REGISTRY if f"| `{name}" not in README]
    assert not missing, missing


def test_quick_start_has_the_two_commands_and_ci_runs_the_test_one() -> None:
    assert "make run" in README and "make test" in README
    assert "exec make test" in CI


def test_every_template_header_and_alias_is_documented() -> None:
    for spec in EMPLOYEE_COLUMNS:
        assert f"| {spec.header} |" in README, spec.header
        for alias in spec.aliases:
            assert alias in README, alias


# --- the repository documents its own rules (issue 14) ------------------------------------------------
# A clone has only docs/rules.md and docs/data-contract.md: code, tests and reference tables cite those,
# never the project's old reference notes (outside the repository) or README section numbers (it has none).

ROOT = Path(__file__).resolve().parent.parent
CITING = ("analytics", "ui", "app_pages", "bench", "tests", "scripts", "data/reference")
CITING_FILES = ("app.py",)
TEXT_SUFFIXES = {".py", ".sh", ".csv", ".toml", ".txt"}
DOCS = {"rules": ROOT / "docs" / "rules.md", "data-contract": ROOT / "docs" / "data-contract.md"}
# An old citation: the reference notes by file name (not data-contract.md), or "README §n".
STALE = re.compile(
    r"(?<![\w-])(?:domain|contract)(?:\.md)?\s*§|(?<![\w/-])(?:domain|contract)\.md|README\s*§"
)
# A citation of the docs: the document, then one or more section numbers (§4, §1–2, §4 and §8).
CITATION = re.compile(r"docs/(rules|data-contract)\.md(?P<tail>(?:[ ,]*(?:and|or)?\s*§\d+(?:[–-]\d+)?)*)")
HEADING = re.compile(r"^## (\d+)\. \S", re.MULTILINE)


def citing_files() -> list[Path]:
    files = [ROOT / f for f in CITING_FILES]
    for folder in CITING:
        files += [p for p in (ROOT / folder).rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES]
    return sorted(f for f in files if f != Path(__file__).resolve())  # this file talks about citations


def section_numbers(doc: Path) -> list[int]:
    return [int(n) for n in HEADING.findall(doc.read_text(encoding="utf-8"))]


def cited_sections(tail: str) -> list[int]:
    """'§1–2' -> [1, 2]; ' §4 and §8' -> [4, 8]."""
    out: list[int] = []
    for low, high in re.findall(r"§(\d+)(?:[–-](\d+))?", tail):
        out += list(range(int(low), int(high or low) + 1))
    return out


def test_docs_are_numbered_one_to_n() -> None:
    for name, doc in DOCS.items():
        numbers = section_numbers(doc)
        assert len(numbers) >= 8, name
        assert numbers == list(range(1, len(numbers) + 1)), (name, numbers)


def test_no_file_cites_the_old_reference_notes() -> None:
    files = citing_files()
    assert len(files) > 100  # the walk found the code, the tests and the reference tables
    stale = [
        f"{p.relative_to(ROOT)}:{i}: {line.strip()}"
        for p in files
        for i, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
        if STALE.search(line)
    ]
    assert not stale, "\n".join(stale)


def test_every_citation_names_a_section_that_exists() -> None:
    sections = {name: set(section_numbers(doc)) for name, doc in DOCS.items()}
    found: dict[str, int] = {"rules": 0, "data-contract": 0}
    bad: list[str] = []
    for p in citing_files():
        for i, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for m in CITATION.finditer(line):
                numbers = cited_sections(m["tail"])
                if not numbers:
                    bad.append(f"{p.relative_to(ROOT)}:{i}: no section number: {line.strip()}")
                for n in numbers:
                    found[m[1]] += 1
                    if n not in sections[m[1]]:
                        bad.append(f"{p.relative_to(ROOT)}:{i}: {m[1]} §{n} does not exist")
    assert not bad, "\n".join(bad)
    # The code really cites the docs (the rules beside the code that implements them).
    assert found["rules"] >= 40 and found["data-contract"] >= 25, found


def test_the_docs_cite_each_other_correctly() -> None:
    sections = {name: set(section_numbers(doc)) for name, doc in DOCS.items()}
    pattern = re.compile(
        r"(?<![\w/-])(rules|data-contract)\.md(?P<tail>(?:[ ,]*(?:and|or)?\s*§\d+(?:[–-]\d+)?)*)"
    )
    n_refs = 0
    for doc in DOCS.values():
        for m in pattern.finditer(doc.read_text(encoding="utf-8")):
            for n in cited_sections(m["tail"]):
                n_refs += 1
                assert n in sections[m[1]], (doc.name, m[0])
    assert n_refs >= 10


def test_readme_points_to_the_docs() -> None:
    assert "docs/rules.md" in README and "docs/data-contract.md" in README
    assert not STALE.search(README), STALE.search(README)


def test_the_readme_layout_names_every_package() -> None:
    """Issue 14: a reader finds each analytics package and what it is for in the README's layout."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Development") :]
    packages = sorted(p.parent.name for p in (ROOT / "analytics").glob("*/__init__.py"))
    assert {"core", "ninebox", "cli"} <= set(packages)  # the positive side: packages are found
    missing = [name for name in packages if f"  {name}/" not in layout]
    assert not missing, f"README layout does not name: {missing}"
