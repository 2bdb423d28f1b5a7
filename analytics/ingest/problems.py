"""Validation problems: where (file, spreadsheet row, column), what value, what is wrong, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.labels import t

ERROR = "error"
WARNING = "warning"
INFO = "info"


class ImportRejected(Exception):
    """A file that cannot be read at all (empty, corrupt, wrong type): one problem, nothing stored."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class ProblemLog:
    """Problems collected column-wise so a million-row file stays cheap to validate."""

    file_name: str
    rows: list[pd.DataFrame] = field(default_factory=list)

    def add(
        self,
        code: str,
        *,
        severity: str = ERROR,
        row: Any = None,
        column: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> None:
        """Add one problem, or one per element when ``row``/``value`` are Series (vectorised)."""
        if isinstance(row, pd.Series):
            if row.empty:
                return
            frame = pd.DataFrame(
                {
                    "row": row.to_numpy(),
                    "value": value.to_numpy() if isinstance(value, pd.Series) else value,
                }
            )
        else:
            frame = pd.DataFrame({"row": [row], "value": [value]})
        frame["severity"] = severity
        frame["code"] = code
        frame["column"] = column
        frame["params"] = pd.Series([params] * len(frame), index=frame.index, dtype=object)
        self.rows.append(frame)

    def frame(self) -> pd.DataFrame:
        """All problems, sorted by row: columns severity, code, row, column, value, params."""
        cols = ["severity", "code", "row", "column", "value", "params"]
        if not self.rows:
            return pd.DataFrame(columns=cols)
        out = pd.concat(self.rows, ignore_index=True)[cols]
        return out.sort_values(["row", "column"], na_position="first", kind="stable").reset_index(drop=True)


def describe(problem: pd.Series | dict[str, Any], file_name: str, lang: str = "id") -> str:
    """One problem as a sentence: file, row, column, value, what is wrong and what to do."""
    p = dict(problem)
    params = dict(p.get("params") or {})
    if "detected" in params:
        params["detected"] = t(f"ingest.detected.{params['detected']}", lang)
    value = p.get("value")
    value_text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    if len(value_text) > 60:
        value_text = value_text[:57] + "…"
    what = t(f"ingest.{p['code']}", lang, value=value_text, column=p.get("column") or "", **params)
    where = [t("ingest.where.file", lang, file=file_name)]
    if p.get("row") is not None and not pd.isna(p.get("row")):
        where.append(t("ingest.where.row", lang, row=int(p["row"])))
    if p.get("column"):
        where.append(t("ingest.where.column", lang, column=p["column"]))
    else:
        where.append(_part(p["code"], p.get("row"), lang))
    if value_text:
        where.append(t("ingest.where.value", lang, value=value_text))
    return ", ".join(where) + ": " + what


# Problems about the header row rather than a cell: their row is the header's (ingest/employees.py).
HEADER_CODES = frozenset({"extra_columns", "missing_performance", "missing_potential", "merit_no_content"})
ROWS_LISTED = 12  # a repeated problem lists this many rows, then '… and N more'
VALUES_LISTED = 3


@dataclass(frozen=True)
class ProblemGroup:
    """One line of the import report: a problem with every row it occurs in (``count`` of them)."""

    severity: str
    count: int
    message: str


def _part(code: str, row: Any, lang: str, *, several: bool = False) -> str:
    """Which part of the file a problem without a column concerns (the row itself is named apart)."""
    if code in HEADER_CODES:
        return t("ingest.part.header", lang)
    if several or (row is not None and not pd.isna(row)):
        return t("ingest.part.row", lang)
    return t("ingest.part.file", lang)


def _value_text(value: Any) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return text[:57] + "…" if len(text) > 60 else text


def grouped(frame: pd.DataFrame, file_name: str, lang: str = "id") -> list[ProblemGroup]:
    """The problems as the report shows them: one line per kind of problem (same code, column and
    details) with its count and rows, errors first and within a severity the rarest problems first, so
    one real error is not buried under hundreds of rows 'already stored'. A problem without a column
    says which part of the file it concerns (the header row, a whole row, the whole file)."""
    if frame.empty:
        return []
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    keyed = frame.assign(
        _key=[f"{s}|{c}|{col or ''}|{sorted((p or {}).items())!r}" for s, c, col, p in
              zip(frame["severity"], frame["code"], frame["column"], frame["params"], strict=True)],
    )  # fmt: skip
    groups = []
    for _, g in keyed.groupby("_key", sort=False):
        first = g.iloc[0]
        if len(g) == 1:
            text = describe(first, file_name, lang)
        else:
            params = dict(first["params"] or {})
            if "detected" in params:
                params["detected"] = t(f"ingest.detected.{params['detected']}", lang)
            what = t(f"ingest.{first['code']}", lang, value="", column=first["column"] or "", **params)
            rows = sorted({int(r) for r in g["row"].dropna()})
            shown = ", ".join(str(r) for r in rows[:ROWS_LISTED])
            if len(rows) > ROWS_LISTED:
                shown += " " + t("ingest.group.more", lang, n=len(rows) - ROWS_LISTED)
            where = [t("ingest.where.file", lang, file=file_name)]
            where.append(
                t("ingest.where.column", lang, column=first["column"]) if first["column"]
                else _part(first["code"], None, lang, several=bool(rows))
            )  # fmt: skip
            where.append(t("ingest.group.rows", lang, n=len(rows), rows=shown))
            values = list(dict.fromkeys(v for v in map(_value_text, g["value"]) if v))
            if values and len(values) <= VALUES_LISTED:
                where.append(t("ingest.group.values", lang, values=", ".join(f"'{v}'" for v in values)))
            text = ", ".join(where) + ": " + what
        groups.append((order.get(first["severity"], 3), len(g), int(g.index.min()), first["severity"], text))
    groups.sort(key=lambda x: x[:3])
    return [ProblemGroup(severity, count, text) for _, count, _, severity, text in groups]
